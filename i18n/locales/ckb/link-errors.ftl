### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Sorani. Short sentences and common words.

## Errors
link-error-not-a-link = ئەمە لینکی Begleitheftێکی هاوبەشکراو نییە.
link-error-open-failed = زانیارییە هاوبەشکراوەکان نەکرانەوە. لەوانەیە لینکەکە ناتەواو بێت. داوای لینکێکی نوێ بکە.
link-error-proposal-malformed = ئەم پێشنیارە تێکچووە و ناخوێندرێتەوە.
link-error-proposal-unknown-version = ئەم پێشنیارە لە وەشانێکی نوێتری Begleitheft هاتووە. ئەپەکە نوێ بکەرەوە.
link-error-proposal-too-large = ئەم پێشنیارە زۆر درێژە. زۆرترین { $max_bytes } بایت.
link-error-pin-format = PIN لە { $min } تا { $max } ژمارە پێک دێت، تەنها ژمارە.
link-error-expiry-out-of-range = 1 تا { $max_days } ڕۆژ هەڵبژێرە.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } هەنگاوێک پێشنیار دەکات:
link-proposal-add-appointment = { $proposer } ژوانێک پێشنیار دەکات:
