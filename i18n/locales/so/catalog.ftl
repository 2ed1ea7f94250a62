# Liiska Begleitheft: qaybaha, hadafyada iyo tallaabooyinka caadiga ah, doorarka, ballamaha, khaladaadka.
# Jumlado gaagaaban, erayo fudud; ereyga rasmiga ah ee Jarmalka wuxuu ku jiraa qaansooyin.

## Qaybaha

field-language = Luqad
field-work = Shaqo, tababar xirfadeed, aqoon dheeraad ah
field-education = Waxbarasho
field-housing = Guri
field-health = Caafimaad
field-family = Qoyska iyo carruurta
field-residence = Sharciga joogitaanka iyo xafiisyada
field-everyday = Nolosha maalinlaha ah iyo ka qaybgalka

## Xaaladda

goal-status-open = Furan
goal-status-achieved = La gaaray
goal-status-dropped = La joojiyay
step-state-planned = Qorshaysan
step-state-done = La dhammeeyay

## Heerka luqadda

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Luqadda hooyo

## Shahaadooyinka iyo aqoonsiga

qualification-school = Shahaadada dugsiga
qualification-vocational = Shahaadada xirfadda
qualification-academic = Shahaadada jaamacadda
recognition-not-applied = Weli lama codsan
recognition-applied = Waa la codsaday
recognition-partial = Qayb ahaan waa la aqoonsaday
recognition-granted = Waa la aqoonsaday
recognition-refused = Waa la diiday

## Noocyada koorsada iyo natiijada DTZ

course-kind-general = Koorsada isdhexgalka guud (Integrationskurs)
course-kind-literacy = Koorsada akhriska iyo qoraalka (Alphabetisierungskurs)
course-kind-youth = Koorsada dhallinyarada (Jugendintegrationskurs)
course-kind-parents-women = Koorsada waalidiinta iyo haweenka (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Koorso xoog leh (Intensivkurs)
course-kind-second-script = Koorsada dadka baranaya far cusub (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = ka hooseeya A2

## Doorarka xiriirrada

role-jobcenter-placement = Jobcenter – raadinta shaqada (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – lacagta kaalmada (Leistungsabteilung)
role-case-manager = Qofka maamula kiiskaaga (Fallmanagement)
role-immigration-office = Xafiiska ajaanibta (Ausländerbehörde)
role-course-provider = Hay'adda koorsada bixisa (Kursträger)
role-migration-counselling = La-talinta soo-galootiga (MBE / JMD)
role-volunteer-mentor = Taageere tabarruc ah (Pate / Patin)
role-recognition-counselling = La-talinta aqoonsiga shahaadada (Anerkennungsberatung)
role-employment-agency = Xafiiska shaqada (Agentur für Arbeit)
role-social-welfare-office = Xafiiska gargaarka bulshada (Sozialamt, Asylbewerberleistungen)
role-doctor = Dhakhtar
role-school-kita = Dugsi ama xanaanada carruurta (Schule / Kita)
role-housing-office = Xafiiska guryaha (Wohnungsamt)
role-citizens-office = Xafiiska dadweynaha (Bürgeramt)
role-employer = Loo-shaqeeye ama shirkadda tababarka
role-bamf = Xafiiska Federaalka ee Socdaalka iyo Qaxootiga (BAMF)
role-other = Kale

## Ujeedada ballamaha

purpose-counselling = Kulan la-talin (Beratungsgespräch)
purpose-placement-test = Imtixaanka heerka (Einstufungstest)
purpose-exam = Imtixaan
purpose-hand-in-documents = Dhiibista waraaqaha
purpose-application = Gudbinta codsi (Antrag)
purpose-job-interview = Wareysi shaqo (Vorstellungsgespräch)
purpose-medical = Ballan dhakhtar
purpose-pick-up-document = Qaadashada warqad
purpose-apartment-viewing = Eegista guri (Wohnungsbesichtigung)
purpose-asylum-hearing = Wareysiga magangalyada ee BAMF (Anhörung)
purpose-parent-meeting = Kulan lala yeesho macallinka (Elterngespräch)

## Hadafyada caadiga ah

goal-language-integration-course = Dhammaynta koorsada isdhexgalka (Integrationskurs)
goal-language-literacy-course = Barashada akhriska iyo qoraalka (Alphabetisierungskurs)
goal-language-job-course = Koorsada Jarmalka ee shaqada (Berufssprachkurs)
goal-language-practice = Ku celcelinta Jarmalka nolosha maalinlaha ah
goal-work-find-job = Helitaanka shaqo
goal-work-recognition = Aqoonsiga shahaadadayda (Anerkennung)
goal-work-vocational-training = Bilaabista tababar xirfadeed (Ausbildung)
goal-work-qualification = Tababar dheeraad ah (Weiterbildung)
goal-work-first-experience = Khibradda ugu horreysa ee shaqo ee Jarmalka
goal-education-school-certificate = Helitaanka shahaadada dugsiga (Schulabschluss)
goal-education-university = Jaamacad dhigasho
goal-education-digital-skills = Barashada kombiyuutarka iyo internetka
goal-housing-find-apartment = Helitaanka guri
goal-housing-leave-shared-accommodation = Ka guuritaanka hoyga wadaagga ah (Gemeinschaftsunterkunft)
goal-housing-settle-in = Ku degitaanka guriga cusub
goal-health-insurance = Yeelashada caymis caafimaad (Krankenversicherung)
goal-health-family-doctor = Helitaanka dhakhtarka qoyska (Hausarzt)
goal-health-vaccinations = Dhammaystirka tallaalada
goal-health-counselling = Helitaanka taageero caafimaadka maskaxda ah
goal-family-kita-place = Helitaanka boos xanaanada carruurta (Kita-Platz)
goal-family-school-enrolment = Diiwaangelinta ilmahayga dugsiga
goal-family-reunification = Keenista qoyskayga (Familiennachzug)
goal-family-benefits = Helitaanka lacagta carruurta (Kindergeld)
goal-residence-permit = Helitaanka ama cusboonaysiinta sharciga joogitaanka (Aufenthaltserlaubnis)
goal-residence-work-permit = Helitaanka ogolaanshaha shaqada (Beschäftigungserlaubnis)
goal-residence-passport = Helitaanka baasaboor
goal-residence-settlement-permit = Helitaanka sharci joogitaan oo joogto ah (Niederlassungserlaubnis)
goal-residence-naturalisation = Qaadashada dhalashada Jarmalka (Einbürgerung)
goal-everyday-bank-account = Furitaanka koonto bangi
goal-everyday-club = Ku biirista urur (Verein)
goal-everyday-volunteering = Shaqo tabarruc ah (Ehrenamt)
goal-everyday-driving-licence = Qaadashada liisanka darawalnimada (Führerschein)
goal-everyday-mentor = Helitaanka taageere tabarruc ah (Pate / Patin)

## Tallaabooyinka caadiga ah

step-entitlement-certificate = Waxaan helay warqadda xaqa koorsada (Berechtigungsschein)
step-obligation-to-attend = Koorsada isdhexgalka waa igu waajib (Verpflichtung)
step-course-registered = Waxaan iska diiwaangeliyay hay'adda koorsada (Kursträger)
step-placement-test = Waxaan galay imtixaanka heerka (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Waxaan bilaabay koorsada akhriska iyo qoraalka (Alphabetisierungskurs)
        [youth] Waxaan bilaabay koorsada dhallinyarada (Jugendintegrationskurs)
        [parents_women] Waxaan bilaabay koorsada waalidiinta iyo haweenka (Eltern- und Frauenintegrationskurs)
        [intensive] Waxaan bilaabay koorso xoog leh (Intensivkurs)
        [second_script] Waxaan bilaabay koorsada dadka baranaya far cusub (Zweitschriftlernende)
       *[general] Waxaan bilaabay koorsada isdhexgalka (Integrationskurs)
    }
step-dtz-result = Imtixaanka Jarmalka ee soo-galootiga (DTZ): { $level ->
        [below_a2] ka hooseeya A2
       *[other] { $level }
    }, isku dayga { $attempt }aad
step-orientation-test = Waan ku guuleystay imtixaanka “Nolosha Jarmalka” (Leben in Deutschland)
step-integration-course-certificate = Waxaan helay shahaadada koorsada isdhexgalka (Zertifikat Integrationskurs)
step-cost-exemption = Lacagta koorsada waa la iga dhaafay (Kostenbefreiung)
step-job-language-course-registered = Waxaan iska diiwaangeliyay koorsada Jarmalka ee shaqada (Berufssprachkurs)
step-job-language-course-started = Waxaan bilaabay koorsada Jarmalka ee shaqada { $level } (Berufssprachkurs)
step-job-language-certificate = Waxaan helay shahaadada Jarmalka ee shaqada { $level }
step-language-cafe = Waxaan tagay kafeega luqadda (Sprachcafé)
step-language-tandem = Waxaan helay saaxiib aan luqad la barto (Tandem)
step-voluntary-course-started = Waxaan bilaabay koorso Jarmal oo aan khasab ahayn
step-profiling = Xirfadahayga waa la qiimeeyay (Kompetenzfeststellung)
step-perspective-talk = Waxaan ka wada hadalnay mustaqbalkayga (Perspektivgespräch)
step-cooperation-plan = Qorshe ayaan la dejiyay Jobcenter-ka (Kooperationsplan)
step-recognition-counselling = Waxaan helay la-talin ku saabsan aqoonsiga (Anerkennungsberatung)
step-documents-translated = Waraaqahayga waa la turjumay
step-recognition-applied = Waxaan codsaday aqoonsiga shahaadada (Antrag auf Anerkennung)
step-recognition-granted = Shahaadadayda waa la aqoonsaday (Anerkennung)
step-internship-started = Waxaan bilaabay tababar shaqo (Praktikum)
step-work-opportunity-started = Waxaan bilaabay shaqo fursad ah (Arbeitsgelegenheit)
step-applications-sent = Waxaan diray codsiyo shaqo (Bewerbungen)
step-job-interview = Waxaan galay wareysi shaqo (Vorstellungsgespräch)
step-training-place-found = Waxaan saxiixay heshiiska tababarka (Ausbildungsvertrag)
step-training-started = Waxaan bilaabay tababar xirfadeed (Ausbildung)
step-training-completed = Waxaan dhammeeyay tababarka xirfadeed
step-job-started = Waxaan bilaabay shaqo
step-education-voucher = Waxaan helay foojarka waxbarashada (Bildungsgutschein)
step-qualification-started = Waxaan bilaabay tababar dheeraad ah (Weiterbildung)
step-qualification-completed = Waxaan dhammeeyay tababarka dheeraadka ah
step-adaptation-measure = Waxaan bilaabay tababar la qabsi (Anpassungsqualifizierung)
step-education-counselling = Waxaan helay la-talin waxbarasho (Bildungsberatung)
step-school-course-registered = Waxaan iska diiwaangeliyay koorsada shahaadada dugsiga
step-school-course-started = Waxaan bilaabay koorsada shahaadada dugsiga
step-school-certificate-obtained = Waxaan helay shahaadada dugsiga (Schulabschluss)
step-certificate-evaluation = Waxaan helay qiimaynta shahaadada (Zeugnisbewertung)
step-university-applied = Waxaan codsaday jaamacad
step-university-admitted = Jaamacad ayaa i aqbashay (Zulassung)
step-studies-started = Waxaan bilaabay jaamacadda
step-computer-course-started = Waxaan bilaabay koorso kombiyuutar
step-course-certificate-obtained = Waxaan helay shahaadada koorsada
step-housing-entitlement-applied = Waxaan codsaday warqadda xaqa guriga (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Waxaan helay warqadda xaqa guriga (Wohnberechtigungsschein, WBS)
step-move-out-approved = Waa la ii ogolaaday inaan ka guuro (Zustimmung zum Auszug)
step-apartment-viewing = Waxaan eegay guri
step-rental-contract-signed = Waxaan saxiixay heshiiska kirada (Mietvertrag)
step-moved-in = Waan soo guuray
step-address-registered = Waxaan diiwaangeliyay cinwaankayga (Anmeldung, Meldebescheinigung)
step-electricity-contract = Waxaan saxiixay heshiiska korontada (Stromvertrag)
step-liability-insurance = Waxaan qaatay caymiska khasaaraha dadka kale (Haftpflichtversicherung)
step-broadcasting-fee-registered = Waxaan iska diiwaangeliyay lacagta raadiyaha iyo TV-ga (Rundfunkbeitrag)
step-health-insurance-registered = Waxaan iska diiwaangeliyay shirkad caymis caafimaad (Krankenkasse)
step-health-card-received = Waxaan helay kaarka caymiska caafimaadka (Gesundheitskarte)
step-family-doctor-found = Waxaan helay dhakhtarka qoyska (Hausarzt)
step-check-up-done = Waa la i baaray (Untersuchung)
step-vaccination-record-checked = Buugga tallaalka waa la hubiyay (Impfpass)
step-vaccinations-done = Waa la i tallaalay
step-counselling-centre-contacted = Waxaan la xiriiray xarun la-talin (Beratungsstelle)
step-counselling-started = Waxaan bilaabay la-talin ama daaweyn
step-kita-registered = Ilmaha waxaan u diiwaangeliyay xanaanada (Kita)
step-kita-place-offered = Waxaa la i siiyay boos xanaanada (Kita-Platz)
step-kita-started = Ilmuhu wuxuu aadaa xanaanada
step-school-enrolled = Ilmaha waxaan ka diiwaangeliyay dugsiga (Schulanmeldung)
step-child-started-school = Ilmuhu wuxuu aadaa dugsiga
step-visa-applied = Waxaan codsaday fiisaha keenista qoyska (Familiennachzug)
step-visa-granted = Fiisaha waa la bixiyay
step-family-arrived = Qoysku waa yimid
step-child-benefit-applied = Waxaan codsaday lacagta carruurta (Kindergeld)
step-child-benefit-granted = Lacagta carruurta waa la ii ogolaaday (Kindergeld)
step-residence-applied = Waxaan codsi u gudbiyay xafiiska ajaanibta (Ausländerbehörde)
step-fictional-certificate-received = Waxaan helay warqad ku meel gaar ah (Fiktionsbescheinigung)
step-residence-permit-received = Waxaan helay sharciga joogitaanka (Aufenthaltserlaubnis)
step-work-permit-applied = Waxaan codsaday ogolaanshaha shaqada (Beschäftigungserlaubnis)
step-work-permit-received = Waxaan helay ogolaanshaha shaqada (Beschäftigungserlaubnis)
step-passport-applied = Waxaan codsaday baasaboor
step-passport-received = Waxaan helay baasaboor
step-settlement-permit-received = Waxaan helay sharci joogitaan oo joogto ah (Niederlassungserlaubnis)
step-naturalisation-test-passed = Waan ku guuleystay imtixaanka dhalashada (Einbürgerungstest)
step-naturalisation-applied = Waxaan codsaday dhalashada Jarmalka (Einbürgerung)
step-naturalisation-granted = Waxaan helay warqadda dhalashada (Einbürgerungsurkunde)
step-bank-account-opened = Waxaan furay koonto bangi
step-club-visited = Waxaan booqday urur (Verein)
step-club-joined = Waxaan xubin ka noqday urur
step-volunteering-started = Waxaan bilaabay shaqo tabarruc ah (Ehrenamt)
step-driving-school-registered = Waxaan iska diiwaangeliyay dugsiga darawalnimada (Fahrschule)
step-theory-test-passed = Waan ku guuleystay imtixaanka qoraalka ah ee darawalnimada
step-driving-test-passed = Waan ku guuleystay imtixaanka wadista baabuurka
step-mentor-found = Waxaan helay taageere tabarruc ah (Pate / Patin)
step-driving-licence-conversion-applied = Waxaan codsaday beddelidda liisanka darawalnimada ee dibadda (Umschreibung)
step-counselling-received = Waxaan helay la-talin (Beratung)
step-application-submitted = Waxaan gudbiyay codsi (Antrag)
step-decision-received = Waxaan helay warqadda go'aanka (Bescheid)

## Yaa qoray

author-owner = Aniga ayaa qoray
author-advisor = Waxaa qoray { $name } ({ $organisation })

## Khaladaad

error-parse-id = Aqoonsigu ma saxna.
error-parse-date = Taariikhdu ma saxna. Fadlan sidan u qor: 2025-03-31 (sannad-bil-maalin).
error-parse-time = Saacaddu ma saxna. Fadlan sidan u qor: 14:30 (saac:daqiiqo).
error-schema-version = Buuggu wuxuu leeyahay nooc aan la aqoon.
error-title-empty = Fadlan qor cinwaan.
error-organisation-empty = Fadlan qor xafiis ama magac.
error-text-empty = Fadlan wax qor ama meeshan ka saar.
error-text-too-long = Qoraalku aad buu u dheer yahay. Ugu badnaan { $max } xaraf.
error-too-many-entries = Qoraallo aad u badan. Ugu badnaan { $max }.
error-language-tag-invalid = Luqaddu ma saxna.
error-language-duplicate = Luqaddan horay ayay liiska ugu jirtay.
error-country-invalid = Dalku ma saxna.
error-email-invalid = Cinwaanka iimaylku ma saxna.
error-phone-invalid = Lambarka taleefanku ma saxna. Isticmaal tirooyin, meel bannaan iyo + - / ( ).
error-step-done-without-date = Fadlan qor taariikhda tallaabada la dhammeeyay.
error-step-params-invalid = Xogta tallaabadan ma saxna.
error-date-out-of-range = Taariikhdu waa inay u dhaxaysaa { $min } iyo { $max }.
error-timestamp-out-of-range = Saacadda qalabkan waa khaldan tahay. Fadlan hubi taariikhda iyo saacadda.
error-goal-field-mismatch = Hadafkan wuxuu ka tirsan yahay qayb kale.
error-duplicate-id = Qoraalkan laba jeer ayuu jiraa.
error-appointment-unknown-contact = Xiriirka ballantan hadda ma jiro.
error-unknown-goal = Hadafkan hadda ma jiro.
error-unknown-step = Tallaabadan hadda ma jirto.
error-unknown-contact = Xiriirkan hadda ma jiro.
error-unknown-appointment = Ballantan hadda ma jirto.
error-index-out-of-range = Qoraalka looma wareejin karo meeshan.
error-done-date-in-future = Taariikhdu waa mustaqbalka. Tallaabo la dhammeeyay waxay u baahan tahay taariikh maanta ama ka hor.
error-load-corrupt = Xogta la kaydiyay waa xumaatay.
error-load-malformed = Xogta la kaydiyay qaab khaldan ayay leedahay.
error-load-newer-version = Xogtu waxay ka timid nooc cusub oo app-ka ah (nooca { $found }; app-kan wuxuu akhriyaa ilaa nooca { $supported }). Fadlan cusboonaysii app-ka.
error-import-not-a-booklet = Faylkani ma aha Begleitheft.
error-import-corrupt = Faylku waa xumaaday ama waa dhiman yahay. Waxba lama beddelin.
error-import-malformed = Faylku qaab khaldan ayuu leeyahay. Waxba lama beddelin.
error-import-newer-version = Faylku wuxuu ka yimid nooc cusub oo app-ka ah (nooca { $found }; app-kan wuxuu akhriyaa ilaa nooca { $supported }). Fadlan cusboonaysii app-ka.
