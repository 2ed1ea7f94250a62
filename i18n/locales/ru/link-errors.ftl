### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Russian. Short sentences and common words.

## Errors
link-error-not-a-link = Это не ссылка на переданный Begleitheft.
link-error-open-failed = Не удалось открыть переданные данные. Возможно, ссылка неполная. Попроси новую ссылку.
link-error-proposal-malformed = Это предложение повреждено, его нельзя прочитать.
link-error-proposal-unknown-version = Это предложение из более новой версии Begleitheft. Обнови приложение.
link-error-proposal-too-large = Это предложение слишком длинное. Максимум байт: { $max_bytes }.
link-error-pin-format = В PIN-коде от { $min } до { $max } цифр, только цифры.
link-error-expiry-out-of-range = Выбери от 1 до { $max_days } дней.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } предлагает шаг:
link-proposal-add-appointment = { $proposer } предлагает встречу:
