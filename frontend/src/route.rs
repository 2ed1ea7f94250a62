//! The app's routes. Real paths (not `#` fragments): the fragment is kept for share payloads, and the
//! server and the service worker answer every path with the app shell. `crate::router` follows the address
//! and renders by these routes.

/// Every screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    /// Next appointment, goals with progress, quick add. `/`
    Home,
    /// One goal with its steps. `/goals/{id}`
    Goal {
        /// The goal's id.
        id: String,
    },
    /// Adding a goal from the catalogue or as free text. `/add-goal`
    AddGoal,
    /// Contacts. `/contacts`
    Contacts,
    /// Appointments, upcoming and past. `/appointments`
    Appointments,
    /// One appointment with the chosen entries in two languages side by side, for migrant and advisor.
    /// `/appointments/{id}/side-by-side`
    SideBySide {
        /// The appointment's id.
        id: String,
    },
    /// The profile. `/profile`
    Profile,
    /// Sharing chosen entries by QR code, with consent. `/share`
    Share,
    /// The link shares made on this device: state, access log, revoke. `/links`
    Links,
    /// A link share being read (its `#BHL1:` fragment is kept in this tab, not in the address). `/link`
    Link,
    /// Advisors: log in, and the workspace of the shares they opened. `/advisor`
    Advisor,
    /// Scanning a QR code with the camera or from a photo. `/scan`
    Scan,
    /// The whole booklet laid out for printing. `/print`
    Print,
    /// Restoring the booklet from a backup with the recovery code. `/restore`
    Restore,
    /// Settings: storage, export/import, language, backup and sync. `/settings`
    Settings,
    /// Anything else. `/404`, and what every unknown path is read as.
    NotFound,
}

impl Route {
    /// The route of an address's path (`location.pathname`, without query or fragment).
    ///
    /// One trailing slash is ignored (`/contacts/` is Contacts), as the router this replaced did; an id is one
    /// non-empty path segment taken as it stands: ids (`booklet::Id`) are ASCII letters and digits, which
    /// never need percent-encoding. Anything else is `NotFound`, so an old or mistyped link shows the
    /// not-found page, not an error.
    pub fn recognize(path: &str) -> Route {
        let path = path.strip_suffix('/').unwrap_or(path);
        let mut segments = path.strip_prefix('/').unwrap_or(path).split('/');
        match (segments.next(), segments.next(), segments.next(), segments.next()) {
            (Some(""), None, None, None) => Route::Home,
            (Some("goals"), Some(id), None, None) if !id.is_empty() => Route::Goal { id: id.to_owned() },
            (Some("add-goal"), None, None, None) => Route::AddGoal,
            (Some("contacts"), None, None, None) => Route::Contacts,
            (Some("appointments"), None, None, None) => Route::Appointments,
            (Some("appointments"), Some(id), Some("side-by-side"), None) if !id.is_empty() => {
                Route::SideBySide { id: id.to_owned() }
            }
            (Some("profile"), None, None, None) => Route::Profile,
            (Some("share"), None, None, None) => Route::Share,
            (Some("links"), None, None, None) => Route::Links,
            (Some("link"), None, None, None) => Route::Link,
            (Some("advisor"), None, None, None) => Route::Advisor,
            (Some("scan"), None, None, None) => Route::Scan,
            (Some("print"), None, None, None) => Route::Print,
            (Some("restore"), None, None, None) => Route::Restore,
            (Some("settings"), None, None, None) => Route::Settings,
            _ => Route::NotFound,
        }
    }

    /// The path of this route, for `href` and the History API; `recognize` reads it back as this route.
    pub fn to_path(&self) -> String {
        let fixed = match self {
            Route::Home => "/",
            Route::Goal { id } => return format!("/goals/{id}"),
            Route::AddGoal => "/add-goal",
            Route::Contacts => "/contacts",
            Route::Appointments => "/appointments",
            Route::SideBySide { id } => return format!("/appointments/{id}/side-by-side"),
            Route::Profile => "/profile",
            Route::Share => "/share",
            Route::Links => "/links",
            Route::Link => "/link",
            Route::Advisor => "/advisor",
            Route::Scan => "/scan",
            Route::Print => "/print",
            Route::Restore => "/restore",
            Route::Settings => "/settings",
            Route::NotFound => "/404",
        };
        fixed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    /// An id as `booklet::Id` writes it.
    const ID: &str = "01J9ZQ3V5K8M2N4P6R7S0T1W2X";

    fn every_route() -> Vec<(Route, &'static str)> {
        vec![
            (Route::Home, "/"),
            (Route::Goal { id: ID.into() }, "/goals/01J9ZQ3V5K8M2N4P6R7S0T1W2X"),
            (Route::AddGoal, "/add-goal"),
            (Route::Contacts, "/contacts"),
            (Route::Appointments, "/appointments"),
            (
                Route::SideBySide { id: ID.into() },
                "/appointments/01J9ZQ3V5K8M2N4P6R7S0T1W2X/side-by-side",
            ),
            (Route::Profile, "/profile"),
            (Route::Share, "/share"),
            (Route::Links, "/links"),
            (Route::Link, "/link"),
            (Route::Advisor, "/advisor"),
            (Route::Scan, "/scan"),
            (Route::Print, "/print"),
            (Route::Restore, "/restore"),
            (Route::Settings, "/settings"),
            (Route::NotFound, "/404"),
        ]
    }

    #[test]
    fn every_route_has_its_path_and_reads_back() {
        for (route, path) in every_route() {
            assert_eq!(route.to_path(), path, "{route:?}");
            assert_eq!(Route::recognize(path), route, "{path}");
        }
    }

    #[test]
    fn a_real_id_reads_back() {
        let id = booklet::Id::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef).to_string();
        let goal = Route::Goal { id: id.clone() };
        assert_eq!(Route::recognize(&goal.to_path()), goal);
        let side = Route::SideBySide { id };
        assert_eq!(Route::recognize(&side.to_path()), side);
    }

    #[test]
    fn one_trailing_slash_is_ignored() {
        for (route, path) in every_route() {
            if path != "/" {
                assert_eq!(Route::recognize(&format!("{path}/")), route, "{path}/");
            }
        }
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/unknown",
            "/Contacts",
            "/contacts//",
            "/contacts/extra",
            "/goals",
            "/goals/",
            "/goals//",
            "/goals/a/b",
            "/appointments//side-by-side",
            "/appointments/a/side-by-side/more",
            "/appointments/a/other",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path:?}");
        }
    }
}
