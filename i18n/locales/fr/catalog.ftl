# Catalogue du Begleitheft : domaines, objectifs et étapes typiques, rôles, rendez-vous, erreurs.
# Phrases courtes, mots simples ; le terme officiel allemand entre parenthèses.

## Domaines

field-language = Langue
field-work = Travail, formation, qualification
field-education = École et études
field-housing = Logement
field-health = Santé
field-family = Famille et enfants
field-residence = Séjour et administrations
field-everyday = Vie quotidienne et participation

## État

goal-status-open = Ouvert
goal-status-achieved = Atteint
goal-status-dropped = Abandonné
step-state-planned = Prévu
step-state-done = Fait

## Niveau de langue

cefr-a1 = A1
cefr-a2 = A2
cefr-b1 = B1
cefr-b2 = B2
cefr-c1 = C1
cefr-c2 = C2
cefr-native = Langue maternelle

## Diplômes et reconnaissance

qualification-school = Diplôme scolaire
qualification-vocational = Diplôme professionnel
qualification-academic = Diplôme universitaire
recognition-not-applied = Pas encore demandé
recognition-applied = Demandé
recognition-partial = Reconnu en partie
recognition-granted = Reconnu
recognition-refused = Refusé

## Types de cours et résultat du DTZ

course-kind-general = Cours d'intégration général (Integrationskurs)
course-kind-literacy = Cours pour apprendre à lire et à écrire (Alphabetisierungskurs)
course-kind-youth = Cours pour les jeunes (Jugendintegrationskurs)
course-kind-parents-women = Cours pour parents et femmes (Eltern- und Frauenintegrationskurs)
course-kind-intensive = Cours intensif (Intensivkurs)
course-kind-second-script = Cours pour apprendre un nouvel alphabet (Zweitschriftlernende)
dtz-level-a2 = A2
dtz-level-b1 = B1
dtz-level-below-a2 = en dessous de A2

## Rôles des contacts

role-jobcenter-placement = Jobcenter – recherche d'emploi (Arbeitsvermittlung)
role-jobcenter-benefits = Jobcenter – aides financières (Leistungsabteilung)
role-case-manager = Suivi personnel (Fallmanagement)
role-immigration-office = Service des étrangers (Ausländerbehörde)
role-course-provider = Organisme de cours (Kursträger)
role-migration-counselling = Conseil pour migrants (MBE / JMD)
role-volunteer-mentor = Parrain ou marraine bénévole (Pate / Patin)
role-recognition-counselling = Conseil pour la reconnaissance des diplômes (Anerkennungsberatung)
role-employment-agency = Agence pour l'emploi (Agentur für Arbeit)
role-social-welfare-office = Service d'aide sociale (Sozialamt, Asylbewerberleistungen)
role-doctor = Cabinet médical
role-school-kita = École ou crèche (Schule / Kita)
role-housing-office = Service du logement (Wohnungsamt)
role-citizens-office = Bureau des citoyens (Bürgeramt)
role-employer = Employeur ou entreprise de formation
role-bamf = Office fédéral pour la migration et les réfugiés (BAMF)
role-other = Autre

## But des rendez-vous

purpose-counselling = Rendez-vous de conseil (Beratungsgespräch)
purpose-placement-test = Test de niveau (Einstufungstest)
purpose-exam = Examen
purpose-hand-in-documents = Remettre des documents
purpose-application = Faire une demande (Antrag)
purpose-job-interview = Entretien d'embauche (Vorstellungsgespräch)
purpose-medical = Rendez-vous chez le médecin
purpose-pick-up-document = Aller chercher un document
purpose-apartment-viewing = Visite d'un logement (Wohnungsbesichtigung)
purpose-asylum-hearing = Audition au BAMF (Anhörung)
purpose-parent-meeting = Rencontre avec l'enseignant (Elterngespräch)

## Objectifs typiques

goal-language-integration-course = Terminer le cours d'intégration (Integrationskurs)
goal-language-literacy-course = Apprendre à lire et à écrire (Alphabetisierungskurs)
goal-language-job-course = Suivre un cours d'allemand pour le travail (Berufssprachkurs)
goal-language-practice = Pratiquer l'allemand au quotidien
goal-work-find-job = Trouver un travail
goal-work-recognition = Faire reconnaître mon diplôme (Anerkennung)
goal-work-vocational-training = Commencer une formation professionnelle (Ausbildung)
goal-work-qualification = Suivre une formation continue (Weiterbildung)
goal-work-first-experience = Avoir une première expérience de travail en Allemagne
goal-education-school-certificate = Obtenir un diplôme scolaire (Schulabschluss)
goal-education-university = Faire des études
goal-education-digital-skills = Apprendre l'ordinateur et Internet
goal-housing-find-apartment = Trouver un logement
goal-housing-leave-shared-accommodation = Quitter le foyer (Gemeinschaftsunterkunft)
goal-housing-settle-in = S'installer dans le nouveau logement
goal-health-insurance = Avoir une assurance maladie (Krankenversicherung)
goal-health-family-doctor = Trouver un médecin de famille (Hausarzt)
goal-health-vaccinations = Compléter mes vaccins
goal-health-counselling = Avoir de l'aide pour ma santé mentale
goal-family-kita-place = Trouver une place en crèche (Kita-Platz)
goal-family-school-enrolment = Inscrire mon enfant à l'école
goal-family-reunification = Faire venir ma famille (Familiennachzug)
goal-family-benefits = Recevoir les allocations familiales (Kindergeld)
goal-residence-permit = Obtenir ou prolonger mon titre de séjour (Aufenthaltserlaubnis)
goal-residence-work-permit = Obtenir un permis de travail (Beschäftigungserlaubnis)
goal-residence-passport = Obtenir un passeport
goal-residence-settlement-permit = Obtenir un titre de séjour permanent (Niederlassungserlaubnis)
goal-residence-naturalisation = Obtenir la nationalité allemande (Einbürgerung)
goal-everyday-bank-account = Ouvrir un compte bancaire
goal-everyday-club = Entrer dans une association (Verein)
goal-everyday-volunteering = Faire du bénévolat (Ehrenamt)
goal-everyday-driving-licence = Passer le permis de conduire (Führerschein)
goal-everyday-mentor = Trouver un parrain ou une marraine (Pate / Patin)

## Étapes typiques

step-entitlement-certificate = Droit au cours reçu (Berechtigungsschein)
step-obligation-to-attend = Cours d'intégration obligatoire pour moi (Verpflichtung)
step-course-registered = Inscription faite chez l'organisme de cours (Kursträger)
step-placement-test = Test de niveau passé (Einstufungstest)
step-course-started = { $kind ->
        [literacy] Cours pour apprendre à lire et à écrire commencé (Alphabetisierungskurs)
        [youth] Cours pour les jeunes commencé (Jugendintegrationskurs)
        [parents_women] Cours pour parents et femmes commencé (Eltern- und Frauenintegrationskurs)
        [intensive] Cours intensif commencé (Intensivkurs)
        [second_script] Cours pour apprendre un nouvel alphabet commencé (Zweitschriftlernende)
       *[general] Cours d'intégration commencé (Integrationskurs)
    }
step-dtz-result = Test d'allemand pour immigrés (DTZ) : { $level ->
        [below_a2] en dessous de A2
       *[other] { $level }
    }, essai { $attempt }
step-orientation-test = Test « Vivre en Allemagne » réussi (Leben in Deutschland)
step-integration-course-certificate = Certificat du cours d'intégration reçu (Zertifikat Integrationskurs)
step-cost-exemption = Pas de frais de cours à payer (Kostenbefreiung)
step-job-language-course-registered = Inscription faite au cours d'allemand pour le travail (Berufssprachkurs)
step-job-language-course-started = Cours d'allemand pour le travail { $level } commencé (Berufssprachkurs)
step-job-language-certificate = Certificat d'allemand pour le travail { $level } reçu
step-language-cafe = Visite au café des langues (Sprachcafé)
step-language-tandem = Partenaire de langue trouvé (Tandem)
step-voluntary-course-started = Cours d'allemand libre commencé
step-profiling = Bilan de compétences fait (Kompetenzfeststellung)
step-perspective-talk = Entretien sur mon avenir fait (Perspektivgespräch)
step-cooperation-plan = Plan fait avec le Jobcenter (Kooperationsplan)
step-recognition-counselling = Conseil sur la reconnaissance reçu (Anerkennungsberatung)
step-documents-translated = Documents traduits
step-recognition-applied = Reconnaissance demandée (Antrag auf Anerkennung)
step-recognition-granted = Diplôme reconnu (Anerkennung)
step-internship-started = Stage commencé (Praktikum)
step-work-opportunity-started = Activité d'insertion commencée (Arbeitsgelegenheit)
step-applications-sent = Candidatures envoyées (Bewerbungen)
step-job-interview = Entretien d'embauche passé (Vorstellungsgespräch)
step-training-place-found = Contrat de formation signé (Ausbildungsvertrag)
step-training-started = Formation professionnelle commencée (Ausbildung)
step-training-completed = Formation professionnelle terminée
step-job-started = Travail commencé
step-education-voucher = Chèque formation reçu (Bildungsgutschein)
step-qualification-started = Formation continue commencée (Weiterbildung)
step-qualification-completed = Formation continue terminée
step-adaptation-measure = Formation d'adaptation commencée (Anpassungsqualifizierung)
step-education-counselling = Conseil sur la formation reçu (Bildungsberatung)
step-school-course-registered = Inscription faite au cours pour le diplôme scolaire
step-school-course-started = Cours pour le diplôme scolaire commencé
step-school-certificate-obtained = Diplôme scolaire obtenu (Schulabschluss)
step-certificate-evaluation = Évaluation du diplôme reçue (Zeugnisbewertung)
step-university-applied = Candidature envoyée à une université
step-university-admitted = Admission à l'université reçue (Zulassung)
step-studies-started = Études commencées
step-computer-course-started = Cours d'informatique commencé
step-course-certificate-obtained = Certificat du cours reçu
step-housing-entitlement-applied = Certificat pour un logement social demandé (Wohnberechtigungsschein, WBS)
step-housing-entitlement-received = Certificat pour un logement social reçu (Wohnberechtigungsschein, WBS)
step-move-out-approved = Accord pour déménager reçu (Zustimmung zum Auszug)
step-apartment-viewing = Logement visité
step-rental-contract-signed = Contrat de location signé (Mietvertrag)
step-moved-in = Emménagement fait
step-address-registered = Adresse déclarée (Anmeldung, Meldebescheinigung)
step-electricity-contract = Contrat d'électricité signé (Stromvertrag)
step-liability-insurance = Assurance responsabilité civile prise (Haftpflichtversicherung)
step-broadcasting-fee-registered = Inscription faite pour la redevance radio et télé (Rundfunkbeitrag)
step-health-insurance-registered = Inscription faite à une caisse d'assurance maladie (Krankenkasse)
step-health-card-received = Carte d'assurance maladie reçue (Gesundheitskarte)
step-family-doctor-found = Médecin de famille trouvé (Hausarzt)
step-check-up-done = Examen médical fait (Untersuchung)
step-vaccination-record-checked = Carnet de vaccination vérifié (Impfpass)
step-vaccinations-done = Vaccins faits
step-counselling-centre-contacted = Contact pris avec un centre de conseil (Beratungsstelle)
step-counselling-started = Conseil ou thérapie commencé
step-kita-registered = Enfant inscrit à la crèche (Kita)
step-kita-place-offered = Place en crèche proposée (Kita-Platz)
step-kita-started = L'enfant va à la crèche
step-school-enrolled = Enfant inscrit à l'école (Schulanmeldung)
step-child-started-school = L'enfant va à l'école
step-visa-applied = Visa pour faire venir la famille demandé (Familiennachzug)
step-visa-granted = Visa accordé
step-family-arrived = La famille est arrivée
step-child-benefit-applied = Allocations familiales demandées (Kindergeld)
step-child-benefit-granted = Allocations familiales accordées (Kindergeld)
step-residence-applied = Demande faite au service des étrangers (Ausländerbehörde)
step-fictional-certificate-received = Attestation provisoire reçue (Fiktionsbescheinigung)
step-residence-permit-received = Titre de séjour reçu (Aufenthaltserlaubnis)
step-work-permit-applied = Permis de travail demandé (Beschäftigungserlaubnis)
step-work-permit-received = Permis de travail reçu (Beschäftigungserlaubnis)
step-passport-applied = Passeport demandé
step-passport-received = Passeport reçu
step-settlement-permit-received = Titre de séjour permanent reçu (Niederlassungserlaubnis)
step-naturalisation-test-passed = Test de naturalisation réussi (Einbürgerungstest)
step-naturalisation-applied = Nationalité allemande demandée (Einbürgerung)
step-naturalisation-granted = Certificat de naturalisation reçu (Einbürgerungsurkunde)
step-bank-account-opened = Compte bancaire ouvert
step-club-visited = Visite d'une association (Verein)
step-club-joined = Adhésion à une association faite
step-volunteering-started = Bénévolat commencé (Ehrenamt)
step-driving-school-registered = Inscription faite à l'auto-école (Fahrschule)
step-theory-test-passed = Examen du code réussi
step-driving-test-passed = Examen de conduite réussi
step-mentor-found = Parrain ou marraine trouvé (Pate / Patin)
step-driving-licence-conversion-applied = Échange du permis de conduire étranger demandé (Umschreibung)
step-counselling-received = Conseil reçu (Beratung)
step-application-submitted = Demande faite (Antrag)
step-decision-received = Lettre de décision reçue (Bescheid)

## Qui a fait l'entrée

author-owner = Ajouté par moi
author-advisor = Ajouté par { $name } ({ $organisation })

## Erreurs

error-parse-id = L'identifiant n'est pas valide.
error-parse-date = La date n'est pas valide. Écris-la comme ceci : AAAA-MM-JJ (par exemple 2025-03-31).
error-parse-time = L'heure n'est pas valide. Écris-la comme ceci : HH:MM (par exemple 14:30).
error-schema-version = Le carnet a une version inconnue.
error-title-empty = Écris un titre, s'il te plaît.
error-organisation-empty = Écris un service ou un nom, s'il te plaît.
error-text-empty = Écris quelque chose ou enlève ce champ.
error-text-too-long = Le texte est trop long. { $max } caractères au maximum.
error-too-many-entries = Trop d'entrées. { $max } au maximum.
error-language-tag-invalid = La langue n'est pas valide.
error-language-duplicate = Cette langue est déjà dans la liste.
error-country-invalid = Le pays n'est pas valide.
error-email-invalid = L'adresse e-mail n'est pas valide.
error-phone-invalid = Le numéro de téléphone n'est pas valide. Utilise seulement des chiffres, des espaces et + - / ( ).
error-step-done-without-date = Écris la date où l'étape a été faite, s'il te plaît.
error-step-params-invalid = Les détails de cette étape ne sont pas valides.
error-date-out-of-range = La date doit être entre { $min } et { $max }.
error-timestamp-out-of-range = L'horloge de cet appareil n'est pas à l'heure. Vérifie la date et l'heure.
error-goal-field-mismatch = Cet objectif appartient à un autre domaine.
error-duplicate-id = Cette entrée est là deux fois.
error-appointment-unknown-contact = Le contact de ce rendez-vous n'existe plus.
error-unknown-goal = Cet objectif n'existe plus.
error-unknown-step = Cette étape n'existe plus.
error-unknown-contact = Ce contact n'existe plus.
error-unknown-appointment = Ce rendez-vous n'existe plus.
error-index-out-of-range = L'entrée ne peut pas être déplacée à cet endroit.
error-done-date-in-future = La date est dans le futur. Pour une étape faite, la date doit être aujourd'hui ou avant.
error-load-corrupt = Les données enregistrées sont abîmées.
error-load-malformed = Les données enregistrées ont un mauvais format.
error-load-newer-version = Les données viennent d'une version plus récente de l'application (version { $found } ; cette application lit jusqu'à la version { $supported }). Mets l'application à jour.
error-import-not-a-booklet = Ce fichier n'est pas un Begleitheft.
error-import-corrupt = Le fichier est abîmé ou incomplet. Rien n'a été changé.
error-import-malformed = Le fichier a un mauvais format. Rien n'a été changé.
error-import-newer-version = Le fichier vient d'une version plus récente de l'application (version { $found } ; cette application lit jusqu'à la version { $supported }). Mets l'application à jour.
