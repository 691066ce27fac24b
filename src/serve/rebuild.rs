//! One rebuild: render in memory, compare with the last good site, write what changed,
//! tell browsers, print one line.
//!
//! A broken render changes nothing that is served or written: the diagnostics go to the
//! terminal and to browsers (the overlay), and the last good site stays up until a later
//! render succeeds. Whether browsers get a full reload or only new stylesheets is decided
//! by which *outputs* changed, so the decision cannot miss an indirect dependency.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostic::Diagnostic;
use crate::output::{self, OutputFile};
use crate::serve::state::{Event, Files, State};
use crate::serve::watch;
use crate::site::{self, BuildOptions};

/// Where and how to build.
pub struct Builder {
    pub root: PathBuf,
    pub output: PathBuf,
    pub options: BuildOptions,
}

impl Builder {
    /// The first build, before serving starts. Returns whether it succeeded; a failure
    /// is not fatal (serve waits for a fix), it is just reported differently.
    pub fn first(&self, state: &State) -> bool {
        let report = site::render(&self.root, &self.options);
        let warnings = report.diagnostics.iter().filter(|d| !d.is_error()).count();
        if report.has_errors() {
            fail(state, &report.diagnostics, "the first build");
            return false;
        }
        let written = self.write(&report.outputs);
        state.set_files(files_of(report.outputs));
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
        true
    }

    /// Rebuilds after `changed` (absolute paths) and updates `state`.
    pub fn rebuild(&self, state: &State, changed: &[PathBuf]) {
        let started = Instant::now();
        let what = watch::describe(&self.root, changed);
        let report = site::render(&self.root, &self.options);
        if report.has_errors() {
            fail(state, &report.diagnostics, &format!("{what} changed"));
            return;
        }
        let was_broken = state.problems().is_some();
        let old = state.files();
        let changed_outputs = diff(&old, &report.outputs);
        let written = self.write(&report.outputs);
        state.set_files(files_of(report.outputs));
        state.set_problems(None);
        let event = if was_broken {
            Some(Event::Reload)
        } else {
            reload_for(&changed_outputs)
        };
        let browsers = event.map_or(0, |event| state.hub.broadcast(&event));
        let fixed = if was_broken { ", errors fixed" } else { "" };
        println!(
            "{what} changed: {written} outputs rewritten in {} ms{fixed} ({browsers} browsers notified)",
            started.elapsed().as_millis()
        );
    }

    /// Writes changed outputs; an I/O error is reported but does not stop serving
    /// (browsers are served from memory).
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

/// Output paths added, removed or changed between two renders.
pub fn diff(old: &Files, new: &[OutputFile]) -> Vec<String> {
    let mut changed: Vec<String> = new
        .iter()
        .filter(|o| old.get(&o.path) != Some(&o.bytes))
        .map(|o| o.path.clone())
        .collect();
    let kept: std::collections::BTreeSet<&str> = new.iter().map(|o| o.path.as_str()).collect();
    changed.extend(old.keys().filter(|k| !kept.contains(k.as_str())).cloned());
    changed
}

/// No event when nothing changed, `css` when only stylesheets did, else `reload`.
pub fn reload_for(changed_outputs: &[String]) -> Option<Event> {
    if changed_outputs.is_empty() {
        None
    } else if changed_outputs
        .iter()
        .all(|p| Path::new(p).extension() == Some("css".as_ref()))
    {
        Some(Event::Css)
    } else {
        Some(Event::Reload)
    }
}

fn files_of(outputs: Vec<OutputFile>) -> Files {
    outputs.into_iter().map(|o| (o.path, o.bytes)).collect()
}

#[cfg(test)]
mod tests {
    use super::{diff, reload_for};
    use crate::output::OutputFile;
    use crate::serve::state::{Event, Files};

    #[test]
    fn css_only_changes_swap_styles() {
        let mut old = Files::new();
        old.insert("index.html".into(), b"a".to_vec());
        old.insert("style.css".into(), b"x".to_vec());
        old.insert("gone.html".into(), b"g".to_vec());
        let same = [
            OutputFile::new("index.html", "a"),
            OutputFile::new("style.css", "y"),
            OutputFile::new("gone.html", "g"),
        ];
        assert_eq!(diff(&old, &same), ["style.css"]);
        assert_eq!(reload_for(&diff(&old, &same)), Some(Event::Css));
        let removed = [
            OutputFile::new("index.html", "a"),
            OutputFile::new("style.css", "x"),
        ];
        assert_eq!(reload_for(&diff(&old, &removed)), Some(Event::Reload));
        assert_eq!(reload_for(&[]), None);
    }
}
