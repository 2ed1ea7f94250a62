//! The app's routes. Real paths (not `#` fragments): the fragment is kept for share payloads, and the
//! server and the service worker answer every path with the app shell.

use yew_router::prelude::*;

/// Every screen.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// Next appointment, goals with progress, quick add.
    #[at("/")]
    Home,
    /// One goal with its steps.
    #[at("/goals/:id")]
    Goal {
        /// The goal's id.
        id: String,
    },
    /// Adding a goal from the catalogue or as free text.
    #[at("/add-goal")]
    AddGoal,
    /// Contacts.
    #[at("/contacts")]
    Contacts,
    /// Appointments, upcoming and past.
    #[at("/appointments")]
    Appointments,
    /// One appointment with the chosen entries in two languages side by side, for migrant and advisor.
    #[at("/appointments/:id/side-by-side")]
    SideBySide {
        /// The appointment's id.
        id: String,
    },
    /// The profile.
    #[at("/profile")]
    Profile,
    /// Sharing chosen entries by QR code, with consent.
    #[at("/share")]
    Share,
    /// The link shares made on this device: state, access log, revoke.
    #[at("/links")]
    Links,
    /// A link share being read (its `#BHL1:` fragment is kept in this tab, not in the address).
    #[at("/link")]
    Link,
    /// Advisors: log in, and the workspace of the shares they opened.
    #[at("/advisor")]
    Advisor,
    /// Scanning a QR code with the camera or from a photo.
    #[at("/scan")]
    Scan,
    /// The whole booklet laid out for printing.
    #[at("/print")]
    Print,
    /// Restoring the booklet from a backup with the recovery code.
    #[at("/restore")]
    Restore,
    /// Settings: storage, export/import, language, backup and sync.
    #[at("/settings")]
    Settings,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}
