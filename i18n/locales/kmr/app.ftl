### The app's screens. Short sentences and common words.

## Navigation
nav-label = Menûya sereke
nav-home = Destpêk
nav-appointments = Randevû
nav-contacts = Têkilî
nav-profile = Profîl
nav-settings = Mîheng
not-found-title = Ev rûpel tune ye.

## Actions
action-add = Zêde bike
action-add-goal = Armancekê zêde bike
action-add-step = Gavekê zêde bike
action-add-contact = Têkiliyekê zêde bike
action-add-appointment = Randevûyekê zêde bike
action-save = Tomar bike
action-cancel = Betal bike
action-edit = Biguherîne
action-delete = Jê bibe
action-back = Vegere
action-undo = Vegerîne
action-dismiss = Bigire
action-update = Niha nû bike
action-export = Export bike
action-import = Import bike
action-import-confirm = Erê, biguherîne
action-print = Çap bike
action-delete-goal = Armancê jê bibe
action-delete-named = { $title } jê bibe
action-edit-named = { $title } biguherîne
action-move-up = { $title } bibe jor
action-move-down = { $title } bibe jêr

## Home
home-next-appointment = Randevûya bê
home-no-appointment = Tu randevû tune ye.
home-goals = Armancên min
home-no-goals = Hê armanc tune ne. Bi armancekê dest pê bike.
home-quick-add = Zû zêde bike

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } ji { $total } gavê
       *[other] { $done } ji { $total } gavan
    }
goal-target = Armanc heta { $date }
goal-status = Rewş
goal-target-date = Dîroka armancê (heke hebe)
goal-steps = Gav
goal-no-steps = Hê gav tune ne.
goal-not-found = Ev armanc êdî tune ye.
goal-deleted = Armanc hat jêbirin.
goal-field = Qad
goal-title = Armanc
goal-free-title = Armanceke min a taybet
goal-with-typical-steps = Gavên asayî jî yekser zêde bike
catalog-search = Li armancê bigere
step-from-catalog = Gav ji lîsteyê
step-typical = Gavên asayî ji bo vê armancê
step-all = Hemû gav
step-or-free = An jî bi gotinên xwe
step-date = Dîrok
step-is-done = Jixwe qediyaye
step-note = Not
step-deleted = Gav hat jêbirin.
step-done-on = di { $date } de qediya
step-planned-for = ji bo { $date } hatiye plankirin
step-mark-done = Qediya: { $title }

## Contacts
contacts-title = Têkilî
contacts-empty = Hê têkilî tune ne.
contact-organisation = Dezgeh an rêxistin
contact-role = Ew çi dikin?
contact-role-free = An jî bi gotinên xwe
contact-person = Kesê têkiliyê
contact-phone = Telefon
contact-email = E-mail
contact-address = Navnîşan
contact-opening-hours = Saetên vebûnê
contact-note = Not
contact-deleted = Têkilî hat jêbirin.
contact-call = Ji { $name } re telefon bike
contact-write = Ji { $name } re e-mail binivîse

## Appointments
appointments-upcoming = Randevûyên bên
appointments-past = Randevûyên borî
appointments-none-upcoming = Tu randevûyên bên tune ne.
appointment-date = Roj
appointment-time = Saet
appointment-place = Cih
appointment-purpose = Li ser çi ye?
appointment-purpose-free = An jî bi gotinên xwe
appointment-with = Bi kê re?
appointment-with-nobody = (kes nehatiye hilbijartin)
appointment-bring = Çi bi xwe re bîne
appointment-deleted = Randevû hat jêbirin.

## Profile
profile-title = Profîla min
profile-name = Nav (nasnav jî dibe)
profile-languages = Zimanên min
profile-language = Ziman
profile-level = Çiqas baş?
profile-qualifications = Dibistan, perwerdeya pîşeyî, zanîngeh
profile-qualification-kind = Cure
profile-qualification-title = Dîploma an bawername
profile-qualification-country = Welat (du tîp, wek SY)
profile-qualification-recognition = Naskirin li Almanyayê (Anerkennung)
profile-work = Ezmûna kar
profile-interests = Eleqe û daxwaz

## Settings
settings-title = Mîheng
storage-title = Tomarkirin li ser vê amûrê
storage-explain = Begleitheft tenê li ser vê telefonê tê tomarkirin. Kesek din nikare bibîne.
storage-persisted-yes = Browser daneyan her tim diparêze.
storage-persisted-no = Dema bîr tije be, browser dikare daneyan jê bibe. Pir caran export bike.
storage-persisted-unknown = Hê nehatiye pirsîn ka dane dikarin her tim bimînin.
storage-ask-persist = Her tim biparêze
export-title = Export
export-explain = Hemû Begleitheft wek pelekî tomar bike. Wiha kopiyeke te ya ewlehiyê heye.
export-never = Hê qet export nehatiye kirin.
export-last = Cara dawî export hat kirin: { $date }
export-error = Pel nehat çêkirin.
import-title = Import
import-explain = Begleitheft ji pelê exportê bar bike. Pêşî pel tê kontrolkirin.
import-error-unreadable = Ev pel nayê xwendin.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    Tiştên niha ({ $current ->
        [one] { $current } tomar
       *[other] { $current } tomar
    }) dê werin jêbirin. Li şûna wan { $incoming ->
        [one] { $incoming } tomar ji pelê tê
       *[other] { $incoming } tomar ji pelê tên
    }.
import-done = Import qediya.
print-title = Çap
update-available = Guhertoyeke nû heye.

## Storage errors
storage-error-open = Di vê browserê de tomarkirin nabe. Begleitheft di moda taybet de veneke.
storage-error-read = Dane nehatin xwendin. Rûpelê ji nû ve bar bike.
storage-error-write = Ev nehat tomarkirin. Dîsa biceribîne.
storage-error-quota = Bîr tije ye. Ev nehat tomarkirin. Li ser telefonê cih vala bike.
storage-error-corrupt = Daneyên tomarkirî xera bûne. Pelê xwe yê dawî yê exportê import bike.

## Side by side
action-side-by-side = Li kêleka hev
side-by-side-title = Du ziman li kêleka hev
side-by-side-second-language = Zimanê duyem
side-by-side-choose = Kîjan armanc têne nîşandan?
side-by-side-bring = Bi xwe re bîne: { $what }
storage-error-blocked = Begleitheft hîn di tabeke din de vekirî ye. Tabên din bigire û rûpelê nû bike.

## Sharing by QR code
action-share = Parve bike
share-title = Bi koda QR parve bike
share-choose = Ew kes dikare çi bibîne? Hilbijêre.
share-all-goals = Hemû armanc
share-all-contacts = Hemû têkilî
share-all-appointments = Hemû randevû
share-duration = Çiqas dem?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } roj
       *[other] { $days } roj
    }
share-recipient = Ji bo kê? (tenê ji bo te, ne mecbûrî ye)
share-nothing = Herî kêm tomarekê hilbijêre.
share-sees = Kesê ku kodê skan dike, van dibîne:
share-not = Van nabîne:
share-not-profile = profîla te
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } armanc
       *[other] { $goals } armanc
    } bi { $steps ->
        [one] { $steps } gavê
       *[other] { $steps } gavan
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } têkilî
       *[other] { $count } têkilî
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } randevû
       *[other] { $count } randevû
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } armanca din
       *[other] { $count } armancên din
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } têkiliya din
       *[other] { $count } têkiliyên din
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } randevûya din
       *[other] { $count } randevûyên din
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = Heta { $date }.
action-show-qr = Koda QR nîşan bide
share-too-big = Ev ji bo yek koda QR pir zêde ye. Ji kerema xwe kêmtir hilbijêre.
share-qr-label = Koda QR ji bo skankirinê
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Heta { $date } derbasdar e
action-done = Temam
consent-title = Heta niha hat parvekirin
consent-none = Hê tiştek nehatiye parvekirin.

## Viewing a shared booklet
viewer-title = Bi te re hat parvekirin
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = Di { $date } de hat parvekirin, heta { $until } derbasdar e.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Dema vê kodê qediya (heta { $date } derbasdar bû). Ji wî kesî kodeke nû bixwaze.
viewer-not-stored = Tiştek ji van li ser amûra te nayê tomarkirin.
action-close-share = Bigire

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Ji bo parvekirinê herî kêm tomarekê hilbijêre.
share-error-unknown-entry = Tomareke ku te hilbijart êdî tune ye.
share-error-expiry-out-of-range = Kodek herî zêde 90 rojan derbasdar e.
share-error-issue-out-of-range = Xuya ye ku dîroka vê telefonê şaş e.
share-error-invalid-entry = Tomareke ku te hilbijart bi vî awayî nayê parvekirin.
share-error-selection-too-large = Ev ji bo yek koda QR pir zêde ye. Ji kerema xwe kêmtir hilbijêre.
share-error-truncated = Ev kod ne temam e. Dîsa skan bike.
share-error-damaged = Ev kod xera bûye an hatiye guhertin. Kodeke nû bixwaze.
share-error-unknown-version = Ev kod ji guhertoyeke nûtir a Begleitheft tê. Sepanê nû bike.
share-error-bad-alphabet = Ev kod xera bûye. Kodeke nû bixwaze.
share-error-too-large = Ev kod ji bo Begleitheft pir mezin e.
share-error-foreign-covid = Ev belgeya vakslêdanê ye, ne koda Begleitheft e.
share-error-foreign-shc = Ev karta tenduristiyê ye (SMART Health Card), ne koda Begleitheft e.
share-error-foreign-url = Ev koda QR diçe malpereke din, ne Begleitheft.
share-error-foreign = Ev koda QR ne ya Begleitheft e.
share-error-expired = Dema vê kodê qediya. Kodeke nû bixwaze.

## Scanning
action-scan = Skan bike
scan-title = Koda QR skan bike
scan-camera = Kamerayê bi kar bîne
scan-photo = Ji wêneyekî bixwîne
scan-looking = Li koda QR tê gerîn … Kamerayê nelivîne.
scan-camera-denied = Destûr ji kamerayê re nehatiye dayîn. Di mîhengên browserê de destûrê bide, an kodê ji wêneyekî bixwîne.
scan-camera-absent = Kamera nehat dîtin. Kodê ji wêneyekî bixwîne.
scan-photo-unreadable = Ev wêne nayê xwendin.
scan-nothing-found = Di wêne de koda QR nayê dîtin. Wêneyekî zelaltir biceribîne.

sync-action-restore = Ji kopiya ewlehiyê vegerîne
sync-status-off = Kopiya ewlehiyê û hevdemkirin girtî ye.
sync-status-synced = Her tişt hatiye parastin.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } guhertin li benda hevdemkirinê ye.
       *[other] { $count } guhertin li benda hevdemkirinê ne.
    }
sync-status-offline = Înternet tune ye. Guhertinên te dê paşê werin şandin.
sync-status-error = Di hevdemkirinê de pirsgirêk heye.
# Variables:
#   $status (String) - the status sentence, e.g. "Her tişt hatiye parastin."
sync-indicator-label = Hevdemkirin: { $status }
restore-hint = Te berê li ser telefoneke din kopiya ewlehiyê ya Begleitheft çêkiriye?
