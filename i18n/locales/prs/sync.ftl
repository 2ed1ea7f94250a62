### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Dari. Short sentences and common words. "کود بازیابی" is the one name for the recovery code.

## Settings section
sync-title = کاپی محفوظ و همگام‌سازی
sync-explain = یک کاپی رمزی‌شده از دفترچه شما در سرور. این طور هیچ چیز گم نمی‌شود و می‌توانید آن را در چند موبایل استفاده کنید.
sync-action-turn-on = روشن کردن کاپی محفوظ و همگام‌سازی
sync-action-turn-off = خاموش کردن
sync-action-now = همین حالا همگام‌سازی شود

## Before turning it on
sync-intro-title = پیش از روشن کردن
sync-intro-encrypted = فقط معلومات رمزی‌شده از این موبایل بیرون می‌رود. سرور نمی‌تواند آن را بخواند.
sync-intro-code = بدون کود بازیابی (Wiederherstellungscode) هیچ کس نمی‌تواند کاپی محفوظ را بازیابی کند، حتی ما.
sync-intro-write-down = حالا یک کود بازیابی می‌گیرید. آن را بنویسید و در یک جای محفوظ نگه دارید.
sync-action-start = موافقم، روشن شود
sync-setting-up = کاپی محفوظ آماده می‌شود …

## The recovery code, shown once
sync-code-title = کود بازیابی شما
sync-code-explain = این کود را بنویسید و در یک جای محفوظ نگه دارید. با آن دفترچه خود را به یک موبایل نو می‌برید. این کود فقط همین حالا نشان داده می‌شود.
sync-code-label = کود بازیابی
sync-code-qr-label = کود بازیابی به شکل کود QR
sync-action-copy = کاپی کردن کود
sync-code-copied = کاپی شد.
sync-action-written-down = آن را نوشتم

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = کاپی محفوظ در سرور هم پاک شود؟ دفترچه شما در این موبایل می‌ماند.
sync-action-off-keep = خاموش شود، کاپی محفوظ بماند
sync-action-off-delete = خاموش شود و کاپی محفوظ پاک شود
sync-off-deleted = کاپی محفوظ در سرور پاک شد.
sync-off-kept = خاموش شد. کاپی محفوظ در سرور می‌ماند.

## Restoring on another phone
restore-title = بازیابی از کاپی محفوظ
restore-explain = کود بازیابی خود را بنویسید یا کود QR آن را سکن کنید. چیزهایی که حالا در این موبایل است، می‌ماند.
restore-code-label = کود بازیابی
restore-scan-camera = سکن کردن کود QR با کمره
restore-scan-photo = خواندن کود QR از یک عکس
restore-action = بازیابی
restore-working = در حال بازیابی …
restore-done = بازیابی شد. کاپی محفوظ و همگام‌سازی روشن است.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = این کود به جای { $expected } حرف، { $found } حرف دارد. لطفاً آن را بررسی کنید.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = حرف «{ $character }» در کودهای بازیابی نمی‌آید. لطفاً کود را بررسی کنید.
error-sync-code-typo = در این کود یک غلطی تایپ است. لطفاً آن را بررسی کنید.
error-sync-code-foreign = این کود QR کود بازیابی نیست.
error-sync-open-failed = معلومات سرور باز نشد.
error-sync-wire-truncated = جواب سرور کامل نیست. بعداً دوباره کوشش می‌شود.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = این معلومات از یک نسخه نوتر Begleitheft است (فارمت { $version }). برنامه را تازه کنید.
error-sync-wire-malformed = جواب سرور خراب است.
error-sync-wire-too-large = این معلومات برای سرور بسیار بزرگ است.
error-sync-damaged = معلومات کاپی محفوظ خراب است.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = این کاپی محفوظ از یک نسخه نوتر Begleitheft است. برنامه را تازه کنید.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    ساعت یک دستگاه دیگر { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعت
    } پیش است. لطفاً تاریخ و وقت را بررسی کنید.
sync-error-no-backup = برای این کود هیچ کاپی محفوظ پیدا نشد.
sync-error-network = به سرور وصل شده نمی‌تواند. لطفاً بعداً دوباره کوشش کنید.
sync-error-server = سرور مشکل دارد. بعداً دوباره کوشش می‌شود.
sync-error-busy = حالا درخواست‌ها بسیار زیاد است. به زودی دوباره کوشش می‌شود.
sync-error-damaged = معلومات سرور خوانده نشد.
sync-error-too-large = تغییرات برای سرور بسیار بزرگ است.
sync-error-unsupported = این براوزر نمی‌تواند رمزی کند.
