### Fariimaha guud ee app-ka. Tixraac: faylka Jarmalka.

app-title = Begleitheft
app-subtitle = Waddadayda Jarmalka

language-switch-label = Luqad
    .aria-label = Dooro luqadda app-ka

loading = Waa la soo rarayaa …
error-generic = Wax baa khaldamay. Fadlan mar kale isku day.

entry-count =
    { $count ->
        [one] { $count } qoraal
       *[other] { $count } qoraal
    }

entry-added-by = Waxaa qoray { $name }

part-load-failed = Qaybtan barnaamijka weli lama soo dejin. Fadlan ku xidh internetka oo mar kale isku day.
action-try-again = Mar kale isku day
