### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Dari. Short sentences and common words, "شما" as in app.ftl.

## Share by link (on the share screen)
link-share-option = شریک ساختن با لینک
link-share-option-explain = آن شخص یک لینک یا کود QR می‌گیرد. موردها به شکل رمزی‌شده در سرور هستند. کلید فقط در لینک است. هر وقت بخواهید می‌توانید لینک را لغو کنید.
link-share-pin = PIN (4 تا 8 رقم، اختیاری)
link-share-pin-hint = PIN را با آواز بلند بگویید. PIN در لینک و در کود QR نیست.
link-share-expiry = چند روز اعتبار داشته باشد؟ (1 تا 90)
link-share-live = زنده: آن شخص تغییرات بعدی را هم می‌بیند.
link-share-writable = آن شخص می‌تواند مورد پیشنهاد کند. شما هر پیشنهاد را قبول یا رد می‌کنید.
link-share-summary-live = آن شخص تغییرات بعدی این موردها را هم می‌بیند.
link-share-summary-fixed = آن شخص موردها را همان طور که حالا هستند می‌بیند.
link-share-summary-pin = برای باز کردن، PIN لازم است.
link-share-summary-no-pin = هر کسی که لینک را دارد، می‌تواند آن را باز کند.
link-share-summary-writable = او می‌تواند مورد پیشنهاد کند. بدون «بلی» شما هیچ چیز تغییر نمی‌کند.
link-share-summary-server = موردها به شکل رمزی‌شده در سرور هستند. شما می‌بینید که لینک چه وقت باز شد.
link-share-create = ساختن لینک
link-share-creating = لینک ساخته می‌شود …
link-share-done-title = لینک شما
link-share-qr-label = لینک به شکل کود QR
link-share-url-label = لینک
link-share-copy = کاپی کردن لینک
link-share-copied = کاپی شد.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = این PIN را با آواز بلند بگویید: { $pin }
link-share-error-pin = PIN بین 4 تا 8 رقم دارد، فقط رقم.
link-share-error-expiry = 1 تا 90 روز انتخاب کنید.
link-share-error-offline = به سرور وصل نیست. هیچ چیز شریک ساخته نشد. لطفاً بعداً دوباره کوشش کنید.
link-share-error-server = سرور لینک را قبول نکرد. هیچ چیز شریک ساخته نشد.
link-share-error-busy = کوشش‌ها بسیار زیاد است. کمی صبر کنید و دوباره کوشش کنید.
link-share-error-too-large = این برای یک لینک زیاد است. موردهای کمتر انتخاب کنید.
link-share-error-unsupported = این براوزر نمی‌تواند لینک بسازد.
link-share-error-gone = این لینک دیگر در سرور نیست.
link-share-error-crypto = موردها رمزی نشدند.

## The list of shared links (Settings → Shared links)
link-list-title = لینک‌های شریک‌شده
link-list-explain = این‌جا هر لینکی را که شریک ساخته‌اید می‌بینید: چه چیز را نشان می‌دهد، تا چه وقت اعتبار دارد، و کی آن را باز کرده است.
link-list-open = دیدن لینک‌های شریک‌شده
link-list-none = هنوز هیچ لینکی شریک نساخته‌اید.
link-list-refresh = تازه کردن
link-list-state-active = فعال
link-list-state-revoked = لغو شده
link-list-state-expired = وقتش تمام شده
link-list-state-disabled = بسته شده: PIN غلط، بسیار زیاد
link-list-state-unknown = وضعیت معلوم نیست (وصل نیست)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = اعتبار تا { $date }
link-list-pin-yes = با PIN
link-list-pin-no = بدون PIN
link-list-live = زنده
link-list-may-add = می‌تواند مورد پیشنهاد کند
link-list-access-title = باز شده
link-list-access-none = هنوز هیچ کس این لینک را باز نکرده است.
link-list-access-anonymous = بدون نام
link-list-revoke = لغو کردن
link-list-revoke-question = این لینک لغو شود؟ بعد از آن هیچ کس نمی‌تواند آن را باز کند. این کار پس گرفته نمی‌شود.
link-list-revoke-confirm = بلی، لغو کن
link-list-revoked = لینک لغو شد.
link-list-error-offline = به سرور وصل نیست. لینک هنوز لغو نشده است. لطفاً بعداً دوباره کوشش کنید.
link-list-error-server = سرور طوری که باید جواب نداد. لینک هنوز لغو نشده است.
# Variables:
#   $what (String) - what the link shares, e.g. "2 هدف با 5 قدم".
link-list-row-label = لینک: { $what }

## Proposals from advisors (on Home)
inbox-title = پیشنهادها
inbox-explain = کسانی که با آن‌ها لینک شریک ساخته‌اید، مورد پیشنهاد می‌کنند. بدون «بلی» شما هیچ چیز تغییر نمی‌کند.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } پیشنهاد می‌کند: { $what }
inbox-someone = یک نفر
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = قدم «{ $step }» در هدف «{ $goal }»
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = ملاقات به تاریخ { $date }، { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = ملاقات به تاریخ { $date }
inbox-accept = قبول
inbox-reject = رد کردن
inbox-stale = این پیشنهاد دیگر مناسب نیست: آن هدف دیگر وجود ندارد. می‌توانید آن را رد کنید.
inbox-unreadable = این پیشنهاد خوانده نمی‌شود. می‌توانید آن را رد کنید.
inbox-accepted = قبول شد و در دفترچه شما نوشته شد.
inbox-rejected = رد شد.

## The consent log (Settings)
consent-channel-offline-qr = کود QR بدون انترنت
consent-channel-link = با لینک
consent-channel-link-revoked = لینک لغو شد
