# Begleitheft catalogue: fields of action, typical goals and steps, roles, appointments, errors.
# Message ids come from the `booklet` crate (catalog::all_message_ids).

## Fields of action

field-language = زبان
field-work = کار، آموزش حرفه‌ای، دوره‌های تکمیلی
field-education = تحصیل و آموزش
field-housing = خانه و مسکن
field-health = سلامت
field-family = خانواده و بچه‌ها
field-residence = اقامت و ادارات
field-everyday = زندگی روزمره و مشارکت

## Status

goal-status-open = در جریان
goal-status-achieved = به دست آمد
goal-status-dropped = کنار گذاشته شد
step-state-planned = برنامه‌ریزی شده
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

qualification-school = مدرک مدرسه
qualification-vocational = مدرک حرفه‌ای
qualification-academic = مدرک دانشگاه
recognition-not-applied = هنوز درخواست نشده
recognition-applied = درخواست شده
recognition-partial = بخشی از آن تأیید شد
recognition-granted = تأیید شد
recognition-refused = رد شد

## Course kinds and DTZ result

course-kind-general = دوره ادغام عمومی (Integrationskurs)
course-kind-literacy = دوره سوادآموزی (Alphabetisierungskurs)
course-kind-youth = دوره ادغام برای جوانان (Jugendintegrationskurs)
course-kind-parents-women = دوره ادغام برای والدین و زنان (Eltern- und Frauenintegrationskurs)
course-kind-intensive = دوره فشرده (Intensivkurs)
course-kind-second-script = دوره برای کسانی که الفبای لاتین را تازه یاد می‌گیرند (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = کمتر از A2

## Contact roles

role-jobcenter-placement = Jobcenter – کاریابی (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – بخش کمک مالی (Leistungsabteilung)
role-case-manager = مسئول پرونده (Fallmanagement)
role-immigration-office = اداره خارجی‌ها (Ausländerbehörde)
role-course-provider = موسسه برگزارکننده دوره (Kursträger)
role-migration-counselling = مشاوره مهاجرت (MBE / JMD)
role-volunteer-mentor = همراه داوطلب (Pate / Patin)
role-recognition-counselling = مشاوره برای تأیید مدرک (Anerkennungsberatung)
role-employment-agency = اداره کار (Agentur für Arbeit)
role-social-welfare-office = اداره امور اجتماعی (Sozialamt, Asylbewerberleistungen)
role-doctor = دکتر
role-school-kita = مدرسه یا مهدکودک (Schule / Kita)
role-housing-office = اداره مسکن (Wohnungsamt)
role-citizens-office = اداره خدمات شهروندی (Bürgeramt)
role-employer = کارفرما یا محل آموزش حرفه‌ای
role-bamf = اداره فدرال مهاجرت و پناهندگان (BAMF)
role-other = دیگر

## Appointment purposes

purpose-counselling = جلسه مشاوره (Beratungsgespräch)
purpose-placement-test = آزمون تعیین سطح (Einstufungstest)
purpose-exam = امتحان
purpose-hand-in-documents = تحویل دادن مدارک
purpose-application = درخواست دادن (Antrag)
purpose-job-interview = مصاحبه کاری (Vorstellungsgespräch)
purpose-medical = وقت دکتر
purpose-pick-up-document = گرفتن یک مدرک
purpose-apartment-viewing = دیدن خانه (Wohnungsbesichtigung)
purpose-asylum-hearing = مصاحبه پناهندگی در BAMF (Anhörung)
purpose-parent-meeting = دیدار با معلم (Elterngespräch)

## Typical goals

goal-language-integration-course = تمام کردن دوره ادغام (Integrationskurs)
goal-language-literacy-course = یاد گرفتن خواندن و نوشتن (Alphabetisierungskurs)
goal-language-job-course = رفتن به دوره زبان آلمانی برای کار (Berufssprachkurs)
goal-language-practice = تمرین آلمانی در زندگی روزمره
goal-work-find-job = پیدا کردن کار
goal-work-recognition = تأیید گرفتن برای مدرکم (Anerkennung)
goal-work-vocational-training = شروع آموزش حرفه‌ای (Ausbildung)
goal-work-qualification = رفتن به دوره تکمیلی (Weiterbildung)
goal-work-first-experience = اولین تجربه کاری در آلمان
goal-education-school-certificate = گرفتن مدرک مدرسه (Schulabschluss)
goal-education-university = درس خواندن در دانشگاه
goal-education-digital-skills = یاد گرفتن کار با کامپیوتر و اینترنت
goal-housing-find-apartment = پیدا کردن خانه
goal-housing-leave-shared-accommodation = رفتن از اقامتگاه جمعی (Gemeinschaftsunterkunft)
goal-housing-settle-in = جا افتادن در خانه جدید
goal-health-insurance = داشتن بیمه درمانی (Krankenversicherung)
goal-health-family-doctor = پیدا کردن پزشک خانواده (Hausarzt)
goal-health-vaccinations = کامل کردن واکسن‌ها
goal-health-counselling = گرفتن کمک برای سلامت روان
goal-family-kita-place = پیدا کردن جا در مهدکودک (Kita-Platz)
goal-family-school-enrolment = ثبت‌نام بچه در مدرسه
goal-family-reunification = آوردن خانواده به آلمان (Familiennachzug)
goal-family-benefits = گرفتن پول فرزند (Kindergeld)
goal-residence-permit = گرفتن یا تمدید اجازه اقامت (Aufenthaltserlaubnis)
goal-residence-work-permit = گرفتن اجازه کار (Beschäftigungserlaubnis)
goal-residence-passport = گرفتن پاسپورت
goal-residence-settlement-permit = گرفتن اقامت دائم (Niederlassungserlaubnis)
goal-residence-naturalisation = گرفتن تابعیت آلمان (Einbürgerung)
goal-everyday-bank-account = باز کردن حساب بانکی
goal-everyday-club = عضو شدن در یک انجمن یا باشگاه (Verein)
goal-everyday-volunteering = کار داوطلبانه (Ehrenamt)
goal-everyday-driving-licence = گرفتن گواهینامه رانندگی (Führerschein)
goal-everyday-mentor = پیدا کردن یک همراه داوطلب (Pate / Patin)

## Typical steps

step-entitlement-certificate = برگه حق شرکت در دوره گرفته شد (Berechtigungsschein)
step-obligation-to-attend = شرکت در دوره ادغام اجباری است (Verpflichtung)
step-course-registered = ثبت‌نام در موسسه برگزارکننده دوره انجام شد
step-placement-test = آزمون تعیین سطح انجام شد (Einstufungstest)
step-course-started = { $kind ->
        [literacy] دوره سوادآموزی شروع شد (Alphabetisierungskurs)
        [youth] دوره ادغام برای جوانان شروع شد (Jugendintegrationskurs)
        [parents_women] دوره ادغام برای والدین و زنان شروع شد (Eltern- und Frauenintegrationskurs)
        [intensive] دوره فشرده شروع شد (Intensivkurs)
        [second_script] دوره برای یادگیری الفبای لاتین شروع شد (Zweitschriftlernende)
       *[general] دوره ادغام شروع شد (Integrationskurs)
    }
step-dtz-result = آزمون آلمانی برای مهاجران (DTZ): { $level ->
        [below_a2] کمتر از A2
       *[other] { $level }
    }، تلاش شماره { $attempt }
step-orientation-test = در آزمون «زندگی در آلمان» قبول شدم (Leben in Deutschland)
step-integration-course-certificate = گواهی دوره ادغام گرفته شد (Zertifikat Integrationskurs)
step-cost-exemption = از پرداخت هزینه دوره معاف شد (Kostenbefreiung)
step-job-language-course-registered = ثبت‌نام در دوره زبان برای کار انجام شد (Berufssprachkurs)
step-job-language-course-started = دوره زبان برای کار { $level } شروع شد (Berufssprachkurs)
step-job-language-certificate = گواهی زبان آلمانی برای کار { $level } گرفته شد
step-language-cafe = به کافه زبان رفتم (Sprachcafé)
step-language-tandem = یک هم‌زبان برای تمرین پیدا شد (Tandem)
step-voluntary-course-started = یک کلاس آلمانی در وقت آزاد شروع شد
step-profiling = سنجش توانایی‌ها انجام شد (Kompetenzfeststellung)
step-perspective-talk = گفتگو درباره آینده‌ام انجام شد (Perspektivgespräch)
step-cooperation-plan = با Jobcenter روی یک برنامه توافق شد (Kooperationsplan)
step-recognition-counselling = مشاوره برای تأیید مدرک گرفته شد (Anerkennungsberatung)
step-documents-translated = مدارک ترجمه شد
step-recognition-applied = درخواست تأیید مدرک داده شد (Antrag auf Anerkennung)
step-recognition-granted = مدرک تأیید شد (Anerkennung)
step-internship-started = کارآموزی شروع شد (Praktikum)
step-work-opportunity-started = فرصت کاری شروع شد (Arbeitsgelegenheit)
step-applications-sent = درخواست‌های کار فرستاده شد (Bewerbungen)
step-job-interview = مصاحبه کاری انجام شد (Vorstellungsgespräch)
step-training-place-found = قرارداد آموزش حرفه‌ای امضا شد (Ausbildungsvertrag)
step-training-started = آموزش حرفه‌ای شروع شد (Ausbildung)
step-training-completed = آموزش حرفه‌ای تمام شد
step-job-started = کار شروع شد
step-education-voucher = کوپن آموزشی گرفته شد (Bildungsgutschein)
step-qualification-started = دوره تکمیلی شروع شد (Weiterbildung)
step-qualification-completed = دوره تکمیلی تمام شد
step-adaptation-measure = دوره تطبیق شروع شد (Anpassungsqualifizierung)
step-education-counselling = مشاوره تحصیلی گرفته شد (Bildungsberatung)
step-school-course-registered = ثبت‌نام در دوره مدرک مدرسه انجام شد
step-school-course-started = دوره مدرک مدرسه شروع شد
step-school-certificate-obtained = مدرک مدرسه گرفته شد (Schulabschluss)
step-certificate-evaluation = ارزیابی مدرک گرفته شد (Zeugnisbewertung)
step-university-applied = درخواست به دانشگاه داده شد
step-university-admitted = پذیرش دانشگاه گرفته شد (Zulassung)
step-studies-started = درس در دانشگاه شروع شد
step-computer-course-started = دوره کامپیوتر شروع شد
step-course-certificate-obtained = گواهی دوره گرفته شد
step-housing-entitlement-applied = درخواست برگه حق مسکن داده شد (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = برگه حق مسکن گرفته شد (Wohnberechtigungsschein, WBS)
step-move-out-approved = اجازه اسباب‌کشی داده شد (Zustimmung zum Auszug)
step-apartment-viewing = خانه دیده شد
step-rental-contract-signed = قرارداد اجاره امضا شد (Mietvertrag)
step-moved-in = اسباب‌کشی انجام شد
step-address-registered = آدرس ثبت شد (Anmeldung, Meldebescheinigung)
step-electricity-contract = قرارداد برق بسته شد (Stromvertrag)
step-liability-insurance = بیمه مسئولیت گرفته شد (Haftpflichtversicherung)
step-broadcasting-fee-registered = ثبت‌نام برای عوارض رادیو و تلویزیون انجام شد (Rundfunkbeitrag)
step-health-insurance-registered = ثبت‌نام در بیمه درمانی انجام شد (Krankenkasse)
step-health-card-received = کارت بیمه درمانی گرفته شد (Gesundheitskarte)
step-family-doctor-found = پزشک خانواده پیدا شد (Hausarzt)
step-check-up-done = معاینه پزشکی انجام شد (Untersuchung)
step-vaccination-record-checked = دفترچه واکسن بررسی شد (Impfpass)
step-vaccinations-done = واکسن‌ها زده شد
step-counselling-centre-contacted = با مرکز مشاوره تماس گرفته شد (Beratungsstelle)
step-counselling-started = مشاوره یا درمان شروع شد
step-kita-registered = بچه برای مهدکودک ثبت‌نام شد (Kita)
step-kita-place-offered = جا در مهدکودک پیشنهاد شد (Kita-Platz)
step-kita-started = بچه به مهدکودک می‌رود
step-school-enrolled = بچه در مدرسه ثبت‌نام شد (Schulanmeldung)
step-child-started-school = بچه به مدرسه می‌رود
step-visa-applied = درخواست ویزا برای آمدن خانواده داده شد (Familiennachzug)
step-visa-granted = ویزا داده شد
step-family-arrived = خانواده رسید
step-child-benefit-applied = درخواست پول فرزند داده شد (Kindergeld)
step-child-benefit-granted = پول فرزند تأیید شد (Kindergeld)
step-residence-applied = درخواست در اداره خارجی‌ها داده شد (Ausländerbehörde)
step-fictional-certificate-received = گواهی موقت گرفته شد (Fiktionsbescheinigung)
step-residence-permit-received = اجازه اقامت گرفته شد (Aufenthaltserlaubnis)
step-work-permit-applied = درخواست اجازه کار داده شد (Beschäftigungserlaubnis)
step-work-permit-received = اجازه کار گرفته شد (Beschäftigungserlaubnis)
step-passport-applied = درخواست پاسپورت داده شد
step-passport-received = پاسپورت گرفته شد
step-settlement-permit-received = اقامت دائم گرفته شد (Niederlassungserlaubnis)
step-naturalisation-test-passed = در آزمون تابعیت قبول شدم (Einbürgerungstest)
step-naturalisation-applied = درخواست تابعیت داده شد (Einbürgerung)
step-naturalisation-granted = سند تابعیت گرفته شد (Einbürgerungsurkunde)
step-bank-account-opened = حساب بانکی باز شد
step-club-visited = به یک انجمن سر زدم (Verein)
step-club-joined = عضو انجمن شدم
step-volunteering-started = کار داوطلبانه شروع شد (Ehrenamt)
step-driving-school-registered = ثبت‌نام در آموزشگاه رانندگی انجام شد (Fahrschule)
step-theory-test-passed = در آزمون آیین‌نامه قبول شدم
step-driving-test-passed = در آزمون رانندگی قبول شدم
step-mentor-found = همراه داوطلب پیدا شد (Pate / Patin)
step-driving-licence-conversion-applied = درخواست تبدیل گواهینامه خارجی داده شد (Umschreibung)
step-counselling-received = مشاوره گرفته شد (Beratung)
step-application-submitted = درخواست داده شد (Antrag)
step-decision-received = نامه جواب اداره رسید (Bescheid)

## Who added the entry

author-owner = ثبت‌شده توسط خودم
author-advisor = ثبت‌شده توسط { $name } ({ $organisation })

## Errors

error-parse-id = شناسه درست نیست.
error-parse-date = تاریخ درست نیست. لطفاً این‌طور بنویسید: سال-ماه-روز، مثلاً 2025-03-31.
error-parse-time = ساعت درست نیست. لطفاً این‌طور بنویسید: ساعت:دقیقه، مثلاً 14:30.
error-schema-version = نسخه این دفترچه ناشناخته است.
error-title-empty = لطفاً یک عنوان بنویسید.
error-organisation-empty = لطفاً نام یک اداره یا یک شخص را بنویسید.
error-text-empty = لطفاً چیزی بنویسید یا این بخش را پاک کنید.
error-text-too-long = متن خیلی طولانی است. حداکثر { $max } حرف.
error-too-many-entries = تعداد موارد خیلی زیاد است. حداکثر { $max } مورد.
error-language-tag-invalid = زبان درست نیست.
error-language-duplicate = این زبان از قبل در فهرست هست.
error-country-invalid = کشور درست نیست.
error-email-invalid = آدرس ایمیل درست نیست.
error-phone-invalid = شماره تلفن درست نیست. فقط عدد، فاصله و + - / ( ) بنویسید.
error-step-done-without-date = لطفاً تاریخی را که این قدم انجام شد بنویسید.
error-step-params-invalid = جزئیات این قدم درست نیست.
error-date-out-of-range = تاریخ باید بین { $min } و { $max } باشد.
error-timestamp-out-of-range = ساعت این دستگاه درست نیست. لطفاً تاریخ و ساعت را بررسی کنید.
error-goal-field-mismatch = این هدف مال بخش دیگری است.
error-duplicate-id = این مورد دو بار ثبت شده است.
error-appointment-unknown-contact = مخاطب این قرار دیگر وجود ندارد.
error-unknown-goal = این هدف دیگر وجود ندارد.
error-unknown-step = این قدم دیگر وجود ندارد.
error-unknown-contact = این مخاطب دیگر وجود ندارد.
error-unknown-appointment = این قرار دیگر وجود ندارد.
error-index-out-of-range = این مورد را نمی‌شود به این جا برد.
error-done-date-in-future = این تاریخ در آینده است. قدمی که انجام شده، باید تاریخ امروز یا قبل از آن را داشته باشد.
error-load-corrupt = اطلاعات ذخیره‌شده خراب است.
error-load-malformed = قالب اطلاعات ذخیره‌شده اشتباه است.
error-load-newer-version = این اطلاعات از نسخه جدیدتر برنامه است (نسخه { $found }؛ این برنامه تا نسخه { $supported } را می‌خواند). لطفاً برنامه را به‌روز کنید.
error-import-not-a-booklet = این فایل یک دفترچه Begleitheft نیست.
error-import-corrupt = فایل خراب یا ناقص است. چیزی تغییر نکرد.
error-import-malformed = قالب فایل اشتباه است. چیزی تغییر نکرد.
error-import-newer-version = این فایل از نسخه جدیدتر برنامه است (نسخه { $found }؛ این برنامه تا نسخه { $supported } را می‌خواند). لطفاً برنامه را به‌روز کنید.
