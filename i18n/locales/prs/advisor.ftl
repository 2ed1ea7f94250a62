### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Dari. Polite "شما" for advisors.

## Opening a shared link
link-view-title = موردهای شریک‌شده
link-view-loading = موردهای شریک‌شده باز می‌شوند …
link-view-label = نام شما و اداره شما (اختیاری)
link-view-label-hint = آن شخص می‌بیند که کی لینک را باز کرده است. این براوزر این را به یاد نگه می‌دارد.
link-view-pin = PIN
link-view-pin-hint = آن شخص PIN را به شما می‌گوید. PIN در لینک نیست.
link-view-pin-submit = باز کردن
link-view-pin-required = این لینک با PIN محافظت می‌شود.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] PIN غلط است. { $count } بار دیگر می‌توانید کوشش کنید.
       *[other] PIN غلط است. { $count } بار دیگر می‌توانید کوشش کنید.
    }
link-view-gone = این شریک‌سازی دیگر موجود نیست.
link-view-gone-hint = شاید لغو شده یا وقتش تمام شده است. از آن شخص یک لینک نو بخواهید.
link-view-offline = به سرور وصل نیست. اتصال را بررسی کنید و دوباره کوشش کنید.
link-view-retry = دوباره کوشش کنید
link-view-busy = کوشش‌ها بسیار زیاد است. لطفاً کمی صبر کنید و دوباره کوشش کنید.
link-view-error = سرور طوری که باید جواب نداد. لطفاً بعداً دوباره کوشش کنید.
link-view-unsupported = این براوزر نمی‌تواند لینک‌های شریک‌شده را باز کند.
link-view-unreadable = رمز موردهای شریک‌شده باز نمی‌شود. شاید لینک پوره نیست. یک لینک نو بخواهید.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = اعتبار تا { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = آخرین تغییر: { $date }
link-view-reload = دوباره باز کردن
link-view-side-by-side = نشان دادن یک زبان دوم در پهلوی آن
link-view-empty = در این لینک هیچ چیز شریک ساخته نشده است.
link-view-not-stored = موردها در این دستگاه ذخیره نمی‌شوند.
link-view-advisor-login = داخل شدن به حیث مشاور
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = باز شده به نام { $who }.

## Proposing entries (only when the owner allows it)
propose-title = پیشنهاد مورد
propose-explain = آن شخص فیصله می‌کند که پیشنهاد شما را قبول کند یا نه.
propose-step = پیشنهاد یک قدم
propose-step-goal = برای کدام هدف؟
propose-step-done = انجام شده به تاریخ (اگر هنوز باز است، خالی بگذارید)
propose-step-submit = پیشنهاد قدم
propose-appointment = پیشنهاد یک ملاقات
propose-appointment-submit = پیشنهاد ملاقات
propose-sending = در حال فرستادن …
propose-sent = فرستاده شد. آن شخص فیصله می‌کند که آن را قبول کند یا نه.
propose-need-name = در بالا نام یا اداره خود را بنویسید تا آن شخص بداند پیشنهاد از طرف کیست.
propose-need-step = یک قدم از لست انتخاب کنید یا یک قدم بنویسید.
propose-need-date = یک روز انتخاب کنید.
propose-error-not-writable = این لینک اجازه پیشنهاد نمی‌دهد.

## The advisor's login and workspace
advisor-title = برای مشاوران
advisor-login-explain = با حساب مشاور همه لینک‌هایی را که باز کرده‌اید در یک جا پیدا می‌کنید. کلیدها در همین براوزر می‌مانند.
advisor-email = ایمیل
advisor-password = رمز عبور
advisor-login = داخل شدن
advisor-logging-in = در حال داخل شدن …
advisor-bad-login = ایمیل یا رمز عبور غلط است.
advisor-logout = خارج شدن
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = داخل شده به نام { $who }.
advisor-session-expired = وقت داخل شدن شما تمام شده است. لطفاً دوباره داخل شوید.
advisor-workspace-title = لینک‌های باز شده
advisor-workspace-explain = شریک‌سازی‌هایی که باز کرده‌اید و هنوز اعتبار دارند.
advisor-workspace-none = هنوز هیچ شریک‌سازی با اعتبار را باز نکرده‌اید.
advisor-workspace-refresh = تازه کردن
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = باز شده به تاریخ { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = اعتبار تا { $date }
advisor-workspace-open = باز کردن
advisor-workspace-elsewhere = در دستگاه دیگر باز شده است: کلید در این براوزر نیست.
advisor-workspace-untitled = موردهای شریک‌شده
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = باز کردن: { $label }
advisor-error-offline = به سرور وصل نیست. لطفاً دوباره کوشش کنید.
advisor-error-busy = کوشش‌ها بسیار زیاد است. لطفاً کمی صبر کنید و دوباره کوشش کنید.
advisor-error-server = سرور طوری که باید جواب نداد. لطفاً بعداً دوباره کوشش کنید.
