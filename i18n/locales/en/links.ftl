### Link shares, the owner's side: sharing by link, the list of shared links with their access log, and
### proposals from advisors waiting in the inbox. Short sentences and common words.

## Share by link (on the share screen)
link-share-option = Share by link
link-share-option-explain = The person gets a link or QR code. The entries are stored encrypted on the server; the key is only in the link. You can revoke the link at any time.
link-share-pin = PIN (4 to 8 digits, optional)
link-share-pin-hint = Tell the PIN aloud. It is not in the link and not in the QR code.
link-share-expiry = Valid for how many days? (1 to 90)
link-share-live = Live: the person also sees later changes.
link-share-writable = The person may suggest entries. You accept or reject each one.
link-share-summary-live = The person also sees later changes to these entries.
link-share-summary-fixed = The person sees the entries as they are now.
link-share-summary-pin = Opening it needs the PIN.
link-share-summary-no-pin = Anyone with the link can open it.
link-share-summary-writable = They may suggest entries. Nothing changes without your yes.
link-share-summary-server = The entries are stored encrypted on the server. You see when the link was opened.
link-share-create = Create link
link-share-creating = Creating the link …
link-share-done-title = Your link
link-share-qr-label = Link as a QR code
link-share-url-label = Link
link-share-copy = Copy link
link-share-copied = Copied.
# Variables:
#   $pin (String) - the PIN the owner chose, to be told aloud.
link-share-pin-tell = Tell this PIN aloud: { $pin }
link-share-error-pin = The PIN has 4 to 8 digits, digits only.
link-share-error-expiry = Choose 1 to 90 days.
link-share-error-offline = No connection to the server. Nothing was shared. Please try again later.
link-share-error-server = The server did not accept the link. Nothing was shared.
link-share-error-busy = Too many attempts. Wait a moment and try again.
link-share-error-too-large = That is too much for one link. Choose fewer entries.
link-share-error-unsupported = This browser cannot create links.
link-share-error-gone = This link no longer exists on the server.
link-share-error-crypto = The entries could not be encrypted.

## The list of shared links (Settings → Shared links)
link-list-title = Shared links
link-list-explain = Every link you shared: what it shows, until when, and who opened it.
link-list-open = See shared links
link-list-none = You have not shared a link yet.
link-list-refresh = Refresh
link-list-state-active = Active
link-list-state-revoked = Revoked
link-list-state-expired = Expired
link-list-state-disabled = Blocked: a wrong PIN too often
link-list-state-unknown = State unknown (no connection)
# Variables:
#   $date (String) - the last day the link can be opened.
link-list-until = Valid until { $date }
link-list-pin-yes = With PIN
link-list-pin-no = Without PIN
link-list-live = Live
link-list-may-add = May suggest entries
link-list-access-title = Opened
link-list-access-none = Nobody has opened this link yet.
link-list-access-anonymous = no name given
link-list-revoke = Revoke
link-list-revoke-question = Revoke this link? Nobody can open it afterwards. This cannot be undone.
link-list-revoke-confirm = Yes, revoke
link-list-revoked = The link is revoked.
link-list-error-offline = No connection to the server. The link is not revoked yet. Please try again later.
link-list-error-server = The server did not answer as expected. The link is not revoked yet.
# Variables:
#   $what (String) - what the link shares, e.g. "2 goals with 5 steps".
link-list-row-label = Link: { $what }

## Proposals from advisors (on Home)
inbox-title = Suggestions
inbox-explain = People you shared a link with suggest entries. Nothing changes without your yes.
# Variables:
#   $who (String) - the name the advisor gave, e.g. "Jobcenter Rheine".
#   $what (String) - the proposed step or appointment.
inbox-proposes = { $who } proposes: { $what }
inbox-someone = Someone
# Variables:
#   $step (String) - the step's title.
#   $goal (String) - the goal it would be added to.
inbox-step = step “{ $step }” in the goal “{ $goal }”
# Variables:
#   $date (String) - the appointment's date (and time).
#   $place (String) - where it is (may be empty).
inbox-appointment = appointment on { $date }, { $place }
# Variables:
#   $date (String) - the appointment's date (and time).
inbox-appointment-no-place = appointment on { $date }
inbox-accept = Accept
inbox-reject = Reject
inbox-stale = This suggestion no longer fits: the goal no longer exists. You can reject it.
inbox-unreadable = This suggestion cannot be read. You can reject it.
inbox-accepted = Accepted and added to your booklet.
inbox-rejected = Rejected.

## The consent log (Settings)
consent-channel-offline-qr = Offline QR code
consent-channel-link = By link
consent-channel-link-revoked = Link revoked
