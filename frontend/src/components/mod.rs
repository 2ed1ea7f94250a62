//! Pieces shared by several screens.

mod banners;
pub mod label;
mod language_switch;
mod nav;
mod undo_toast;

pub use banners::Banners;
pub use language_switch::LanguageSwitch;
pub use nav::BottomNav;
pub use undo_toast::UndoToast;
