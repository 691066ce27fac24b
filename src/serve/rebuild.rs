//! One rebuild: render in memory, compare with the last good site, serve it, tell
//! browsers, print one line, and hand what changed to the disk thread (`disk`).
//!
//! A broken render changes nothing that is served or written: the diagnostics go to the
//! terminal and to browsers (the overlay), and the last good site stays up until a later
//! render succeeds. Whether browsers get a full reload or only new stylesheets is decided
//! by which *outputs* changed, so the decision cannot miss an indirect dependency.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use rayon::prelude::{IntoParallelIterator, ParallelIterator};

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::structured::Documents;
use crate::serve::busy::Busy;
use crate::serve::disk::Disk;
use crate::serve::indexer::{Indexer, Job};
use crate::serve::state::{Event, Files, State};
use crate::serve::watch;
use crate::site::{self, BuildOptions, Site};

/// Where and how to build, and the last good site (kept so a member edit re-renders
/// only what depends on members; see `render::partial`).
pub struct Builder {
    pub root: PathBuf,
    /// The output folder (for messages: `disk` writes it).
    pub output: PathBuf,
    pub disk: Disk,
    pub options: BuildOptions,
    pub last: Mutex<Option<Site>>,
    /// Refreshes the search indexes after an edit is served (and numbers the served
    /// sites, so an older refresh never lands on a newer one).
    pub indexer: Indexer,
    /// Set while an edit is rendered (`busy`): the search and disk threads wait.
    pub busy: Busy,
}

/// A site just served: its generation and files (`Indexer::publish`).
pub(super) type Published = (u64, Arc<Files>);

impl Builder {
    /// The first build, before serving starts. A failure is not fatal: serve starts
    /// anyway, shows the errors, and builds again on the next change. The output folder
    /// is written afterwards, by the disk thread, and the search indexes by the search
    /// thread, while the site is already served.
    pub fn first(&self, state: &State, progress: bool) {
        let options = BuildOptions {
            progress,
            search_indexes_later: true,
            ..self.options.clone()
        };
        let (report, site) = site::render_keeping_site(&self.root, &options);
        let warnings = report.diagnostics.iter().filter(|d| !d.is_error()).count();
        if report.has_errors() {
            fail(state, &report.diagnostics, "the first build");
            return;
        }
        let files = Arc::new(files_of(report.outputs));
        let (generation, ()) = self.indexer.publish(|| {
            state.set_files_shared(Arc::clone(&files));
            self.disk.write_all(Arc::clone(&files));
        });
        // The render left the indexes out: the search thread writes them.
        self.index_later((generation, files), site.as_ref(), (true, Documents::NONE));
        self.keep(site);
        println!(
            "built {} languages, {} pages, {} files in {} ms (writing them to {})",
            report.languages,
            report.pages,
            state.files().len(),
            report.elapsed_ms,
            self.output.display()
        );
        if warnings > 0 {
            println!(
                "{warnings} warnings (such as missing translations): `federa check` lists them"
            );
        }
    }

    /// Rebuilds after `changed` (absolute paths) and updates `state`.
    pub fn rebuild(&self, state: &State, changed: &[PathBuf]) {
        let started = Instant::now();
        let _rendering = self.busy.rendering();
        let what = watch::describe(&self.root, changed);
        if state.problems().is_none() && self.rebuild_partly(state, changed, &what, started) {
            return;
        }
        let (report, site) = site::render_keeping_site(&self.root, &self.options);
        if report.has_errors() {
            fail(state, &report.diagnostics, &format!("{what} changed"));
            return;
        }
        let published = self.publish(state, files_of(report.outputs), "", started, &what);
        // The full render wrote the indexes: the refresh only fills its cache.
        self.index_later(published, site.as_ref(), (false, Documents::NONE));
        self.keep(site);
    }

    /// Serves `files` as the new site, tells browsers and prints one line; the disk
    /// thread brings the output folder up to date afterwards. `how` ends the line
    /// (", members only"). The search indexes are the caller's (`index_later`).
    pub(super) fn publish(
        &self,
        state: &State,
        files: Files,
        how: &str,
        started: Instant,
        what: &str,
    ) -> Published {
        let was_broken = state.problems().is_some();
        let old = state.files();
        let changes = Changes::between(&old, &files);
        let event = if was_broken {
            Some(Event::Reload)
        } else {
            changes.event()
        };
        let first = old.is_empty();
        let files = Arc::new(files);
        let count = changes.count();
        let (generation, ()) = self.indexer.publish(|| {
            state.set_files_shared(Arc::clone(&files));
            if first {
                // Nothing was served yet, so the folder may hold an earlier session's files.
                self.disk.write_all(Arc::clone(&files));
            } else {
                self.disk.apply(changes);
            }
        });
        state.set_problems(None);
        let browsers = event.map_or(0, |event| state.hub.broadcast(&event));
        let served = started.elapsed().as_millis();
        let fixed = if was_broken { ", errors fixed" } else { "" };
        println!(
            "{what} changed: served in {served} ms, {count} outputs changed{how}{fixed} ({browsers} browsers notified)"
        );
        (generation, files)
    }

    /// Hands the site just served to the search thread: `replace` its indexes (after
    /// a partial render, which left the old ones) and write the export `documents` the
    /// partial render left, or only read its pages.
    pub(super) fn index_later(
        &self,
        published: Published,
        site: Option<&Site>,
        (replace, documents): (bool, Documents),
    ) {
        if let Some(site) = site {
            let (generation, files) = published;
            let job = Job {
                generation,
                site: site.clone(),
                files,
                replace,
                documents,
            };
            self.indexer.queue(job);
        }
    }

    pub(super) fn keep(&self, site: Option<Site>) {
        *self.last.lock().unwrap_or_else(PoisonError::into_inner) = site;
    }
}

/// Keeps the last good site, reports the errors in the terminal and to browsers.
pub(super) fn fail(state: &State, diagnostics: &[Diagnostic], what: &str) {
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    show_errors(state, &errors, what);
}

/// Reports a rebuild that panicked (`panic` is its message) like a failed one: the last
/// good site stays served, and the next edit rebuilds in full.
pub fn crashed(state: &State, what: &str, panic: &str) {
    let text = format!(
        "error: federa crashed while rebuilding ({what}): {panic}\n  = hint: this is a bug \
         in federa, not a mistake of yours, but something in the site's files sets it off \
         (most likely your last edit): change that and serve rebuilds; please report the \
         bug with the file"
    );
    show_errors(state, &[text], what);
}

fn show_errors(state: &State, errors: &[String], what: &str) {
    let text = errors.join("\n").trim_end().to_string();
    eprintln!("{text}");
    state.set_problems(Some(text.clone()));
    state.hub.broadcast(&Event::Error(text));
    let serving = if state.files().is_empty() {
        "waiting for a fix"
    } else {
        "still serving the last good version"
    };
    let count = match errors.len() {
        1 => "1 error".to_string(),
        n => format!("{n} errors"),
    };
    eprintln!("{what}: {count}; {serving}");
}

/// What differs between the served site and a new one.
pub struct Changes {
    /// New or changed files.
    pub written: Vec<(String, Arc<Vec<u8>>)>,
    /// Paths no longer produced.
    pub removed: Vec<String>,
}

impl Changes {
    /// These changes and then `later`, as one difference from the site before both.
    pub fn then(self, later: Changes) -> Changes {
        let mut last: BTreeMap<String, Option<Arc<Vec<u8>>>> = BTreeMap::new();
        let earlier = self.removed.into_iter().map(|p| (p, None));
        let earlier = earlier.chain(self.written.into_iter().map(|(p, b)| (p, Some(b))));
        let later_removed = later.removed.into_iter().map(|p| (p, None));
        let later_written = later.written.into_iter().map(|(p, b)| (p, Some(b)));
        last.extend(earlier.chain(later_removed).chain(later_written));
        let mut merged = Changes {
            written: Vec::new(),
            removed: Vec::new(),
        };
        for (path, bytes) in last {
            match bytes {
                Some(bytes) => merged.written.push((path, bytes)),
                None => merged.removed.push(path),
            }
        }
        merged
    }

    /// Walks both (sorted) maps side by side; files whose bytes are shared are equal
    /// without a look at their contents, the others are compared in parallel (a
    /// member edit re-renders directory pages of megabytes that often come out the
    /// same).
    pub fn between(old: &Files, new: &Files) -> Changes {
        let mut removed = Vec::new();
        // New files, and files of both whose bytes are to be compared (`Some(was)`).
        let mut candidates: Vec<(&String, &Bytes, Option<&Bytes>)> = Vec::new();
        let (mut old, mut new) = (old.iter().peekable(), new.iter().peekable());
        loop {
            let order = match (old.peek(), new.peek()) {
                (None, None) => break,
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (Some((was, _)), Some((now, _))) => was.cmp(now),
            };
            match order {
                Ordering::Less => removed.extend(old.next().map(|(path, _)| path.clone())),
                Ordering::Greater => {
                    candidates.extend(new.next().map(|(path, bytes)| (path, bytes, None)));
                }
                Ordering::Equal => {
                    if let (Some((_, was)), Some((path, bytes))) = (old.next(), new.next()) {
                        if !Arc::ptr_eq(was, bytes) {
                            candidates.push((path, bytes, Some(was)));
                        }
                    }
                }
            }
        }
        let written = candidates
            .into_par_iter()
            .filter(|(_, bytes, was)| was.is_none_or(|was| was != *bytes))
            .map(|(path, bytes, _)| (path.clone(), Arc::clone(bytes)))
            .collect();
        Changes { written, removed }
    }

    pub fn count(&self) -> usize {
        self.written.len() + self.removed.len()
    }

    /// No event when nothing changed, `css` when only stylesheets did, else `reload`.
    pub fn event(&self) -> Option<Event> {
        let is_css = |p: &str| Path::new(p).extension() == Some("css".as_ref());
        if self.count() == 0 {
            None
        } else if self.removed.is_empty() && self.written.iter().all(|(path, _)| is_css(path)) {
            Some(Event::Css)
        } else {
            Some(Event::Reload)
        }
    }
}

/// A served file's bytes.
type Bytes = Arc<Vec<u8>>;

pub(super) fn files_of(outputs: Vec<OutputFile>) -> Files {
    outputs
        .into_iter()
        .map(|o| (o.path, Arc::new(o.bytes)))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::Changes;
    use crate::serve::state::{Event, Files};

    fn files(entries: &[(&str, &str)]) -> Files {
        entries
            .iter()
            .map(|(path, text)| (path.to_string(), Arc::new(text.as_bytes().to_vec())))
            .collect()
    }

    #[test]
    fn css_only_changes_swap_styles() {
        let old = files(&[("index.html", "a"), ("style.css", "x"), ("gone.html", "g")]);
        let css = files(&[("index.html", "a"), ("style.css", "y"), ("gone.html", "g")]);
        let changes = Changes::between(&old, &css);
        let written: Vec<&str> = changes.written.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(written, ["style.css"]);
        assert_eq!(changes.event(), Some(Event::Css));
        let removed = files(&[("index.html", "a"), ("style.css", "x")]);
        let changes = Changes::between(&old, &removed);
        assert_eq!(changes.removed, ["gone.html"]);
        assert_eq!(changes.event(), Some(Event::Reload));
        assert_eq!(Changes::between(&old, &old.clone()).event(), None);
    }
}
