### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Somali. Short sentences and common words.

## Errors
link-error-not-a-link = Tani maaha link Begleitheft la wadaagay.
link-error-open-failed = Xogta la wadaagay lama furi karin. Waxaa laga yaabaa in link-gu dhammaystirnayn. Codso link cusub.
link-error-proposal-malformed = Soo jeedintan waa xumaatay, lamana akhriyi karo.
link-error-proposal-unknown-version = Soo jeedintan waxay ka timid nooc cusub oo Begleitheft ah. Cusboonaysii app-ka.
link-error-proposal-too-large = Soo jeedintan aad bay u dheer tahay. Ugu badnaan { $max_bytes } bytes.
link-error-pin-format = PIN-ku waa { $min } ilaa { $max } lambar, lambarro keliya.
link-error-expiry-out-of-range = Dooro 1 ilaa { $max_days } maalmood.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } wuxuu soo jeedinayaa tallaabo:
link-proposal-add-appointment = { $proposer } wuxuu soo jeedinayaa ballan:
