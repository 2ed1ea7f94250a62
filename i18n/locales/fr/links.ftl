### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. French. Short sentences and common words, "tu".

## Share by link (on the share screen)
link-share-option = Partager par lien
link-share-option-explain = La personne reçoit un lien ou un code QR. Les entrées sont chiffrées sur le serveur. La clé est seulement dans le lien. Tu peux retirer le lien à tout moment.
link-share-pin = PIN (4 à 8 chiffres, si tu veux)
link-share-pin-hint = Dis le PIN à voix haute. Il n'est pas dans le lien ni dans le code QR.
link-share-expiry = Valable combien de jours ? (1 à 90)
link-share-live = En direct : la personne voit aussi les changements plus tard.
link-share-writable = La personne peut proposer des entrées. Tu acceptes ou refuses chacune.
link-share-summary-live = La personne voit aussi les changements plus tard sur ces entrées.
link-share-summary-fixed = La personne voit les entrées comme elles sont maintenant.
link-share-summary-pin = Pour ouvrir le lien, il faut le PIN.
link-share-summary-no-pin = Toute personne qui a le lien peut l'ouvrir.
link-share-summary-writable = Elle peut proposer des entrées. Rien ne change sans ton oui.
link-share-summary-server = Les entrées sont chiffrées sur le serveur. Tu vois quand le lien a été ouvert.
link-share-create = Créer le lien
link-share-creating = Le lien est en train d'être créé …
link-share-done-title = Ton lien
link-share-qr-label = Le lien en code QR
link-share-url-label = Lien
link-share-copy = Copier le lien
link-share-copied = Copié.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Dis ce PIN à voix haute : { $pin }
link-share-error-pin = Le PIN a 4 à 8 chiffres, seulement des chiffres.
link-share-error-expiry = Choisis 1 à 90 jours.
link-share-error-offline = Pas de connexion au serveur. Rien n'a été partagé. Réessaie plus tard.
link-share-error-server = Le serveur n'a pas accepté le lien. Rien n'a été partagé.
link-share-error-busy = Trop d'essais. Attends un peu, puis réessaie.
link-share-error-too-large = C'est trop pour un seul lien. Choisis moins d'entrées.
link-share-error-unsupported = Ce navigateur ne peut pas créer de liens.
link-share-error-gone = Ce lien n'existe plus sur le serveur.
link-share-error-crypto = Les entrées n'ont pas pu être chiffrées.

## The list of shared links (Settings → Shared links)
link-list-title = Liens partagés
link-list-explain = Ici, tu vois chaque lien que tu as partagé : ce qu'il montre, jusqu'à quand, et qui l'a ouvert.
link-list-open = Voir les liens partagés
link-list-none = Tu n'as pas encore partagé de lien.
link-list-refresh = Actualiser
link-list-state-active = Actif
link-list-state-revoked = Retiré
link-list-state-expired = Expiré
link-list-state-disabled = Bloqué : trop de PIN faux
link-list-state-unknown = État inconnu (pas de connexion)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Valable jusqu'au { $date }
link-list-pin-yes = Avec PIN
link-list-pin-no = Sans PIN
link-list-live = En direct
link-list-may-add = Peut proposer des entrées
link-list-access-title = Ouvert
link-list-access-none = Personne n'a encore ouvert ce lien.
link-list-access-anonymous = sans nom
link-list-revoke = Retirer
link-list-revoke-question = Retirer ce lien ? Après, personne ne pourra plus l'ouvrir. Tu ne pourras pas revenir en arrière.
link-list-revoke-confirm = Oui, retirer
link-list-revoked = Le lien est retiré.
link-list-error-offline = Pas de connexion au serveur. Le lien n'est pas encore retiré. Réessaie plus tard.
link-list-error-server = Le serveur n'a pas répondu comme prévu. Le lien n'est pas encore retiré.
# Variables:
#   $what (String) - what the link shares, e.g. "2 objectifs avec 5 étapes".
link-list-row-label = Lien : { $what }

## Proposals from advisors (on Home)
inbox-title = Propositions
inbox-explain = Les personnes avec qui tu as partagé un lien proposent des entrées. Rien ne change sans ton oui.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } propose : { $what }
inbox-someone = Quelqu'un
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = étape « { $step } » dans l'objectif « { $goal } »
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = rendez-vous le { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = rendez-vous le { $date }
inbox-accept = Accepter
inbox-reject = Refuser
inbox-stale = Cette proposition ne va plus : l'objectif n'existe plus. Tu peux la refuser.
inbox-unreadable = Cette proposition ne peut pas être lue. Tu peux la refuser.
inbox-accepted = Acceptée et ajoutée à ton Begleitheft.
inbox-rejected = Refusée.

## The consent log (Settings)
consent-channel-offline-qr = Code QR hors ligne
consent-channel-link = Par lien
consent-channel-link-revoked = Lien retiré
