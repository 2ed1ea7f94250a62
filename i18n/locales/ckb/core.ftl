### App-wide messages. Central Kurdish (Sorani).

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = ڕێگای من لە ئەڵمانیا

language-switch-label = زمان
    .aria-label = زمانی ئەپەکە هەڵبژێرە

loading = بار دەکرێت …
error-generic = هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } بابەت
       *[other] { $count } بابەت
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = { $name } تۆماری کردووە

part-load-failed = ئەم بەشەی ئەپەکە هێشتا بار نەکراوە. تکایە پەیوەندی بە ئینتەرنێتەوە بکە و دووبارە هەوڵ بدەوە.
action-try-again = دووبارە هەوڵ بدەنەوە
