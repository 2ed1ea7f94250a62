### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Ukrainian. Short sentences and common words. "код відновлення" is the one name for the recovery code.

## Settings section
sync-title = Резервна копія і синхронізація
sync-explain = Зашифрована копія твого Begleitheft на сервері. Так нічого не загубиться, і ти можеш користуватися ним на кількох телефонах.
sync-action-turn-on = Увімкнути резервну копію і синхронізацію
sync-action-turn-off = Вимкнути
sync-action-now = Синхронізувати зараз

## Before turning it on
sync-intro-title = Перш ніж увімкнути
sync-intro-encrypted = Тільки зашифровані дані виходять із цього телефона. Сервер не може їх прочитати.
sync-intro-code = Без коду відновлення (Wiederherstellungscode) ніхто не може відновити резервну копію — навіть ми.
sync-intro-write-down = Зараз ти отримаєш код відновлення. Запиши його і зберігай у надійному місці.
sync-action-start = Добре, увімкнути
sync-setting-up = Резервна копія налаштовується …

## The recovery code, shown once
sync-code-title = Твій код відновлення
sync-code-explain = Запиши цей код і зберігай його в надійному місці. З ним ти перенесеш свій Begleitheft на новий телефон. Код показано тільки зараз.
sync-code-label = Код відновлення
sync-code-qr-label = Код відновлення як QR-код
sync-action-copy = Скопіювати код
sync-code-copied = Скопійовано.
sync-action-written-down = Код записано

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Видалити й резервну копію на сервері? Твій Begleitheft залишиться на цьому телефоні.
sync-action-off-keep = Вимкнути, залишити резервну копію
sync-action-off-delete = Вимкнути і видалити резервну копію
sync-off-deleted = Резервну копію на сервері видалено.
sync-off-kept = Вимкнено. Резервна копія на сервері залишається.

## Restoring on another phone
restore-title = Відновити з резервної копії
restore-explain = Введи свій код відновлення або скануй його QR-код. Те, що вже є на цьому телефоні, залишиться.
restore-code-label = Код відновлення
restore-scan-camera = Сканувати QR-код камерою
restore-scan-photo = Прочитати QR-код із фото
restore-action = Відновити
restore-working = Відновлення …
restore-done = Відновлено. Резервна копія і синхронізація увімкнені.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Символів у коді: { $found }, а має бути { $expected }. Перевір його.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Символу «{ $character }» ніколи немає в кодах відновлення. Перевір код.
error-sync-code-typo = У коді є помилка. Перевір його.
error-sync-code-foreign = Цей QR-код — не код відновлення.
error-sync-open-failed = Не вдалося відкрити дані із сервера.
error-sync-wire-truncated = Відповідь сервера неповна. Синхронізація спробує ще раз пізніше.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Дані з новішої версії Begleitheft (формат { $version }). Онови застосунок.
error-sync-wire-malformed = Відповідь сервера пошкоджена.
error-sync-wire-too-large = Дані завеликі для сервера.
error-sync-damaged = Дані резервної копії пошкоджені.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = Резервна копія з новішої версії Begleitheft. Онови застосунок.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    Годинник іншого пристрою поспішає на { $hours ->
        [one] { $hours } годину
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } години
    }. Перевір дату і час.
sync-error-no-backup = Для цього коду не знайдено резервної копії.
sync-error-network = Сервер недоступний. Спробуй ще раз пізніше.
sync-error-server = На сервері проблема. Синхронізація спробує ще раз пізніше.
sync-error-busy = Зараз забагато запитів. Синхронізація скоро спробує ще раз.
sync-error-damaged = Не вдалося прочитати дані із сервера.
sync-error-too-large = Зміни завеликі для сервера.
sync-error-unsupported = Цей браузер не вміє шифрувати.
