### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Tigrinya. Short sentences and common words. "ናይ ምምላስ ኮድ" is the one name for the recovery code.

## Settings section
sync-title = ተወሳኺ ቅዳሕን ምውህሃድን (sync)
sync-explain = ኣብ ሰርቨር ዘሎ ብምስጢር ዝተዓጽወ ቅዳሕ ናይ Begleitheft ኩም። ብኸምዚ ዋላ ሓንቲ ኣይጠፍእን፣ ኣብ ብዙሓት ተሌፎናት ድማ ክትጥቀሙሉ ትኽእሉ።
sync-action-turn-on = ተወሳኺ ቅዳሕን ምውህሃድን ኣጀምሩ
sync-action-turn-off = ደው ኣብሉ
sync-action-now = ሕጂ ኣወሃህዱ

## Before turning it on
sync-intro-title = ቅድሚ ምጅማርኩም
sync-intro-encrypted = ካብዚ ተሌፎን ብምስጢር ዝተዓጽወ ሓበሬታ ጥራይ እዩ ዝወጽእ። ሰርቨር ከንብቦ ኣይክእልን።
sync-intro-code = ብዘይ ናይ ምምላስ ኮድ (Wiederherstellungscode) ዋላ ሓደ ሰብ ነቲ ተወሳኺ ቅዳሕ ክመልሶ ኣይክእልን፣ ንሕና እውን ኣይንኽእልን።
sync-intro-write-down = ሕጂ ናይ ምምላስ ኮድ ክወሃበኩም እዩ። ጽሓፍዎ እሞ ኣብ ውሑስ ቦታ ዕቀብዎ።
sync-action-start = ሕራይ፣ ኣጀምሩ
sync-setting-up = ተወሳኺ ቅዳሕ ይዳሎ ኣሎ …

## The recovery code, shown once
sync-code-title = ናይ ምምላስ ኮድኩም
sync-code-explain = ነዚ ኮድ ጽሓፍዎ እሞ ኣብ ውሑስ ቦታ ዕቀብዎ። ብእኡ Begleitheft ኩም ናብ ሓድሽ ተሌፎን ተምጽእዎ። ሕጂ ጥራይ እዩ ዝርአ።
sync-code-label = ናይ ምምላስ ኮድ
sync-code-qr-label = ናይ ምምላስ ኮድ ከም QR ኮድ
sync-action-copy = ኮድ ቕድሑ
sync-code-copied = ተቐዲሑ።
sync-action-written-down = ጽሒፈዮ ኣለኹ

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = ኣብ ሰርቨር ዘሎ ተወሳኺ ቅዳሕ እውን ይደምሰስ ድዩ? Begleitheft ኩም ኣብዚ ተሌፎን ይተርፍ።
sync-action-off-keep = ደው ኣብሉ፣ ተወሳኺ ቅዳሕ ዕቀቡ
sync-action-off-delete = ደው ኣብሉ፣ ተወሳኺ ቅዳሕ ደምስሱ
sync-off-deleted = ኣብ ሰርቨር ዝነበረ ተወሳኺ ቅዳሕ ተደምሲሱ።
sync-off-kept = ደው ኢሉ። ኣብ ሰርቨር ዘሎ ተወሳኺ ቅዳሕ ይተርፍ።

## Restoring on another phone
restore-title = ካብ ተወሳኺ ቅዳሕ ምምላስ
restore-explain = ናይ ምምላስ ኮድኩም ጽሓፉ ወይ QR ኮዱ ስካን ግበሩ። ኣብዚ ተሌፎን ዘሎ ይተርፍ።
restore-code-label = ናይ ምምላስ ኮድ
restore-scan-camera = QR ኮድ ብካሜራ ስካን ግበሩ
restore-scan-photo = QR ኮድ ካብ ስእሊ ኣንብቡ
restore-action = ምምላስ
restore-working = ይምለስ ኣሎ …
restore-done = ተመሊሱ። ተወሳኺ ቅዳሕን ምውህሃድን ይሰርሑ ኣለዉ።

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = እቲ ኮድ ኣብ ክንዲ { $expected } ፊደላት { $found } ፊደላት ኣለዎ። በጃኹም መርምርዎ።
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = እቲ ፊደል «{ $character }» ኣብ ናይ ምምላስ ኮድ ፈጺሙ የለን። በጃኹም ነቲ ኮድ መርምርዎ።
error-sync-code-typo = ኣብቲ ኮድ ናይ ጽሕፈት ጌጋ ኣሎ። በጃኹም መርምርዎ።
error-sync-code-foreign = እዚ QR ኮድ ናይ ምምላስ ኮድ ኣይኮነን።
error-sync-open-failed = ካብ ሰርቨር ዝመጸ ሓበሬታ ክኽፈት ኣይከኣለን።
error-sync-wire-truncated = መልሲ ናይ ሰርቨር ምሉእ ኣይኮነን። ድሒሩ ደጊሙ ክፍተን እዩ።
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = እቲ ሓበሬታ ካብ ሓድሽ ስሪት Begleitheft እዩ ዝመጸ (ቅርጺ { $version })። ነቲ ኣፕ ኣሐድስዎ።
error-sync-wire-malformed = መልሲ ናይ ሰርቨር ተበላሺዩ እዩ።
error-sync-wire-too-large = እቲ ሓበሬታ ንሰርቨር ኣዝዩ ዓቢ እዩ።
error-sync-damaged = ሓበሬታ ናይቲ ተወሳኺ ቅዳሕ ተበላሺዩ እዩ።
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = እቲ ተወሳኺ ቅዳሕ ካብ ሓድሽ ስሪት Begleitheft እዩ ዝመጸ። ነቲ ኣፕ ኣሐድስዎ።
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    ሰዓት ናይ ካልእ መሳርሒ { $hours ->
        [one] { $hours } ሰዓት
       *[other] { $hours } ሰዓታት
    } ይቕድም ኣሎ። በጃኹም ዕለትን ሰዓትን መርምሩ።
sync-error-no-backup = ነዚ ኮድ ዝኸውን ተወሳኺ ቅዳሕ ኣይተረኽበን።
sync-error-network = ናብ ሰርቨር ክብጻሕ ኣይከኣለን። በጃኹም ድሒርኩም ደጊምኩም ፈትኑ።
sync-error-server = ሰርቨር ጸገም ኣለዎ። ድሒሩ ደጊሙ ክፍተን እዩ።
sync-error-busy = ሕጂ ብዙሓት ሕቶታት ኣለዉ። ቀልጢፉ ደጊሙ ክፍተን እዩ።
sync-error-damaged = ካብ ሰርቨር ዝመጸ ሓበሬታ ክንበብ ኣይከኣለን።
sync-error-too-large = እቲ ለውጥታት ንሰርቨር ኣዝዩ ዓቢ እዩ።
sync-error-unsupported = እዚ ብራውዘር ብምስጢር ክዓጹ ኣይክእልን።
