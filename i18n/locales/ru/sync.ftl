### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Russian. Short sentences and common words. "код восстановления" is the one name for the recovery code.

## Settings section
sync-title = Резервная копия и синхронизация
sync-explain = Зашифрованная копия твоего Begleitheft на сервере. Так ничего не потеряется, и ты можешь пользоваться им на нескольких телефонах.
sync-action-turn-on = Включить резервную копию и синхронизацию
sync-action-turn-off = Выключить
sync-action-now = Синхронизировать сейчас

## Before turning it on
sync-intro-title = Прежде чем включить
sync-intro-encrypted = Только зашифрованные данные покидают этот телефон. Сервер не может их прочитать.
sync-intro-code = Без кода восстановления (Wiederherstellungscode) никто не сможет восстановить резервную копию — даже мы.
sync-intro-write-down = Сейчас ты получишь код восстановления. Запиши его и храни в надёжном месте.
sync-action-start = Хорошо, включить
sync-setting-up = Резервная копия настраивается …

## The recovery code, shown once
sync-code-title = Твой код восстановления
sync-code-explain = Запиши этот код и храни его в надёжном месте. С ним ты перенесёшь свой Begleitheft на новый телефон. Код показан только сейчас.
sync-code-label = Код восстановления
sync-code-qr-label = Код восстановления в виде QR-кода
sync-action-copy = Скопировать код
sync-code-copied = Скопировано.
sync-action-written-down = Код записан

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Удалить и резервную копию на сервере? Твой Begleitheft останется на этом телефоне.
sync-action-off-keep = Выключить, оставить резервную копию
sync-action-off-delete = Выключить и удалить резервную копию
sync-off-deleted = Резервная копия на сервере удалена.
sync-off-kept = Выключено. Резервная копия на сервере остаётся.

## Restoring on another phone
restore-title = Восстановить из резервной копии
restore-explain = Введи свой код восстановления или отсканируй его QR-код. То, что уже есть на этом телефоне, останется.
restore-code-label = Код восстановления
restore-scan-camera = Сканировать QR-код камерой
restore-scan-photo = Прочитать QR-код с фото
restore-action = Восстановить
restore-working = Восстановление …
restore-done = Восстановлено. Резервная копия и синхронизация включены.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Символов в коде: { $found }, а нужно { $expected }. Проверь его.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Символа «{ $character }» никогда нет в кодах восстановления. Проверь код.
error-sync-code-typo = В коде опечатка. Проверь его.
error-sync-code-foreign = Этот QR-код — не код восстановления.
error-sync-open-failed = Не удалось открыть данные с сервера.
error-sync-wire-truncated = Ответ сервера неполный. Синхронизация попробует ещё раз позже.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Данные из более новой версии Begleitheft (формат { $version }). Обнови приложение.
error-sync-wire-malformed = Ответ сервера повреждён.
error-sync-wire-too-large = Данные слишком большие для сервера.
error-sync-damaged = Данные резервной копии повреждены.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = Резервная копия из более новой версии Begleitheft. Обнови приложение.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    Часы другого устройства спешат на { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    }. Проверь дату и время.
sync-error-no-backup = Для этого кода резервная копия не найдена.
sync-error-network = Сервер недоступен. Попробуй ещё раз позже.
sync-error-server = На сервере проблема. Синхронизация попробует ещё раз позже.
sync-error-busy = Сейчас слишком много запросов. Синхронизация скоро попробует ещё раз.
sync-error-damaged = Не удалось прочитать данные с сервера.
sync-error-too-large = Изменения слишком большие для сервера.
sync-error-unsupported = Этот браузер не умеет шифровать.
