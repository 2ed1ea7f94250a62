### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Sorani. Polite plural "ئێوە" for advisors.

## Opening a shared link
link-view-title = بابەتە هاوبەشکراوەکان
link-view-loading = بابەتە هاوبەشکراوەکان باردەکرێن …
link-view-label = ناو و شوێنی کارتان (ئارەزوومەندانە)
link-view-label-hint = ئەو کەسە دەبینێت کێ لینکەکەی کردەوە. ئەم وێبگەڕە ئەم زانیارییە لە بیر دەهێڵێت.
link-view-pin = PIN
link-view-pin-hint = ئەو کەسە PINەکەتان پێ دەڵێت. PIN لە لینکەکەدا نییە.
link-view-pin-submit = کردنەوە
link-view-pin-required = ئەم لینکە بە PIN پارێزراوە.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] PIN هەڵەیە. { $count } هەوڵ ماوە.
       *[other] PIN هەڵەیە. { $count } هەوڵ ماون.
    }
link-view-gone = ئەم هاوبەشکردنە چیتر بەردەست نییە.
link-view-gone-hint = لەوانەیە هەڵوەشێنرابێتەوە یان ماوەی تەواو بووبێت. تکایە داوای لینکێکی نوێ لەو کەسە بکەن.
link-view-offline = پەیوەندی بە سێرڤەرەوە نییە. پەیوەندییەکە بپشکنن و دووبارە هەوڵ بدەنەوە.
link-view-retry = دووبارە هەوڵ بدەنەوە
link-view-busy = هەوڵی زۆر. تکایە کەمێک چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.
link-view-error = سێرڤەر وەک چاوەڕوان دەکرا وەڵامی نەدایەوە. تکایە دواتر دووبارە هەوڵ بدەنەوە.
link-view-unsupported = ئەم وێبگەڕە ناتوانێت لینکە هاوبەشکراوەکان بکاتەوە.
link-view-unreadable = شفرەی بابەتە هاوبەشکراوەکان ناکرێتەوە. لەوانەیە لینکەکە ناتەواو بێت. داوای لینکێکی نوێ بکەن.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = تا { $date } کار دەکات.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = دوایین گۆڕانکاری: { $date }
link-view-reload = دووبارە بارکردنەوە
link-view-side-by-side = زمانێکی دووەم لە تەنیشتیەوە پیشان بدە
link-view-empty = لەم لینکەدا هیچ شتێک هاوبەش نەکراوە.
link-view-not-stored = بابەتەکان لەسەر ئەم ئامێرە پاشەکەوت ناکرێن.
link-view-advisor-login = چوونەژوورەوە وەک ڕاوێژکار
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = وەک { $who } کرایەوە.

## Proposing entries (only when the owner allows it)
propose-title = پێشنیارکردنی بابەت
propose-explain = ئەو کەسە بڕیار دەدات کە پێشنیارەکەتان وەردەگرێت یان نا.
propose-step = پێشنیارکردنی هەنگاوێک
propose-step-goal = بۆ کام ئامانج؟
propose-step-done = تەواو کرا لە (ئەگەر هێشتا کراوەیە، بەتاڵی بهێڵنەوە)
propose-step-submit = هەنگاوەکە پێشنیار بکە
propose-appointment = پێشنیارکردنی ژوانێک
propose-appointment-submit = ژوانەکە پێشنیار بکە
propose-sending = دەنێردرێت …
propose-sent = نێردرا. ئەو کەسە بڕیار دەدات کە وەریدەگرێت یان نا.
propose-need-name = لە سەرەوە ناو یان شوێنی کارتان بنووسن، تا ئەو کەسە بزانێت پێشنیارەکە لە کێوەیە.
propose-need-step = هەنگاوێک لە لیستەکە هەڵبژێرن یان یەکێک بنووسن.
propose-need-date = ڕۆژێک هەڵبژێرن.
propose-error-not-writable = ئەم لینکە ڕێگە بە پێشنیار نادات.

## The advisor's login and workspace
advisor-title = بۆ ڕاوێژکاران
advisor-login-explain = بە هەژماری ڕاوێژکار هەموو ئەو لینکانەی کردووتانەتەوە لە یەک شوێندا دەدۆزنەوە. کلیلەکان لەم وێبگەڕەدا دەمێننەوە.
advisor-email = ئیمەیڵ
advisor-password = وشەی نهێنی
advisor-login = چوونەژوورەوە
advisor-logging-in = چوونەژوورەوە بەردەوامە …
advisor-bad-login = ئیمەیڵ یان وشەی نهێنی هەڵەیە.
advisor-logout = چوونەدەرەوە
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = وەک { $who } چوونەتە ژوورەوە.
advisor-session-expired = ماوەی چوونەژوورەوەتان تەواو بووە. تکایە دووبارە بچنە ژوورەوە.
advisor-workspace-title = لینکە کراوەکان
advisor-workspace-explain = ئەو هاوبەشکردنانەی کردووتانەتەوە و هێشتا کار دەکەن.
advisor-workspace-none = هێشتا هیچ هاوبەشکردنێکی کارامەتان نەکردووەتەوە.
advisor-workspace-refresh = نوێکردنەوە
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = لە { $date } کرایەوە
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = تا { $date } کار دەکات
advisor-workspace-open = کردنەوە
advisor-workspace-elsewhere = لەسەر ئامێرێکی تر کرایەوە: کلیلەکە لەم وێبگەڕەدا نییە.
advisor-workspace-untitled = بابەتە هاوبەشکراوەکان
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = کردنەوە: { $label }
advisor-error-offline = پەیوەندی بە سێرڤەرەوە نییە. تکایە دووبارە هەوڵ بدەنەوە.
advisor-error-busy = هەوڵی زۆر. تکایە کەمێک چاوەڕێ بکەن، پاشان دووبارە هەوڵ بدەنەوە.
advisor-error-server = سێرڤەر وەک چاوەڕوان دەکرا وەڵامی نەدایەوە. تکایە دواتر دووبارە هەوڵ بدەنەوە.
