//! Whether serve is rendering an edit: the threads that follow an edit (the search
//! index, the disk copy) wait while one is under way, so that an editor saving again
//! soon has both cores for the render, and they do the work of several quick saves once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How long edits must pause before the follow-up work starts (serve stopping does
/// not wait).
pub const SETTLE: Duration = Duration::from_millis(300);

/// Set while an edit is rendered; shared by the builder and the threads that wait.
#[derive(Clone, Default)]
pub struct Busy(Arc<AtomicBool>);

impl Busy {
    /// Marks an edit's render as under way until the guard is dropped.
    pub fn rendering(&self) -> Rendering {
        self.0.store(true, Ordering::Release);
        Rendering(Arc::clone(&self.0))
    }

    pub fn is_rendering(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// An edit's render under way (`Busy::rendering`); dropping it ends it.
pub struct Rendering(Arc<AtomicBool>);

impl Drop for Rendering {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}
