### App-wide messages: product name, language switch, states every screen can show.

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = Almanya'daki yolum

language-switch-label = Dil
    .aria-label = Uygulamanın dilini seç

loading = Yükleniyor …
error-generic = Bir sorun oldu. Lütfen tekrar dene.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } kayıt
       *[other] { $count } kayıt
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = Ekleyen: { $name }

part-load-failed = Uygulamanın bu bölümü henüz yüklenmedi. Lütfen internete bağlanın ve tekrar deneyin.
action-try-again = Tekrar dene
