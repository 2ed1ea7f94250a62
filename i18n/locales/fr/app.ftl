### Les écrans de l'application. Phrases courtes, mots simples.

## Navigation
nav-label = Menu principal
nav-home = Accueil
nav-appointments = Rendez-vous
nav-contacts = Contacts
nav-profile = Profil
nav-settings = Réglages
not-found-title = Cette page n'existe pas.

## Actions
action-add = Ajouter
action-add-goal = Ajouter un objectif
action-add-step = Ajouter une étape
action-add-contact = Ajouter un contact
action-add-appointment = Ajouter un rendez-vous
action-save = Enregistrer
action-cancel = Annuler
action-edit = Modifier
action-delete = Supprimer
action-back = Retour
action-undo = Annuler l'action
action-dismiss = Fermer
action-update = Mettre à jour maintenant
action-export = Exporter
action-import = Importer
action-import-confirm = Oui, remplacer
action-print = Imprimer
action-delete-goal = Supprimer l'objectif
action-delete-named = Supprimer { $title }
action-edit-named = Modifier { $title }
action-move-up = Monter { $title }
action-move-down = Descendre { $title }

## Accueil
home-next-appointment = Prochain rendez-vous
home-no-appointment = Aucun rendez-vous prévu.
home-goals = Mes objectifs
home-no-goals = Pas encore d'objectif. Commence par un objectif.
home-quick-add = Ajout rapide

## Objectifs et étapes
goal-progress =
    { $total ->
        [one] { $done } sur { $total } étape
        [many] { $done } sur { $total } étapes
       *[other] { $done } sur { $total } étapes
    }
goal-target = Objectif d'ici le { $date }
goal-status = État
goal-target-date = Date visée (s'il y en a une)
goal-steps = Étapes
goal-no-steps = Pas encore d'étape.
goal-not-found = Cet objectif n'existe plus.
goal-deleted = Objectif supprimé.
goal-field = Domaine
goal-title = Objectif
goal-free-title = Mon propre objectif
goal-with-typical-steps = Ajouter aussi les étapes habituelles
catalog-search = Chercher un objectif
step-from-catalog = Étape de la liste
step-typical = Étapes habituelles pour cet objectif
step-all = Toutes les étapes
step-or-free = Ou avec tes propres mots
step-date = Date
step-is-done = Déjà fait
step-note = Note
step-deleted = Étape supprimée.
step-done-on = faite le { $date }
step-planned-for = prévue le { $date }
step-mark-done = Fait : { $title }

## Contacts
contacts-title = Contacts
contacts-empty = Pas encore de contact.
contact-organisation = Service ou organisme
contact-role = Rôle
contact-role-free = Ou le rôle avec tes propres mots
contact-person = Personne à contacter
contact-phone = Téléphone
contact-email = E-mail
contact-address = Adresse
contact-opening-hours = Heures d'ouverture
contact-note = Note
contact-deleted = Contact supprimé.
contact-call = Appeler { $name }
contact-write = Écrire un e-mail à { $name }

## Rendez-vous
appointments-upcoming = Rendez-vous à venir
appointments-past = Rendez-vous passés
appointments-none-upcoming = Aucun rendez-vous à venir.
appointment-date = Jour
appointment-time = Heure
appointment-place = Lieu
appointment-purpose = C'est pour quoi ?
appointment-purpose-free = Ou avec tes propres mots
appointment-with = Avec qui ?
appointment-with-nobody = (aucun choix)
appointment-bring = À apporter
appointment-deleted = Rendez-vous supprimé.

## Profil
profile-title = Mon profil
profile-name = Nom (un surnom, c'est bien aussi)
profile-languages = Mes langues
profile-language = Langue
profile-level = Quel niveau ?
profile-qualifications = École, formation, études
profile-qualification-kind = Type
profile-qualification-title = Diplôme
profile-qualification-country = Pays (deux lettres, par ex. SY)
profile-qualification-recognition = Reconnaissance en Allemagne (Anerkennung)
profile-work = Expérience de travail
profile-interests = Intérêts et souhaits

## Réglages
settings-title = Réglages
storage-title = Mémoire de cet appareil
storage-explain = Ton Begleitheft est enregistré seulement sur ce téléphone. Personne d'autre ne le voit.
storage-persisted-yes = Le navigateur garde les données pour toujours.
storage-persisted-no = Le navigateur peut effacer les données si la mémoire est pleine. Fais souvent un export.
storage-persisted-unknown = On n'a pas encore demandé si les données peuvent rester pour toujours.
storage-ask-persist = Garder pour toujours
export-title = Export
export-explain = Enregistre tout ton Begleitheft dans un fichier. Comme ça, tu as une copie de secours.
export-never = Jamais exporté.
export-last = Dernier export : { $date }
export-error = Le fichier n'a pas pu être créé.
import-title = Import
import-explain = Charge un Begleitheft depuis un fichier d'export. Le fichier est d'abord vérifié.
import-error-unreadable = Ce fichier ne peut pas être lu.
import-confirm =
    Le fichier remplace ton Begleitheft ({ $current ->
        [one] { $current } entrée
        [many] { $current } entrées
       *[other] { $current } entrées
    }) par { $incoming ->
        [one] { $incoming } entrée
        [many] { $incoming } entrées
       *[other] { $incoming } entrées
    }.
import-done = Import terminé.
print-title = Imprimer
update-available = Une nouvelle version est prête.

## Erreurs de stockage
storage-error-open = Ce navigateur ne peut pas enregistrer de données. N'ouvre pas le Begleitheft en navigation privée.
storage-error-read = Les données n'ont pas pu être lues. Recharge la page.
storage-error-write = Ça n'a pas été enregistré. Essaie encore une fois.
storage-error-quota = La mémoire est pleine. Ça n'a pas été enregistré. Fais de la place sur le téléphone.
storage-error-corrupt = Des données enregistrées sont abîmées. Importe ton dernier export.

## Side by side
action-side-by-side = Côte à côte
side-by-side-title = Deux langues côte à côte
side-by-side-second-language = Deuxième langue
side-by-side-choose = Quels objectifs afficher ?
side-by-side-bring = À apporter : { $what }
storage-error-blocked = Begleitheft est encore ouvert dans un autre onglet. Ferme les autres onglets et recharge la page.
