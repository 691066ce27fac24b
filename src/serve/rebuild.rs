//! One rebuild: render in memory, compare with the last good site, write what changed,
//! tell browsers, print one line.
//!
//! A broken render changes nothing that is served or written: the diagnostics go to the
//! terminal and to browsers (the overlay), and the last good site stays up until a later
//! render succeeds. Whether browsers get a full reload or only new stylesheets is decided
//! by which *outputs* changed, so the decision cannot miss an indirect dependency.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use crate::content::{data, DIR};
use crate::diagnostic::Diagnostic;
use crate::output::{self, OutputFile};
use crate::render::partial;
use crate::serve::state::{Event, Files, State};
use crate::serve::watch;
use crate::site::{self, BuildOptions, Site};

/// Where and how to build, and the last good site (kept so a member edit re-renders
/// only what depends on members; see `render::partial`).
pub struct Builder {
    pub root: PathBuf,
    pub output: PathBuf,
    pub options: BuildOptions,
    pub last: Mutex<Option<Site>>,
}

impl Builder {
    /// The first build, before serving starts. A failure is not fatal: serve starts
    /// anyway, shows the errors, and builds again on the next change.
    pub fn first(&self, state: &State) {
        let (report, site) = site::render_keeping_site(&self.root, &self.options);
        let warnings = report.diagnostics.iter().filter(|d| !d.is_error()).count();
        if report.has_errors() {
            fail(state, &report.diagnostics, "the first build");
            return;
        }
        let written = self.write(&report.outputs);
        state.set_files(files_of(report.outputs));
        self.keep(site);
        println!(
            "built {} languages, {} pages, {} files in {} ms ({} written to {})",
            report.languages,
            report.pages,
            state.files().len(),
            report.elapsed_ms,
            written,
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
        let what = watch::describe(&self.root, changed);
        if state.problems().is_none() {
            if let Some(members) = self.member_files(changed) {
                let last = self
                    .last
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take();
                if let Some(site) = last {
                    self.rebuild_members(state, site, &members, &what, started);
                    return;
                }
            }
        }
        let (report, site) = site::render_keeping_site(&self.root, &self.options);
        if report.has_errors() {
            fail(state, &report.diagnostics, &format!("{what} changed"));
            return;
        }
        let was_broken = state.problems().is_some();
        let old = state.files();
        let changes = Changes::between(&old, &report.outputs);
        let event = if was_broken {
            Some(Event::Reload)
        } else {
            changes.event()
        };
        let rewritten = if old.is_empty() {
            // Nothing was served yet, so the folder may hold an earlier session's files.
            self.write(&report.outputs)
        } else {
            self.apply(&changes)
        };
        state.set_files(files_of(report.outputs));
        state.set_problems(None);
        self.keep(site);
        let browsers = event.map_or(0, |event| state.hub.broadcast(&event));
        let fixed = if was_broken { ", errors fixed" } else { "" };
        println!(
            "{what} changed: {rewritten} outputs rewritten in {} ms{fixed} ({browsers} browsers notified)",
            started.elapsed().as_millis()
        );
    }

    /// After member files alone changed: reload those files into the last site and
    /// re-render only what shows members. On error the last good site stays served.
    fn rebuild_members(
        &self,
        state: &State,
        site: Site,
        rels: &[PathBuf],
        what: &str,
        started: Instant,
    ) {
        let (new, mut problems) = site.with_members_reloaded(rels);
        let slugs: BTreeSet<String> = rels
            .iter()
            .filter_map(|r| r.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        let rendered = if problems.iter().any(Diagnostic::is_error) {
            None
        } else {
            let result = partial::members_changed(&site, &new, &slugs);
            problems.extend(result.problems.iter().cloned());
            Some(result)
        };
        let Some(result) = rendered.filter(|_| !problems.iter().any(Diagnostic::is_error)) else {
            fail(state, &problems, &format!("{what} changed"));
            self.keep(Some(site));
            return;
        };
        let old = state.files();
        let changes = Changes::partial(&old, &result.outputs, &result.removed);
        let event = changes.event();
        let rewritten = self.apply(&changes);
        let mut files: Files = (*old).clone();
        for path in &result.removed {
            files.remove(path);
        }
        files.extend(
            result
                .outputs
                .into_iter()
                .map(|o| (o.path, Arc::new(o.bytes))),
        );
        state.set_files(files);
        self.keep(Some(new));
        let browsers = event.map_or(0, |event| state.hub.broadcast(&event));
        println!(
            "{what} changed: {rewritten} outputs rewritten in {} ms, members only ({browsers} browsers notified)",
            started.elapsed().as_millis()
        );
    }

    /// The changed paths relative to the root, if every one is a member file.
    fn member_files(&self, changed: &[PathBuf]) -> Option<Vec<PathBuf>> {
        let members_dir = Path::new(DIR).join(data::MEMBERS);
        changed
            .iter()
            .map(|path| {
                let rel = path.strip_prefix(&self.root).ok()?;
                let is_member = rel.parent() == Some(members_dir.as_path())
                    && rel.extension().is_some_and(|e| e == "toml");
                is_member.then(|| rel.to_path_buf())
            })
            .collect()
    }

    fn keep(&self, site: Option<Site>) {
        *self.last.lock().unwrap_or_else(PoisonError::into_inner) = site;
    }

    /// Writes a difference computed in memory; returns how many files it touched.
    fn apply(&self, changes: &Changes) -> usize {
        match output::apply_changes(&self.output, &changes.written, &changes.removed) {
            Ok(()) => changes.count(),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", self.output.display());
                0
            }
        }
    }

    /// Makes the output folder hold exactly `outputs` (the first build may find files of
    /// an earlier session there). An I/O error is reported but does not stop serving:
    /// browsers are served from memory.
    fn write(&self, outputs: &[OutputFile]) -> usize {
        output::write_changed(&self.output, outputs).unwrap_or_else(|e| {
            eprintln!("error: cannot write {}: {e}", self.output.display());
            0
        })
    }
}

/// Keeps the last good site, reports the errors in the terminal and to browsers.
fn fail(state: &State, diagnostics: &[Diagnostic], what: &str) {
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
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

/// What differs between the served site and a new render.
pub struct Changes<'a> {
    /// New or changed outputs.
    pub written: Vec<&'a OutputFile>,
    /// Paths no longer produced.
    pub removed: Vec<String>,
}

impl<'a> Changes<'a> {
    pub fn between(old: &Files, new: &'a [OutputFile]) -> Changes<'a> {
        let written = new
            .iter()
            .filter(|o| old.get(&o.path).map(|b| b.as_slice()) != Some(o.bytes.as_slice()))
            .collect();
        let kept: BTreeSet<&str> = new.iter().map(|o| o.path.as_str()).collect();
        let removed = old
            .keys()
            .filter(|k| !kept.contains(k.as_str()))
            .cloned()
            .collect();
        Changes { written, removed }
    }

    /// The difference a partial render makes: its outputs that differ from what is
    /// served, and the paths it reports removed that are served now.
    pub fn partial(old: &Files, outputs: &'a [OutputFile], removed: &[String]) -> Changes<'a> {
        let written = outputs
            .iter()
            .filter(|o| old.get(&o.path).map(|b| b.as_slice()) != Some(o.bytes.as_slice()))
            .collect();
        let removed = removed
            .iter()
            .filter(|p| old.contains_key(*p))
            .cloned()
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
        } else if self.removed.is_empty() && self.written.iter().all(|o| is_css(&o.path)) {
            Some(Event::Css)
        } else {
            Some(Event::Reload)
        }
    }
}

fn files_of(outputs: Vec<OutputFile>) -> Files {
    outputs
        .into_iter()
        .map(|o| (o.path, Arc::new(o.bytes)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Changes;
    use crate::output::OutputFile;
    use crate::serve::state::{Event, Files};

    #[test]
    fn css_only_changes_swap_styles() {
        let mut old = Files::new();
        old.insert("index.html".into(), std::sync::Arc::new(b"a".to_vec()));
        old.insert("style.css".into(), std::sync::Arc::new(b"x".to_vec()));
        old.insert("gone.html".into(), std::sync::Arc::new(b"g".to_vec()));
        let css = [
            OutputFile::new("index.html", "a"),
            OutputFile::new("style.css", "y"),
            OutputFile::new("gone.html", "g"),
        ];
        let changes = Changes::between(&old, &css);
        assert_eq!(changes.written, [&css[1]]);
        assert_eq!(changes.event(), Some(Event::Css));
        let removed = [
            OutputFile::new("index.html", "a"),
            OutputFile::new("style.css", "x"),
        ];
        let changes = Changes::between(&old, &removed);
        assert_eq!(changes.removed, ["gone.html"]);
        assert_eq!(changes.event(), Some(Event::Reload));
        let same = [
            OutputFile::new("index.html", "a"),
            OutputFile::new("style.css", "x"),
            OutputFile::new("gone.html", "g"),
        ];
        assert_eq!(Changes::between(&old, &same).event(), None);
    }
}
