### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Turkish. Short sentences and common words. "kurtarma kodu" is the one name for the recovery code.

## Settings section
sync-title = Yedekleme ve eşitleme
sync-explain = Begleitheft'inin şifreli bir kopyası sunucuda. Böylece hiçbir şey kaybolmaz ve onu birden fazla telefonda kullanabilirsin.
sync-action-turn-on = Yedekleme ve eşitlemeyi aç
sync-action-turn-off = Kapat
sync-action-now = Şimdi eşitle

## Before turning it on
sync-intro-title = Açmadan önce
sync-intro-encrypted = Bu telefondan sadece şifreli veriler çıkar. Sunucu onları okuyamaz.
sync-intro-code = Kurtarma kodu (Wiederherstellungscode) olmadan kimse yedeği geri yükleyemez, biz de yükleyemeyiz.
sync-intro-write-down = Birazdan bir kurtarma kodu alacaksın. Onu bir yere yaz ve iyi sakla.
sync-action-start = Kabul ediyorum, aç
sync-setting-up = Yedekleme hazırlanıyor …

## The recovery code, shown once
sync-code-title = Kurtarma kodun
sync-code-explain = Bu kodu yaz ve güvenli bir yerde sakla. Onunla Begleitheft'ini yeni bir telefona taşırsın. Kod sadece şimdi gösteriliyor.
sync-code-label = Kurtarma kodu
sync-code-qr-label = QR kodu olarak kurtarma kodu
sync-action-copy = Kodu kopyala
sync-code-copied = Kopyalandı.
sync-action-written-down = Yazdım

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Sunucudaki yedek de silinsin mi? Begleitheft'in bu telefonda kalır.
sync-action-off-keep = Kapat, yedeği sakla
sync-action-off-delete = Kapat ve yedeği sil
sync-off-deleted = Sunucudaki yedek silindi.
sync-off-kept = Kapatıldı. Sunucudaki yedek duruyor.

## Restoring on another phone
restore-title = Yedekten geri yükle
restore-explain = Kurtarma kodunu yaz ya da onun QR kodunu tara. Bu telefonda zaten olanlar kalır.
restore-code-label = Kurtarma kodu
restore-scan-camera = QR kodunu kamerayla tara
restore-scan-photo = QR kodunu fotoğraftan oku
restore-action = Geri yükle
restore-working = Geri yükleniyor …
restore-done = Geri yüklendi. Yedekleme ve eşitleme açık.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Kodda { $expected } yerine { $found } karakter var. Lütfen kontrol et.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Kurtarma kodlarında “{ $character }” karakteri hiç yoktur. Lütfen kodu kontrol et.
error-sync-code-typo = Kodda bir yazım hatası var. Lütfen kontrol et.
error-sync-code-foreign = Bu QR kodu bir kurtarma kodu değil.
error-sync-open-failed = Sunucudan gelen veriler açılamadı.
error-sync-wire-truncated = Sunucunun cevabı eksik. Daha sonra tekrar denenecek.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Veriler Begleitheft'in daha yeni bir sürümünden geliyor (biçim { $version }). Uygulamayı güncelle.
error-sync-wire-malformed = Sunucunun cevabı bozuk.
error-sync-wire-too-large = Veriler sunucu için çok büyük.
error-sync-damaged = Yedeğin verileri bozuk.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = Yedek, Begleitheft'in daha yeni bir sürümünden geliyor. Uygulamayı güncelle.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    Başka bir cihazın saati { $hours ->
        [one] { $hours } saat
       *[other] { $hours } saat
    } ileri. Lütfen tarihi ve saati kontrol et.
sync-error-no-backup = Bu kod için yedek bulunamadı.
sync-error-network = Sunucuya ulaşılamıyor. Lütfen daha sonra tekrar dene.
sync-error-server = Sunucuda bir sorun var. Daha sonra tekrar denenecek.
sync-error-busy = Şu an çok fazla istek var. Birazdan tekrar denenecek.
sync-error-damaged = Sunucudan gelen veriler okunamadı.
sync-error-too-large = Değişiklikler sunucu için çok büyük.
sync-error-unsupported = Bu tarayıcı şifreleme yapamıyor.
