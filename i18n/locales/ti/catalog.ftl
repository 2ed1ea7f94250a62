# ካታሎግ Begleitheft: ዓውድታት፣ ልሙዳት ዕላማታትን ስጉምትታትን፣ ሓላፍነታት፣ ቆጸራታት፣ ጌጋታት።
# ሓጸርቲ ምሉኣት ሓሳባት፣ ቀለልቲ ቃላት፤ እቲ ወግዓዊ ቃል ጀርመንኛ ኣብ ቅንፍ።

## ዓውድታት

field-language = ቋንቋ
field-work = ስራሕ፣ ሞያዊ ስልጠና፣ ብቕዓት
field-education = ትምህርቲ
field-housing = መንበሪ ገዛ
field-health = ጥዕና
field-family = ስድራን ቆልዑን
field-residence = ፍቓድ መንበሪን ቤት ጽሕፈታት መንግስትን
field-everyday = መዓልታዊ ናብራን ተሳትፎን

## ኩነታት

goal-status-open = ክፉት
goal-status-achieved = ተበጺሑ
goal-status-dropped = ተሓዲጉ
step-state-planned = ተወጢኑ
step-state-done = ተፈጺሙ

## ደረጃ ቋንቋ

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = ቋንቋ ኣደ

## ምስክር ወረቐትን ኣፍልጦን

qualification-school = ምስክር ወረቐት ትምህርቲ
qualification-vocational = ምስክር ወረቐት ሞያ
qualification-academic = ዲግሪ ዩኒቨርሲቲ
recognition-not-applied = ገና ኣይተሓተተን
recognition-applied = ተሓቲቱ
recognition-partial = ብኸፊል ኣፍልጦ ረኺቡ
recognition-granted = ኣፍልጦ ረኺቡ
recognition-refused = ተነጺጉ

## ዓይነታት ኮርስን ውጽኢት DTZን

course-kind-general = ሓፈሻዊ ኮርስ ምውህሃድ (Integrationskurs)
course-kind-literacy = ኮርስ ንባብን ጽሕፈትን (Alphabetisierungskurs)
course-kind-youth = ኮርስ ንመንእሰያት (Jugendintegrationskurs)
course-kind-parents-women = ኮርስ ንወለድን ደቂ ኣንስትዮን (Eltern- und Frauenintegrationskurs)
course-kind-intensive = ቅልጡፍ ኮርስ (Intensivkurs)
course-kind-second-script = ኮርስ ንዝመሃሩ ሓድሽ ፊደል (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = ትሕቲ A2

## ሓላፍነት ናይ ርክባት

role-jobcenter-placement = Jobcenter – ምርካብ ስራሕ (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – ክፍሊ ሓገዝ ገንዘብ (Leistungsabteilung)
role-case-manager = ኣካያዲ ጉዳይ (Fallmanagement)
role-immigration-office = ቤት ጽሕፈት ወጻእተኛታት (Ausländerbehörde)
role-course-provider = ኮርስ ዘዳሉ ትካል (Kursträger)
role-migration-counselling = ምኽሪ ንመጻእተኛታት (MBE / JMD)
role-volunteer-mentor = ወለንተኛ ደጋፊ (Pate / Patin)
role-recognition-counselling = ምኽሪ ብዛዕባ ኣፍልጦ ምስክር ወረቐት (Anerkennungsberatung)
role-employment-agency = ቤት ጽሕፈት ስራሕ (Agentur für Arbeit)
role-social-welfare-office = ቤት ጽሕፈት ማሕበራዊ ሓገዝ (Sozialamt, Asylbewerberleistungen)
role-doctor = ሓኪም
role-school-kita = ቤት ትምህርቲ ወይ መዕበይ ህጻናት (Schule / Kita)
role-housing-office = ቤት ጽሕፈት ገዛውቲ (Wohnungsamt)
role-citizens-office = ቤት ጽሕፈት ነበርቲ (Bürgeramt)
role-employer = ወሃቢ ስራሕ ወይ ትካል ስልጠና
role-bamf = ፌደራላዊ ቤት ጽሕፈት ፍልሰትን ስደተኛታትን (BAMF)
role-other = ካልእ

## ዕላማ ናይ ቆጸራታት

purpose-counselling = ርክብ ምኽሪ (Beratungsgespräch)
purpose-placement-test = ፈተና ደረጃ (Einstufungstest)
purpose-exam = ፈተና
purpose-hand-in-documents = ሰነዳት ምሃብ
purpose-application = ሕቶ ምቕራብ (Antrag)
purpose-job-interview = ቃለ-መሕትት ስራሕ (Vorstellungsgespräch)
purpose-medical = ቆጸራ ሓኪም
purpose-pick-up-document = ሰነድ ምውሳድ
purpose-apartment-viewing = ገዛ ምርኣይ (Wohnungsbesichtigung)
purpose-asylum-hearing = ቃለ-መሕትት ዑቕባ ኣብ BAMF (Anhörung)
purpose-parent-meeting = ርክብ ምስ መምህር (Elterngespräch)

## ልሙዳት ዕላማታት

goal-language-integration-course = ኮርስ ምውህሃድ ምውዳእ (Integrationskurs)
goal-language-literacy-course = ንባብን ጽሕፈትን ምምሃር (Alphabetisierungskurs)
goal-language-job-course = ኮርስ ጀርመንኛ ንስራሕ ምውሳድ (Berufssprachkurs)
goal-language-practice = ጀርመንኛ ኣብ መዓልታዊ ናብራ ምልምማድ
goal-work-find-job = ስራሕ ምርካብ
goal-work-recognition = ንምስክር ወረቐተይ ኣፍልጦ ምርካብ (Anerkennung)
goal-work-vocational-training = ሞያዊ ስልጠና ምጅማር (Ausbildung)
goal-work-qualification = ተወሳኺ ስልጠና ምውሳድ (Weiterbildung)
goal-work-first-experience = ኣብ ጀርመን ቀዳማይ ተመክሮ ስራሕ ምርካብ
goal-education-school-certificate = ምስክር ወረቐት ትምህርቲ ምርካብ (Schulabschluss)
goal-education-university = ኣብ ዩኒቨርሲቲ ምምሃር
goal-education-digital-skills = ኮምፒተርን ኢንተርነትን ምምሃር
goal-housing-find-apartment = ገዛ ምርካብ
goal-housing-leave-shared-accommodation = ካብ ሓባራዊ መንበሪ ምውጻእ (Gemeinschaftsunterkunft)
goal-housing-settle-in = ምስ ሓድሽ ገዛ ምልማድ
goal-health-insurance = ውሕስነት ሕክምና ምህላው (Krankenversicherung)
goal-health-family-doctor = ሓኪም ስድራ ምርካብ (Hausarzt)
goal-health-vaccinations = ክታበታት ምምላእ
goal-health-counselling = ንጥዕና ኣእምሮ ደገፍ ምርካብ
goal-family-kita-place = ቦታ ኣብ መዕበይ ህጻናት ምርካብ (Kita-Platz)
goal-family-school-enrolment = ቆልዓ ኣብ ቤት ትምህርቲ ምምዝጋብ
goal-family-reunification = ስድራ ናብዚ ምምጻእ (Familiennachzug)
goal-family-benefits = ገንዘብ ቆልዑ ምርካብ (Kindergeld)
goal-residence-permit = ፍቓድ መንበሪ ምርካብ ወይ ምሕዳስ (Aufenthaltserlaubnis)
goal-residence-work-permit = ፍቓድ ስራሕ ምርካብ (Beschäftigungserlaubnis)
goal-residence-passport = ፓስፖርት ምርካብ
goal-residence-settlement-permit = ቀዋሚ ፍቓድ መንበሪ ምርካብ (Niederlassungserlaubnis)
goal-residence-naturalisation = ዜግነት ጀርመን ምርካብ (Einbürgerung)
goal-everyday-bank-account = ሕሳብ ባንኪ ምኽፋት
goal-everyday-club = ኣብ ማሕበር ምስታፍ (Verein)
goal-everyday-volunteering = ወለንታዊ ስራሕ ምስራሕ (Ehrenamt)
goal-everyday-driving-licence = መንጃ ፍቓድ ምውሳድ (Führerschein)
goal-everyday-mentor = ወለንተኛ ደጋፊ ምርካብ (Pate / Patin)

## ልሙዳት ስጉምትታት

step-entitlement-certificate = ወረቐት መሰል ኮርስ ረኺበ (Berechtigungsschein)
step-obligation-to-attend = ኮርስ ምውህሃድ ግዴታይ እዩ (Verpflichtung)
step-course-registered = ኣብ ኮርስ ዘዳሉ ትካል ተመዝጊበ (Kursträger)
step-placement-test = ፈተና ደረጃ ወሲደ (Einstufungstest)
step-course-started = { $kind ->
        [literacy] ኮርስ ንባብን ጽሕፈትን ጀሚረ (Alphabetisierungskurs)
        [youth] ኮርስ ንመንእሰያት ጀሚረ (Jugendintegrationskurs)
        [parents_women] ኮርስ ንወለድን ደቂ ኣንስትዮን ጀሚረ (Eltern- und Frauenintegrationskurs)
        [intensive] ቅልጡፍ ኮርስ ጀሚረ (Intensivkurs)
        [second_script] ኮርስ ንዝመሃሩ ሓድሽ ፊደል ጀሚረ (Zweitschriftlernende)
       *[general] ኮርስ ምውህሃድ ጀሚረ (Integrationskurs)
    }
step-dtz-result = ፈተና ጀርመንኛ ንመጻእተኛታት (DTZ): { $level ->
        [below_a2] ትሕቲ A2
       *[other] { $level }
    }፣ ፈተነ ቁጽሪ { $attempt }
step-orientation-test = ፈተና «ናብራ ኣብ ጀርመን» ሓሊፈ (Leben in Deutschland)
step-integration-course-certificate = ምስክር ወረቐት ኮርስ ምውህሃድ ረኺበ (Zertifikat Integrationskurs)
step-cost-exemption = ካብ ክፍሊት ኮርስ ነጻ ኮይነ (Kostenbefreiung)
step-job-language-course-registered = ንኮርስ ጀርመንኛ ንስራሕ ተመዝጊበ (Berufssprachkurs)
step-job-language-course-started = ኮርስ ጀርመንኛ ንስራሕ { $level } ጀሚረ (Berufssprachkurs)
step-job-language-certificate = ምስክር ወረቐት ጀርመንኛ ንስራሕ { $level } ረኺበ
step-language-cafe = ናብ ካፈ ቋንቋ ከይደ (Sprachcafé)
step-language-tandem = መሻርኽቲ ቋንቋ ረኺበ (Tandem)
step-voluntary-course-started = ወለንታዊ ኮርስ ጀርመንኛ ጀሚረ
step-profiling = ክእለታተይ ተገምጊሙ (Kompetenzfeststellung)
step-perspective-talk = ብዛዕባ መጻኢየይ ዘተ ገይረ (Perspektivgespräch)
step-cooperation-plan = ምስ Jobcenter ኣብ መደብ ተሰማሚዐ (Kooperationsplan)
step-recognition-counselling = ብዛዕባ ኣፍልጦ ምኽሪ ረኺበ (Anerkennungsberatung)
step-documents-translated = ሰነዳተይ ተተርጒሞም
step-recognition-applied = ኣፍልጦ ሓቲተ (Antrag auf Anerkennung)
step-recognition-granted = ምስክር ወረቐተይ ኣፍልጦ ረኺቡ (Anerkennung)
step-internship-started = ልምምድ ስራሕ ጀሚረ (Praktikum)
step-work-opportunity-started = ዕድል ስራሕ ጀሚረ (Arbeitsgelegenheit)
step-applications-sent = መመልከቲ ስራሕ ልኢኸ (Bewerbungen)
step-job-interview = ቃለ-መሕትት ስራሕ ገይረ (Vorstellungsgespräch)
step-training-place-found = ውዕል ስልጠና ፈሪመ (Ausbildungsvertrag)
step-training-started = ሞያዊ ስልጠና ጀሚረ (Ausbildung)
step-training-completed = ሞያዊ ስልጠና ወዲአ
step-job-started = ስራሕ ጀሚረ
step-education-voucher = ቫውቸር ትምህርቲ ረኺበ (Bildungsgutschein)
step-qualification-started = ተወሳኺ ስልጠና ጀሚረ (Weiterbildung)
step-qualification-completed = ተወሳኺ ስልጠና ወዲአ
step-adaptation-measure = ስልጠና ምስምማዕ ጀሚረ (Anpassungsqualifizierung)
step-education-counselling = ምኽሪ ትምህርቲ ረኺበ (Bildungsberatung)
step-school-course-registered = ንኮርስ ምስክር ወረቐት ትምህርቲ ተመዝጊበ
step-school-course-started = ኮርስ ምስክር ወረቐት ትምህርቲ ጀሚረ
step-school-certificate-obtained = ምስክር ወረቐት ትምህርቲ ረኺበ (Schulabschluss)
step-certificate-evaluation = ገምጋም ምስክር ወረቐት ረኺበ (Zeugnisbewertung)
step-university-applied = ናብ ዩኒቨርሲቲ ሓቲተ
step-university-admitted = ዩኒቨርሲቲ ተቐቢሉኒ (Zulassung)
step-studies-started = ትምህርቲ ዩኒቨርሲቲ ጀሚረ
step-computer-course-started = ኮርስ ኮምፒተር ጀሚረ
step-course-certificate-obtained = ምስክር ወረቐት ኮርስ ረኺበ
step-housing-entitlement-applied = ወረቐት መሰል ገዛ ሓቲተ (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = ወረቐት መሰል ገዛ ረኺበ (Wohnberechtigungsschein, WBS)
step-move-out-approved = ክወጽእ ፍቓድ ረኺበ (Zustimmung zum Auszug)
step-apartment-viewing = ገዛ ርእየ
step-rental-contract-signed = ውዕል ክራይ ፈሪመ (Mietvertrag)
step-moved-in = ናብ ሓድሽ ገዛ ኣትየ
step-address-registered = ኣድራሻይ ኣመዝጊበ (Anmeldung, Meldebescheinigung)
step-electricity-contract = ውዕል መብራህቲ ፈሪመ (Stromvertrag)
step-liability-insurance = ውሕስነት ሓላፍነት ወሲደ (Haftpflichtversicherung)
step-broadcasting-fee-registered = ንክፍሊት ሬድዮን ቲቪን ተመዝጊበ (Rundfunkbeitrag)
step-health-insurance-registered = ኣብ ትካል ውሕስነት ሕክምና ተመዝጊበ (Krankenkasse)
step-health-card-received = ካርድ ውሕስነት ሕክምና ረኺበ (Gesundheitskarte)
step-family-doctor-found = ሓኪም ስድራ ረኺበ (Hausarzt)
step-check-up-done = ምርመራ ጥዕና ገይረ (Untersuchung)
step-vaccination-record-checked = ደብተር ክታበተይ ኣፈቲሸ (Impfpass)
step-vaccinations-done = ክታበታት ወሲደ
step-counselling-centre-contacted = ምስ ማእከል ምኽሪ ተራኺበ (Beratungsstelle)
step-counselling-started = ምኽሪ ወይ ሕክምና ጀሚረ
step-kita-registered = ቆልዓ ኣብ መዕበይ ህጻናት ኣመዝጊበ (Kita)
step-kita-place-offered = ቦታ ኣብ መዕበይ ህጻናት ተዋሂቡኒ (Kita-Platz)
step-kita-started = ቆልዓ ናብ መዕበይ ህጻናት ይኸይድ
step-school-enrolled = ቆልዓ ኣብ ቤት ትምህርቲ ኣመዝጊበ (Schulanmeldung)
step-child-started-school = ቆልዓ ናብ ቤት ትምህርቲ ይኸይድ
step-visa-applied = ቪዛ ንምምጻእ ስድራ ሓቲተ (Familiennachzug)
step-visa-granted = ቪዛ ተዋሂቡ
step-family-arrived = ስድራ መጺኦም
step-child-benefit-applied = ገንዘብ ቆልዑ ሓቲተ (Kindergeld)
step-child-benefit-granted = ገንዘብ ቆልዑ ተፈቒዱ (Kindergeld)
step-residence-applied = ኣብ ቤት ጽሕፈት ወጻእተኛታት ሕቶ ኣቕሪበ (Ausländerbehörde)
step-fictional-certificate-received = ግዝያዊ ወረቐት ረኺበ (Fiktionsbescheinigung)
step-residence-permit-received = ፍቓድ መንበሪ ረኺበ (Aufenthaltserlaubnis)
step-work-permit-applied = ፍቓድ ስራሕ ሓቲተ (Beschäftigungserlaubnis)
step-work-permit-received = ፍቓድ ስራሕ ረኺበ (Beschäftigungserlaubnis)
step-passport-applied = ፓስፖርት ሓቲተ
step-passport-received = ፓስፖርት ረኺበ
step-settlement-permit-received = ቀዋሚ ፍቓድ መንበሪ ረኺበ (Niederlassungserlaubnis)
step-naturalisation-test-passed = ፈተና ዜግነት ሓሊፈ (Einbürgerungstest)
step-naturalisation-applied = ዜግነት ጀርመን ሓቲተ (Einbürgerung)
step-naturalisation-granted = ወረቐት ዜግነት ረኺበ (Einbürgerungsurkunde)
step-bank-account-opened = ሕሳብ ባንኪ ከፊተ
step-club-visited = ናብ ማሕበር ከይደ (Verein)
step-club-joined = ኣባል ማሕበር ኮይነ
step-volunteering-started = ወለንታዊ ስራሕ ጀሚረ (Ehrenamt)
step-driving-school-registered = ኣብ ቤት ትምህርቲ መኪና ተመዝጊበ (Fahrschule)
step-theory-test-passed = ፈተና ቲዮሪ ሓሊፈ
step-driving-test-passed = ፈተና ምዝዋር መኪና ሓሊፈ
step-mentor-found = ወለንተኛ ደጋፊ ረኺበ (Pate / Patin)
step-driving-licence-conversion-applied = ናይ ወጻኢ መንጃ ፍቓድ ንምቕያር ሓቲተ (Umschreibung)
step-counselling-received = ምኽሪ ረኺበ (Beratung)
step-application-submitted = ሕቶ ኣቕሪበ (Antrag)
step-decision-received = ደብዳቤ ውሳነ ረኺበ (Bescheid)

## መን መዝጊብዎ

author-owner = ባዕለይ መዝጊበዮ
author-advisor = ዝመዝገቦ: { $name } ({ $organisation })

## ጌጋታት

error-parse-id = እቲ መለለዪ ቅኑዕ ኣይኮነን።
error-parse-date = እቲ ዕለት ቅኑዕ ኣይኮነን። ከምዚ ጽሓፉ: 2025-03-31 (ዓመት-ወርሒ-መዓልቲ)።
error-parse-time = እቲ ሰዓት ቅኑዕ ኣይኮነን። ከምዚ ጽሓፉ: 14:30 (ሰዓት:ደቒቕ)።
error-schema-version = እዚ ደብተር ዘይፍለጥ ስሪት ኣለዎ።
error-title-empty = በጃኹም ኣርእስቲ ጽሓፉ።
error-organisation-empty = በጃኹም ቤት ጽሕፈት ወይ ስም ጽሓፉ።
error-text-empty = በጃኹም ገለ ጽሓፉ ወይ ነዚ ቦታ ኣልግስዎ።
error-text-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። እንተበዝሐ { $max } ፊደላት።
error-too-many-entries = ብዙሓት ምዝገባታት። እንተበዝሐ { $max }።
error-language-tag-invalid = እቲ ቋንቋ ቅኑዕ ኣይኮነን።
error-language-duplicate = እዚ ቋንቋ ድሮ ኣብ ዝርዝር ኣሎ።
error-country-invalid = እታ ሃገር ቅንዕቲ ኣይኮነትን።
error-email-invalid = እቲ ኣድራሻ ኢመይል ቅኑዕ ኣይኮነን።
error-phone-invalid = እቲ ቁጽሪ ተሌፎን ቅኑዕ ኣይኮነን። ቁጽርታት፣ ባዶ ቦታን + - / ( ) ጥራይ ተጠቐሙ።
error-step-done-without-date = በጃኹም እቲ ስጉምቲ ዝተፈጸመሉ ዕለት ጽሓፉ።
error-step-params-invalid = ሓበሬታ ናይዚ ስጉምቲ ቅኑዕ ኣይኮነን።
error-date-out-of-range = እቲ ዕለት ካብ { $min } ክሳብ { $max } ክኸውን ኣለዎ።
error-timestamp-out-of-range = ሰዓት ናይዚ መሳርሒ ጌጋ እዩ። በጃኹም ዕለትን ሰዓትን ኣረጋግጹ።
error-goal-field-mismatch = እዚ ዕላማ ናይ ካልእ ዓውዲ እዩ።
error-duplicate-id = እዚ ምዝገባ ክልተ ግዜ ኣሎ።
error-appointment-unknown-contact = እቲ ርክብ ናይዚ ቆጸራ ሕጂ የለን።
error-unknown-goal = እዚ ዕላማ ሕጂ የለን።
error-unknown-step = እዚ ስጉምቲ ሕጂ የለን።
error-unknown-contact = እዚ ርክብ ሕጂ የለን።
error-unknown-appointment = እዚ ቆጸራ ሕጂ የለን።
error-index-out-of-range = እቲ ምዝገባ ናብዚ ቦታ ክግዕዝ ኣይክእልን።
error-done-date-in-future = እቲ ዕለት ኣብ መጻኢ እዩ። ዝተፈጸመ ስጉምቲ ሎሚ ወይ ቅድሚ ሎሚ ዝኾነ ዕለት የድልዮ።
error-load-corrupt = እቲ ዝተዓቀበ ሓበሬታ ተበላሺዩ እዩ።
error-load-malformed = እቲ ዝተዓቀበ ሓበሬታ ጌጋ ቅርጺ ኣለዎ።
error-load-newer-version = እቲ ሓበሬታ ካብ ሓድሽ ስሪት ናይቲ ኣፕ እዩ መጺኡ (ስሪት { $found }፤ እዚ ኣፕ ክሳብ ስሪት { $supported } ጥራይ ይንብብ)። በጃኹም ነቲ ኣፕ ኣሐድስዎ።
error-import-not-a-booklet = እዚ ፋይል Begleitheft ኣይኮነን።
error-import-corrupt = እቲ ፋይል ተበላሺዩ ወይ ምሉእ ኣይኮነን። ዝተቐየረ ነገር የለን።
error-import-malformed = እቲ ፋይል ጌጋ ቅርጺ ኣለዎ። ዝተቐየረ ነገር የለን።
error-import-newer-version = እቲ ፋይል ካብ ሓድሽ ስሪት ናይቲ ኣፕ እዩ መጺኡ (ስሪት { $found }፤ እዚ ኣፕ ክሳብ ስሪት { $supported } ጥራይ ይንብብ)። በጃኹም ነቲ ኣፕ ኣሐድስዎ።
