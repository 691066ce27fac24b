//! `federa import`: fetch the `members.json` that a federation's `[members_source] url`
//! names (and `federations.json` beside it), validate it, and write the snapshot
//! `imports/<federation>.json` that builds read. The only part of federa that uses the
//! network; builds and `serve` never do.
//!
//! A failure for one source is one located diagnostic on its `url` and leaves that
//! source's previous snapshot byte-identical; the other sources are still imported.

pub mod fetch;
pub mod record;
pub mod snapshot;
mod source;

use std::path::Path;
use std::process::ExitCode;

use crate::config::Config;
use crate::content::data;
use crate::content::federation::Federation;
use crate::diagnostic::Diagnostic;
use crate::{EXIT_ERRORS, EXIT_USAGE};

/// What the command line asked for.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Slugs of the federations to import; empty means every one with a source.
    pub federations: Vec<String>,
    /// Print what would change, write nothing.
    pub dry_run: bool,
}

/// Runs `federa import`: prints one line per source and every problem.
pub fn run(root: &Path, options: &ImportOptions) -> ExitCode {
    let config = match Config::load(root) {
        Ok(config) => config,
        Err(problems) => return failed(&problems),
    };
    let data::Loaded {
        sound: federations,
        problems,
        ..
    } = data::load_federations(root);
    let selected = match select(&federations, &options.federations) {
        Ok(selected) => selected,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let mut errors: Vec<Diagnostic> = problems;
    for federation in selected {
        match source::import(root, &config, federation, options.dry_run) {
            Ok(report) => println!("{report}"),
            Err(problem) => errors.push(problem),
        }
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        failed(&errors)
    }
}

fn failed(problems: &[Diagnostic]) -> ExitCode {
    for problem in problems {
        eprintln!("{problem}");
    }
    eprintln!(
        "failed: {} errors; the snapshots of those sources were left unchanged",
        problems.len()
    );
    ExitCode::from(EXIT_ERRORS)
}

/// The federations to import: those named (each must exist and have a source), or
/// every one with `[members_source]`.
fn select<'a>(all: &'a [Federation], names: &[String]) -> Result<Vec<&'a Federation>, String> {
    let with_source = |f: &&Federation| f.data.members_source.is_some();
    if names.is_empty() {
        let selected: Vec<&Federation> = all.iter().filter(with_source).collect();
        if selected.is_empty() {
            return Err("no federation file has a `[members_source] url`: add one to content/federations/<slug>.toml (see docs/import.md)".into());
        }
        return Ok(selected);
    }
    names
        .iter()
        .map(|name| {
            let federation = all.iter().find(|f| &f.slug == name).ok_or_else(|| {
                format!("no federation `{name}` (content/federations/{name}.toml)")
            })?;
            if with_source(&federation) {
                Ok(federation)
            } else {
                Err(format!(
                    "content/federations/{name}.toml has no `[members_source] url` to import from"
                ))
            }
        })
        .collect()
}
