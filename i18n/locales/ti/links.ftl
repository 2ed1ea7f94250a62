### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Tigrinya. Short sentences and common words, polite plural as in app.ftl.

## Share by link (on the share screen)
link-share-option = ብሊንክ ምክፋል
link-share-option-explain = እቲ ሰብ ሊንክ ወይ QR ኮድ ይረክብ። እቶም ምዝገባታት ብምስጢር ተዓጺዮም ኣብ ሰርቨር ይዕቀቡ። እቲ መፍትሕ ኣብቲ ሊንክ ጥራይ እዩ ዘሎ። ነቲ ሊንክ ኣብ ዝደለኹምዎ ግዜ ክትስርዝዎ ትኽእሉ።
link-share-pin = PIN (ካብ 4 ክሳብ 8 ቁጽሪ፣ ግዴታ ኣይኮነን)
link-share-pin-hint = ነቲ PIN ብዓው ኢልኩም ንገሩ። ኣብቲ ሊንክን ኣብቲ QR ኮድን የለን።
link-share-expiry = ክንደይ መዓልቲ ይሰርሕ? (ካብ 1 ክሳብ 90)
link-share-live = ቀጥታ፦ እቲ ሰብ ድሒሮም ዝመጹ ለውጥታት እውን ይርኢ።
link-share-writable = እቲ ሰብ ምዝገባታት ክሓብር ይኽእል። ንነፍሲ ወከፍ ትቕበልዎ ወይ ትነጽግዎ።
link-share-summary-live = እቲ ሰብ ኣብዞም ምዝገባታት ድሒሮም ዝመጹ ለውጥታት እውን ይርኢ።
link-share-summary-fixed = እቲ ሰብ ነቶም ምዝገባታት ከም ሕጂ ዘለዉዎ ይርእዮም።
link-share-summary-pin = ንምኽፋቱ PIN የድሊ።
link-share-summary-no-pin = ነቲ ሊንክ ዝሓዘ ዝኾነ ሰብ ክኸፍቶ ይኽእል።
link-share-summary-writable = ምዝገባታት ክሓብር ይኽእል። ብዘይ ናትኩም «እወ» ዋላ ሓንቲ ኣይቕየርን።
link-share-summary-server = እቶም ምዝገባታት ብምስጢር ተዓጺዮም ኣብ ሰርቨር ይዕቀቡ። እቲ ሊንክ መዓስ ከም ዝተኸፍተ ትርእዩ።
link-share-create = ሊንክ ምፍጣር
link-share-creating = እቲ ሊንክ ይፍጠር ኣሎ …
link-share-done-title = ናትኩም ሊንክ
link-share-qr-label = እቲ ሊንክ ከም QR ኮድ
link-share-url-label = ሊንክ
link-share-copy = ሊንክ ቕድሑ
link-share-copied = ተቐዲሑ።
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = ነዚ PIN ብዓው ኢልኩም ንገሩ፦ { $pin }
link-share-error-pin = PIN ካብ 4 ክሳብ 8 ቁጽሪ እዩ፣ ቁጽሪ ጥራይ።
link-share-error-expiry = ካብ 1 ክሳብ 90 መዓልቲ ምረጹ።
link-share-error-offline = ምስ ሰርቨር ርክብ የለን። ዋላ ሓንቲ ኣይተኻፈለን። ድሒርኩም ደጊምኩም ፈትኑ።
link-share-error-server = ሰርቨር ነቲ ሊንክ ኣይተቐበሎን። ዋላ ሓንቲ ኣይተኻፈለን።
link-share-error-busy = ብዙሕ ፈተነታት። ቁሩብ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
link-share-error-too-large = እዚ ንሓደ ሊንክ ይበዝሕ። ውሑዳት ምዝገባታት ምረጹ።
link-share-error-unsupported = እዚ ብራውዘር ሊንክ ክፈጥር ኣይክእልን።
link-share-error-gone = እዚ ሊንክ ኣብ ሰርቨር ሕጂ የለን።
link-share-error-crypto = እቶም ምዝገባታት ብምስጢር ክዕጸዉ ኣይከኣሉን።

## The list of shared links (Settings → Shared links)
link-list-title = ዝተኻፈሉ ሊንክታት
link-list-explain = ኣብዚ ነፍሲ ወከፍ ዝተኻፈልኩምዎ ሊንክ ትርእዩ፦ እንታይ ከም ዘርኢ፣ ክሳብ መዓስ፣ መን ከም ዝኸፈቶ።
link-list-open = ዝተኻፈሉ ሊንክታት ርኣዩ
link-list-none = ገና ዝተኻፈልኩምዎ ሊንክ የለን።
link-list-refresh = ምሕዳስ
link-list-state-active = ይሰርሕ ኣሎ
link-list-state-revoked = ተሰሪዙ
link-list-state-expired = ግዜኡ ኣኺሉ
link-list-state-disabled = ተዓጽዩ፦ ብዙሕ ግዜ ጌጋ PIN
link-list-state-unknown = ኩነታቱ ኣይፍለጥን (ርክብ የለን)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = ክሳብ { $date } ይሰርሕ
link-list-pin-yes = ምስ PIN
link-list-pin-no = ብዘይ PIN
link-list-live = ቀጥታ
link-list-may-add = ምዝገባታት ክሓብር ይኽእል
link-list-access-title = ተኸፊቱ
link-list-access-none = ገና ሓደ እኳ ነዚ ሊንክ ኣይከፈቶን።
link-list-access-anonymous = ብዘይ ስም
link-list-revoke = ምስራዝ
link-list-revoke-question = እዚ ሊንክ ይሰረዝ? ድሕሪኡ ሓደ እኳ ክኸፍቶ ኣይክእልን። እዚ ክምለስ ኣይክእልን።
link-list-revoke-confirm = እወ፣ ሰርዝዎ
link-list-revoked = እቲ ሊንክ ተሰሪዙ።
link-list-error-offline = ምስ ሰርቨር ርክብ የለን። እቲ ሊንክ ገና ኣይተሰረዘን። ድሒርኩም ደጊምኩም ፈትኑ።
link-list-error-server = ሰርቨር ከም ዝተጸበናዮ ኣይመለሰን። እቲ ሊንክ ገና ኣይተሰረዘን።
# Variables:
#   $what (String) - what the link shares, e.g. "2 ዕላማታት ምስ 5 ስጉምትታት".
link-list-row-label = ሊንክ፦ { $what }

## Proposals from advisors (on Home)
inbox-title = ሓሳባት
inbox-explain = ሊንክ ዝተኻፈልኩምዎም ሰባት ምዝገባታት ይሓብሩ። ብዘይ ናትኩም «እወ» ዋላ ሓንቲ ኣይቕየርን።
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } ይሓብር፦ { $what }
inbox-someone = ሓደ ሰብ
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = ስጉምቲ «{ $step }» ኣብ ዕላማ «{ $goal }»
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = ቆጸራ ብ{ $date }፣ { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = ቆጸራ ብ{ $date }
inbox-accept = ምቕባል
inbox-reject = ምንጻግ
inbox-stale = እዚ ሓሳብ ሕጂ ኣይሰማማዕን፦ እቲ ዕላማ ሕጂ የለን። ክትነጽግዎ ትኽእሉ።
inbox-unreadable = እዚ ሓሳብ ክንበብ ኣይክእልን። ክትነጽግዎ ትኽእሉ።
inbox-accepted = ተቐቢሉ ኣብ ናትኩም Begleitheft ተወሲኹ።
inbox-rejected = ተነጺጉ።

## The consent log (Settings)
consent-channel-offline-qr = ብዘይ ኢንተርነት QR ኮድ
consent-channel-link = ብሊንክ
consent-channel-link-revoked = ሊንክ ተሰሪዙ
