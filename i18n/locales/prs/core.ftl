### App-wide messages: product name, language switch, states every screen can show.

# The product name; it stays "Begleitheft" in every language.
app-title = Begleitheft
app-subtitle = راه من در آلمان

language-switch-label = زبان
    .aria-label = زبان برنامه را انتخاب کنید

loading = لطفاً صبر کنید …
error-generic = یک مشکل پیش آمد. لطفاً دوباره کوشش کنید.

# Variables:
#   $count (Number) - how many entries.
entry-count =
    { $count ->
        [one] { $count } مورد
       *[other] { $count } مورد
    }

# Variables:
#   $name (String) - name of the person or organisation, as they wrote it.
entry-added-by = ثبت از طرف { $name }

part-load-failed = این بخش برنامه هنوز بارگیری نشده است. لطفاً به انترنت وصل شوید و دوباره کوشش کنید.
action-try-again = دوباره کوشش کنید
