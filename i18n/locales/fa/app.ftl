### The app's screens. Short sentences and common words.

## Navigation
nav-label = منوی اصلی
nav-home = صفحه اصلی
nav-appointments = قرارها
nav-contacts = مخاطب‌ها
nav-profile = پروفایل
nav-settings = تنظیمات
not-found-title = این صفحه وجود ندارد.

## Actions (one vocabulary in every language)
action-add = اضافه کردن
action-add-goal = اضافه کردن هدف
action-add-step = اضافه کردن قدم
action-add-contact = اضافه کردن مخاطب
action-add-appointment = اضافه کردن قرار
action-save = ذخیره
action-cancel = لغو
action-edit = تغییر
action-delete = پاک کردن
action-back = برگشت
action-undo = برگرداندن
action-dismiss = بستن
action-update = همین حالا به‌روز کنید
action-export = خروجی گرفتن
action-import = وارد کردن
action-import-confirm = بله، جایگزین شود
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
home-next-appointment = قرار بعدی
home-no-appointment = هیچ قراری برنامه‌ریزی نشده است.
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
step-from-catalog = قدم از فهرست
step-typical = قدم‌های معمول برای این هدف
step-all = همه قدم‌ها
step-or-free = یا با کلمه‌های خودتان
step-date = تاریخ
step-is-done = انجام شده است
step-note = یادداشت
step-deleted = قدم پاک شد.
# Variables:
#   $date (String) - the day it was done, formatted.
step-done-on = انجام شده در { $date }
# Variables:
#   $date (String) - the planned day, formatted.
step-planned-for = برنامه برای { $date }
# Variables:
#   $title (String) - the step's title.
step-mark-done = انجام شد: { $title }

## Contacts
contacts-title = مخاطب‌ها
contacts-empty = هنوز مخاطبی نیست.
contact-organisation = اداره یا سازمان
contact-role = نقش
contact-role-free = یا نقش با کلمه‌های خودتان
contact-person = شخص مسئول
contact-phone = تلفن
contact-email = ایمیل
contact-address = آدرس
contact-opening-hours = ساعت کاری
contact-note = یادداشت
contact-deleted = مخاطب پاک شد.
# Variables:
#   $name (String) - the organisation.
contact-call = تماس با { $name }
# Variables:
#   $name (String) - the organisation.
contact-write = نوشتن ایمیل به { $name }

## Appointments
appointments-upcoming = قرارهای آینده
appointments-past = قرارهای گذشته
appointments-none-upcoming = قرار آینده‌ای نیست.
appointment-date = روز
appointment-time = ساعت
appointment-place = مکان
appointment-purpose = درباره چیست؟
appointment-purpose-free = یا با کلمه‌های خودتان
appointment-with = با چه کسی؟
appointment-with-nobody = (کسی انتخاب نشده)
appointment-bring = با خود ببرید
appointment-deleted = قرار پاک شد.

## Profile
profile-title = پروفایل من
profile-name = نام (اسم مستعار هم خوب است)
profile-languages = زبان‌های من
profile-language = زبان
profile-level = چقدر خوب؟
profile-qualifications = مدرسه، آموزش حرفه‌ای، دانشگاه
profile-qualification-kind = نوع
profile-qualification-title = مدرک
profile-qualification-country = کشور (دو حرف، مثلاً SY)
profile-qualification-recognition = تأیید مدرک در آلمان (Anerkennung)
profile-work = تجربه کاری
profile-interests = علاقه‌ها و آرزوها

## Settings
settings-title = تنظیمات
storage-title = حافظه این دستگاه
storage-explain = دفترچه Begleitheft شما فقط روی همین گوشی ذخیره شده است. هیچ کس دیگری آن را نمی‌بیند.
storage-persisted-yes = مرورگر اطلاعات را برای همیشه نگه می‌دارد.
storage-persisted-no = اگر حافظه پر شود، مرورگر ممکن است اطلاعات را پاک کند. مرتب خروجی بگیرید.
storage-persisted-unknown = هنوز پرسیده نشده که اطلاعات می‌تواند برای همیشه بماند یا نه.
storage-ask-persist = برای همیشه ذخیره شود
export-title = خروجی گرفتن
export-explain = کل دفترچه خود را به شکل یک فایل ذخیره کنید. این‌طوری یک نسخه پشتیبان دارید.
export-never = هنوز هیچ خروجی گرفته نشده است.
# Variables:
#   $date (String) - the day of the last export, formatted.
export-last = آخرین خروجی: { $date }
export-error = فایل ساخته نشد.
import-title = وارد کردن
import-explain = یک دفترچه را از فایل خروجی باز کنید. اول فایل بررسی می‌شود.
import-error-unreadable = این فایل خوانده نمی‌شود.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    این فایل دفترچه شما ({ $current ->
        [one] { $current } مورد
       *[other] { $current } مورد
    }) را با { $incoming ->
        [one] { $incoming } مورد
       *[other] { $incoming } مورد
    } جایگزین می‌کند.
import-done = وارد کردن تمام شد.
print-title = چاپ
update-available = یک نسخه جدید آماده است.

## Storage errors
storage-error-open = این مرورگر نمی‌تواند اطلاعات را ذخیره کند. دفترچه را در حالت خصوصی باز نکنید.
storage-error-read = اطلاعات خوانده نشد. صفحه را دوباره باز کنید.
storage-error-write = این ذخیره نشد. لطفاً دوباره امتحان کنید.
storage-error-quota = حافظه پر است. این ذخیره نشد. روی گوشی جا خالی کنید.
storage-error-corrupt = اطلاعات ذخیره‌شده خراب است. آخرین فایل خروجی خود را وارد کنید.

## Side by side
action-side-by-side = کنار هم
side-by-side-title = دو زبان کنار هم
side-by-side-second-language = زبان دوم
side-by-side-choose = کدام هدف‌ها نشان داده شوند؟
side-by-side-bring = با خود بیاورید: { $what }
storage-error-blocked = Begleitheft هنوز در زبانه‌ای دیگر باز است. زبانه‌های دیگر را ببندید و صفحه را دوباره بارگیری کنید.

## Sharing by QR code
action-share = اشتراک‌گذاری
share-title = اشتراک‌گذاری با کد QR
share-choose = آن شخص چه چیزهایی را ببیند؟ انتخاب کنید.
share-all-goals = همه هدف‌ها
share-all-contacts = همه مخاطب‌ها
share-all-appointments = همه قرارها
share-duration = برای چه مدت؟
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    }
share-recipient = برای چه کسی؟ (فقط برای خودتان، اختیاری)
share-nothing = دست‌کم یک مورد را انتخاب کنید.
share-sees = کسی که کد را اسکن می‌کند، این‌ها را می‌بیند:
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
        [one] { $count } قرار
       *[other] { $count } قرار
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
        [one] { $count } قرار دیگر
       *[other] { $count } قرار دیگر
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = تا { $date }.
action-show-qr = نشان دادن کد QR
share-too-big = این برای یک کد QR زیاد است. لطفاً کمتر انتخاب کنید.
share-qr-label = کد QR برای اسکن
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = معتبر تا { $date }
action-done = تمام
consent-title = چیزهایی که تا حالا به اشتراک گذاشته‌اید
consent-none = هنوز چیزی به اشتراک گذاشته نشده است.

## Viewing a shared booklet
viewer-title = با شما به اشتراک گذاشته شده
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = در { $date } به اشتراک گذاشته شد، معتبر تا { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = این کد دیگر معتبر نیست (معتبر تا { $date } بود). از آن شخص یک کد جدید بخواهید.
viewer-not-stored = هیچ‌کدام از این‌ها روی دستگاه شما ذخیره نمی‌شود.
action-close-share = بستن

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = دست‌کم یک مورد را برای اشتراک‌گذاری انتخاب کنید.
share-error-unknown-entry = یکی از موردهایی که انتخاب کردید دیگر وجود ندارد.
share-error-expiry-out-of-range = یک کد حداکثر 90 روز معتبر است.
share-error-issue-out-of-range = به نظر می‌رسد تاریخ این گوشی اشتباه است.
share-error-invalid-entry = یکی از موردهایی که انتخاب کردید را نمی‌شود این‌طور به اشتراک گذاشت.
share-error-selection-too-large = این برای یک کد QR زیاد است. لطفاً کمتر انتخاب کنید.
share-error-truncated = این کد کامل نیست. دوباره آن را اسکن کنید.
share-error-damaged = این کد خراب است یا تغییر کرده است. یک کد جدید بخواهید.
share-error-unknown-version = این کد از نسخه جدیدتر Begleitheft است. برنامه را به‌روز کنید.
share-error-bad-alphabet = این کد خراب است. یک کد جدید بخواهید.
share-error-too-large = این کد برای Begleitheft خیلی بزرگ است.
share-error-foreign-covid = این یک گواهی واکسن است، نه کد Begleitheft.
share-error-foreign-shc = این یک کارت سلامت (SMART Health Card) است، نه کد Begleitheft.
share-error-foreign-url = این کد QR به یک سایت دیگر می‌رود، نه به Begleitheft.
share-error-foreign = این کد QR از Begleitheft نیست.
share-error-expired = این کد دیگر معتبر نیست. یک کد جدید بخواهید.

## Scanning
action-scan = اسکن
scan-title = اسکن کد QR
scan-camera = استفاده از دوربین
scan-photo = خواندن از عکس
scan-looking = در حال جستجوی کد QR … دوربین را ثابت نگه دارید.
scan-camera-denied = دسترسی به دوربین مجاز نیست. آن را در تنظیمات مرورگر مجاز کنید، یا کد را از یک عکس بخوانید.
scan-camera-absent = دوربینی پیدا نشد. کد را از یک عکس بخوانید.
scan-photo-unreadable = این عکس خوانده نمی‌شود.
scan-nothing-found = در این عکس کد QR دیده نمی‌شود. با یک عکس واضح‌تر امتحان کنید.

sync-action-restore = بازیابی از نسخه پشتیبان
sync-status-off = پشتیبان‌گیری و همگام‌سازی خاموش است.
sync-status-synced = از همه چیز پشتیبان گرفته شده است.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } تغییر منتظر همگام‌سازی است.
       *[other] { $count } تغییر منتظر همگام‌سازی است.
    }
sync-status-offline = آفلاین. تغییرات شما بعداً فرستاده می‌شود.
sync-status-error = همگام‌سازی مشکل دارد.
# Variables:
#   $status (String) - the status sentence, e.g. "از همه چیز پشتیبان گرفته شده است."
sync-indicator-label = همگام‌سازی: { $status }
restore-hint = آیا قبلاً روی گوشی دیگری از یک دفترچه نسخه پشتیبان گرفته‌اید؟
