# Begleitheft catalogue: fields, typical goals and steps, roles, appointments, errors.
# The German official term stays in brackets where people meet it on paper.

## Fields of action

field-language = Мова
field-work = Робота, навчання професії, кваліфікація
field-education = Освіта
field-housing = Житло
field-health = Здоров’я
field-family = Сім’я і діти
field-residence = Перебування і державні установи
field-everyday = Щоденне життя і участь у суспільстві

## Status

goal-status-open = У процесі
goal-status-achieved = Досягнуто
goal-status-dropped = Більше не актуально
step-state-planned = Заплановано
step-state-done = Зроблено

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Рідна мова

## Qualifications and recognition

qualification-school = Шкільний атестат
qualification-vocational = Професійна освіта
qualification-academic = Вища освіта
recognition-not-applied = Заяву ще не подано
recognition-applied = Заяву подано
recognition-partial = Визнано частково
recognition-granted = Визнано
recognition-refused = Відмовлено

## Course kinds and DTZ result

course-kind-general = Звичайний інтеграційний курс (Integrationskurs)
course-kind-literacy = Курс читання й письма (Alphabetisierungskurs)
course-kind-youth = Курс для молоді (Jugendintegrationskurs)
course-kind-parents-women = Курс для батьків і жінок (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Інтенсивний курс (Intensivkurs)
course-kind-second-script = Курс для тих, хто вчить нову абетку (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = нижче A2

## Contact roles

role-jobcenter-placement = Jobcenter – пошук роботи (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – виплати (Leistungsabteilung)
role-case-manager = Особистий супровід (Fallmanagement)
role-immigration-office = Відомство у справах іноземців (Ausländerbehörde)
role-course-provider = Організатор курсу (Kursträger)
role-migration-counselling = Консультації для мігрантів (MBE / JMD)
role-volunteer-mentor = Наставник-волонтер (Pate / Patin)
role-recognition-counselling = Консультації щодо визнання (Anerkennungsberatung)
role-employment-agency = Агентство з працевлаштування (Agentur für Arbeit)
role-social-welfare-office = Соціальна служба (Sozialamt, Asylbewerberleistungen)
role-doctor = Лікар
role-school-kita = Школа або дитсадок (Schule / Kita)
role-housing-office = Житлове відомство (Wohnungsamt)
role-citizens-office = Служба для громадян (Bürgeramt)
role-employer = Роботодавець або місце навчання професії
role-bamf = Федеральне відомство у справах міграції та біженців (BAMF)
role-other = Інше

## Appointment purposes

purpose-counselling = Консультація (Beratungsgespräch)
purpose-placement-test = Тест на рівень (Einstufungstest)
purpose-exam = Іспит
purpose-hand-in-documents = Здати документи
purpose-application = Подати заяву (Antrag)
purpose-job-interview = Співбесіда на роботу (Vorstellungsgespräch)
purpose-medical = Прийом у лікаря
purpose-pick-up-document = Забрати документ
purpose-apartment-viewing = Огляд квартири (Wohnungsbesichtigung)
purpose-asylum-hearing = Співбесіда в BAMF про притулок (Anhörung)
purpose-parent-meeting = Розмова з учителем (Elterngespräch)

## Typical goals

goal-language-integration-course = Закінчити інтеграційний курс (Integrationskurs)
goal-language-literacy-course = Навчитися читати й писати (Alphabetisierungskurs)
goal-language-job-course = Пройти курс німецької для роботи (Berufssprachkurs)
goal-language-practice = Говорити німецькою в щоденному житті
goal-work-find-job = Знайти роботу
goal-work-recognition = Отримати визнання диплома (Anerkennung)
goal-work-vocational-training = Почати навчання професії (Ausbildung)
goal-work-qualification = Пройти додаткове навчання (Weiterbildung)
goal-work-first-experience = Отримати перший досвід роботи в Німеччині
goal-education-school-certificate = Отримати шкільний атестат (Schulabschluss)
goal-education-university = Навчатися в університеті
goal-education-digital-skills = Навчитися працювати з комп’ютером та інтернетом
goal-housing-find-apartment = Знайти квартиру
goal-housing-leave-shared-accommodation = Виїхати зі спільного житла (Gemeinschaftsunterkunft)
goal-housing-settle-in = Облаштуватися в новій квартирі
goal-health-insurance = Мати медичну страховку (Krankenversicherung)
goal-health-family-doctor = Знайти сімейного лікаря (Hausarzt)
goal-health-vaccinations = Зробити всі потрібні щеплення
goal-health-counselling = Отримати психологічну підтримку
goal-family-kita-place = Знайти місце в дитсадку (Kita-Platz)
goal-family-school-enrolment = Записати дитину до школи
goal-family-reunification = Привезти сім’ю сюди (Familiennachzug)
goal-family-benefits = Отримувати гроші на дітей (Kindergeld)
goal-residence-permit = Отримати або продовжити дозвіл на проживання (Aufenthaltserlaubnis)
goal-residence-work-permit = Отримати дозвіл на роботу (Beschäftigungserlaubnis)
goal-residence-passport = Отримати паспорт
goal-residence-settlement-permit = Отримати постійний дозвіл на проживання (Niederlassungserlaubnis)
goal-residence-naturalisation = Отримати громадянство Німеччини (Einbürgerung)
goal-everyday-bank-account = Відкрити рахунок у банку
goal-everyday-club = Вступити в клуб або спілку (Verein)
goal-everyday-volunteering = Бути волонтером (Ehrenamt)
goal-everyday-driving-licence = Отримати водійські права (Führerschein)
goal-everyday-mentor = Знайти наставника-волонтера

## Typical steps

step-entitlement-certificate = Отримано дозвіл на курс (Berechtigungsschein)
step-obligation-to-attend = Треба обов’язково ходити на інтеграційний курс (Verpflichtung)
step-course-registered = Зроблено запис на курс (Kursträger)
step-placement-test = Тест на рівень пройдено (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Почався курс читання й письма (Alphabetisierungskurs)
        [youth] Почався курс для молоді (Jugendintegrationskurs)
        [parents_women] Почався курс для батьків і жінок (Eltern- und Frauenintegrationskurs)
        [intensive] Почався інтенсивний курс (Intensivkurs)
        [second_script] Почався курс для тих, хто вчить нову абетку (Zweitschriftlernende)
       *[general] Почався інтеграційний курс (Integrationskurs)
    }
step-dtz-result = Тест з німецької для іммігрантів (DTZ): { $level ->
        [below_a2] нижче A2
       *[other] { $level }
    }, спроба { $attempt }
step-orientation-test = Тест «Leben in Deutschland» складено
step-integration-course-certificate = Отримано сертифікат інтеграційного курсу (Zertifikat Integrationskurs)
step-cost-exemption = Звільнено від оплати курсу (Kostenbefreiung)
step-job-language-course-registered = Зроблено запис на курс німецької для роботи (Berufssprachkurs)
step-job-language-course-started = Почався курс німецької для роботи { $level } (Berufssprachkurs)
step-job-language-certificate = Отримано сертифікат курсу німецької для роботи { $level }
step-language-cafe = Відвідано мовне кафе (Sprachcafé)
step-language-tandem = Знайдено партнера для розмов німецькою (Tandem)
step-voluntary-course-started = Почався курс німецької з власного бажання
step-profiling = Пройдено перевірку навичок (Kompetenzfeststellung, Profiling)
step-perspective-talk = Була розмова про майбутнє (Perspektivgespräch)
step-cooperation-plan = Узгоджено план з Jobcenter (Kooperationsplan)
step-recognition-counselling = Отримано консультацію щодо визнання (Anerkennungsberatung)
step-documents-translated = Документи перекладено
step-recognition-applied = Подано заяву на визнання (Antrag auf Anerkennung)
step-recognition-granted = Диплом визнано (Anerkennung)
step-internship-started = Почалася практика (Praktikum)
step-work-opportunity-started = Почалася тимчасова робота (Arbeitsgelegenheit)
step-applications-sent = Надіслано заявки на роботу (Bewerbungen)
step-job-interview = Була співбесіда на роботу (Vorstellungsgespräch)
step-training-place-found = Підписано договір на навчання професії (Ausbildungsvertrag)
step-training-started = Почалося навчання професії (Ausbildung)
step-training-completed = Навчання професії завершено
step-job-started = Почалася робота
step-education-voucher = Отримано ваучер на навчання (Bildungsgutschein)
step-qualification-started = Почалося додаткове навчання (Weiterbildung)
step-qualification-completed = Додаткове навчання завершено
step-adaptation-measure = Почався курс адаптації (Anpassungsqualifizierung)
step-education-counselling = Отримано консультацію щодо освіти (Bildungsberatung)
step-school-course-registered = Зроблено запис на курс для шкільного атестата
step-school-course-started = Почався курс для шкільного атестата
step-school-certificate-obtained = Отримано шкільний атестат (Schulabschluss)
step-certificate-evaluation = Отримано оцінку диплома (Zeugnisbewertung)
step-university-applied = Подано заяву до університету
step-university-admitted = Університет прийняв на навчання (Zulassung)
step-studies-started = Почалося навчання в університеті
step-computer-course-started = Почався комп’ютерний курс
step-course-certificate-obtained = Отримано сертифікат курсу
step-housing-entitlement-applied = Подано заяву на право на соціальне житло (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Отримано право на соціальне житло (Wohnberechtigungsschein, WBS)
step-move-out-approved = Отримано дозвіл на переїзд (Zustimmung zum Auszug)
step-apartment-viewing = Квартиру оглянуто
step-rental-contract-signed = Підписано договір оренди (Mietvertrag)
step-moved-in = Переїзд відбувся
step-address-registered = Адресу зареєстровано (Anmeldung, Meldebescheinigung)
step-electricity-contract = Укладено договір на електрику (Stromvertrag)
step-liability-insurance = Оформлено страховку відповідальності (Haftpflichtversicherung)
step-broadcasting-fee-registered = Оформлено плату за радіо й ТБ (Rundfunkbeitrag)
step-health-insurance-registered = Оформлено медичну страховку (Krankenkasse)
step-health-card-received = Отримано картку медичної страховки (Gesundheitskarte)
step-family-doctor-found = Знайдено сімейного лікаря (Hausarzt)
step-check-up-done = Пройдено обстеження в лікаря (Untersuchung)
step-vaccination-record-checked = Перевірено карту щеплень (Impfpass)
step-vaccinations-done = Щеплення зроблено
step-counselling-centre-contacted = Звернення до консультаційного центру (Beratungsstelle)
step-counselling-started = Почалися консультації або терапія
step-kita-registered = Дитину записано в дитсадок (Kita)
step-kita-place-offered = Запропоновано місце в дитсадку (Kita-Platz)
step-kita-started = Дитина ходить у дитсадок
step-school-enrolled = Дитину записано до школи (Schulanmeldung)
step-child-started-school = Дитина ходить до школи
step-visa-applied = Подано заяву на візу для возз’єднання сім’ї (Familiennachzug)
step-visa-granted = Візу видано
step-family-arrived = Сім’я приїхала
step-child-benefit-applied = Подано заяву на гроші на дітей (Kindergeld)
step-child-benefit-granted = Гроші на дітей призначено (Kindergeld)
step-residence-applied = Подано заяву до відомства у справах іноземців (Ausländerbehörde)
step-fictional-certificate-received = Отримано тимчасову довідку (Fiktionsbescheinigung)
step-residence-permit-received = Отримано дозвіл на проживання (Aufenthaltserlaubnis)
step-work-permit-applied = Подано заяву на дозвіл на роботу (Beschäftigungserlaubnis)
step-work-permit-received = Отримано дозвіл на роботу (Beschäftigungserlaubnis)
step-passport-applied = Подано заяву на паспорт
step-passport-received = Отримано паспорт
step-settlement-permit-received = Отримано постійний дозвіл на проживання (Niederlassungserlaubnis)
step-naturalisation-test-passed = Тест на громадянство складено (Einbürgerungstest)
step-naturalisation-applied = Подано заяву на громадянство (Einbürgerung)
step-naturalisation-granted = Отримано документ про громадянство (Einbürgerungsurkunde)
step-bank-account-opened = Відкрито рахунок у банку
step-club-visited = Відвідано клуб або спілку (Verein)
step-club-joined = Вступ до клубу або спілки
step-volunteering-started = Почалася волонтерська робота (Ehrenamt)
step-driving-school-registered = Зроблено запис до автошколи (Fahrschule)
step-theory-test-passed = Іспит з теорії складено
step-driving-test-passed = Іспит з водіння складено
step-mentor-found = Знайдено наставника-волонтера (Pate / Patin)
step-driving-licence-conversion-applied = Подано заяву на обмін іноземних прав (Umschreibung)
step-counselling-received = Отримано консультацію (Beratung)
step-application-submitted = Подано заяву (Antrag)
step-decision-received = Отримано рішення (Bescheid)

## Who added the entry

author-owner = Додано мною
author-advisor = Хто додав: { $name } ({ $organisation })

## Errors

error-parse-id = Код запису неправильний.
error-parse-date = Дата неправильна. Пиши так: рік-місяць-день, наприклад 2025-03-31.
error-parse-time = Час неправильний. Пиши так: години:хвилини, наприклад 14:30.
error-schema-version = Невідома версія Begleitheft.
error-title-empty = Введи назву.
error-organisation-empty = Введи установу або ім’я.
error-text-empty = Напиши щось або видали це поле.
# Variables:
#   $max (Number) - the most characters allowed.
error-text-too-long =
    Текст задовгий. Максимум { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
error-too-many-entries = Забагато записів. Максимум { $max }.
error-language-tag-invalid = Мова неправильна.
error-language-duplicate = Ця мова вже є в списку.
error-country-invalid = Країна неправильна.
error-email-invalid = Адреса електронної пошти неправильна.
error-phone-invalid = Номер телефону неправильний. Можна писати тільки цифри, пробіли і + - / ( ).
error-step-done-without-date = Введи дату, коли крок було зроблено.
error-step-params-invalid = Дані цього кроку неправильні.
error-date-out-of-range = Дата має бути між { $min } і { $max }.
error-timestamp-out-of-range = Годинник на пристрої йде неправильно. Перевір дату і час.
error-goal-field-mismatch = Ця ціль належить до іншої сфери.
error-duplicate-id = Цей запис є двічі.
error-appointment-unknown-contact = Контакту для цієї зустрічі вже немає.
error-unknown-goal = Цієї цілі вже немає.
error-unknown-step = Цього кроку вже немає.
error-unknown-contact = Цього контакту вже немає.
error-unknown-appointment = Цієї зустрічі вже немає.
error-index-out-of-range = Запис не можна перемістити сюди.
error-done-date-in-future = Ця дата в майбутньому. Для зробленого кроку потрібна дата не пізніше ніж сьогодні.
error-load-corrupt = Збережені дані пошкоджені.
error-load-malformed = Збережені дані мають неправильний формат.
error-load-newer-version = Дані з новішої версії застосунку (версія { $found }, а цей застосунок знає лише версії до { $supported }). Онови застосунок.
error-import-not-a-booklet = Цей файл — не Begleitheft.
error-import-corrupt = Файл пошкоджений або неповний. Нічого не змінено.
error-import-malformed = Файл має неправильний формат. Нічого не змінено.
error-import-newer-version = Файл з новішої версії застосунку (версія { $found }, а цей застосунок знає лише версії до { $supported }). Онови застосунок.
