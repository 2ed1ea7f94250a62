### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Pashto. Short sentences and common words, "تاسو" as in app.ftl.

## Share by link (on the share screen)
link-share-option = د لینک په مرسته شریکول
link-share-option-explain = هغه کس یو لینک یا QR کوډ ترلاسه کوي. توکي په سرور کې رمز شوي ساتل کېږي. کلي یوازې په لینک کې ده. تاسو هر وخت لینک لغوه کولای شئ.
link-share-pin = PIN (له 4 تر 8 عددونو، اختیاري)
link-share-pin-hint = PIN په لوړ غږ ووایئ. PIN په لینک او QR کوډ کې نشته.
link-share-expiry = څو ورځې اعتبار ولري؟ (له 1 تر 90)
link-share-live = ژوندی: هغه کس وروستي بدلونونه هم ویني.
link-share-writable = هغه کس توکي وړاندیز کولای شي. تاسو هر یو منئ یا یې ردوئ.
link-share-summary-live = هغه کس په دې توکو کې وروستي بدلونونه هم ویني.
link-share-summary-fixed = هغه کس توکي داسې ویني لکه اوس چې دي.
link-share-summary-pin = د پرانیستلو لپاره PIN ته اړتیا ده.
link-share-summary-no-pin = هر څوک چې لینک لري، پرانیستلای یې شي.
link-share-summary-writable = هغه کس توکي وړاندیز کولای شي. ستاسو له «هو» پرته هېڅ شی نه بدلېږي.
link-share-summary-server = توکي په سرور کې رمز شوي ساتل کېږي. تاسو ګورئ چې لینک کله پرانیستل شو.
link-share-create = لینک جوړ کړئ
link-share-creating = لینک جوړېږي …
link-share-done-title = ستاسو لینک
link-share-qr-label = لینک د QR کوډ په بڼه
link-share-url-label = لینک
link-share-copy = لینک کاپي کړئ
link-share-copied = کاپي شو.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = دا PIN په لوړ غږ ووایئ: { $pin }
link-share-error-pin = PIN له 4 تر 8 عددونه لري، یوازې عددونه.
link-share-error-expiry = له 1 تر 90 ورځو وټاکئ.
link-share-error-offline = له سرور سره اړیکه نشته. هېڅ شی شریک نه شو. وروسته بیا هڅه وکړئ.
link-share-error-server = سرور لینک ونه مانه. هېڅ شی شریک نه شو.
link-share-error-busy = ډېرې هڅې. لږ صبر وکړئ او بیا هڅه وکړئ.
link-share-error-too-large = دا د یوه لینک لپاره ډېر دی. لږ توکي وټاکئ.
link-share-error-unsupported = دا براوزر لینک نه شي جوړولای.
link-share-error-gone = دا لینک نور په سرور کې نشته.
link-share-error-crypto = توکي رمز نه شول.

## The list of shared links (Settings → Shared links)
link-list-title = شریک شوي لینکونه
link-list-explain = دلته هر هغه لینک وینئ چې تاسو شریک کړی: څه ښيي، تر کله، او چا پرانیستی.
link-list-open = شریک شوي لینکونه وګورئ
link-list-none = تاسو تر اوسه هېڅ لینک نه دی شریک کړی.
link-list-refresh = تازه کول
link-list-state-active = فعال
link-list-state-revoked = لغوه شوی
link-list-state-expired = موده یې پای ته رسېدلې
link-list-state-disabled = بند شوی: ډېر ځله غلط PIN
link-list-state-unknown = حالت نامعلوم (اړیکه نشته)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = تر { $date } پورې اعتبار لري
link-list-pin-yes = له PIN سره
link-list-pin-no = بې له PIN
link-list-live = ژوندی
link-list-may-add = توکي وړاندیز کولای شي
link-list-access-title = پرانیستل شوی
link-list-access-none = تر اوسه هېچا دا لینک نه دی پرانیستی.
link-list-access-anonymous = بې نومه
link-list-revoke = لغوه کول
link-list-revoke-question = دا لینک لغوه شي؟ له هغې وروسته یې هېڅوک نه شي پرانیستلای. دا بېرته نه شي کېدای.
link-list-revoke-confirm = هو، لغوه یې کړئ
link-list-revoked = لینک لغوه شو.
link-list-error-offline = له سرور سره اړیکه نشته. لینک لا نه دی لغوه شوی. وروسته بیا هڅه وکړئ.
link-list-error-server = سرور هغسې ځواب ورنه کړ لکه چې تمه وه. لینک لا نه دی لغوه شوی.
# Variables:
#   $what (String) - what the link shares, e.g. "2 هدفونه له 5 ګامونو سره".
link-list-row-label = لینک: { $what }

## Proposals from advisors (on Home)
inbox-title = وړاندیزونه
inbox-explain = هغه کسان چې تاسو ورسره لینک شریک کړی، توکي وړاندیز کوي. ستاسو له «هو» پرته هېڅ شی نه بدلېږي.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } وړاندیز کوي: { $what }
inbox-someone = یو څوک
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = ګام «{ $step }» په هدف «{ $goal }» کې
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = ملاقات په { $date }، { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = ملاقات په { $date }
inbox-accept = منل
inbox-reject = ردول
inbox-stale = دا وړاندیز نور سم نه دی: هدف نور نشته. تاسو یې ردولای شئ.
inbox-unreadable = دا وړاندیز نه شي لوستل کېدای. تاسو یې ردولای شئ.
inbox-accepted = ومنل شو او ستاسو کتابچې ته زیات شو.
inbox-rejected = رد شو.

## The consent log (Settings)
consent-channel-offline-qr = بې انټرنېټه QR کوډ
consent-channel-link = د لینک په مرسته
consent-channel-link-revoked = لینک لغوه شو
