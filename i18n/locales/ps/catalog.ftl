# Begleitheft catalogue, Pashto. Short sentences, common words;
# the German official term in brackets where people meet it on paper.

## Fields of action

field-language = ژبه
field-work = کار، مسلکي زده کړه، وړتیا
field-education = تعلیم
field-housing = استوګنه
field-health = روغتیا
field-family = کورنۍ او ماشومان
field-residence = اقامت او ادارې
field-everyday = ورځنی ژوند او ګډون

## Status

goal-status-open = روان
goal-status-achieved = ترلاسه شوی
goal-status-dropped = پرېښودل شوی
step-state-planned = پلان شوی
step-state-done = ترسره شوی

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = مورنۍ ژبه

## Qualifications and recognition

qualification-school = د ښوونځي سند
qualification-vocational = مسلکي سند
qualification-academic = د پوهنتون سند
recognition-not-applied = لا غوښتنه نه ده شوې
recognition-applied = غوښتنه شوې
recognition-partial = یوه برخه یې منل شوې
recognition-granted = منل شوی
recognition-refused = رد شوی

## Course kinds and DTZ result

course-kind-general = د ادغام عمومي کورس (Integrationskurs)
course-kind-literacy = د لوست او لیک کورس (Alphabetisierungskurs)
course-kind-youth = د ځوانانو لپاره د ادغام کورس (Jugendintegrationskurs)
course-kind-parents-women = د مور و پلار او ښځو لپاره د ادغام کورس (Eltern- und Frauenintegrationskurs)
course-kind-intensive = ګړندی کورس (Intensivkurs)
course-kind-second-script = د هغو کسانو کورس چې نوې الفبا زده کوي (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = له A2 ټیټ

## Contact roles

role-jobcenter-placement = Jobcenter – د کار موندنې څانګه (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – د پیسو د مرستې څانګه (Leistungsabteilung)
role-case-manager = د دوسیې مسؤل (Fallmanagement)
role-immigration-office = د بهرنیانو اداره (Ausländerbehörde)
role-course-provider = کورس ورکوونکې اداره (Kursträger)
role-migration-counselling = د مهاجرت مشوره (MBE / JMD)
role-volunteer-mentor = رضاکار مرستندوی (Pate / Patin)
role-recognition-counselling = د سند د منلو مشوره (Anerkennungsberatung)
role-employment-agency = د کار اداره (Agentur für Arbeit)
role-social-welfare-office = د ټولنیزو چارو اداره (Sozialamt / Asylbewerberleistungen)
role-doctor = د ډاکټر کلینیک
role-school-kita = ښوونځی یا وړکتون (Schule / Kita)
role-housing-office = د استوګنې اداره (Wohnungsamt)
role-citizens-office = د اوسېدونکو دفتر (Bürgeramt)
role-employer = کارګمارونکی یا د مسلکي زده کړې ځای
role-bamf = د مهاجرت او کډوالو فدرالي اداره (BAMF)
role-other = نور

## Appointment purposes

purpose-counselling = د مشورې خبرې (Beratungsgespräch)
purpose-placement-test = د کچې ازموینه (Einstufungstest)
purpose-exam = ازموینه
purpose-hand-in-documents = اسناد سپارل
purpose-application = غوښتنلیک ورکول (Antrag)
purpose-job-interview = د دندې مرکه (Vorstellungsgespräch)
purpose-medical = د ډاکټر وخت
purpose-pick-up-document = سند اخیستل
purpose-apartment-viewing = د کور لیدل (Wohnungsbesichtigung)
purpose-asylum-hearing = په BAMF کې د پناه غوښتنې مرکه (Anhörung)
purpose-parent-meeting = له ښوونکي سره خبرې (Elterngespräch)

## Typical goals

goal-language-integration-course = د ادغام کورس بشپړول (Integrationskurs)
goal-language-literacy-course = لوست او لیک زده کول (Alphabetisierungskurs)
goal-language-job-course = د کار لپاره د آلماني ژبې کورس (Berufssprachkurs)
goal-language-practice = په ورځني ژوند کې د آلماني ژبې تمرین
goal-work-find-job = کار پیدا کول
goal-work-recognition = د خپل سند منل کېدل (Anerkennung)
goal-work-vocational-training = مسلکي زده کړه پیلول (Ausbildung)
goal-work-qualification = اضافي زده کړه (Weiterbildung)
goal-work-first-experience = په آلمان کې لومړۍ کاري تجربه
goal-education-school-certificate = د ښوونځي سند ترلاسه کول (Schulabschluss)
goal-education-university = په پوهنتون کې زده کړه
goal-education-digital-skills = کمپیوټر او انټرنېټ زده کول
goal-housing-find-apartment = کور پیدا کول
goal-housing-leave-shared-accommodation = له ګډ استوګنځي څخه وتل (Gemeinschaftsunterkunft)
goal-housing-settle-in = په نوي کور کې میشتېدل
goal-health-insurance = روغتیايي بیمه لرل (Krankenversicherung)
goal-health-family-doctor = د کورنۍ ډاکټر پیدا کول (Hausarzt)
goal-health-vaccinations = واکسینونه بشپړول
goal-health-counselling = رواني ملاتړ ترلاسه کول
goal-family-kita-place = په وړکتون کې ځای پیدا کول (Kita-Platz)
goal-family-school-enrolment = ماشوم په ښوونځي کې نومول
goal-family-reunification = کورنۍ دلته راوستل (Familiennachzug)
goal-family-benefits = د ماشوم پیسې ترلاسه کول (Kindergeld)
goal-residence-permit = د اقامې اجازه اخیستل یا غځول (Aufenthaltserlaubnis)
goal-residence-work-permit = د کار اجازه اخیستل (Beschäftigungserlaubnis)
goal-residence-passport = پاسپورټ اخیستل
goal-residence-settlement-permit = دایمي اقامه اخیستل (Niederlassungserlaubnis)
goal-residence-naturalisation = آلماني تابعیت اخیستل (Einbürgerung)
goal-everyday-bank-account = بانکي حساب پرانیستل
goal-everyday-club = په یوه کلب یا ټولنه کې ګډون (Verein)
goal-everyday-volunteering = رضاکارانه کار (Ehrenamt)
goal-everyday-driving-licence = د موټر چلولو جواز اخیستل (Führerschein)
goal-everyday-mentor = رضاکار مرستندوی پیدا کول (Pate / Patin)

## Typical steps

step-entitlement-certificate = د ګډون د حق سند ترلاسه کول (Berechtigungsschein)
step-obligation-to-attend = د ادغام کورس ته د تګ مکلفیت (Verpflichtung)
step-course-registered = په کورس ورکوونکې اداره کې نوم لیکنه (Kursträger)
step-placement-test = د کچې ازموینه (Einstufungstest)
step-course-started = { $kind ->
        [literacy] د لوست او لیک کورس پیلول (Alphabetisierungskurs)
        [youth] د ځوانانو د ادغام کورس پیلول (Jugendintegrationskurs)
        [parents_women] د مور و پلار او ښځو د ادغام کورس پیلول (Eltern- und Frauenintegrationskurs)
        [intensive] ګړندی کورس پیلول (Intensivkurs)
        [second_script] د نوې الفبا زده کوونکو کورس پیلول (Zweitschriftlernende)
       *[general] د ادغام کورس پیلول (Integrationskurs)
    }
step-dtz-result = د کډوالو لپاره د آلماني ژبې ازموینه (DTZ): { $level ->
        [below_a2] له A2 ټیټ
       *[other] { $level }
    }، هڅه: { $attempt }
step-orientation-test = د «په آلمان کې ژوند» په ازموینه کې بریالیتوب (Leben in Deutschland)
step-integration-course-certificate = د ادغام کورس سند ترلاسه کول (Zertifikat Integrationskurs)
step-cost-exemption = د کورس له لګښت څخه معافیت (Kostenbefreiung)
step-job-language-course-registered = د کار د ژبې کورس لپاره نوم لیکنه (Berufssprachkurs)
step-job-language-course-started = د کار د ژبې کورس { $level } پیلول (Berufssprachkurs)
step-job-language-certificate = د کار د ژبې کورس { $level } سند ترلاسه کول
step-language-cafe = د ژبې کافې ته تلل (Sprachcafé)
step-language-tandem = د ژبې ملګری پیدا کول (Tandem)
step-voluntary-course-started = د خپلې خوښې د ژبې کورس پیلول
step-profiling = د وړتیاوو ارزونه (Kompetenzfeststellung)
step-perspective-talk = د راتلونکي کار په اړه خبرې (Perspektivgespräch)
step-cooperation-plan = له Jobcenter سره پر پلان موافقه (Kooperationsplan)
step-recognition-counselling = د سند د منلو په اړه مشوره اخیستل (Anerkennungsberatung)
step-documents-translated = اسناد ژباړل
step-recognition-applied = د سند د منلو غوښتنلیک ورکول (Antrag auf Anerkennung)
step-recognition-granted = د سند منل کېدل (Anerkennung)
step-internship-started = عملي زده کړه پیلول (Praktikum)
step-work-opportunity-started = د کار فرصت پیلول (Arbeitsgelegenheit)
step-applications-sent = د دندې غوښتنلیکونه لېږل (Bewerbungen)
step-job-interview = د دندې مرکه (Vorstellungsgespräch)
step-training-place-found = د مسلکي زده کړې تړون لاسلیک کول (Ausbildungsvertrag)
step-training-started = مسلکي زده کړه پیلول (Ausbildung)
step-training-completed = مسلکي زده کړه بشپړول
step-job-started = کار پیلول
step-education-voucher = د زده کړې کوپون ترلاسه کول (Bildungsgutschein)
step-qualification-started = اضافي زده کړه پیلول (Weiterbildung)
step-qualification-completed = اضافي زده کړه بشپړول
step-adaptation-measure = د سمون کورس پیلول (Anpassungsqualifizierung)
step-education-counselling = د زده کړې مشوره اخیستل (Bildungsberatung)
step-school-course-registered = د ښوونځي د سند کورس لپاره نوم لیکنه
step-school-course-started = د ښوونځي د سند کورس پیلول
step-school-certificate-obtained = د ښوونځي سند ترلاسه کول (Schulabschluss)
step-certificate-evaluation = د سند ارزونه ترلاسه کول (Zeugnisbewertung)
step-university-applied = پوهنتون ته غوښتنلیک ورکول
step-university-admitted = په پوهنتون کې منل کېدل (Zulassung)
step-studies-started = په پوهنتون کې زده کړه پیلول
step-computer-course-started = د کمپیوټر کورس پیلول
step-course-certificate-obtained = د کورس سند ترلاسه کول
step-housing-entitlement-applied = د استوګنې د حق سند غوښتل (Wohnberechtigungsschein / WBS)
step-housing-entitlement-received = د استوګنې د حق سند ترلاسه کول (Wohnberechtigungsschein / WBS)
step-move-out-approved = د وتلو اجازه ترلاسه کول (Zustimmung zum Auszug)
step-apartment-viewing = کور لیدل
step-rental-contract-signed = د کرایې تړون لاسلیک کول (Mietvertrag)
step-moved-in = نوي کور ته کډه کول
step-address-registered = د پتې ثبتول (Anmeldung / Meldebescheinigung)
step-electricity-contract = د برېښنا تړون (Stromvertrag)
step-liability-insurance = د مسؤلیت بیمه (Haftpflichtversicherung)
step-broadcasting-fee-registered = د راډیو او تلویزیون فیس لپاره نوم لیکنه (Rundfunkbeitrag)
step-health-insurance-registered = په روغتیايي بیمه کې نوم لیکنه (Krankenkasse)
step-health-card-received = د روغتیايي بیمې کارت ترلاسه کول (Gesundheitskarte)
step-family-doctor-found = د کورنۍ ډاکټر پیدا کول (Hausarzt)
step-check-up-done = طبي معاینه (Untersuchung)
step-vaccination-record-checked = د واکسین کتابچه کتل (Impfpass)
step-vaccinations-done = واکسینونه اخیستل
step-counselling-centre-contacted = له مشورتي مرکز سره اړیکه (Beratungsstelle)
step-counselling-started = مشوره یا درملنه پیلول
step-kita-registered = ماشوم په وړکتون کې نومول (Kita)
step-kita-place-offered = په وړکتون کې د ځای وړاندیز (Kita-Platz)
step-kita-started = ماشوم وړکتون ته ځي
step-school-enrolled = ماشوم په ښوونځي کې نومول (Schulanmeldung)
step-child-started-school = ماشوم ښوونځي ته ځي
step-visa-applied = د کورنۍ د راتګ لپاره د ویزې غوښتنه (Familiennachzug)
step-visa-granted = ویزه ورکړل شوه
step-family-arrived = کورنۍ راورسېده
step-child-benefit-applied = د ماشوم د پیسو غوښتنه (Kindergeld)
step-child-benefit-granted = د ماشوم پیسې ومنل شوې (Kindergeld)
step-residence-applied = د بهرنیانو ادارې ته غوښتنلیک ورکول (Ausländerbehörde)
step-fictional-certificate-received = لنډمهاله سند ترلاسه کول (Fiktionsbescheinigung)
step-residence-permit-received = د اقامې اجازه ترلاسه کول (Aufenthaltserlaubnis)
step-work-permit-applied = د کار د اجازې غوښتنه (Beschäftigungserlaubnis)
step-work-permit-received = د کار اجازه ترلاسه کول (Beschäftigungserlaubnis)
step-passport-applied = د پاسپورټ غوښتنه
step-passport-received = پاسپورټ ترلاسه کول
step-settlement-permit-received = دایمي اقامه ترلاسه کول (Niederlassungserlaubnis)
step-naturalisation-test-passed = د تابعیت په ازموینه کې بریالیتوب (Einbürgerungstest)
step-naturalisation-applied = د تابعیت غوښتنه (Einbürgerung)
step-naturalisation-granted = د تابعیت سند ترلاسه کول (Einbürgerungsurkunde)
step-bank-account-opened = بانکي حساب پرانیستل
step-club-visited = یو کلب یا ټولنه لیدل (Verein)
step-club-joined = د کلب یا ټولنې غړی کېدل
step-volunteering-started = رضاکارانه کار پیلول (Ehrenamt)
step-driving-school-registered = د موټر چلولو په ښوونځي کې نوم لیکنه (Fahrschule)
step-theory-test-passed = په نظري ازموینه کې بریالیتوب
step-driving-test-passed = د موټر چلولو په ازموینه کې بریالیتوب
step-mentor-found = رضاکار مرستندوی پیدا کول (Pate / Patin)
step-driving-licence-conversion-applied = د بهرني جواز د بدلولو غوښتنه (Umschreibung)
step-counselling-received = مشوره اخیستل (Beratung)
step-application-submitted = غوښتنلیک ورکول (Antrag)
step-decision-received = پرېکړه لیک ترلاسه کول (Bescheid)

## Who added the entry

author-owner = ما ولیکه
author-advisor = د { $name } ({ $organisation }) له خوا ولیکل شو

## Errors

error-parse-id = پېژند کوډ سم نه دی.
error-parse-date = نېټه سمه نه ده. لومړی کال، بیا میاشت، بیا ورځ ولیکئ، لکه: 2025-01-31.
error-parse-time = وخت سم نه دی. لومړی ساعت، بیا دقیقې ولیکئ، لکه: 09:30.
error-schema-version = د کتابچې نسخه نامعلومه ده.
error-title-empty = مهرباني وکړئ یو سرلیک ولیکئ.
error-organisation-empty = مهرباني وکړئ د یوې ادارې یا یو کس نوم ولیکئ.
error-text-empty = مهرباني وکړئ څه ولیکئ یا دا خانه لرې کړئ.
error-text-too-long = متن ډېر اوږد دی. تر ټولو ډېر توري: { $max }.
error-too-many-entries = توکي ډېر زیات دي. تر ټولو ډېر: { $max }.
error-language-tag-invalid = ژبه سمه نه ده.
error-language-duplicate = دا ژبه دمخه په لست کې شته.
error-country-invalid = هېواد سم نه دی.
error-email-invalid = د ایمېل پته سمه نه ده.
error-phone-invalid = د تلیفون شمېره سمه نه ده. یوازې عددونه، تش ځایونه او + - / ( ) وکاروئ.
error-step-done-without-date = مهرباني وکړئ هغه نېټه ولیکئ چې ګام پکې ترسره شو.
error-step-params-invalid = د دې ګام معلومات سم نه دي.
error-date-out-of-range = نېټه باید د { $min } او { $max } ترمنځ وي.
error-timestamp-out-of-range = د وسیلې ساعت سم نه دی. مهرباني وکړئ نېټه او وخت وګورئ.
error-goal-field-mismatch = دا هدف د بلې برخې دی.
error-duplicate-id = دا توکی دوه ځله شته.
error-appointment-unknown-contact = د دې ملاقات اړیکه اوس نشته.
error-unknown-goal = دا هدف اوس نشته.
error-unknown-step = دا ګام اوس نشته.
error-unknown-contact = دا اړیکه اوس نشته.
error-unknown-appointment = دا ملاقات اوس نشته.
error-index-out-of-range = توکی دې ځای ته نه شي وړل کېدای.
error-done-date-in-future = دا نېټه په راتلونکي کې ده. ترسره شوي ګام ته د نن ورځې یا له هغې مخکې نېټه پکار ده.
error-load-corrupt = خوندي شوي معلومات خراب شوي دي.
error-load-malformed = د خوندي شويو معلوماتو بڼه غلطه ده.
error-load-newer-version = دا معلومات د اپ له یوې نوې نسخې څخه دي (نسخه { $found }، دا اپ تر نسخې { $supported } پورې لوستلی شي). مهرباني وکړئ اپ تازه کړئ.
error-import-not-a-booklet = دا فایل د Begleitheft کتابچه نه ده.
error-import-corrupt = فایل خراب یا نیمګړی دی. هېڅ شی بدل نه شو.
error-import-malformed = د فایل بڼه غلطه ده. هېڅ شی بدل نه شو.
error-import-newer-version = دا فایل د اپ له یوې نوې نسخې څخه دی (نسخه { $found }، دا اپ تر نسخې { $supported } پورې لوستلی شي). مهرباني وکړئ اپ تازه کړئ.
