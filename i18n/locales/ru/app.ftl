### The app's screens. Short sentences and common words.

## Navigation
nav-label = Главное меню
nav-home = Главная
nav-appointments = Встречи
nav-contacts = Контакты
nav-profile = Профиль
nav-settings = Настройки
not-found-title = Такой страницы нет.

## Actions
action-add = Добавить
action-add-goal = Добавить цель
action-add-step = Добавить шаг
action-add-contact = Добавить контакт
action-add-appointment = Добавить встречу
action-save = Сохранить
action-cancel = Отменить
action-edit = Изменить
action-delete = Удалить
action-back = Назад
action-undo = Вернуть как было
action-dismiss = Закрыть
action-update = Обновить сейчас
action-export = Экспортировать
action-import = Импортировать
action-import-confirm = Да, заменить
action-print = Распечатать
action-delete-goal = Удалить цель
action-delete-named = Удалить: { $title }
action-edit-named = Изменить: { $title }
action-move-up = Переместить вверх: { $title }
action-move-down = Переместить вниз: { $title }

## Home
home-next-appointment = Следующая встреча
home-no-appointment = Нет запланированных встреч.
home-goals = Мои цели
home-no-goals = Целей пока нет. Начни с одной цели.
home-quick-add = Быстро добавить

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } из { $total } шага
        [few] { $done } из { $total } шагов
        [many] { $done } из { $total } шагов
       *[other] { $done } из { $total } шага
    }
goal-target = Цель до { $date }
goal-status = Статус
goal-target-date = Срок цели (если есть)
goal-steps = Шаги
goal-no-steps = Шагов пока нет.
goal-not-found = Этой цели больше нет.
goal-deleted = Цель удалена.
goal-field = Сфера
goal-title = Цель
goal-free-title = Своя цель
goal-with-typical-steps = Сразу добавить обычные шаги
catalog-search = Найти цель
step-from-catalog = Шаг из списка
step-typical = Обычные шаги для этой цели
step-all = Все шаги
step-or-free = Или своими словами
step-date = Дата
step-is-done = Уже сделано
step-note = Заметка
step-deleted = Шаг удалён.
step-done-on = сделано { $date }
step-planned-for = запланировано на { $date }
step-mark-done = Сделано: { $title }

## Contacts
contacts-title = Контакты
contacts-empty = Контактов пока нет.
contact-organisation = Учреждение или организация
contact-role = Чем занимается
contact-role-free = Или опиши своими словами
contact-person = Контактное лицо
contact-phone = Телефон
contact-email = Электронная почта
contact-address = Адрес
contact-opening-hours = Часы работы
contact-note = Заметка
contact-deleted = Контакт удалён.
contact-call = Позвонить: { $name }
contact-write = Написать письмо: { $name }

## Appointments
appointments-upcoming = Будущие встречи
appointments-past = Прошедшие встречи
appointments-none-upcoming = Будущих встреч нет.
appointment-date = День
appointment-time = Время
appointment-place = Место
appointment-purpose = О чём встреча?
appointment-purpose-free = Или своими словами
appointment-with = С кем?
appointment-with-nobody = (никто не выбран)
appointment-bring = Что взять с собой
appointment-deleted = Встреча удалена.

## Profile
profile-title = Мой профиль
profile-name = Имя (можно и прозвище)
profile-languages = Мои языки
profile-language = Язык
profile-level = Насколько хорошо?
profile-qualifications = Школа, обучение профессии, университет
profile-qualification-kind = Вид
profile-qualification-title = Диплом или аттестат
profile-qualification-country = Страна (две латинские буквы, например UA)
profile-qualification-recognition = Признание в Германии (Anerkennung)
profile-work = Опыт работы
profile-interests = Интересы и пожелания

## Settings
settings-title = Настройки
storage-title = Память на этом устройстве
storage-explain = Твой Begleitheft хранится только на этом телефоне. Никто другой его не видит.
storage-persisted-yes = Браузер хранит данные надолго.
storage-persisted-no = Браузер может удалить данные, когда память заполнена. Регулярно делай экспорт.
storage-persisted-unknown = Ещё не спрашивали, можно ли хранить данные надолго.
storage-ask-persist = Хранить надолго
export-title = Экспорт
export-explain = Сохрани весь свой Begleitheft как файл. Так у тебя будет запасная копия.
export-never = Экспорта ещё не было.
export-last = Последний экспорт: { $date }
export-error = Не удалось создать файл.
import-title = Импорт
import-explain = Загрузи Begleitheft из файла экспорта. Сначала файл проверяется.
import-error-unreadable = Этот файл нельзя прочитать.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    Файл заменит твой Begleitheft ({ $current ->
        [one] { $current } запись
        [few] { $current } записи
        [many] { $current } записей
       *[other] { $current } записи
    }) на { $incoming ->
        [one] { $incoming } запись
        [few] { $incoming } записи
        [many] { $incoming } записей
       *[other] { $incoming } записи
    }.
import-done = Импорт завершён.
print-title = Печать
update-available = Есть новая версия.

## Storage errors
storage-error-open = В этом браузере нельзя сохранять данные. Не открывай Begleitheft в приватном режиме (инкогнито).
storage-error-read = Не удалось прочитать данные. Обнови страницу.
storage-error-write = Это не сохранилось. Попробуй ещё раз.
storage-error-quota = Память заполнена. Это не сохранилось. Освободи место на телефоне.
storage-error-corrupt = Сохранённые данные повреждены. Импортируй свой последний экспорт.

## Side by side
action-side-by-side = Рядом
side-by-side-title = Два языка рядом
side-by-side-second-language = Второй язык
side-by-side-choose = Какие цели показать
side-by-side-bring = Взять с собой: { $what }
storage-error-blocked = Begleitheft ещё открыт в другой вкладке. Закрой другие вкладки и обнови страницу.

## Sharing by QR code
action-share = Поделиться
share-title = Поделиться через QR-код
share-choose = Что может видеть этот человек? Выбери.
share-all-goals = Все цели
share-all-contacts = Все контакты
share-all-appointments = Все встречи
share-duration = Как долго?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
share-recipient = Для кого? (только для тебя, по желанию)
share-nothing = Выбери хотя бы одну запись.
share-sees = Человек, который отсканирует код, увидит:
share-not = Не увидит:
share-not-profile = твой профиль
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } цель
        [few] { $goals } цели
        [many] { $goals } целей
       *[other] { $goals } цели
    } с { $steps ->
        [one] { $steps } шагом
        [few] { $steps } шагами
        [many] { $steps } шагами
       *[other] { $steps } шага
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } контакт
        [few] { $count } контакта
        [many] { $count } контактов
       *[other] { $count } контакта
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } встреча
        [few] { $count } встречи
        [many] { $count } встреч
       *[other] { $count } встречи
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } другая цель
        [few] { $count } другие цели
        [many] { $count } других целей
       *[other] { $count } другой цели
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } другой контакт
        [few] { $count } других контакта
        [many] { $count } других контактов
       *[other] { $count } другого контакта
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } другая встреча
        [few] { $count } другие встречи
        [many] { $count } других встреч
       *[other] { $count } другой встречи
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = До { $date }.
action-show-qr = Показать QR-код
share-too-big = Это слишком много для одного QR-кода. Выбери меньше.
share-qr-label = QR-код для сканирования
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Действует до { $date }
action-done = Готово
consent-title = Уже передано
consent-none = Ещё ничего не передано.

## Viewing a shared booklet
viewer-title = С тобой поделились
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = Поделились { $date }, действует до { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Срок этого кода закончился (действовал до { $date }). Попроси у человека новый код.
viewer-not-stored = Ничего из этого не сохраняется на твоём устройстве.
action-close-share = Закрыть

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Выбери хотя бы одну запись, чтобы поделиться.
share-error-unknown-entry = Одной из выбранных записей больше нет.
share-error-expiry-out-of-range = Код действует не больше 90 дней.
share-error-issue-out-of-range = Похоже, на этом телефоне неправильная дата.
share-error-invalid-entry = Одной из выбранных записей нельзя так поделиться.
share-error-selection-too-large = Это слишком много для одного QR-кода. Выбери меньше.
share-error-truncated = Этот код неполный. Отсканируй его ещё раз.
share-error-damaged = Этот код повреждён или изменён. Попроси новый код.
share-error-unknown-version = Этот код из более новой версии Begleitheft. Обнови приложение.
share-error-bad-alphabet = Этот код повреждён. Попроси новый код.
share-error-too-large = Этот код слишком большой для Begleitheft.
share-error-foreign-covid = Это сертификат о прививке, а не код Begleitheft.
share-error-foreign-shc = Это медицинская карта (SMART Health Card), а не код Begleitheft.
share-error-foreign-url = Этот QR-код ведёт на другой сайт, а не к Begleitheft.
share-error-foreign = Этот QR-код не от Begleitheft.
share-error-expired = Срок этого кода закончился. Попроси новый код.

## Scanning
action-scan = Сканировать
scan-title = Сканировать QR-код
scan-camera = Использовать камеру
scan-photo = Прочитать с фото
scan-looking = Ищу QR-код … Держи камеру неподвижно.
scan-camera-denied = Доступ к камере не разрешён. Разреши его в настройках браузера или прочитай код с фото.
scan-camera-absent = Камера не найдена. Прочитай код с фото.
scan-photo-unreadable = Это фото нельзя прочитать.
scan-nothing-found = На фото не видно QR-кода. Попробуй более чёткое фото.

sync-action-restore = Восстановить из резервной копии
sync-status-off = Резервная копия и синхронизация выключены.
sync-status-synced = Всё сохранено.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } изменение ждёт синхронизации.
        [few] { $count } изменения ждут синхронизации.
        [many] { $count } изменений ждут синхронизации.
       *[other] { $count } изменения ждут синхронизации.
    }
sync-status-offline = Нет интернета. Твои изменения будут отправлены позже.
sync-status-error = Проблема с синхронизацией.
# Variables:
#   $status (String) - the status sentence, e.g. "Всё сохранено."
sync-indicator-label = Синхронизация: { $status }
restore-hint = У тебя уже есть резервная копия Begleitheft с другого телефона?
