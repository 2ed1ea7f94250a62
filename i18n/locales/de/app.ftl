### The app's screens. German is the reference. Short sentences and common words: many readers learn German.

## Navigation
nav-label = Hauptmenü
nav-home = Start
nav-appointments = Termine
nav-contacts = Kontakte
nav-profile = Profil
nav-settings = Einstellungen
not-found-title = Diese Seite gibt es nicht.

## Actions (one vocabulary in every language)
action-add = Hinzufügen
action-add-goal = Ziel hinzufügen
action-add-step = Schritt hinzufügen
action-add-contact = Kontakt hinzufügen
action-add-appointment = Termin hinzufügen
action-save = Speichern
action-cancel = Abbrechen
action-edit = Ändern
action-delete = Löschen
action-back = Zurück
action-undo = Rückgängig
action-dismiss = Schließen
action-update = Jetzt aktualisieren
action-export = Exportieren
action-import = Importieren
action-import-confirm = Ja, ersetzen
action-print = Drucken
action-delete-goal = Ziel löschen
# Variables:
#   $title (String) - the entry's title or name.
action-delete-named = { $title } löschen
# Variables:
#   $title (String) - the entry's title or name.
action-edit-named = { $title } ändern
# Variables:
#   $title (String) - the entry's title or name.
action-move-up = { $title } nach oben
# Variables:
#   $title (String) - the entry's title or name.
action-move-down = { $title } nach unten

## Home
home-next-appointment = Nächster Termin
home-no-appointment = Kein Termin geplant.
home-goals = Meine Ziele
home-no-goals = Noch keine Ziele. Fang mit einem Ziel an.
home-quick-add = Schnell hinzufügen

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } von { $total } Schritt
       *[other] { $done } von { $total } Schritten
    }
# Variables:
#   $date (String) - the target date, formatted.
goal-target = Ziel bis { $date }
goal-status = Stand
goal-target-date = Zieldatum (wenn es eins gibt)
goal-steps = Schritte
goal-no-steps = Noch keine Schritte.
goal-not-found = Dieses Ziel gibt es nicht mehr.
goal-deleted = Ziel gelöscht.
goal-field = Bereich
goal-title = Ziel
goal-free-title = Eigenes Ziel
goal-with-typical-steps = Die üblichen Schritte gleich mit eintragen
catalog-search = Ziel suchen
step-from-catalog = Schritt aus der Liste
step-typical = Übliche Schritte für dieses Ziel
step-all = Alle Schritte
step-or-free = Oder mit eigenen Worten
step-date = Datum
step-is-done = Schon erledigt
step-note = Notiz
step-deleted = Schritt gelöscht.
# Variables:
#   $date (String) - the day it was done, formatted.
step-done-on = erledigt am { $date }
# Variables:
#   $date (String) - the planned day, formatted.
step-planned-for = geplant für { $date }
# Variables:
#   $title (String) - the step's title.
step-mark-done = Erledigt: { $title }

## Contacts
contacts-title = Kontakte
contacts-empty = Noch keine Kontakte.
contact-organisation = Stelle oder Organisation
contact-role = Aufgabe
contact-role-free = Oder Aufgabe mit eigenen Worten
contact-person = Ansprechperson
contact-phone = Telefon
contact-email = E-Mail
contact-address = Adresse
contact-opening-hours = Öffnungszeiten
contact-note = Notiz
contact-deleted = Kontakt gelöscht.
# Variables:
#   $name (String) - the organisation.
contact-call = { $name } anrufen
# Variables:
#   $name (String) - the organisation.
contact-write = { $name } eine E-Mail schreiben

## Appointments
appointments-upcoming = Kommende Termine
appointments-past = Vergangene Termine
appointments-none-upcoming = Keine kommenden Termine.
appointment-date = Tag
appointment-time = Uhrzeit
appointment-place = Ort
appointment-purpose = Worum geht es?
appointment-purpose-free = Oder mit eigenen Worten
appointment-with = Mit wem?
appointment-with-nobody = (niemand ausgewählt)
appointment-bring = Mitbringen
appointment-deleted = Termin gelöscht.

## Profile
profile-title = Mein Profil
profile-name = Name (auch ein Spitzname)
profile-languages = Meine Sprachen
profile-language = Sprache
profile-level = Wie gut?
profile-qualifications = Schule, Ausbildung, Studium
profile-qualification-kind = Art
profile-qualification-title = Abschluss
profile-qualification-country = Land (zwei Buchstaben, z. B. SY)
profile-qualification-recognition = Anerkennung in Deutschland
profile-work = Arbeitserfahrung
profile-interests = Interessen und Wünsche

## Settings
settings-title = Einstellungen
storage-title = Speicher auf diesem Gerät
storage-explain = Dein Begleitheft ist nur auf diesem Telefon gespeichert. Niemand sonst sieht es.
storage-persisted-yes = Der Browser hebt die Daten dauerhaft auf.
storage-persisted-no = Der Browser kann die Daten löschen, wenn der Speicher voll ist. Mach regelmäßig einen Export.
storage-persisted-unknown = Noch nicht gefragt, ob die Daten dauerhaft bleiben dürfen.
storage-ask-persist = Dauerhaft speichern
export-title = Export
export-explain = Speichere dein ganzes Begleitheft als Datei. So hast du eine Sicherung.
export-never = Noch nie exportiert.
# Variables:
#   $date (String) - the day of the last export, formatted.
export-last = Letzter Export: { $date }
export-error = Die Datei konnte nicht erstellt werden.
import-title = Import
import-explain = Lade ein Begleitheft aus einer Export-Datei. Die Datei wird zuerst geprüft.
import-error-unreadable = Diese Datei kann nicht gelesen werden.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    Die Datei ersetzt dein Begleitheft ({ $current ->
        [one] { $current } Eintrag
       *[other] { $current } Einträge
    }) durch { $incoming ->
        [one] { $incoming } Eintrag
       *[other] { $incoming } Einträge
    }.
import-done = Import fertig.
print-title = Drucken
update-available = Eine neue Version ist da.

## Storage errors
storage-error-open = Speichern ist in diesem Browser nicht möglich. Öffne das Begleitheft nicht im privaten Modus.
storage-error-read = Die Daten konnten nicht gelesen werden. Lade die Seite neu.
storage-error-write = Das wurde nicht gespeichert. Versuche es noch einmal.
storage-error-quota = Der Speicher ist voll. Das wurde nicht gespeichert. Mach Platz auf dem Telefon.
storage-error-corrupt = Gespeicherte Daten sind beschädigt. Importiere deinen letzten Export.

## Side by side
action-side-by-side = Nebeneinander
side-by-side-title = Zwei Sprachen nebeneinander
side-by-side-second-language = Zweite Sprache
side-by-side-choose = Welche Ziele gezeigt werden
side-by-side-bring = Mitbringen: { $what }
storage-error-blocked = Das Begleitheft ist noch in einem anderen Tab offen. Schließe die anderen Tabs und lade die Seite neu.

## Sharing by QR code
action-share = Teilen
share-title = Mit einem QR-Code teilen
share-choose = Was darf die Person sehen? Wähle aus.
share-all-goals = Alle Ziele
share-all-contacts = Alle Kontakte
share-all-appointments = Alle Termine
share-duration = Wie lange?
# Variables:
#   $days (Number) - how many days the share can be read.
share-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
share-recipient = Für wen? (nur für dich, freiwillig)
share-nothing = Wähle mindestens einen Eintrag.
share-sees = Die Person, die den Code scannt, sieht:
share-not = Nicht:
share-not-profile = dein Profil
# Variables:
#   $goals (Number) - shared goals.
#   $steps (Number) - their steps.
share-count-goals =
    { $goals ->
        [one] { $goals } Ziel
       *[other] { $goals } Ziele
    } mit { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritten
    }
# Variables:
#   $count (Number) - shared contacts.
share-count-contacts =
    { $count ->
        [one] { $count } Kontakt
       *[other] { $count } Kontakte
    }
# Variables:
#   $count (Number) - shared appointments.
share-count-appointments =
    { $count ->
        [one] { $count } Termin
       *[other] { $count } Termine
    }
# Variables:
#   $count (Number) - goals not shared.
share-not-goals =
    { $count ->
        [one] { $count } anderes Ziel
       *[other] { $count } andere Ziele
    }
# Variables:
#   $count (Number) - contacts not shared.
share-not-contacts =
    { $count ->
        [one] { $count } anderer Kontakt
       *[other] { $count } andere Kontakte
    }
# Variables:
#   $count (Number) - appointments not shared.
share-not-appointments =
    { $count ->
        [one] { $count } anderer Termin
       *[other] { $count } andere Termine
    }
# Variables:
#   $date (String) - the last day, formatted.
share-until = Bis { $date }.
action-show-qr = QR-Code zeigen
share-too-big = Das ist zu viel für einen QR-Code. Bitte teile weniger.
share-qr-label = QR-Code zum Scannen
# Variables:
#   $date (String) - the last day, formatted.
share-valid-until = Gültig bis { $date }
action-done = Fertig
consent-title = Bisher geteilt
consent-none = Noch nichts geteilt.

## Viewing a shared booklet
viewer-title = Mit dir geteilt
# Variables:
#   $date (String) - the day it was shared, formatted.
#   $until (String) - the last day, formatted.
viewer-shared-on = Geteilt am { $date }, gültig bis { $until }.
# Variables:
#   $date (String) - the last day it was valid, formatted.
viewer-expired = Dieser Code ist abgelaufen (gültig bis { $date }). Bitte die Person um einen neuen Code.
viewer-not-stored = Nichts davon wird auf deinem Gerät gespeichert.
action-close-share = Schließen

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Wähle mindestens einen Eintrag zum Teilen.
share-error-unknown-entry = Ein gewählter Eintrag ist nicht mehr da.
share-error-expiry-out-of-range = Ein Code gilt höchstens 90 Tage.
share-error-issue-out-of-range = Das Datum auf diesem Telefon scheint falsch zu sein.
share-error-invalid-entry = Ein gewählter Eintrag kann so nicht geteilt werden.
share-error-selection-too-large = Das ist zu viel für einen QR-Code. Bitte teile weniger.
share-error-truncated = Dieser Code ist unvollständig. Scanne ihn noch einmal.
share-error-damaged = Dieser Code ist beschädigt oder wurde verändert. Bitte um einen neuen Code.
share-error-unknown-version = Dieser Code kommt von einer neueren Version des Begleithefts. Aktualisiere die App.
share-error-bad-alphabet = Dieser Code ist beschädigt. Bitte um einen neuen Code.
share-error-too-large = Dieser Code ist zu groß für ein Begleitheft.
share-error-foreign-covid = Das ist ein Impfzertifikat, kein geteiltes Begleitheft.
share-error-foreign-shc = Das ist eine Gesundheitskarte (SMART Health Card), kein geteiltes Begleitheft.
share-error-foreign-url = Dieser QR-Code führt zu einer anderen Webseite, nicht zu einem Begleitheft.
share-error-foreign = Dieser QR-Code ist kein geteiltes Begleitheft.
share-error-expired = Dieser Code ist abgelaufen. Bitte um einen neuen Code.

## Scanning
action-scan = Scannen
scan-title = QR-Code scannen
scan-camera = Kamera benutzen
scan-photo = Aus einem Foto lesen
scan-looking = Suche einen QR-Code … Halte die Kamera ruhig.
scan-camera-denied = Die Kamera ist nicht erlaubt. Erlaube sie in den Einstellungen des Browsers, oder lies den Code aus einem Foto.
scan-camera-absent = Keine Kamera gefunden. Lies den Code aus einem Foto.
scan-photo-unreadable = Dieses Foto kann nicht gelesen werden.
scan-nothing-found = Auf dem Foto ist kein QR-Code zu erkennen. Versuche es mit einem schärferen Foto.

## Backup and sync in the header and on Home (shown before the rest of sync's messages arrive)
sync-action-restore = Aus einer Sicherung wiederherstellen
sync-status-off = Sichern und abgleichen ist aus.
sync-status-synced = Alles gesichert.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } Änderung wartet auf den Abgleich.
       *[other] { $count } Änderungen warten auf den Abgleich.
    }
sync-status-offline = Offline. Deine Änderungen werden später gesendet.
sync-status-error = Abgleich gestört.
# Variables:
#   $status (String) - the status sentence, e.g. "Alles gesichert."
sync-indicator-label = Abgleich: { $status }
restore-hint = Hast du schon ein Begleitheft auf einem anderen Telefon gesichert?
