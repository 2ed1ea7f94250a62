### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Short sentences and common words.

## Errors
link-error-not-a-link = This is not a link to a shared booklet.
link-error-open-failed = The shared data could not be opened. The link may be incomplete. Ask for a new link.
link-error-proposal-malformed = This proposal is damaged and cannot be read.
link-error-proposal-unknown-version = This proposal comes from a newer version of the booklet app. Update the app.
link-error-proposal-too-large = This proposal is too long. At most { $max_bytes } bytes.
link-error-pin-format = The PIN has { $min } to { $max } digits, digits only.
link-error-expiry-out-of-range = Choose 1 to { $max_days } days.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } proposes a step:
link-proposal-add-appointment = { $proposer } proposes an appointment:
