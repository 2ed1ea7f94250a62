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
