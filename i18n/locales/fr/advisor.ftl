### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace. French. Advisors are addressed with "vous".

## Opening a shared link
link-view-title = Entrées partagées
link-view-loading = Chargement des entrées partagées …
link-view-label = Votre nom et votre service (si vous voulez)
link-view-label-hint = La personne voit qui a ouvert le lien. Ce navigateur garde cette information.
link-view-pin = PIN
link-view-pin-hint = La personne vous dit le PIN. Il n'est pas dans le lien.
link-view-pin-submit = Ouvrir
link-view-pin-required = Ce lien est protégé par un PIN.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] PIN faux. Encore { $count } essai.
        [many] PIN faux. Encore { $count } essais.
       *[other] PIN faux. Encore { $count } essais.
    }
link-view-gone = Ce partage n'est plus disponible.
link-view-gone-hint = Il a peut-être été retiré ou il a expiré. Demandez un nouveau lien à la personne.
link-view-offline = Pas de connexion au serveur. Vérifiez la connexion et réessayez.
link-view-retry = Réessayer
link-view-busy = Trop d'essais. Attendez un moment, puis réessayez.
link-view-error = Le serveur n'a pas répondu comme prévu. Réessayez plus tard.
link-view-unsupported = Ce navigateur ne peut pas ouvrir les liens partagés.
link-view-unreadable = Les entrées partagées ne peuvent pas être déchiffrées. Le lien est peut-être incomplet. Demandez un nouveau lien.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Valable jusqu'au { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Dernier changement : { $date }
link-view-reload = Recharger
link-view-side-by-side = Montrer une deuxième langue à côté
link-view-empty = Rien n'est partagé dans ce lien.
link-view-not-stored = Les entrées ne sont pas enregistrées sur cet appareil.
link-view-advisor-login = Se connecter comme conseillère ou conseiller
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Ouvert en tant que { $who }.

## Proposing entries (only when the owner allows it)
propose-title = Proposer des entrées
propose-explain = La personne décide si elle accepte votre proposition.
propose-step = Proposer une étape
propose-step-goal = Pour quel objectif ?
propose-step-done = Fait le (laisser vide si pas encore fait)
propose-step-submit = Proposer l'étape
propose-appointment = Proposer un rendez-vous
propose-appointment-submit = Proposer le rendez-vous
propose-sending = Envoi en cours …
propose-sent = Envoyé. La personne décide si elle l'accepte.
propose-need-name = Indiquez en haut votre nom ou votre service, pour que la personne sache de qui vient la proposition.
propose-need-step = Choisissez une étape dans la liste ou écrivez-en une.
propose-need-date = Choisissez un jour.
propose-error-not-writable = Ce lien ne permet pas de faire des propositions.

## The advisor's login and workspace
advisor-title = Pour les conseillers
advisor-login-explain = Avec un compte de conseiller, vous trouvez tous les liens que vous avez ouverts au même endroit. Les clés restent dans ce navigateur.
advisor-email = E-mail
advisor-password = Mot de passe
advisor-login = Se connecter
advisor-logging-in = Connexion en cours …
advisor-bad-login = L'e-mail ou le mot de passe est faux.
advisor-logout = Se déconnecter
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Connecté en tant que { $who }.
advisor-session-expired = Votre connexion a expiré. Connectez-vous à nouveau.
advisor-workspace-title = Liens ouverts
advisor-workspace-explain = Les partages que vous avez ouverts et qui sont encore valables.
advisor-workspace-none = Vous n'avez pas encore ouvert de partage valable.
advisor-workspace-refresh = Actualiser
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Ouvert le { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Valable jusqu'au { $date }
advisor-workspace-open = Ouvrir
advisor-workspace-elsewhere = Ouvert sur un autre appareil : la clé n'est pas dans ce navigateur.
advisor-workspace-untitled = Entrées partagées
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Ouvrir : { $label }
advisor-error-offline = Pas de connexion au serveur. Réessayez.
advisor-error-busy = Trop d'essais. Attendez un moment, puis réessayez.
advisor-error-server = Le serveur n'a pas répondu comme prévu. Réessayez plus tard.
