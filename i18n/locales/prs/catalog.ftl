# Begleitheft catalogue: fields of action, typical goals and steps, roles, appointments, errors.
# Message ids come from the `booklet` crate (catalog::all_message_ids).

## Fields of action

field-language = زبان
field-work = کار، آموزش مسلکی، کورس‌های تکمیلی
field-education = تعلیم و تحصیل
field-housing = خانه و جای بود و باش
field-health = صحت
field-family = فامیل و اطفال
field-residence = اقامت و ادارات
field-everyday = زندگی روزمره و سهم گرفتن در جامعه

## Status

goal-status-open = جریان دارد
goal-status-achieved = به دست آمد
goal-status-dropped = کنار گذاشته شد
step-state-planned = پلان شده
step-state-done = انجام شد

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = زبان مادری

## Qualifications and recognition

qualification-school = سند فراغت مکتب
qualification-vocational = سند مسلکی
qualification-academic = سند پوهنتون
recognition-not-applied = هنوز درخواست نشده
recognition-applied = درخواست شده
recognition-partial = قسمتی از آن تأیید شد
recognition-granted = تأیید شد
recognition-refused = رد شد

## Course kinds and DTZ result

course-kind-general = کورس ادغام عمومی (Integrationskurs)
course-kind-literacy = کورس سوادآموزی (Alphabetisierungskurs)
course-kind-youth = کورس ادغام برای جوانان (Jugendintegrationskurs)
course-kind-parents-women = کورس ادغام برای والدین و خانم‌ها (Eltern- und Frauenintegrationskurs)
course-kind-intensive = کورس فشرده (Intensivkurs)
course-kind-second-script = کورس برای کسانی که الفبای لاتین را تازه یاد می‌گیرند (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = کمتر از A2

## Contact roles

role-jobcenter-placement = Jobcenter – کاریابی (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – بخش کمک پولی (Leistungsabteilung)
role-case-manager = مسئول دوسیه (Fallmanagement)
role-immigration-office = اداره خارجی‌ها (Ausländerbehörde)
role-course-provider = مؤسسه کورس (Kursträger)
role-migration-counselling = مشوره مهاجرت (MBE / JMD)
role-volunteer-mentor = همراه رضاکار (Pate / Patin)
role-recognition-counselling = مشوره برای تأیید سند (Anerkennungsberatung)
role-employment-agency = اداره کار (Agentur für Arbeit)
role-social-welfare-office = اداره امور اجتماعی (Sozialamt, Asylbewerberleistungen)
role-doctor = داکتر
role-school-kita = مکتب یا کودکستان (Schule / Kita)
role-housing-office = اداره مسکن (Wohnungsamt)
role-citizens-office = اداره خدمات شهروندی (Bürgeramt)
role-employer = کارفرما یا جای آموزش مسلکی
role-bamf = اداره فدرال مهاجرت و پناهندگان (BAMF)
role-other = دیگر

## Appointment purposes

purpose-counselling = جلسه مشوره (Beratungsgespräch)
purpose-placement-test = امتحان تعیین سطح (Einstufungstest)
purpose-exam = امتحان
purpose-hand-in-documents = سپردن اسناد
purpose-application = درخواست دادن (Antrag)
purpose-job-interview = مصاحبه کاری (Vorstellungsgespräch)
purpose-medical = ملاقات با داکتر
purpose-pick-up-document = گرفتن یک سند
purpose-apartment-viewing = دیدن خانه (Wohnungsbesichtigung)
purpose-asylum-hearing = مصاحبه پناهندگی در BAMF (Anhörung)
purpose-parent-meeting = دیدار با معلم (Elterngespräch)

## Typical goals

goal-language-integration-course = تمام کردن کورس ادغام (Integrationskurs)
goal-language-literacy-course = یاد گرفتن خواندن و نوشتن (Alphabetisierungskurs)
goal-language-job-course = رفتن به کورس زبان آلمانی برای کار (Berufssprachkurs)
goal-language-practice = تمرین آلمانی در زندگی روزمره
goal-work-find-job = پیدا کردن کار
goal-work-recognition = تأیید گرفتن برای سند تحصیلی‌ام (Anerkennung)
goal-work-vocational-training = شروع آموزش مسلکی (Ausbildung)
goal-work-qualification = رفتن به کورس تکمیلی (Weiterbildung)
goal-work-first-experience = اولین تجربه کاری در آلمان
goal-education-school-certificate = گرفتن سند فراغت مکتب (Schulabschluss)
goal-education-university = درس خواندن در پوهنتون
goal-education-digital-skills = یاد گرفتن کار با کمپیوتر و انترنت
goal-housing-find-apartment = پیدا کردن خانه
goal-housing-leave-shared-accommodation = رفتن از کمپ (Gemeinschaftsunterkunft)
goal-housing-settle-in = عادت کردن به خانه نو
goal-health-insurance = داشتن بیمه صحی (Krankenversicherung)
goal-health-family-doctor = پیدا کردن داکتر فامیلی (Hausarzt)
goal-health-vaccinations = تکمیل کردن واکسین‌ها
goal-health-counselling = گرفتن کمک برای صحت روانی
goal-family-kita-place = پیدا کردن جای در کودکستان (Kita-Platz)
goal-family-school-enrolment = ثبت نام طفل در مکتب
goal-family-reunification = آوردن فامیل به آلمان (Familiennachzug)
goal-family-benefits = گرفتن پول اطفال (Kindergeld)
goal-residence-permit = گرفتن یا تمدید اجازه اقامت (Aufenthaltserlaubnis)
goal-residence-work-permit = گرفتن اجازه کار (Beschäftigungserlaubnis)
goal-residence-passport = گرفتن پاسپورت
goal-residence-settlement-permit = گرفتن اقامت دایمی (Niederlassungserlaubnis)
goal-residence-naturalisation = گرفتن تابعیت آلمان (Einbürgerung)
goal-everyday-bank-account = باز کردن حساب بانکی
goal-everyday-club = عضو شدن در یک انجمن یا کلب (Verein)
goal-everyday-volunteering = کار رضاکارانه (Ehrenamt)
goal-everyday-driving-licence = گرفتن جواز رانندگی (Führerschein)
goal-everyday-mentor = پیدا کردن یک همراه رضاکار (Pate / Patin)

## Typical steps

step-entitlement-certificate = ورقه حق شرکت در کورس گرفته شد (Berechtigungsschein)
step-obligation-to-attend = شرکت در کورس ادغام حتمی است (Verpflichtung)
step-course-registered = ثبت نام در مؤسسه کورس انجام شد
step-placement-test = امتحان تعیین سطح انجام شد (Einstufungstest)
step-course-started = { $kind ->
        [literacy] کورس سوادآموزی شروع شد (Alphabetisierungskurs)
        [youth] کورس ادغام برای جوانان شروع شد (Jugendintegrationskurs)
        [parents_women] کورس ادغام برای والدین و خانم‌ها شروع شد (Eltern- und Frauenintegrationskurs)
        [intensive] کورس فشرده شروع شد (Intensivkurs)
        [second_script] کورس برای یادگیری الفبای لاتین شروع شد (Zweitschriftlernende)
       *[general] کورس ادغام شروع شد (Integrationskurs)
    }
step-dtz-result = امتحان آلمانی برای مهاجرین (DTZ): { $level ->
        [below_a2] کمتر از A2
       *[other] { $level }
    }، کوشش نمبر { $attempt }
step-orientation-test = در امتحان «زندگی در آلمان» کامیاب شدم (Leben in Deutschland)
step-integration-course-certificate = سرتفیکت کورس ادغام گرفته شد (Zertifikat Integrationskurs)
step-cost-exemption = از پرداخت فیس کورس معاف شد (Kostenbefreiung)
step-job-language-course-registered = ثبت نام در کورس زبان برای کار انجام شد (Berufssprachkurs)
step-job-language-course-started = کورس زبان برای کار { $level } شروع شد (Berufssprachkurs)
step-job-language-certificate = سرتفیکت زبان آلمانی برای کار { $level } گرفته شد
step-language-cafe = به کافه زبان رفتم (Sprachcafé)
step-language-tandem = یک همراه برای تمرین زبان پیدا شد (Tandem)
step-voluntary-course-started = یک کورس آلمانی در وقت آزاد شروع شد
step-profiling = سنجش توانایی‌ها انجام شد (Kompetenzfeststellung)
step-perspective-talk = گفتگو در باره آینده‌ام انجام شد (Perspektivgespräch)
step-cooperation-plan = با Jobcenter روی یک پلان موافقه شد (Kooperationsplan)
step-recognition-counselling = مشوره برای تأیید سند گرفته شد (Anerkennungsberatung)
step-documents-translated = اسناد ترجمه شد
step-recognition-applied = درخواست تأیید سند داده شد (Antrag auf Anerkennung)
step-recognition-granted = سند تأیید شد (Anerkennung)
step-internship-started = کارآموزی شروع شد (Praktikum)
step-work-opportunity-started = فرصت کاری شروع شد (Arbeitsgelegenheit)
step-applications-sent = درخواست‌های کار فرستاده شد (Bewerbungen)
step-job-interview = مصاحبه کاری انجام شد (Vorstellungsgespräch)
step-training-place-found = قرارداد آموزش مسلکی امضا شد (Ausbildungsvertrag)
step-training-started = آموزش مسلکی شروع شد (Ausbildung)
step-training-completed = آموزش مسلکی تمام شد
step-job-started = کار شروع شد
step-education-voucher = کوپون آموزشی گرفته شد (Bildungsgutschein)
step-qualification-started = کورس تکمیلی شروع شد (Weiterbildung)
step-qualification-completed = کورس تکمیلی تمام شد
step-adaptation-measure = کورس تطبیق شروع شد (Anpassungsqualifizierung)
step-education-counselling = مشوره تحصیلی گرفته شد (Bildungsberatung)
step-school-course-registered = ثبت نام در کورس سند فراغت مکتب انجام شد
step-school-course-started = کورس سند فراغت مکتب شروع شد
step-school-certificate-obtained = سند فراغت مکتب گرفته شد (Schulabschluss)
step-certificate-evaluation = ارزیابی سند تحصیلی گرفته شد (Zeugnisbewertung)
step-university-applied = درخواست به پوهنتون داده شد
step-university-admitted = پذیرش پوهنتون گرفته شد (Zulassung)
step-studies-started = درس در پوهنتون شروع شد
step-computer-course-started = کورس کمپیوتر شروع شد
step-course-certificate-obtained = سرتفیکت کورس گرفته شد
step-housing-entitlement-applied = درخواست ورقه حق خانه داده شد (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = ورقه حق خانه گرفته شد (Wohnberechtigungsschein, WBS)
step-move-out-approved = اجازه کوچ کردن داده شد (Zustimmung zum Auszug)
step-apartment-viewing = خانه دیده شد
step-rental-contract-signed = قرارداد کرایه خانه امضا شد (Mietvertrag)
step-moved-in = به خانه نو کوچ کردم
step-address-registered = آدرس ثبت شد (Anmeldung, Meldebescheinigung)
step-electricity-contract = قرارداد برق بسته شد (Stromvertrag)
step-liability-insurance = بیمه مسئولیت گرفته شد (Haftpflichtversicherung)
step-broadcasting-fee-registered = ثبت نام برای فیس رادیو و تلویزیون انجام شد (Rundfunkbeitrag)
step-health-insurance-registered = ثبت نام در بیمه صحی انجام شد (Krankenkasse)
step-health-card-received = کارت بیمه صحی گرفته شد (Gesundheitskarte)
step-family-doctor-found = داکتر فامیلی پیدا شد (Hausarzt)
step-check-up-done = معاینه صحی انجام شد (Untersuchung)
step-vaccination-record-checked = کارت واکسین بررسی شد (Impfpass)
step-vaccinations-done = واکسین‌ها زده شد
step-counselling-centre-contacted = با مرکز مشوره تماس گرفته شد (Beratungsstelle)
step-counselling-started = مشوره یا تداوی شروع شد
step-kita-registered = طفل برای کودکستان ثبت نام شد (Kita)
step-kita-place-offered = جای در کودکستان پیشنهاد شد (Kita-Platz)
step-kita-started = طفل به کودکستان می‌رود
step-school-enrolled = طفل در مکتب ثبت نام شد (Schulanmeldung)
step-child-started-school = طفل به مکتب می‌رود
step-visa-applied = درخواست ویزه برای آمدن فامیل داده شد (Familiennachzug)
step-visa-granted = ویزه داده شد
step-family-arrived = فامیل رسید
step-child-benefit-applied = درخواست پول اطفال داده شد (Kindergeld)
step-child-benefit-granted = پول اطفال تأیید شد (Kindergeld)
step-residence-applied = درخواست در اداره خارجی‌ها داده شد (Ausländerbehörde)
step-fictional-certificate-received = تصدیق موقت گرفته شد (Fiktionsbescheinigung)
step-residence-permit-received = اجازه اقامت گرفته شد (Aufenthaltserlaubnis)
step-work-permit-applied = درخواست اجازه کار داده شد (Beschäftigungserlaubnis)
step-work-permit-received = اجازه کار گرفته شد (Beschäftigungserlaubnis)
step-passport-applied = درخواست پاسپورت داده شد
step-passport-received = پاسپورت گرفته شد
step-settlement-permit-received = اقامت دایمی گرفته شد (Niederlassungserlaubnis)
step-naturalisation-test-passed = در امتحان تابعیت کامیاب شدم (Einbürgerungstest)
step-naturalisation-applied = درخواست تابعیت داده شد (Einbürgerung)
step-naturalisation-granted = سند تابعیت گرفته شد (Einbürgerungsurkunde)
step-bank-account-opened = حساب بانکی باز شد
step-club-visited = به یک انجمن سر زدم (Verein)
step-club-joined = عضو انجمن شدم
step-volunteering-started = کار رضاکارانه شروع شد (Ehrenamt)
step-driving-school-registered = ثبت نام در کورس رانندگی انجام شد (Fahrschule)
step-theory-test-passed = در امتحان تیوری کامیاب شدم
step-driving-test-passed = در امتحان رانندگی کامیاب شدم
step-mentor-found = همراه رضاکار پیدا شد (Pate / Patin)
step-driving-licence-conversion-applied = درخواست تبدیل جواز رانندگی خارجی داده شد (Umschreibung)
step-counselling-received = مشوره گرفته شد (Beratung)
step-application-submitted = درخواست داده شد (Antrag)
step-decision-received = جواب رسمی اداره رسید (Bescheid)

## Who added the entry

author-owner = ثبت از طرف خودم
author-advisor = ثبت از طرف { $name } ({ $organisation })

## Errors

error-parse-id = شناسه درست نیست.
error-parse-date = تاریخ درست نیست. لطفاً این طور بنویسید: سال-ماه-روز، مثلاً 2025-03-31.
error-parse-time = ساعت درست نیست. لطفاً این طور بنویسید: ساعت:دقیقه، مثلاً 14:30.
error-schema-version = نسخه این دفترچه معلوم نیست.
error-title-empty = لطفاً یک عنوان بنویسید.
error-organisation-empty = لطفاً نام یک اداره یا یک شخص را بنویسید.
error-text-empty = لطفاً چیزی بنویسید یا این بخش را پاک کنید.
error-text-too-long = متن بسیار دراز است. بیشتر از { $max } حرف نمی‌شود.
error-too-many-entries = موارد بسیار زیاد است. بیشتر از { $max } مورد نمی‌شود.
error-language-tag-invalid = زبان درست نیست.
error-language-duplicate = این زبان از قبل در لست است.
error-country-invalid = کشور درست نیست.
error-email-invalid = آدرس ایمیل درست نیست.
error-phone-invalid = نمبر تیلفون درست نیست. فقط عدد، فاصله و + - / ( ) بنویسید.
error-step-done-without-date = لطفاً تاریخی را که این قدم انجام شد بنویسید.
error-step-params-invalid = معلومات این قدم درست نیست.
error-date-out-of-range = تاریخ باید بین { $min } و { $max } باشد.
error-timestamp-out-of-range = ساعت این دستگاه غلط است. لطفاً تاریخ و ساعت را بررسی کنید.
error-goal-field-mismatch = این هدف مربوط بخش دیگری است.
error-duplicate-id = این مورد دو بار ثبت شده است.
error-appointment-unknown-contact = مخاطب این ملاقات دیگر وجود ندارد.
error-unknown-goal = این هدف دیگر وجود ندارد.
error-unknown-step = این قدم دیگر وجود ندارد.
error-unknown-contact = این مخاطب دیگر وجود ندارد.
error-unknown-appointment = این ملاقات دیگر وجود ندارد.
error-index-out-of-range = این مورد را نمی‌شود به این جای برد.
error-done-date-in-future = این تاریخ در آینده است. قدمی که انجام شده، باید تاریخ امروز یا پیش از آن را داشته باشد.
error-load-corrupt = معلومات ذخیره‌شده خراب است.
error-load-malformed = فارمت معلومات ذخیره‌شده غلط است.
error-load-newer-version = این معلومات از نسخه نوتر برنامه است (نسخه { $found }؛ این برنامه تا نسخه { $supported } را می‌خواند). لطفاً برنامه را تازه کنید.
error-import-not-a-booklet = این فایل یک دفترچه Begleitheft نیست.
error-import-corrupt = فایل خراب یا ناقص است. چیزی تغییر نکرد.
error-import-malformed = فارمت فایل غلط است. چیزی تغییر نکرد.
error-import-newer-version = این فایل از نسخه نوتر برنامه است (نسخه { $found }؛ این برنامه تا نسخه { $supported } را می‌خواند). لطفاً برنامه را تازه کنید.
