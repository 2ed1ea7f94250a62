### The advisor's side of link shares: opening a shared link (PIN, reading, two languages), proposing a step
### or an appointment, and the advisor's login and workspace.

## Opening a shared link
link-view-title = Shared entries
link-view-loading = Loading the shared entries …
link-view-label = Your name and office (optional)
link-view-label-hint = The person sees who opened the link. This browser remembers it.
link-view-pin = PIN
link-view-pin-hint = The person tells you the PIN. It is not in the link.
link-view-pin-submit = Open
link-view-pin-required = This link is protected by a PIN.
# Variables:
#   $count (Number) - how many more wrong PINs the share allows before it is blocked.
link-view-wrong-pin =
    { $count ->
        [one] Wrong PIN. { $count } try left.
       *[other] Wrong PIN. { $count } tries left.
    }
link-view-gone = This share is no longer available.
link-view-gone-hint = It may have been revoked or expired. Ask the person for a new link.
link-view-offline = No connection to the server. Check the connection and try again.
link-view-retry = Try again
link-view-busy = Too many attempts. Please wait a moment and try again.
link-view-error = The server did not answer as expected. Please try again later.
link-view-unsupported = This browser cannot open shared links.
link-view-unreadable = The shared entries cannot be decrypted. The link may be incomplete. Ask for a new link.
# Variables:
#   $date (String) - the last day the share can be opened.
link-view-valid-until = Valid until { $date }.
# Variables:
#   $date (String) - when the owner last changed the shared entries.
link-view-updated = Last changed: { $date }
link-view-reload = Reload
link-view-side-by-side = Show a second language side by side
link-view-empty = Nothing is shared in this link.
link-view-not-stored = The entries are not saved on this device.
link-view-advisor-login = Log in as an advisor
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
link-view-signed-in = Opened as { $who }.

## Proposing entries (only when the owner allows it)
propose-title = Propose entries
propose-explain = The person decides whether to add what you propose.
propose-step = Propose a step
propose-step-goal = For which goal?
propose-step-done = Done on (leave empty if still open)
propose-step-submit = Propose step
propose-appointment = Propose an appointment
propose-appointment-submit = Propose appointment
propose-sending = Sending …
propose-sent = Sent. The owner decides whether to add it.
propose-need-name = Enter your name or office above, so the person knows who proposes it.
propose-need-step = Choose a step from the list or write one.
propose-need-date = Choose a day.
propose-error-not-writable = This link does not allow proposals.

## The advisor's login and workspace
advisor-title = For advisors
advisor-login-explain = With an advisor account you find every link you opened in one place. The keys stay in this browser.
advisor-email = E-mail
advisor-password = Password
advisor-login = Log in
advisor-logging-in = Logging in …
advisor-bad-login = The e-mail or the password is wrong.
advisor-logout = Log out
# Variables:
#   $who (String) - the logged-in advisor: name (organisation).
advisor-signed-in = Logged in as { $who }.
advisor-session-expired = Your login has expired. Please log in again.
advisor-workspace-title = Links you opened
advisor-workspace-explain = Shares you opened that are still valid.
advisor-workspace-none = You have not opened a valid share yet.
advisor-workspace-refresh = Refresh
# Variables:
#   $date (String) - when the advisor opened it.
advisor-workspace-opened = Opened on { $date }
# Variables:
#   $date (String) - the last day it can be opened.
advisor-workspace-until = Valid until { $date }
advisor-workspace-open = Open
advisor-workspace-elsewhere = Opened on another device: the key is not in this browser.
advisor-workspace-untitled = Shared entries
# Variables:
#   $label (String) - what the share holds, e.g. its first goal.
advisor-workspace-open-named = Open: { $label }
advisor-error-offline = No connection to the server. Please try again.
advisor-error-busy = Too many attempts. Please wait a moment and try again.
advisor-error-server = The server did not answer as expected. Please try again later.
