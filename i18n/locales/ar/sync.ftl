### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Arabic. Short sentences and common words. "رمز الاستعادة" is the one name for the recovery code.

## Settings section
sync-title = النسخ الاحتياطي والمزامنة
sync-explain = نسخة مشفّرة من دفترك على الخادم. هكذا لا يضيع شيء، ويمكنك استخدامه على أكثر من هاتف.
sync-action-turn-on = شغّل النسخ الاحتياطي والمزامنة
sync-action-turn-off = إيقاف
sync-action-now = مزامنة الآن

## Before turning it on
sync-intro-title = قبل أن تشغّله
sync-intro-encrypted = فقط البيانات المشفّرة تخرج من هذا الهاتف. الخادم لا يستطيع قراءتها.
sync-intro-code = بدون رمز الاستعادة (Wiederherstellungscode) لا يستطيع أحد استعادة النسخة الاحتياطية، ولا حتى نحن.
sync-intro-write-down = بعد قليل ستحصل على رمز الاستعادة. اكتبه واحفظه في مكان آمن.
sync-action-start = موافق، شغّل
sync-setting-up = جارٍ إعداد النسخة الاحتياطية …

## The recovery code, shown once
sync-code-title = رمز الاستعادة الخاص بك
sync-code-explain = اكتب هذا الرمز واحفظه في مكان آمن. به تنقل دفترك إلى هاتف جديد. لن يظهر إلا الآن.
sync-code-label = رمز الاستعادة
sync-code-qr-label = رمز الاستعادة كرمز QR
sync-action-copy = انسخ الرمز
sync-code-copied = تم النسخ.
sync-action-written-down = كتبته

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = هل تحذف النسخة الاحتياطية على الخادم أيضًا؟ يبقى دفترك على هذا الهاتف.
sync-action-off-keep = إيقاف، مع الاحتفاظ بالنسخة الاحتياطية
sync-action-off-delete = إيقاف وحذف النسخة الاحتياطية
sync-off-deleted = تم حذف النسخة الاحتياطية على الخادم.
sync-off-kept = تم الإيقاف. النسخة الاحتياطية على الخادم باقية.

## Restoring on another phone
restore-title = الاستعادة من نسخة احتياطية
restore-explain = اكتب رمز الاستعادة أو امسح رمز QR الخاص به. ما هو موجود على هذا الهاتف يبقى.
restore-code-label = رمز الاستعادة
restore-scan-camera = امسح رمز QR بالكاميرا
restore-scan-photo = اقرأ رمز QR من صورة
restore-action = استعادة
restore-working = جارٍ الاستعادة …
restore-done = تمت الاستعادة. النسخ الاحتياطي والمزامنة يعمل الآن.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = عدد الأحرف في الرمز { $found } بدلًا من { $expected }. تحقّق منه من فضلك.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = الحرف «{ $character }» لا يوجد أبدًا في رموز الاستعادة. تحقّق من الرمز من فضلك.
error-sync-code-typo = في الرمز خطأ في الكتابة. تحقّق منه من فضلك.
error-sync-code-foreign = رمز QR هذا ليس رمز استعادة.
error-sync-open-failed = لم نتمكّن من فتح البيانات القادمة من الخادم.
error-sync-wire-truncated = ردّ الخادم ناقص. سنحاول مرة أخرى لاحقًا.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = البيانات من إصدار أحدث من Begleitheft (الصيغة { $version }). حدّث التطبيق.
error-sync-wire-malformed = ردّ الخادم تالف.
error-sync-wire-too-large = البيانات كبيرة جدًا على الخادم.
error-sync-damaged = بيانات النسخة الاحتياطية تالفة.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = النسخة الاحتياطية من إصدار أحدث من Begleitheft. حدّث التطبيق.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    ساعة جهاز آخر متقدّمة بمقدار { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }. تحقّق من التاريخ والوقت.
sync-error-no-backup = لم نجد نسخة احتياطية لهذا الرمز.
sync-error-network = لا يمكن الوصول إلى الخادم. جرّب مرة أخرى لاحقًا.
sync-error-server = توجد مشكلة في الخادم. سنحاول مرة أخرى لاحقًا.
sync-error-busy = توجد طلبات كثيرة جدًا الآن. سنحاول مرة أخرى بعد قليل.
sync-error-damaged = لم نتمكّن من قراءة البيانات القادمة من الخادم.
sync-error-too-large = التغييرات كبيرة جدًا على الخادم.
sync-error-unsupported = هذا المتصفح لا يستطيع التشفير.
