### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Tigrinya. Polite plural for advisors.

## Opening a shared link
link-view-title = ዝተኻፈሉ ምዝገባታት
link-view-loading = ዝተኻፈሉ ምዝገባታት ይጽዓኑ ኣለዉ …
link-view-label = ስምኩምን ቤት ጽሕፈትኩምን (ግዴታ ኣይኮነን)
link-view-label-hint = እቲ ሰብ መን ነቲ ሊንክ ከም ዝኸፈቶ ይርኢ። እዚ ብራውዘር ነዚ ሓበሬታ ይዝክሮ።
link-view-pin = PIN
link-view-pin-hint = እቲ ሰብ ነቲ PIN ይነግረኩም። ኣብቲ ሊንክ የለን።
link-view-pin-submit = ክፈቱ
link-view-pin-required = እዚ ሊንክ ብPIN ዝተሓለወ እዩ።
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] ጌጋ PIN። { $count } ፈተነ ተሪፉ።
       *[other] ጌጋ PIN። { $count } ፈተነታት ተሪፎም።
    }
link-view-gone = እዚ ምክፋል ሕጂ የለን።
link-view-gone-hint = ምናልባት ተሰሪዙ ወይ ግዜኡ ኣኺሉ ይኸውን። ካብቲ ሰብ ሓድሽ ሊንክ ሕተቱ።
link-view-offline = ምስ ሰርቨር ርክብ የለን። ነቲ ርክብ መርምሩ እሞ ደጊምኩም ፈትኑ።
link-view-retry = ደጊምኩም ፈትኑ
link-view-busy = ብዙሕ ፈተነታት። በጃኹም ቁሩብ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
link-view-error = ሰርቨር ከም ዝተጸበናዮ ኣይመለሰን። በጃኹም ድሒርኩም ደጊምኩም ፈትኑ።
link-view-unsupported = እዚ ብራውዘር ዝተኻፈሉ ሊንክታት ክኸፍት ኣይክእልን።
link-view-unreadable = ዝተኻፈሉ ምዝገባታት ክኽፈቱ ኣይክእሉን። ምናልባት እቲ ሊንክ ምሉእ ኣይኮነን። ሓድሽ ሊንክ ሕተቱ።
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = ክሳብ { $date } ይሰርሕ።
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = ናይ መወዳእታ ለውጢ፦ { $date }
link-view-reload = ደጊምኩም ጽዓኑ
link-view-side-by-side = ካልኣይ ቋንቋ ኣብ ጎኑ ኣርእዩ
link-view-empty = ኣብዚ ሊንክ ዝተኻፈለ የለን።
link-view-not-stored = እቶም ምዝገባታት ኣብዚ መሳርሒ ኣይዕቀቡን።
link-view-advisor-login = ከም ኣማኻሪት ወይ ኣማኻሪ እተዉ
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = ከም { $who } ተኸፊቱ።

## Proposing entries (only when the owner allows it)
propose-title = ምዝገባታት ምሕባር
propose-explain = እቲ ሰብ ሓሳብኩም ይቕበሎ ወይ ኣይቕበሎን ባዕሉ ይውስን።
propose-step = ስጉምቲ ምሕባር
propose-step-goal = ንኣየናይ ዕላማ?
propose-step-done = ዝተፈጸመሉ ዕለት (ገና ክፉት እንተኾይኑ ባዶ ግደፍዎ)
propose-step-submit = ስጉምቲ ሓብሩ
propose-appointment = ቆጸራ ምሕባር
propose-appointment-submit = ቆጸራ ሓብሩ
propose-sending = ይለኣኽ ኣሎ …
propose-sent = ተላኢኹ። እቲ ሰብ ይቕበሎ ወይ ኣይቕበሎን ባዕሉ ይውስን።
propose-need-name = እቲ ሰብ ሓሳብ ካብ መን ከም ዝመጸ ምእንቲ ክፈልጥ፣ ኣብ ላዕሊ ስምኩም ወይ ቤት ጽሕፈትኩም ጽሓፉ።
propose-need-step = ካብቲ ዝርዝር ስጉምቲ ምረጹ ወይ ሓደ ጽሓፉ።
propose-need-date = መዓልቲ ምረጹ።
propose-error-not-writable = እዚ ሊንክ ሓሳባት ኣየፍቅድን።

## The advisor's login and workspace
advisor-title = ንኣማኸርቲ
advisor-login-explain = ብሕሳብ ኣማኻሪ ኩሎም ዝኸፈትኩምዎም ሊንክታት ኣብ ሓደ ቦታ ትረኽብዎም። እቶም መፍትሕታት ኣብዚ ብራውዘር ይተርፉ።
advisor-email = ኢመይል
advisor-password = መሕለፊ ቃል
advisor-login = እተዉ
advisor-logging-in = ይኣቱ ኣሎ …
advisor-bad-login = ኢመይል ወይ መሕለፊ ቃል ጌጋ እዩ።
advisor-logout = ውጹ
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = ከም { $who } ኣቲኹም ኣለኹም።
advisor-session-expired = ግዜ ምእታውኩም ኣኺሉ። በጃኹም ደጊምኩም እተዉ።
advisor-workspace-title = ዝተኸፍቱ ሊንክታት
advisor-workspace-explain = ዝኸፈትኩምዎምን ገና ዝሰርሑን ምክፋላት።
advisor-workspace-none = ገና ዝሰርሕ ምክፋል ኣይከፈትኩምን።
advisor-workspace-refresh = ምሕዳስ
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = ብ{ $date } ተኸፊቱ
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = ክሳብ { $date } ይሰርሕ
advisor-workspace-open = ክፈቱ
advisor-workspace-elsewhere = ኣብ ካልእ መሳርሒ ተኸፊቱ፦ እቲ መፍትሕ ኣብዚ ብራውዘር የለን።
advisor-workspace-untitled = ዝተኻፈሉ ምዝገባታት
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = ክፈቱ፦ { $label }
advisor-error-offline = ምስ ሰርቨር ርክብ የለን። በጃኹም ደጊምኩም ፈትኑ።
advisor-error-busy = ብዙሕ ፈተነታት። በጃኹም ቁሩብ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
advisor-error-server = ሰርቨር ከም ዝተጸበናዮ ኣይመለሰን። በጃኹም ድሒርኩም ደጊምኩም ፈትኑ።
