### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Turkish. Short sentences and common words, "sen".

## Share by link (on the share screen)
link-share-option = Bağlantı ile paylaş
link-share-option-explain = Kişi bir bağlantı ya da QR kod alır. Kayıtlar sunucuda şifreli olarak durur. Anahtar sadece bağlantının içindedir. Bağlantıyı istediğin zaman iptal edebilirsin.
link-share-pin = PIN (4 ile 8 rakam arası, isteğe bağlı)
link-share-pin-hint = PIN'i sesli söyle. PIN bağlantıda ve QR kodda yoktur.
link-share-expiry = Kaç gün geçerli olsun? (1 ile 90 arası)
link-share-live = Canlı: Kişi sonraki değişiklikleri de görür.
link-share-writable = Kişi kayıt önerebilir. Her birini sen kabul eder ya da reddedersin.
link-share-summary-live = Kişi bu kayıtlardaki sonraki değişiklikleri de görür.
link-share-summary-fixed = Kişi kayıtları şu anki halleriyle görür.
link-share-summary-pin = Açmak için PIN gerekir.
link-share-summary-no-pin = Bağlantısı olan herkes açabilir.
link-share-summary-writable = Kişi kayıt önerebilir. Sen “evet” demeden hiçbir şey değişmez.
link-share-summary-server = Kayıtlar sunucuda şifreli olarak durur. Bağlantının ne zaman açıldığını görürsün.
link-share-create = Bağlantı oluştur
link-share-creating = Bağlantı oluşturuluyor …
link-share-done-title = Bağlantın
link-share-qr-label = QR kod olarak bağlantı
link-share-url-label = Bağlantı
link-share-copy = Bağlantıyı kopyala
link-share-copied = Kopyalandı.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Bu PIN'i sesli söyle: { $pin }
link-share-error-pin = PIN 4 ile 8 rakamdan oluşur, sadece rakam.
link-share-error-expiry = 1 ile 90 gün arası seç.
link-share-error-offline = Sunucuya bağlantı yok. Hiçbir şey paylaşılmadı. Daha sonra tekrar dene.
link-share-error-server = Sunucu bağlantıyı kabul etmedi. Hiçbir şey paylaşılmadı.
link-share-error-busy = Çok fazla deneme. Biraz bekle, sonra tekrar dene.
link-share-error-too-large = Bu, bir bağlantı için çok fazla. Daha az kayıt seç.
link-share-error-unsupported = Bu tarayıcı bağlantı oluşturamıyor.
link-share-error-gone = Bu bağlantı artık sunucuda yok.
link-share-error-crypto = Kayıtlar şifrelenemedi.

## The list of shared links (Settings → Shared links)
link-list-title = Paylaşılan bağlantılar
link-list-explain = Burada paylaştığın her bağlantıyı görürsün: ne gösterdiğini, ne zamana kadar geçerli olduğunu ve kimin açtığını.
link-list-open = Paylaşılan bağlantılara bak
link-list-none = Henüz hiç bağlantı paylaşmadın.
link-list-refresh = Yenile
link-list-state-active = Etkin
link-list-state-revoked = İptal edildi
link-list-state-expired = Süresi doldu
link-list-state-disabled = Engellendi: çok sık yanlış PIN
link-list-state-unknown = Durum bilinmiyor (bağlantı yok)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Son geçerlilik günü: { $date }
link-list-pin-yes = PIN ile
link-list-pin-no = PIN olmadan
link-list-live = Canlı
link-list-may-add = Kayıt önerebilir
link-list-access-title = Açılma
link-list-access-none = Bu bağlantıyı henüz kimse açmadı.
link-list-access-anonymous = isimsiz
link-list-revoke = İptal et
link-list-revoke-question = Bu bağlantı iptal edilsin mi? Sonra kimse onu açamaz. Bu geri alınamaz.
link-list-revoke-confirm = Evet, iptal et
link-list-revoked = Bağlantı iptal edildi.
link-list-error-offline = Sunucuya bağlantı yok. Bağlantı henüz iptal edilmedi. Daha sonra tekrar dene.
link-list-error-server = Sunucu beklendiği gibi cevap vermedi. Bağlantı henüz iptal edilmedi.
# Variables:
#   $what (String) - what the link shares, e.g. "5 adımlı 2 hedef".
link-list-row-label = Bağlantı: { $what }

## Proposals from advisors (on Home)
inbox-title = Öneriler
inbox-explain = Bağlantı paylaştığın kişiler kayıt öneriyor. Sen “evet” demeden hiçbir şey değişmez.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } öneriyor: { $what }
inbox-someone = Biri
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = “{ $goal }” hedefinde “{ $step }” adımı
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = randevu: { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = randevu: { $date }
inbox-accept = Kabul et
inbox-reject = Reddet
inbox-stale = Bu öneri artık uymuyor: Hedef artık yok. Öneriyi reddedebilirsin.
inbox-unreadable = Bu öneri okunamıyor. Öneriyi reddedebilirsin.
inbox-accepted = Kabul edildi ve Begleitheft'ine eklendi.
inbox-rejected = Reddedildi.

## The consent log (Settings)
consent-channel-offline-qr = Çevrimdışı QR kod
consent-channel-link = Bağlantı ile
consent-channel-link-revoked = Bağlantı iptal edildi
