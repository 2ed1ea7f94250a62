### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Ukrainian. Advisors are addressed with "ви".

## Opening a shared link
link-view-title = Передані записи
link-view-loading = Передані записи завантажуються …
link-view-label = Ваше ім'я та ваша установа (за бажанням)
link-view-label-hint = Людина бачить, хто відкрив посилання. Цей браузер запам'ятає ваші дані.
link-view-pin = PIN-код
link-view-pin-hint = Людина скаже вам PIN-код. Його немає в посиланні.
link-view-pin-submit = Відкрити
link-view-pin-required = Це посилання захищене PIN-кодом.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] Неправильний PIN-код. Залишилася { $count } спроба.
        [few] Неправильний PIN-код. Залишилося { $count } спроби.
        [many] Неправильний PIN-код. Залишилося { $count } спроб.
       *[other] Неправильний PIN-код. Залишилося { $count } спроби.
    }
link-view-gone = Ці дані вже недоступні.
link-view-gone-hint = Можливо, посилання відкликали або його термін закінчився. Попросіть у людини нове посилання.
link-view-offline = Немає зв'язку із сервером. Перевірте з'єднання і спробуйте ще раз.
link-view-retry = Спробувати ще раз
link-view-busy = Забагато спроб. Зачекайте трохи й спробуйте ще раз.
link-view-error = Сервер відповів не так, як очікувалося. Спробуйте ще раз пізніше.
link-view-unsupported = Цей браузер не може відкривати передані посилання.
link-view-unreadable = Не вдалося розшифрувати передані записи. Можливо, посилання неповне. Попросіть нове посилання.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Діє до { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Остання зміна: { $date }
link-view-reload = Завантажити знову
link-view-side-by-side = Показати поруч другу мову
link-view-empty = За цим посиланням нічого не передано.
link-view-not-stored = Записи не зберігаються на цьому пристрої.
link-view-advisor-login = Увійти як консультант
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Відкрито як { $who }.

## Proposing entries (only when the owner allows it)
propose-title = Запропонувати записи
propose-explain = Людина сама вирішує, чи прийняти вашу пропозицію.
propose-step = Запропонувати крок
propose-step-goal = Для якої цілі?
propose-step-done = Виконано (дата; залиште порожнім, якщо ще не виконано)
propose-step-submit = Запропонувати крок
propose-appointment = Запропонувати зустріч
propose-appointment-submit = Запропонувати зустріч
propose-sending = Надсилається …
propose-sent = Надіслано. Людина сама вирішує, чи прийняти це.
propose-need-name = Вкажіть угорі ваше ім'я або установу, щоб людина знала, від кого пропозиція.
propose-need-step = Виберіть крок зі списку або напишіть свій.
propose-need-date = Виберіть день.
propose-error-not-writable = За цим посиланням не можна робити пропозиції.

## The advisor's login and workspace
advisor-title = Для консультантів
advisor-login-explain = З обліковим записом консультанта всі посилання, які ви відкривали, зібрані в одному місці. Ключі залишаються в цьому браузері.
advisor-email = Ел. пошта
advisor-password = Пароль
advisor-login = Увійти
advisor-logging-in = Вхід …
advisor-bad-login = Неправильна ел. пошта або пароль.
advisor-logout = Вийти
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Ви увійшли як { $who }.
advisor-session-expired = Ваш вхід більше не діє. Увійдіть знову.
advisor-workspace-title = Відкриті посилання
advisor-workspace-explain = Дані, які ви відкривали і які ще діють.
advisor-workspace-none = Ви ще не відкривали чинних посилань.
advisor-workspace-refresh = Оновити
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Відкрито { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Діє до { $date }
advisor-workspace-open = Відкрити
advisor-workspace-elsewhere = Відкрито на іншому пристрої: ключа немає в цьому браузері.
advisor-workspace-untitled = Передані записи
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Відкрити: { $label }
advisor-error-offline = Немає зв'язку із сервером. Спробуйте ще раз.
advisor-error-busy = Забагато спроб. Зачекайте трохи й спробуйте ще раз.
advisor-error-server = Сервер відповів не так, як очікувалося. Спробуйте ще раз пізніше.
