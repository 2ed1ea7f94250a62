### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Pashto. Short sentences and common words.

## Errors
link-error-not-a-link = دا د شریکې شوې Begleitheft لینک نه دی.
link-error-open-failed = شریک شوي معلومات پرانیستل نه شول. ښايي لینک نیمګړی وي. نوی لینک وغواړئ.
link-error-proposal-malformed = دا وړاندیز خراب شوی او نه شي لوستل کېدای.
link-error-proposal-unknown-version = دا وړاندیز د Begleitheft له نوې نسخې څخه دی. اپ تازه کړئ.
link-error-proposal-too-large = دا وړاندیز ډېر اوږد دی. تر ټولو ډېر { $max_bytes } بایټه.
link-error-pin-format = PIN له { $min } تر { $max } عددونه لري، یوازې عددونه.
link-error-expiry-out-of-range = له 1 تر { $max_days } ورځو وټاکئ.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } یو ګام وړاندیز کوي:
link-proposal-add-appointment = { $proposer } یو ملاقات وړاندیز کوي:
