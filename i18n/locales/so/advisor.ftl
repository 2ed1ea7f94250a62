### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Somali. Polite tone with "fadlan" for advisors.

## Opening a shared link
link-view-title = Qoraallada la wadaagay
link-view-loading = Qoraallada la wadaagay waa la soo rarayaa …
link-view-label = Magacaaga iyo xafiiskaaga (ikhtiyaari)
link-view-label-hint = Qofku wuxuu arkayaa cidda furtay link-ga. Browser-kan wuu xasuusanayaa.
link-view-pin = PIN
link-view-pin-hint = Qofku PIN-ka ayuu kuu sheegayaa. Kuma jiro link-ga.
link-view-pin-submit = Fur
link-view-pin-required = Link-gan waxaa ilaaliya PIN.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] PIN khaldan. { $count } isku day ayaa haray.
       *[other] PIN khaldan. { $count } isku day ayaa haray.
    }
link-view-gone = Wadaaggan hadda lama heli karo.
link-view-gone-hint = Waxaa laga yaabaa in la joojiyay ama waqtigiisii dhammaaday. Fadlan qofka ka codso link cusub.
link-view-offline = Server-ka lama xiriiri karo. Fadlan hubi xiriirka oo mar kale isku day.
link-view-retry = Mar kale isku day
link-view-busy = Isku day aad u badan. Fadlan wax yar sug, kadib mar kale isku day.
link-view-error = Server-ku uma jawaabin sidii la filayay. Fadlan mar dambe isku day.
link-view-unsupported = Browser-kan ma furi karo link-yada la wadaagay.
link-view-unreadable = Qoraallada la wadaagay lama furi karo (decrypt). Waxaa laga yaabaa in link-gu dhammaystirnayn. Fadlan codso link cusub.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Wuu shaqaynayaa ilaa { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Isbeddelkii ugu dambeeyay: { $date }
link-view-reload = Dib u soo rar
link-view-side-by-side = Luqad labaad dhinaca ka tus
link-view-empty = Link-gan waxba laguma wadaagin.
link-view-not-stored = Qoraallada laguma kaydinayo qalabkan.
link-view-advisor-login = U gal sidii la-taliye
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Waxaa furay { $who }.

## Proposing entries (only when the owner allows it)
propose-title = Soo jeedi qoraallo
propose-explain = Qofka ayaa go'aansanaya inuu aqbalo soo jeedintaada iyo in kale.
propose-step = Soo jeedi tallaabo
propose-step-goal = Hadafkee loogu talagalay?
propose-step-done = La dhammeeyay (taariikh; banaan ka tag haddii aan weli la dhammayn)
propose-step-submit = Soo jeedi tallaabada
propose-appointment = Soo jeedi ballan
propose-appointment-submit = Soo jeedi ballanta
propose-sending = Waa la dirayaa …
propose-sent = Waa la diray. Qofka ayaa go'aansanaya inuu aqbalo iyo in kale.
propose-need-name = Kor ku qor magacaaga ama xafiiskaaga, si qofku u ogaado cidda soo jeedintu ka timid.
propose-need-step = Liiska ka dooro tallaabo ama mid qor.
propose-need-date = Dooro maalin.
propose-error-not-writable = Link-gan ma oggola soo jeedin.

## The advisor's login and workspace
advisor-title = Loogu talagalay la-taliyayaasha
advisor-login-explain = Akoon la-taliye ah wuxuu kuu muujinayaa meel keliya dhammaan link-yada aad furtay. Furayaasha waxay ku harayaan browser-kan.
advisor-email = Iimayl
advisor-password = Furaha sirta ah
advisor-login = Gal
advisor-logging-in = Waa la galayaa …
advisor-bad-login = Iimaylka ama furaha sirta ah waa khalad.
advisor-logout = Ka bax
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Waxaad u gashay sidii { $who }.
advisor-session-expired = Gelitaankaagii waqtigiisii wuu dhammaaday. Fadlan mar kale gal.
advisor-workspace-title = Link-yada la furay
advisor-workspace-explain = Wadaagyada aad furtay oo weli shaqaynaya.
advisor-workspace-none = Weli ma aadan furin wadaag shaqaynaya.
advisor-workspace-refresh = Cusboonaysii
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = La furay { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Wuu shaqaynayaa ilaa { $date }
advisor-workspace-open = Fur
advisor-workspace-elsewhere = Waxaa lagu furay qalab kale: furuhu kuma jiro browser-kan.
advisor-workspace-untitled = Qoraallada la wadaagay
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Fur: { $label }
advisor-error-offline = Server-ka lama xiriiri karo. Fadlan mar kale isku day.
advisor-error-busy = Isku day aad u badan. Fadlan wax yar sug, kadib mar kale isku day.
advisor-error-server = Server-ku uma jawaabin sidii la filayay. Fadlan mar dambe isku day.
