# Begleitheft catalogue: fields, typical goals and steps, roles, appointments, errors.
# The German official term stays in brackets where people meet it on paper.

## Fields of action

field-language = Язык
field-work = Работа, обучение профессии, квалификация
field-education = Образование
field-housing = Жильё
field-health = Здоровье
field-family = Семья и дети
field-residence = Пребывание и госучреждения
field-everyday = Повседневная жизнь и участие в обществе

## Status

goal-status-open = В процессе
goal-status-achieved = Достигнуто
goal-status-dropped = Больше не актуально
step-state-planned = Запланировано
step-state-done = Сделано

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Родной язык

## Qualifications and recognition

qualification-school = Школьный аттестат
qualification-vocational = Профессиональное образование
qualification-academic = Высшее образование
recognition-not-applied = Заявление ещё не подано
recognition-applied = Заявление подано
recognition-partial = Признано частично
recognition-granted = Признано
recognition-refused = Отказано

## Course kinds and DTZ result

course-kind-general = Обычный интеграционный курс (Integrationskurs)
course-kind-literacy = Курс чтения и письма (Alphabetisierungskurs)
course-kind-youth = Курс для молодёжи (Jugendintegrationskurs)
course-kind-parents-women = Курс для родителей и женщин (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Интенсивный курс (Intensivkurs)
course-kind-second-script = Курс для тех, кто учит новый алфавит (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = ниже A2

## Contact roles

role-jobcenter-placement = Jobcenter – поиск работы (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – выплаты (Leistungsabteilung)
role-case-manager = Личное сопровождение (Fallmanagement)
role-immigration-office = Ведомство по делам иностранцев (Ausländerbehörde)
role-course-provider = Организатор курса (Kursträger)
role-migration-counselling = Консультации для мигрантов (MBE / JMD)
role-volunteer-mentor = Наставник-волонтёр (Pate / Patin)
role-recognition-counselling = Консультации по признанию (Anerkennungsberatung)
role-employment-agency = Агентство по трудоустройству (Agentur für Arbeit)
role-social-welfare-office = Социальное ведомство (Sozialamt, Asylbewerberleistungen)
role-doctor = Врач
role-school-kita = Школа или детский сад (Schule / Kita)
role-housing-office = Жилищное ведомство (Wohnungsamt)
role-citizens-office = Бюро для граждан (Bürgeramt)
role-employer = Работодатель или место обучения профессии
role-bamf = Федеральное ведомство по делам миграции и беженцев (BAMF)
role-other = Другое

## Appointment purposes

purpose-counselling = Консультация (Beratungsgespräch)
purpose-placement-test = Тест на уровень (Einstufungstest)
purpose-exam = Экзамен
purpose-hand-in-documents = Сдать документы
purpose-application = Подать заявление (Antrag)
purpose-job-interview = Собеседование на работу (Vorstellungsgespräch)
purpose-medical = Приём у врача
purpose-pick-up-document = Забрать документ
purpose-apartment-viewing = Просмотр квартиры (Wohnungsbesichtigung)
purpose-asylum-hearing = Собеседование в BAMF по убежищу (Anhörung)
purpose-parent-meeting = Разговор с учителем (Elterngespräch)

## Typical goals

goal-language-integration-course = Закончить интеграционный курс (Integrationskurs)
goal-language-literacy-course = Научиться читать и писать (Alphabetisierungskurs)
goal-language-job-course = Пройти курс немецкого для работы (Berufssprachkurs)
goal-language-practice = Говорить по-немецки в повседневной жизни
goal-work-find-job = Найти работу
goal-work-recognition = Получить признание диплома (Anerkennung)
goal-work-vocational-training = Начать обучение профессии (Ausbildung)
goal-work-qualification = Пройти дополнительное обучение (Weiterbildung)
goal-work-first-experience = Получить первый опыт работы в Германии
goal-education-school-certificate = Получить школьный аттестат (Schulabschluss)
goal-education-university = Учиться в университете
goal-education-digital-skills = Научиться работать с компьютером и интернетом
goal-housing-find-apartment = Найти квартиру
goal-housing-leave-shared-accommodation = Переехать из общежития (Gemeinschaftsunterkunft)
goal-housing-settle-in = Обустроиться в новой квартире
goal-health-insurance = Иметь медицинскую страховку (Krankenversicherung)
goal-health-family-doctor = Найти семейного врача (Hausarzt)
goal-health-vaccinations = Сделать все нужные прививки
goal-health-counselling = Получить психологическую помощь
goal-family-kita-place = Найти место в детском саду (Kita-Platz)
goal-family-school-enrolment = Записать ребёнка в школу
goal-family-reunification = Перевезти семью сюда (Familiennachzug)
goal-family-benefits = Получать деньги на детей (Kindergeld)
goal-residence-permit = Получить или продлить вид на жительство (Aufenthaltserlaubnis)
goal-residence-work-permit = Получить разрешение на работу (Beschäftigungserlaubnis)
goal-residence-passport = Получить паспорт
goal-residence-settlement-permit = Получить постоянный вид на жительство (Niederlassungserlaubnis)
goal-residence-naturalisation = Получить гражданство Германии (Einbürgerung)
goal-everyday-bank-account = Открыть счёт в банке
goal-everyday-club = Вступить в клуб или общество (Verein)
goal-everyday-volunteering = Быть волонтёром (Ehrenamt)
goal-everyday-driving-licence = Получить водительские права (Führerschein)
goal-everyday-mentor = Найти наставника-волонтёра

## Typical steps

step-entitlement-certificate = Получено разрешение на курс (Berechtigungsschein)
step-obligation-to-attend = Нужно обязательно ходить на интеграционный курс (Verpflichtung)
step-course-registered = Сделана запись на курс (Kursträger)
step-placement-test = Тест на уровень пройден (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Начался курс чтения и письма (Alphabetisierungskurs)
        [youth] Начался курс для молодёжи (Jugendintegrationskurs)
        [parents_women] Начался курс для родителей и женщин (Eltern- und Frauenintegrationskurs)
        [intensive] Начался интенсивный курс (Intensivkurs)
        [second_script] Начался курс для тех, кто учит новый алфавит (Zweitschriftlernende)
       *[general] Начался интеграционный курс (Integrationskurs)
    }
step-dtz-result = Тест по немецкому для иммигрантов (DTZ): { $level ->
        [below_a2] ниже A2
       *[other] { $level }
    }, попытка { $attempt }
step-orientation-test = Тест «Leben in Deutschland» сдан
step-integration-course-certificate = Получен сертификат интеграционного курса (Zertifikat Integrationskurs)
step-cost-exemption = Получено освобождение от оплаты курса (Kostenbefreiung)
step-job-language-course-registered = Сделана запись на курс немецкого для работы (Berufssprachkurs)
step-job-language-course-started = Начался курс немецкого для работы { $level } (Berufssprachkurs)
step-job-language-certificate = Получен сертификат курса немецкого для работы { $level }
step-language-cafe = Посещение языкового кафе (Sprachcafé)
step-language-tandem = Найден партнёр для разговоров по-немецки (Tandem)
step-voluntary-course-started = Начался курс немецкого по собственному желанию
step-profiling = Пройдена проверка навыков (Kompetenzfeststellung, Profiling)
step-perspective-talk = Был разговор о будущем (Perspektivgespräch)
step-cooperation-plan = Согласован план с Jobcenter (Kooperationsplan)
step-recognition-counselling = Получена консультация по признанию (Anerkennungsberatung)
step-documents-translated = Документы переведены
step-recognition-applied = Подано заявление на признание (Antrag auf Anerkennung)
step-recognition-granted = Диплом признан (Anerkennung)
step-internship-started = Началась практика (Praktikum)
step-work-opportunity-started = Началась временная работа (Arbeitsgelegenheit)
step-applications-sent = Отправлены заявки на работу (Bewerbungen)
step-job-interview = Было собеседование на работу (Vorstellungsgespräch)
step-training-place-found = Подписан договор на обучение профессии (Ausbildungsvertrag)
step-training-started = Началось обучение профессии (Ausbildung)
step-training-completed = Обучение профессии закончено
step-job-started = Началась работа
step-education-voucher = Получен ваучер на обучение (Bildungsgutschein)
step-qualification-started = Началось дополнительное обучение (Weiterbildung)
step-qualification-completed = Дополнительное обучение закончено
step-adaptation-measure = Начался курс адаптации (Anpassungsqualifizierung)
step-education-counselling = Получена консультация по образованию (Bildungsberatung)
step-school-course-registered = Сделана запись на курс для школьного аттестата
step-school-course-started = Начался курс для школьного аттестата
step-school-certificate-obtained = Получен школьный аттестат (Schulabschluss)
step-certificate-evaluation = Получена оценка диплома (Zeugnisbewertung)
step-university-applied = Подано заявление в университет
step-university-admitted = Университет принял на учёбу (Zulassung)
step-studies-started = Началась учёба в университете
step-computer-course-started = Начался компьютерный курс
step-course-certificate-obtained = Получен сертификат курса
step-housing-entitlement-applied = Подано заявление на право на социальное жильё (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Получено право на социальное жильё (Wohnberechtigungsschein, WBS)
step-move-out-approved = Получено разрешение на переезд (Zustimmung zum Auszug)
step-apartment-viewing = Квартира осмотрена
step-rental-contract-signed = Подписан договор аренды (Mietvertrag)
step-moved-in = Переезд состоялся
step-address-registered = Адрес зарегистрирован (Anmeldung, Meldebescheinigung)
step-electricity-contract = Заключён договор на электричество (Stromvertrag)
step-liability-insurance = Оформлена страховка ответственности (Haftpflichtversicherung)
step-broadcasting-fee-registered = Оформлена плата за радио и ТВ (Rundfunkbeitrag)
step-health-insurance-registered = Оформлена медицинская страховка (Krankenkasse)
step-health-card-received = Получена карточка медицинской страховки (Gesundheitskarte)
step-family-doctor-found = Найден семейный врач (Hausarzt)
step-check-up-done = Пройдено обследование у врача (Untersuchung)
step-vaccination-record-checked = Проверена карта прививок (Impfpass)
step-vaccinations-done = Прививки сделаны
step-counselling-centre-contacted = Обращение в консультационный центр (Beratungsstelle)
step-counselling-started = Начались консультации или терапия
step-kita-registered = Ребёнок записан в детский сад (Kita)
step-kita-place-offered = Предложено место в детском саду (Kita-Platz)
step-kita-started = Ребёнок ходит в детский сад
step-school-enrolled = Ребёнок записан в школу (Schulanmeldung)
step-child-started-school = Ребёнок ходит в школу
step-visa-applied = Подано заявление на визу для воссоединения семьи (Familiennachzug)
step-visa-granted = Виза выдана
step-family-arrived = Семья приехала
step-child-benefit-applied = Подано заявление на деньги на детей (Kindergeld)
step-child-benefit-granted = Деньги на детей назначены (Kindergeld)
step-residence-applied = Подано заявление в ведомство по делам иностранцев (Ausländerbehörde)
step-fictional-certificate-received = Получена временная справка (Fiktionsbescheinigung)
step-residence-permit-received = Получен вид на жительство (Aufenthaltserlaubnis)
step-work-permit-applied = Подано заявление на разрешение на работу (Beschäftigungserlaubnis)
step-work-permit-received = Получено разрешение на работу (Beschäftigungserlaubnis)
step-passport-applied = Подано заявление на паспорт
step-passport-received = Получен паспорт
step-settlement-permit-received = Получен постоянный вид на жительство (Niederlassungserlaubnis)
step-naturalisation-test-passed = Тест на гражданство сдан (Einbürgerungstest)
step-naturalisation-applied = Подано заявление на гражданство (Einbürgerung)
step-naturalisation-granted = Получен документ о гражданстве (Einbürgerungsurkunde)
step-bank-account-opened = Открыт счёт в банке
step-club-visited = Посещение клуба или общества (Verein)
step-club-joined = Вступление в клуб или общество
step-volunteering-started = Началась волонтёрская работа (Ehrenamt)
step-driving-school-registered = Сделана запись в автошколу (Fahrschule)
step-theory-test-passed = Экзамен по теории сдан
step-driving-test-passed = Экзамен по вождению сдан
step-mentor-found = Найден наставник-волонтёр (Pate / Patin)
step-driving-licence-conversion-applied = Подано заявление на обмен иностранных прав (Umschreibung)
step-counselling-received = Получена консультация (Beratung)
step-application-submitted = Подано заявление (Antrag)
step-decision-received = Получено решение (Bescheid)

## Who added the entry

author-owner = Добавлено мной
author-advisor = Кто добавил: { $name } ({ $organisation })

## Errors

error-parse-id = Код записи неверный.
error-parse-date = Дата неверная. Пиши так: год-месяц-день, например 2025-03-31.
error-parse-time = Время неверное. Пиши так: часы:минуты, например 14:30.
error-schema-version = Неизвестная версия Begleitheft.
error-title-empty = Введи название.
error-organisation-empty = Введи учреждение или имя.
error-text-empty = Напиши что-нибудь или удали это поле.
# Variables:
#   $max (Number) - the most characters allowed.
error-text-too-long =
    Текст слишком длинный. Максимум { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
error-too-many-entries = Слишком много записей. Максимум { $max }.
error-language-tag-invalid = Язык указан неверно.
error-language-duplicate = Этот язык уже есть в списке.
error-country-invalid = Страна указана неверно.
error-email-invalid = Адрес электронной почты неверный.
error-phone-invalid = Номер телефона неверный. Можно писать только цифры, пробелы и + - / ( ).
error-step-done-without-date = Введи дату, когда шаг был сделан.
error-step-params-invalid = Данные этого шага неверные.
error-date-out-of-range = Дата должна быть между { $min } и { $max }.
error-timestamp-out-of-range = Часы на устройстве идут неправильно. Проверь дату и время.
error-goal-field-mismatch = Эта цель относится к другой сфере.
error-duplicate-id = Эта запись есть дважды.
error-appointment-unknown-contact = Контакта для этой встречи больше нет.
error-unknown-goal = Этой цели больше нет.
error-unknown-step = Этого шага больше нет.
error-unknown-contact = Этого контакта больше нет.
error-unknown-appointment = Этой встречи больше нет.
error-index-out-of-range = Запись нельзя переместить сюда.
error-done-date-in-future = Эта дата в будущем. Для сделанного шага нужна дата не позже сегодняшнего дня.
error-load-corrupt = Сохранённые данные повреждены.
error-load-malformed = Сохранённые данные в неправильном формате.
error-load-newer-version = Данные из более новой версии приложения (версия { $found }, а это приложение знает только версии до { $supported }). Обнови приложение.
error-import-not-a-booklet = Этот файл — не Begleitheft.
error-import-corrupt = Файл повреждён или неполный. Ничего не изменено.
error-import-malformed = У файла неправильный формат. Ничего не изменено.
error-import-newer-version = Файл из более новой версии приложения (версия { $found }, а это приложение знает только версии до { $supported }). Обнови приложение.
