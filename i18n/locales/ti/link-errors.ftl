### Link shares: errors when reading a link or an advisor's proposal, and how a proposal is introduced.
### Ids come from booklet::link (LinkError, Proposal::summary_message_id). Tigrinya. Short sentences and common words.

## Errors
link-error-not-a-link = እዚ ናብ ዝተኻፈለ Begleitheft ዝወስድ ሊንክ ኣይኮነን።
link-error-open-failed = እቲ ዝተኻፈለ ሓበሬታ ክኽፈት ኣይከኣለን። ምናልባት እቲ ሊንክ ምሉእ ኣይኮነን። ሓድሽ ሊንክ ሕተቱ።
link-error-proposal-malformed = እዚ ሓሳብ ተበላሺዩ እዩ፣ ክንበብ ኣይክእልን።
link-error-proposal-unknown-version = እዚ ሓሳብ ካብ ሓድሽ ስሪት Begleitheft እዩ ዝመጸ። ነቲ ኣፕ ኣሐድስዎ።
link-error-proposal-too-large = እዚ ሓሳብ ኣዝዩ ነዊሕ እዩ። እንተበዝሐ { $max_bytes } ባይት።
link-error-pin-format = PIN ካብ { $min } ክሳብ { $max } ቁጽሪ እዩ፣ ቁጽሪ ጥራይ።
link-error-expiry-out-of-range = ካብ 1 ክሳብ { $max_days } መዓልቲ ምረጹ።

## A proposal in the owner's list; the step or appointment follows
link-proposal-add-step = { $proposer } ስጉምቲ ይሓብር፦
link-proposal-add-appointment = { $proposer } ቆጸራ ይሓብር፦
