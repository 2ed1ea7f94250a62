### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Somali. Short sentences and common words. "koodhka soo celinta" is the one name for the recovery code.

## Settings section
sync-title = Kaydin iyo isku-xidhid (sync)
sync-explain = Nuqul la sireeyay (encrypted) oo Begleitheft-kaaga ah ayaa ku jira server-ka. Sidaas waxba kaama lumayaan, waxaadna ku isticmaali kartaa taleefanno badan.
sync-action-turn-on = Shid kaydinta iyo isku-xidhidda
sync-action-turn-off = Dami
sync-action-now = Hadda isku xidh

## Before turning it on
sync-intro-title = Intaadan shidin
sync-intro-encrypted = Xog la sireeyay oo keliya ayaa ka baxda taleefankan. Server-ku ma akhriyi karo.
sync-intro-code = Koodhka soo celinta (Wiederherstellungscode) la'aantiis qofna ma soo celin karo nuqulka kaydka ah, xitaa annaga.
sync-intro-write-down = Hadda waxaad helaysaa koodhka soo celinta. Qor oo meel ammaan ah ku hay.
sync-action-start = Waan oggolahay, shid
sync-setting-up = Nuqulka kaydka ah waa la diyaarinayaa …

## The recovery code, shown once
sync-code-title = Koodhkaaga soo celinta
sync-code-explain = Koodhkan qor oo meel ammaan ah ku hay. Isaga ayaad Begleitheft-kaaga ugu qaadaysaa taleefan cusub. Hadda oo keliya ayaa la tusayaa.
sync-code-label = Koodhka soo celinta
sync-code-qr-label = Koodhka soo celinta oo koodh QR ah
sync-action-copy = Koobiyee koodhka
sync-code-copied = Waa la koobiyeeyay.
sync-action-written-down = Waan qoray

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Nuqulka kaydka ah ee server-ka ku jira ma la tirtiraa? Begleitheft-kaagu wuxuu ku harayaa taleefankan.
sync-action-off-keep = Dami, nuqulka kaydka ah hay
sync-action-off-delete = Dami oo tirtir nuqulka kaydka ah
sync-off-deleted = Nuqulka kaydka ah ee server-ka waa la tirtiray.
sync-off-kept = Waa la damiyay. Nuqulka kaydka ah ee server-ka wuu jiraa.

## Restoring on another phone
restore-title = Ka soo celi nuqul kayd ah
restore-explain = Qor koodhkaaga soo celinta ama akhri (scan) koodhkiisa QR. Waxa horey ugu jiray taleefankan way harayaan.
restore-code-label = Koodhka soo celinta
restore-scan-camera = Koodhka QR ku akhri kamarada
restore-scan-photo = Koodhka QR ka akhri sawir
restore-action = Soo celi
restore-working = Waa la soo celinayaa …
restore-done = Waa la soo celiyay. Kaydinta iyo isku-xidhiddu way shidan yihiin.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Koodhku wuxuu leeyahay { $found } xaraf, halkii uu ka lahaan lahaa { $expected }. Fadlan hubi.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Xarafka “{ $character }” weligii kuma jiro koodhadhka soo celinta. Fadlan hubi koodhka.
error-sync-code-typo = Koodhka qalad qoraal ah ayaa ku jira. Fadlan hubi.
error-sync-code-foreign = Koodhkan QR ma aha koodhka soo celinta.
error-sync-open-failed = Xogta server-ka lama furi karin.
error-sync-wire-truncated = Jawaabta server-ku ma dhammaystirna. Mar dambe ayaa mar kale la isku dayi doonaa.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Xogtu waxay ka timid nooc cusub oo Begleitheft ah (qaab { $version }). Cusboonaysii app-ka.
error-sync-wire-malformed = Jawaabta server-ku waa xumaatay.
error-sync-wire-too-large = Xogtu aad bay ugu weyn tahay server-ka.
error-sync-damaged = Xogta nuqulka kaydka ah waa xumaatay.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = Nuqulka kaydka ah wuxuu ka yimid nooc cusub oo Begleitheft ah. Cusboonaysii app-ka.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    Saacadda qalab kale waxay hormaraysaa { $hours ->
        [one] { $hours } saac
       *[other] { $hours } saacadood
    }. Fadlan hubi taariikhda iyo waqtiga.
sync-error-no-backup = Koodhkan nuqul kayd ah looma helin.
sync-error-network = Server-ka lama gaari karo. Fadlan mar dambe isku day.
sync-error-server = Server-ku dhib ayuu qabaa. Mar dambe ayaa mar kale la isku dayi doonaa.
sync-error-busy = Hadda codsiyo aad u badan ayaa jira. Dhawaan ayaa mar kale la isku dayi doonaa.
sync-error-damaged = Xogta server-ka lama akhriyi karin.
sync-error-too-large = Isbeddelladu aad bay ugu weyn yihiin server-ka.
sync-error-unsupported = Browser-kan xogta ma sireyn karo.
