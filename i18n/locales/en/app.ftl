### The app's screens. Short sentences and common words.

## Navigation
nav-label = Main menu
nav-home = Home
nav-appointments = Appointments
nav-contacts = Contacts
nav-profile = Profile
nav-settings = Settings
not-found-title = This page does not exist.

## Actions (one vocabulary in every language)
action-add = Add
action-add-goal = Add goal
action-add-step = Add step
action-add-contact = Add contact
action-add-appointment = Add appointment
action-save = Save
action-cancel = Cancel
action-edit = Edit
action-delete = Delete
action-back = Back
action-undo = Undo
action-dismiss = Close
action-update = Update now
action-export = Export
action-import = Import
action-import-confirm = Yes, replace
action-print = Print
action-delete-goal = Delete goal
# Variables:
#   $title (String) - the entry's title or name.
action-delete-named = Delete { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-edit-named = Edit { $title }
# Variables:
#   $title (String) - the entry's title or name.
action-move-up = Move { $title } up
# Variables:
#   $title (String) - the entry's title or name.
action-move-down = Move { $title } down

## Home
home-next-appointment = Next appointment
home-no-appointment = No appointment planned.
home-goals = My goals
home-no-goals = No goals yet. Start with one goal.
home-quick-add = Quick add

## Goals and steps
# Variables:
#   $done (Number) - steps done.
#   $total (Number) - all steps.
goal-progress =
    { $total ->
        [one] { $done } of { $total } step
       *[other] { $done } of { $total } steps
    }
# Variables:
#   $date (String) - the target date, formatted.
goal-target = Goal by { $date }
goal-status = Status
goal-target-date = Target date (if there is one)
goal-steps = Steps
goal-no-steps = No steps yet.
goal-not-found = This goal does not exist any more.
goal-deleted = Goal deleted.
goal-field = Area
goal-title = Goal
goal-free-title = My own goal
goal-with-typical-steps = Add the usual steps too
catalog-search = Search goals
step-from-catalog = Step from the list
step-typical = Usual steps for this goal
step-all = All steps
step-or-free = Or in your own words
step-date = Date
step-is-done = Already done
step-note = Note
step-deleted = Step deleted.
# Variables:
#   $date (String) - the day it was done, formatted.
step-done-on = done on { $date }
# Variables:
#   $date (String) - the planned day, formatted.
step-planned-for = planned for { $date }
# Variables:
#   $title (String) - the step's title.
step-mark-done = Done: { $title }

## Contacts
contacts-title = Contacts
contacts-empty = No contacts yet.
contact-organisation = Office or organisation
contact-role = Role
contact-role-free = Or the role in your own words
contact-person = Contact person
contact-phone = Phone
contact-email = E-mail
contact-address = Address
contact-opening-hours = Opening hours
contact-note = Note
contact-deleted = Contact deleted.
# Variables:
#   $name (String) - the organisation.
contact-call = Call { $name }
# Variables:
#   $name (String) - the organisation.
contact-write = Write an e-mail to { $name }

## Appointments
appointments-upcoming = Coming appointments
appointments-past = Past appointments
appointments-none-upcoming = No coming appointments.
appointment-date = Day
appointment-time = Time
appointment-place = Place
appointment-purpose = What is it about?
appointment-purpose-free = Or in your own words
appointment-with = With whom?
appointment-with-nobody = (nobody chosen)
appointment-bring = Bring
appointment-deleted = Appointment deleted.

## Profile
profile-title = My profile
profile-name = Name (a nickname is fine)
profile-languages = My languages
profile-language = Language
profile-level = How well?
profile-qualifications = School, training, studies
profile-qualification-kind = Kind
profile-qualification-title = Certificate or degree
profile-qualification-country = Country (two letters, e.g. SY)
profile-qualification-recognition = Recognition in Germany (Anerkennung)
profile-work = Work experience
profile-interests = Interests and wishes

## Settings
settings-title = Settings
storage-title = Storage on this device
storage-explain = Your booklet is stored only on this phone. Nobody else sees it.
storage-persisted-yes = The browser keeps the data permanently.
storage-persisted-no = The browser may delete the data when storage is full. Export regularly.
storage-persisted-unknown = Not asked yet whether the data may stay permanently.
storage-ask-persist = Keep permanently
export-title = Export
export-explain = Save your whole booklet as a file. Then you have a backup.
export-never = Never exported.
# Variables:
#   $date (String) - the day of the last export, formatted.
export-last = Last export: { $date }
export-error = The file could not be made.
import-title = Import
import-explain = Load a booklet from an export file. The file is checked first.
import-error-unreadable = This file cannot be read.
# Variables:
#   $current (Number) - entries in the booklet now.
#   $incoming (Number) - entries in the file.
import-confirm =
    The file replaces your booklet ({ $current ->
        [one] { $current } entry
       *[other] { $current } entries
    }) with { $incoming ->
        [one] { $incoming } entry
       *[other] { $incoming } entries
    }.
import-done = Import finished.
print-title = Print
update-available = A new version is ready.

## Storage errors
storage-error-open = This browser cannot store data. Do not open the booklet in private mode.
storage-error-read = The data could not be read. Reload the page.
storage-error-write = This was not saved. Please try again.
storage-error-quota = Storage is full. This was not saved. Make space on the phone.
storage-error-corrupt = Stored data is damaged. Import your last export.

## Side by side
action-side-by-side = Side by side
side-by-side-title = Two languages side by side
side-by-side-second-language = Second language
side-by-side-choose = Which goals are shown
side-by-side-bring = Bring: { $what }
storage-error-blocked = Begleitheft is still open in another tab. Close the other tabs and reload the page.

## Sharing by QR code
action-share = Share
share-title = Share with a QR code
share-choose = What may the person see? Choose.
share-all-goals = All goals
share-all-contacts = All contacts
share-all-appointments = All appointments
share-duration = How long?
share-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
share-recipient = For whom? (only for you, optional)
share-nothing = Choose at least one entry.
share-sees = The person who scans this will see:
share-not = Not:
share-not-profile = your profile
share-count-goals =
    { $goals ->
        [one] { $goals } goal
       *[other] { $goals } goals
    } with { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }
share-count-contacts =
    { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
share-count-appointments =
    { $count ->
        [one] { $count } appointment
       *[other] { $count } appointments
    }
share-not-goals =
    { $count ->
        [one] { $count } other goal
       *[other] { $count } other goals
    }
share-not-contacts =
    { $count ->
        [one] { $count } other contact
       *[other] { $count } other contacts
    }
share-not-appointments =
    { $count ->
        [one] { $count } other appointment
       *[other] { $count } other appointments
    }
share-until = Until { $date }.
action-show-qr = Show QR code
share-too-big = This is too much for one QR code. Please share less.
share-qr-label = QR code to scan
share-valid-until = Valid until { $date }
action-done = Done
consent-title = Shared so far
consent-none = Nothing shared yet.

## Viewing a shared booklet
viewer-title = Shared with you
viewer-shared-on = Shared on { $date }, valid until { $until }.
viewer-expired = This code has expired (valid until { $date }). Ask the person for a new code.
viewer-not-stored = Nothing of this is saved on your device.
action-close-share = Close

## Sharing: problems (ids from booklet::codec)
share-error-empty-selection = Choose at least one entry to share.
share-error-unknown-entry = An entry you chose is no longer there.
share-error-expiry-out-of-range = A code is valid for at most 90 days.
share-error-issue-out-of-range = The date on this phone seems to be wrong.
share-error-invalid-entry = An entry you chose cannot be shared like this.
share-error-selection-too-large = This is too much for one QR code. Please share less.
share-error-truncated = This code is incomplete. Scan it again.
share-error-damaged = This code is damaged or was changed. Ask for a new code.
share-error-unknown-version = This code comes from a newer version of Begleitheft. Update the app.
share-error-bad-alphabet = This code is damaged. Ask for a new code.
share-error-too-large = This code is too large for a booklet.
share-error-foreign-covid = This is a vaccination certificate, not a shared booklet.
share-error-foreign-shc = This is a health card (SMART Health Card), not a shared booklet.
share-error-foreign-url = This QR code leads to another website, not to a booklet.
share-error-foreign = This QR code is not a shared booklet.
share-error-expired = This code has expired. Ask for a new code.

## Scanning
action-scan = Scan
scan-title = Scan a QR code
scan-camera = Use camera
scan-photo = Read from a photo
scan-looking = Looking for a QR code … Hold the camera still.
scan-camera-denied = The camera is not allowed. Allow it in the browser settings, or read the code from a photo.
scan-camera-absent = No camera found. Read the code from a photo.
scan-photo-unreadable = This photo cannot be read.
scan-nothing-found = No QR code can be seen in the photo. Try a sharper photo.

sync-action-restore = Restore from a backup
sync-status-off = Backup and sync is off.
sync-status-synced = Everything is backed up.
# Variables:
#   $count (Number) - changes on this phone not yet on the server.
sync-status-pending =
    { $count ->
        [one] { $count } change waits to be synced.
       *[other] { $count } changes wait to be synced.
    }
sync-status-offline = Offline. Your changes are sent later.
sync-status-error = Sync has a problem.
# Variables:
#   $status (String) - the status sentence, e.g. "Everything is backed up."
sync-indicator-label = Sync: { $status }
restore-hint = Did you already back up a booklet on another phone?
