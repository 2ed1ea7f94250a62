### App-wide messages: product name, language switch, states every screen can show.

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = My way in Germany

language-switch-label = Language
    .aria-label = Choose the app's language

loading = Loading …
error-generic = Something went wrong. Please try again.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = Added by { $name }

part-load-failed = This part of the app has not been loaded yet. Please connect to the internet and try again.
action-try-again = Try again
