### ሓፈሻዊ መልእኽትታት ናይቲ ኣፕ። መወከሲ: ናይ ጀርመንኛ ፋይል።

app-title = Begleitheft
app-subtitle = መገደይ ኣብ ጀርመን

language-switch-label = ቋንቋ
    .aria-label = ቋንቋ ናይዚ ኣፕ ምረጹ

loading = ይጽዓን ኣሎ …
error-generic = ገለ ጌጋ ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።

entry-count =
    { $count ->
        [one] { $count } ምዝገባ
       *[other] { $count } ምዝገባታት
    }

entry-added-by = ዝመዝገቦ: { $name }

part-load-failed = እዚ ክፋል ናይቲ ኣፕ ገና ኣይተጻዕነን። በጃኹም ምስ ኢንተርነት ተራኸቡ እሞ እንደገና ፈትኑ።
action-try-again = ደጊምኩም ፈትኑ
