### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Short sentences and common words, "du".

## Share by link (on the share screen)
link-share-option = Per Link teilen
link-share-option-explain = Die Person bekommt einen Link oder QR-Code. Die Einträge liegen verschlüsselt auf dem Server, der Schlüssel steht nur im Link. Du kannst den Link jederzeit widerrufen.
link-share-pin = PIN (4 bis 8 Ziffern, freiwillig)
link-share-pin-hint = Sag die PIN laut. Sie steht nicht im Link und nicht im QR-Code.
link-share-expiry = Wie viele Tage gültig? (1 bis 90)
link-share-live = Live: Die Person sieht auch spätere Änderungen.
link-share-writable = Die Person darf Einträge vorschlagen. Du nimmst jeden an oder lehnst ihn ab.
link-share-summary-live = Spätere Änderungen an diesen Einträgen sieht die Person auch.
link-share-summary-fixed = Die Person sieht die Einträge so, wie sie jetzt sind.
link-share-summary-pin = Zum Öffnen braucht sie die PIN.
link-share-summary-no-pin = Wer den Link hat, kann ihn öffnen.
link-share-summary-writable = Sie darf Einträge vorschlagen. Nichts ändert sich ohne dein Ja.
link-share-summary-server = Die Einträge liegen verschlüsselt auf dem Server. Du siehst, wann der Link geöffnet wurde.
link-share-create = Link erstellen
link-share-creating = Der Link wird erstellt …
link-share-done-title = Dein Link
link-share-qr-label = Link als QR-Code
link-share-url-label = Link
link-share-copy = Link kopieren
link-share-copied = Kopiert.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Sag diese PIN laut: { $pin }
link-share-error-pin = Die PIN hat 4 bis 8 Ziffern, nur Ziffern.
link-share-error-expiry = Wähle 1 bis 90 Tage.
link-share-error-offline = Keine Verbindung zum Server. Es wurde nichts geteilt. Versuch es später noch einmal.
link-share-error-server = Der Server hat den Link nicht angenommen. Es wurde nichts geteilt.
link-share-error-busy = Zu viele Versuche. Warte kurz und versuch es dann noch einmal.
link-share-error-too-large = Das ist zu viel für einen Link. Wähle weniger Einträge.
link-share-error-unsupported = Dieser Browser kann keine Links erstellen.
link-share-error-gone = Diesen Link gibt es auf dem Server nicht mehr.
link-share-error-crypto = Die Einträge konnten nicht verschlüsselt werden.

## The list of shared links (Settings → Shared links)
link-list-title = Geteilte Links
link-list-explain = Hier siehst du jeden Link, den du geteilt hast: was er zeigt, bis wann, und wer ihn geöffnet hat.
link-list-open = Geteilte Links ansehen
link-list-none = Du hast noch keinen Link geteilt.
link-list-refresh = Aktualisieren
link-list-state-active = Aktiv
link-list-state-revoked = Widerrufen
link-list-state-expired = Abgelaufen
link-list-state-disabled = Gesperrt: zu oft eine falsche PIN
link-list-state-unknown = Stand unbekannt (keine Verbindung)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Gültig bis { $date }
link-list-pin-yes = Mit PIN
link-list-pin-no = Ohne PIN
link-list-live = Live
link-list-may-add = Darf Einträge vorschlagen
link-list-access-title = Geöffnet
link-list-access-none = Noch niemand hat diesen Link geöffnet.
link-list-access-anonymous = ohne Namen
link-list-revoke = Widerrufen
link-list-revoke-question = Diesen Link widerrufen? Danach kann ihn niemand mehr öffnen. Das lässt sich nicht rückgängig machen.
link-list-revoke-confirm = Ja, widerrufen
link-list-revoked = Der Link ist widerrufen.
link-list-error-offline = Keine Verbindung zum Server. Der Link ist noch nicht widerrufen. Versuch es später noch einmal.
link-list-error-server = Der Server hat nicht wie erwartet geantwortet. Der Link ist noch nicht widerrufen.
# Variables:
#   $what (String) - what the link shares, e.g. "2 Ziele mit 5 Schritten".
link-list-row-label = Link: { $what }

## Proposals from advisors (on Home)
inbox-title = Vorschläge
inbox-explain = Personen, mit denen du einen Link geteilt hast, schlagen Einträge vor. Nichts ändert sich ohne dein Ja.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } schlägt vor: { $what }
inbox-someone = Jemand
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = Schritt „{ $step }“ im Ziel „{ $goal }“
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = Termin am { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = Termin am { $date }
inbox-accept = Annehmen
inbox-reject = Ablehnen
inbox-stale = Dieser Vorschlag passt nicht mehr: Das Ziel gibt es nicht mehr. Du kannst ihn ablehnen.
inbox-unreadable = Dieser Vorschlag lässt sich nicht lesen. Du kannst ihn ablehnen.
inbox-accepted = Angenommen und in dein Begleitheft eingetragen.
inbox-rejected = Abgelehnt.

## The consent log (Settings)
consent-channel-offline-qr = Offline-QR-Code
consent-channel-link = Per Link
consent-channel-link-revoked = Link widerrufen
