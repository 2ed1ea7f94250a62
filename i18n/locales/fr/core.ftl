### Messages de toute l'application. Référence : le fichier allemand.

app-title = Begleitheft
app-subtitle = Mon chemin en Allemagne

language-switch-label = Langue
    .aria-label = Choisir la langue de l'application

loading = Chargement …
error-generic = Quelque chose n'a pas marché. Essaie encore une fois.

entry-count =
    { $count ->
        [one] { $count } entrée
        [many] { $count } entrées
       *[other] { $count } entrées
    }

entry-added-by = Ajouté par { $name }

part-load-failed = Cette partie de l'application n'est pas encore chargée. Connectez-vous à Internet et réessayez.
action-try-again = Réessayer
