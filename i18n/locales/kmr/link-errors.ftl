### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Kurmanji. Short sentences and common words.

## Errors
link-error-not-a-link = Ev ne lînka Begleitheft-eke parvekirî ye.
link-error-open-failed = Daneyên parvekirî nehatin vekirin. Dibe ku lînk ne temam be. Lînkeke nû bixwaze.
link-error-proposal-malformed = Ev pêşniyar xera bûye û nayê xwendin.
link-error-proposal-unknown-version = Ev pêşniyar ji guhertoyeke nûtir a Begleitheft tê. Sepanê nû bike.
link-error-proposal-too-large = Ev pêşniyar pir dirêj e. Herî zêde { $max_bytes } byte.
link-error-pin-format = PIN { $min } heta { $max } hejmar e, tenê hejmar.
link-error-expiry-out-of-range = 1 heta { $max_days } rojan hilbijêre.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } gavekê pêşniyar dike:
link-proposal-add-appointment = { $proposer } randevûyekê pêşniyar dike:
