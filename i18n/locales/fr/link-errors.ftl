### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). French. Short sentences and common words.

## Errors
link-error-not-a-link = Ce n'est pas un lien vers un Begleitheft partagé.
link-error-open-failed = Les données partagées n'ont pas pu être ouvertes. Le lien est peut-être incomplet. Demande un nouveau lien.
link-error-proposal-malformed = Cette proposition est abîmée et ne peut pas être lue.
link-error-proposal-unknown-version = Cette proposition vient d'une version plus récente du Begleitheft. Mets l'application à jour.
link-error-proposal-too-large = Cette proposition est trop longue. { $max_bytes } octets au maximum.
link-error-pin-format = Le PIN a { $min } à { $max } chiffres, seulement des chiffres.
link-error-expiry-out-of-range = Choisis 1 à { $max_days } jours.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } propose une étape :
link-proposal-add-appointment = { $proposer } propose un rendez-vous :
