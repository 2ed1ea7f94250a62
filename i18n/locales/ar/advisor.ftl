### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Arabic. Polite tone for advisors.

## Opening a shared link
link-view-title = العناصر المشتركة
link-view-loading = جارٍ تحميل العناصر المشتركة …
link-view-label = اسمك وجهة عملك (اختياري)
link-view-label-hint = الشخص يرى من فتح الرابط. هذا المتصفح يتذكّر هذه المعلومة.
link-view-pin = رمز PIN
link-view-pin-hint = الشخص يقول لك رمز PIN. هو ليس في الرابط.
link-view-pin-submit = فتح
link-view-pin-required = هذا الرابط محمي برمز PIN.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [zero] رمز PIN خاطئ. لم تبقَ أي محاولة.
        [one] رمز PIN خاطئ. بقيت محاولة واحدة.
        [two] رمز PIN خاطئ. بقيت محاولتان.
        [few] رمز PIN خاطئ. بقيت { $count } محاولات.
        [many] رمز PIN خاطئ. بقيت { $count } محاولة.
       *[other] رمز PIN خاطئ. بقيت { $count } محاولة.
    }
link-view-gone = هذه المشاركة لم تعد متاحة.
link-view-gone-hint = ربما تم إلغاؤها أو انتهت صلاحيتها. اطلب من الشخص رابطًا جديدًا من فضلك.
link-view-offline = لا يوجد اتصال بالخادم. تحقّق من الاتصال وجرّب مرة أخرى من فضلك.
link-view-retry = جرّب مرة أخرى
link-view-busy = محاولات كثيرة جدًا. انتظر قليلًا من فضلك ثم جرّب مرة أخرى.
link-view-error = الخادم لم يردّ كما هو متوقّع. جرّب مرة أخرى لاحقًا من فضلك.
link-view-unsupported = هذا المتصفح لا يستطيع فتح الروابط المشتركة.
link-view-unreadable = لا يمكن فك تشفير العناصر المشتركة. ربما الرابط غير كامل. اطلب رابطًا جديدًا من فضلك.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = صالح حتى { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = آخر تغيير: { $date }
link-view-reload = إعادة التحميل
link-view-side-by-side = عرض لغة ثانية بجانبها
link-view-empty = لا يوجد شيء مشترك في هذا الرابط.
link-view-not-stored = العناصر لا تُحفظ على هذا الجهاز.
link-view-advisor-login = تسجيل الدخول كمستشارة أو مستشار
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = مفتوح باسم { $who }.

## Proposing entries (only when the owner allows it)
propose-title = اقتراح عناصر
propose-explain = الشخص يقرّر هل يأخذ اقتراحك أم لا.
propose-step = اقتراح خطوة
propose-step-goal = لأي هدف؟
propose-step-done = تم في (اتركه فارغًا إذا لم يتم بعد)
propose-step-submit = اقترح الخطوة
propose-appointment = اقتراح موعد
propose-appointment-submit = اقترح الموعد
propose-sending = جارٍ الإرسال …
propose-sent = تم الإرسال. الشخص يقرّر هل يأخذه أم لا.
propose-need-name = اكتب في الأعلى اسمك أو جهة عملك، حتى يعرف الشخص ممن جاء الاقتراح.
propose-need-step = اختر خطوة من القائمة أو اكتب خطوة.
propose-need-date = اختر يومًا.
propose-error-not-writable = هذا الرابط لا يسمح بالاقتراحات.

## The advisor's login and workspace
advisor-title = للمستشارين
advisor-login-explain = مع حساب مستشار تجد كل الروابط التي فتحتها في مكان واحد. المفاتيح تبقى في هذا المتصفح.
advisor-email = البريد الإلكتروني
advisor-password = كلمة المرور
advisor-login = تسجيل الدخول
advisor-logging-in = جارٍ تسجيل الدخول …
advisor-bad-login = البريد الإلكتروني أو كلمة المرور خطأ.
advisor-logout = تسجيل الخروج
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = مسجّل الدخول باسم { $who }.
advisor-session-expired = انتهى تسجيل دخولك. سجّل الدخول مرة أخرى من فضلك.
advisor-workspace-title = الروابط المفتوحة
advisor-workspace-explain = المشاركات التي فتحتها ولا تزال صالحة.
advisor-workspace-none = لم تفتح أي مشاركة صالحة بعد.
advisor-workspace-refresh = تحديث
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = فُتح في { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = صالح حتى { $date }
advisor-workspace-open = فتح
advisor-workspace-elsewhere = فُتح على جهاز آخر: المفتاح ليس في هذا المتصفح.
advisor-workspace-untitled = العناصر المشتركة
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = فتح: { $label }
advisor-error-offline = لا يوجد اتصال بالخادم. جرّب مرة أخرى من فضلك.
advisor-error-busy = محاولات كثيرة جدًا. انتظر قليلًا من فضلك ثم جرّب مرة أخرى.
advisor-error-server = الخادم لم يردّ كما هو متوقّع. جرّب مرة أخرى لاحقًا من فضلك.
