# Katalog des Begleithefts: Handlungsfelder, typische Ziele und Schritte, Rollen, Termine, Fehler.
# Die Nachrichten-IDs kommen aus dem Crate `booklet` (catalog::all_message_ids). Einfaches Deutsch.

## Handlungsfelder

field-language = Sprache
field-work = Arbeit, Ausbildung, Qualifizierung
field-education = Bildung
field-housing = Wohnen
field-health = Gesundheit
field-family = Familie und Kinder
field-residence = Aufenthalt und Behörden
field-everyday = Alltag und Teilhabe

## Status

goal-status-open = Offen
goal-status-achieved = Erreicht
goal-status-dropped = Nicht mehr verfolgt
step-state-planned = Geplant
step-state-done = Erledigt

## Sprachniveau

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Muttersprache

## Abschlüsse und Anerkennung

qualification-school = Schulabschluss
qualification-vocational = Berufsabschluss
qualification-academic = Studienabschluss
recognition-not-applied = Noch nicht beantragt
recognition-applied = Beantragt
recognition-partial = Teilweise anerkannt
recognition-granted = Anerkannt
recognition-refused = Abgelehnt

## Kursarten und DTZ-Ergebnis

course-kind-general = Allgemeiner Integrationskurs
course-kind-literacy = Alphabetisierungskurs
course-kind-youth = Jugendintegrationskurs
course-kind-parents-women = Eltern- und Frauenintegrationskurs
course-kind-intensive = Intensivkurs
course-kind-second-script = Kurs für Zweitschriftlernende
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = unter A2

## Rollen von Kontakten

role-jobcenter-placement = Jobcenter – Arbeitsvermittlung
role-jobcenter-benefits = Jobcenter – Leistungsabteilung
role-case-manager = Fallmanagement (Case Management)
role-immigration-office = Ausländerbehörde
role-course-provider = Kursträger
role-migration-counselling = Migrationsberatung (MBE / JMD)
role-volunteer-mentor = Ehrenamtliche Begleitung (Pate / Patin)
role-recognition-counselling = Anerkennungsberatung
role-employment-agency = Agentur für Arbeit
role-social-welfare-office = Sozialamt (Asylbewerberleistungen)
role-doctor = Arztpraxis
role-school-kita = Schule oder Kita
role-housing-office = Wohnungsamt
role-citizens-office = Bürgeramt
role-employer = Arbeitgeber oder Ausbildungsbetrieb
role-bamf = Bundesamt für Migration und Flüchtlinge (BAMF)
role-other = Sonstige

## Zweck von Terminen

purpose-counselling = Beratungsgespräch
purpose-placement-test = Einstufungstest
purpose-exam = Prüfung
purpose-hand-in-documents = Unterlagen abgeben
purpose-application = Antrag stellen
purpose-job-interview = Vorstellungsgespräch
purpose-medical = Arzttermin
purpose-pick-up-document = Dokument abholen
purpose-apartment-viewing = Wohnungsbesichtigung
purpose-asylum-hearing = Anhörung beim BAMF
purpose-parent-meeting = Elterngespräch

## Typische Ziele

goal-language-integration-course = Integrationskurs abschließen
goal-language-literacy-course = Lesen und Schreiben lernen (Alphabetisierungskurs)
goal-language-job-course = Berufssprachkurs machen
goal-language-practice = Deutsch im Alltag üben
goal-work-find-job = Arbeit finden
goal-work-recognition = Abschluss anerkennen lassen
goal-work-vocational-training = Ausbildung beginnen
goal-work-qualification = Weiterbildung machen
goal-work-first-experience = Erste Arbeitserfahrung in Deutschland sammeln
goal-education-school-certificate = Schulabschluss nachholen
goal-education-university = Studieren
goal-education-digital-skills = Computer und Internet lernen
goal-housing-find-apartment = Wohnung finden
goal-housing-leave-shared-accommodation = Aus der Gemeinschaftsunterkunft ausziehen
goal-housing-settle-in = In der neuen Wohnung ankommen
goal-health-insurance = Krankenversichert sein
goal-health-family-doctor = Hausarzt finden
goal-health-vaccinations = Impfungen vervollständigen
goal-health-counselling = Psychosoziale Unterstützung bekommen
goal-family-kita-place = Kita-Platz finden
goal-family-school-enrolment = Kind in der Schule anmelden
goal-family-reunification = Familiennachzug
goal-family-benefits = Kindergeld bekommen
goal-residence-permit = Aufenthaltserlaubnis bekommen oder verlängern
goal-residence-work-permit = Beschäftigungserlaubnis bekommen
goal-residence-passport = Pass bekommen
goal-residence-settlement-permit = Niederlassungserlaubnis bekommen
goal-residence-naturalisation = Einbürgerung
goal-everyday-bank-account = Bankkonto eröffnen
goal-everyday-club = In einem Verein mitmachen
goal-everyday-volunteering = Sich ehrenamtlich engagieren
goal-everyday-driving-licence = Führerschein machen
goal-everyday-mentor = Eine Patin oder einen Paten finden

## Typische Schritte

step-entitlement-certificate = Berechtigungsschein erhalten
step-obligation-to-attend = Zur Teilnahme am Integrationskurs verpflichtet
step-course-registered = Beim Kursträger angemeldet
step-placement-test = Einstufungstest gemacht
step-course-started = { $kind ->
        [literacy] Alphabetisierungskurs begonnen
        [youth] Jugendintegrationskurs begonnen
        [parents_women] Eltern- und Frauenintegrationskurs begonnen
        [intensive] Intensivkurs begonnen
        [second_script] Kurs für Zweitschriftlernende begonnen
       *[general] Integrationskurs begonnen
    }
step-dtz-result = Deutsch-Test für Zuwanderer (DTZ): { $level ->
        [below_a2] unter A2
       *[other] { $level }
    }, { $attempt }. Versuch
step-orientation-test = Test „Leben in Deutschland“ bestanden
step-integration-course-certificate = Zertifikat Integrationskurs erhalten
step-cost-exemption = Von den Kurskosten befreit
step-job-language-course-registered = Für den Berufssprachkurs angemeldet
step-job-language-course-started = Berufssprachkurs { $level } begonnen
step-job-language-certificate = Zertifikat Berufssprachkurs { $level } erhalten
step-language-cafe = Im Sprachcafé gewesen
step-language-tandem = Sprachpartner oder Sprachpartnerin (Tandem) gefunden
step-voluntary-course-started = Freiwilligen Sprachkurs begonnen
step-profiling = Kompetenzfeststellung (Profiling) gemacht
step-perspective-talk = Perspektivgespräch geführt
step-cooperation-plan = Kooperationsplan mit dem Jobcenter vereinbart
step-recognition-counselling = Anerkennungsberatung bekommen
step-documents-translated = Unterlagen übersetzt
step-recognition-applied = Anerkennung beantragt
step-recognition-granted = Abschluss anerkannt
step-internship-started = Praktikum begonnen
step-work-opportunity-started = Arbeitsgelegenheit begonnen
step-applications-sent = Bewerbungen geschickt
step-job-interview = Vorstellungsgespräch gehabt
step-training-place-found = Ausbildungsvertrag unterschrieben
step-training-started = Ausbildung begonnen
step-training-completed = Ausbildung abgeschlossen
step-job-started = Arbeit begonnen
step-education-voucher = Bildungsgutschein erhalten
step-qualification-started = Weiterbildung begonnen
step-qualification-completed = Weiterbildung abgeschlossen
step-adaptation-measure = Anpassungsqualifizierung begonnen
step-education-counselling = Bildungsberatung bekommen
step-school-course-registered = Für den Kurs zum Schulabschluss angemeldet
step-school-course-started = Kurs zum Schulabschluss begonnen
step-school-certificate-obtained = Schulabschluss erreicht
step-certificate-evaluation = Zeugnisbewertung erhalten
step-university-applied = Bei einer Hochschule beworben
step-university-admitted = Zulassung der Hochschule erhalten
step-studies-started = Studium begonnen
step-computer-course-started = Computerkurs begonnen
step-course-certificate-obtained = Kurs-Zertifikat erhalten
step-housing-entitlement-applied = Wohnberechtigungsschein (WBS) beantragt
step-housing-entitlement-received = Wohnberechtigungsschein (WBS) erhalten
step-move-out-approved = Zustimmung zum Auszug erhalten
step-apartment-viewing = Wohnung besichtigt
step-rental-contract-signed = Mietvertrag unterschrieben
step-moved-in = Eingezogen
step-address-registered = Wohnung angemeldet (Meldebescheinigung)
step-electricity-contract = Stromvertrag abgeschlossen
step-liability-insurance = Haftpflichtversicherung abgeschlossen
step-broadcasting-fee-registered = Beim Rundfunkbeitrag angemeldet
step-health-insurance-registered = Bei einer Krankenkasse angemeldet
step-health-card-received = Gesundheitskarte erhalten
step-family-doctor-found = Hausarzt gefunden
step-check-up-done = Untersuchung gemacht
step-vaccination-record-checked = Impfpass prüfen lassen
step-vaccinations-done = Impfungen gemacht
step-counselling-centre-contacted = Beratungsstelle angesprochen
step-counselling-started = Beratung oder Therapie begonnen
step-kita-registered = Kind für die Kita angemeldet
step-kita-place-offered = Kita-Platz angeboten bekommen
step-kita-started = Kind geht in die Kita
step-school-enrolled = Kind in der Schule angemeldet
step-child-started-school = Kind geht zur Schule
step-visa-applied = Visum für den Familiennachzug beantragt
step-visa-granted = Visum erteilt
step-family-arrived = Familie ist angekommen
step-child-benefit-applied = Kindergeld beantragt
step-child-benefit-granted = Kindergeld bewilligt
step-residence-applied = Antrag bei der Ausländerbehörde gestellt
step-fictional-certificate-received = Fiktionsbescheinigung erhalten
step-residence-permit-received = Aufenthaltserlaubnis erhalten
step-work-permit-applied = Beschäftigungserlaubnis beantragt
step-work-permit-received = Beschäftigungserlaubnis erhalten
step-passport-applied = Pass beantragt
step-passport-received = Pass erhalten
step-settlement-permit-received = Niederlassungserlaubnis erhalten
step-naturalisation-test-passed = Einbürgerungstest bestanden
step-naturalisation-applied = Einbürgerung beantragt
step-naturalisation-granted = Einbürgerungsurkunde erhalten
step-bank-account-opened = Bankkonto eröffnet
step-club-visited = Einen Verein besucht
step-club-joined = Mitglied im Verein geworden
step-volunteering-started = Ehrenamt begonnen
step-driving-school-registered = Bei der Fahrschule angemeldet
step-theory-test-passed = Theorieprüfung bestanden
step-driving-test-passed = Fahrprüfung bestanden
step-mentor-found = Patin oder Paten gefunden
step-driving-licence-conversion-applied = Umschreibung des Führerscheins beantragt
step-counselling-received = Beratung bekommen
step-application-submitted = Antrag gestellt
step-decision-received = Bescheid erhalten

## Wer hat den Eintrag gemacht

author-owner = Von mir eingetragen
author-advisor = Eingetragen von { $name } ({ $organisation })

## Fehler

error-parse-id = Die Kennung ist ungültig.
error-parse-date = Das Datum ist ungültig. Bitte so schreiben: JJJJ-MM-TT.
error-parse-time = Die Uhrzeit ist ungültig. Bitte so schreiben: SS:MM.
error-schema-version = Das Heft hat eine unbekannte Version.
error-title-empty = Bitte einen Titel eingeben.
error-organisation-empty = Bitte eine Stelle oder einen Namen eingeben.
error-text-empty = Bitte etwas eingeben oder das Feld entfernen.
error-text-too-long = Der Text ist zu lang. Höchstens { $max } Zeichen.
error-too-many-entries = Zu viele Einträge. Höchstens { $max }.
error-language-tag-invalid = Die Sprache ist ungültig.
error-language-duplicate = Diese Sprache steht schon in der Liste.
error-country-invalid = Das Land ist ungültig.
error-email-invalid = Die E-Mail-Adresse ist ungültig.
error-phone-invalid = Die Telefonnummer ist ungültig. Erlaubt sind Ziffern, Leerzeichen und + - / ( ).
error-step-done-without-date = Bitte das Datum eingeben, an dem der Schritt erledigt wurde.
error-step-params-invalid = Die Angaben zu diesem Schritt sind ungültig.
error-date-out-of-range = Das Datum muss zwischen { $min } und { $max } liegen.
error-timestamp-out-of-range = Die Uhr des Geräts geht falsch. Bitte Datum und Uhrzeit prüfen.
error-goal-field-mismatch = Dieses Ziel gehört zu einem anderen Handlungsfeld.
error-duplicate-id = Dieser Eintrag ist doppelt.
error-appointment-unknown-contact = Den Kontakt für diesen Termin gibt es nicht mehr.
error-unknown-goal = Dieses Ziel gibt es nicht mehr.
error-unknown-step = Diesen Schritt gibt es nicht mehr.
error-unknown-contact = Diesen Kontakt gibt es nicht mehr.
error-unknown-appointment = Diesen Termin gibt es nicht mehr.
error-index-out-of-range = Der Eintrag kann nicht an diese Stelle verschoben werden.
error-done-date-in-future = Das Datum liegt in der Zukunft. Ein erledigter Schritt braucht ein Datum bis heute.
error-load-corrupt = Die gespeicherten Daten sind beschädigt.
error-load-malformed = Die gespeicherten Daten haben ein falsches Format.
error-load-newer-version = Die Daten stammen aus einer neueren Version der App (Version { $found }, diese App kann bis Version { $supported }). Bitte die App aktualisieren.
error-import-not-a-booklet = Diese Datei ist kein Begleitheft.
error-import-corrupt = Die Datei ist beschädigt oder unvollständig. Es wurde nichts geändert.
error-import-malformed = Die Datei hat ein falsches Format. Es wurde nichts geändert.
error-import-newer-version = Die Datei stammt aus einer neueren Version der App (Version { $found }, diese App kann bis Version { $supported }). Bitte die App aktualisieren.
