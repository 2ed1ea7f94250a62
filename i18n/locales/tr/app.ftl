### The app's screens. Short sentences and common words.

## Navigation
nav-label = Ana menü
nav-home = Ana sayfa
nav-appointments = Randevular
nav-contacts = Kişiler
nav-profile = Profil
nav-settings = Ayarlar
not-found-title = Bu sayfa yok.

## Actions (one vocabulary in every language)
action-add = Ekle
action-add-goal = Hedef ekle
action-add-step = Adım ekle
action-add-contact = Kişi ekle
action-add-appointment = Randevu ekle
action-save = Kaydet
action-cancel = İptal
action-edit = Değiştir
action-delete = Sil
action-back = Geri
action-undo = Geri al
action-dismiss = Kapat
action-update = Şimdi güncelle
action-export = Dışa aktar
action-import = İçe aktar
action-import-confirm = Evet, değiştir
action-print = Yazdır
action-delete-goal = Hedefi sil
# Variables:
#   $title (String) - the entry's title or name.
action-delete-named = Sil: { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-edit-named = Değiştir: { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-move-up = Yukarı taşı: { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-move-down = Aşağı taşı: { $title }

## Home
home-next-appointment = Sonraki randevu
home-no-appointment = Planlanmış randevu yok.
home-goals = Hedeflerim
home-no-goals = Henüz hedef yok. Bir hedefle başla.
home-quick-add = Hızlı ekle

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } / { $total } adım
       *[other] { $done } / { $total } adım
    }
# Variables:
#   $date (String) - the target date, formatted.
goal-target = Hedef tarihi: { $date }
goal-status = Durum
goal-target-date = Hedef tarihi (varsa)
goal-steps = Adımlar
goal-no-steps = Henüz adım yok.
goal-not-found = Bu hedef artık yok.
goal-deleted = Hedef silindi.
goal-field = Alan
goal-title = Hedef
goal-free-title = Kendi hedefim
goal-with-typical-steps = Olağan adımları da hemen ekle
catalog-search = Hedef ara
step-from-catalog = Listeden adım
step-typical = Bu hedef için olağan adımlar
step-all = Tüm adımlar
step-or-free = Ya da kendi sözlerinle
step-date = Tarih
step-is-done = Zaten yapıldı
step-note = Not
step-deleted = Adım silindi.
# Variables:
#   $date (String) - the day it was done, formatted.
step-done-on = yapıldı: { $date }
# Variables:
#   $date (String) - the planned day, formatted.
step-planned-for = planlanan tarih: { $date }
# Variables:
#   $title (String) - the step's title.
step-mark-done = Yapıldı: { $title }

## Contacts
contacts-title = Kişiler
contacts-empty = Henüz kişi yok.
contact-organisation = Kurum veya kuruluş
contact-role = Görevi
contact-role-free = Ya da görevi kendi sözlerinle
contact-person = İlgili kişi
contact-phone = Telefon
contact-email = E-posta
contact-address = Adres
contact-opening-hours = Çalışma saatleri
contact-note = Not
contact-deleted = Kişi silindi.
# Variables:
#   $name (String) - the organisation.
contact-call = Ara: { $name }
# Variables:
#   $name (String) - the organisation.
contact-write = E-posta yaz: { $name }

## Appointments
appointments-upcoming = Gelecek randevular
appointments-past = Geçmiş randevular
appointments-none-upcoming = Gelecek randevu yok.
appointment-date = Gün
appointment-time = Saat
appointment-place = Yer
appointment-purpose = Ne hakkında?
appointment-purpose-free = Ya da kendi sözlerinle
appointment-with = Kiminle?
appointment-with-nobody = (kimse seçilmedi)
appointment-bring = Yanına al
appointment-deleted = Randevu silindi.

## Profile
profile-title = Profilim
profile-name = Ad (takma ad da olur)
profile-languages = Dillerim
profile-language = Dil
profile-level = Ne kadar iyi?
profile-qualifications = Okul, meslek eğitimi, üniversite
profile-qualification-kind = Tür
profile-qualification-title = Diploma
profile-qualification-country = Ülke (iki harf, ör. SY)
profile-qualification-recognition = Almanya'da denklik (Anerkennung)
profile-work = İş deneyimi
profile-interests = İlgi alanları ve istekler

## Settings
settings-title = Ayarlar
storage-title = Bu cihazdaki kayıt alanı
storage-explain = Begleitheft'in sadece bu telefonda kayıtlı. Başka kimse onu göremez.
storage-persisted-yes = Tarayıcı verileri kalıcı olarak saklıyor.
storage-persisted-no = Bellek dolunca tarayıcı verileri silebilir. Düzenli olarak dışa aktar.
storage-persisted-unknown = Verilerin kalıcı olarak kalıp kalamayacağı henüz sorulmadı.
storage-ask-persist = Kalıcı olarak sakla
export-title = Dışa aktar
export-explain = Bütün Begleitheft'ini bir dosya olarak kaydet. Böylece bir yedeğin olur.
export-never = Henüz hiç dışa aktarılmadı.
# Variables:
#   $date (String) - the day of the last export, formatted.
export-last = Son dışa aktarma: { $date }
export-error = Dosya oluşturulamadı.
import-title = İçe aktar
import-explain = Dışa aktarılmış bir dosyadan Begleitheft yükle. Dosya önce kontrol edilir.
import-error-unreadable = Bu dosya okunamıyor.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    Bu dosya Begleitheft'ini ({ $current ->
        [one] { $current } kayıt
       *[other] { $current } kayıt
    }) silip yerine { $incoming ->
        [one] { $incoming } kayıt
       *[other] { $incoming } kayıt
    } koyar.
import-done = İçe aktarma bitti.
print-title = Yazdır
update-available = Yeni bir sürüm var.

## Storage errors
storage-error-open = Bu tarayıcıda kayıt yapılamıyor. Begleitheft'i gizli modda açma.
storage-error-read = Veriler okunamadı. Sayfayı yeniden yükle.
storage-error-write = Bu kaydedilmedi. Lütfen tekrar dene.
storage-error-quota = Bellek dolu. Bu kaydedilmedi. Telefonda yer aç.
storage-error-corrupt = Kayıtlı veriler bozuk. Son dışa aktardığın dosyayı içe aktar.

## Side by side
action-side-by-side = Yan yana
side-by-side-title = İki dil yan yana
side-by-side-second-language = İkinci dil
side-by-side-choose = Hangi hedefler gösterilsin?
side-by-side-bring = Yanında getir: { $what }
storage-error-blocked = Begleitheft başka bir sekmede hâlâ açık. Diğer sekmeleri kapat ve sayfayı yenile.

## Sharing by QR code
action-share = Paylaş
share-title = QR kod ile paylaş
share-choose = Karşındaki kişi neleri görebilir? Seç.
share-all-goals = Tüm hedefler
share-all-contacts = Tüm kişiler
share-all-appointments = Tüm randevular
share-duration = Ne kadar süre?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    }
share-recipient = Kimin için? (sadece senin için, isteğe bağlı)
share-nothing = En az bir kayıt seç.
share-sees = Kodu tarayan kişi şunları görür:
share-not = Görmez:
share-not-profile = profilin
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } hedef
       *[other] { $goals } hedef
    } ve { $steps ->
        [one] { $steps } adım
       *[other] { $steps } adım
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } kişi
       *[other] { $count } kişi
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } randevu
       *[other] { $count } randevu
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } başka hedef
       *[other] { $count } başka hedef
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } başka kişi
       *[other] { $count } başka kişi
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } başka randevu
       *[other] { $count } başka randevu
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = Son gün: { $date }.
action-show-qr = QR kodu göster
share-too-big = Bu, bir QR kod için çok fazla. Lütfen daha az şey seç.
share-qr-label = Taranacak QR kod
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Son geçerlilik günü: { $date }
action-done = Tamam
consent-title = Şimdiye kadar paylaşılanlar
consent-none = Henüz hiçbir şey paylaşılmadı.

## Viewing a shared booklet
viewer-title = Seninle paylaşıldı
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = Paylaşım günü: { $date }. Son geçerlilik günü: { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Bu kodun süresi doldu (son geçerlilik günü: { $date }). Kişiden yeni bir kod iste.
viewer-not-stored = Bunların hiçbiri cihazına kaydedilmez.
action-close-share = Kapat

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Paylaşmak için en az bir kayıt seç.
share-error-unknown-entry = Seçtiğin bir kayıt artık yok.
share-error-expiry-out-of-range = Bir kod en fazla 90 gün geçerlidir.
share-error-issue-out-of-range = Bu telefondaki tarih yanlış görünüyor.
share-error-invalid-entry = Seçtiğin bir kayıt bu şekilde paylaşılamaz.
share-error-selection-too-large = Bu, bir QR kod için çok fazla. Lütfen daha az şey seç.
share-error-truncated = Bu kod eksik. Tekrar tara.
share-error-damaged = Bu kod bozuk ya da değiştirilmiş. Yeni bir kod iste.
share-error-unknown-version = Bu kod, Begleitheft'in daha yeni bir sürümünden geliyor. Uygulamayı güncelle.
share-error-bad-alphabet = Bu kod bozuk. Yeni bir kod iste.
share-error-too-large = Bu kod bir Begleitheft için çok büyük.
share-error-foreign-covid = Bu bir aşı sertifikası, paylaşılan bir Begleitheft değil.
share-error-foreign-shc = Bu bir sağlık kartı (SMART Health Card), paylaşılan bir Begleitheft değil.
share-error-foreign-url = Bu QR kod başka bir web sitesine gidiyor, Begleitheft'e değil.
share-error-foreign = Bu QR kod paylaşılan bir Begleitheft değil.
share-error-expired = Bu kodun süresi doldu. Yeni bir kod iste.

## Scanning
action-scan = Tara
scan-title = QR kodu tara
scan-camera = Kamerayı kullan
scan-photo = Fotoğraftan oku
scan-looking = QR kod aranıyor … Kamerayı sabit tut.
scan-camera-denied = Kameraya izin verilmedi. Tarayıcı ayarlarından izin ver ya da kodu bir fotoğraftan oku.
scan-camera-absent = Kamera bulunamadı. Kodu bir fotoğraftan oku.
scan-photo-unreadable = Bu fotoğraf okunamıyor.
scan-nothing-found = Fotoğrafta QR kod görünmüyor. Daha net bir fotoğraf dene.

sync-action-restore = Yedekten geri yükle
sync-status-off = Yedekleme ve eşitleme kapalı.
sync-status-synced = Her şey yedeklendi.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } değişiklik eşitlenmeyi bekliyor.
       *[other] { $count } değişiklik eşitlenmeyi bekliyor.
    }
sync-status-offline = İnternet yok. Değişikliklerin sonra gönderilecek.
sync-status-error = Eşitlemede bir sorun var.
# Variables:
#   $status (String) - the status sentence, e.g. "Her şey yedeklendi."
sync-indicator-label = Eşitleme: { $status }
restore-hint = Daha önce başka bir telefonda bir Begleitheft yedekledin mi?
