### App-wide messages: product name, language switch, states every screen can show.

app-title = Begleitheft
app-subtitle = Riya min li Almanyayê

language-switch-label = Ziman
    .aria-label = Zimanê sepanê hilbijêre

loading = Tê barkirin …
error-generic = Tiştek xelet çû. Dîsa biceribîne.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } tomar
       *[other] { $count } tomar
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = Ji aliyê { $name } ve hatiye nivîsandin

part-load-failed = Ev beşa sepanê hê nehatiye barkirin. Ji kerema xwe bi înternetê ve girê bide û dîsa biceribîne.
action-try-again = Dîsa biceribînin
