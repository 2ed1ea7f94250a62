### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. Russian. Advisors are addressed with "вы".

## Opening a shared link
link-view-title = Переданные записи
link-view-loading = Переданные записи загружаются …
link-view-label = Ваше имя и ваше учреждение (по желанию)
link-view-label-hint = Человек видит, кто открыл ссылку. Этот браузер запомнит ваши данные.
link-view-pin = PIN-код
link-view-pin-hint = Человек скажет вам PIN-код. Его нет в ссылке.
link-view-pin-submit = Открыть
link-view-pin-required = Эта ссылка защищена PIN-кодом.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] Неверный PIN-код. Осталась { $count } попытка.
        [few] Неверный PIN-код. Осталось { $count } попытки.
        [many] Неверный PIN-код. Осталось { $count } попыток.
       *[other] Неверный PIN-код. Осталось { $count } попытки.
    }
link-view-gone = Эти данные больше недоступны.
link-view-gone-hint = Возможно, ссылку отозвали или её срок закончился. Попросите у человека новую ссылку.
link-view-offline = Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.
link-view-retry = Попробовать ещё раз
link-view-busy = Слишком много попыток. Подождите немного и попробуйте ещё раз.
link-view-error = Сервер ответил не так, как ожидалось. Попробуйте ещё раз позже.
link-view-unsupported = Этот браузер не может открывать переданные ссылки.
link-view-unreadable = Не удалось расшифровать переданные записи. Возможно, ссылка неполная. Попросите новую ссылку.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Действует до { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Последнее изменение: { $date }
link-view-reload = Загрузить заново
link-view-side-by-side = Показать рядом второй язык
link-view-empty = По этой ссылке ничего не передано.
link-view-not-stored = Записи не сохраняются на этом устройстве.
link-view-advisor-login = Войти как консультант
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Открыто как { $who }.

## Proposing entries (only when the owner allows it)
propose-title = Предложить записи
propose-explain = Человек сам решает, принять ли ваше предложение.
propose-step = Предложить шаг
propose-step-goal = Для какой цели?
propose-step-done = Выполнено (дата; оставьте пустым, если ещё не выполнено)
propose-step-submit = Предложить шаг
propose-appointment = Предложить встречу
propose-appointment-submit = Предложить встречу
propose-sending = Отправляется …
propose-sent = Отправлено. Человек сам решает, принять ли это.
propose-need-name = Укажите вверху ваше имя или учреждение, чтобы человек знал, от кого предложение.
propose-need-step = Выберите шаг из списка или напишите свой.
propose-need-date = Выберите день.
propose-error-not-writable = По этой ссылке нельзя делать предложения.

## The advisor's login and workspace
advisor-title = Для консультантов
advisor-login-explain = С аккаунтом консультанта все ссылки, которые вы открывали, собраны в одном месте. Ключи остаются в этом браузере.
advisor-email = Эл. почта
advisor-password = Пароль
advisor-login = Войти
advisor-logging-in = Вход …
advisor-bad-login = Неверная эл. почта или пароль.
advisor-logout = Выйти
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Вы вошли как { $who }.
advisor-session-expired = Ваш вход больше не действует. Войдите снова.
advisor-workspace-title = Открытые ссылки
advisor-workspace-explain = Данные, которые вы открывали и которые ещё действуют.
advisor-workspace-none = Вы ещё не открывали действующих ссылок.
advisor-workspace-refresh = Обновить
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Открыто { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Действует до { $date }
advisor-workspace-open = Открыть
advisor-workspace-elsewhere = Открыто на другом устройстве: ключа нет в этом браузере.
advisor-workspace-untitled = Переданные записи
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Открыть: { $label }
advisor-error-offline = Нет связи с сервером. Попробуйте ещё раз.
advisor-error-busy = Слишком много попыток. Подождите немного и попробуйте ещё раз.
advisor-error-server = Сервер ответил не так, как ожидалось. Попробуйте ещё раз позже.
