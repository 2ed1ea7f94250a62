### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Ukrainian. Short sentences and common words, "ти".

## Share by link (on the share screen)
link-share-option = Поділитися посиланням
link-share-option-explain = Людина отримає посилання або QR-код. Записи зберігаються на сервері в зашифрованому вигляді. Ключ є тільки в посиланні. Ти можеш відкликати посилання будь-коли.
link-share-pin = PIN-код (від 4 до 8 цифр, за бажанням)
link-share-pin-hint = Скажи PIN-код уголос. Його немає ні в посиланні, ні в QR-коді.
link-share-expiry = Скільки днів діє? (від 1 до 90)
link-share-live = Живе посилання: людина бачить і пізніші зміни.
link-share-writable = Людина може пропонувати записи. Ти приймаєш або відхиляєш кожен.
link-share-summary-live = Пізніші зміни в цих записах людина теж побачить.
link-share-summary-fixed = Людина бачить записи такими, як вони є зараз.
link-share-summary-pin = Щоб відкрити посилання, потрібен PIN-код.
link-share-summary-no-pin = Відкрити може кожен, у кого є посилання.
link-share-summary-writable = Людина може пропонувати записи. Без твого «так» нічого не зміниться.
link-share-summary-server = Записи зберігаються на сервері в зашифрованому вигляді. Ти бачиш, коли посилання відкривали.
link-share-create = Створити посилання
link-share-creating = Посилання створюється …
link-share-done-title = Твоє посилання
link-share-qr-label = Посилання у вигляді QR-коду
link-share-url-label = Посилання
link-share-copy = Скопіювати посилання
link-share-copied = Скопійовано.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Скажи цей PIN-код уголос: { $pin }
link-share-error-pin = У PIN-коді від 4 до 8 цифр, тільки цифри.
link-share-error-expiry = Вибери від 1 до 90 днів.
link-share-error-offline = Немає зв'язку із сервером. Нічого не передано. Спробуй ще раз пізніше.
link-share-error-server = Сервер не прийняв посилання. Нічого не передано.
link-share-error-busy = Забагато спроб. Зачекай трохи й спробуй ще раз.
link-share-error-too-large = Це забагато для одного посилання. Вибери менше записів.
link-share-error-unsupported = Цей браузер не може створювати посилання.
link-share-error-gone = Цього посилання вже немає на сервері.
link-share-error-crypto = Не вдалося зашифрувати записи.

## The list of shared links (Settings → Shared links)
link-list-title = Мої посилання
link-list-explain = Тут видно кожне твоє посилання: що воно показує, до якого дня діє і хто його відкривав.
link-list-open = Переглянути мої посилання
link-list-none = У тебе ще немає жодного посилання.
link-list-refresh = Оновити
link-list-state-active = Діє
link-list-state-revoked = Відкликано
link-list-state-expired = Термін закінчився
link-list-state-disabled = Заблоковано: забагато разів неправильний PIN-код
link-list-state-unknown = Стан невідомий (немає зв'язку)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Діє до { $date }
link-list-pin-yes = З PIN-кодом
link-list-pin-no = Без PIN-коду
link-list-live = Живе
link-list-may-add = Може пропонувати записи
link-list-access-title = Відкривали
link-list-access-none = Це посилання ще ніхто не відкривав.
link-list-access-anonymous = без імені
link-list-revoke = Відкликати
link-list-revoke-question = Відкликати це посилання? Після цього ніхто не зможе його відкрити. Це не можна скасувати.
link-list-revoke-confirm = Так, відкликати
link-list-revoked = Посилання відкликано.
link-list-error-offline = Немає зв'язку із сервером. Посилання ще не відкликано. Спробуй ще раз пізніше.
link-list-error-server = Сервер відповів не так, як очікувалося. Посилання ще не відкликано.
# Variables:
#   $what (String) - what the link shares, e.g. "2 цілі з 5 кроками".
link-list-row-label = Посилання: { $what }

## Proposals from advisors (on Home)
inbox-title = Пропозиції
inbox-explain = Люди, у яких є твоє посилання, пропонують записи. Без твого «так» нічого не зміниться.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } пропонує: { $what }
inbox-someone = Хтось
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = крок «{ $step }» у цілі «{ $goal }»
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = зустріч { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = зустріч { $date }
inbox-accept = Прийняти
inbox-reject = Відхилити
inbox-stale = Ця пропозиція вже не підходить: цієї цілі вже немає. Ти можеш її відхилити.
inbox-unreadable = Цю пропозицію не можна прочитати. Ти можеш її відхилити.
inbox-accepted = Прийнято й додано до твого Begleitheft.
inbox-rejected = Відхилено.

## The consent log (Settings)
consent-channel-offline-qr = QR-код без інтернету
consent-channel-link = Через посилання
consent-channel-link-revoked = Посилання відкликано
