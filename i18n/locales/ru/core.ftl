### App-wide messages: product name, language switch, states every screen can show.

app-title = Begleitheft
app-subtitle = Мой путь в Германии

language-switch-label = Язык
    .aria-label = Выбери язык приложения

loading = Загрузка …
error-generic = Что-то пошло не так. Попробуй ещё раз.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = Кто добавил: { $name }

part-load-failed = Эта часть приложения ещё не загружена. Подключитесь к интернету и попробуйте ещё раз.
action-try-again = Попробовать ещё раз
