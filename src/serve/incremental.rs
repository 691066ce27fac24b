//! Rebuilds that re-render only what an edit reaches, from the last good site: member
//! files (`render::partial`) and markdown pages (`render::partial_pages`). Each falls
//! back to the full rebuild (`rebuild`) when its dependency map cannot say.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError};
use std::time::Instant;

use crate::content::{data, DIR};
use crate::diagnostic::Diagnostic;
use crate::render::partial::Partial;
use crate::render::{self, partial, partial_pages};
use crate::serve::rebuild::{fail, files_of, Builder};
use crate::serve::state::{Files, State};
use crate::site::Site;

impl Builder {
    /// Rebuilds after `changed` from the last good site when the edit is one of
    /// members or pages only; false when a full rebuild must do it.
    pub(super) fn rebuild_partly(
        &self,
        state: &State,
        changed: &[PathBuf],
        what: &str,
        started: Instant,
    ) -> bool {
        let members = self.member_files(changed);
        let pages = if members.is_none() {
            self.page_files(changed)
        } else {
            None
        };
        if members.is_none() && pages.is_none() {
            return false;
        }
        let last = self
            .last
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let Some(site) = last else {
            return false;
        };
        match (members, pages) {
            // An edit that meets an imported co-op (its host or slug) changes which
            // record is shown: the whole site is loaded again.
            (Some(members), _) if site.member_edit_touches_imports(&members) => false,
            (Some(members), _) => {
                self.rebuild_members(state, site, &members, what, started);
                true
            }
            (None, Some(pages)) => self.rebuild_pages(state, site, &pages, what, started),
            (None, None) => false,
        }
    }

    /// After member files alone changed: reload those files into the last site and
    /// re-render only what shows members (everything, when the edit reaches further;
    /// see `render::partial`). On error the last good site stays served.
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
        let mut files = None;
        if !problems.iter().any(Diagnostic::is_error) {
            let (rendered, found) = render_members(&site, &new, &slugs, &state.files());
            problems.extend(found);
            files = Some(rendered);
        }
        match files.filter(|_| !problems.iter().any(Diagnostic::is_error)) {
            Some((files, how)) => {
                let published = self.publish(state, files, how, started, what);
                self.index_later(published, Some(&new), true);
                self.keep(Some(new));
            }
            None => {
                fail(state, &problems, &format!("{what} changed"));
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
                let files = applied(&state.files(), result);
                let published = self.publish(state, files, ", pages only", started, what);
                self.index_later(published, Some(&new), true);
                self.keep(Some(new));
                return true;
            }
        }
        fail(state, &problems, &format!("{what} changed"));
        self.keep(Some(site));
        true
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

/// The served `old` files with a partial render applied. The search indexes stay the
/// old ones until the search thread refreshes them (`indexer`).
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

/// After member edits: the new site's files, by a partial render applied to the served
/// `old` files, or by a full render when the edit reaches further; and the problems.
fn render_members(
    old_site: &Site,
    new_site: &Site,
    slugs: &BTreeSet<String>,
    old: &Files,
) -> ((Files, &'static str), Vec<Diagnostic>) {
    match partial::members_changed(old_site, new_site, slugs) {
        Some(mut result) => {
            let problems = std::mem::take(&mut result.problems);
            ((applied(old, result), ", members only"), problems)
        }
        None => {
            let (outputs, problems) = render::render_all(new_site);
            ((files_of(outputs), ""), problems)
        }
    }
}
