### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Sorani. Short sentences and common words. "کۆدی گەڕاندنەوە" is the one name for the recovery code.

## Settings section
sync-title = یەدەگ و هاوکاتکردن
sync-explain = کۆپییەکی شفرەکراوی دەفتەرەکەت لەسەر سێرڤەر. بەم شێوەیە هیچ شتێک ون نابێت، و دەتوانیت لەسەر چەند مۆبایلێک بەکاری بهێنیت.
sync-action-turn-on = یەدەگ و هاوکاتکردن هەڵبکە
sync-action-turn-off = بیکوژێنەوە
sync-action-now = ئێستا هاوکات بکە

## Before turning it on
sync-intro-title = پێش ئەوەی هەڵیبکەیت
sync-intro-encrypted = تەنها زانیاریی شفرەکراو لەم مۆبایلە دەردەچێت. سێرڤەرەکە ناتوانێت بیخوێنێتەوە.
sync-intro-code = بەبێ کۆدی گەڕاندنەوە (Wiederherstellungscode) کەس ناتوانێت یەدەگەکە بگەڕێنێتەوە، تەنانەت ئێمەش.
sync-intro-write-down = ئێستا کۆدی گەڕاندنەوە وەردەگریت. بینووسە و لە شوێنێکی پارێزراودا هەڵیبگرە.
sync-action-start = ڕازیم، هەڵیبکە
sync-setting-up = یەدەگەکە ئامادە دەکرێت …

## The recovery code, shown once
sync-code-title = کۆدی گەڕاندنەوەی تۆ
sync-code-explain = ئەم کۆدە بنووسە و لە شوێنێکی پارێزراودا هەڵیبگرە. بەم کۆدە دەفتەرەکەت دەبەیت بۆ مۆبایلێکی نوێ. تەنها ئێستا پیشان دەدرێت.
sync-code-label = کۆدی گەڕاندنەوە
sync-code-qr-label = کۆدی گەڕاندنەوە وەک کۆدی QR
sync-action-copy = کۆدەکە کۆپی بکە
sync-code-copied = کۆپی کرا.
sync-action-written-down = نووسیمەوە

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = یەدەگەکەی سەر سێرڤەریش بسڕدرێتەوە؟ دەفتەرەکەت لەسەر ئەم مۆبایلە دەمێنێتەوە.
sync-action-off-keep = بیکوژێنەوە، یەدەگەکە بهێڵەوە
sync-action-off-delete = بیکوژێنەوە و یەدەگەکە بسڕەوە
sync-off-deleted = یەدەگەکەی سەر سێرڤەر سڕایەوە.
sync-off-kept = کوژایەوە. یەدەگەکەی سەر سێرڤەر دەمێنێتەوە.

## Restoring on another phone
restore-title = گەڕاندنەوە لە یەدەگێکەوە
restore-explain = کۆدی گەڕاندنەوەکەت بنووسە یان کۆدی QRەکەی سکان بکە. ئەوەی ئێستا لەسەر ئەم مۆبایلەیە دەمێنێتەوە.
restore-code-label = کۆدی گەڕاندنەوە
restore-scan-camera = کۆدی QR بە کامێرا سکان بکە
restore-scan-photo = کۆدی QR لە وێنەیەکەوە بخوێنەوە
restore-action = گەڕاندنەوە
restore-working = دەگەڕێندرێتەوە …
restore-done = گەڕێندرایەوە. یەدەگ و هاوکاتکردن هەڵکراوە.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = کۆدەکە لە جیاتی { $expected } پیت، { $found } پیتی هەیە. تکایە بیپشکنە.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = پیتی «{ $character }» هەرگیز لە کۆدی گەڕاندنەوەدا نییە. تکایە کۆدەکە بپشکنە.
error-sync-code-typo = هەڵەیەکی نووسین لە کۆدەکەدا هەیە. تکایە بیپشکنە.
error-sync-code-foreign = ئەم کۆدی QR کۆدی گەڕاندنەوە نییە.
error-sync-open-failed = زانیارییەکانی سێرڤەر نەکرانەوە.
error-sync-wire-truncated = وەڵامی سێرڤەر تەواو نییە. دواتر دووبارە هەوڵ دەدرێتەوە.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = ئەم زانیارییانە لە وەشانێکی نوێتری Begleitheft هاتوون (فۆرماتی { $version }). ئەپەکە نوێ بکەرەوە.
error-sync-wire-malformed = وەڵامی سێرڤەر تێکچووە.
error-sync-wire-too-large = زانیارییەکان بۆ سێرڤەر زۆر گەورەن.
error-sync-damaged = زانیارییەکانی یەدەگەکە تێکچوون.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = ئەم یەدەگە لە وەشانێکی نوێتری Begleitheft هاتووە. ئەپەکە نوێ بکەرەوە.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    کاتژمێری ئامێرێکی تر { $hours ->
        [one] { $hours } کاتژمێر
       *[other] { $hours } کاتژمێر
    } لە پێشەوەیە. تکایە بەروار و کات بپشکنە.
sync-error-no-backup = بۆ ئەم کۆدە هیچ یەدەگێک نەدۆزرایەوە.
sync-error-network = ناگەیت بە سێرڤەر. تکایە دواتر دووبارە هەوڵ بدەرەوە.
sync-error-server = سێرڤەر کێشەی هەیە. دواتر دووبارە هەوڵ دەدرێتەوە.
sync-error-busy = ئێستا داواکاری زۆرە. بەم زووانە دووبارە هەوڵ دەدرێتەوە.
sync-error-damaged = زانیارییەکانی سێرڤەر نەخوێنرانەوە.
sync-error-too-large = گۆڕانکارییەکان بۆ سێرڤەر زۆر گەورەن.
sync-error-unsupported = ئەم وێبگەڕە ناتوانێت شفرە بکات.
