### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Turkish. Advisors are addressed with "siz".

## Opening a shared link
link-view-title = Paylaşılan kayıtlar
link-view-loading = Paylaşılan kayıtlar yükleniyor …
link-view-label = Adınız ve kurumunuz (isteğe bağlı)
link-view-label-hint = Kişi, bağlantıyı kimin açtığını görür. Bu tarayıcı bu bilgiyi hatırlar.
link-view-pin = PIN
link-view-pin-hint = Kişi PIN'i size söyler. PIN bağlantıda yoktur.
link-view-pin-submit = Aç
link-view-pin-required = Bu bağlantı bir PIN ile korunuyor.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] Yanlış PIN. { $count } deneme hakkı kaldı.
       *[other] Yanlış PIN. { $count } deneme hakkı kaldı.
    }
link-view-gone = Bu paylaşım artık yok.
link-view-gone-hint = Belki iptal edildi ya da süresi doldu. Kişiden yeni bir bağlantı isteyin.
link-view-offline = Sunucuya bağlantı yok. Bağlantınızı kontrol edin ve tekrar deneyin.
link-view-retry = Tekrar dene
link-view-busy = Çok fazla deneme. Lütfen biraz bekleyin, sonra tekrar deneyin.
link-view-error = Sunucu beklendiği gibi cevap vermedi. Lütfen daha sonra tekrar deneyin.
link-view-unsupported = Bu tarayıcı paylaşılan bağlantıları açamıyor.
link-view-unreadable = Paylaşılan kayıtların şifresi çözülemiyor. Belki bağlantı eksik. Yeni bir bağlantı isteyin.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Son geçerlilik günü: { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Son değişiklik: { $date }
link-view-reload = Yeniden yükle
link-view-side-by-side = Yanında ikinci bir dil göster
link-view-empty = Bu bağlantıda hiçbir şey paylaşılmamış.
link-view-not-stored = Kayıtlar bu cihaza kaydedilmez.
link-view-advisor-login = Danışman olarak giriş yap
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Açan: { $who }.

## Proposing entries (only when the owner allows it)
propose-title = Kayıt öner
propose-explain = Önerinizi alıp almayacağına kişi karar verir.
propose-step = Adım öner
propose-step-goal = Hangi hedef için?
propose-step-done = Yapıldığı gün (henüz açıksa boş bırakın)
propose-step-submit = Adımı öner
propose-appointment = Randevu öner
propose-appointment-submit = Randevuyu öner
propose-sending = Gönderiliyor …
propose-sent = Gönderildi. Kişi, öneriyi alıp almayacağına karar verir.
propose-need-name = Önerinin kimden geldiğini kişinin bilmesi için yukarıya adınızı ya da kurumunuzu yazın.
propose-need-step = Listeden bir adım seçin ya da bir adım yazın.
propose-need-date = Bir gün seçin.
propose-error-not-writable = Bu bağlantıda öneri yapılamaz.

## The advisor's login and workspace
advisor-title = Danışmanlar için
advisor-login-explain = Danışman hesabıyla açtığınız tüm bağlantıları tek bir yerde bulursunuz. Anahtarlar bu tarayıcıda kalır.
advisor-email = E-posta
advisor-password = Şifre
advisor-login = Giriş yap
advisor-logging-in = Giriş yapılıyor …
advisor-bad-login = E-posta ya da şifre yanlış.
advisor-logout = Çıkış yap
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Giriş yapan: { $who }.
advisor-session-expired = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
advisor-workspace-title = Açılan bağlantılar
advisor-workspace-explain = Açtığınız ve hâlâ geçerli olan paylaşımlar.
advisor-workspace-none = Henüz geçerli bir paylaşım açmadınız.
advisor-workspace-refresh = Yenile
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Açıldığı gün: { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Son geçerlilik günü: { $date }
advisor-workspace-open = Aç
advisor-workspace-elsewhere = Başka bir cihazda açıldı: Anahtar bu tarayıcıda değil.
advisor-workspace-untitled = Paylaşılan kayıtlar
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Aç: { $label }
advisor-error-offline = Sunucuya bağlantı yok. Lütfen tekrar deneyin.
advisor-error-busy = Çok fazla deneme. Lütfen biraz bekleyin, sonra tekrar deneyin.
advisor-error-server = Sunucu beklendiği gibi cevap vermedi. Lütfen daha sonra tekrar deneyin.
