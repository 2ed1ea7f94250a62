### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Persian. Short sentences and common words. "کد بازیابی" is the one name for the recovery code.

## Settings section
sync-title = پشتیبان‌گیری و همگام‌سازی
sync-explain = یک نسخه رمزگذاری‌شده از دفترچه شما روی سرور. این‌طوری چیزی گم نمی‌شود و می‌توانید از آن روی چند گوشی استفاده کنید.
sync-action-turn-on = روشن کردن پشتیبان‌گیری و همگام‌سازی
sync-action-turn-off = خاموش کردن
sync-action-now = همین حالا همگام‌سازی شود

## Before turning it on
sync-intro-title = پیش از روشن کردن
sync-intro-encrypted = فقط اطلاعات رمزگذاری‌شده از این گوشی بیرون می‌رود. سرور نمی‌تواند آن را بخواند.
sync-intro-code = بدون کد بازیابی (Wiederherstellungscode) هیچ کس نمی‌تواند نسخه پشتیبان را بازیابی کند، حتی ما.
sync-intro-write-down = الان یک کد بازیابی می‌گیرید. آن را یادداشت کنید و در جای امنی نگه دارید.
sync-action-start = موافقم، روشن شود
sync-setting-up = نسخه پشتیبان در حال آماده شدن است …

## The recovery code, shown once
sync-code-title = کد بازیابی شما
sync-code-explain = این کد را یادداشت کنید و در جای امنی نگه دارید. با آن دفترچه خود را به یک گوشی جدید می‌برید. این کد فقط همین حالا نشان داده می‌شود.
sync-code-label = کد بازیابی
sync-code-qr-label = کد بازیابی به شکل کد QR
sync-action-copy = کپی کردن کد
sync-code-copied = کپی شد.
sync-action-written-down = آن را یادداشت کردم

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = نسخه پشتیبان روی سرور هم پاک شود؟ دفترچه شما روی این گوشی می‌ماند.
sync-action-off-keep = خاموش شود، نسخه پشتیبان بماند
sync-action-off-delete = خاموش شود و نسخه پشتیبان پاک شود
sync-off-deleted = نسخه پشتیبان روی سرور پاک شد.
sync-off-kept = خاموش شد. نسخه پشتیبان روی سرور می‌ماند.

## Restoring on another phone
restore-title = بازیابی از نسخه پشتیبان
restore-explain = کد بازیابی خود را وارد کنید یا کد QR آن را اسکن کنید. چیزهایی که الان روی این گوشی هست، می‌ماند.
restore-code-label = کد بازیابی
restore-scan-camera = اسکن کد QR با دوربین
restore-scan-photo = خواندن کد QR از عکس
restore-action = بازیابی
restore-working = در حال بازیابی …
restore-done = بازیابی شد. پشتیبان‌گیری و همگام‌سازی روشن است.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = این کد به جای { $expected } حرف، { $found } حرف دارد. لطفاً آن را بررسی کنید.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = حرف «{ $character }» در کدهای بازیابی وجود ندارد. لطفاً کد را بررسی کنید.
error-sync-code-typo = در این کد یک اشتباه تایپی هست. لطفاً آن را بررسی کنید.
error-sync-code-foreign = این کد QR کد بازیابی نیست.
error-sync-open-failed = اطلاعات سرور باز نشد.
error-sync-wire-truncated = پاسخ سرور کامل نیست. بعداً دوباره امتحان می‌شود.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = این اطلاعات از نسخه جدیدتر Begleitheft است (فرمت { $version }). برنامه را به‌روز کنید.
error-sync-wire-malformed = پاسخ سرور خراب است.
error-sync-wire-too-large = این اطلاعات برای سرور خیلی بزرگ است.
error-sync-damaged = اطلاعات نسخه پشتیبان خراب است.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = این نسخه پشتیبان از نسخه جدیدتر Begleitheft است. برنامه را به‌روز کنید.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    ساعت یک دستگاه دیگر { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعت
    } جلو است. لطفاً تاریخ و ساعت را بررسی کنید.
sync-error-no-backup = برای این کد هیچ نسخه پشتیبانی پیدا نشد.
sync-error-network = به سرور دسترسی نیست. لطفاً بعداً دوباره امتحان کنید.
sync-error-server = سرور مشکل دارد. بعداً دوباره امتحان می‌شود.
sync-error-busy = الان درخواست‌ها خیلی زیاد است. به زودی دوباره امتحان می‌شود.
sync-error-damaged = اطلاعات سرور خوانده نشد.
sync-error-too-large = تغییرات برای سرور خیلی بزرگ است.
sync-error-unsupported = این مرورگر نمی‌تواند رمزگذاری کند.
