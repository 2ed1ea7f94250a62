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
