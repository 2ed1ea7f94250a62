//! Pieces shared by several screens.

mod banners;
pub mod label;
mod language_switch;
mod nav;
pub mod proposals;
mod step_editor;
pub mod sync_status;
mod undo_toast;

pub use banners::Banners;
pub use language_switch::LanguageSwitch;
pub use nav::BottomNav;
pub use step_editor::StepEditor;
pub use sync_status::{SyncIndicator, SyncStatusLine};
pub use undo_toast::UndoToast;
