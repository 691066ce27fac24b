//! What `serve` knows between rebuilds: the last good site, the current problems, and the
//! browsers listening for reload events.
//!
//! One `State` value is shared (behind an `Arc`) by the HTTP threads and the rebuild loop;
//! there are no statics. The rebuild loop is the only writer. Files are served from the
//! in-memory snapshot of the last good render, which is swapped whole, so a request never
//! sees a half-written page or a half-updated site.

use std::collections::BTreeMap;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

/// Output path (`fr/a-propos/index.html`) to bytes: the site as last rendered without
/// error. Bytes are shared, so deriving the next snapshot from this one copies no file.
pub type Files = BTreeMap<String, Arc<Vec<u8>>>;

/// A message pushed to every connected browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Something other than stylesheets changed: reload the page.
    Reload,
    /// Only stylesheets changed: re-fetch them without reloading the page.
    Css,
    /// The site is broken; the text is what the terminal showed.
    Error(String),
}

impl Event {
    /// The event in Server-Sent Events wire format (one `data:` line per text line).
    pub fn to_sse(&self) -> String {
        let (name, data) = match self {
            Event::Reload => ("reload", ""),
            Event::Css => ("css", ""),
            Event::Error(text) => ("error", text.as_str()),
        };
        let mut out = format!("event: {name}\n");
        for line in data.split('\n') {
            out.push_str("data: ");
            out.push_str(line.trim_end_matches('\r'));
            out.push('\n');
        }
        out.push('\n');
        out
    }
}

/// The browsers subscribed to `/__federa/events`.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Sender<Event>>>,
}

impl Hub {
    /// A new subscription; it ends when the hub is closed.
    pub fn subscribe(&self) -> Receiver<Event> {
        let (tx, rx) = mpsc::channel();
        self.lock().push(tx);
        rx
    }

    /// Sends `event` to every subscriber still connected; returns how many got it.
    pub fn broadcast(&self, event: &Event) -> usize {
        let mut clients = self.lock();
        clients.retain(|client| client.send(event.clone()).is_ok());
        clients.len()
    }

    /// Ends every subscription, so event streams finish (used on shutdown).
    pub fn close(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Sender<Event>>> {
        // A panicking HTTP thread must not take live reload down with it.
        self.clients.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Everything the HTTP side reads.
#[derive(Default)]
pub struct State {
    files: RwLock<Arc<Files>>,
    problems: RwLock<Option<String>>,
    pub hub: Hub,
}

impl State {
    /// The last good site (empty until a first build succeeds).
    pub fn files(&self) -> Arc<Files> {
        Arc::clone(&self.files.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Replaces the served site with a new good build.
    pub fn set_files(&self, files: Files) {
        self.set_files_shared(Arc::new(files));
    }

    /// Like `set_files`, for files the caller keeps using.
    pub fn set_files_shared(&self, files: Arc<Files>) {
        *self.files.write().unwrap_or_else(PoisonError::into_inner) = files;
    }

    /// The diagnostics of the current broken state, if the site is broken.
    pub fn problems(&self) -> Option<String> {
        self.problems
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn set_problems(&self, problems: Option<String>) {
        *self
            .problems
            .write()
            .unwrap_or_else(PoisonError::into_inner) = problems;
    }
}

#[cfg(test)]
mod tests {
    use super::{Event, Hub};

    #[test]
    fn sse_format_has_one_data_line_per_text_line() {
        assert_eq!(Event::Reload.to_sse(), "event: reload\ndata: \n\n");
        assert_eq!(
            Event::Error("a.md:1:1: bad\r\n  hint".into()).to_sse(),
            "event: error\ndata: a.md:1:1: bad\ndata:   hint\n\n"
        );
    }

    #[test]
    fn broadcast_drops_disconnected_clients() {
        let hub = Hub::default();
        let kept = hub.subscribe();
        drop(hub.subscribe());
        assert_eq!(hub.broadcast(&Event::Css), 1);
        assert_eq!(kept.recv().ok(), Some(Event::Css));
        hub.close();
        assert!(kept.recv().is_err());
    }
}
