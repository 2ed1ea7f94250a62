### App-wide messages: product name, language switch, states every screen can show.
### German is the reference: every other locale has exactly these ids, variables and attributes.

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = Mein Weg in Deutschland

# Label of the language switch shown on every screen; the attribute names the control for screen readers.
language-switch-label = Sprache
    .aria-label = Sprache der App wählen

loading = Wird geladen …
error-generic = Etwas ist schiefgegangen. Bitte versuche es noch einmal.

# Number of entries in a list (goals, steps, contacts, appointments).
# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }

# Who added an entry: the owner, or a named advisor or organisation.
# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = Eingetragen von { $name }

# A screen whose code is loaded on first use could not be fetched (offline on a first visit).
part-load-failed = Dieser Teil der App ist noch nicht geladen. Bitte mit dem Internet verbinden und noch einmal versuchen.
action-try-again = Noch einmal versuchen
