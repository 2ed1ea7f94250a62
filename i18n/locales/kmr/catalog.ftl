# Begleitheft catalogue: fields, typical goals and steps, roles, appointments, errors.
# The German official term stays in brackets where people meet it on paper.

## Fields of action

field-language = Ziman
field-work = Kar, perwerdeya pîşeyî, jêhatîbûn
field-education = Perwerde
field-housing = Xanî
field-health = Tenduristî
field-family = Malbat û zarok
field-residence = Mayîn û dezgehên fermî
field-everyday = Jiyana rojane û beşdarî

## Status

goal-status-open = Vekirî
goal-status-achieved = Pêk hat
goal-status-dropped = Hat berdan
step-state-planned = Plankirî
step-state-done = Qediya

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Zimanê dayikê

## Qualifications and recognition

qualification-school = Bawernameya dibistanê
qualification-vocational = Bawernameya pîşeyî
qualification-academic = Bawernameya zanîngehê
recognition-not-applied = Hê serlêdan nehatiye kirin
recognition-applied = Serlêdan hat kirin
recognition-partial = Beşek hat naskirin
recognition-granted = Hat naskirin
recognition-refused = Hat redkirin

## Course kinds and DTZ result

course-kind-general = Qursa entegrasyonê ya giştî (Integrationskurs)
course-kind-literacy = Qursa xwendin û nivîsandinê (Alphabetisierungskurs)
course-kind-youth = Qursa ji bo ciwanan (Jugendintegrationskurs)
course-kind-parents-women = Qursa ji bo dê û bavan û jinan (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Qursa bilez (Intensivkurs)
course-kind-second-script = Qursa ji bo kesên ku alfabeyeke nû hîn dibin (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = di bin A2 de

## Contact roles

role-jobcenter-placement = Jobcenter – peydakirina kar (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – pere û alîkarî (Leistungsabteilung)
role-case-manager = Şêwirmendê kesane (Fallmanagement)
role-immigration-office = Dezgeha biyaniyan (Ausländerbehörde)
role-course-provider = Saziya qursê (Kursträger)
role-migration-counselling = Şêwirmendî ji bo koçberan (MBE / JMD)
role-volunteer-mentor = Alîkarê dilxwaz (Pate / Patin)
role-recognition-counselling = Şêwirmendiya naskirinê (Anerkennungsberatung)
role-employment-agency = Ajansa kar (Agentur für Arbeit)
role-social-welfare-office = Dezgeha alîkariya civakî (Sozialamt, Asylbewerberleistungen)
role-doctor = Bijîşk
role-school-kita = Dibistan an baxçeyê zarokan (Schule / Kita)
role-housing-office = Dezgeha xaniyan (Wohnungsamt)
role-citizens-office = Nivîsgeha welatiyan (Bürgeramt)
role-employer = Kardêr an cihê perwerdeya pîşeyî
role-bamf = Dezgeha Federal a Koçberî û Penaberan (BAMF)
role-other = Yên din

## Appointment purposes

purpose-counselling = Hevdîtina şêwirmendiyê (Beratungsgespräch)
purpose-placement-test = Testa astê (Einstufungstest)
purpose-exam = Ezmûn
purpose-hand-in-documents = Belge teslîm kirin
purpose-application = Serlêdan kirin (Antrag)
purpose-job-interview = Hevpeyvîna karî (Vorstellungsgespräch)
purpose-medical = Randevûya bijîşk
purpose-pick-up-document = Belgeyê wergirtin
purpose-apartment-viewing = Dîtina xaniyekî (Wohnungsbesichtigung)
purpose-asylum-hearing = Hevpeyvîna penaberiyê li BAMF (Anhörung)
purpose-parent-meeting = Hevdîtin bi mamoste re (Elterngespräch)

## Typical goals

goal-language-integration-course = Qursa entegrasyonê qedandin (Integrationskurs)
goal-language-literacy-course = Xwendin û nivîsandin hîn bûn (Alphabetisierungskurs)
goal-language-job-course = Qursa almanî ya ji bo kar xwendin (Berufssprachkurs)
goal-language-practice = Di jiyana rojane de bi almanî axaftin
goal-work-find-job = Kar dîtin
goal-work-recognition = Naskirina bawernameyê wergirtin (Anerkennung)
goal-work-vocational-training = Dest bi perwerdeya pîşeyî kirin (Ausbildung)
goal-work-qualification = Perwerdeya zêde dîtin (Weiterbildung)
goal-work-first-experience = Li Almanyayê ezmûna kar a yekem bi dest xistin
goal-education-school-certificate = Bawernameya dibistanê bi dest xistin (Schulabschluss)
goal-education-university = Li zanîngehê xwendin
goal-education-digital-skills = Komputer û înternetê hîn bûn
goal-housing-find-apartment = Xanî dîtin
goal-housing-leave-shared-accommodation = Ji xaniyê hevpar derketin (Gemeinschaftsunterkunft)
goal-housing-settle-in = Li xaniyê nû bicih bûn
goal-health-insurance = Sîgorteya tenduristiyê hebûn (Krankenversicherung)
goal-health-family-doctor = Bijîşkê malbatê dîtin (Hausarzt)
goal-health-vaccinations = Hemû vakslêdanên pêwîst kirin
goal-health-counselling = Piştgiriya derûnî wergirtin
goal-family-kita-place = Cih li baxçeyê zarokan dîtin (Kita-Platz)
goal-family-school-enrolment = Zarok li dibistanê qeyd kirin
goal-family-reunification = Malbatê anîn vir (Familiennachzug)
goal-family-benefits = Pereyê zarokan wergirtin (Kindergeld)
goal-residence-permit = Destûra mayînê wergirtin an dirêj kirin (Aufenthaltserlaubnis)
goal-residence-work-permit = Destûra kar wergirtin (Beschäftigungserlaubnis)
goal-residence-passport = Pasaport wergirtin
goal-residence-settlement-permit = Destûra mayîna herdemî wergirtin (Niederlassungserlaubnis)
goal-residence-naturalisation = Hemwelatiya Almanyayê wergirtin (Einbürgerung)
goal-everyday-bank-account = Hesabê bankê vekirin
goal-everyday-club = Beşdarî komeleyekê bûn (Verein)
goal-everyday-volunteering = Karê dilxwazî kirin (Ehrenamt)
goal-everyday-driving-licence = Ehliyeta ajotinê wergirtin (Führerschein)
goal-everyday-mentor = Alîkarekî dilxwaz dîtin

## Typical steps

step-entitlement-certificate = Destûra qursê hat wergirtin (Berechtigungsschein)
step-obligation-to-attend = Çûyîna qursa entegrasyonê mecbûrî ye (Verpflichtung)
step-course-registered = Li saziya qursê qeyd hat kirin (Kursträger)
step-placement-test = Testa astê hat kirin (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Qursa xwendin û nivîsandinê dest pê kir (Alphabetisierungskurs)
        [youth] Qursa ji bo ciwanan dest pê kir (Jugendintegrationskurs)
        [parents_women] Qursa ji bo dê û bavan û jinan dest pê kir (Eltern- und Frauenintegrationskurs)
        [intensive] Qursa bilez dest pê kir (Intensivkurs)
        [second_script] Qursa ji bo kesên ku alfabeyeke nû hîn dibin dest pê kir (Zweitschriftlernende)
       *[general] Qursa entegrasyonê dest pê kir (Integrationskurs)
    }
step-dtz-result = Testa almanî ji bo koçberan (DTZ): { $level ->
        [below_a2] di bin A2 de
       *[other] { $level }
    }, ceribandina hejmar { $attempt }
step-orientation-test = Testa «Leben in Deutschland» hat derbaskirin
step-integration-course-certificate = Sertîfîkaya qursa entegrasyonê hat wergirtin (Zertifikat Integrationskurs)
step-cost-exemption = Qurs belaş e (Kostenbefreiung)
step-job-language-course-registered = Ji bo qursa almanî ya ji bo kar qeyd hat kirin (Berufssprachkurs)
step-job-language-course-started = Qursa almanî ya ji bo kar { $level } dest pê kir (Berufssprachkurs)
step-job-language-certificate = Sertîfîkaya qursa almanî ya ji bo kar { $level } hat wergirtin
step-language-cafe = Serdana kafeya zimên hat kirin (Sprachcafé)
step-language-tandem = Hevalê axaftina almanî hat dîtin (Tandem)
step-voluntary-course-started = Qursa almanî ya bi dilê xwe dest pê kir
step-profiling = Jêhatîbûn hatin kontrolkirin (Kompetenzfeststellung, Profiling)
step-perspective-talk = Li ser dahatûyê hat axaftin (Perspektivgespräch)
step-cooperation-plan = Bi Jobcenter re plan hat çêkirin (Kooperationsplan)
step-recognition-counselling = Şêwirmendiya naskirinê hat wergirtin (Anerkennungsberatung)
step-documents-translated = Belge hatin wergerandin
step-recognition-applied = Serlêdana naskirinê hat kirin (Antrag auf Anerkennung)
step-recognition-granted = Bawername hat naskirin (Anerkennung)
step-internship-started = Praktîk dest pê kir (Praktikum)
step-work-opportunity-started = Karê demkî dest pê kir (Arbeitsgelegenheit)
step-applications-sent = Serlêdanên karî hatin şandin (Bewerbungen)
step-job-interview = Hevpeyvîna karî çêbû (Vorstellungsgespräch)
step-training-place-found = Peymana perwerdeya pîşeyî hat îmzekirin (Ausbildungsvertrag)
step-training-started = Perwerdeya pîşeyî dest pê kir (Ausbildung)
step-training-completed = Perwerdeya pîşeyî qediya
step-job-started = Kar dest pê kir
step-education-voucher = Belgeya perwerdeya belaş hat wergirtin (Bildungsgutschein)
step-qualification-started = Perwerdeya zêde dest pê kir (Weiterbildung)
step-qualification-completed = Perwerdeya zêde qediya
step-adaptation-measure = Qursa lihevhatinê dest pê kir (Anpassungsqualifizierung)
step-education-counselling = Şêwirmendiya perwerdeyê hat wergirtin (Bildungsberatung)
step-school-course-registered = Ji bo qursa bawernameya dibistanê qeyd hat kirin
step-school-course-started = Qursa bawernameya dibistanê dest pê kir
step-school-certificate-obtained = Bawernameya dibistanê hat wergirtin (Schulabschluss)
step-certificate-evaluation = Nirxandina bawernameyê hat wergirtin (Zeugnisbewertung)
step-university-applied = Serlêdana zanîngehê hat kirin
step-university-admitted = Zanîngehê qebûl kir (Zulassung)
step-studies-started = Xwendina zanîngehê dest pê kir
step-computer-course-started = Qursa komputerê dest pê kir
step-course-certificate-obtained = Sertîfîkaya qursê hat wergirtin
step-housing-entitlement-applied = Serlêdana mafê xaniyê civakî hat kirin (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Belgeya mafê xaniyê civakî hat wergirtin (Wohnberechtigungsschein, WBS)
step-move-out-approved = Destûra derketinê hat wergirtin (Zustimmung zum Auszug)
step-apartment-viewing = Li xaniyekî hat nêrîn
step-rental-contract-signed = Peymana kirê hat îmzekirin (Mietvertrag)
step-moved-in = Barkirin qediya
step-address-registered = Navnîşan hat qeydkirin (Anmeldung, Meldebescheinigung)
step-electricity-contract = Peymana elektrîkê hat îmzekirin (Stromvertrag)
step-liability-insurance = Sîgorteya berpirsiyariyê hat kirin (Haftpflichtversicherung)
step-broadcasting-fee-registered = Ji bo heqê radyo û televizyonê qeyd hat kirin (Rundfunkbeitrag)
step-health-insurance-registered = Li sîgorteya tenduristiyê qeyd hat kirin (Krankenkasse)
step-health-card-received = Karta sîgorteya tenduristiyê hat wergirtin (Gesundheitskarte)
step-family-doctor-found = Bijîşkê malbatê hat dîtin (Hausarzt)
step-check-up-done = Kontrola tenduristiyê hat kirin (Untersuchung)
step-vaccination-record-checked = Karta vakslêdanê hat kontrolkirin (Impfpass)
step-vaccinations-done = Vakslêdan hatin kirin
step-counselling-centre-contacted = Bi navenda şêwirmendiyê re têkilî hat danîn (Beratungsstelle)
step-counselling-started = Şêwirmendî an terapî dest pê kir
step-kita-registered = Zarok ji bo baxçeyê zarokan hat qeydkirin (Kita)
step-kita-place-offered = Cih li baxçeyê zarokan hat pêşniyarkirin (Kita-Platz)
step-kita-started = Zarok diçe baxçeyê zarokan
step-school-enrolled = Zarok li dibistanê hat qeydkirin (Schulanmeldung)
step-child-started-school = Zarok diçe dibistanê
step-visa-applied = Serlêdana vîzeyê ji bo anîna malbatê hat kirin (Familiennachzug)
step-visa-granted = Vîze hat dayîn
step-family-arrived = Malbat gihîşt vir
step-child-benefit-applied = Serlêdana pereyê zarokan hat kirin (Kindergeld)
step-child-benefit-granted = Pereyê zarokan hat pejirandin (Kindergeld)
step-residence-applied = Serlêdan li dezgeha biyaniyan hat kirin (Ausländerbehörde)
step-fictional-certificate-received = Belgeya demkî hat wergirtin (Fiktionsbescheinigung)
step-residence-permit-received = Destûra mayînê hat wergirtin (Aufenthaltserlaubnis)
step-work-permit-applied = Serlêdana destûra kar hat kirin (Beschäftigungserlaubnis)
step-work-permit-received = Destûra kar hat wergirtin (Beschäftigungserlaubnis)
step-passport-applied = Serlêdana pasaportê hat kirin
step-passport-received = Pasaport hat wergirtin
step-settlement-permit-received = Destûra mayîna herdemî hat wergirtin (Niederlassungserlaubnis)
step-naturalisation-test-passed = Testa hemwelatiyê hat derbaskirin (Einbürgerungstest)
step-naturalisation-applied = Serlêdana hemwelatiyê hat kirin (Einbürgerung)
step-naturalisation-granted = Belgeya hemwelatiyê hat wergirtin (Einbürgerungsurkunde)
step-bank-account-opened = Hesabê bankê hat vekirin
step-club-visited = Serdana komeleyekê hat kirin (Verein)
step-club-joined = Endamtiya komeleyê dest pê kir
step-volunteering-started = Karê dilxwazî dest pê kir (Ehrenamt)
step-driving-school-registered = Li dibistana ajotinê qeyd hat kirin (Fahrschule)
step-theory-test-passed = Ezmûna teorîk hat derbaskirin
step-driving-test-passed = Ezmûna ajotinê hat derbaskirin
step-mentor-found = Alîkarê dilxwaz hat dîtin (Pate / Patin)
step-driving-licence-conversion-applied = Serlêdana guhertina ehliyeta biyanî hat kirin (Umschreibung)
step-counselling-received = Şêwirmendî hat wergirtin (Beratung)
step-application-submitted = Serlêdan hat kirin (Antrag)
step-decision-received = Biryar hat wergirtin (Bescheid)

## Who added the entry

author-owner = Min bi xwe nivîsandiye
author-advisor = Ji aliyê { $name } ({ $organisation }) ve hatiye nivîsandin

## Errors

error-parse-id = Koda tomarê ne rast e.
error-parse-date = Dîrok ne rast e. Wiha binivîse: sal-meh-roj, wek 2025-03-31.
error-parse-time = Saet ne rast e. Wiha binivîse: saet:deqîqe, wek 14:30.
error-schema-version = Guhertoya Begleitheft nenas e.
error-title-empty = Navekî binivîse.
error-organisation-empty = Dezgehekê an navekî binivîse.
error-text-empty = Tiştekî binivîse an vê qadê jê bibe.
error-text-too-long = Nivîs pir dirêj e. Herî zêde { $max } tîp.
error-too-many-entries = Pir zêde tomar hene. Herî zêde { $max }.
error-language-tag-invalid = Ziman ne rast e.
error-language-duplicate = Ev ziman jixwe di lîsteyê de heye.
error-country-invalid = Welat ne rast e.
error-email-invalid = Navnîşana e-mailê ne rast e.
error-phone-invalid = Hejmara telefonê ne rast e. Tenê hejmar, valahî û + - / ( ) dibin.
error-step-done-without-date = Dîroka ku gav qediya binivîse.
error-step-params-invalid = Agahiyên vê gavê ne rast in.
error-date-out-of-range = Divê dîrok di navbera { $min } û { $max } de be.
error-timestamp-out-of-range = Saeta vê amûrê şaş e. Dîrok û saetê kontrol bike.
error-goal-field-mismatch = Ev armanc ya qadeke din e.
error-duplicate-id = Ev tomar du caran heye.
error-appointment-unknown-contact = Têkiliya vê randevûyê êdî tune ye.
error-unknown-goal = Ev armanc êdî tune ye.
error-unknown-step = Ev gav êdî tune ye.
error-unknown-contact = Ev têkilî êdî tune ye.
error-unknown-appointment = Ev randevû êdî tune ye.
error-index-out-of-range = Tomar nikare bê vê derê.
error-done-date-in-future = Ev dîrok di dahatûyê de ye. Ji bo gaveke qediyayî, dîrok divê heta îro be.
error-load-corrupt = Daneyên tomarkirî xera bûne.
error-load-malformed = Formata daneyên tomarkirî şaş e.
error-load-newer-version = Dane ji guhertoyeke nûtir a sepanê ne (guherto { $found }; ev sepan tenê heta guherto { $supported } dizane). Sepanê nû bike.
error-import-not-a-booklet = Ev pel ne Begleitheft e.
error-import-corrupt = Pel xera ye an ne temam e. Tiştek nehat guhertin.
error-import-malformed = Formata pelê şaş e. Tiştek nehat guhertin.
error-import-newer-version = Pel ji guhertoyeke nûtir a sepanê ye (guherto { $found }; ev sepan tenê heta guherto { $supported } dizane). Sepanê nû bike.
