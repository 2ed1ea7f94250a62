### The app's screens. Arabic. Short sentences and common words.

## Navigation
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-appointments = المواعيد
nav-contacts = جهات الاتصال
nav-profile = ملفي
nav-settings = الإعدادات
not-found-title = هذه الصفحة غير موجودة.

## Actions
action-add = إضافة
action-add-goal = إضافة هدف
action-add-step = إضافة خطوة
action-add-contact = إضافة جهة اتصال
action-add-appointment = إضافة موعد
action-save = حفظ
action-cancel = إلغاء
action-edit = تعديل
action-delete = حذف
action-back = رجوع
action-undo = تراجع
action-dismiss = إغلاق
action-update = تحديث الآن
action-export = تصدير
action-import = استيراد
action-import-confirm = نعم، استبدال
action-print = طباعة
action-delete-goal = حذف الهدف
action-delete-named = حذف { $title }
action-edit-named = تعديل { $title }
action-move-up = نقل { $title } إلى الأعلى
action-move-down = نقل { $title } إلى الأسفل

## Home
home-next-appointment = الموعد القادم
home-no-appointment = لا يوجد موعد.
home-goals = أهدافي
home-no-goals = لا توجد أهداف بعد. ابدأ بهدف واحد.
home-quick-add = إضافة سريعة

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [zero] لا توجد خطوات
        [one] { $done } من خطوة واحدة
        [two] { $done } من خطوتين
        [few] { $done } من { $total } خطوات
        [many] { $done } من { $total } خطوة
       *[other] { $done } من { $total } خطوة
    }
goal-target = الهدف حتى { $date }
goal-status = الحالة
goal-target-date = التاريخ المطلوب (إن وُجد)
goal-steps = الخطوات
goal-no-steps = لا توجد خطوات بعد.
goal-not-found = هذا الهدف لم يعد موجودًا.
goal-deleted = تم حذف الهدف.
goal-field = المجال
goal-title = الهدف
goal-free-title = هدف خاص بي
goal-with-typical-steps = أضف الخطوات المعتادة أيضًا
catalog-search = ابحث عن هدف
step-from-catalog = خطوة من القائمة
step-typical = الخطوات المعتادة لهذا الهدف
step-all = كل الخطوات
step-or-free = أو بكلماتك أنت
step-date = التاريخ
step-is-done = تمّت من قبل
step-note = ملاحظة
step-deleted = تم حذف الخطوة.
step-done-on = تمّت في { $date }
step-planned-for = مخطّط لها في { $date }
step-mark-done = تمّت: { $title }

## Contacts
contacts-title = جهات الاتصال
contacts-empty = لا توجد جهات اتصال بعد.
contact-organisation = المكتب أو المؤسسة
contact-role = الدور
contact-role-free = أو اكتب الدور بكلماتك أنت
contact-person = الشخص المسؤول
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-address = العنوان
contact-opening-hours = أوقات الدوام
contact-note = ملاحظة
contact-deleted = تم حذف جهة الاتصال.
contact-call = اتصل بـ { $name }
contact-write = أرسل بريدًا إلكترونيًا إلى { $name }

## Appointments
appointments-upcoming = المواعيد القادمة
appointments-past = المواعيد السابقة
appointments-none-upcoming = لا توجد مواعيد قادمة.
appointment-date = اليوم
appointment-time = الساعة
appointment-place = المكان
appointment-purpose = ما موضوع الموعد؟
appointment-purpose-free = أو بكلماتك أنت
appointment-with = مع مَن؟
appointment-with-nobody = (لم تختر أحدًا)
appointment-bring = أشياء تحضرها معك
appointment-deleted = تم حذف الموعد.

## Profile
profile-title = ملفي الشخصي
profile-name = الاسم (يكفي اسم مختصر)
profile-languages = لغاتي
profile-language = اللغة
profile-level = ما مستواك؟
profile-qualifications = المدرسة، التدريب المهني، الدراسة
profile-qualification-kind = النوع
profile-qualification-title = الشهادة
profile-qualification-country = البلد (حرفان، مثل SY)
profile-qualification-recognition = الاعتراف في ألمانيا (Anerkennung)
profile-work = خبرة العمل
profile-interests = اهتماماتي وأمنياتي

## Settings
settings-title = الإعدادات
storage-title = الحفظ على هذا الجهاز
storage-explain = دفترك محفوظ على هذا الهاتف فقط. لا أحد غيرك يراه.
storage-persisted-yes = المتصفح يحفظ البيانات بشكل دائم.
storage-persisted-no = قد يحذف المتصفح البيانات إذا امتلأت الذاكرة. قم بالتصدير بشكل منتظم.
storage-persisted-unknown = لم نسأل بعد إن كان يمكن حفظ البيانات بشكل دائم.
storage-ask-persist = احفظ بشكل دائم
export-title = تصدير
export-explain = احفظ دفترك كاملًا في ملف. هكذا تكون لديك نسخة احتياطية.
export-never = لم تقم بالتصدير أبدًا.
export-last = آخر تصدير: { $date }
export-error = لم نتمكّن من إنشاء الملف.
import-title = استيراد
import-explain = حمّل دفترًا من ملف تصدير. سنفحص الملف أولًا.
import-error-unreadable = لا يمكن قراءة هذا الملف.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    سيحلّ الملف محلّ دفترك. في دفترك الآن: { $current ->
        [zero] لا شيء
        [one] عنصر واحد
        [two] عنصران
        [few] { $current } عناصر
        [many] { $current } عنصرًا
       *[other] { $current } عنصر
    }. في الملف: { $incoming ->
        [zero] لا شيء
        [one] عنصر واحد
        [two] عنصران
        [few] { $incoming } عناصر
        [many] { $incoming } عنصرًا
       *[other] { $incoming } عنصر
    }.
import-done = تم الاستيراد.
print-title = طباعة
update-available = توجد نسخة جديدة.

## Storage errors
storage-error-open = لا يمكن الحفظ في هذا المتصفح. لا تفتح Begleitheft في التصفح الخاص.
storage-error-read = لم نتمكّن من قراءة البيانات. أعد تحميل الصفحة.
storage-error-write = لم يتم الحفظ. جرّب مرة أخرى.
storage-error-quota = الذاكرة ممتلئة. لم يتم الحفظ. أفرغ بعض المساحة على الهاتف.
storage-error-corrupt = البيانات المحفوظة تالفة. استورد آخر ملف صدّرته.

## Side by side
action-side-by-side = جنبًا إلى جنب
side-by-side-title = لغتان جنبًا إلى جنب
side-by-side-second-language = اللغة الثانية
side-by-side-choose = ما الأهداف التي تظهر؟
side-by-side-bring = أحضِر معك: { $what }
storage-error-blocked = دفتر Begleitheft مفتوح في علامة تبويب أخرى. أغلق علامات التبويب الأخرى ثم أعد تحميل الصفحة.

## Sharing by QR code
action-share = مشاركة
share-title = المشاركة برمز QR
share-choose = ماذا يمكن للشخص أن يرى؟ اختر.
share-all-goals = كل الأهداف
share-all-contacts = كل جهات الاتصال
share-all-appointments = كل المواعيد
share-duration = لأي مدة؟
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
share-recipient = لمن؟ (لك وحدك، اختياري)
share-nothing = اختر عنصرًا واحدًا على الأقل.
share-sees = الشخص الذي يمسح الرمز سيرى:
share-not = لن يرى:
share-not-profile = ملفك الشخصي
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [zero] لا أهداف
        [one] هدف واحد
        [two] هدفان
        [few] { $goals } أهداف
        [many] { $goals } هدفًا
       *[other] { $goals } هدف
    } { $steps ->
        [zero] بلا خطوات
        [one] مع خطوة واحدة
        [two] مع خطوتين
        [few] مع { $steps } خطوات
        [many] مع { $steps } خطوة
       *[other] مع { $steps } خطوة
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [zero] لا جهات اتصال
        [one] جهة اتصال واحدة
        [two] جهتا اتصال
        [few] { $count } جهات اتصال
        [many] { $count } جهة اتصال
       *[other] { $count } جهة اتصال
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [zero] لا مواعيد
        [one] موعد واحد
        [two] موعدان
        [few] { $count } مواعيد
        [many] { $count } موعدًا
       *[other] { $count } موعد
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [zero] لا أهداف أخرى
        [one] هدف آخر
        [two] هدفان آخران
        [few] { $count } أهداف أخرى
        [many] { $count } هدفًا آخر
       *[other] { $count } هدف آخر
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [zero] لا جهات اتصال أخرى
        [one] جهة اتصال أخرى
        [two] جهتا اتصال أخريان
        [few] { $count } جهات اتصال أخرى
        [many] { $count } جهة اتصال أخرى
       *[other] { $count } جهة اتصال أخرى
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [zero] لا مواعيد أخرى
        [one] موعد آخر
        [two] موعدان آخران
        [few] { $count } مواعيد أخرى
        [many] { $count } موعدًا آخر
       *[other] { $count } موعد آخر
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = حتى { $date }.
action-show-qr = عرض رمز QR
share-too-big = هذا كثير جدًا لرمز QR واحد. اختر أشياء أقل.
share-qr-label = رمز QR للمسح
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = صالح حتى { $date }
action-done = تم
consent-title = ما شاركته حتى الآن
consent-none = لم تشارك أي شيء بعد.

## Viewing a shared booklet
viewer-title = تمت مشاركته معك
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = تمت المشاركة في { $date }، صالح حتى { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = انتهت صلاحية هذا الرمز (كان صالحًا حتى { $date }). اطلب من الشخص رمزًا جديدًا.
viewer-not-stored = لا يُحفظ شيء من هذا على جهازك.
action-close-share = إغلاق

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = اختر عنصرًا واحدًا على الأقل للمشاركة.
share-error-unknown-entry = أحد العناصر التي اخترتها لم يعد موجودًا.
share-error-expiry-out-of-range = الرمز صالح لمدة 90 يومًا على الأكثر.
share-error-issue-out-of-range = يبدو أن التاريخ على هذا الهاتف غير صحيح.
share-error-invalid-entry = لا يمكن مشاركة أحد العناصر التي اخترتها بهذا الشكل.
share-error-selection-too-large = هذا كثير جدًا لرمز QR واحد. اختر أشياء أقل.
share-error-truncated = هذا الرمز ناقص. امسحه مرة أخرى.
share-error-damaged = هذا الرمز تالف أو تم تغييره. اطلب رمزًا جديدًا.
share-error-unknown-version = هذا الرمز من نسخة أحدث من Begleitheft. حدّث التطبيق.
share-error-bad-alphabet = هذا الرمز تالف. اطلب رمزًا جديدًا.
share-error-too-large = هذا الرمز كبير جدًا على دفتر Begleitheft.
share-error-foreign-covid = هذه شهادة تطعيم، وليست رمزًا من Begleitheft.
share-error-foreign-shc = هذه بطاقة صحية (SMART Health Card)، وليست رمزًا من Begleitheft.
share-error-foreign-url = رمز QR هذا يفتح موقعًا آخر، وليس Begleitheft.
share-error-foreign = رمز QR هذا ليس من Begleitheft.
share-error-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.

## Scanning
action-scan = مسح
scan-title = مسح رمز QR
scan-camera = استخدام الكاميرا
scan-photo = القراءة من صورة
scan-looking = جارٍ البحث عن رمز QR … أمسك الكاميرا بثبات.
scan-camera-denied = الكاميرا غير مسموح بها. اسمح بها في إعدادات المتصفح، أو اقرأ الرمز من صورة.
scan-camera-absent = لم يتم العثور على كاميرا. اقرأ الرمز من صورة.
scan-photo-unreadable = لا يمكن قراءة هذه الصورة.
scan-nothing-found = لا يظهر رمز QR في الصورة. جرّب صورة أوضح.

sync-action-restore = الاستعادة من نسخة احتياطية
sync-status-off = النسخ الاحتياطي والمزامنة متوقف.
sync-status-synced = كل شيء محفوظ.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [zero] لا توجد تغييرات بانتظار المزامنة.
        [one] تغيير واحد بانتظار المزامنة.
        [two] تغييران بانتظار المزامنة.
        [few] { $count } تغييرات بانتظار المزامنة.
        [many] { $count } تغييرًا بانتظار المزامنة.
       *[other] { $count } تغيير بانتظار المزامنة.
    }
sync-status-offline = لا يوجد اتصال بالإنترنت. ستُرسَل تغييراتك لاحقًا.
sync-status-error = توجد مشكلة في المزامنة.
# Variables:
#   $status (String) - the status sentence, e.g. "كل شيء محفوظ."
sync-indicator-label = المزامنة: { $status }
restore-hint = هل حفظت دفترًا من قبل على هاتف آخر؟
