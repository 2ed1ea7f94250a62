# Begleitheft catalogue, Arabic. Short sentences, common words;
# the German official term in brackets where people meet it on paper.

## Fields of action

field-language = اللغة
field-work = العمل والتدريب المهني والتأهيل
field-education = التعليم
field-housing = السكن
field-health = الصحة
field-family = العائلة والأطفال
field-residence = الإقامة والدوائر الرسمية
field-everyday = الحياة اليومية والمشاركة

## Status

goal-status-open = مفتوح
goal-status-achieved = تحقّق
goal-status-dropped = متوقّف
step-state-planned = مخطّط له
step-state-done = تمّ

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = اللغة الأم

## Qualifications and recognition

qualification-school = شهادة مدرسية
qualification-vocational = شهادة مهنية
qualification-academic = شهادة جامعية
recognition-not-applied = لم أقدّم الطلب بعد
recognition-applied = قدّمت الطلب
recognition-partial = معترف بها جزئيًا
recognition-granted = معترف بها
recognition-refused = مرفوضة

## Course kinds and DTZ result

course-kind-general = دورة الاندماج العامة (Integrationskurs)
course-kind-literacy = دورة تعلّم القراءة والكتابة (Alphabetisierungskurs)
course-kind-youth = دورة الاندماج للشباب (Jugendintegrationskurs)
course-kind-parents-women = دورة الاندماج للأهل والنساء (Eltern- und Frauenintegrationskurs)
course-kind-intensive = دورة مكثّفة (Intensivkurs)
course-kind-second-script = دورة لمن يتعلّم أبجدية جديدة (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = أقل من A2

## Contact roles

role-jobcenter-placement = Jobcenter – قسم التوظيف (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – قسم المساعدات المالية (Leistungsabteilung)
role-case-manager = مسؤول الحالة (Fallmanagement)
role-immigration-office = دائرة الأجانب (Ausländerbehörde)
role-course-provider = الجهة التي تقدّم الدورة (Kursträger)
role-migration-counselling = استشارة الهجرة (MBE / JMD)
role-volunteer-mentor = مرافق متطوّع أو مرافقة متطوّعة (Pate / Patin)
role-recognition-counselling = استشارة الاعتراف بالشهادات (Anerkennungsberatung)
role-employment-agency = وكالة العمل (Agentur für Arbeit)
role-social-welfare-office = مكتب الشؤون الاجتماعية (Sozialamt / Asylbewerberleistungen)
role-doctor = عيادة الطبيب
role-school-kita = المدرسة أو الحضانة (Schule / Kita)
role-housing-office = مكتب السكن (Wohnungsamt)
role-citizens-office = مكتب المواطنين (Bürgeramt)
role-employer = صاحب العمل أو شركة التدريب المهني
role-bamf = المكتب الاتحادي للهجرة واللاجئين (BAMF)
role-other = غير ذلك

## Appointment purposes

purpose-counselling = جلسة استشارة (Beratungsgespräch)
purpose-placement-test = اختبار تحديد المستوى (Einstufungstest)
purpose-exam = امتحان
purpose-hand-in-documents = تسليم الأوراق
purpose-application = تقديم طلب (Antrag)
purpose-job-interview = مقابلة عمل (Vorstellungsgespräch)
purpose-medical = موعد عند الطبيب
purpose-pick-up-document = استلام وثيقة
purpose-apartment-viewing = معاينة شقة (Wohnungsbesichtigung)
purpose-asylum-hearing = مقابلة اللجوء عند BAMF (Anhörung)
purpose-parent-meeting = لقاء مع المعلّم أو المعلّمة (Elterngespräch)

## Typical goals

goal-language-integration-course = إنهاء دورة الاندماج (Integrationskurs)
goal-language-literacy-course = تعلّم القراءة والكتابة (Alphabetisierungskurs)
goal-language-job-course = دورة لغة ألمانية للعمل (Berufssprachkurs)
goal-language-practice = التدرّب على الألمانية في الحياة اليومية
goal-work-find-job = إيجاد عمل
goal-work-recognition = الاعتراف بشهادتي (Anerkennung)
goal-work-vocational-training = بدء تدريب مهني (Ausbildung)
goal-work-qualification = تدريب إضافي (Weiterbildung)
goal-work-first-experience = أول خبرة عمل في ألمانيا
goal-education-school-certificate = الحصول على شهادة مدرسية (Schulabschluss)
goal-education-university = الدراسة في الجامعة
goal-education-digital-skills = تعلّم الكمبيوتر والإنترنت
goal-housing-find-apartment = إيجاد شقة
goal-housing-leave-shared-accommodation = الخروج من السكن الجماعي (Gemeinschaftsunterkunft)
goal-housing-settle-in = الاستقرار في البيت الجديد
goal-health-insurance = الحصول على تأمين صحي (Krankenversicherung)
goal-health-family-doctor = إيجاد طبيب العائلة (Hausarzt)
goal-health-vaccinations = إكمال اللقاحات
goal-health-counselling = الحصول على دعم نفسي
goal-family-kita-place = إيجاد مكان في الحضانة (Kita-Platz)
goal-family-school-enrolment = تسجيل الطفل في المدرسة
goal-family-reunification = لمّ شمل العائلة (Familiennachzug)
goal-family-benefits = الحصول على إعانة الأطفال (Kindergeld)
goal-residence-permit = الحصول على الإقامة أو تمديدها (Aufenthaltserlaubnis)
goal-residence-work-permit = الحصول على إذن العمل (Beschäftigungserlaubnis)
goal-residence-passport = الحصول على جواز سفر
goal-residence-settlement-permit = الحصول على الإقامة الدائمة (Niederlassungserlaubnis)
goal-residence-naturalisation = الحصول على الجنسية الألمانية (Einbürgerung)
goal-everyday-bank-account = فتح حساب في البنك
goal-everyday-club = المشاركة في نادٍ أو جمعية (Verein)
goal-everyday-volunteering = العمل التطوعي (Ehrenamt)
goal-everyday-driving-licence = الحصول على رخصة القيادة (Führerschein)
goal-everyday-mentor = إيجاد مرافق متطوّع أو مرافقة متطوّعة (Pate / Patin)

## Typical steps

step-entitlement-certificate = استلام شهادة الأحقية (Berechtigungsschein)
step-obligation-to-attend = إلزام بحضور دورة الاندماج (Verpflichtung)
step-course-registered = التسجيل عند الجهة التي تقدّم الدورة (Kursträger)
step-placement-test = اختبار تحديد المستوى (Einstufungstest)
step-course-started = { $kind ->
        [literacy] بدء دورة القراءة والكتابة (Alphabetisierungskurs)
        [youth] بدء دورة الاندماج للشباب (Jugendintegrationskurs)
        [parents_women] بدء دورة الاندماج للأهل والنساء (Eltern- und Frauenintegrationskurs)
        [intensive] بدء الدورة المكثّفة (Intensivkurs)
        [second_script] بدء دورة لمن يتعلّم أبجدية جديدة (Zweitschriftlernende)
       *[general] بدء دورة الاندماج (Integrationskurs)
    }
step-dtz-result = اختبار اللغة الألمانية للمهاجرين (DTZ): { $level ->
        [below_a2] أقل من A2
       *[other] { $level }
    }، المحاولة { $attempt }
step-orientation-test = النجاح في اختبار «الحياة في ألمانيا» (Leben in Deutschland)
step-integration-course-certificate = استلام شهادة دورة الاندماج (Zertifikat Integrationskurs)
step-cost-exemption = الإعفاء من رسوم الدورة (Kostenbefreiung)
step-job-language-course-registered = التسجيل في دورة اللغة للعمل (Berufssprachkurs)
step-job-language-course-started = بدء دورة اللغة للعمل { $level } (Berufssprachkurs)
step-job-language-certificate = استلام شهادة دورة اللغة للعمل { $level }
step-language-cafe = زيارة مقهى اللغة (Sprachcafé)
step-language-tandem = إيجاد شريك أو شريكة للغة (Tandem)
step-voluntary-course-started = بدء دورة لغة اختيارية
step-profiling = تقييم المهارات (Kompetenzfeststellung)
step-perspective-talk = حديث عن مستقبلي في العمل (Perspektivgespräch)
step-cooperation-plan = الاتفاق على خطة مع Jobcenter (Kooperationsplan)
step-recognition-counselling = الحصول على استشارة حول الاعتراف (Anerkennungsberatung)
step-documents-translated = ترجمة الأوراق
step-recognition-applied = تقديم طلب الاعتراف (Antrag auf Anerkennung)
step-recognition-granted = الاعتراف بالشهادة (Anerkennung)
step-internship-started = بدء التدريب العملي (Praktikum)
step-work-opportunity-started = بدء فرصة عمل (Arbeitsgelegenheit)
step-applications-sent = إرسال طلبات التوظيف (Bewerbungen)
step-job-interview = إجراء مقابلة عمل (Vorstellungsgespräch)
step-training-place-found = توقيع عقد التدريب المهني (Ausbildungsvertrag)
step-training-started = بدء التدريب المهني (Ausbildung)
step-training-completed = إنهاء التدريب المهني
step-job-started = بدء العمل
step-education-voucher = استلام قسيمة التعليم (Bildungsgutschein)
step-qualification-started = بدء التدريب الإضافي (Weiterbildung)
step-qualification-completed = إنهاء التدريب الإضافي
step-adaptation-measure = بدء دورة التأهيل التكميلي (Anpassungsqualifizierung)
step-education-counselling = الحصول على استشارة تعليمية (Bildungsberatung)
step-school-course-registered = التسجيل في دورة الشهادة المدرسية
step-school-course-started = بدء دورة الشهادة المدرسية
step-school-certificate-obtained = الحصول على الشهادة المدرسية (Schulabschluss)
step-certificate-evaluation = استلام تقييم الشهادة (Zeugnisbewertung)
step-university-applied = التقديم إلى جامعة
step-university-admitted = القبول في الجامعة (Zulassung)
step-studies-started = بدء الدراسة
step-computer-course-started = بدء دورة الكمبيوتر
step-course-certificate-obtained = استلام شهادة الدورة
step-housing-entitlement-applied = تقديم طلب شهادة أحقية السكن (Wohnberechtigungsschein / WBS)
step-housing-entitlement-received = استلام شهادة أحقية السكن (Wohnberechtigungsschein / WBS)
step-move-out-approved = الحصول على موافقة الخروج من السكن (Zustimmung zum Auszug)
step-apartment-viewing = معاينة شقة
step-rental-contract-signed = توقيع عقد الإيجار (Mietvertrag)
step-moved-in = الانتقال إلى البيت الجديد
step-address-registered = تسجيل العنوان (Anmeldung / Meldebescheinigung)
step-electricity-contract = توقيع عقد الكهرباء (Stromvertrag)
step-liability-insurance = عقد تأمين المسؤولية (Haftpflichtversicherung)
step-broadcasting-fee-registered = التسجيل في رسوم الراديو والتلفزيون (Rundfunkbeitrag)
step-health-insurance-registered = التسجيل في شركة تأمين صحي (Krankenkasse)
step-health-card-received = استلام بطاقة التأمين الصحي (Gesundheitskarte)
step-family-doctor-found = إيجاد طبيب العائلة (Hausarzt)
step-check-up-done = فحص طبي (Untersuchung)
step-vaccination-record-checked = مراجعة دفتر اللقاحات (Impfpass)
step-vaccinations-done = أخذ اللقاحات
step-counselling-centre-contacted = التواصل مع مركز استشارة (Beratungsstelle)
step-counselling-started = بدء الاستشارة أو العلاج
step-kita-registered = تسجيل الطفل في الحضانة (Kita)
step-kita-place-offered = عرض مكان في الحضانة (Kita-Platz)
step-kita-started = الطفل يذهب إلى الحضانة
step-school-enrolled = تسجيل الطفل في المدرسة (Schulanmeldung)
step-child-started-school = الطفل يذهب إلى المدرسة
step-visa-applied = تقديم طلب تأشيرة لمّ الشمل (Familiennachzug)
step-visa-granted = الحصول على التأشيرة
step-family-arrived = وصول العائلة
step-child-benefit-applied = تقديم طلب إعانة الأطفال (Kindergeld)
step-child-benefit-granted = الموافقة على إعانة الأطفال (Kindergeld)
step-residence-applied = تقديم طلب في دائرة الأجانب (Ausländerbehörde)
step-fictional-certificate-received = استلام الشهادة المؤقتة (Fiktionsbescheinigung)
step-residence-permit-received = استلام الإقامة (Aufenthaltserlaubnis)
step-work-permit-applied = تقديم طلب إذن العمل (Beschäftigungserlaubnis)
step-work-permit-received = استلام إذن العمل (Beschäftigungserlaubnis)
step-passport-applied = تقديم طلب جواز السفر
step-passport-received = استلام جواز السفر
step-settlement-permit-received = استلام الإقامة الدائمة (Niederlassungserlaubnis)
step-naturalisation-test-passed = النجاح في اختبار الجنسية (Einbürgerungstest)
step-naturalisation-applied = تقديم طلب الجنسية (Einbürgerung)
step-naturalisation-granted = استلام وثيقة الجنسية (Einbürgerungsurkunde)
step-bank-account-opened = فتح حساب في البنك
step-club-visited = زيارة نادٍ أو جمعية (Verein)
step-club-joined = الانضمام إلى نادٍ أو جمعية
step-volunteering-started = بدء العمل التطوعي (Ehrenamt)
step-driving-school-registered = التسجيل في مدرسة القيادة (Fahrschule)
step-theory-test-passed = النجاح في الامتحان النظري
step-driving-test-passed = النجاح في امتحان القيادة
step-mentor-found = إيجاد مرافق متطوّع أو مرافقة متطوّعة (Pate / Patin)
step-driving-licence-conversion-applied = تقديم طلب تبديل رخصة القيادة الأجنبية (Umschreibung)
step-counselling-received = الحصول على استشارة (Beratung)
step-application-submitted = تقديم طلب (Antrag)
step-decision-received = استلام القرار (Bescheid)

## Who added the entry

author-owner = أضفته أنا
author-advisor = أضافه { $name } ({ $organisation })

## Errors

error-parse-id = الرقم التعريفي غير صحيح.
error-parse-date = التاريخ غير صحيح. اكتب السنة ثم الشهر ثم اليوم، مثل: 2025-01-31.
error-parse-time = الوقت غير صحيح. اكتب الساعة ثم الدقائق، مثل: 09:30.
error-schema-version = نسخة الدفتر غير معروفة.
error-title-empty = اكتب عنوانًا من فضلك.
error-organisation-empty = اكتب اسم الجهة أو اسم شخص من فضلك.
error-text-empty = اكتب شيئًا أو احذف هذا الحقل.
error-text-too-long = النص طويل جدًا. الحد الأقصى لعدد الأحرف: { $max }.
error-too-many-entries = العناصر كثيرة جدًا. الحد الأقصى: { $max }.
error-language-tag-invalid = اللغة غير صحيحة.
error-language-duplicate = هذه اللغة موجودة في القائمة من قبل.
error-country-invalid = البلد غير صحيح.
error-email-invalid = عنوان البريد الإلكتروني غير صحيح.
error-phone-invalid = رقم الهاتف غير صحيح. استخدم الأرقام والمسافات و + - / ( ) فقط.
error-step-done-without-date = اكتب التاريخ الذي أنجزت فيه هذه الخطوة.
error-step-params-invalid = معلومات هذه الخطوة غير صحيحة.
error-date-out-of-range = يجب أن يكون التاريخ بين { $min } و{ $max }.
error-timestamp-out-of-range = ساعة الجهاز غير مضبوطة. تحقّق من التاريخ والوقت.
error-goal-field-mismatch = هذا الهدف من مجال آخر.
error-duplicate-id = هذا العنصر موجود مرتين.
error-appointment-unknown-contact = جهة الاتصال الخاصة بهذا الموعد لم تعد موجودة.
error-unknown-goal = هذا الهدف لم يعد موجودًا.
error-unknown-step = هذه الخطوة لم تعد موجودة.
error-unknown-contact = جهة الاتصال هذه لم تعد موجودة.
error-unknown-appointment = هذا الموعد لم يعد موجودًا.
error-index-out-of-range = لا يمكن نقل العنصر إلى هذا المكان.
error-done-date-in-future = هذا التاريخ في المستقبل. الخطوة المنجزة تحتاج تاريخ اليوم أو تاريخًا قبله.
error-load-corrupt = البيانات المحفوظة تالفة.
error-load-malformed = البيانات المحفوظة بصيغة خاطئة.
error-load-newer-version = هذه البيانات من نسخة أحدث من التطبيق (النسخة { $found }، وهذا التطبيق يقرأ حتى النسخة { $supported }). حدِّث التطبيق من فضلك.
error-import-not-a-booklet = هذا الملف ليس دفتر Begleitheft.
error-import-corrupt = الملف تالف أو ناقص. لم يتغيّر أي شيء.
error-import-malformed = صيغة الملف خاطئة. لم يتغيّر أي شيء.
error-import-newer-version = هذا الملف من نسخة أحدث من التطبيق (النسخة { $found }، وهذا التطبيق يقرأ حتى النسخة { $supported }). حدِّث التطبيق من فضلك.
