# Begleitheft catalogue: fields of action, typical goals and steps, roles, appointments, errors.
# Message ids come from the `booklet` crate (catalog::all_message_ids). Short sentences, common words;
# the German official term in brackets where people meet it on paper.

## Fields of action

field-language = Language
field-work = Work, training, qualification
field-education = Education
field-housing = Housing
field-health = Health
field-family = Family and children
field-residence = Residence and authorities
field-everyday = Everyday life and taking part

## Status

goal-status-open = Open
goal-status-achieved = Achieved
goal-status-dropped = Dropped
step-state-planned = Planned
step-state-done = Done

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Native language

## Qualifications and recognition

qualification-school = School certificate
qualification-vocational = Vocational qualification
qualification-academic = University degree
recognition-not-applied = Not applied yet
recognition-applied = Applied
recognition-partial = Partly recognised
recognition-granted = Recognised
recognition-refused = Refused

## Course kinds and DTZ result

course-kind-general = General integration course
course-kind-literacy = Literacy course (Alphabetisierungskurs)
course-kind-youth = Course for young adults (Jugendintegrationskurs)
course-kind-parents-women = Course for parents and women (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Intensive course (Intensivkurs)
course-kind-second-script = Course for learners of a new alphabet (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = below A2

## Contact roles

role-jobcenter-placement = Jobcenter – job placement (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – benefits (Leistungsabteilung)
role-case-manager = Case manager (Fallmanagement)
role-immigration-office = Immigration office (Ausländerbehörde)
role-course-provider = Course provider (Kursträger)
role-migration-counselling = Migration counselling (MBE / JMD)
role-volunteer-mentor = Volunteer mentor (Pate / Patin)
role-recognition-counselling = Recognition counselling (Anerkennungsberatung)
role-employment-agency = Employment agency (Agentur für Arbeit)
role-social-welfare-office = Social welfare office (Sozialamt, Asylbewerberleistungen)
role-doctor = Doctor
role-school-kita = School or day care (Schule / Kita)
role-housing-office = Housing office (Wohnungsamt)
role-citizens-office = Citizens' office (Bürgeramt)
role-employer = Employer or training company
role-bamf = Federal Office for Migration and Refugees (BAMF)
role-other = Other

## Appointment purposes

purpose-counselling = Advice meeting (Beratungsgespräch)
purpose-placement-test = Placement test (Einstufungstest)
purpose-exam = Exam
purpose-hand-in-documents = Hand in documents
purpose-application = Make an application (Antrag)
purpose-job-interview = Job interview (Vorstellungsgespräch)
purpose-medical = Doctor's appointment
purpose-pick-up-document = Pick up a document
purpose-apartment-viewing = Apartment viewing (Wohnungsbesichtigung)
purpose-asylum-hearing = Asylum hearing at the BAMF (Anhörung)
purpose-parent-meeting = Meeting with the teacher (Elterngespräch)

## Typical goals

goal-language-integration-course = Finish the integration course (Integrationskurs)
goal-language-literacy-course = Learn to read and write (Alphabetisierungskurs)
goal-language-job-course = Take a German course for work (Berufssprachkurs)
goal-language-practice = Practise German in daily life
goal-work-find-job = Find a job
goal-work-recognition = Get my qualification recognised (Anerkennung)
goal-work-vocational-training = Start vocational training (Ausbildung)
goal-work-qualification = Do further training (Weiterbildung)
goal-work-first-experience = Get first work experience in Germany
goal-education-school-certificate = Get a school certificate (Schulabschluss)
goal-education-university = Study at a university
goal-education-digital-skills = Learn computer and internet skills
goal-housing-find-apartment = Find an apartment
goal-housing-leave-shared-accommodation = Move out of shared housing (Gemeinschaftsunterkunft)
goal-housing-settle-in = Settle into the new home
goal-health-insurance = Have health insurance (Krankenversicherung)
goal-health-family-doctor = Find a family doctor (Hausarzt)
goal-health-vaccinations = Complete my vaccinations
goal-health-counselling = Get support for my mental health
goal-family-kita-place = Find a day-care place (Kita-Platz)
goal-family-school-enrolment = Register my child at school
goal-family-reunification = Bring my family here (Familiennachzug)
goal-family-benefits = Get child benefit (Kindergeld)
goal-residence-permit = Get or extend my residence permit (Aufenthaltserlaubnis)
goal-residence-work-permit = Get a work permit (Beschäftigungserlaubnis)
goal-residence-passport = Get a passport
goal-residence-settlement-permit = Get a settlement permit (Niederlassungserlaubnis)
goal-residence-naturalisation = Become a German citizen (Einbürgerung)
goal-everyday-bank-account = Open a bank account
goal-everyday-club = Join a club (Verein)
goal-everyday-volunteering = Do volunteer work (Ehrenamt)
goal-everyday-driving-licence = Get a driving licence (Führerschein)
goal-everyday-mentor = Find a volunteer mentor

## Typical steps

step-entitlement-certificate = Entitlement certificate received (Berechtigungsschein)
step-obligation-to-attend = Must attend the integration course (Verpflichtung)
step-course-registered = Registered with a course provider
step-placement-test = Placement test done (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Literacy course started (Alphabetisierungskurs)
        [youth] Course for young adults started (Jugendintegrationskurs)
        [parents_women] Course for parents and women started (Eltern- und Frauenintegrationskurs)
        [intensive] Intensive course started (Intensivkurs)
        [second_script] Course for learners of a new alphabet started (Zweitschriftlernende)
       *[general] Integration course started (Integrationskurs)
    }
step-dtz-result = German test for immigrants (DTZ): { $level ->
        [below_a2] below A2
       *[other] { $level }
    }, attempt { $attempt }
step-orientation-test = Test "Life in Germany" passed (Leben in Deutschland)
step-integration-course-certificate = Integration course certificate received (Zertifikat Integrationskurs)
step-cost-exemption = Free of course fees (Kostenbefreiung)
step-job-language-course-registered = Registered for a German course for work (Berufssprachkurs)
step-job-language-course-started = German course for work { $level } started (Berufssprachkurs)
step-job-language-certificate = Certificate of German for work { $level } received
step-language-cafe = Went to a language café (Sprachcafé)
step-language-tandem = Found a language partner (Tandem)
step-voluntary-course-started = Started a free-time German course
step-profiling = Skills check done (Kompetenzfeststellung)
step-perspective-talk = Talk about my future done (Perspektivgespräch)
step-cooperation-plan = Plan agreed with the Jobcenter (Kooperationsplan)
step-recognition-counselling = Advice on recognition received (Anerkennungsberatung)
step-documents-translated = Documents translated
step-recognition-applied = Recognition applied for (Antrag auf Anerkennung)
step-recognition-granted = Qualification recognised (Anerkennung)
step-internship-started = Internship started (Praktikum)
step-work-opportunity-started = Work opportunity started (Arbeitsgelegenheit)
step-applications-sent = Job applications sent (Bewerbungen)
step-job-interview = Job interview done (Vorstellungsgespräch)
step-training-place-found = Training contract signed (Ausbildungsvertrag)
step-training-started = Vocational training started (Ausbildung)
step-training-completed = Vocational training finished
step-job-started = Job started
step-education-voucher = Education voucher received (Bildungsgutschein)
step-qualification-started = Further training started (Weiterbildung)
step-qualification-completed = Further training finished
step-adaptation-measure = Adaptation course started (Anpassungsqualifizierung)
step-education-counselling = Education advice received (Bildungsberatung)
step-school-course-registered = Registered for a school certificate course
step-school-course-started = School certificate course started
step-school-certificate-obtained = School certificate received (Schulabschluss)
step-certificate-evaluation = Certificate evaluation received (Zeugnisbewertung)
step-university-applied = Applied to a university
step-university-admitted = Admitted to a university (Zulassung)
step-studies-started = Studies started
step-computer-course-started = Computer course started
step-course-certificate-obtained = Course certificate received
step-housing-entitlement-applied = Housing certificate applied for (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Housing certificate received (Wohnberechtigungsschein, WBS)
step-move-out-approved = Allowed to move out (Zustimmung zum Auszug)
step-apartment-viewing = Apartment viewed
step-rental-contract-signed = Rental contract signed (Mietvertrag)
step-moved-in = Moved in
step-address-registered = Address registered (Anmeldung, Meldebescheinigung)
step-electricity-contract = Electricity contract signed (Stromvertrag)
step-liability-insurance = Liability insurance taken out (Haftpflichtversicherung)
step-broadcasting-fee-registered = Registered for the broadcasting fee (Rundfunkbeitrag)
step-health-insurance-registered = Registered with a health insurance (Krankenkasse)
step-health-card-received = Health insurance card received (Gesundheitskarte)
step-family-doctor-found = Family doctor found (Hausarzt)
step-check-up-done = Health check done (Untersuchung)
step-vaccination-record-checked = Vaccination record checked (Impfpass)
step-vaccinations-done = Vaccinations done
step-counselling-centre-contacted = Contacted an advice centre (Beratungsstelle)
step-counselling-started = Counselling or therapy started
step-kita-registered = Child registered for day care (Kita)
step-kita-place-offered = Day-care place offered (Kita-Platz)
step-kita-started = Child goes to day care
step-school-enrolled = Child registered at school (Schulanmeldung)
step-child-started-school = Child goes to school
step-visa-applied = Visa for family reunification applied for (Familiennachzug)
step-visa-granted = Visa granted
step-family-arrived = Family has arrived
step-child-benefit-applied = Child benefit applied for (Kindergeld)
step-child-benefit-granted = Child benefit granted (Kindergeld)
step-residence-applied = Application made at the immigration office (Ausländerbehörde)
step-fictional-certificate-received = Temporary certificate received (Fiktionsbescheinigung)
step-residence-permit-received = Residence permit received (Aufenthaltserlaubnis)
step-work-permit-applied = Work permit applied for (Beschäftigungserlaubnis)
step-work-permit-received = Work permit received (Beschäftigungserlaubnis)
step-passport-applied = Passport applied for
step-passport-received = Passport received
step-settlement-permit-received = Settlement permit received (Niederlassungserlaubnis)
step-naturalisation-test-passed = Citizenship test passed (Einbürgerungstest)
step-naturalisation-applied = Citizenship applied for (Einbürgerung)
step-naturalisation-granted = Citizenship certificate received (Einbürgerungsurkunde)
step-bank-account-opened = Bank account opened
step-club-visited = Visited a club (Verein)
step-club-joined = Joined a club
step-volunteering-started = Volunteer work started (Ehrenamt)
step-driving-school-registered = Registered with a driving school (Fahrschule)
step-theory-test-passed = Theory test passed
step-driving-test-passed = Driving test passed
step-mentor-found = Volunteer mentor found (Pate / Patin)
step-driving-licence-conversion-applied = Change of foreign driving licence applied for (Umschreibung)
step-counselling-received = Advice received (Beratung)
step-application-submitted = Application made (Antrag)
step-decision-received = Decision letter received (Bescheid)

## Who added the entry

author-owner = Added by me
author-advisor = Added by { $name } ({ $organisation })

## Errors

error-parse-id = The id is not valid.
error-parse-date = The date is not valid. Please write it like this: YYYY-MM-DD.
error-parse-time = The time is not valid. Please write it like this: HH:MM.
error-schema-version = The booklet has an unknown version.
error-title-empty = Please enter a title.
error-organisation-empty = Please enter an office or a name.
error-text-empty = Please write something or remove the field.
error-text-too-long = The text is too long. At most { $max } characters.
error-too-many-entries = Too many entries. At most { $max }.
error-language-tag-invalid = The language is not valid.
error-language-duplicate = This language is already in the list.
error-country-invalid = The country is not valid.
error-email-invalid = The e-mail address is not valid.
error-phone-invalid = The phone number is not valid. Use digits, spaces and + - / ( ).
error-step-done-without-date = Please enter the date when the step was done.
error-step-params-invalid = The details of this step are not valid.
error-date-out-of-range = The date must be between { $min } and { $max }.
error-timestamp-out-of-range = The clock of this device is wrong. Please check the date and time.
error-goal-field-mismatch = This goal belongs to another field.
error-duplicate-id = This entry is there twice.
error-appointment-unknown-contact = The contact for this appointment no longer exists.
error-unknown-goal = This goal no longer exists.
error-unknown-step = This step no longer exists.
error-unknown-contact = This contact no longer exists.
error-unknown-appointment = This appointment no longer exists.
error-index-out-of-range = The entry cannot be moved to this place.
error-done-date-in-future = The date is in the future. A done step needs a date up to today.
error-load-corrupt = The saved data is damaged.
error-load-malformed = The saved data has a wrong format.
error-load-newer-version = The data comes from a newer version of the app (version { $found }; this app reads up to version { $supported }). Please update the app.
error-import-not-a-booklet = This file is not a Begleitheft booklet.
error-import-corrupt = The file is damaged or incomplete. Nothing was changed.
error-import-malformed = The file has a wrong format. Nothing was changed.
error-import-newer-version = The file comes from a newer version of the app (version { $found }; this app reads up to version { $supported }). Please update the app.
