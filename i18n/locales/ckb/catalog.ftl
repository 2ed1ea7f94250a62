# Begleitheft catalogue, Central Kurdish (Sorani). Short sentences, common words;
# the German official term in brackets where people meet it on paper.

## Fields of action

field-language = زمان
field-work = کار، ڕاهێنانی پیشەیی، شارەزایی
field-education = خوێندن
field-housing = نیشتەجێبوون
field-health = تەندروستی
field-family = خێزان و منداڵ
field-residence = مافی مانەوە و فەرمانگەکان
field-everyday = ژیانی ڕۆژانە و بەشداری

## Status

goal-status-open = کراوە
goal-status-achieved = بەدیهات
goal-status-dropped = وازم لێ هێنا
step-state-planned = بڕیارە بکرێت
step-state-done = کرا

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = زمانی دایک

## Qualifications and recognition

qualification-school = بڕوانامەی قوتابخانە
qualification-vocational = بڕوانامەی پیشەیی
qualification-academic = بڕوانامەی زانکۆ
recognition-not-applied = هێشتا داوام نەکردووە
recognition-applied = داوام کردووە
recognition-partial = بەشێکی پەسەند کراوە
recognition-granted = پەسەند کراوە
recognition-refused = ڕەت کراوەتەوە

## Course kinds and DTZ result

course-kind-general = خولی ئینتیگراسیۆنی گشتی (Integrationskurs)
course-kind-literacy = خولی فێربوونی خوێندن و نووسین (Alphabetisierungskurs)
course-kind-youth = خولی ئینتیگراسیۆن بۆ گەنجان (Jugendintegrationskurs)
course-kind-parents-women = خولی ئینتیگراسیۆن بۆ دایک و باوکان و ژنان (Eltern- und Frauenintegrationskurs)
course-kind-intensive = خولی چڕ (Intensivkurs)
course-kind-second-script = خول بۆ ئەوانەی ئەلفوبێیەکی نوێ فێر دەبن (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = کەمتر لە A2

## Contact roles

role-jobcenter-placement = Jobcenter – دۆزینەوەی کار (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – بەشی یارمەتی دارایی (Leistungsabteilung)
role-case-manager = بەرپرسی دۆسیە (Fallmanagement)
role-immigration-office = فەرمانگەی بیانییان (Ausländerbehörde)
role-course-provider = دامەزراوەی خولەکە (Kursträger)
role-migration-counselling = ڕاوێژی کۆچ (MBE / JMD)
role-volunteer-mentor = یاریدەدەری خۆبەخش (Pate / Patin)
role-recognition-counselling = ڕاوێژی پەسەندکردنی بڕوانامە (Anerkennungsberatung)
role-employment-agency = ئاژانسی کار (Agentur für Arbeit)
role-social-welfare-office = فەرمانگەی کاروباری کۆمەڵایەتی (Sozialamt / Asylbewerberleistungen)
role-doctor = نۆرینگەی پزیشک
role-school-kita = قوتابخانە یان باخچەی ساوایان (Schule / Kita)
role-housing-office = فەرمانگەی نیشتەجێبوون (Wohnungsamt)
role-citizens-office = فەرمانگەی هاووڵاتیان (Bürgeramt)
role-employer = خاوەنکار یان شوێنی ڕاهێنانی پیشەیی
role-bamf = فەرمانگەی فیدراڵی کۆچ و پەنابەران (BAMF)
role-other = ئەوانی تر

## Appointment purposes

purpose-counselling = دانیشتنی ڕاوێژ (Beratungsgespräch)
purpose-placement-test = تاقیکردنەوەی دیاریکردنی ئاست (Einstufungstest)
purpose-exam = تاقیکردنەوە
purpose-hand-in-documents = ڕادەستکردنی بەڵگەنامەکان
purpose-application = پێشکەشکردنی داواکاری (Antrag)
purpose-job-interview = چاوپێکەوتنی کار (Vorstellungsgespräch)
purpose-medical = ژوانی پزیشک
purpose-pick-up-document = وەرگرتنی بەڵگەنامە
purpose-apartment-viewing = سەیرکردنی شوقە (Wohnungsbesichtigung)
purpose-asylum-hearing = چاوپێکەوتنی پەنابەری لە BAMF (Anhörung)
purpose-parent-meeting = قسەکردن لەگەڵ مامۆستا (Elterngespräch)

## Typical goals

goal-language-integration-course = تەواوکردنی خولی ئینتیگراسیۆن (Integrationskurs)
goal-language-literacy-course = فێربوونی خوێندن و نووسین (Alphabetisierungskurs)
goal-language-job-course = خولی زمانی ئەڵمانی بۆ کار (Berufssprachkurs)
goal-language-practice = ڕاهێنان لەسەر ئەڵمانی لە ژیانی ڕۆژانەدا
goal-work-find-job = دۆزینەوەی کار
goal-work-recognition = پەسەندکردنی بڕوانامەکەم (Anerkennung)
goal-work-vocational-training = دەستپێکردنی ڕاهێنانی پیشەیی (Ausbildung)
goal-work-qualification = خولی پەرەپێدانی پیشەیی (Weiterbildung)
goal-work-first-experience = یەکەم ئەزموونی کار لە ئەڵمانیا
goal-education-school-certificate = وەرگرتنی بڕوانامەی قوتابخانە (Schulabschluss)
goal-education-university = خوێندن لە زانکۆ
goal-education-digital-skills = فێربوونی کۆمپیوتەر و ئینتەرنێت
goal-housing-find-apartment = دۆزینەوەی شوقە
goal-housing-leave-shared-accommodation = دەرچوون لە شوێنی نیشتەجێبوونی بەکۆمەڵ (Gemeinschaftsunterkunft)
goal-housing-settle-in = جێگیربوون لە ماڵە نوێیەکەدا
goal-health-insurance = هەبوونی بیمەی تەندروستی (Krankenversicherung)
goal-health-family-doctor = دۆزینەوەی پزیشکی خێزان (Hausarzt)
goal-health-vaccinations = تەواوکردنی کوتانەکان
goal-health-counselling = وەرگرتنی یارمەتی دەروونی
goal-family-kita-place = دۆزینەوەی جێگا لە باخچەی ساوایان (Kita-Platz)
goal-family-school-enrolment = ناونووسینی منداڵ لە قوتابخانە
goal-family-reunification = هێنانی خێزان بۆ ئێرە (Familiennachzug)
goal-family-benefits = وەرگرتنی پارەی منداڵ (Kindergeld)
goal-residence-permit = وەرگرتن یان درێژکردنەوەی مۆڵەتی مانەوە (Aufenthaltserlaubnis)
goal-residence-work-permit = وەرگرتنی مۆڵەتی کار (Beschäftigungserlaubnis)
goal-residence-passport = وەرگرتنی پاسپۆرت
goal-residence-settlement-permit = وەرگرتنی مۆڵەتی مانەوەی هەمیشەیی (Niederlassungserlaubnis)
goal-residence-naturalisation = وەرگرتنی ڕەگەزنامەی ئەڵمانی (Einbürgerung)
goal-everyday-bank-account = کردنەوەی هەژماری بانک
goal-everyday-club = بەشداری لە یانە یان کۆمەڵەیەک (Verein)
goal-everyday-volunteering = کاری خۆبەخشانە (Ehrenamt)
goal-everyday-driving-licence = وەرگرتنی مۆڵەتی شۆفێری (Führerschein)
goal-everyday-mentor = دۆزینەوەی یاریدەدەرێکی خۆبەخش (Pate / Patin)

## Typical steps

step-entitlement-certificate = وەرگرتنی بەڵگەی مافی بەشداری (Berechtigungsschein)
step-obligation-to-attend = ناچاری بەشداری لە خولی ئینتیگراسیۆن (Verpflichtung)
step-course-registered = ناونووسین لای دامەزراوەی خولەکە (Kursträger)
step-placement-test = تاقیکردنەوەی دیاریکردنی ئاست (Einstufungstest)
step-course-started = { $kind ->
        [literacy] دەستپێکردنی خولی خوێندن و نووسین (Alphabetisierungskurs)
        [youth] دەستپێکردنی خولی ئینتیگراسیۆن بۆ گەنجان (Jugendintegrationskurs)
        [parents_women] دەستپێکردنی خولی ئینتیگراسیۆن بۆ دایک و باوکان و ژنان (Eltern- und Frauenintegrationskurs)
        [intensive] دەستپێکردنی خولی چڕ (Intensivkurs)
        [second_script] دەستپێکردنی خول بۆ ئەوانەی ئەلفوبێیەکی نوێ فێر دەبن (Zweitschriftlernende)
       *[general] دەستپێکردنی خولی ئینتیگراسیۆن (Integrationskurs)
    }
step-dtz-result = تاقیکردنەوەی ئەڵمانی بۆ کۆچبەران (DTZ): { $level ->
        [below_a2] کەمتر لە A2
       *[other] { $level }
    }، هەوڵی ژمارە { $attempt }
step-orientation-test = دەرچوون لە تاقیکردنەوەی «ژیان لە ئەڵمانیا» (Leben in Deutschland)
step-integration-course-certificate = وەرگرتنی بڕوانامەی خولی ئینتیگراسیۆن (Zertifikat Integrationskurs)
step-cost-exemption = لێخۆشبوون لە پارەی خولەکە (Kostenbefreiung)
step-job-language-course-registered = ناونووسین بۆ خولی زمان بۆ کار (Berufssprachkurs)
step-job-language-course-started = دەستپێکردنی خولی زمان بۆ کار { $level } (Berufssprachkurs)
step-job-language-certificate = وەرگرتنی بڕوانامەی خولی زمان بۆ کار { $level }
step-language-cafe = سەردانی کافێی زمان (Sprachcafé)
step-language-tandem = دۆزینەوەی هاوبەشی زمان (Tandem)
step-voluntary-course-started = دەستپێکردنی خولێکی زمانی ئارەزوومەندانە
step-profiling = هەڵسەنگاندنی توانا (Kompetenzfeststellung)
step-perspective-talk = گفتوگۆ دەربارەی داهاتووی کارم (Perspektivgespräch)
step-cooperation-plan = ڕێککەوتن لەسەر پلانێک لەگەڵ Jobcenter (Kooperationsplan)
step-recognition-counselling = وەرگرتنی ڕاوێژ دەربارەی پەسەندکردنی بڕوانامە (Anerkennungsberatung)
step-documents-translated = وەرگێڕانی بەڵگەنامەکان
step-recognition-applied = داواکاری بۆ پەسەندکردنی بڕوانامە (Antrag auf Anerkennung)
step-recognition-granted = پەسەندکردنی بڕوانامە (Anerkennung)
step-internship-started = دەستپێکردنی ڕاهێنانی کرداری (Praktikum)
step-work-opportunity-started = دەستپێکردنی دەرفەتی کار (Arbeitsgelegenheit)
step-applications-sent = ناردنی داواکاری کار (Bewerbungen)
step-job-interview = چاوپێکەوتنی کار (Vorstellungsgespräch)
step-training-place-found = واژۆکردنی گرێبەستی ڕاهێنانی پیشەیی (Ausbildungsvertrag)
step-training-started = دەستپێکردنی ڕاهێنانی پیشەیی (Ausbildung)
step-training-completed = تەواوکردنی ڕاهێنانی پیشەیی
step-job-started = دەستپێکردنی کار
step-education-voucher = وەرگرتنی پسوولەی خوێندن (Bildungsgutschein)
step-qualification-started = دەستپێکردنی خولی پەرەپێدانی پیشەیی (Weiterbildung)
step-qualification-completed = تەواوکردنی خولی پەرەپێدانی پیشەیی
step-adaptation-measure = دەستپێکردنی خولی گونجاندن (Anpassungsqualifizierung)
step-education-counselling = وەرگرتنی ڕاوێژی خوێندن (Bildungsberatung)
step-school-course-registered = ناونووسین بۆ خولی بڕوانامەی قوتابخانە
step-school-course-started = دەستپێکردنی خولی بڕوانامەی قوتابخانە
step-school-certificate-obtained = وەرگرتنی بڕوانامەی قوتابخانە (Schulabschluss)
step-certificate-evaluation = وەرگرتنی هەڵسەنگاندنی بڕوانامە (Zeugnisbewertung)
step-university-applied = داواکاری بۆ زانکۆ
step-university-admitted = وەرگیران لە زانکۆ (Zulassung)
step-studies-started = دەستپێکردنی خوێندن
step-computer-course-started = دەستپێکردنی خولی کۆمپیوتەر
step-course-certificate-obtained = وەرگرتنی بڕوانامەی خول
step-housing-entitlement-applied = داواکردنی بەڵگەی مافی خانوو (Wohnberechtigungsschein / WBS)
step-housing-entitlement-received = وەرگرتنی بەڵگەی مافی خانوو (Wohnberechtigungsschein / WBS)
step-move-out-approved = وەرگرتنی ڕەزامەندی بۆ دەرچوون (Zustimmung zum Auszug)
step-apartment-viewing = سەیرکردنی شوقە
step-rental-contract-signed = واژۆکردنی گرێبەستی کرێ (Mietvertrag)
step-moved-in = گواستنەوە بۆ ماڵی نوێ
step-address-registered = تۆمارکردنی ناونیشان (Anmeldung / Meldebescheinigung)
step-electricity-contract = گرێبەستی کارەبا (Stromvertrag)
step-liability-insurance = بیمەی بەرپرسیارێتی (Haftpflichtversicherung)
step-broadcasting-fee-registered = ناونووسین بۆ پارەی ڕادیۆ و تەلەڤزیۆن (Rundfunkbeitrag)
step-health-insurance-registered = ناونووسین لە کۆمپانیای بیمەی تەندروستی (Krankenkasse)
step-health-card-received = وەرگرتنی کارتی بیمەی تەندروستی (Gesundheitskarte)
step-family-doctor-found = دۆزینەوەی پزیشکی خێزان (Hausarzt)
step-check-up-done = پشکنینی پزیشکی (Untersuchung)
step-vaccination-record-checked = پشکنینی دەفتەری کوتان (Impfpass)
step-vaccinations-done = وەرگرتنی کوتانەکان
step-counselling-centre-contacted = پەیوەندیکردن بە ناوەندی ڕاوێژەوە (Beratungsstelle)
step-counselling-started = دەستپێکردنی ڕاوێژ یان چارەسەر
step-kita-registered = ناونووسینی منداڵ لە باخچەی ساوایان (Kita)
step-kita-place-offered = پێشنیاری جێگا لە باخچەی ساوایان (Kita-Platz)
step-kita-started = منداڵ دەچێتە باخچەی ساوایان
step-school-enrolled = ناونووسینی منداڵ لە قوتابخانە (Schulanmeldung)
step-child-started-school = منداڵ دەچێتە قوتابخانە
step-visa-applied = داواکردنی ڤیزا بۆ هێنانی خێزان (Familiennachzug)
step-visa-granted = ڤیزا درا
step-family-arrived = خێزان گەیشت
step-child-benefit-applied = داواکردنی پارەی منداڵ (Kindergeld)
step-child-benefit-granted = پارەی منداڵ پەسەند کرا (Kindergeld)
step-residence-applied = داواکاری لە فەرمانگەی بیانییان (Ausländerbehörde)
step-fictional-certificate-received = وەرگرتنی بەڵگەی کاتی (Fiktionsbescheinigung)
step-residence-permit-received = وەرگرتنی مۆڵەتی مانەوە (Aufenthaltserlaubnis)
step-work-permit-applied = داواکردنی مۆڵەتی کار (Beschäftigungserlaubnis)
step-work-permit-received = وەرگرتنی مۆڵەتی کار (Beschäftigungserlaubnis)
step-passport-applied = داواکردنی پاسپۆرت
step-passport-received = وەرگرتنی پاسپۆرت
step-settlement-permit-received = وەرگرتنی مۆڵەتی مانەوەی هەمیشەیی (Niederlassungserlaubnis)
step-naturalisation-test-passed = دەرچوون لە تاقیکردنەوەی ڕەگەزنامە (Einbürgerungstest)
step-naturalisation-applied = داواکردنی ڕەگەزنامە (Einbürgerung)
step-naturalisation-granted = وەرگرتنی بەڵگەنامەی ڕەگەزنامە (Einbürgerungsurkunde)
step-bank-account-opened = کردنەوەی هەژماری بانک
step-club-visited = سەردانی یانە یان کۆمەڵەیەک (Verein)
step-club-joined = بوون بە ئەندامی یانە یان کۆمەڵەیەک
step-volunteering-started = دەستپێکردنی کاری خۆبەخشانە (Ehrenamt)
step-driving-school-registered = ناونووسین لە قوتابخانەی شۆفێری (Fahrschule)
step-theory-test-passed = دەرچوون لە تاقیکردنەوەی تیۆری
step-driving-test-passed = دەرچوون لە تاقیکردنەوەی شۆفێری
step-mentor-found = دۆزینەوەی یاریدەدەرێکی خۆبەخش (Pate / Patin)
step-driving-licence-conversion-applied = داواکردنی گۆڕینی مۆڵەتی شۆفێری بیانی (Umschreibung)
step-counselling-received = وەرگرتنی ڕاوێژ (Beratung)
step-application-submitted = پێشکەشکردنی داواکاری (Antrag)
step-decision-received = وەرگرتنی بڕیار (Bescheid)

## Who added the entry

author-owner = خۆم تۆمارم کردووە
author-advisor = { $name } ({ $organisation }) تۆماری کردووە

## Errors

error-parse-id = کۆدی ناسینەوە هەڵەیە.
error-parse-date = بەروارەکە هەڵەیە. ساڵ، پاشان مانگ، پاشان ڕۆژ بنووسە، وەک: 2025-01-31.
error-parse-time = کاتەکە هەڵەیە. کاتژمێر و پاشان خولەک بنووسە، وەک: 09:30.
error-schema-version = وەشانی دەفتەرەکە نەناسراوە.
error-title-empty = تکایە ناونیشانێک بنووسە.
error-organisation-empty = تکایە ناوی فەرمانگەیەک یان کەسێک بنووسە.
error-text-empty = تکایە شتێک بنووسە یان ئەم خانەیە لابە.
error-text-too-long = دەقەکە زۆر درێژە. زۆرترین ژمارەی پیت: { $max }.
error-too-many-entries = بابەتەکان زۆرن. زۆرترین: { $max }.
error-language-tag-invalid = زمانەکە هەڵەیە.
error-language-duplicate = ئەم زمانە پێشتر لە لیستەکەدایە.
error-country-invalid = وڵاتەکە هەڵەیە.
error-email-invalid = ناونیشانی ئیمەیڵەکە هەڵەیە.
error-phone-invalid = ژمارەی تەلەفۆنەکە هەڵەیە. تەنها ژمارە، بۆشایی و + - / ( ) بەکاربهێنە.
error-step-done-without-date = تکایە ئەو بەروارە بنووسە کە هەنگاوەکە تێیدا کرا.
error-step-params-invalid = زانیارییەکانی ئەم هەنگاوە هەڵەن.
error-date-out-of-range = بەروارەکە دەبێت لە نێوان { $min } و { $max } بێت.
error-timestamp-out-of-range = کاتژمێری ئامێرەکە هەڵەیە. تکایە بەروار و کات بپشکنە.
error-goal-field-mismatch = ئەم ئامانجە سەر بە بوارێکی ترە.
error-duplicate-id = ئەم بابەتە دوو جار هەیە.
error-appointment-unknown-contact = پەیوەندییەکەی ئەم ژوانە چیتر نییە.
error-unknown-goal = ئەم ئامانجە چیتر نییە.
error-unknown-step = ئەم هەنگاوە چیتر نییە.
error-unknown-contact = ئەم پەیوەندییە چیتر نییە.
error-unknown-appointment = ئەم ژوانە چیتر نییە.
error-index-out-of-range = ناتوانرێت بابەتەکە بۆ ئەم شوێنە بگوازرێتەوە.
error-done-date-in-future = ئەم بەروارە لە داهاتوودایە. هەنگاوێکی کراو پێویستی بە بەرواری ئەمڕۆ یان پێشتر هەیە.
error-load-corrupt = زانیارییە پاشەکەوتکراوەکان تێکچوون.
error-load-malformed = شێوەی زانیارییە پاشەکەوتکراوەکان هەڵەیە.
error-load-newer-version = ئەم زانیارییانە لە وەشانێکی نوێتری ئەپەکەوە هاتوون (وەشانی { $found }، ئەم ئەپە تا وەشانی { $supported } دەخوێنێتەوە). تکایە ئەپەکە نوێ بکەرەوە.
error-import-not-a-booklet = ئەم فایلە دەفتەری Begleitheft نییە.
error-import-corrupt = فایلەکە تێکچووە یان ناتەواوە. هیچ شتێک نەگۆڕدرا.
error-import-malformed = شێوەی فایلەکە هەڵەیە. هیچ شتێک نەگۆڕدرا.
error-import-newer-version = ئەم فایلە لە وەشانێکی نوێتری ئەپەکەوە هاتووە (وەشانی { $found }، ئەم ئەپە تا وەشانی { $supported } دەخوێنێتەوە). تکایە ئەپەکە نوێ بکەرەوە.
