### Backup and sync: an encrypted copy on the server, the recovery code, restoring on another phone.
### Short sentences and common words. "Recovery code" is the one name for the code.

## Settings section
sync-title = Back up and sync
sync-explain = An encrypted copy of your booklet on the server. Nothing gets lost, and you can use it on more than one phone.
sync-action-turn-on = Turn on backup and sync
sync-action-turn-off = Turn off
sync-action-now = Sync now

## Before turning it on
sync-intro-title = Before you turn it on
sync-intro-encrypted = Only encrypted data leaves this phone. The server cannot read it.
sync-intro-code = Without the recovery code nobody — not even we — can restore it.
sync-intro-write-down = Next you get a recovery code. Write it down and keep it safe.
sync-action-start = Agree and turn on
sync-setting-up = Setting up the backup …

## The recovery code, shown once
sync-code-title = Your recovery code
sync-code-explain = Write this code down and keep it in a safe place. With it you bring your booklet to a new phone. It is shown only now.
sync-code-label = Recovery code
sync-code-qr-label = Recovery code as a QR code
sync-action-copy = Copy code
sync-code-copied = Copied.
sync-action-written-down = I have written it down

## Status (Settings and the small sign in the header)

## Turning it off
sync-off-question = Delete the backup on the server too? Your booklet stays on this phone.
sync-action-off-keep = Turn off, keep the backup
sync-action-off-delete = Turn off and delete the backup
sync-off-deleted = The backup on the server is deleted.
sync-off-kept = Turned off. The backup on the server stays.

## Restoring on another phone
restore-title = Restore from a backup
restore-explain = Type your recovery code or scan its QR code. What is already on this phone stays.
restore-code-label = Recovery code
restore-scan-camera = Scan the QR code with the camera
restore-scan-photo = Read the QR code from a photo
restore-action = Restore
restore-working = Restoring …
restore-done = Restored. Backup and sync is on.

## Problems
# Variables:
#   $found (Number) - characters typed (without spaces and dashes).
#   $expected (Number) - characters a code has (28).
error-sync-code-length = The code has { $found } characters instead of { $expected }. Please check it.
# Variables:
#   $character (String) - the character that never occurs in a code.
error-sync-code-character = Recovery codes never have the character “{ $character }”. Please check the code.
error-sync-code-typo = The code has a typo. Please check it.
error-sync-code-foreign = This QR code is not a recovery code.
error-sync-open-failed = Data from the server could not be opened.
error-sync-wire-truncated = The server's answer is incomplete. Sync tries again later.
# Variables:
#   $version (Number) - the unknown format version.
error-sync-wire-version = The data comes from a newer version of Begleitheft (format { $version }). Please update the app.
error-sync-wire-malformed = The server's answer is damaged.
error-sync-wire-too-large = The data is too large for the server.
error-sync-damaged = Data of the backup is damaged.
# Variables:
#   $found (Number) - the format version found.
#   $supported (Number) - the newest version this app reads.
error-sync-newer-version = The backup comes from a newer version of Begleitheft. Please update the app.
# Variables:
#   $hours (Number) - how many hours another device's clock is ahead.
error-sync-clock-ahead =
    The clock of another device is { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } ahead. Please check date and time.
sync-error-no-backup = No backup found for this code.
sync-error-network = The server cannot be reached. Please try again later.
sync-error-server = The server has a problem. Sync tries again later.
sync-error-busy = Too many requests right now. Sync tries again soon.
sync-error-damaged = Data from the server could not be read.
sync-error-too-large = The changes are too large for the server.
sync-error-unsupported = This browser cannot encrypt.
