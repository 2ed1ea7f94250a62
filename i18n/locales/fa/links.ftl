### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Persian. Short sentences and common words, "شما" as in app.ftl.

## Share by link (on the share screen)
link-share-option = اشتراک‌گذاری با لینک
link-share-option-explain = آن شخص یک لینک یا کد QR می‌گیرد. موردها به شکل رمزگذاری‌شده روی سرور هستند. کلید فقط در لینک است. هر وقت بخواهید می‌توانید لینک را لغو کنید.
link-share-pin = PIN (4 تا 8 رقم، اختیاری)
link-share-pin-hint = PIN را با صدای بلند بگویید. PIN در لینک و در کد QR نیست.
link-share-expiry = چند روز معتبر باشد؟ (1 تا 90)
link-share-live = زنده: آن شخص تغییرات بعدی را هم می‌بیند.
link-share-writable = آن شخص می‌تواند مورد پیشنهاد کند. شما هر پیشنهاد را قبول یا رد می‌کنید.
link-share-summary-live = آن شخص تغییرات بعدی این موردها را هم می‌بیند.
link-share-summary-fixed = آن شخص موردها را همان‌طور که الان هستند می‌بیند.
link-share-summary-pin = برای باز کردن، PIN لازم است.
link-share-summary-no-pin = هر کسی که لینک را دارد، می‌تواند آن را باز کند.
link-share-summary-writable = او می‌تواند مورد پیشنهاد کند. بدون «بله» شما هیچ چیز تغییر نمی‌کند.
link-share-summary-server = موردها به شکل رمزگذاری‌شده روی سرور هستند. شما می‌بینید لینک کی باز شد.
link-share-create = ساختن لینک
link-share-creating = لینک ساخته می‌شود …
link-share-done-title = لینک شما
link-share-qr-label = لینک به شکل کد QR
link-share-url-label = لینک
link-share-copy = کپی کردن لینک
link-share-copied = کپی شد.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = این PIN را با صدای بلند بگویید: { $pin }
link-share-error-pin = PIN بین 4 تا 8 رقم دارد، فقط رقم.
link-share-error-expiry = 1 تا 90 روز انتخاب کنید.
link-share-error-offline = به سرور وصل نیست. چیزی به اشتراک گذاشته نشد. لطفاً بعداً دوباره امتحان کنید.
link-share-error-server = سرور لینک را قبول نکرد. چیزی به اشتراک گذاشته نشد.
link-share-error-busy = تلاش‌ها خیلی زیاد است. کمی صبر کنید و دوباره امتحان کنید.
link-share-error-too-large = این برای یک لینک زیاد است. موردهای کمتری انتخاب کنید.
link-share-error-unsupported = این مرورگر نمی‌تواند لینک بسازد.
link-share-error-gone = این لینک دیگر روی سرور نیست.
link-share-error-crypto = موردها رمزگذاری نشدند.

## The list of shared links (Settings → Shared links)
link-list-title = لینک‌های اشتراک‌گذاشته
link-list-explain = این‌جا هر لینکی را که به اشتراک گذاشته‌اید می‌بینید: چه چیزی نشان می‌دهد، تا کی معتبر است، و چه کسی آن را باز کرده است.
link-list-open = دیدن لینک‌های اشتراک‌گذاشته
link-list-none = هنوز هیچ لینکی به اشتراک نگذاشته‌اید.
link-list-refresh = به‌روز کردن
link-list-state-active = فعال
link-list-state-revoked = لغو شده
link-list-state-expired = تمام شده
link-list-state-disabled = بسته شده: PIN اشتباه، خیلی زیاد
link-list-state-unknown = وضعیت معلوم نیست (اتصال نیست)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = معتبر تا { $date }
link-list-pin-yes = با PIN
link-list-pin-no = بدون PIN
link-list-live = زنده
link-list-may-add = می‌تواند مورد پیشنهاد کند
link-list-access-title = باز شده
link-list-access-none = هنوز هیچ کس این لینک را باز نکرده است.
link-list-access-anonymous = بدون نام
link-list-revoke = لغو کردن
link-list-revoke-question = این لینک لغو شود؟ بعد از آن هیچ کس نمی‌تواند آن را باز کند. این کار برگشت ندارد.
link-list-revoke-confirm = بله، لغو کن
link-list-revoked = لینک لغو شد.
link-list-error-offline = به سرور وصل نیست. لینک هنوز لغو نشده است. لطفاً بعداً دوباره امتحان کنید.
link-list-error-server = سرور آن‌طور که باید جواب نداد. لینک هنوز لغو نشده است.
# Variables:
#   $what (String) - what the link shares, e.g. "2 هدف با 5 قدم".
link-list-row-label = لینک: { $what }

## Proposals from advisors (on Home)
inbox-title = پیشنهادها
inbox-explain = کسانی که با آن‌ها لینک به اشتراک گذاشته‌اید، مورد پیشنهاد می‌کنند. بدون «بله» شما هیچ چیز تغییر نمی‌کند.
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
inbox-appointment = قرار در { $date }، { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = قرار در { $date }
inbox-accept = قبول
inbox-reject = رد کردن
inbox-stale = این پیشنهاد دیگر جور نیست: آن هدف دیگر وجود ندارد. می‌توانید آن را رد کنید.
inbox-unreadable = این پیشنهاد خوانده نمی‌شود. می‌توانید آن را رد کنید.
inbox-accepted = قبول شد و در دفترچه شما نوشته شد.
inbox-rejected = رد شد.

## The consent log (Settings)
consent-channel-offline-qr = کد QR آفلاین
consent-channel-link = با لینک
consent-channel-link-revoked = لینک لغو شد
