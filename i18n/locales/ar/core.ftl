### App-wide messages. Arabic.

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = طريقي في ألمانيا

language-switch-label = اللغة
    .aria-label = اختر لغة التطبيق

loading = جارٍ التحميل …
error-generic = حدث خطأ ما. جرّب مرة أخرى من فضلك.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [zero] لا توجد عناصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = أضافه { $name }

part-load-failed = لم يتم تحميل هذا الجزء من التطبيق بعد. يرجى الاتصال بالإنترنت والمحاولة مرة أخرى.
action-try-again = جرّب مرة أخرى
