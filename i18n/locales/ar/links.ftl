### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Arabic. Short sentences and common words, informal "you".

## Share by link (on the share screen)
link-share-option = المشاركة برابط
link-share-option-explain = يحصل الشخص على رابط أو رمز QR. العناصر محفوظة مشفّرة على الخادم. المفتاح موجود في الرابط فقط. يمكنك إلغاء الرابط في أي وقت.
link-share-pin = رمز PIN (من 4 إلى 8 أرقام، اختياري)
link-share-pin-hint = قل رمز PIN بصوت عالٍ. هو ليس في الرابط وليس في رمز QR.
link-share-expiry = كم يومًا يبقى صالحًا؟ (من 1 إلى 90)
link-share-live = مباشر: الشخص يرى التغييرات اللاحقة أيضًا.
link-share-writable = يمكن للشخص أن يقترح عناصر. أنت تقبل كل اقتراح أو ترفضه.
link-share-summary-live = الشخص يرى أيضًا التغييرات اللاحقة على هذه العناصر.
link-share-summary-fixed = الشخص يرى العناصر كما هي الآن.
link-share-summary-pin = لفتح الرابط يحتاج الشخص إلى رمز PIN.
link-share-summary-no-pin = كل من عنده الرابط يستطيع فتحه.
link-share-summary-writable = يمكنه أن يقترح عناصر. لا يتغيّر شيء بدون موافقتك.
link-share-summary-server = العناصر محفوظة مشفّرة على الخادم. أنت ترى متى فُتح الرابط.
link-share-create = إنشاء الرابط
link-share-creating = جارٍ إنشاء الرابط …
link-share-done-title = رابطك
link-share-qr-label = الرابط كرمز QR
link-share-url-label = الرابط
link-share-copy = انسخ الرابط
link-share-copied = تم النسخ.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = قل رمز PIN هذا بصوت عالٍ: { $pin }
link-share-error-pin = رمز PIN فيه من 4 إلى 8 أرقام، أرقام فقط.
link-share-error-expiry = اختر من 1 إلى 90 يومًا.
link-share-error-offline = لا يوجد اتصال بالخادم. لم تتم مشاركة أي شيء. جرّب مرة أخرى لاحقًا.
link-share-error-server = الخادم لم يقبل الرابط. لم تتم مشاركة أي شيء.
link-share-error-busy = محاولات كثيرة جدًا. انتظر قليلًا ثم جرّب مرة أخرى.
link-share-error-too-large = هذا كثير جدًا لرابط واحد. اختر عناصر أقل.
link-share-error-unsupported = هذا المتصفح لا يستطيع إنشاء روابط.
link-share-error-gone = هذا الرابط لم يعد موجودًا على الخادم.
link-share-error-crypto = لم نتمكّن من تشفير العناصر.

## The list of shared links (Settings → Shared links)
link-list-title = الروابط المشتركة
link-list-explain = هنا ترى كل رابط شاركته: ماذا يعرض، وحتى متى، ومن فتحه.
link-list-open = عرض الروابط المشتركة
link-list-none = لم تشارك أي رابط بعد.
link-list-refresh = تحديث
link-list-state-active = فعّال
link-list-state-revoked = ملغى
link-list-state-expired = انتهت صلاحيته
link-list-state-disabled = محظور: رمز PIN خاطئ مرات كثيرة
link-list-state-unknown = الحالة غير معروفة (لا يوجد اتصال)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = صالح حتى { $date }
link-list-pin-yes = مع رمز PIN
link-list-pin-no = بدون رمز PIN
link-list-live = مباشر
link-list-may-add = يمكنه اقتراح عناصر
link-list-access-title = فُتح
link-list-access-none = لم يفتح أحد هذا الرابط بعد.
link-list-access-anonymous = بدون اسم
link-list-revoke = إلغاء الرابط
link-list-revoke-question = هل تريد إلغاء هذا الرابط؟ بعد ذلك لن يستطيع أحد فتحه. لا يمكن التراجع عن هذا.
link-list-revoke-confirm = نعم، ألغِ الرابط
link-list-revoked = تم إلغاء الرابط.
link-list-error-offline = لا يوجد اتصال بالخادم. لم يتم إلغاء الرابط بعد. جرّب مرة أخرى لاحقًا.
link-list-error-server = الخادم لم يردّ كما هو متوقّع. لم يتم إلغاء الرابط بعد.
# Variables:
#   $what (String) - what the link shares, e.g. "هدفان مع 5 خطوات".
link-list-row-label = الرابط: { $what }

## Proposals from advisors (on Home)
inbox-title = اقتراحات
inbox-explain = الأشخاص الذين شاركت معهم رابطًا يقترحون عناصر. لا يتغيّر شيء بدون موافقتك.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } يقترح: { $what }
inbox-someone = شخص ما
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = الخطوة «{ $step }» في الهدف «{ $goal }»
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = موعد في { $date }، { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = موعد في { $date }
inbox-accept = قبول
inbox-reject = رفض
inbox-stale = هذا الاقتراح لم يعد مناسبًا: الهدف لم يعد موجودًا. يمكنك رفضه.
inbox-unreadable = لا يمكن قراءة هذا الاقتراح. يمكنك رفضه.
inbox-accepted = تم القبول والإضافة إلى دفترك.
inbox-rejected = تم الرفض.

## The consent log (Settings)
consent-channel-offline-qr = رمز QR بدون إنترنت
consent-channel-link = برابط
consent-channel-link-revoked = تم إلغاء الرابط
