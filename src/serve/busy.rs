//! Whether serve is rendering an edit: the threads that follow an edit (the search
//! index, the disk copy) wait while one is under way, so that an editor saving again
//! soon has both cores for the render, and they do the work of several quick saves once.
//! Work of theirs already under way gives way too: the disk thread waits between two
//! files (`Busy::wait_while_rendering`), the search thread stops between two small
//! steps (`Busy::is_rendering`) and takes up its work after the render.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How long edits must pause before the follow-up work starts (serve stopping does
/// not wait). A second: at 10,000 members an edit leaves ~250 MB to write and ~185 MB
/// of pages to index, whose writing and write-back took CPU time from the next edit's
/// render when saves came under a second apart.
pub const SETTLE: Duration = Duration::from_secs(1);
/// How often work that gave way to a render looks whether the render ended.
const POLL: Duration = Duration::from_millis(5);

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

    /// Returns once no edit is being rendered (at once when none is).
    pub fn wait_while_rendering(&self) {
        while self.is_rendering() {
            std::thread::sleep(POLL);
        }
    }
}

/// An edit's render under way (`Busy::rendering`); dropping it ends it.
pub struct Rendering(Arc<AtomicBool>);

impl Drop for Rendering {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_ends_when_the_render_does() {
        let busy = Busy::default();
        busy.wait_while_rendering();
        let rendering = busy.rendering();
        let waiter = {
            let busy = busy.clone();
            std::thread::spawn(move || busy.wait_while_rendering())
        };
        std::thread::sleep(POLL * 4);
        assert!(!waiter.is_finished(), "returned during the render");
        drop(rendering);
        waiter.join().expect("the waiting thread");
        assert!(!busy.is_rendering());
    }
}
