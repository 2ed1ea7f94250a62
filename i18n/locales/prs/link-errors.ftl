### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Dari. Short sentences and common words.

## Errors
link-error-not-a-link = این لینکِ یک Begleitheft شریک‌شده نیست.
link-error-open-failed = معلومات شریک‌شده باز نشد. شاید لینک پوره نیست. یک لینک نو بخواهید.
link-error-proposal-malformed = این پیشنهاد خراب است و خوانده نمی‌شود.
link-error-proposal-unknown-version = این پیشنهاد از یک نسخه نوتر Begleitheft است. برنامه را تازه کنید.
link-error-proposal-too-large = این پیشنهاد بسیار دراز است. بیشترین اندازه { $max_bytes } بایت.
link-error-pin-format = PIN بین { $min } تا { $max } رقم دارد، فقط رقم.
link-error-expiry-out-of-range = 1 تا { $max_days } روز انتخاب کنید.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } یک قدم پیشنهاد می‌کند:
link-proposal-add-appointment = { $proposer } یک ملاقات پیشنهاد می‌کند:
