### ገጻት ናይቲ ኣፕ። ሓጸርቲ ሓሳባት፣ ቀለልቲ ቃላት።

## Navigation
nav-label = ቀንዲ ዝርዝር
nav-home = መበገሲ
nav-appointments = ቆጸራታት
nav-contacts = ርክባት
nav-profile = ሓበሬታይ
nav-settings = ኣቀማምጣ
not-found-title = እዚ ገጽ የለን።

## Actions
action-add = ምውሳኽ
action-add-goal = ዕላማ ምውሳኽ
action-add-step = ስጉምቲ ምውሳኽ
action-add-contact = ርክብ ምውሳኽ
action-add-appointment = ቆጸራ ምውሳኽ
action-save = ምዕቃብ
action-cancel = ምስራዝ
action-edit = ምቕያር
action-delete = ምድምሳስ
action-back = ንድሕሪት
action-undo = ምምላስ
action-dismiss = ምዕጻው
action-update = ሕጂ ምሕዳስ
action-export = ምውጻእ (Export)
action-import = ምእታው (Import)
action-import-confirm = እወ፣ ይትካእ
action-print = ምሕታም
action-delete-goal = ዕላማ ምድምሳስ
action-delete-named = { $title } ምድምሳስ
action-edit-named = { $title } ምቕያር
action-move-up = { $title } ናብ ላዕሊ
action-move-down = { $title } ናብ ታሕቲ

## Home
home-next-appointment = ዝቕጽል ቆጸራ
home-no-appointment = ዝተወጠነ ቆጸራ የለን።
home-goals = ዕላማታተይ
home-no-goals = ገና ዕላማ የለን። ብሓደ ዕላማ ጀምሩ።
home-quick-add = ብቕልጡፍ ምውሳኽ

## Goals and steps
goal-progress =
    { $total ->
        [one] { $done } ካብ { $total } ስጉምቲ
       *[other] { $done } ካብ { $total } ስጉምትታት
    }
goal-target = ዕላማ ክሳብ { $date }
goal-status = ኩነታት
goal-target-date = ዕለት ዕላማ (እንተሎ)
goal-steps = ስጉምትታት
goal-no-steps = ገና ስጉምቲ የለን።
goal-not-found = እዚ ዕላማ ሕጂ የለን።
goal-deleted = ዕላማ ተደምሲሱ።
goal-field = ዓውዲ
goal-title = ዕላማ
goal-free-title = ናተይ ዕላማ
goal-with-typical-steps = ልሙዳት ስጉምትታት እውን ሓቢሮም ይመዝገቡ
catalog-search = ዕላማ ምድላይ
step-from-catalog = ስጉምቲ ካብ ዝርዝር
step-typical = ልሙዳት ስጉምትታት ናይዚ ዕላማ
step-all = ኩሎም ስጉምትታት
step-or-free = ወይ ብናትኩም ቃላት
step-date = ዕለት
step-is-done = ድሮ ተፈጺሙ
step-note = መዘኻኸሪ
step-deleted = ስጉምቲ ተደምሲሱ።
step-done-on = ብ{ $date } ተፈጺሙ
step-planned-for = ን{ $date } ተወጢኑ
step-mark-done = ተፈጺሙ: { $title }

## Contacts
contacts-title = ርክባት
contacts-empty = ገና ርክብ የለን።
contact-organisation = ቤት ጽሕፈት ወይ ትካል
contact-role = ሓላፍነት
contact-role-free = ወይ ሓላፍነት ብናትኩም ቃላት
contact-person = ተራኺቢ ሰብ
contact-phone = ተሌፎን
contact-email = ኢመይል
contact-address = ኣድራሻ
contact-opening-hours = ሰዓታት ስራሕ
contact-note = መዘኻኸሪ
contact-deleted = ርክብ ተደምሲሱ።
contact-call = ናብ { $name } ደውሉ
contact-write = ናብ { $name } ኢመይል ጽሓፉ

## Appointments
appointments-upcoming = ዝመጽኡ ቆጸራታት
appointments-past = ዝሓለፉ ቆጸራታት
appointments-none-upcoming = ዝመጽእ ቆጸራ የለን።
appointment-date = መዓልቲ
appointment-time = ሰዓት
appointment-place = ቦታ
appointment-purpose = ብዛዕባ እንታይ እዩ?
appointment-purpose-free = ወይ ብናትኩም ቃላት
appointment-with = ምስ መን?
appointment-with-nobody = (ዝተመርጸ የለን)
appointment-bring = ሒዝኩም ምጹ
appointment-deleted = ቆጸራ ተደምሲሱ።

## Profile
profile-title = ሓበሬታይ
profile-name = ስም (ሳጓ እውን ይኸውን)
profile-languages = ቋንቋታተይ
profile-language = ቋንቋ
profile-level = ክንደይ ትፈልጥዎ?
profile-qualifications = ትምህርቲ፣ ሞያዊ ስልጠና፣ ዩኒቨርሲቲ
profile-qualification-kind = ዓይነት
profile-qualification-title = ምስክር ወረቐት
profile-qualification-country = ሃገር (ክልተ ፊደላት፣ ንኣብነት SY)
profile-qualification-recognition = ኣፍልጦ ኣብ ጀርመን (Anerkennung)
profile-work = ተመክሮ ስራሕ
profile-interests = ተገዳስነታትን ድሌታትን

## Settings
settings-title = ኣቀማምጣ
storage-title = መኽዘን ኣብዚ መሳርሒ
storage-explain = ናትኩም Begleitheft ኣብዚ ተሌፎን ጥራይ እዩ ዝዕቀብ። ካልእ ሰብ ኣይርእዮን።
storage-persisted-yes = እቲ ብራውዘር ነቲ ሓበሬታ ንወትሩ ይዕቅቦ።
storage-persisted-no = እቲ ብራውዘር መኽዘን ምስ መልአ ነቲ ሓበሬታ ክድምስሶ ይኽእል። ብስሩዕ ምውጻእ (Export) ግበሩ።
storage-persisted-unknown = ሓበሬታ ንወትሩ ክጸንሕ ይኽእል ድዩ ገና ኣይተሓተተን።
storage-ask-persist = ንወትሩ ምዕቃብ
export-title = ምውጻእ (Export)
export-explain = ምሉእ Begleitheft ኩም ከም ፋይል ዕቀቡ። ብኸምዚ ተወሳኺ ቅዳሕ ይህልወኩም።
export-never = ገና ኣይተወጽአን።
export-last = ናይ መወዳእታ ምውጻእ: { $date }
export-error = እቲ ፋይል ክስራሕ ኣይከኣለን።
import-title = ምእታው (Import)
import-explain = Begleitheft ካብ ዝተወጽአ ፋይል ኣእትዉ። እቲ ፋይል ቅድም ይምርመር።
import-error-unreadable = እዚ ፋይል ክንበብ ኣይከኣልን።
import-confirm =
    እዚ ፋይል ንናትኩም Begleitheft ({ $current ->
        [one] { $current } ምዝገባ
       *[other] { $current } ምዝገባታት
    }) ብ{ $incoming ->
        [one] { $incoming } ምዝገባ
       *[other] { $incoming } ምዝገባታት
    } ይትክኦ።
import-done = ምእታው ተወዲኡ።
print-title = ምሕታም
update-available = ሓድሽ ስሪት ኣሎ።

## Storage errors
storage-error-open = ኣብዚ ብራውዘር ምዕቃብ ኣይከኣልን። Begleitheft ብሕቡእ ኣገባብ (private mode) ኣይትኽፈቱ።
storage-error-read = እቲ ሓበሬታ ክንበብ ኣይከኣለን። ነቲ ገጽ ደጊምኩም ክፈትዎ።
storage-error-write = እዚ ኣይተዓቀበን። ደጊምኩም ፈትኑ።
storage-error-quota = መኽዘን መሊኡ እዩ። እዚ ኣይተዓቀበን። ኣብ ተሌፎን ቦታ ኣጽርዩ።
storage-error-corrupt = ዝተዓቀበ ሓበሬታ ተበላሺዩ። ናይ መወዳእታ ዝተወጽአ ፋይልኩም ኣእትዉ።

## Side by side
action-side-by-side = ጎን ንጎን
side-by-side-title = ክልተ ቋንቋታት ጎን ንጎን
side-by-side-second-language = ካልኣይ ቋንቋ
side-by-side-choose = ኣየኖት ሸቶታት ይርኣዩ?
side-by-side-bring = ሒዝኩም ምጹ፦ { $what }
storage-error-blocked = Begleitheft ኣብ ካልእ ታብ ገና ክፉት እዩ። ካልኦት ታባት ዕጸዉዎም እሞ ነቲ ገጽ ደጊምኩም ክፈትዎ።

## Sharing by QR code
action-share = ምክፋል
share-title = ብQR ኮድ ምክፋል
share-choose = እቲ ሰብ እንታይ ክርኢ ይኽእል? ምረጹ።
share-all-goals = ኩሎም ዕላማታት
share-all-contacts = ኩሎም ርክባት
share-all-appointments = ኩሎም ቆጸራታት
share-duration = ንኽንደይ ግዜ?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    }
share-recipient = ንመን? (ንዓኹም ጥራይ፣ ግዴታ ኣይኮነን)
share-nothing = እንተወሓደ ሓደ ምዝገባ ምረጹ።
share-sees = ነቲ ኮድ ዝስካኖ ሰብ እዚ ይርኢ፦
share-not = እዚ ኣይርእን፦
share-not-profile = ሓበሬታኹም
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } ዕላማ
       *[other] { $goals } ዕላማታት
    } ምስ { $steps ->
        [one] { $steps } ስጉምቲ
       *[other] { $steps } ስጉምትታት
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } ርክብ
       *[other] { $count } ርክባት
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } ቆጸራ
       *[other] { $count } ቆጸራታት
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } ካልእ ዕላማ
       *[other] { $count } ካልኦት ዕላማታት
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } ካልእ ርክብ
       *[other] { $count } ካልኦት ርክባት
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } ካልእ ቆጸራ
       *[other] { $count } ካልኦት ቆጸራታት
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = ክሳብ { $date }።
action-show-qr = QR ኮድ ምርኣይ
share-too-big = እዚ ንሓደ QR ኮድ ይበዝሕ። በጃኹም ውሑድ ምረጹ።
share-qr-label = ዝስካን QR ኮድ
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = ክሳብ { $date } ይሰርሕ
action-done = ተወዲኡ
consent-title = ክሳብ ሕጂ ዝተኻፈለ
consent-none = ገና ዝተኻፈለ የለን።

## Viewing a shared booklet
viewer-title = ምሳኹም ዝተኻፈለ
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = ብ{ $date } ተኻፊሉ፣ ክሳብ { $until } ይሰርሕ።
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = ግዜ ናይዚ ኮድ ኣኺሉ (ክሳብ { $date } ይሰርሕ ነይሩ)። ካብቲ ሰብ ሓድሽ ኮድ ሕተቱ።
viewer-not-stored = ካብዚ ሓደ እኳ ኣብ መሳርሒኹም ኣይዕቀብን።
action-close-share = ምዕጻው

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = ንምክፋል እንተወሓደ ሓደ ምዝገባ ምረጹ።
share-error-unknown-entry = ሓደ ዝመረጽኩሞ ምዝገባ ሕጂ የለን።
share-error-expiry-out-of-range = ሓደ ኮድ ብዝበዝሐ 90 መዓልታት ይሰርሕ።
share-error-issue-out-of-range = ዕለት ናይዚ ተሌፎን ጌጋ ይመስል።
share-error-invalid-entry = ሓደ ዝመረጽኩሞ ምዝገባ ብኸምዚ ክካፈል ኣይክእልን።
share-error-selection-too-large = እዚ ንሓደ QR ኮድ ይበዝሕ። በጃኹም ውሑድ ምረጹ።
share-error-truncated = እዚ ኮድ ምሉእ ኣይኮነን። ደጊምኩም ስካን ግበርዎ።
share-error-damaged = እዚ ኮድ ተበላሺዩ ወይ ተቐይሩ እዩ። ሓድሽ ኮድ ሕተቱ።
share-error-unknown-version = እዚ ኮድ ካብ ሓድሽ ስሪት Begleitheft እዩ ዝመጸ። ነቲ ኣፕ ኣሐድስዎ።
share-error-bad-alphabet = እዚ ኮድ ተበላሺዩ እዩ። ሓድሽ ኮድ ሕተቱ።
share-error-too-large = እዚ ኮድ ንBegleitheft ኣዝዩ ዓቢ እዩ።
share-error-foreign-covid = እዚ ናይ ክታበት ምስክር ወረቐት እዩ፣ ናይ Begleitheft ኮድ ኣይኮነን።
share-error-foreign-shc = እዚ ናይ ጥዕና ካርድ (SMART Health Card) እዩ፣ ናይ Begleitheft ኮድ ኣይኮነን።
share-error-foreign-url = እዚ QR ኮድ ናብ ካልእ ወብሳይት እዩ ዝወስድ፣ ናብ Begleitheft ኣይኮነን።
share-error-foreign = እዚ QR ኮድ ናይ Begleitheft ኣይኮነን።
share-error-expired = ግዜ ናይዚ ኮድ ኣኺሉ። ሓድሽ ኮድ ሕተቱ።

## Scanning
action-scan = ስካን
scan-title = QR ኮድ ስካን ምግባር
scan-camera = ካሜራ ምጥቃም
scan-photo = ካብ ስእሊ ምንባብ
scan-looking = QR ኮድ ይድለ ኣሎ … ነቲ ካሜራ ከይተንቀሳቐሰ ሓዝዎ።
scan-camera-denied = ካሜራ ኣይተፈቕደን። ኣብ ኣቀማምጣ ናይ ብራውዘር ፍቐድዎ፣ ወይ ነቲ ኮድ ካብ ስእሊ ኣንብብዎ።
scan-camera-absent = ካሜራ ኣይተረኽበን። ነቲ ኮድ ካብ ስእሊ ኣንብብዎ።
scan-photo-unreadable = እዚ ስእሊ ክንበብ ኣይከኣልን።
scan-nothing-found = ኣብቲ ስእሊ QR ኮድ ኣይርአን። ዝያዳ ንጹር ስእሊ ፈትኑ።

sync-action-restore = ካብ ተወሳኺ ቅዳሕ ምምላስ
sync-status-off = ተወሳኺ ቅዳሕን ምውህሃድን ደው ኢሉ ኣሎ።
sync-status-synced = ኩሉ ተዓቂቡ ኣሎ።
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } ለውጢ ምውህሃድ ይጽበ ኣሎ።
       *[other] { $count } ለውጥታት ምውህሃድ ይጽበዩ ኣለዉ።
    }
sync-status-offline = ኢንተርነት የለን። ለውጥታትኩም ድሒሩ ክለኣኽ እዩ።
sync-status-error = ምውህሃድ ጸገም ኣለዎ።
# Variables:
#   $status (String) - the status sentence, e.g. "ኩሉ ተዓቂቡ ኣሎ።"
sync-indicator-label = ምውህሃድ: { $status }
restore-hint = ኣብ ካልእ ተሌፎን ተወሳኺ ቅዳሕ ናይ Begleitheft ገይርኩም ዶ ኔርኩም?
