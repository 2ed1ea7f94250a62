//! Pieces shared by several screens.

mod banners;
pub mod label;
mod language_switch;
mod nav;
mod step_editor;
mod undo_toast;

pub use banners::Banners;
pub use language_switch::LanguageSwitch;
pub use nav::BottomNav;
pub use step_editor::StepEditor;
pub use undo_toast::UndoToast;
