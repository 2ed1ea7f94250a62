### The app's screens. Central Kurdish (Sorani). Short sentences and common words.

## Navigation
nav-label = مێنیوی سەرەکی
nav-home = سەرەکی
nav-appointments = ژوانەکان
nav-contacts = پەیوەندییەکان
nav-profile = پرۆفایل
nav-settings = ڕێکخستنەکان
not-found-title = ئەم پەڕەیە نییە.

## Actions
action-add = زیادکردن
action-add-goal = زیادکردنی ئامانج
action-add-step = زیادکردنی هەنگاو
action-add-contact = زیادکردنی پەیوەندی
action-add-appointment = زیادکردنی ژوان
action-save = پاشەکەوتکردن
action-cancel = هەڵوەشاندنەوە
action-edit = دەستکاریکردن
action-delete = سڕینەوە
action-back = گەڕانەوە
action-undo = پاشگەزبوونەوە
action-dismiss = داخستن
action-update = ئێستا نوێ بکەرەوە
action-export = هەناردن
action-import = هاوردن
action-import-confirm = بەڵێ، بیگۆڕە
action-print = چاپکردن
action-delete-goal = سڕینەوەی ئامانج
action-delete-named = سڕینەوەی { $title }
action-edit-named = دەستکاریکردنی { $title }
action-move-up = { $title } بەرەو سەرەوە
action-move-down = { $title } بەرەو خوارەوە

## Home
home-next-appointment = ژوانی داهاتوو
home-no-appointment = هیچ ژوانێک دانەنراوە.
home-goals = ئامانجەکانم
home-no-goals = هێشتا هیچ ئامانجێک نییە. بە یەک ئامانج دەست پێ بکە.
home-quick-add = زیادکردنی خێرا

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } لە { $total } هەنگاو
       *[other] { $done } لە { $total } هەنگاو
    }
goal-target = ئامانج تا { $date }
goal-status = دۆخ
goal-target-date = بەرواری ئامانج (ئەگەر هەبێت)
goal-steps = هەنگاوەکان
goal-no-steps = هێشتا هیچ هەنگاوێک نییە.
goal-not-found = ئەم ئامانجە چیتر نییە.
goal-deleted = ئامانجەکە سڕایەوە.
goal-field = بوار
goal-title = ئامانج
goal-free-title = ئامانجی خۆم
goal-with-typical-steps = هەنگاوە ئاساییەکانیش زیاد بکە
catalog-search = گەڕان بۆ ئامانج
step-from-catalog = هەنگاو لە لیستەکە
step-typical = هەنگاوە ئاساییەکانی ئەم ئامانجە
step-all = هەموو هەنگاوەکان
step-or-free = یان بە قسەی خۆت
step-date = بەروار
step-is-done = پێشتر کراوە
step-note = تێبینی
step-deleted = هەنگاوەکە سڕایەوە.
step-done-on = کرا لە { $date }
step-planned-for = بۆ { $date } دانراوە
step-mark-done = کرا: { $title }

## Contacts
contacts-title = پەیوەندییەکان
contacts-empty = هێشتا هیچ پەیوەندییەک نییە.
contact-organisation = فەرمانگە یان ڕێکخراو
contact-role = ئەرک
contact-role-free = یان ئەرکەکە بە قسەی خۆت
contact-person = کەسی پەیوەندی
contact-phone = تەلەفۆن
contact-email = ئیمەیڵ
contact-address = ناونیشان
contact-opening-hours = کاتەکانی کارکردن
contact-note = تێبینی
contact-deleted = پەیوەندییەکە سڕایەوە.
contact-call = تەلەفۆن بۆ { $name } بکە
contact-write = ئیمەیڵ بۆ { $name } بنێرە

## Appointments
appointments-upcoming = ژوانە داهاتووەکان
appointments-past = ژوانە ڕابردووەکان
appointments-none-upcoming = هیچ ژوانێکی داهاتوو نییە.
appointment-date = ڕۆژ
appointment-time = کات
appointment-place = شوێن
appointment-purpose = دەربارەی چییە؟
appointment-purpose-free = یان بە قسەی خۆت
appointment-with = لەگەڵ کێ؟
appointment-with-nobody = (کەس هەڵنەبژێردراوە)
appointment-bring = لەگەڵ خۆت بیهێنە
appointment-deleted = ژوانەکە سڕایەوە.

## Profile
profile-title = پرۆفایلی من
profile-name = ناو (نازناویش دەبێت)
profile-languages = زمانەکانم
profile-language = زمان
profile-level = چەند باش؟
profile-qualifications = قوتابخانە، ڕاهێنانی پیشەیی، زانکۆ
profile-qualification-kind = جۆر
profile-qualification-title = بڕوانامە
profile-qualification-country = وڵات (دوو پیت، وەک SY)
profile-qualification-recognition = پەسەندکردن لە ئەڵمانیا (Anerkennung)
profile-work = ئەزموونی کار
profile-interests = حەز و ئارەزووەکانم

## Settings
settings-title = ڕێکخستنەکان
storage-title = پاشەکەوت لەسەر ئەم ئامێرە
storage-explain = دەفتەرەکەت تەنها لەسەر ئەم مۆبایلە پاشەکەوت کراوە. کەسی تر نایبینێت.
storage-persisted-yes = وێبگەڕەکە زانیارییەکان بۆ هەمیشە دەپارێزێت.
storage-persisted-no = لەوانەیە وێبگەڕەکە زانیارییەکان بسڕێتەوە کاتێک بیرگە پڕ دەبێت. بە بەردەوامی هەناردن بکە.
storage-persisted-unknown = هێشتا نەپرسراوە کە ئایا زانیارییەکان دەتوانن بۆ هەمیشە بمێننەوە.
storage-ask-persist = بۆ هەمیشە پاشەکەوت بکە
export-title = هەناردن
export-explain = هەموو دەفتەرەکەت وەک فایلێک پاشەکەوت بکە. بەم شێوەیە کۆپییەکی یەدەگت دەبێت.
export-never = هێشتا هەناردن نەکراوە.
export-last = دوایین هەناردن: { $date }
export-error = فایلەکە دروست نەکرا.
import-title = هاوردن
import-explain = دەفتەرێک لە فایلێکی هەناردەکراوەوە بار بکە. سەرەتا فایلەکە دەپشکنرێت.
import-error-unreadable = ئەم فایلە ناخوێنرێتەوە.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    ئەم فایلە دەچێتە جێگەی دەفتەرەکەت. ئێستا لە دەفتەرەکەتدا: { $current ->
        [one] { $current } بابەت
       *[other] { $current } بابەت
    }. لە فایلەکەدا: { $incoming ->
        [one] { $incoming } بابەت
       *[other] { $incoming } بابەت
    }.
import-done = هاوردن تەواو بوو.
print-title = چاپکردن
update-available = وەشانێکی نوێ هەیە.

## Storage errors
storage-error-open = لەم وێبگەڕەدا پاشەکەوتکردن ناکرێت. Begleitheft لە دۆخی تایبەتدا (private) مەکەرەوە.
storage-error-read = زانیارییەکان نەخوێنرانەوە. پەڕەکە نوێ بکەرەوە.
storage-error-write = ئەمە پاشەکەوت نەکرا. تکایە دووبارە هەوڵ بدەرەوە.
storage-error-quota = بیرگە پڕە. ئەمە پاشەکەوت نەکرا. شوێن لەسەر مۆبایلەکەت بەتاڵ بکە.
storage-error-corrupt = زانیارییە پاشەکەوتکراوەکان تێکچوون. دوایین فایلی هەناردەکراوت هاوردە بکە.

## Side by side
action-side-by-side = لە تەنیشت یەک
side-by-side-title = دوو زمان لە تەنیشت یەک
side-by-side-second-language = زمانی دووەم
side-by-side-choose = کام ئامانج پیشان بدرێن؟
side-by-side-bring = لەگەڵ خۆت بیهێنە: { $what }
storage-error-blocked = Begleitheft هێشتا لە تابێکی تردا کراوەیە. تابەکانی تر دابخە و پەڕەکە نوێ بکەرەوە.

## Sharing by QR code
action-share = هاوبەشکردن
share-title = هاوبەشکردن بە کۆدی QR
share-choose = ئەو کەسە چی ببینێت؟ هەڵیبژێرە.
share-all-goals = هەموو ئامانجەکان
share-all-contacts = هەموو پەیوەندییەکان
share-all-appointments = هەموو ژوانەکان
share-duration = بۆ چەند ڕۆژ؟
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } ڕۆژ
       *[other] { $days } ڕۆژ
    }
share-recipient = بۆ کێ؟ (تەنها بۆ خۆت، ئارەزوومەندانە)
share-nothing = لانیکەم یەک بابەت هەڵبژێرە.
share-sees = ئەو کەسەی کۆدەکە سکان دەکات، ئەمانە دەبینێت:
share-not = ئەمانە نابینێت:
share-not-profile = پرۆفایلەکەت
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } ئامانج
       *[other] { $goals } ئامانج
    } لەگەڵ { $steps ->
        [one] { $steps } هەنگاو
       *[other] { $steps } هەنگاو
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } پەیوەندی
       *[other] { $count } پەیوەندی
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } ژوان
       *[other] { $count } ژوان
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } ئامانجی تر
       *[other] { $count } ئامانجی تر
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } پەیوەندیی تر
       *[other] { $count } پەیوەندیی تر
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } ژوانی تر
       *[other] { $count } ژوانی تر
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = تا { $date }.
action-show-qr = پیشاندانی کۆدی QR
share-too-big = ئەمە بۆ یەک کۆدی QR زۆرە. تکایە کەمتر هەڵبژێرە.
share-qr-label = کۆدی QR بۆ سکانکردن
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = تا { $date } کار دەکات
action-done = تەواو
consent-title = ئەوەی تا ئێستا هاوبەش کراوە
consent-none = هێشتا هیچ شتێک هاوبەش نەکراوە.

## Viewing a shared booklet
viewer-title = لەگەڵ تۆ هاوبەش کراوە
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = لە { $date } هاوبەش کرا، تا { $until } کار دەکات.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = ماوەی ئەم کۆدە تەواو بووە (تا { $date } کاری دەکرد). داوای کۆدێکی نوێ لەو کەسە بکە.
viewer-not-stored = هیچ شتێک لەمانە لەسەر ئامێرەکەت پاشەکەوت ناکرێت.
action-close-share = داخستن

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = لانیکەم یەک بابەت بۆ هاوبەشکردن هەڵبژێرە.
share-error-unknown-entry = بابەتێک کە هەڵتبژاردووە چیتر نییە.
share-error-expiry-out-of-range = کۆدێک زۆرترین 90 ڕۆژ کار دەکات.
share-error-issue-out-of-range = وا دیارە بەرواری ئەم مۆبایلە هەڵەیە.
share-error-invalid-entry = بابەتێک کە هەڵتبژاردووە بەم شێوەیە هاوبەش ناکرێت.
share-error-selection-too-large = ئەمە بۆ یەک کۆدی QR زۆرە. تکایە کەمتر هەڵبژێرە.
share-error-truncated = ئەم کۆدە تەواو نییە. دووبارە سکانی بکە.
share-error-damaged = ئەم کۆدە تێکچووە یان گۆڕدراوە. داوای کۆدێکی نوێ بکە.
share-error-unknown-version = ئەم کۆدە لە وەشانێکی نوێتری Begleitheft دروست کراوە. ئەپەکە نوێ بکەرەوە.
share-error-bad-alphabet = ئەم کۆدە تێکچووە. داوای کۆدێکی نوێ بکە.
share-error-too-large = ئەم کۆدە بۆ Begleitheft زۆر گەورەیە.
share-error-foreign-covid = ئەمە بڕوانامەی کوتانە، کۆدی Begleitheft نییە.
share-error-foreign-shc = ئەمە کارتی تەندروستییە (SMART Health Card)، کۆدی Begleitheft نییە.
share-error-foreign-url = ئەم کۆدی QR بۆ ماڵپەڕێکی تر دەچێت، نەک بۆ Begleitheft.
share-error-foreign = ئەم کۆدی QR هی Begleitheft نییە.
share-error-expired = ماوەی ئەم کۆدە تەواو بووە. داوای کۆدێکی نوێ بکە.

## Scanning
action-scan = سکانکردن
scan-title = سکانکردنی کۆدی QR
scan-camera = بەکارهێنانی کامێرا
scan-photo = خوێندنەوە لە وێنەیەکەوە
scan-looking = گەڕان بۆ کۆدی QR … کامێراکە جێگیر ڕابگرە.
scan-camera-denied = ڕێگە بە کامێرا نەدراوە. لە ڕێکخستنەکانی وێبگەڕدا ڕێگەی پێ بدە، یان کۆدەکە لە وێنەیەکەوە بخوێنەوە.
scan-camera-absent = هیچ کامێرایەک نەدۆزرایەوە. کۆدەکە لە وێنەیەکەوە بخوێنەوە.
scan-photo-unreadable = ئەم وێنەیە ناخوێنرێتەوە.
scan-nothing-found = هیچ کۆدێکی QR لە وێنەکەدا دیار نییە. وێنەیەکی ڕوونتر تاقی بکەرەوە.

sync-action-restore = گەڕاندنەوە لە یەدەگێکەوە
sync-status-off = یەدەگ و هاوکاتکردن کوژاوەتەوە.
sync-status-synced = هەموو شتێک یەدەگ کراوە.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } گۆڕانکاری چاوەڕێی هاوکاتکردنە.
       *[other] { $count } گۆڕانکاری چاوەڕێی هاوکاتکردنن.
    }
sync-status-offline = ئینتەرنێت نییە. گۆڕانکارییەکانت دواتر دەنێردرێن.
sync-status-error = هاوکاتکردن کێشەی هەیە.
# Variables:
#   $status (String) - the status sentence, e.g. "هەموو شتێک یەدەگ کراوە."
sync-indicator-label = هاوکاتکردن: { $status }
restore-hint = پێشتر دەفتەرێکت لەسەر مۆبایلێکی تر یەدەگ کردووە؟
