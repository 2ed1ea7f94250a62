### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Turkish. Short sentences and common words.

## Errors
link-error-not-a-link = Bu, paylaşılan bir Begleitheft'e giden bağlantı değil.
link-error-open-failed = Paylaşılan veriler açılamadı. Belki bağlantı eksik. Yeni bir bağlantı iste.
link-error-proposal-malformed = Bu öneri bozuk ve okunamıyor.
link-error-proposal-unknown-version = Bu öneri, Begleitheft'in daha yeni bir sürümünden geliyor. Uygulamayı güncelle.
link-error-proposal-too-large = Bu öneri çok uzun. En fazla { $max_bytes } bayt.
link-error-pin-format = PIN { $min } ile { $max } rakamdan oluşur, sadece rakam.
link-error-expiry-out-of-range = 1 ile { $max_days } gün arası seç.

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } bir adım öneriyor:
link-proposal-add-appointment = { $proposer } bir randevu öneriyor:
