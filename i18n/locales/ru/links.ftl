### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Russian. Short sentences and common words, "ты".

## Share by link (on the share screen)
link-share-option = Поделиться ссылкой
link-share-option-explain = Человек получит ссылку или QR-код. Записи хранятся на сервере в зашифрованном виде. Ключ есть только в ссылке. Ты можешь отозвать ссылку в любое время.
link-share-pin = PIN-код (от 4 до 8 цифр, по желанию)
link-share-pin-hint = Скажи PIN-код вслух. Его нет ни в ссылке, ни в QR-коде.
link-share-expiry = Сколько дней действует? (от 1 до 90)
link-share-live = Живая ссылка: человек видит и будущие изменения.
link-share-writable = Человек может предлагать записи. Ты принимаешь или отклоняешь каждую.
link-share-summary-live = Будущие изменения в этих записях человек тоже увидит.
link-share-summary-fixed = Человек видит записи такими, какие они сейчас.
link-share-summary-pin = Чтобы открыть ссылку, нужен PIN-код.
link-share-summary-no-pin = Открыть может любой, у кого есть ссылка.
link-share-summary-writable = Человек может предлагать записи. Без твоего «да» ничего не изменится.
link-share-summary-server = Записи хранятся на сервере в зашифрованном виде. Ты видишь, когда ссылку открывали.
link-share-create = Создать ссылку
link-share-creating = Ссылка создаётся …
link-share-done-title = Твоя ссылка
link-share-qr-label = Ссылка в виде QR-кода
link-share-url-label = Ссылка
link-share-copy = Скопировать ссылку
link-share-copied = Скопировано.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Скажи этот PIN-код вслух: { $pin }
link-share-error-pin = В PIN-коде от 4 до 8 цифр, только цифры.
link-share-error-expiry = Выбери от 1 до 90 дней.
link-share-error-offline = Нет связи с сервером. Ничего не передано. Попробуй ещё раз позже.
link-share-error-server = Сервер не принял ссылку. Ничего не передано.
link-share-error-busy = Слишком много попыток. Подожди немного и попробуй ещё раз.
link-share-error-too-large = Это слишком много для одной ссылки. Выбери меньше записей.
link-share-error-unsupported = Этот браузер не может создавать ссылки.
link-share-error-gone = Этой ссылки больше нет на сервере.
link-share-error-crypto = Не удалось зашифровать записи.

## The list of shared links (Settings → Shared links)
link-list-title = Мои ссылки
link-list-explain = Здесь видна каждая твоя ссылка: что она показывает, до какого дня действует и кто её открывал.
link-list-open = Посмотреть мои ссылки
link-list-none = У тебя пока нет ни одной ссылки.
link-list-refresh = Обновить
link-list-state-active = Действует
link-list-state-revoked = Отозвана
link-list-state-expired = Срок закончился
link-list-state-disabled = Заблокирована: слишком часто неверный PIN-код
link-list-state-unknown = Статус неизвестен (нет связи)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Действует до { $date }
link-list-pin-yes = С PIN-кодом
link-list-pin-no = Без PIN-кода
link-list-live = Живая
link-list-may-add = Может предлагать записи
link-list-access-title = Открывали
link-list-access-none = Эту ссылку ещё никто не открывал.
link-list-access-anonymous = без имени
link-list-revoke = Отозвать
link-list-revoke-question = Отозвать эту ссылку? После этого никто не сможет её открыть. Это нельзя отменить.
link-list-revoke-confirm = Да, отозвать
link-list-revoked = Ссылка отозвана.
link-list-error-offline = Нет связи с сервером. Ссылка ещё не отозвана. Попробуй ещё раз позже.
link-list-error-server = Сервер ответил не так, как ожидалось. Ссылка ещё не отозвана.
# Variables:
#   $what (String) - what the link shares, e.g. "2 цели с 5 шагами".
link-list-row-label = Ссылка: { $what }

## Proposals from advisors (on Home)
inbox-title = Предложения
inbox-explain = Люди, у которых есть твоя ссылка, предлагают записи. Без твоего «да» ничего не изменится.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } предлагает: { $what }
inbox-someone = Кто-то
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = шаг «{ $step }» в цели «{ $goal }»
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = встреча { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = встреча { $date }
inbox-accept = Принять
inbox-reject = Отклонить
inbox-stale = Это предложение больше не подходит: этой цели больше нет. Ты можешь его отклонить.
inbox-unreadable = Это предложение нельзя прочитать. Ты можешь его отклонить.
inbox-accepted = Принято и добавлено в твой Begleitheft.
inbox-rejected = Отклонено.

## The consent log (Settings)
consent-channel-offline-qr = QR-код без интернета
consent-channel-link = По ссылке
consent-channel-link-revoked = Ссылка отозвана
