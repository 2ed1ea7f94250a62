### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Arabic. Short sentences and common words.

## Errors
link-error-not-a-link = هذا ليس رابطًا إلى Begleitheft مشترك.
link-error-open-failed = لم نتمكّن من فتح البيانات المشتركة. ربما الرابط غير كامل. اطلب رابطًا جديدًا.
link-error-proposal-malformed = هذا الاقتراح تالف ولا يمكن قراءته.
link-error-proposal-unknown-version = هذا الاقتراح من نسخة أحدث من Begleitheft. حدّث التطبيق.
link-error-proposal-too-large = هذا الاقتراح طويل جدًا. الحد الأقصى { $max_bytes } بايت.
link-error-pin-format = رمز PIN فيه من { $min } إلى { $max } أرقام، أرقام فقط.
link-error-expiry-out-of-range = اختر من 1 إلى { $max_days } يومًا.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } يقترح خطوة:
link-proposal-add-appointment = { $proposer } يقترح موعدًا:
