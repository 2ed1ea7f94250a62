### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Short sentences and common words.

## Errors
link-error-not-a-link = Das ist kein Link zu einem geteilten Begleitheft.
link-error-open-failed = Die geteilten Daten konnten nicht geöffnet werden. Vielleicht ist der Link unvollständig. Bitte um einen neuen Link.
link-error-proposal-malformed = Dieser Vorschlag ist beschädigt und kann nicht gelesen werden.
link-error-proposal-unknown-version = Dieser Vorschlag kommt von einer neueren Version des Begleithefts. Aktualisiere die App.
link-error-proposal-too-large = Dieser Vorschlag ist zu lang. Höchstens { $max_bytes } Bytes.
link-error-pin-format = Die PIN hat { $min } bis { $max } Ziffern, nur Ziffern.
link-error-expiry-out-of-range = Wähle 1 bis { $max_days } Tage.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } schlägt einen Schritt vor:
link-proposal-add-appointment = { $proposer } schlägt einen Termin vor:
