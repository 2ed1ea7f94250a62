### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Pashto. Polite "تاسو" for advisors.

## Opening a shared link
link-view-title = شریک شوي توکي
link-view-loading = شریک شوي توکي راځي …
link-view-label = ستاسو نوم او اداره (اختیاري)
link-view-label-hint = هغه کس ویني چې چا لینک پرانیست. دا براوزر دا معلومات په یاد ساتي.
link-view-pin = PIN
link-view-pin-hint = هغه کس تاسو ته PIN وايي. PIN په لینک کې نشته.
link-view-pin-submit = پرانیستل
link-view-pin-required = دا لینک د PIN په مرسته خوندي دی.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] غلط PIN. { $count } هڅه پاتې ده.
       *[other] غلط PIN. { $count } هڅې پاتې دي.
    }
link-view-gone = دا شریکول نور شتون نه لري.
link-view-gone-hint = ښايي لغوه شوی وي یا یې موده پای ته رسېدلې وي. له هغه کس څخه نوی لینک وغواړئ.
link-view-offline = له سرور سره اړیکه نشته. اړیکه وګورئ او بیا هڅه وکړئ.
link-view-retry = بیا هڅه وکړئ
link-view-busy = ډېرې هڅې. مهرباني وکړئ لږ صبر وکړئ او بیا هڅه وکړئ.
link-view-error = سرور هغسې ځواب ورنه کړ لکه چې تمه وه. مهرباني وکړئ وروسته بیا هڅه وکړئ.
link-view-unsupported = دا براوزر شریک شوي لینکونه نه شي پرانیستلای.
link-view-unreadable = شریک شوي توکي له رمز څخه نه شي خلاصېدای. ښايي لینک نیمګړی وي. نوی لینک وغواړئ.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = تر { $date } پورې اعتبار لري.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = وروستی بدلون: { $date }
link-view-reload = بیا راوړل
link-view-side-by-side = دوهمه ژبه څنګ ته وښیئ
link-view-empty = په دې لینک کې هېڅ شی نه دی شریک شوی.
link-view-not-stored = توکي په دې وسیله کې نه ساتل کېږي.
link-view-advisor-login = د مشاور په توګه ننوتل
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = د { $who } په نوم پرانیستل شو.

## Proposing entries (only when the owner allows it)
propose-title = توکي وړاندیز کړئ
propose-explain = هغه کس پرېکړه کوي چې ستاسو وړاندیز مني که نه.
propose-step = ګام وړاندیز کړئ
propose-step-goal = د کوم هدف لپاره؟
propose-step-done = ترسره شوی په (که لا خلاص وي، تش یې پرېږدئ)
propose-step-submit = ګام وړاندیز کړئ
propose-appointment = ملاقات وړاندیز کړئ
propose-appointment-submit = ملاقات وړاندیز کړئ
propose-sending = لېږل کېږي …
propose-sent = ولېږل شو. هغه کس پرېکړه کوي چې دا مني که نه.
propose-need-name = پورته خپل نوم یا اداره ولیکئ، چې هغه کس پوه شي وړاندیز له چا څخه دی.
propose-need-step = له لیست څخه یو ګام وټاکئ یا یو ګام ولیکئ.
propose-need-date = یوه ورځ وټاکئ.
propose-error-not-writable = دا لینک د وړاندیز اجازه نه ورکوي.

## The advisor's login and workspace
advisor-title = د مشاورانو لپاره
advisor-login-explain = د مشاور په حساب ټول هغه لینکونه چې تاسو پرانیستي، په یوه ځای کې موندلای شئ. کلي ګانې په دې براوزر کې پاتې کېږي.
advisor-email = ایمېل
advisor-password = پټنوم
advisor-login = ننوتل
advisor-logging-in = ننوتل روان دي …
advisor-bad-login = برېښنالیک یا پټنوم غلط دی.
advisor-logout = وتل
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = د { $who } په نوم ننوتي یاست.
advisor-session-expired = ستاسو ننوتل پای ته ورسېدل. مهرباني وکړئ بیا ننوځئ.
advisor-workspace-title = پرانیستل شوي لینکونه
advisor-workspace-explain = هغه شریکونې چې تاسو پرانیستي او لا اعتبار لري.
advisor-workspace-none = تاسو تر اوسه هېڅ معتبر شریکول نه دي پرانیستي.
advisor-workspace-refresh = تازه کول
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = په { $date } پرانیستل شوی
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = تر { $date } پورې اعتبار لري
advisor-workspace-open = پرانیستل
advisor-workspace-elsewhere = په بله وسیله کې پرانیستل شوی: کلي په دې براوزر کې نشته.
advisor-workspace-untitled = شریک شوي توکي
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = پرانیستل: { $label }
advisor-error-offline = له سرور سره اړیکه نشته. مهرباني وکړئ بیا هڅه وکړئ.
advisor-error-busy = ډېرې هڅې. مهرباني وکړئ لږ صبر وکړئ او بیا هڅه وکړئ.
advisor-error-server = سرور هغسې ځواب ورنه کړ لکه چې تمه وه. مهرباني وکړئ وروسته بیا هڅه وکړئ.
