### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Ukrainian. Short sentences and common words.

## Errors
link-error-not-a-link = Це не посилання на переданий Begleitheft.
link-error-open-failed = Не вдалося відкрити передані дані. Можливо, посилання неповне. Попроси нове посилання.
link-error-proposal-malformed = Ця пропозиція пошкоджена, її не можна прочитати.
link-error-proposal-unknown-version = Ця пропозиція з новішої версії Begleitheft. Онови застосунок.
link-error-proposal-too-large = Ця пропозиція задовга. Максимум байтів: { $max_bytes }.
link-error-pin-format = У PIN-коді від { $min } до { $max } цифр, тільки цифри.
link-error-expiry-out-of-range = Вибери від 1 до { $max_days } днів.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } пропонує крок:
link-proposal-add-appointment = { $proposer } пропонує зустріч:
