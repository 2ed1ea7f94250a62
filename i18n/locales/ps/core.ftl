### App-wide messages. Pashto.

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = زما لاره په آلمان کې

language-switch-label = ژبه
    .aria-label = د اپ ژبه وټاکئ

loading = پرانیستل کېږي …
error-generic = یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } توکی
       *[other] { $count } توکي
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = د { $name } له خوا ولیکل شو

part-load-failed = د اپ دا برخه لا نه ده ډاونلوډ شوې. مهرباني وکړئ انټرنیټ ته وصل شئ او بیا هڅه وکړئ.
action-try-again = بیا هڅه وکړئ
