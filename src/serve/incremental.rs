//! Rebuilds that re-render only what an edit reaches, from the last good site: member
//! files (`render::partial`), federation files (`render::partial_federations`) and
//! markdown pages (`render::partial_pages`). Each falls back to a full render, or to
//! the full rebuild (`rebuild`), when its dependency map cannot say.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError};
use std::time::Instant;

use crate::content::{data, DIR};
use crate::diagnostic::Diagnostic;
use crate::render::partial::Partial;
use crate::render::structured::Documents;
use crate::render::{self, partial, partial_federations, partial_pages};
use crate::serve::rebuild::{fail, files_of, Builder};
use crate::serve::state::{Files, State};
use crate::site::Site;

/// An edit that a partial render may serve: the changed files, relative to the root.
enum Edit {
    Members(Vec<PathBuf>),
    Federations(Vec<PathBuf>),
    Pages(Vec<PathBuf>),
}

impl Builder {
    /// Rebuilds after `changed` from the last good site when the edit is one of
    /// members, federations or pages only; false when a full rebuild must do it.
    pub(super) fn rebuild_partly(
        &self,
        state: &State,
        changed: &[PathBuf],
        what: &str,
        started: Instant,
    ) -> bool {
        let edit = self
            .data_files(changed, data::MEMBERS)
            .map(Edit::Members)
            .or_else(|| {
                self.data_files(changed, data::FEDERATIONS)
                    .map(Edit::Federations)
            })
            .or_else(|| self.page_files(changed).map(Edit::Pages));
        let Some(edit) = edit else {
            return false;
        };
        let last = self
            .last
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let Some(site) = last else {
            return false;
        };
        let done = Done { what, started };
        match edit {
            // An edit that meets an imported co-op (its host or slug) changes which
            // record is shown: the whole site is loaded again.
            Edit::Members(members) if site.member_edit_touches_imports(&members) => false,
            Edit::Members(members) => {
                let reloaded = site.with_members_reloaded(&members);
                let slugs = slugs_of(&members);
                let how = ", members only";
                let partly = |old: &Site, new: &Site| partial::members_changed(old, new, &slugs);
                self.rebuild_data(state, site, reloaded, (partly, how), &done);
                true
            }
            Edit::Federations(federations) => {
                // A federation file added or removed: everything is loaded again.
                let Some(reloaded) = partial_federations::reload(&site, &federations) else {
                    self.keep(Some(site));
                    return false;
                };
                let slugs = slugs_of(&federations);
                let how = ", federations only";
                let partly = |old: &Site, new: &Site| {
                    partial_federations::federations_changed(old, new, &slugs)
                };
                self.rebuild_data(state, site, reloaded, (partly, how), &done);
                true
            }
            Edit::Pages(pages) => self.rebuild_pages(state, site, &pages, what, started),
        }
    }

    /// After data files alone changed and were `reloaded` into the last `site`:
    /// re-render only what shows them (`partly`, which says how in the served message),
    /// or everything when the edit reaches further. On error the last good site stays
    /// served.
    fn rebuild_data(
        &self,
        state: &State,
        site: Site,
        reloaded: (Site, Vec<Diagnostic>),
        (partly, how): (impl FnOnce(&Site, &Site) -> Option<Partial>, &'static str),
        done: &Done,
    ) {
        let (new, mut problems) = reloaded;
        let mut files = None;
        let mut documents = Documents::NONE;
        if !problems.iter().any(Diagnostic::is_error) {
            let partial = partly(&site, &new);
            documents = partial.as_ref().map_or(Documents::NONE, |p| p.documents);
            let (rendered, found) = render_data(partial, &new, &state.files(), how);
            problems.extend(found);
            files = Some(rendered);
        }
        match files.filter(|_| !problems.iter().any(Diagnostic::is_error)) {
            Some((files, how)) => {
                let published = self.publish(state, files, how, done.started, done.what);
                self.index_later(published, Some(&new), (true, documents));
                self.keep(Some(new));
            }
            None => {
                fail(state, &problems, &format!("{} changed", done.what));
                self.keep(Some(site));
            }
        }
    }

    /// After markdown pages alone changed: read the pages again into the last site and
    /// re-render what reads them. False (the last site kept) when their URLs changed,
    /// so a full rebuild must run, with every check.
    fn rebuild_pages(
        &self,
        state: &State,
        site: Site,
        rels: &[PathBuf],
        what: &str,
        started: Instant,
    ) -> bool {
        let (new, mut problems) = partial_pages::reload_content(&site, self.options.drafts, rels);
        if !problems.iter().any(Diagnostic::is_error) {
            let Some(result) = partial_pages::pages_changed(&site, &new, rels) else {
                self.keep(Some(site));
                return false;
            };
            problems.extend(result.problems.iter().cloned());
            if !problems.iter().any(Diagnostic::is_error) {
                let documents = result.documents;
                let files = applied(&state.files(), result);
                let published = self.publish(state, files, ", pages only", started, what);
                self.index_later(published, Some(&new), (true, documents));
                self.keep(Some(new));
                return true;
            }
        }
        fail(state, &problems, &format!("{what} changed"));
        self.keep(Some(site));
        true
    }

    /// The changed paths relative to the root, if every one is a data file of
    /// `content/<folder>/`.
    fn data_files(&self, changed: &[PathBuf], folder: &str) -> Option<Vec<PathBuf>> {
        let dir = Path::new(DIR).join(folder);
        changed
            .iter()
            .map(|path| {
                let rel = path.strip_prefix(&self.root).ok()?;
                let is_data = rel.parent() == Some(dir.as_path())
                    && rel.extension().is_some_and(|e| e == "toml");
                is_data.then(|| rel.to_path_buf())
            })
            .collect()
    }

    /// The changed paths relative to the root, if every one is a markdown file under
    /// `content/` outside the data folders.
    fn page_files(&self, changed: &[PathBuf]) -> Option<Vec<PathBuf>> {
        let data_dirs = [data::MEMBERS, data::FEDERATIONS].map(|d| Path::new(DIR).join(d));
        changed
            .iter()
            .map(|path| {
                let rel = path.strip_prefix(&self.root).ok()?;
                let is_page = rel.starts_with(DIR)
                    && rel.extension().is_some_and(|e| e == "md")
                    && !data_dirs.iter().any(|d| rel.starts_with(d));
                is_page.then(|| rel.to_path_buf())
            })
            .collect()
    }
}

/// What the served message says of a rebuild: what changed, and when it started.
struct Done<'a> {
    what: &'a str,
    started: Instant,
}

/// The slugs of data files (their file stems).
fn slugs_of(rels: &[PathBuf]) -> BTreeSet<String> {
    rels.iter()
        .filter_map(|r| r.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// The served `old` files with a partial render applied. The search indexes and the
/// export documents the render left (`Partial::documents`) stay the old ones until the
/// search thread refreshes them (`indexer`).
fn applied(old: &Files, result: Partial) -> Files {
    let mut files = old.clone();
    for path in &result.removed {
        files.remove(path);
    }
    files.extend(
        result
            .outputs
            .into_iter()
            .map(|o| (o.path, Arc::new(o.bytes))),
    );
    files
}

/// After data edits: the new site's files, by the `partial` render applied to the
/// served `old` files (the served message then ends with `how`), or by a full render of
/// `new_site` when the edit reaches further; and the problems.
fn render_data(
    partial: Option<Partial>,
    new_site: &Site,
    old: &Files,
    how: &'static str,
) -> ((Files, &'static str), Vec<Diagnostic>) {
    match partial {
        Some(mut result) => {
            let problems = std::mem::take(&mut result.problems);
            ((applied(old, result), how), problems)
        }
        None => {
            let (outputs, problems) = render::render_all(new_site);
            ((files_of(outputs), ""), problems)
        }
    }
}
