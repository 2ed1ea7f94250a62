### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Kurmanji. Short sentences and common words, "tu".

## Share by link (on the share screen)
link-share-option = Bi lînkê parve bike
link-share-option-explain = Ew kes lînkek an koda QR distîne. Tomar bi şîfrekirî li ser serverê ne. Mifte tenê di lînkê de ye. Tu dikarî lînkê kengî bixwazî betal bikî.
link-share-pin = PIN (4 heta 8 hejmar, ne mecbûrî ye)
link-share-pin-hint = PIN-ê bi dengê bilind bibêje. Ew ne di lînkê de ye, ne jî di koda QR de.
link-share-expiry = Çend rojan derbasdar be? (1 heta 90)
link-share-live = Zindî: Ew kes guhertinên paşê jî dibîne.
link-share-writable = Ew kes dikare tomaran pêşniyar bike. Tu her yekê qebûl dikî an red dikî.
link-share-summary-live = Ew kes guhertinên paşê yên van tomaran jî dibîne.
link-share-summary-fixed = Ew kes tomaran wek ku niha ne dibîne.
link-share-summary-pin = Ji bo vekirinê PIN lazim e.
link-share-summary-no-pin = Her kesê ku lînk heye dikare wê veke.
link-share-summary-writable = Ew dikare tomaran pêşniyar bike. Bê “erê”ya te tiştek nayê guhertin.
link-share-summary-server = Tomar bi şîfrekirî li ser serverê ne. Tu dibînî lînk kengî hat vekirin.
link-share-create = Lînkê çêke
link-share-creating = Lînk tê çêkirin …
link-share-done-title = Lînka te
link-share-qr-label = Lînk wek koda QR
link-share-url-label = Lînk
link-share-copy = Lînkê kopî bike
link-share-copied = Hat kopîkirin.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Vê PIN-ê bi dengê bilind bibêje: { $pin }
link-share-error-pin = PIN 4 heta 8 hejmar e, tenê hejmar.
link-share-error-expiry = 1 heta 90 rojan hilbijêre.
link-share-error-offline = Pêwendî bi serverê re tune ye. Tiştek nehat parvekirin. Paşê dîsa biceribîne.
link-share-error-server = Server lînk qebûl nekir. Tiştek nehat parvekirin.
link-share-error-busy = Pir ceribandin. Hinekî bisekine, paşê dîsa biceribîne.
link-share-error-too-large = Ev ji bo yek lînkê pir zêde ye. Kêmtir tomar hilbijêre.
link-share-error-unsupported = Ev browser nikare lînkan çêke.
link-share-error-gone = Ev lînk êdî li ser serverê tune ye.
link-share-error-crypto = Tomar nehatin şîfrekirin.

## The list of shared links (Settings → Shared links)
link-list-title = Lînkên parvekirî
link-list-explain = Li vir her lînka ku te parve kiriye dibînî: çi nîşan dide, heta kengî, û kê ew vekiriye.
link-list-open = Lînkên parvekirî bibîne
link-list-none = Te hê tu lînk parve nekiriye.
link-list-refresh = Nû bike
link-list-state-active = Çalak
link-list-state-revoked = Betal bûye
link-list-state-expired = Dema wê qediya
link-list-state-disabled = Hat girtin: gelek caran PIN-a şaş
link-list-state-unknown = Rewş nayê zanîn (pêwendî tune)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Heta { $date } derbasdar e
link-list-pin-yes = Bi PIN
link-list-pin-no = Bê PIN
link-list-live = Zindî
link-list-may-add = Dikare tomaran pêşniyar bike
link-list-access-title = Hat vekirin
link-list-access-none = Hê kesî ev lînk venekiriye.
link-list-access-anonymous = bê nav
link-list-revoke = Betal bike
link-list-revoke-question = Ev lînk betal bibe? Piştre kes nikare wê veke. Ev nayê paşvegerandin.
link-list-revoke-confirm = Erê, betal bike
link-list-revoked = Lînk betal bû.
link-list-error-offline = Pêwendî bi serverê re tune ye. Lînk hê nehatiye betalkirin. Paşê dîsa biceribîne.
link-list-error-server = Server wek ku dihat hêvîkirin bersiv neda. Lînk hê nehatiye betalkirin.
# Variables:
#   $what (String) - what the link shares, e.g. "2 armanc bi 5 gavan".
link-list-row-label = Lînk: { $what }

## Proposals from advisors (on Home)
inbox-title = Pêşniyar
inbox-explain = Kesên ku te lînk bi wan re parve kiriye tomaran pêşniyar dikin. Bê “erê”ya te tiştek nayê guhertin.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } pêşniyar dike: { $what }
inbox-someone = Kesek
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = gava “{ $step }” di armanca “{ $goal }” de
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = randevû di { $date } de, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = randevû di { $date } de
inbox-accept = Qebûl bike
inbox-reject = Red bike
inbox-stale = Ev pêşniyar êdî li hev nayê: armanc êdî tune ye. Tu dikarî wê red bikî.
inbox-unreadable = Ev pêşniyar nayê xwendin. Tu dikarî wê red bikî.
inbox-accepted = Hat qebûlkirin û li Begleitheft-a te hat zêdekirin.
inbox-rejected = Hat redkirin.

## The consent log (Settings)
consent-channel-offline-qr = Koda QR bê înternet
consent-channel-link = Bi lînkê
consent-channel-link-revoked = Lînk betal bû
