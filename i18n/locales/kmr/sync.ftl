### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Kurmanji. Short sentences and common words. "koda vegerandinê" is the one name for the recovery code.

## Settings section
sync-title = Kopiya ewlehiyê û hevdemkirin
sync-explain = Kopiyeke şîfrekirî ya Begleitheft li ser serverê. Wiha tiştek winda nabe, û tu dikarî wê li ser çend telefonan bi kar bînî.
sync-action-turn-on = Kopiya ewlehiyê û hevdemkirinê veke
sync-action-turn-off = Bigire
sync-action-now = Niha hevdem bike

## Before turning it on
sync-intro-title = Berî ku tu vekî
sync-intro-encrypted = Tenê daneyên şîfrekirî ji vê telefonê derdikevin. Server nikare wan bixwîne.
sync-intro-code = Bêyî koda vegerandinê (Wiederherstellungscode) kes nikare kopiya ewlehiyê vegerîne – em jî nikarin.
sync-intro-write-down = Niha tu yê kodeke vegerandinê bistînî. Wê binivîse û li cihekî ewle biparêze.
sync-action-start = Baş e, veke
sync-setting-up = Kopiya ewlehiyê tê amadekirin …

## The recovery code, shown once
sync-code-title = Koda te ya vegerandinê
sync-code-explain = Vê kodê binivîse û li cihekî ewle biparêze. Bi vê kodê tu Begleitheft dibî ser telefoneke nû. Ew tenê niha tê nîşandan.
sync-code-label = Koda vegerandinê
sync-code-qr-label = Koda vegerandinê wek koda QR
sync-action-copy = Kodê kopî bike
sync-code-copied = Hat kopîkirin.
sync-action-written-down = Min ew nivîsî

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Bila kopiya ewlehiyê ya li ser serverê jî were jêbirin? Begleitheft li ser vê telefonê dimîne.
sync-action-off-keep = Bigire, kopiya ewlehiyê bihêle
sync-action-off-delete = Bigire û kopiya ewlehiyê jê bibe
sync-off-deleted = Kopiya ewlehiyê ya li ser serverê hat jêbirin.
sync-off-kept = Hat girtin. Kopiya ewlehiyê ya li ser serverê dimîne.

## Restoring on another phone
restore-title = Ji kopiya ewlehiyê vegerîne
restore-explain = Koda xwe ya vegerandinê binivîse an koda wê ya QR skan bike. Tiştên ku niha li ser vê telefonê ne, dimînin.
restore-code-label = Koda vegerandinê
restore-scan-camera = Koda QR bi kamerayê skan bike
restore-scan-photo = Koda QR ji wêneyekî bixwîne
restore-action = Vegerîne
restore-working = Tê vegerandin …
restore-done = Hat vegerandin. Kopiya ewlehiyê û hevdemkirin vekirî ye.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Di kodê de li şûna { $expected } tîpan { $found } tîp hene. Ji kerema xwe wê kontrol bike.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Tîpa „{ $character }“ qet di kodên vegerandinê de tune ye. Ji kerema xwe kodê kontrol bike.
error-sync-code-typo = Di kodê de şaşiyeke nivîsandinê heye. Ji kerema xwe wê kontrol bike.
error-sync-code-foreign = Ev koda QR ne koda vegerandinê ye.
error-sync-open-failed = Daneyên ji serverê nehatin vekirin.
error-sync-wire-truncated = Bersiva serverê ne temam e. Paşê dîsa tê ceribandin.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Dane ji guhertoyeke nûtir a Begleitheft tên (format { $version }). Sepanê nû bike.
error-sync-wire-malformed = Bersiva serverê xera bûye.
error-sync-wire-too-large = Dane ji bo serverê pir mezin in.
error-sync-damaged = Daneyên kopiya ewlehiyê xera bûne.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = Kopiya ewlehiyê ji guhertoyeke nûtir a Begleitheft tê. Sepanê nû bike.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    Demjimêra amûreke din { $hours ->
        [one] { $hours } saet
       *[other] { $hours } saet
    } pêş e. Ji kerema xwe dîrok û demê kontrol bike.
sync-error-no-backup = Ji bo vê kodê kopiya ewlehiyê nehat dîtin.
sync-error-network = Server nayê gihîştin. Ji kerema xwe paşê dîsa biceribîne.
sync-error-server = Di serverê de pirsgirêk heye. Paşê dîsa tê ceribandin.
sync-error-busy = Niha pir daxwaz hene. Di demeke nêzîk de dîsa tê ceribandin.
sync-error-damaged = Daneyên ji serverê nehatin xwendin.
sync-error-too-large = Guhertin ji bo serverê pir mezin in.
sync-error-unsupported = Ev browser nikare şîfre bike.
