### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Sorani. Short sentences and common words, "تۆ".

## Share by link (on the share screen)
link-share-option = هاوبەشکردن بە لینک
link-share-option-explain = ئەو کەسە لینکێک یان کۆدێکی QR وەردەگرێت. بابەتەکان بە شفرەکراوی لەسەر سێرڤەرن. کلیلەکە تەنها لە ناو لینکەکەدایە. هەر کاتێک بتەوێت دەتوانیت لینکەکە هەڵبوەشێنیتەوە.
link-share-pin = PIN (4 تا 8 ژمارە، ئارەزوومەندانە)
link-share-pin-hint = PIN بە دەنگی بەرز بڵێ. PIN لە لینکەکەدا نییە و لە کۆدی QRیشدا نییە.
link-share-expiry = چەند ڕۆژ کار بکات؟ (1 تا 90)
link-share-live = ڕاستەوخۆ: ئەو کەسە گۆڕانکارییەکانی دواتریش دەبینێت.
link-share-writable = ئەو کەسە دەتوانێت بابەت پێشنیار بکات. تۆ هەر یەکێکیان قبووڵ یان ڕەت دەکەیتەوە.
link-share-summary-live = ئەو کەسە گۆڕانکارییەکانی دواتری ئەم بابەتانەش دەبینێت.
link-share-summary-fixed = ئەو کەسە بابەتەکان وەک ئێستا دەبینێت.
link-share-summary-pin = بۆ کردنەوەی، PIN پێویستە.
link-share-summary-no-pin = هەر کەسێک لینکەکەی هەبێت، دەتوانێت بیکاتەوە.
link-share-summary-writable = دەتوانێت بابەت پێشنیار بکات. بێ «بەڵێ»ی تۆ هیچ شتێک ناگۆڕێت.
link-share-summary-server = بابەتەکان بە شفرەکراوی لەسەر سێرڤەرن. تۆ دەبینیت لینکەکە کەی کرایەوە.
link-share-create = دروستکردنی لینک
link-share-creating = لینکەکە دروست دەکرێت …
link-share-done-title = لینکەکەت
link-share-qr-label = لینکەکە وەک کۆدی QR
link-share-url-label = لینک
link-share-copy = لینکەکە کۆپی بکە
link-share-copied = کۆپی کرا.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = ئەم PINە بە دەنگی بەرز بڵێ: { $pin }
link-share-error-pin = PIN لە 4 تا 8 ژمارە پێک دێت، تەنها ژمارە.
link-share-error-expiry = 1 تا 90 ڕۆژ هەڵبژێرە.
link-share-error-offline = پەیوەندی بە سێرڤەرەوە نییە. هیچ شتێک هاوبەش نەکرا. دواتر دووبارە هەوڵ بدەرەوە.
link-share-error-server = سێرڤەر لینکەکەی قبووڵ نەکرد. هیچ شتێک هاوبەش نەکرا.
link-share-error-busy = هەوڵی زۆر. کەمێک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
link-share-error-too-large = ئەمە بۆ یەک لینک زۆرە. بابەتی کەمتر هەڵبژێرە.
link-share-error-unsupported = ئەم وێبگەڕە ناتوانێت لینک دروست بکات.
link-share-error-gone = ئەم لینکە چیتر لەسەر سێرڤەر نییە.
link-share-error-crypto = بابەتەکان شفرە نەکران.

## The list of shared links (Settings → Shared links)
link-list-title = لینکە هاوبەشکراوەکان
link-list-explain = لێرە هەموو ئەو لینکانە دەبینیت کە هاوبەشت کردوون: چی پیشان دەدەن، تا کەی، و کێ کردوونیەتەوە.
link-list-open = بینینی لینکە هاوبەشکراوەکان
link-list-none = هێشتا هیچ لینکێکت هاوبەش نەکردووە.
link-list-refresh = نوێکردنەوە
link-list-state-active = چالاک
link-list-state-revoked = هەڵوەشێنراوەتەوە
link-list-state-expired = ماوەی تەواو بووە
link-list-state-disabled = داخراوە: زۆر جار PINی هەڵە
link-list-state-unknown = دۆخ نەزانراوە (پەیوەندی نییە)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = تا { $date } کار دەکات
link-list-pin-yes = بە PIN
link-list-pin-no = بێ PIN
link-list-live = ڕاستەوخۆ
link-list-may-add = دەتوانێت بابەت پێشنیار بکات
link-list-access-title = کرایەوە
link-list-access-none = هێشتا کەس ئەم لینکەی نەکردووەتەوە.
link-list-access-anonymous = بێ ناو
link-list-revoke = هەڵوەشاندنەوە
link-list-revoke-question = ئەم لینکە هەڵبوەشێنرێتەوە؟ دوای ئەوە کەس ناتوانێت بیکاتەوە. ئەمە ناگەڕێتەوە.
link-list-revoke-confirm = بەڵێ، هەڵیبوەشێنەوە
link-list-revoked = لینکەکە هەڵوەشێنرایەوە.
link-list-error-offline = پەیوەندی بە سێرڤەرەوە نییە. لینکەکە هێشتا هەڵنەوەشێنراوەتەوە. دواتر دووبارە هەوڵ بدەرەوە.
link-list-error-server = سێرڤەر وەک چاوەڕوان دەکرا وەڵامی نەدایەوە. لینکەکە هێشتا هەڵنەوەشێنراوەتەوە.
# Variables:
#   $what (String) - what the link shares, e.g. "2 ئامانج لەگەڵ 5 هەنگاو".
link-list-row-label = لینک: { $what }

## Proposals from advisors (on Home)
inbox-title = پێشنیارەکان
inbox-explain = ئەو کەسانەی لینکت لەگەڵیان هاوبەش کردووە، بابەت پێشنیار دەکەن. بێ «بەڵێ»ی تۆ هیچ شتێک ناگۆڕێت.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } پێشنیار دەکات: { $what }
inbox-someone = کەسێک
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = هەنگاوی «{ $step }» لە ئامانجی «{ $goal }»
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = ژوان لە { $date }، { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = ژوان لە { $date }
inbox-accept = قبووڵکردن
inbox-reject = ڕەتکردنەوە
inbox-stale = ئەم پێشنیارە چیتر گونجاو نییە: ئامانجەکە چیتر نییە. دەتوانیت ڕەتی بکەیتەوە.
inbox-unreadable = ئەم پێشنیارە ناخوێندرێتەوە. دەتوانیت ڕەتی بکەیتەوە.
inbox-accepted = قبووڵ کرا و خرایە ناو دەفتەرەکەت.
inbox-rejected = ڕەت کرایەوە.

## The consent log (Settings)
consent-channel-offline-qr = کۆدی QR بێ ئینتەرنێت
consent-channel-link = بە لینک
consent-channel-link-revoked = لینک هەڵوەشێنرایەوە
