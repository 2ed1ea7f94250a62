# Begleitheft catalogue: fields of action, typical goals and steps, roles, appointments, errors.
# Message ids come from the `booklet` crate (catalog::all_message_ids).

## Fields of action

field-language = Dil
field-work = İş, meslek eğitimi, ek eğitim
field-education = Eğitim
field-housing = Ev ve konut
field-health = Sağlık
field-family = Aile ve çocuklar
field-residence = Oturum ve resmi daireler
field-everyday = Günlük hayat ve topluma katılım

## Status

goal-status-open = Açık
goal-status-achieved = Ulaşıldı
goal-status-dropped = Vazgeçildi
step-state-planned = Planlandı
step-state-done = Yapıldı

## Language level

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Anadil

## Qualifications and recognition

qualification-school = Okul diploması
qualification-vocational = Meslek diploması
qualification-academic = Üniversite diploması
recognition-not-applied = Henüz başvurulmadı
recognition-applied = Başvuruldu
recognition-partial = Kısmen denk sayıldı
recognition-granted = Denk sayıldı
recognition-refused = Reddedildi

## Course kinds and DTZ result

course-kind-general = Genel uyum kursu (Integrationskurs)
course-kind-literacy = Okuma yazma kursu (Alphabetisierungskurs)
course-kind-youth = Gençler için uyum kursu (Jugendintegrationskurs)
course-kind-parents-women = Ebeveynler ve kadınlar için uyum kursu (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Yoğun kurs (Intensivkurs)
course-kind-second-script = Latin alfabesini yeni öğrenenler için kurs (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = A2 altı

## Contact roles

role-jobcenter-placement = Jobcenter – iş bulma (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – para yardımı bölümü (Leistungsabteilung)
role-case-manager = Vaka sorumlusu (Fallmanagement)
role-immigration-office = Yabancılar Dairesi (Ausländerbehörde)
role-course-provider = Kurs kurumu (Kursträger)
role-migration-counselling = Göçmen danışmanlığı (MBE / JMD)
role-volunteer-mentor = Gönüllü destekçi (Pate / Patin)
role-recognition-counselling = Denklik danışmanlığı (Anerkennungsberatung)
role-employment-agency = İş Ajansı (Agentur für Arbeit)
role-social-welfare-office = Sosyal Yardım Dairesi (Sozialamt, Asylbewerberleistungen)
role-doctor = Doktor
role-school-kita = Okul veya kreş (Schule / Kita)
role-housing-office = Konut Dairesi (Wohnungsamt)
role-citizens-office = Vatandaş Hizmetleri Dairesi (Bürgeramt)
role-employer = İşveren veya meslek eğitimi yeri
role-bamf = Federal Göç ve Mülteciler Dairesi (BAMF)
role-other = Diğer

## Appointment purposes

purpose-counselling = Danışma görüşmesi (Beratungsgespräch)
purpose-placement-test = Seviye belirleme sınavı (Einstufungstest)
purpose-exam = Sınav
purpose-hand-in-documents = Belge teslim etmek
purpose-application = Başvuru yapmak (Antrag)
purpose-job-interview = İş görüşmesi (Vorstellungsgespräch)
purpose-medical = Doktor randevusu
purpose-pick-up-document = Belge almak
purpose-apartment-viewing = Ev görmek (Wohnungsbesichtigung)
purpose-asylum-hearing = BAMF'ta sığınma görüşmesi (Anhörung)
purpose-parent-meeting = Öğretmenle görüşme (Elterngespräch)

## Typical goals

goal-language-integration-course = Uyum kursunu bitirmek (Integrationskurs)
goal-language-literacy-course = Okuma yazma öğrenmek (Alphabetisierungskurs)
goal-language-job-course = İş için Almanca kursuna gitmek (Berufssprachkurs)
goal-language-practice = Günlük hayatta Almanca pratik yapmak
goal-work-find-job = İş bulmak
goal-work-recognition = Diplomama denklik almak (Anerkennung)
goal-work-vocational-training = Meslek eğitimine başlamak (Ausbildung)
goal-work-qualification = Ek eğitim almak (Weiterbildung)
goal-work-first-experience = Almanya'da ilk iş deneyimini kazanmak
goal-education-school-certificate = Okul diploması almak (Schulabschluss)
goal-education-university = Üniversitede okumak
goal-education-digital-skills = Bilgisayar ve internet öğrenmek
goal-housing-find-apartment = Ev bulmak
goal-housing-leave-shared-accommodation = Toplu kalınan yerden çıkmak (Gemeinschaftsunterkunft)
goal-housing-settle-in = Yeni eve alışmak
goal-health-insurance = Sağlık sigortası yaptırmak (Krankenversicherung)
goal-health-family-doctor = Aile doktoru bulmak (Hausarzt)
goal-health-vaccinations = Aşıları tamamlamak
goal-health-counselling = Ruh sağlığı için destek almak
goal-family-kita-place = Kreşte yer bulmak (Kita-Platz)
goal-family-school-enrolment = Çocuğu okula kaydettirmek
goal-family-reunification = Ailemi yanıma getirmek (Familiennachzug)
goal-family-benefits = Çocuk parası almak (Kindergeld)
goal-residence-permit = Oturum izni almak veya uzatmak (Aufenthaltserlaubnis)
goal-residence-work-permit = Çalışma izni almak (Beschäftigungserlaubnis)
goal-residence-passport = Pasaport almak
goal-residence-settlement-permit = Süresiz oturum izni almak (Niederlassungserlaubnis)
goal-residence-naturalisation = Alman vatandaşı olmak (Einbürgerung)
goal-everyday-bank-account = Banka hesabı açmak
goal-everyday-club = Bir derneğe katılmak (Verein)
goal-everyday-volunteering = Gönüllü çalışmak (Ehrenamt)
goal-everyday-driving-licence = Ehliyet almak (Führerschein)
goal-everyday-mentor = Gönüllü bir destekçi bulmak (Pate / Patin)

## Typical steps

step-entitlement-certificate = Katılım hakkı belgesi alındı (Berechtigungsschein)
step-obligation-to-attend = Uyum kursuna katılmak zorunlu (Verpflichtung)
step-course-registered = Kurs kurumuna kayıt yapıldı
step-placement-test = Seviye belirleme sınavı yapıldı (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Okuma yazma kursu başladı (Alphabetisierungskurs)
        [youth] Gençler için uyum kursu başladı (Jugendintegrationskurs)
        [parents_women] Ebeveynler ve kadınlar için uyum kursu başladı (Eltern- und Frauenintegrationskurs)
        [intensive] Yoğun kurs başladı (Intensivkurs)
        [second_script] Latin alfabesini yeni öğrenenler için kurs başladı (Zweitschriftlernende)
       *[general] Uyum kursu başladı (Integrationskurs)
    }
step-dtz-result = Göçmenler için Almanca sınavı (DTZ): { $level ->
        [below_a2] A2 altı
       *[other] { $level }
    }, { $attempt }. deneme
step-orientation-test = “Almanya'da Yaşam” sınavı geçildi (Leben in Deutschland)
step-integration-course-certificate = Uyum kursu sertifikası alındı (Zertifikat Integrationskurs)
step-cost-exemption = Kurs ücreti ödemekten muaf (Kostenbefreiung)
step-job-language-course-registered = İş için Almanca kursuna kayıt yapıldı (Berufssprachkurs)
step-job-language-course-started = İş için Almanca kursu { $level } başladı (Berufssprachkurs)
step-job-language-certificate = İş için Almanca { $level } sertifikası alındı
step-language-cafe = Dil kafesine gidildi (Sprachcafé)
step-language-tandem = Dil partneri bulundu (Tandem)
step-voluntary-course-started = Boş zamanda Almanca kursuna başlandı
step-profiling = Beceri tespiti yapıldı (Kompetenzfeststellung)
step-perspective-talk = Gelecek hakkında görüşme yapıldı (Perspektivgespräch)
step-cooperation-plan = Jobcenter ile plan üzerinde anlaşıldı (Kooperationsplan)
step-recognition-counselling = Denklik danışmanlığı alındı (Anerkennungsberatung)
step-documents-translated = Belgeler tercüme edildi
step-recognition-applied = Denklik için başvuruldu (Antrag auf Anerkennung)
step-recognition-granted = Diploma denk sayıldı (Anerkennung)
step-internship-started = Staj başladı (Praktikum)
step-work-opportunity-started = İş fırsatı başladı (Arbeitsgelegenheit)
step-applications-sent = İş başvuruları gönderildi (Bewerbungen)
step-job-interview = İş görüşmesi yapıldı (Vorstellungsgespräch)
step-training-place-found = Meslek eğitimi sözleşmesi imzalandı (Ausbildungsvertrag)
step-training-started = Meslek eğitimi başladı (Ausbildung)
step-training-completed = Meslek eğitimi bitti
step-job-started = İşe başlandı
step-education-voucher = Eğitim kuponu alındı (Bildungsgutschein)
step-qualification-started = Ek eğitim başladı (Weiterbildung)
step-qualification-completed = Ek eğitim bitti
step-adaptation-measure = Denklik için tamamlama eğitimi başladı (Anpassungsqualifizierung)
step-education-counselling = Eğitim danışmanlığı alındı (Bildungsberatung)
step-school-course-registered = Okul diploması kursuna kayıt yapıldı
step-school-course-started = Okul diploması kursu başladı
step-school-certificate-obtained = Okul diploması alındı (Schulabschluss)
step-certificate-evaluation = Diploma değerlendirmesi alındı (Zeugnisbewertung)
step-university-applied = Üniversiteye başvuruldu
step-university-admitted = Üniversiteye kabul alındı (Zulassung)
step-studies-started = Üniversite eğitimi başladı
step-computer-course-started = Bilgisayar kursu başladı
step-course-certificate-obtained = Kurs sertifikası alındı
step-housing-entitlement-applied = Konut hakkı belgesi için başvuruldu (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Konut hakkı belgesi alındı (Wohnberechtigungsschein, WBS)
step-move-out-approved = Taşınma izni alındı (Zustimmung zum Auszug)
step-apartment-viewing = Ev görüldü
step-rental-contract-signed = Kira sözleşmesi imzalandı (Mietvertrag)
step-moved-in = Eve taşınıldı
step-address-registered = Adres kaydı yapıldı (Anmeldung, Meldebescheinigung)
step-electricity-contract = Elektrik sözleşmesi yapıldı (Stromvertrag)
step-liability-insurance = Sorumluluk sigortası yaptırıldı (Haftpflichtversicherung)
step-broadcasting-fee-registered = Radyo-TV katkı payına kayıt yapıldı (Rundfunkbeitrag)
step-health-insurance-registered = Sağlık sigortasına kayıt yapıldı (Krankenkasse)
step-health-card-received = Sağlık kartı alındı (Gesundheitskarte)
step-family-doctor-found = Aile doktoru bulundu (Hausarzt)
step-check-up-done = Sağlık kontrolü yapıldı (Untersuchung)
step-vaccination-record-checked = Aşı kartı kontrol edildi (Impfpass)
step-vaccinations-done = Aşılar yapıldı
step-counselling-centre-contacted = Danışma merkezine başvuruldu (Beratungsstelle)
step-counselling-started = Danışmanlık veya terapi başladı
step-kita-registered = Çocuk kreşe kaydedildi (Kita)
step-kita-place-offered = Kreşte yer teklif edildi (Kita-Platz)
step-kita-started = Çocuk kreşe gidiyor
step-school-enrolled = Çocuk okula kaydedildi (Schulanmeldung)
step-child-started-school = Çocuk okula gidiyor
step-visa-applied = Aile birleşimi vizesi için başvuruldu (Familiennachzug)
step-visa-granted = Vize verildi
step-family-arrived = Aile geldi
step-child-benefit-applied = Çocuk parası için başvuruldu (Kindergeld)
step-child-benefit-granted = Çocuk parası onaylandı (Kindergeld)
step-residence-applied = Yabancılar Dairesine başvuruldu (Ausländerbehörde)
step-fictional-certificate-received = Geçici belge alındı (Fiktionsbescheinigung)
step-residence-permit-received = Oturum izni alındı (Aufenthaltserlaubnis)
step-work-permit-applied = Çalışma izni için başvuruldu (Beschäftigungserlaubnis)
step-work-permit-received = Çalışma izni alındı (Beschäftigungserlaubnis)
step-passport-applied = Pasaport için başvuruldu
step-passport-received = Pasaport alındı
step-settlement-permit-received = Süresiz oturum izni alındı (Niederlassungserlaubnis)
step-naturalisation-test-passed = Vatandaşlık testi geçildi (Einbürgerungstest)
step-naturalisation-applied = Vatandaşlık için başvuruldu (Einbürgerung)
step-naturalisation-granted = Vatandaşlık belgesi alındı (Einbürgerungsurkunde)
step-bank-account-opened = Banka hesabı açıldı
step-club-visited = Bir dernek ziyaret edildi (Verein)
step-club-joined = Derneğe üye olundu
step-volunteering-started = Gönüllü çalışma başladı (Ehrenamt)
step-driving-school-registered = Sürücü kursuna kayıt yapıldı (Fahrschule)
step-theory-test-passed = Teori sınavı geçildi
step-driving-test-passed = Direksiyon sınavı geçildi
step-mentor-found = Gönüllü destekçi bulundu (Pate / Patin)
step-driving-licence-conversion-applied = Yabancı ehliyeti çevirmek için başvuruldu (Umschreibung)
step-counselling-received = Danışmanlık alındı (Beratung)
step-application-submitted = Başvuru yapıldı (Antrag)
step-decision-received = Karar yazısı alındı (Bescheid)

## Who added the entry

author-owner = Ben ekledim
author-advisor = Ekleyen: { $name } ({ $organisation })

## Errors

error-parse-id = Kayıt kimliği geçerli değil.
error-parse-date = Tarih geçerli değil. Lütfen şöyle yaz: YYYY-AA-GG.
error-parse-time = Saat geçerli değil. Lütfen şöyle yaz: SS:DD.
error-schema-version = Defterin sürümü bilinmiyor.
error-title-empty = Lütfen bir başlık yaz.
error-organisation-empty = Lütfen bir kurum ya da isim yaz.
error-text-empty = Lütfen bir şey yaz ya da alanı kaldır.
error-text-too-long = Metin çok uzun. En fazla { $max } karakter olabilir.
error-too-many-entries = Çok fazla kayıt var. En fazla { $max } olabilir.
error-language-tag-invalid = Dil geçerli değil.
error-language-duplicate = Bu dil zaten listede var.
error-country-invalid = Ülke geçerli değil.
error-email-invalid = E-posta adresi geçerli değil.
error-phone-invalid = Telefon numarası geçerli değil. Rakam, boşluk ve + - / ( ) kullan.
error-step-done-without-date = Lütfen adımın yapıldığı tarihi yaz.
error-step-params-invalid = Bu adımın bilgileri geçerli değil.
error-date-out-of-range = Tarih { $min } ile { $max } arasında olmalı.
error-timestamp-out-of-range = Bu cihazın saati yanlış. Lütfen tarihi ve saati kontrol et.
error-goal-field-mismatch = Bu hedef başka bir alana ait.
error-duplicate-id = Bu kayıt iki kez var.
error-appointment-unknown-contact = Bu randevunun kişisi artık yok.
error-unknown-goal = Bu hedef artık yok.
error-unknown-step = Bu adım artık yok.
error-unknown-contact = Bu kişi artık yok.
error-unknown-appointment = Bu randevu artık yok.
error-index-out-of-range = Kayıt bu yere taşınamaz.
error-done-date-in-future = Tarih gelecekte. Yapılmış bir adımın tarihi en geç bugün olabilir.
error-load-corrupt = Kayıtlı veriler bozuk.
error-load-malformed = Kayıtlı verilerin biçimi yanlış.
error-load-newer-version = Veriler uygulamanın daha yeni bir sürümünden geliyor (sürüm { $found }; bu uygulama en fazla sürüm { $supported } okuyabilir). Lütfen uygulamayı güncelle.
error-import-not-a-booklet = Bu dosya bir Begleitheft değil.
error-import-corrupt = Dosya bozuk veya eksik. Hiçbir şey değişmedi.
error-import-malformed = Dosyanın biçimi yanlış. Hiçbir şey değişmedi.
error-import-newer-version = Dosya uygulamanın daha yeni bir sürümünden geliyor (sürüm { $found }; bu uygulama en fazla sürüm { $supported } okuyabilir). Lütfen uygulamayı güncelle.
