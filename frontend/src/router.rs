//! The router: follows the address bar with the browser's History API and tells the app which [`Route`] is
//! on screen. Our own, not `yew-router`: the app needs only paths without query or state, and that crate
//! (with its history, route-recognizer and serde helpers) cost about 25 KB of the first-load wasm.
//!
//! [`Router`] provides the current route; [`use_route`] reads it, [`use_navigator`] changes it, [`Link`] is
//! an `<a>` that changes it without reloading the page. The page for a route is chosen by a plain `match`
//! (`pages::switch`).

use crate::route::Route;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// Props of [`Router`].
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The part of the app that routes.
    pub children: Html,
}

/// Provides the current route and the navigator to its children, and follows the browser's back and
/// forward buttons.
#[function_component]
pub fn Router(props: &RouterProps) -> Html {
    let location = use_reducer(|| Location {
        route: current_route(),
        visit: 0,
    });
    let navigator = Navigator {
        dispatch: Some(location.dispatcher()),
    };
    {
        let dispatch = location.dispatcher();
        use_effect_with((), move |_| {
            // Back and forward (and a fragment-only link) change the address without asking us.
            let listener = Closure::<dyn FnMut()>::new(move || dispatch.dispatch(current_route()));
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ =
                        w.remove_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    html! {
        <ContextProvider<Navigator> context={navigator}>
            <ContextProvider<Location> context={(*location).clone()}>
                { props.children.clone() }
            </ContextProvider<Location>>
        </ContextProvider<Navigator>>
    }
}

/// The route on screen. Outside a [`Router`] (never in the app), the one the address names.
#[hook]
pub fn use_route() -> Route {
    use_context::<Location>().map_or_else(current_route, |l| l.route)
}

/// The navigator, to change the route from code (after a form is saved, say).
#[hook]
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().unwrap_or_default()
}

/// Changes the address and the route on screen. Like a link, it keeps neither query nor fragment: a share
/// payload in the fragment belongs to the address it came with.
#[derive(Clone, Default, PartialEq)]
pub struct Navigator {
    /// Tells the [`Router`] the new route; `None` outside one, where only the address changes.
    dispatch: Option<UseReducerDispatcher<Location>>,
}

impl Navigator {
    /// Goes to `route` as a new history entry (Back returns here).
    pub fn push(&self, route: &Route) {
        self.go(route, |history, path| {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        });
    }

    /// Goes to `route` in place of the current history entry (Back skips where we were): for addresses that
    /// should not be returned to, such as a link share's fragment before it moved into this tab.
    pub fn replace(&self, route: &Route) {
        self.go(route, |history, path| {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        });
    }

    /// What a click on a link to `to` does: a plain click goes there in this page; one with a modifier key
    /// (a new tab or window, or a download) is left to the browser. For lists, where a [`Link`] component per
    /// entry costs too much: a plain `<a href>` with this as its `onclick`.
    pub fn on_click(&self, to: Route) -> Callback<MouseEvent> {
        let navigator = self.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            navigator.push(&to);
        })
    }

    fn go(
        &self,
        route: &Route,
        change: impl FnOnce(&web_sys::History, &str) -> Result<(), wasm_bindgen::JsValue>,
    ) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        // A refused change (a browser's rate limit on history calls) leaves the screen where the address is.
        if change(&history, &route.to_path()).is_ok()
            && let Some(dispatch) = &self.dispatch
        {
            dispatch.dispatch(route.clone());
        }
    }
}

/// Props of [`Link`].
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    /// Where the link goes.
    pub to: Route,
    /// Classes of the `<a>`.
    #[prop_or_default]
    pub classes: Classes,
    /// What the link shows.
    #[prop_or_default]
    pub children: Html,
}

/// A link to a route: a real `<a href>` (so it can be opened in a new tab, copied, read by screen readers
/// as a link) that, on a plain click, changes the route without reloading the app.
#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    let onclick = use_navigator().on_click(props.to.clone());
    html! {
        <a class={props.classes.clone()} href={props.to.to_path()} {onclick}>{ props.children.clone() }</a>
    }
}

/// What the [`Router`] shares: the route, and a count of visits.
#[derive(Clone, PartialEq)]
struct Location {
    route: Route,
    /// Counts navigations, so that every one re-renders the readers of the route, even to the route already
    /// on screen: the frame decides from the fragment too (a share viewer closes when a link to the route
    /// under it drops the fragment).
    visit: u32,
}

impl Reducible for Location {
    type Action = Route;

    fn reduce(self: Rc<Self>, route: Route) -> Rc<Self> {
        Rc::new(Location {
            route,
            visit: self.visit.wrapping_add(1),
        })
    }
}

/// The route the address bar names now.
fn current_route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    Route::recognize(&path)
}
