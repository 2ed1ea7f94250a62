### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Kurmanji. Polite "hûn" for advisors.

## Opening a shared link
link-view-title = Tomarên parvekirî
link-view-loading = Tomarên parvekirî tên barkirin …
link-view-label = Nav û cihê karê we (ne mecbûrî ye)
link-view-label-hint = Ew kes dibîne kê lînk vekiriye. Ev browser vê agahiyê bi bîr tîne.
link-view-pin = PIN
link-view-pin-hint = Ew kes PIN-ê ji we re dibêje. PIN ne di lînkê de ye.
link-view-pin-submit = Veke
link-view-pin-required = Ev lînk bi PIN-ê tê parastin.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] PIN şaş e. { $count } ceribandin maye.
       *[other] PIN şaş e. { $count } ceribandin mane.
    }
link-view-gone = Ev parvekirin êdî tune ye.
link-view-gone-hint = Dibe ku hatibe betalkirin an dema wê qediyabe. Ji wî kesî lînkeke nû bixwazin.
link-view-offline = Pêwendî bi serverê re tune ye. Pêwendiyê kontrol bikin û dîsa biceribînin.
link-view-retry = Dîsa biceribînin
link-view-busy = Pir ceribandin. Ji kerema xwe hinekî bisekinin, paşê dîsa biceribînin.
link-view-error = Server wek ku dihat hêvîkirin bersiv neda. Ji kerema xwe paşê dîsa biceribînin.
link-view-unsupported = Ev browser nikare lînkên parvekirî veke.
link-view-unreadable = Şîfreya tomarên parvekirî nayê vekirin. Dibe ku lînk ne temam be. Lînkeke nû bixwazin.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Heta { $date } derbasdar e.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Guhertina dawî: { $date }
link-view-reload = Dîsa bar bike
link-view-side-by-side = Zimanekî duyem li kêlekê nîşan bide
link-view-empty = Di vê lînkê de tiştek nehatiye parvekirin.
link-view-not-stored = Tomar li ser vê amûrê nayên tomarkirin.
link-view-advisor-login = Wek şêwirmend têkevin
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Wek { $who } hat vekirin.

## Proposing entries (only when the owner allows it)
propose-title = Tomaran pêşniyar bikin
propose-explain = Ew kes biryar dide ka pêşniyara we qebûl dike an na.
propose-step = Gavekê pêşniyar bikin
propose-step-goal = Ji bo kîjan armancê?
propose-step-done = Hat kirin di (vala bihêlin, eger hê vekirî be)
propose-step-submit = Gavê pêşniyar bikin
propose-appointment = Randevûyekê pêşniyar bikin
propose-appointment-submit = Randevûyê pêşniyar bikin
propose-sending = Tê şandin …
propose-sent = Hat şandin. Ew kes biryar dide ka qebûl dike an na.
propose-need-name = Li jor nav an cihê karê xwe binivîsin, da ku ew kes bizane pêşniyar ji kê ye.
propose-need-step = Ji lîsteyê gavekê hilbijêrin an gavekê binivîsin.
propose-need-date = Rojekê hilbijêrin.
propose-error-not-writable = Ev lînk destûrê nade pêşniyaran.

## The advisor's login and workspace
advisor-title = Ji bo şêwirmendan
advisor-login-explain = Bi hesabê şêwirmendan hûn hemû lînkên ku we vekirine li cihekî dibînin. Mifte di vê browserê de dimînin.
advisor-email = E-mail
advisor-password = Şîfre
advisor-login = Têkevin
advisor-logging-in = Têketin didome …
advisor-bad-login = E-mail an şîfre şaş e.
advisor-logout = Derkevin
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Hûn wek { $who } ketine hundir.
advisor-session-expired = Dema têketina we qediya. Ji kerema xwe dîsa têkevin.
advisor-workspace-title = Lînkên vekirî
advisor-workspace-explain = Parvekirinên ku we vekirine û hê derbasdar in.
advisor-workspace-none = We hê tu parvekirineke derbasdar venekiriye.
advisor-workspace-refresh = Nû bike
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Di { $date } de hat vekirin
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Heta { $date } derbasdar e
advisor-workspace-open = Veke
advisor-workspace-elsewhere = Li ser amûreke din hat vekirin: mifte ne di vê browserê de ye.
advisor-workspace-untitled = Tomarên parvekirî
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Veke: { $label }
advisor-error-offline = Pêwendî bi serverê re tune ye. Ji kerema xwe dîsa biceribînin.
advisor-error-busy = Pir ceribandin. Ji kerema xwe hinekî bisekinin, paşê dîsa biceribînin.
advisor-error-server = Server wek ku dihat hêvîkirin bersiv neda. Ji kerema xwe paşê dîsa biceribînin.
