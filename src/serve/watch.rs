//! Watching the site's inputs with notify, filtering noise, and debouncing.
//!
//! The root folder is watched non-recursively (so `site.toml` survives editors that
//! replace it by renaming, and input folders that appear later are noticed), and each
//! input folder recursively. Events are only filtered here, not interpreted: which
//! outputs changed is found by comparing renders, which cannot get a dependency wrong.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use crate::site::INPUTS;

use notify::{Config, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

/// How often `--poll` rescans.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// What the rebuild loop receives.
#[derive(Debug)]
pub enum Message {
    /// Relevant paths that changed (absolute).
    Changed(Vec<PathBuf>),
    /// Ctrl-C: stop serving.
    Stop,
}

/// The watcher and which input folders it currently watches.
pub struct Watch {
    watcher: Box<dyn Watcher + Send>,
    root: PathBuf,
    watched: BTreeSet<PathBuf>,
}

impl Watch {
    /// Starts watching `root` (canonical), ignoring `output` (canonical).
    pub fn start(
        root: &Path,
        output: &Path,
        poll: bool,
        tx: Sender<Message>,
    ) -> notify::Result<Watch> {
        let filter_root = root.to_path_buf();
        let output = output.to_path_buf();
        let handler = move |result: notify::Result<notify::Event>| match result {
            Ok(event) if !matches!(event.kind, EventKind::Access(_)) => {
                let paths: Vec<PathBuf> = event
                    .paths
                    .into_iter()
                    .filter(|p| is_relevant(&filter_root, &output, p))
                    .collect();
                if !paths.is_empty() {
                    let _ = tx.send(Message::Changed(paths));
                }
            }
            Ok(_) => {}
            Err(e) => eprintln!("warning: watching files: {e}"),
        };
        let mut watcher: Box<dyn Watcher + Send> = if poll {
            // notify's poller compares mtimes in whole seconds: without comparing
            // contents, a save in the same second as the last scan would be missed.
            let config = Config::default()
                .with_poll_interval(POLL_INTERVAL)
                .with_compare_contents(true);
            Box::new(PollWatcher::new(handler, config)?)
        } else {
            Box::new(RecommendedWatcher::new(handler, Config::default())?)
        };
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut watch = Watch {
            watcher,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
        };
        watch.refresh(&[]);
        Ok(watch)
    }

    /// Watches input folders that appeared (or were re-created) and forgets those that
    /// went away. Call with each batch of changes, before rebuilding.
    pub fn refresh(&mut self, changed: &[PathBuf]) {
        // Input folders are watched recursively when they exist (site.toml is a file).
        for name in INPUTS.into_iter().filter(|i| *i != crate::config::FILE) {
            let dir = self.root.join(name);
            let recreated = changed.contains(&dir);
            if self.watched.contains(&dir) && (recreated || !dir.is_dir()) {
                let _ = self.watcher.unwatch(&dir);
                self.watched.remove(&dir);
            }
            if dir.is_dir() && !self.watched.contains(&dir) {
                match self.watcher.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(dir);
                    }
                    Err(e) => eprintln!("warning: cannot watch {}: {e}", dir.display()),
                }
            }
        }
    }
}

/// Waits for a change, then for a quiet period, and returns every path changed meanwhile
/// (sorted, without duplicates). `None` means stop.
pub fn next_batch(rx: &Receiver<Message>, quiet: Duration) -> Option<Vec<PathBuf>> {
    let mut paths = BTreeSet::new();
    match rx.recv().ok()? {
        Message::Changed(changed) => paths.extend(changed),
        Message::Stop => return None,
    }
    loop {
        match rx.recv_timeout(quiet) {
            Ok(Message::Changed(changed)) => paths.extend(changed),
            Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => return Some(paths.into_iter().collect()),
        }
    }
}

/// Whether a changed path can affect the site: under an input, not in the output
/// folder or `.git`, and not an editor's temporary or swap file.
pub fn is_relevant(root: &Path, output: &Path, path: &Path) -> bool {
    if path.starts_with(output) {
        return false;
    }
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut components = rel.components();
    let Some(Component::Normal(first)) = components.next() else {
        return false;
    };
    if !INPUTS.iter().any(|input| first == *input) {
        return false;
    }
    if rel.components().any(|c| c.as_os_str() == ".git") {
        return false;
    }
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    !is_editor_temp(&name)
}

/// Vim swap files and its `4913` write probe, Emacs backups and lock files, and the
/// `*.tmp` files of atomic-save editors.
fn is_editor_temp(name: &str) -> bool {
    name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with('~')
        || name.starts_with(".#")
        || name == "4913"
        || name.ends_with(".tmp")
        || name == ".DS_Store"
}

/// `content/about.md`, or `content/about.md and 2 more`, for the terminal line.
pub fn describe(root: &Path, changed: &[PathBuf]) -> String {
    let names: Vec<String> = changed
        .iter()
        .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
        .collect();
    match names.as_slice() {
        [] => "nothing".to_string(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{describe, is_relevant};

    #[test]
    fn filters_noise() {
        let root = Path::new("/site");
        let out = Path::new("/site/public.serve");
        let relevant = |p: &str| is_relevant(root, out, Path::new(p));
        assert!(relevant("/site/site.toml"));
        assert!(relevant("/site/content/about.md"));
        assert!(relevant("/site/content/new-folder"));
        assert!(relevant("/site/i18n/fr/site.ftl"));
        assert!(relevant("/site/themes/default/static/style.css"));
        assert!(!relevant("/site/public.serve/index.html"));
        assert!(!relevant("/site/public/index.html"));
        assert!(!relevant("/site/README.md"));
        assert!(!relevant("/site/content/.git/index"));
        assert!(!relevant("/site/content/.about.md.swp"));
        assert!(!relevant("/site/content/about.md~"));
        assert!(!relevant("/site/content/.#about.md"));
        assert!(!relevant("/site/content/4913"));
        assert!(!relevant("/site/i18n/fr/site.ftl.tmp"));
        assert!(!relevant("/elsewhere/content/x.md"));
    }

    #[test]
    fn describes_batches() {
        let root = Path::new("/s");
        let one = [PathBuf::from("/s/content/a.md")];
        assert_eq!(describe(root, &one), "content/a.md");
        let two = [
            PathBuf::from("/s/site.toml"),
            PathBuf::from("/s/content/a.md"),
        ];
        assert_eq!(describe(root, &two), "site.toml and 1 more");
    }
}
