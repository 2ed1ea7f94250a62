### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### French. Short sentences and common words. "code de récupération" is the one name for the recovery code.

## Settings section
sync-title = Sauvegarde et synchronisation
sync-explain = Une copie chiffrée de ton Begleitheft sur le serveur. Comme ça, rien ne se perd, et tu peux l'utiliser sur plusieurs téléphones.
sync-action-turn-on = Activer la sauvegarde et la synchronisation
sync-action-turn-off = Désactiver
sync-action-now = Synchroniser maintenant

## Before turning it on
sync-intro-title = Avant d'activer
sync-intro-encrypted = Seules des données chiffrées quittent ce téléphone. Le serveur ne peut pas les lire.
sync-intro-code = Sans le code de récupération (Wiederherstellungscode), personne ne peut restaurer la sauvegarde – même pas nous.
sync-intro-write-down = Tu vas recevoir un code de récupération. Note-le et garde-le bien.
sync-action-start = D'accord, activer
sync-setting-up = Préparation de la sauvegarde …

## The recovery code, shown once
sync-code-title = Ton code de récupération
sync-code-explain = Note ce code et garde-le dans un endroit sûr. Avec lui, tu récupères ton Begleitheft sur un nouveau téléphone. Il est affiché seulement maintenant.
sync-code-label = Code de récupération
sync-code-qr-label = Code de récupération en code QR
sync-action-copy = Copier le code
sync-code-copied = Copié.
sync-action-written-down = Je l'ai noté

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Supprimer aussi la sauvegarde sur le serveur ? Ton Begleitheft reste sur ce téléphone.
sync-action-off-keep = Désactiver, garder la sauvegarde
sync-action-off-delete = Désactiver et supprimer la sauvegarde
sync-off-deleted = La sauvegarde sur le serveur est supprimée.
sync-off-kept = Désactivé. La sauvegarde sur le serveur reste.

## Restoring on another phone
restore-title = Restaurer une sauvegarde
restore-explain = Tape ton code de récupération ou scanne son code QR. Ce qui est déjà sur ce téléphone reste.
restore-code-label = Code de récupération
restore-scan-camera = Scanner le code QR avec la caméra
restore-scan-photo = Lire le code QR sur une photo
restore-action = Restaurer
restore-working = Restauration …
restore-done = C'est restauré. La sauvegarde et la synchronisation sont activées.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Le code a { $found } caractères au lieu de { $expected }. Vérifie-le, s'il te plaît.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Le caractère « { $character } » n'existe jamais dans un code de récupération. Vérifie le code, s'il te plaît.
error-sync-code-typo = Le code contient une faute de frappe. Vérifie-le, s'il te plaît.
error-sync-code-foreign = Ce code QR n'est pas un code de récupération.
error-sync-open-failed = Impossible d'ouvrir les données du serveur.
error-sync-wire-truncated = La réponse du serveur est incomplète. Un nouvel essai aura lieu plus tard.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Les données viennent d'une version plus récente du Begleitheft (format { $version }). Mets l'application à jour.
error-sync-wire-malformed = La réponse du serveur est abîmée.
error-sync-wire-too-large = Les données sont trop grandes pour le serveur.
error-sync-damaged = Des données de la sauvegarde sont abîmées.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = La sauvegarde vient d'une version plus récente du Begleitheft. Mets l'application à jour.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    L'horloge d'un autre appareil avance de { $hours ->
        [one] { $hours } heure
        [many] { $hours } heures
       *[other] { $hours } heures
    }. Vérifie la date et l'heure.
sync-error-no-backup = Aucune sauvegarde trouvée pour ce code.
sync-error-network = Le serveur est injoignable. Réessaie plus tard.
sync-error-server = Le serveur a un problème. Un nouvel essai aura lieu plus tard.
sync-error-busy = Trop de demandes en ce moment. Un nouvel essai aura lieu dans un instant.
sync-error-damaged = Impossible de lire les données du serveur.
sync-error-too-large = Les modifications sont trop grandes pour le serveur.
sync-error-unsupported = Ce navigateur ne sait pas chiffrer.
