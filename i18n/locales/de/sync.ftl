### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Short sentences and common words. "Wiederherstellungscode" is the one name for the recovery code.

## Settings section
sync-title = Sichern und abgleichen
sync-explain = Eine verschlüsselte Kopie deines Begleithefts auf dem Server. So geht nichts verloren, und du kannst es auf mehreren Telefonen benutzen.
sync-action-turn-on = Sichern und abgleichen einschalten
sync-action-turn-off = Ausschalten
sync-action-now = Jetzt abgleichen

## Before turning it on
sync-intro-title = Bevor du es einschaltest
sync-intro-encrypted = Nur verschlüsselte Daten verlassen dieses Telefon. Der Server kann sie nicht lesen.
sync-intro-code = Ohne den Wiederherstellungscode kann niemand die Sicherung wiederherstellen – auch wir nicht.
sync-intro-write-down = Du bekommst gleich einen Wiederherstellungscode. Schreib ihn auf und bewahre ihn gut auf.
sync-action-start = Einverstanden, einschalten
sync-setting-up = Die Sicherung wird eingerichtet …

## The recovery code, shown once
sync-code-title = Dein Wiederherstellungscode
sync-code-explain = Schreib diesen Code auf und bewahre ihn sicher auf. Mit ihm holst du dein Begleitheft auf ein neues Telefon. Er wird nur jetzt angezeigt.
sync-code-label = Wiederherstellungscode
sync-code-qr-label = Wiederherstellungscode als QR-Code
sync-action-copy = Code kopieren
sync-code-copied = Kopiert.
sync-action-written-down = Ich habe ihn aufgeschrieben

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Soll auch die Sicherung auf dem Server gelöscht werden? Dein Begleitheft bleibt auf diesem Telefon.
sync-action-off-keep = Ausschalten, Sicherung behalten
sync-action-off-delete = Ausschalten und Sicherung löschen
sync-off-deleted = Die Sicherung auf dem Server ist gelöscht.
sync-off-kept = Ausgeschaltet. Die Sicherung auf dem Server bleibt.

## Restoring on another phone
restore-title = Aus einer Sicherung wiederherstellen
restore-explain = Gib deinen Wiederherstellungscode ein oder scanne seinen QR-Code. Was schon auf diesem Telefon ist, bleibt erhalten.
restore-code-label = Wiederherstellungscode
restore-scan-camera = QR-Code mit der Kamera scannen
restore-scan-photo = QR-Code aus einem Foto lesen
restore-action = Wiederherstellen
restore-working = Wird wiederhergestellt …
restore-done = Wiederhergestellt. Sichern und abgleichen ist eingeschaltet.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = Der Code hat { $found } statt { $expected } Zeichen. Bitte prüfe ihn.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Das Zeichen „{ $character }“ kommt in Wiederherstellungscodes nicht vor. Bitte prüfe den Code.
error-sync-code-typo = Der Code hat einen Tippfehler. Bitte prüfe ihn.
error-sync-code-foreign = Dieser QR-Code ist kein Wiederherstellungscode.
error-sync-open-failed = Daten vom Server konnten nicht geöffnet werden.
error-sync-wire-truncated = Die Antwort des Servers ist unvollständig. Es wird später noch einmal versucht.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = Die Daten kommen von einer neueren Version des Begleithefts (Format { $version }). Aktualisiere die App.
error-sync-wire-malformed = Die Antwort des Servers ist beschädigt.
error-sync-wire-too-large = Die Daten sind zu groß für den Server.
error-sync-damaged = Daten der Sicherung sind beschädigt.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = Die Sicherung kommt von einer neueren Version des Begleithefts. Aktualisiere die App.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    Die Uhr eines anderen Geräts geht { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } vor. Prüfe Datum und Uhrzeit.
sync-error-no-backup = Für diesen Code wurde keine Sicherung gefunden.
sync-error-network = Der Server ist nicht erreichbar. Versuche es später noch einmal.
sync-error-server = Der Server hat ein Problem. Es wird später noch einmal versucht.
sync-error-busy = Gerade zu viele Anfragen. Es wird gleich noch einmal versucht.
sync-error-damaged = Daten vom Server konnten nicht gelesen werden.
sync-error-too-large = Die Änderungen sind zu groß für den Server.
sync-error-unsupported = Dieser Browser kann nicht verschlüsseln.
