### Shaashadaha app-ka. Jumlado gaagaaban, erayo fudud.

## Navigation
nav-label = Liiska weyn
nav-home = Bogga hore
nav-appointments = Ballamo
nav-contacts = Xiriirro
nav-profile = Xogtayda
nav-settings = Dejinta
not-found-title = Boggan ma jiro.

## Actions
action-add = Ku dar
action-add-goal = Ku dar hadaf
action-add-step = Ku dar tallaabo
action-add-contact = Ku dar xiriir
action-add-appointment = Ku dar ballan
action-save = Kaydi
action-cancel = Jooji
action-edit = Beddel
action-delete = Tirtir
action-back = Dib u noqo
action-undo = Ka noqo
action-dismiss = Xir
action-update = Hadda cusboonaysii
action-export = Soo saar (Export)
action-import = Soo geli (Import)
action-import-confirm = Haa, beddel
action-print = Daabac
action-delete-goal = Tirtir hadafka
action-delete-named = Tirtir { $title }
action-edit-named = Beddel { $title }
action-move-up = { $title } kor u qaad
action-move-down = { $title } hoos u dhig

## Home
home-next-appointment = Ballanta xigta
home-no-appointment = Ballan lama qorsheyn.
home-goals = Hadafyadayda
home-no-goals = Weli hadaf ma jiro. Ku bilow hal hadaf.
home-quick-add = Si dhakhso ah ugu dar

## Goals and steps
goal-progress =
    { $total ->
        [one] { $done } ka mid ah { $total } tallaabo
       *[other] { $done } ka mid ah { $total } tallaabo
    }
goal-target = Hadaf: ilaa { $date }
goal-status = Xaaladda
goal-target-date = Taariikhda hadafka (haddii ay jirto)
goal-steps = Tallaabooyinka
goal-no-steps = Weli tallaabo ma jirto.
goal-not-found = Hadafkan hadda ma jiro.
goal-deleted = Hadafka waa la tirtiray.
goal-field = Qaybta
goal-title = Hadaf
goal-free-title = Hadaf aan anigu qoray
goal-with-typical-steps = Sidoo kale ku dar tallaabooyinka caadiga ah
catalog-search = Raadi hadaf
step-from-catalog = Tallaabo liiska ka mid ah
step-typical = Tallaabooyinka caadiga ah ee hadafkan
step-all = Dhammaan tallaabooyinka
step-or-free = Ama ku qor erayadaada
step-date = Taariikh
step-is-done = Horay ayaa la dhammeeyay
step-note = Xusuus-qor
step-deleted = Tallaabada waa la tirtiray.
step-done-on = la dhammeeyay { $date }
step-planned-for = loo qorsheeyay { $date }
step-mark-done = La dhammeeyay: { $title }

## Contacts
contacts-title = Xiriirro
contacts-empty = Weli xiriir ma jiro.
contact-organisation = Xafiis ama hay'ad
contact-role = Doorka
contact-role-free = Ama doorka ku qor erayadaada
contact-person = Qofka aad la hadasho
contact-phone = Taleefan
contact-email = Iimayl
contact-address = Cinwaan
contact-opening-hours = Saacadaha furitaanka
contact-note = Xusuus-qor
contact-deleted = Xiriirka waa la tirtiray.
contact-call = Wac { $name }
contact-write = U dir iimayl { $name }

## Appointments
appointments-upcoming = Ballamaha soo socda
appointments-past = Ballamihii hore
appointments-none-upcoming = Ballan soo socota ma jirto.
appointment-date = Maalin
appointment-time = Saacad
appointment-place = Goob
appointment-purpose = Maxay ku saabsan tahay?
appointment-purpose-free = Ama ku qor erayadaada
appointment-with = Yaad la kulmaysaa?
appointment-with-nobody = (cidna lama dooran)
appointment-bring = Wax aad keenayso
appointment-deleted = Ballanta waa la tirtiray.

## Profile
profile-title = Xogtayda
profile-name = Magac (naanays sidoo kale waa caadi)
profile-languages = Luqadahayga
profile-language = Luqad
profile-level = Sidee u taqaan?
profile-qualifications = Dugsi, tababar, jaamacad
profile-qualification-kind = Nooca
profile-qualification-title = Shahaado
profile-qualification-country = Dal (laba xaraf, tusaale SY)
profile-qualification-recognition = Aqoonsiga Jarmalka (Anerkennung)
profile-work = Khibrad shaqo
profile-interests = Xiisaha iyo rabitaannada

## Settings
settings-title = Dejinta
storage-title = Kaydka qalabkan
storage-explain = Begleitheft-kaagu wuxuu ku kaydsan yahay taleefankan oo keliya. Qof kale ma arko.
storage-persisted-yes = Browser-ku xogta wuu hayaa, ma tirtiro.
storage-persisted-no = Browser-ku xogta wuu tirtiri karaa marka kaydku buuxsamo. Had iyo jeer soo saar (Export) samee.
storage-persisted-unknown = Weli lama weydiin in xogtu ay si joogto ah u jiri karto.
storage-ask-persist = Si joogto ah u kaydi
export-title = Soo saar (Export)
export-explain = Begleitheft-kaaga oo dhan u kaydi fayl ahaan. Sidaas waxaad yeelanaysaa nuqul kayd ah.
export-never = Weli lama soo saarin.
export-last = Soo saarkii ugu dambeeyay: { $date }
export-error = Faylka lama samayn karin.
import-title = Soo gelin (Import)
import-explain = Begleitheft ka soo geli fayl la soo saaray. Faylka marka hore waa la hubinayaa.
import-error-unreadable = Faylkan lama akhrin karo.
import-confirm =
    Faylku wuxuu Begleitheft-kaaga ({ $current ->
        [one] { $current } qoraal
       *[other] { $current } qoraal
    }) ku beddelayaa { $incoming ->
        [one] { $incoming } qoraal
       *[other] { $incoming } qoraal
    }.
import-done = Soo gelintu way dhammaatay.
print-title = Daabac
update-available = Nooc cusub ayaa diyaar ah.

## Storage errors
storage-error-open = Browser-kan xog kuma kaydin karo. Ha ku furin Begleitheft qaabka qarsoodiga ah (private mode).
storage-error-read = Xogta lama akhrin karin. Bogga dib u fur.
storage-error-write = Tan lama kaydin. Mar kale isku day.
storage-error-quota = Kaydku waa buuxaa. Tan lama kaydin. Meel ka bannee taleefanka.
storage-error-corrupt = Xogta la kaydiyay waa xumaatay. Soo geli faylkii ugu dambeeyay ee aad soo saartay.

## Side by side
action-side-by-side = Dhinac-dhinac
side-by-side-title = Laba luqadood oo dhinac-dhinac ah
side-by-side-second-language = Luqadda labaad
side-by-side-choose = Hadafyada la muujinayo
side-by-side-bring = Keen: { $what }
storage-error-blocked = Begleitheft weli wuu ku furan yahay tab kale. Xir tab-yada kale oo dib u cusboonaysii bogga.

## Sharing by QR code
action-share = La wadaag
share-title = Ku wadaag koodh QR
share-choose = Qofku muxuu arki karaa? Dooro.
share-all-goals = Dhammaan hadafyada
share-all-contacts = Dhammaan xiriirrada
share-all-appointments = Dhammaan ballamaha
share-duration = Muddo intee le'eg?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }
share-recipient = Yaa loogu talagalay? (adiga oo keliya, ikhtiyaari)
share-nothing = Dooro ugu yaraan hal qoraal.
share-sees = Qofka koodhka akhriya (scan) wuxuu arkayaa:
share-not = Ma arkayo:
share-not-profile = xogtaada
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } hadaf
       *[other] { $goals } hadaf
    } oo leh { $steps ->
        [one] { $steps } tallaabo
       *[other] { $steps } tallaabo
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } xiriir
       *[other] { $count } xiriir
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } ballan
       *[other] { $count } ballan
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } hadaf kale
       *[other] { $count } hadaf kale
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } xiriir kale
       *[other] { $count } xiriir kale
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } ballan kale
       *[other] { $count } ballan kale
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = Ilaa { $date }.
action-show-qr = Tus koodhka QR
share-too-big = Tani way ku badan tahay hal koodh QR. Fadlan wax ka yar dooro.
share-qr-label = Koodh QR ee la akhrinayo (scan)
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Wuu shaqaynayaa ilaa { $date }
action-done = Dhammee
consent-title = Wixii la wadaagay ilaa hadda
consent-none = Weli waxba lama wadaagin.

## Viewing a shared booklet
viewer-title = Laguula wadaagay
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = La wadaagay { $date }, wuu shaqaynayaa ilaa { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Koodhkan waqtigiisii wuu dhammaaday (wuxuu shaqaynayay ilaa { $date }). Qofka ka codso koodh cusub.
viewer-not-stored = Waxyaabahan midna laguma kaydinayo qalabkaaga.
action-close-share = Xir

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Dooro ugu yaraan hal qoraal oo aad wadaagto.
share-error-unknown-entry = Qoraal aad dooratay hadda ma jiro.
share-error-expiry-out-of-range = Koodh wuxuu shaqeeyaa ugu badnaan 90 maalmood.
share-error-issue-out-of-range = Taariikhda taleefankan waxay u egtahay mid khaldan.
share-error-invalid-entry = Qoraal aad dooratay sidan looma wadaagi karo.
share-error-selection-too-large = Tani way ku badan tahay hal koodh QR. Fadlan wax ka yar dooro.
share-error-truncated = Koodhkan ma dhammaystirna. Mar kale akhri (scan).
share-error-damaged = Koodhkan waa xumaaday ama waa la beddelay. Codso koodh cusub.
share-error-unknown-version = Koodhkan wuxuu ka yimid nooc cusub oo Begleitheft ah. Cusboonaysii app-ka.
share-error-bad-alphabet = Koodhkan waa xumaaday. Codso koodh cusub.
share-error-too-large = Koodhkan aad buu ugu weyn yahay Begleitheft.
share-error-foreign-covid = Tani waa shahaadada tallaalka, ma aha koodh Begleitheft.
share-error-foreign-shc = Tani waa kaarka caafimaadka (SMART Health Card), ma aha koodh Begleitheft.
share-error-foreign-url = Koodhkan QR wuxuu kuu geynayaa bog kale, ma aha Begleitheft.
share-error-foreign = Koodhkan QR ma aha Begleitheft.
share-error-expired = Koodhkan waqtigiisii wuu dhammaaday. Codso koodh cusub.

## Scanning
action-scan = Akhri (scan)
scan-title = Akhri koodh QR (scan)
scan-camera = Isticmaal kamarada
scan-photo = Ka akhri sawir
scan-looking = Koodh QR ayaa la raadinayaa … Kamarada si deggan u qabo.
scan-camera-denied = Kamarada fasax looma haysto. Ka oggolow dejinta browser-ka, ama koodhka ka akhri sawir.
scan-camera-absent = Kamarad lama helin. Koodhka ka akhri sawir.
scan-photo-unreadable = Sawirkan lama akhrin karo.
scan-nothing-found = Sawirka lagama arko koodh QR. Isku day sawir ka cad.

sync-action-restore = Ka soo celi nuqul kayd ah
sync-status-off = Kaydinta iyo isku-xidhiddu way dansan yihiin.
sync-status-synced = Wax walba waa la kaydiyay.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } isbeddel ayaa sugaya isku-xidhid.
       *[other] { $count } isbeddel ayaa sugaya isku-xidhid.
    }
sync-status-offline = Internet ma jiro. Isbeddelladaada mar dambe ayaa la dirayaa.
sync-status-error = Isku-xidhiddu dhib ayey leedahay.
# Variables:
#   $status (String) - the status sentence, e.g. "Wax walba waa la kaydiyay."
sync-indicator-label = Isku-xidhid: { $status }
restore-hint = Ma horey u kaydisay Begleitheft taleefan kale?
