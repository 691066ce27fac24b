//! Test support for the incremental renders (`partial`, `partial_pages`,
//! `partial_federations`): load a copy of a fixture, render it whole, and check that a
//! partial render applied to the outputs from before equals a full render from after,
//! file for file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::render::partial::Partial;
use crate::render::partial_federations;
use crate::render::{search, structured};

/// Output path to shared bytes, as serve holds a site.
type Files = BTreeMap<String, Arc<Vec<u8>>>;
use crate::site::{BuildOptions, Site};

/// The site at `root`, with the fixed "now" every fixture is written for.
pub fn load(root: &Path) -> Site {
    let options = BuildOptions {
        now: crate::moment::Moment::parse("2026-11-25T12:00:00Z").ok(),
        ..BuildOptions::default()
    };
    Site::load(root, &options).site.expect("fixture loads")
}

/// Every output of a full render, by path.
pub fn full(site: &Site) -> BTreeMap<String, Vec<u8>> {
    let (outputs, problems) = crate::render::render_all(site);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    outputs.into_iter().map(|o| (o.path, o.bytes)).collect()
}

/// Copies `tests/fixtures/<name>` into `to`.
pub fn copy_fixture(name: &str, to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    for entry in walkdir::WalkDir::new(&from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(entry.path().strip_prefix(&from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// `files` as serve holds them: a file whose bytes are unchanged since `before` is
/// the same allocation.
fn shared(files: &BTreeMap<String, Vec<u8>>, before: &Files) -> Files {
    files
        .iter()
        .map(|(path, bytes)| {
            let same = before
                .get(path)
                .filter(|old| old.as_slice() == bytes.as_slice());
            let bytes = same.map_or_else(|| Arc::new(bytes.clone()), Arc::clone);
            (path.clone(), bytes)
        })
        .collect()
}

/// Applies `partial` to `served` (the outputs from before), writes the export documents
/// it leaves for later and refreshes the search indexes from the result, as serve does,
/// then asserts the result is exactly `expected`
/// (a full render of `site`, from after); returns the paths the partial render produced.
pub fn apply_and_compare(
    site: &Site,
    served: &mut BTreeMap<String, Vec<u8>>,
    partial: &Partial,
    expected: &BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let mut produced: Vec<String> = partial.outputs.iter().map(|o| o.path.clone()).collect();
    let mut cache = search::Cache::default();
    let before = shared(served, &BTreeMap::new());
    let _ = search::refresh_cached(site, &before, &mut cache);
    // The export documents come after the edit is served, from serve's search thread.
    let shared_data = crate::render::Shared::new(site);
    let documents = structured::selected_documents(site, &shared_data, partial.documents);
    produced.extend(documents.iter().map(|o| o.path.clone()));
    for output in partial.outputs.iter().chain(&documents) {
        served.insert(output.path.clone(), output.bytes.clone());
    }
    for path in &partial.removed {
        assert!(served.remove(path).is_some(), "removed {path} was served");
    }
    let pages = served
        .iter()
        .map(|(path, bytes)| (path.as_str(), bytes.as_slice()));
    let indexes = search::refresh(site, pages);
    // Serve's way, re-reading only the pages that changed, gives the same indexes.
    let after = shared(served, &before);
    assert_eq!(search::refresh_cached(site, &after, &mut cache), indexes);
    for index in indexes {
        served.insert(index.path, index.bytes);
    }
    let differing: Vec<&String> = expected
        .keys()
        .filter(|k| served.get(*k) != expected.get(*k))
        .collect();
    let extra: Vec<&String> = served
        .keys()
        .filter(|k| !expected.contains_key(*k))
        .collect();
    assert!(
        differing.is_empty() && extra.is_empty(),
        "differ: {differing:?}, extra: {extra:?}"
    );
    produced
}

/// Edits the data files of `content/<folder>/` in a fresh copy of
/// `tests/fixtures/<fixture>` (`edit` gets that folder), reads the files of `slugs` into
/// the site from before with `reload` and renders the edit with `partly`, as serve does,
/// and checks that the result equals a full render from after. Returns the paths the
/// partial render produced, or `None` if it declined: then serve renders the reloaded
/// site whole, which must equal a full render from after too (what the site remembers,
/// `render::memo`, must not leak stale values into it).
fn data_edit_compared(
    (fixture, folder): (&str, &str),
    slugs: &[&str],
    edit: impl Fn(&Path),
    reload: impl FnOnce(&Site, &[PathBuf]) -> (Site, Vec<Diagnostic>),
    partly: impl FnOnce(&Site, &Site, &BTreeSet<String>) -> Option<Partial>,
) -> Option<Vec<String>> {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_fixture(fixture, tmp.path());
    let before = load(tmp.path());
    // A full render first, so the partial one runs on a warm memo like serve's.
    let mut served = full(&before);
    edit(&tmp.path().join("content").join(folder));
    let changed: Vec<PathBuf> = slugs
        .iter()
        .map(|slug| PathBuf::from(format!("content/{folder}/{slug}.toml")))
        .collect();
    let (after, problems) = reload(&before, &changed);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let expected = full(&load(tmp.path()));
    let slugs = slugs.iter().map(|s| s.to_string()).collect();
    let Some(partial) = partly(&before, &after, &slugs) else {
        assert!(
            full(&after) == expected,
            "the fallback equals a full render"
        );
        return None;
    };
    assert!(partial.problems.is_empty(), "{:?}", partial.problems);
    Some(apply_and_compare(&after, &mut served, &partial, &expected))
}

/// `data_edit_compared` for member files (`edit` gets the members folder).
pub fn member_edit_compared(
    fixture: &str,
    slugs: &[&str],
    edit: impl Fn(&Path),
) -> Option<Vec<String>> {
    data_edit_compared(
        (fixture, "members"),
        slugs,
        edit,
        |site, changed| site.with_members_reloaded(changed),
        crate::render::partial::members_changed,
    )
}

/// `data_edit_compared` for federation files (`edit` gets the federations folder).
pub fn federation_edit_compared(
    fixture: &str,
    slugs: &[&str],
    edit: impl Fn(&Path),
) -> Option<Vec<String>> {
    data_edit_compared(
        (fixture, "federations"),
        slugs,
        edit,
        |site, changed| {
            partial_federations::reload(site, changed).expect("published federations were edited")
        },
        partial_federations::federations_changed,
    )
}

/// Rewrites `<federations>/<slug>.toml` with `change`, which must change it.
pub fn rewrite_federation(federations: &Path, slug: &str, change: impl Fn(&str) -> String) {
    rewrite_member(federations, slug, change);
}

/// Rewrites `<members>/<slug>.toml` with `change`, which must change it.
pub fn rewrite_member(members: &Path, slug: &str, change: impl Fn(&str) -> String) {
    let path = members.join(format!("{slug}.toml"));
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = change(&text);
    assert_ne!(changed, text, "the edit applies");
    std::fs::write(path, changed).expect("write");
}
