### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Pashto. Short sentences and common words. "د بیا راګرځولو کوډ" is the one name for the recovery code.

## Settings section
sync-title = خوندي کاپي او همغږي
sync-explain = ستاسو د کتابچې یوه رمز شوې کاپي په سرور کې. داسې هېڅ شی نه ورکېږي، او تاسو یې په څو تلیفونونو کې کارولی شئ.
sync-action-turn-on = خوندي کاپي او همغږي چالان کړئ
sync-action-turn-off = بند یې کړئ
sync-action-now = اوس همغږي کړئ

## Before turning it on
sync-intro-title = مخکې له دې چې چالان یې کړئ
sync-intro-encrypted = یوازې رمز شوي معلومات له دې تلیفون څخه وځي. سرور یې نه شي لوستلای.
sync-intro-code = د بیا راګرځولو کوډ (Wiederherstellungscode) پرته هېڅوک خوندي کاپي نه شي بیا راګرځولای، حتی موږ هم نه.
sync-intro-write-down = اوس به تاسو د بیا راګرځولو کوډ ترلاسه کړئ. ویې لیکئ او په خوندي ځای کې یې وساتئ.
sync-action-start = منم، چالان یې کړئ
sync-setting-up = خوندي کاپي جوړېږي …

## The recovery code, shown once
sync-code-title = ستاسو د بیا راګرځولو کوډ
sync-code-explain = دا کوډ ولیکئ او په خوندي ځای کې یې وساتئ. په دې کوډ خپله کتابچه نوي تلیفون ته وړئ. دا یوازې اوس ښودل کېږي.
sync-code-label = د بیا راګرځولو کوډ
sync-code-qr-label = د بیا راګرځولو کوډ د QR کوډ په توګه
sync-action-copy = کوډ کاپي کړئ
sync-code-copied = کاپي شو.
sync-action-written-down = ما ولیکه

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = په سرور کې خوندي کاپي هم ړنګه شي؟ ستاسو کتابچه په دې تلیفون کې پاتې کېږي.
sync-action-off-keep = بند یې کړئ، خوندي کاپي وساتئ
sync-action-off-delete = بند یې کړئ او خوندي کاپي ړنګه کړئ
sync-off-deleted = په سرور کې خوندي کاپي ړنګه شوه.
sync-off-kept = بند شو. په سرور کې خوندي کاپي پاتې کېږي.

## Restoring on another phone
restore-title = له خوندي کاپي څخه بیا راګرځول
restore-explain = خپل د بیا راګرځولو کوډ ولیکئ یا یې QR کوډ سکن کړئ. هغه څه چې دمخه په دې تلیفون کې دي، پاتې کېږي.
restore-code-label = د بیا راګرځولو کوډ
restore-scan-camera = QR کوډ په کمره سکن کړئ
restore-scan-photo = QR کوډ له عکس څخه ولولئ
restore-action = بیا راګرځول
restore-working = بیا راګرځول کېږي …
restore-done = بیا راوګرځول شو. خوندي کاپي او همغږي چالان دي.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = په کوډ کې د { $expected } پر ځای { $found } توري دي. مهرباني وکړئ ویې ګورئ.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = د بیا راګرځولو په کوډونو کې «{ $character }» توری هېڅکله نه راځي. مهرباني وکړئ کوډ وګورئ.
error-sync-code-typo = په کوډ کې د لیکلو غلطي ده. مهرباني وکړئ ویې ګورئ.
error-sync-code-foreign = دا QR کوډ د بیا راګرځولو کوډ نه دی.
error-sync-open-failed = د سرور معلومات پرانیستل نه شول.
error-sync-wire-truncated = د سرور ځواب نیمګړی دی. وروسته به بیا هڅه وشي.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = دا معلومات د Begleitheft له نوې نسخې څخه دي (بڼه { $version }). اپ تازه کړئ.
error-sync-wire-malformed = د سرور ځواب خراب شوی دی.
error-sync-wire-too-large = دا معلومات د سرور لپاره ډېر لوی دي.
error-sync-damaged = د خوندي کاپي معلومات خراب شوي دي.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = دا خوندي کاپي د Begleitheft له نوې نسخې څخه ده. اپ تازه کړئ.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    د بلې وسیلې ساعت { $hours ->
        [one] { $hours } ساعت
       *[other] { $hours } ساعته
    } مخکې دی. مهرباني وکړئ نېټه او وخت وګورئ.
sync-error-no-backup = د دې کوډ لپاره هېڅ خوندي کاپي ونه موندل شوه.
sync-error-network = سرور ته رسېدل نه کېږي. مهرباني وکړئ وروسته بیا هڅه وکړئ.
sync-error-server = سرور ستونزه لري. وروسته به بیا هڅه وشي.
sync-error-busy = اوس ډېرې غوښتنې دي. ژر به بیا هڅه وشي.
sync-error-damaged = د سرور معلومات ونه لوستل شول.
sync-error-too-large = بدلونونه د سرور لپاره ډېر لوی دي.
sync-error-unsupported = دا براوزر نه شي کولای معلومات رمز کړي.
