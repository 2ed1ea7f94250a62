### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Persian. Polite "شما" for advisors.

## Opening a shared link
link-view-title = موردهای اشتراک‌گذاشته
link-view-loading = موردهای اشتراک‌گذاشته بار می‌شوند …
link-view-label = نام شما و اداره شما (اختیاری)
link-view-label-hint = آن شخص می‌بیند چه کسی لینک را باز کرده است. این مرورگر این را به خاطر می‌سپارد.
link-view-pin = PIN
link-view-pin-hint = آن شخص PIN را به شما می‌گوید. PIN در لینک نیست.
link-view-pin-submit = باز کردن
link-view-pin-required = این لینک با PIN محافظت می‌شود.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] PIN اشتباه است. { $count } بار دیگر می‌توانید امتحان کنید.
       *[other] PIN اشتباه است. { $count } بار دیگر می‌توانید امتحان کنید.
    }
link-view-gone = این اشتراک دیگر در دسترس نیست.
link-view-gone-hint = شاید لغو شده یا تمام شده است. از آن شخص یک لینک جدید بخواهید.
link-view-offline = به سرور وصل نیست. اتصال را بررسی کنید و دوباره امتحان کنید.
link-view-retry = دوباره امتحان کنید
link-view-busy = تلاش‌ها خیلی زیاد است. لطفاً کمی صبر کنید و دوباره امتحان کنید.
link-view-error = سرور آن‌طور که باید جواب نداد. لطفاً بعداً دوباره امتحان کنید.
link-view-unsupported = این مرورگر نمی‌تواند لینک‌های اشتراک‌گذاشته را باز کند.
link-view-unreadable = رمز موردهای اشتراک‌گذاشته باز نمی‌شود. شاید لینک کامل نیست. یک لینک جدید بخواهید.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = معتبر تا { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = آخرین تغییر: { $date }
link-view-reload = دوباره بار کردن
link-view-side-by-side = نشان دادن یک زبان دوم در کنار آن
link-view-empty = در این لینک چیزی به اشتراک گذاشته نشده است.
link-view-not-stored = موردها روی این دستگاه ذخیره نمی‌شوند.
link-view-advisor-login = ورود به عنوان مشاور
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = باز شده با نام { $who }.

## Proposing entries (only when the owner allows it)
propose-title = پیشنهاد مورد
propose-explain = آن شخص تصمیم می‌گیرد که پیشنهاد شما را قبول کند یا نه.
propose-step = پیشنهاد یک قدم
propose-step-goal = برای کدام هدف؟
propose-step-done = انجام شده در تاریخ (اگر هنوز باز است، خالی بگذارید)
propose-step-submit = پیشنهاد قدم
propose-appointment = پیشنهاد یک قرار
propose-appointment-submit = پیشنهاد قرار
propose-sending = در حال فرستادن …
propose-sent = فرستاده شد. آن شخص تصمیم می‌گیرد که آن را قبول کند یا نه.
propose-need-name = بالا نام یا اداره خود را بنویسید تا آن شخص بداند پیشنهاد از طرف کیست.
propose-need-step = یک قدم از فهرست انتخاب کنید یا یک قدم بنویسید.
propose-need-date = یک روز انتخاب کنید.
propose-error-not-writable = این لینک اجازه پیشنهاد نمی‌دهد.

## The advisor's login and workspace
advisor-title = برای مشاوران
advisor-login-explain = با حساب مشاور همه لینک‌هایی را که باز کرده‌اید در یک جا پیدا می‌کنید. کلیدها در همین مرورگر می‌مانند.
advisor-email = ایمیل
advisor-password = رمز عبور
advisor-login = ورود
advisor-logging-in = در حال ورود …
advisor-bad-login = ایمیل یا رمز عبور اشتباه است.
advisor-logout = خروج
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = وارد شده با نام { $who }.
advisor-session-expired = ورود شما تمام شده است. لطفاً دوباره وارد شوید.
advisor-workspace-title = لینک‌های باز شده
advisor-workspace-explain = اشتراک‌هایی که باز کرده‌اید و هنوز معتبر هستند.
advisor-workspace-none = هنوز هیچ اشتراک معتبری باز نکرده‌اید.
advisor-workspace-refresh = به‌روز کردن
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = باز شده در { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = معتبر تا { $date }
advisor-workspace-open = باز کردن
advisor-workspace-elsewhere = روی دستگاه دیگری باز شده است: کلید در این مرورگر نیست.
advisor-workspace-untitled = موردهای اشتراک‌گذاشته
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = باز کردن: { $label }
advisor-error-offline = به سرور وصل نیست. لطفاً دوباره امتحان کنید.
advisor-error-busy = تلاش‌ها خیلی زیاد است. لطفاً کمی صبر کنید و دوباره امتحان کنید.
advisor-error-server = سرور آن‌طور که باید جواب نداد. لطفاً بعداً دوباره امتحان کنید.
