### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Somali. Short sentences and common words, "adiga".

## Share by link (on the share screen)
link-share-option = Ku wadaag link
link-share-option-explain = Qofku wuxuu helayaa link ama koodh QR. Qoraallada waxay ku jiraan server-ka iyagoo la sireeyay (encrypted). Furaha wuxuu ku jiraa link-ga oo keliya. Link-ga waad joojin kartaa wakhti kasta.
link-share-pin = PIN (4 ilaa 8 lambar, ikhtiyaari)
link-share-pin-hint = PIN-ka cod dheer ku dheh. Kuma jiro link-ga, kumana jiro koodhka QR.
link-share-expiry = Immisa maalmood ayuu shaqaynayaa? (1 ilaa 90)
link-share-live = Toos: Qofku wuxuu arkayaa isbeddellada dambe sidoo kale.
link-share-writable = Qofku wuxuu soo jeedin karaa qoraallo. Adiga ayaa mid kasta aqbala ama diida.
link-share-summary-live = Qofku wuxuu arkayaa isbeddellada dambe ee qoraalladan sidoo kale.
link-share-summary-fixed = Qofku wuxuu arkayaa qoraallada sida ay hadda yihiin.
link-share-summary-pin = Si loo furo, PIN ayaa loo baahan yahay.
link-share-summary-no-pin = Qof kasta oo haya link-ga wuu furi karaa.
link-share-summary-writable = Wuxuu soo jeedin karaa qoraallo. Waxba isma beddelayaan haddii aadan “haa” dhihin.
link-share-summary-server = Qoraallada waxay ku jiraan server-ka iyagoo la sireeyay. Waad arkaysaa goorta link-ga la furay.
link-share-create = Samee link
link-share-creating = Link-ga waa la samaynayaa …
link-share-done-title = Link-gaaga
link-share-qr-label = Link-ga oo koodh QR ah
link-share-url-label = Link
link-share-copy = Koobiyee link-ga
link-share-copied = Waa la koobiyeeyay.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = PIN-kan cod dheer ku dheh: { $pin }
link-share-error-pin = PIN-ku waa 4 ilaa 8 lambar, lambarro keliya.
link-share-error-expiry = Dooro 1 ilaa 90 maalmood.
link-share-error-offline = Server-ka lama xiriiri karo. Waxba lama wadaagin. Mar dambe isku day.
link-share-error-server = Server-ku ma aqbalin link-ga. Waxba lama wadaagin.
link-share-error-busy = Isku day aad u badan. Wax yar sug, kadib mar kale isku day.
link-share-error-too-large = Tani way ku badan tahay hal link. Dooro qoraallo ka yar.
link-share-error-unsupported = Browser-kan ma samayn karo link.
link-share-error-gone = Link-gan hadda kuma jiro server-ka.
link-share-error-crypto = Qoraallada lama sireyn karin.

## The list of shared links (Settings → Shared links)
link-list-title = Link-yada la wadaagay
link-list-explain = Halkan waxaad ku arkaysaa link kasta oo aad wadaagtay: waxa uu muujinayo, ilaa goorma, iyo cidda furtay.
link-list-open = Eeg link-yada la wadaagay
link-list-none = Weli ma aadan wadaagin link.
link-list-refresh = Cusboonaysii
link-list-state-active = Wuu shaqaynayaa
link-list-state-revoked = Waa la joojiyay
link-list-state-expired = Waqtigiisii wuu dhammaaday
link-list-state-disabled = Waa la xannibay: PIN khaldan marar badan
link-list-state-unknown = Xaaladda lama garanayo (xiriir ma jiro)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Wuu shaqaynayaa ilaa { $date }
link-list-pin-yes = PIN leh
link-list-pin-no = PIN la'aan
link-list-live = Toos
link-list-may-add = Wuxuu soo jeedin karaa qoraallo
link-list-access-title = La furay
link-list-access-none = Weli qofna ma furin link-gan.
link-list-access-anonymous = magac la'aan
link-list-revoke = Jooji
link-list-revoke-question = Link-gan ma la joojiyaa? Kadib qofna ma furi karo. Tan dib looma celin karo.
link-list-revoke-confirm = Haa, jooji
link-list-revoked = Link-ga waa la joojiyay.
link-list-error-offline = Server-ka lama xiriiri karo. Link-ga weli lama joojin. Mar dambe isku day.
link-list-error-server = Server-ku uma jawaabin sidii la filayay. Link-ga weli lama joojin.
# Variables:
#   $what (String) - what the link shares, e.g. "2 hadaf oo leh 5 tallaabo".
link-list-row-label = Link: { $what }

## Proposals from advisors (on Home)
inbox-title = Soo jeedinno
inbox-explain = Dadka aad link la wadaagtay waxay soo jeedinayaan qoraallo. Waxba isma beddelayaan haddii aadan “haa” dhihin.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } wuxuu soo jeedinayaa: { $what }
inbox-someone = Qof
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = tallaabada “{ $step }” ee hadafka “{ $goal }”
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = ballan { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = ballan { $date }
inbox-accept = Aqbal
inbox-reject = Diid
inbox-stale = Soo jeedintan hadda kuma habboona: hadafku hadda ma jiro. Waad diidi kartaa.
inbox-unreadable = Soo jeedintan lama akhriyi karo. Waad diidi kartaa.
inbox-accepted = Waa la aqbalay, waxaana lagu daray Begleitheft-kaaga.
inbox-rejected = Waa la diiday.

## The consent log (Settings)
consent-channel-offline-qr = Koodh QR aan internet lahayn
consent-channel-link = Link
consent-channel-link-revoked = Link-ga waa la joojiyay
