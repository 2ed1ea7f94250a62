### The app's screens. Short sentences and common words.

## Navigation
nav-label = Головне меню
nav-home = Головна
nav-appointments = Зустрічі
nav-contacts = Контакти
nav-profile = Профіль
nav-settings = Налаштування
not-found-title = Такої сторінки немає.

## Actions
action-add = Додати
action-add-goal = Додати ціль
action-add-step = Додати крок
action-add-contact = Додати контакт
action-add-appointment = Додати зустріч
action-save = Зберегти
action-cancel = Скасувати
action-edit = Змінити
action-delete = Видалити
action-back = Назад
action-undo = Повернути як було
action-dismiss = Закрити
action-update = Оновити зараз
action-export = Експортувати
action-import = Імпортувати
action-import-confirm = Так, замінити
action-print = Друкувати
action-delete-goal = Видалити ціль
action-delete-named = Видалити: { $title }
action-edit-named = Змінити: { $title }
action-move-up = Перемістити вгору: { $title }
action-move-down = Перемістити вниз: { $title }

## Home
home-next-appointment = Наступна зустріч
home-no-appointment = Немає запланованих зустрічей.
home-goals = Мої цілі
home-no-goals = Цілей ще немає. Почни з однієї цілі.
home-quick-add = Швидко додати

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } з { $total } кроку
        [few] { $done } з { $total } кроків
        [many] { $done } з { $total } кроків
       *[other] { $done } з { $total } кроку
    }
goal-target = Ціль до { $date }
goal-status = Стан
goal-target-date = Дата цілі (якщо є)
goal-steps = Кроки
goal-no-steps = Кроків ще немає.
goal-not-found = Цієї цілі вже немає.
goal-deleted = Ціль видалено.
goal-field = Сфера
goal-title = Ціль
goal-free-title = Своя ціль
goal-with-typical-steps = Одразу додати звичайні кроки
catalog-search = Шукати ціль
step-from-catalog = Крок зі списку
step-typical = Звичайні кроки для цієї цілі
step-all = Усі кроки
step-or-free = Або своїми словами
step-date = Дата
step-is-done = Уже зроблено
step-note = Нотатка
step-deleted = Крок видалено.
step-done-on = зроблено { $date }
step-planned-for = заплановано на { $date }
step-mark-done = Зроблено: { $title }

## Contacts
contacts-title = Контакти
contacts-empty = Контактів ще немає.
contact-organisation = Установа або організація
contact-role = Чим займається
contact-role-free = Або опиши своїми словами
contact-person = Контактна особа
contact-phone = Телефон
contact-email = Електронна пошта
contact-address = Адреса
contact-opening-hours = Години роботи
contact-note = Нотатка
contact-deleted = Контакт видалено.
contact-call = Подзвонити: { $name }
contact-write = Написати листа: { $name }

## Appointments
appointments-upcoming = Майбутні зустрічі
appointments-past = Минулі зустрічі
appointments-none-upcoming = Майбутніх зустрічей немає.
appointment-date = День
appointment-time = Час
appointment-place = Місце
appointment-purpose = Про що зустріч?
appointment-purpose-free = Або своїми словами
appointment-with = З ким?
appointment-with-nobody = (нікого не вибрано)
appointment-bring = Що взяти з собою
appointment-deleted = Зустріч видалено.

## Profile
profile-title = Мій профіль
profile-name = Ім’я (можна й прізвисько)
profile-languages = Мої мови
profile-language = Мова
profile-level = Наскільки добре?
profile-qualifications = Школа, навчання професії, університет
profile-qualification-kind = Вид
profile-qualification-title = Диплом або свідоцтво
profile-qualification-country = Країна (дві латинські літери, наприклад UA)
profile-qualification-recognition = Визнання в Німеччині (Anerkennung)
profile-work = Досвід роботи
profile-interests = Інтереси та побажання

## Settings
settings-title = Налаштування
storage-title = Пам’ять на цьому пристрої
storage-explain = Твій Begleitheft збережено тільки на цьому телефоні. Ніхто інший його не бачить.
storage-persisted-yes = Браузер зберігає дані надовго.
storage-persisted-no = Браузер може видалити дані, коли пам’ять заповнена. Регулярно роби експорт.
storage-persisted-unknown = Ще не запитано, чи можна зберігати дані надовго.
storage-ask-persist = Зберігати надовго
export-title = Експорт
export-explain = Збережи весь свій Begleitheft як файл. Так у тебе буде запасна копія.
export-never = Експорту ще не було.
export-last = Останній експорт: { $date }
export-error = Не вдалося створити файл.
import-title = Імпорт
import-explain = Завантаж Begleitheft з файлу експорту. Спочатку файл перевіряється.
import-error-unreadable = Цей файл не вдається прочитати.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    Файл замінить твій Begleitheft ({ $current ->
        [one] { $current } запис
        [few] { $current } записи
        [many] { $current } записів
       *[other] { $current } запису
    }) на { $incoming ->
        [one] { $incoming } запис
        [few] { $incoming } записи
        [many] { $incoming } записів
       *[other] { $incoming } запису
    }.
import-done = Імпорт завершено.
print-title = Друк
update-available = Є нова версія.

## Storage errors
storage-error-open = У цьому браузері не можна зберігати дані. Не відкривай Begleitheft у приватному режимі.
storage-error-read = Не вдалося прочитати дані. Онови сторінку.
storage-error-write = Це не збережено. Спробуй ще раз.
storage-error-quota = Пам’ять заповнена. Це не збережено. Звільни місце на телефоні.
storage-error-corrupt = Збережені дані пошкоджені. Імпортуй свій останній експорт.

## Side by side
action-side-by-side = Поруч
side-by-side-title = Дві мови поруч
side-by-side-second-language = Друга мова
side-by-side-choose = Які цілі показати
side-by-side-bring = Взяти з собою: { $what }
storage-error-blocked = Begleitheft ще відкритий в іншій вкладці. Закрий інші вкладки й онови сторінку.

## Sharing by QR code
action-share = Поділитися
share-title = Поділитися через QR-код
share-choose = Що може бачити ця людина? Вибери.
share-all-goals = Усі цілі
share-all-contacts = Усі контакти
share-all-appointments = Усі зустрічі
share-duration = Як довго?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
share-recipient = Для кого? (тільки для тебе, за бажанням)
share-nothing = Вибери хоча б один запис.
share-sees = Людина, яка відсканує код, побачить:
share-not = Не побачить:
share-not-profile = твій профіль
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } ціль
        [few] { $goals } цілі
        [many] { $goals } цілей
       *[other] { $goals } цілі
    } з { $steps ->
        [one] { $steps } кроком
        [few] { $steps } кроками
        [many] { $steps } кроками
       *[other] { $steps } кроку
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } контакт
        [few] { $count } контакти
        [many] { $count } контактів
       *[other] { $count } контакту
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } зустріч
        [few] { $count } зустрічі
        [many] { $count } зустрічей
       *[other] { $count } зустрічі
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } інша ціль
        [few] { $count } інші цілі
        [many] { $count } інших цілей
       *[other] { $count } іншої цілі
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } інший контакт
        [few] { $count } інші контакти
        [many] { $count } інших контактів
       *[other] { $count } іншого контакту
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } інша зустріч
        [few] { $count } інші зустрічі
        [many] { $count } інших зустрічей
       *[other] { $count } іншої зустрічі
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = До { $date }.
action-show-qr = Показати QR-код
share-too-big = Це забагато для одного QR-коду. Вибери менше.
share-qr-label = QR-код для сканування
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Дійсний до { $date }
action-done = Готово
consent-title = Уже передано
consent-none = Ще нічого не передано.

## Viewing a shared booklet
viewer-title = З тобою поділилися
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = Поділилися { $date }, дійсний до { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Цей код уже не дійсний (був дійсний до { $date }). Попроси в людини новий код.
viewer-not-stored = Нічого з цього не зберігається на твоєму пристрої.
action-close-share = Закрити

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Вибери хоча б один запис, щоб поділитися.
share-error-unknown-entry = Одного з вибраних записів уже немає.
share-error-expiry-out-of-range = Код діє щонайбільше 90 днів.
share-error-issue-out-of-range = Схоже, дата на цьому телефоні неправильна.
share-error-invalid-entry = Одним із вибраних записів не можна так поділитися.
share-error-selection-too-large = Це забагато для одного QR-коду. Вибери менше.
share-error-truncated = Цей код неповний. Відскануй його ще раз.
share-error-damaged = Цей код пошкоджений або змінений. Попроси новий код.
share-error-unknown-version = Цей код зроблено в новішій версії Begleitheft. Онови застосунок.
share-error-bad-alphabet = Цей код пошкоджений. Попроси новий код.
share-error-too-large = Цей код завеликий для Begleitheft.
share-error-foreign-covid = Це сертифікат про щеплення, а не код Begleitheft.
share-error-foreign-shc = Це медична картка (SMART Health Card), а не код Begleitheft.
share-error-foreign-url = Цей QR-код веде на інший сайт, а не до Begleitheft.
share-error-foreign = Цей QR-код не від Begleitheft.
share-error-expired = Цей код уже не дійсний. Попроси новий код.

## Scanning
action-scan = Сканувати
scan-title = Сканувати QR-код
scan-camera = Використати камеру
scan-photo = Прочитати з фото
scan-looking = Шукаю QR-код … Тримай камеру нерухомо.
scan-camera-denied = Доступ до камери не дозволено. Дозволь його в налаштуваннях браузера або прочитай код із фото.
scan-camera-absent = Камеру не знайдено. Прочитай код із фото.
scan-photo-unreadable = Це фото не вдається прочитати.
scan-nothing-found = На фото не видно QR-коду. Спробуй чіткіше фото.

sync-action-restore = Відновити з резервної копії
sync-status-off = Резервну копію і синхронізацію вимкнено.
sync-status-synced = Усе збережено.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } зміна чекає на синхронізацію.
        [few] { $count } зміни чекають на синхронізацію.
        [many] { $count } змін чекають на синхронізацію.
       *[other] { $count } зміни чекають на синхронізацію.
    }
sync-status-offline = Немає інтернету. Твої зміни буде надіслано пізніше.
sync-status-error = Проблема із синхронізацією.
# Variables:
#   $status (String) - the status sentence, e.g. "Усе збережено."
sync-indicator-label = Синхронізація: { $status }
restore-hint = У тебе вже є резервна копія Begleitheft з іншого телефона?
