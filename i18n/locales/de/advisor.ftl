### Die Seite der Beratenden bei Link-Freigaben: einen geteilten Link öffnen (PIN, lesen, zwei Sprachen), einen
### Schritt oder Termin vorschlagen, Anmeldung und Arbeitsbereich. Beratende werden gesiezt.

## Einen geteilten Link öffnen
link-view-title = Geteilte Einträge
link-view-loading = Die geteilten Einträge werden geladen …
link-view-label = Ihr Name und Ihre Stelle (freiwillig)
link-view-label-hint = Die Person sieht, wer den Link geöffnet hat. Dieser Browser merkt sich die Angabe.
link-view-pin = PIN
link-view-pin-hint = Die Person sagt Ihnen die PIN. Sie steht nicht im Link.
link-view-pin-submit = Öffnen
link-view-pin-required = Dieser Link ist mit einer PIN geschützt.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] Falsche PIN. Noch { $count } Versuch.
       *[other] Falsche PIN. Noch { $count } Versuche.
    }
link-view-gone = Diese Freigabe ist nicht mehr verfügbar.
link-view-gone-hint = Vielleicht wurde sie widerrufen oder sie ist abgelaufen. Bitten Sie die Person um einen neuen Link.
link-view-offline = Keine Verbindung zum Server. Prüfen Sie die Verbindung und versuchen Sie es noch einmal.
link-view-retry = Noch einmal versuchen
link-view-busy = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.
link-view-error = Der Server hat nicht wie erwartet geantwortet. Bitte versuchen Sie es später noch einmal.
link-view-unsupported = Dieser Browser kann geteilte Links nicht öffnen.
link-view-unreadable = Die geteilten Einträge lassen sich nicht entschlüsseln. Vielleicht ist der Link unvollständig. Bitten Sie um einen neuen Link.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Gültig bis { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Zuletzt geändert: { $date }
link-view-reload = Neu laden
link-view-side-by-side = Eine zweite Sprache daneben zeigen
link-view-empty = In diesem Link ist nichts geteilt.
link-view-not-stored = Die Einträge werden auf diesem Gerät nicht gespeichert.
link-view-advisor-login = Als Beraterin oder Berater anmelden
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Geöffnet als { $who }.

## Einträge vorschlagen (nur wenn die Person es erlaubt)
propose-title = Einträge vorschlagen
propose-explain = Die Person entscheidet, ob sie Ihren Vorschlag übernimmt.
propose-step = Schritt vorschlagen
propose-step-goal = Für welches Ziel?
propose-step-done = Erledigt am (leer lassen, wenn noch offen)
propose-step-submit = Schritt vorschlagen
propose-appointment = Termin vorschlagen
propose-appointment-submit = Termin vorschlagen
propose-sending = Wird gesendet …
propose-sent = Gesendet. Die Person entscheidet, ob sie es übernimmt.
propose-need-name = Geben Sie oben Ihren Namen oder Ihre Stelle an, damit die Person weiß, von wem der Vorschlag kommt.
propose-need-step = Wählen Sie einen Schritt aus der Liste oder schreiben Sie einen.
propose-need-date = Wählen Sie einen Tag.
propose-error-not-writable = Bei diesem Link sind keine Vorschläge erlaubt.

## Anmeldung und Arbeitsbereich der Beratenden
advisor-title = Für Beratende
advisor-login-explain = Mit einem Konto für Beratende finden Sie alle Links, die Sie geöffnet haben, an einem Ort. Die Schlüssel bleiben in diesem Browser.
advisor-email = E-Mail
advisor-password = Passwort
advisor-login = Anmelden
advisor-logging-in = Anmeldung läuft …
advisor-bad-login = E-Mail oder Passwort ist falsch.
advisor-logout = Abmelden
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Angemeldet als { $who }.
advisor-session-expired = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich neu an.
advisor-workspace-title = Geöffnete Links
advisor-workspace-explain = Freigaben, die Sie geöffnet haben und die noch gültig sind.
advisor-workspace-none = Sie haben noch keine gültige Freigabe geöffnet.
advisor-workspace-refresh = Aktualisieren
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Geöffnet am { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Gültig bis { $date }
advisor-workspace-open = Öffnen
advisor-workspace-elsewhere = Auf einem anderen Gerät geöffnet: Der Schlüssel ist nicht in diesem Browser.
advisor-workspace-untitled = Geteilte Einträge
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Öffnen: { $label }
advisor-error-offline = Keine Verbindung zum Server. Bitte versuchen Sie es noch einmal.
advisor-error-busy = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.
advisor-error-server = Der Server hat nicht wie erwartet geantwortet. Bitte versuchen Sie es später noch einmal.
