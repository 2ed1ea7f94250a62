### The app's screens. Pashto. Short sentences and common words.

## Navigation
nav-label = اصلي مینو
nav-home = کور
nav-appointments = ملاقاتونه
nav-contacts = اړیکې
nav-profile = پروفایل
nav-settings = تنظیمات
not-found-title = دا پاڼه نشته.

## Actions
action-add = زیاتول
action-add-goal = هدف زیاتول
action-add-step = ګام زیاتول
action-add-contact = اړیکه زیاتول
action-add-appointment = ملاقات زیاتول
action-save = خوندي کول
action-cancel = لغوه کول
action-edit = بدلول
action-delete = ړنګول
action-back = شاته
action-undo = بېرته راګرځول
action-dismiss = بندول
action-update = اوس تازه کول
action-export = صادرول
action-import = واردول
action-import-confirm = هو، بدل یې کړئ
action-print = چاپول
action-delete-goal = هدف ړنګول
action-delete-named = { $title } ړنګول
action-edit-named = { $title } بدلول
action-move-up = { $title } پورته وړل
action-move-down = { $title } ښکته وړل

## Home
home-next-appointment = راتلونکی ملاقات
home-no-appointment = هېڅ ملاقات نه دی ټاکل شوی.
home-goals = زما هدفونه
home-no-goals = لا هېڅ هدف نشته. له یوه هدف څخه پیل وکړئ.
home-quick-add = چټک زیاتول

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } له { $total } ګام څخه
       *[other] { $done } له { $total } ګامونو څخه
    }
goal-target = هدف تر { $date } پورې
goal-status = حالت
goal-target-date = د هدف نېټه (که وي)
goal-steps = ګامونه
goal-no-steps = لا هېڅ ګام نشته.
goal-not-found = دا هدف اوس نشته.
goal-deleted = هدف ړنګ شو.
goal-field = برخه
goal-title = هدف
goal-free-title = خپل هدف
goal-with-typical-steps = عادي ګامونه هم ورسره زیات کړئ
catalog-search = هدف ولټوئ
step-from-catalog = له لست څخه ګام
step-typical = د دې هدف عادي ګامونه
step-all = ټول ګامونه
step-or-free = یا په خپلو خبرو
step-date = نېټه
step-is-done = دمخه ترسره شوی
step-note = یادښت
step-deleted = ګام ړنګ شو.
step-done-on = په { $date } ترسره شو
step-planned-for = د { $date } لپاره پلان شوی
step-mark-done = ترسره شو: { $title }

## Contacts
contacts-title = اړیکې
contacts-empty = لا هېڅ اړیکه نشته.
contact-organisation = اداره یا موسسه
contact-role = دنده
contact-role-free = یا دنده په خپلو خبرو
contact-person = د اړیکې کس
contact-phone = تلیفون
contact-email = ایمېل
contact-address = پته
contact-opening-hours = د کار ساعتونه
contact-note = یادښت
contact-deleted = اړیکه ړنګه شوه.
contact-call = { $name } ته زنګ ووهئ
contact-write = { $name } ته ایمېل ولیکئ

## Appointments
appointments-upcoming = راتلونکي ملاقاتونه
appointments-past = تېر ملاقاتونه
appointments-none-upcoming = هېڅ راتلونکی ملاقات نشته.
appointment-date = ورځ
appointment-time = وخت
appointment-place = ځای
appointment-purpose = د څه په اړه دی؟
appointment-purpose-free = یا په خپلو خبرو
appointment-with = له چا سره؟
appointment-with-nobody = (هېڅوک نه دی ټاکل شوی)
appointment-bring = له ځان سره راوړئ
appointment-deleted = ملاقات ړنګ شو.

## Profile
profile-title = زما پروفایل
profile-name = نوم (لنډ نوم هم کېدای شي)
profile-languages = زما ژبې
profile-language = ژبه
profile-level = څومره ښه؟
profile-qualifications = ښوونځی، مسلکي زده کړه، پوهنتون
profile-qualification-kind = ډول
profile-qualification-title = سند
profile-qualification-country = هېواد (دوه توري، لکه SY)
profile-qualification-recognition = په آلمان کې منل کېدل (Anerkennung)
profile-work = کاري تجربه
profile-interests = زما علاقې او هیلې

## Settings
settings-title = تنظیمات
storage-title = په دې وسیله کې ساتنه
storage-explain = ستاسو کتابچه یوازې په دې تلیفون کې ساتل کېږي. بل هېڅوک یې نه ویني.
storage-persisted-yes = براوزر معلومات د تل لپاره ساتي.
storage-persisted-no = کېدای شي براوزر معلومات ړنګ کړي کله چې حافظه ډکه شي. وخت په وخت یې صادر کړئ.
storage-persisted-unknown = لا پوښتنه نه ده شوې چې معلومات د تل لپاره پاتې کېدای شي که نه.
storage-ask-persist = د تل لپاره یې وساتئ
export-title = صادرول
export-explain = خپله ټوله کتابچه د یو فایل په توګه وساتئ. داسې به یوه بله کاپي ولرئ.
export-never = تر اوسه هېڅکله نه دی صادر شوی.
export-last = وروستی ځل صادر شو: { $date }
export-error = فایل جوړ نه شو.
import-title = واردول
import-explain = یوه کتابچه له صادر شوي فایل څخه راوړئ. فایل لومړی کتل کېږي.
import-error-unreadable = دا فایل نه شي لوستل کېدای.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    دا فایل به ستاسو د کتابچې ځای ونیسي. اوس ستاسو په کتابچه کې: { $current ->
        [one] { $current } توکی
       *[other] { $current } توکي
    }. په فایل کې: { $incoming ->
        [one] { $incoming } توکی
       *[other] { $incoming } توکي
    }.
import-done = واردول بشپړ شول.
print-title = چاپول
update-available = نوې نسخه راغلې ده.

## Storage errors
storage-error-open = په دې براوزر کې ساتل نه شي کېدای. Begleitheft په خصوصي حالت (private) کې مه پرانیزئ.
storage-error-read = معلومات ونه لوستل شول. پاڼه بیا پرانیزئ.
storage-error-write = دا خوندي نه شو. مهرباني وکړئ بیا هڅه وکړئ.
storage-error-quota = حافظه ډکه ده. دا خوندي نه شو. په تلیفون کې ځای خالي کړئ.
storage-error-corrupt = خوندي شوي معلومات خراب شوي دي. خپل وروستی صادر شوی فایل وارد کړئ.

## Side by side
action-side-by-side = څنګ په څنګ
side-by-side-title = دوه ژبې څنګ په څنګ
side-by-side-second-language = دویمه ژبه
side-by-side-choose = کوم هدفونه وښودل شي؟
side-by-side-bring = له ځانه سره راوړئ: { $what }
storage-error-blocked = Begleitheft لا په بل ټب کې خلاص دی. نور ټبونه وتړئ او پاڼه بیا پرانیزئ.

## Sharing by QR code
action-share = شریکول
share-title = د QR کوډ په مرسته شریکول
share-choose = هغه کس څه ولیدای شي؟ وټاکئ.
share-all-goals = ټول هدفونه
share-all-contacts = ټولې اړیکې
share-all-appointments = ټول ملاقاتونه
share-duration = څومره وخت؟
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    }
share-recipient = د چا لپاره؟ (یوازې ستاسو لپاره، اختیاري)
share-nothing = لږ تر لږه یو توکی وټاکئ.
share-sees = هغه کس چې کوډ سکن کړي، دا ویني:
share-not = دا نه ویني:
share-not-profile = ستاسو پروفایل
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } هدف
       *[other] { $goals } هدفونه
    } له { $steps ->
        [one] { $steps } ګام
       *[other] { $steps } ګامونو
    } سره
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } اړیکه
       *[other] { $count } اړیکې
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } ملاقات
       *[other] { $count } ملاقاتونه
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } بل هدف
       *[other] { $count } نور هدفونه
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } بله اړیکه
       *[other] { $count } نورې اړیکې
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } بل ملاقات
       *[other] { $count } نور ملاقاتونه
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = تر { $date } پورې.
action-show-qr = QR کوډ ښودل
share-too-big = دا د یوه QR کوډ لپاره ډېر دی. لږ شیان وټاکئ.
share-qr-label = د سکن لپاره QR کوډ
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = تر { $date } پورې اعتبار لري
action-done = بشپړ
consent-title = تر اوسه شریک شوي
consent-none = تر اوسه هېڅ شی نه دی شریک شوی.

## Viewing a shared booklet
viewer-title = له تاسو سره شریک شوي
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = په { $date } شریک شوی، تر { $until } پورې اعتبار لري.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = د دې کوډ موده پای ته رسېدلې ده (تر { $date } پورې یې اعتبار درلود). له هغه کس څخه نوی کوډ وغواړئ.
viewer-not-stored = له دې څخه هېڅ شی ستاسو په وسیله کې نه ساتل کېږي.
action-close-share = بندول

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = د شریکولو لپاره لږ تر لږه یو توکی وټاکئ.
share-error-unknown-entry = یو ټاکل شوی توکی اوس نشته.
share-error-expiry-out-of-range = یو کوډ تر 90 ورځو زیات اعتبار نه لري.
share-error-issue-out-of-range = داسې ښکاري چې په دې تلیفون کې نېټه غلطه ده.
share-error-invalid-entry = یو ټاکل شوی توکی په دې ډول نه شي شریکېدای.
share-error-selection-too-large = دا د یوه QR کوډ لپاره ډېر دی. لږ شیان وټاکئ.
share-error-truncated = دا کوډ نیمګړی دی. بیا یې سکن کړئ.
share-error-damaged = دا کوډ خراب شوی یا بدل شوی دی. نوی کوډ وغواړئ.
share-error-unknown-version = دا کوډ د Begleitheft له نوې نسخې څخه دی. اپ تازه کړئ.
share-error-bad-alphabet = دا کوډ خراب شوی دی. نوی کوډ وغواړئ.
share-error-too-large = دا کوډ د Begleitheft لپاره ډېر لوی دی.
share-error-foreign-covid = دا د واکسین تصدیق دی، د Begleitheft کوډ نه دی.
share-error-foreign-shc = دا روغتیایي کارت (SMART Health Card) دی، د Begleitheft کوډ نه دی.
share-error-foreign-url = دا QR کوډ بلې ویب پاڼې ته ځي، Begleitheft ته نه.
share-error-foreign = دا QR کوډ د Begleitheft نه دی.
share-error-expired = د دې کوډ موده پای ته رسېدلې ده. نوی کوډ وغواړئ.

## Scanning
action-scan = سکن کول
scan-title = د QR کوډ سکن کول
scan-camera = کمره کارول
scan-photo = له عکس څخه لوستل
scan-looking = د QR کوډ لټول کېږي … کمره ټینګه ونیسئ.
scan-camera-denied = کمرې ته اجازه نشته. د براوزر په تنظیماتو کې یې اجازه ورکړئ، یا کوډ له عکس څخه ولولئ.
scan-camera-absent = کمره ونه موندل شوه. کوډ له عکس څخه ولولئ.
scan-photo-unreadable = دا عکس نه شي لوستل کېدای.
scan-nothing-found = په عکس کې هېڅ QR کوډ نه ښکاري. یو روښانه عکس وازمویئ.

sync-action-restore = له خوندي کاپي څخه بیا راګرځول
sync-status-off = خوندي کاپي او همغږي بند دي.
sync-status-synced = هر څه خوندي دي.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } بدلون د همغږۍ انتظار باسي.
       *[other] { $count } بدلونونه د همغږۍ انتظار باسي.
    }
sync-status-offline = انټرنېټ نشته. ستاسو بدلونونه به وروسته ولېږل شي.
sync-status-error = همغږي ستونزه لري.
# Variables:
#   $status (String) - the status sentence, e.g. "هر څه خوندي دي."
sync-indicator-label = همغږي: { $status }
restore-hint = ایا تاسو مخکې په بل تلیفون کې د یوې کتابچې خوندي کاپي جوړه کړې ده؟
