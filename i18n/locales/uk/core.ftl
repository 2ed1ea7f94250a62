### App-wide messages: product name, language switch, states every screen can show.

app-title = Begleitheft
app-subtitle = Мій шлях у Німеччині

language-switch-label = Мова
    .aria-label = Вибери мову застосунку

loading = Завантаження …
error-generic = Щось пішло не так. Спробуй ще раз.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } запис
        [few] { $count } записи
        [many] { $count } записів
       *[other] { $count } запису
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = Хто додав: { $name }

part-load-failed = Ця частина застосунку ще не завантажена. Підключіться до інтернету і спробуйте ще раз.
action-try-again = Спробувати ще раз
