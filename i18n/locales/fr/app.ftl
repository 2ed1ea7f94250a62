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

## Sharing by QR code
action-share = Partager
share-title = Partager avec un code QR
share-choose = Qu'est-ce que la personne peut voir ? Choisis.
share-all-goals = Tous les objectifs
share-all-contacts = Tous les contacts
share-all-appointments = Tous les rendez-vous
share-duration = Pour combien de temps ?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
share-recipient = Pour qui ? (seulement pour toi, si tu veux)
share-nothing = Choisis au moins une entrée.
share-sees = La personne qui scanne le code voit :
share-not = Pas :
share-not-profile = ton profil
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } objectif
        [many] { $goals } objectifs
       *[other] { $goals } objectifs
    } avec { $steps ->
        [one] { $steps } étape
        [many] { $steps } étapes
       *[other] { $steps } étapes
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } contact
        [many] { $count } contacts
       *[other] { $count } contacts
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } rendez-vous
        [many] { $count } rendez-vous
       *[other] { $count } rendez-vous
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } autre objectif
        [many] { $count } autres objectifs
       *[other] { $count } autres objectifs
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } autre contact
        [many] { $count } autres contacts
       *[other] { $count } autres contacts
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } autre rendez-vous
        [many] { $count } autres rendez-vous
       *[other] { $count } autres rendez-vous
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = Jusqu'au { $date }.
action-show-qr = Montrer le code QR
share-too-big = C'est trop pour un seul code QR. Choisis moins de choses.
share-qr-label = Code QR à scanner
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Valable jusqu'au { $date }
action-done = Terminé
consent-title = Déjà partagé
consent-none = Rien n'a encore été partagé.

## Viewing a shared booklet
viewer-title = Partagé avec toi
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = Partagé le { $date }, valable jusqu'au { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Ce code n'est plus valable (valable jusqu'au { $date }). Demande un nouveau code à la personne.
viewer-not-stored = Rien de tout ça n'est enregistré sur ton appareil.
action-close-share = Fermer

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Choisis au moins une entrée à partager.
share-error-unknown-entry = Une entrée choisie n'existe plus.
share-error-expiry-out-of-range = Un code est valable 90 jours au maximum.
share-error-issue-out-of-range = La date de ce téléphone semble fausse.
share-error-invalid-entry = Une entrée choisie ne peut pas être partagée comme ça.
share-error-selection-too-large = C'est trop pour un seul code QR. Choisis moins de choses.
share-error-truncated = Ce code est incomplet. Scanne-le encore une fois.
share-error-damaged = Ce code est abîmé ou a été modifié. Demande un nouveau code.
share-error-unknown-version = Ce code vient d'une version plus récente du Begleitheft. Mets l'application à jour.
share-error-bad-alphabet = Ce code est abîmé. Demande un nouveau code.
share-error-too-large = Ce code est trop grand pour un Begleitheft.
share-error-foreign-covid = C'est un certificat de vaccination, pas un Begleitheft partagé.
share-error-foreign-shc = C'est une carte de santé (SMART Health Card), pas un Begleitheft partagé.
share-error-foreign-url = Ce code QR mène à un autre site web, pas à un Begleitheft.
share-error-foreign = Ce code QR n'est pas un Begleitheft partagé.
share-error-expired = Ce code n'est plus valable. Demande un nouveau code.

## Scanning
action-scan = Scanner
scan-title = Scanner un code QR
scan-camera = Utiliser la caméra
scan-photo = Lire depuis une photo
scan-looking = Recherche d'un code QR … Tiens la caméra immobile.
scan-camera-denied = La caméra n'est pas autorisée. Autorise-la dans les réglages du navigateur, ou lis le code depuis une photo.
scan-camera-absent = Aucune caméra trouvée. Lis le code depuis une photo.
scan-photo-unreadable = Cette photo ne peut pas être lue.
scan-nothing-found = Aucun code QR n'est visible sur la photo. Essaie avec une photo plus nette.

sync-action-restore = Restaurer une sauvegarde
sync-status-off = La sauvegarde et la synchronisation sont désactivées.
sync-status-synced = Tout est sauvegardé.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } modification attend la synchronisation.
        [many] { $count } modifications attendent la synchronisation.
       *[other] { $count } modifications attendent la synchronisation.
    }
sync-status-offline = Hors ligne. Tes modifications seront envoyées plus tard.
sync-status-error = La synchronisation a un problème.
# Variables:
#   $status (String) - the status sentence, e.g. "Tout est sauvegardé."
sync-indicator-label = Synchronisation : { $status }
restore-hint = Tu as déjà sauvegardé un Begleitheft sur un autre téléphone ?
