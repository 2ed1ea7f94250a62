### The app's screens. Short sentences and common words.

## Navigation
nav-label = مینوی اصلی
nav-home = صفحه اصلی
nav-appointments = ملاقات‌ها
nav-contacts = مخاطبین
nav-profile = پروفایل
nav-settings = تنظیمات
not-found-title = این صفحه وجود ندارد.

## Actions (one vocabulary in every language)
action-add = اضافه کردن
action-add-goal = اضافه کردن هدف
action-add-step = اضافه کردن قدم
action-add-contact = اضافه کردن مخاطب
action-add-appointment = اضافه کردن ملاقات
action-save = ذخیره
action-cancel = لغو
action-edit = تغییر
action-delete = پاک کردن
action-back = واپس
action-undo = برگرداندن
action-dismiss = بستن
action-update = همین حالا تازه کنید
action-export = ذخیره در فایل
action-import = آوردن از فایل
action-import-confirm = بلی، عوض شود
action-print = چاپ
action-delete-goal = پاک کردن هدف
# Variables:
#   $title (String) - the entry's title or name.
action-delete-named = پاک کردن { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-edit-named = تغییر { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-move-up = بردن { $title } به بالا
# Variables:
#   $title (String) - the entry's title or name.
action-move-down = بردن { $title } به پایین

## Home
home-next-appointment = ملاقات بعدی
home-no-appointment = هیچ ملاقاتی پلان نشده است.
home-goals = هدف‌های من
home-no-goals = هنوز هدفی ندارید. با یک هدف شروع کنید.
home-quick-add = اضافه کردن سریع

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } از { $total } قدم
       *[other] { $done } از { $total } قدم
    }
# Variables:
#   $date (String) - the target date, formatted.
goal-target = هدف تا { $date }
goal-status = وضعیت
goal-target-date = تاریخ هدف (اگر دارد)
goal-steps = قدم‌ها
goal-no-steps = هنوز قدمی نیست.
goal-not-found = این هدف دیگر وجود ندارد.
goal-deleted = هدف پاک شد.
goal-field = بخش
goal-title = هدف
goal-free-title = هدف خودم
goal-with-typical-steps = قدم‌های معمول هم همین حالا اضافه شود
catalog-search = جستجوی هدف
step-from-catalog = قدم از لست
step-typical = قدم‌های معمول برای این هدف
step-all = همه قدم‌ها
step-or-free = یا با کلمه‌های خودتان
step-date = تاریخ
step-is-done = انجام شده است
step-note = یادداشت
step-deleted = قدم پاک شد.
# Variables:
#   $date (String) - the day it was done, formatted.
step-done-on = انجام شده به تاریخ { $date }
# Variables:
#   $date (String) - the planned day, formatted.
step-planned-for = پلان برای { $date }
# Variables:
#   $title (String) - the step's title.
step-mark-done = انجام شد: { $title }

## Contacts
contacts-title = مخاطبین
contacts-empty = هنوز مخاطبی نیست.
contact-organisation = اداره یا مؤسسه
contact-role = وظیفه
contact-role-free = یا وظیفه با کلمه‌های خودتان
contact-person = شخص مسئول
contact-phone = تیلفون
contact-email = ایمیل
contact-address = آدرس
contact-opening-hours = ساعات کاری
contact-note = یادداشت
contact-deleted = مخاطب پاک شد.
# Variables:
#   $name (String) - the organisation.
contact-call = زنگ زدن به { $name }
# Variables:
#   $name (String) - the organisation.
contact-write = نوشتن ایمیل به { $name }

## Appointments
appointments-upcoming = ملاقات‌های آینده
appointments-past = ملاقات‌های گذشته
appointments-none-upcoming = ملاقات آینده‌ای نیست.
appointment-date = روز
appointment-time = ساعت
appointment-place = جای
appointment-purpose = در باره چیست؟
appointment-purpose-free = یا با کلمه‌های خودتان
appointment-with = با کی؟
appointment-with-nobody = (کسی انتخاب نشده)
appointment-bring = با خود ببرید
appointment-deleted = ملاقات پاک شد.

## Profile
profile-title = پروفایل من
profile-name = نام (نام مستعار هم خوب است)
profile-languages = زبان‌های من
profile-language = زبان
profile-level = چقدر خوب؟
profile-qualifications = مکتب، آموزش مسلکی، پوهنتون
profile-qualification-kind = نوع
profile-qualification-title = سند تحصیلی
profile-qualification-country = کشور (دو حرف، مثلاً SY)
profile-qualification-recognition = تأیید سند در آلمان (Anerkennung)
profile-work = تجربه کاری
profile-interests = علاقه‌ها و آرزوها

## Settings
settings-title = تنظیمات
storage-title = حافظه این دستگاه
storage-explain = دفترچه Begleitheft شما فقط در همین موبایل ذخیره است. هیچ کس دیگر آن را نمی‌بیند.
storage-persisted-yes = براوزر معلومات را برای همیشه نگه می‌دارد.
storage-persisted-no = اگر حافظه پر شود، براوزر شاید معلومات را پاک کند. هر چند وقت یک بار یک کاپی در فایل ذخیره کنید.
storage-persisted-unknown = هنوز پرسیده نشده که معلومات برای همیشه بماند یا نه.
storage-ask-persist = برای همیشه ذخیره شود
export-title = ذخیره در فایل
export-explain = تمام دفترچه خود را به شکل یک فایل ذخیره کنید. این طور یک کاپی محفوظ دارید.
export-never = هنوز هیچ وقت در فایل ذخیره نشده است.
# Variables:
#   $date (String) - the day of the last export, formatted.
export-last = آخرین ذخیره در فایل: { $date }
export-error = فایل ساخته نشد.
import-title = آوردن از فایل
import-explain = یک دفترچه را از فایلی که قبلاً ذخیره کرده‌اید باز کنید. اول فایل بررسی می‌شود.
import-error-unreadable = این فایل خوانده نمی‌شود.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    این فایل به جای دفترچه شما ({ $current ->
        [one] { $current } مورد
       *[other] { $current } مورد
    }) می‌آید و { $incoming ->
        [one] { $incoming } مورد
       *[other] { $incoming } مورد
    } دارد.
import-done = آوردن از فایل تمام شد.
print-title = چاپ
update-available = یک نسخه نو آماده است.

## Storage errors
storage-error-open = این براوزر نمی‌تواند معلومات را ذخیره کند. دفترچه را در حالت خصوصی باز نکنید.
storage-error-read = معلومات خوانده نشد. صفحه را دوباره باز کنید.
storage-error-write = این ذخیره نشد. لطفاً دوباره کوشش کنید.
storage-error-quota = حافظه پر است. این ذخیره نشد. در موبایل جای خالی کنید.
storage-error-corrupt = معلومات ذخیره‌شده خراب است. آخرین فایلی را که ذخیره کرده‌اید بیاورید.

## Side by side
action-side-by-side = پهلوی هم
side-by-side-title = دو زبان پهلوی هم
side-by-side-second-language = زبان دوم
side-by-side-choose = کدام هدف‌ها نشان داده شوند؟
side-by-side-bring = با خود بیاورید: { $what }
storage-error-blocked = Begleitheft هنوز در یک تب دیگر باز است. تب‌های دیگر را ببندید و صفحه را دوباره باز کنید.

## Sharing by QR code
action-share = شریک ساختن
share-title = شریک ساختن با کود QR
share-choose = آن شخص چه چیزها را ببیند؟ انتخاب کنید.
share-all-goals = همه هدف‌ها
share-all-contacts = همه مخاطبین
share-all-appointments = همه ملاقات‌ها
share-duration = برای چند وقت؟
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }
share-recipient = برای کی؟ (فقط برای خودتان، اختیاری)
share-nothing = اقلاً یک مورد را انتخاب کنید.
share-sees = کسی که کود را سکن می‌کند، این‌ها را می‌بیند:
share-not = این‌ها را نمی‌بیند:
share-not-profile = پروفایل شما
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } هدف
       *[other] { $goals } هدف
    } با { $steps ->
        [one] { $steps } قدم
       *[other] { $steps } قدم
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } مخاطب
       *[other] { $count } مخاطب
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } ملاقات
       *[other] { $count } ملاقات
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } هدف دیگر
       *[other] { $count } هدف دیگر
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } مخاطب دیگر
       *[other] { $count } مخاطب دیگر
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } ملاقات دیگر
       *[other] { $count } ملاقات دیگر
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = تا { $date }.
action-show-qr = نشان دادن کود QR
share-too-big = این برای یک کود QR زیاد است. لطفاً کمتر انتخاب کنید.
share-qr-label = کود QR برای سکن
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = اعتبار تا { $date }
action-done = تمام
consent-title = چیزهایی که تا حال شریک ساخته‌اید
consent-none = هنوز چیزی شریک ساخته نشده است.

## Viewing a shared booklet
viewer-title = با شما شریک ساخته شده
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = به تاریخ { $date } شریک ساخته شد، اعتبار تا { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = وقت این کود تمام شده است (اعتبار تا { $date } بود). از آن شخص یک کود نو بخواهید.
viewer-not-stored = هیچ چیز از این‌ها در دستگاه شما ذخیره نمی‌شود.
action-close-share = بستن

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = اقلاً یک مورد را برای شریک ساختن انتخاب کنید.
share-error-unknown-entry = یکی از موردهایی که انتخاب کردید دیگر وجود ندارد.
share-error-expiry-out-of-range = یک کود بیشتر از 90 روز اعتبار ندارد.
share-error-issue-out-of-range = به نظر می‌رسد تاریخ این موبایل غلط است.
share-error-invalid-entry = یکی از موردهایی که انتخاب کردید را این طور نمی‌شود شریک ساخت.
share-error-selection-too-large = این برای یک کود QR زیاد است. لطفاً کمتر انتخاب کنید.
share-error-truncated = این کود کامل نیست. دوباره آن را سکن کنید.
share-error-damaged = این کود خراب است یا تغییر داده شده است. یک کود نو بخواهید.
share-error-unknown-version = این کود از یک نسخه نوتر Begleitheft است. برنامه را تازه کنید.
share-error-bad-alphabet = این کود خراب است. یک کود نو بخواهید.
share-error-too-large = این کود برای Begleitheft بسیار بزرگ است.
share-error-foreign-covid = این یک تصدیق واکسین است، نه کود Begleitheft.
share-error-foreign-shc = این یک کارت صحی (SMART Health Card) است، نه کود Begleitheft.
share-error-foreign-url = این کود QR به یک ویب‌سایت دیگر می‌رود، نه به Begleitheft.
share-error-foreign = این کود QR از Begleitheft نیست.
share-error-expired = وقت این کود تمام شده است. یک کود نو بخواهید.

## Scanning
action-scan = سکن کردن
scan-title = سکن کردن کود QR
scan-camera = استفاده از کمره
scan-photo = خواندن از یک عکس
scan-looking = در جستجوی کود QR … کمره را بی‌حرکت نگه دارید.
scan-camera-denied = به کمره اجازه داده نشده است. در تنظیمات براوزر اجازه بدهید، یا کود را از یک عکس بخوانید.
scan-camera-absent = کمره پیدا نشد. کود را از یک عکس بخوانید.
scan-photo-unreadable = این عکس خوانده نمی‌شود.
scan-nothing-found = در این عکس کود QR دیده نمی‌شود. با یک عکس واضح‌تر کوشش کنید.

sync-action-restore = بازیابی از کاپی محفوظ
sync-status-off = کاپی محفوظ و همگام‌سازی خاموش است.
sync-status-synced = همه چیز محفوظ است.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } تغییر منتظر همگام‌سازی است.
       *[other] { $count } تغییر منتظر همگام‌سازی است.
    }
sync-status-offline = انترنت وصل نیست. تغییرات شما بعداً فرستاده می‌شود.
sync-status-error = همگام‌سازی مشکل دارد.
# Variables:
#   $status (String) - the status sentence, e.g. "همه چیز محفوظ است."
sync-indicator-label = همگام‌سازی: { $status }
restore-hint = آیا قبلاً یک دفترچه را در موبایل دیگر کاپی محفوظ کرده‌اید؟
