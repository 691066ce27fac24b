//! Re-rendering after federation files changed: only the outputs that read them.
//!
//! The dependency map, as data. Every page's context shows other federations only by
//! what identifies them — slug, `name`, `name_translations`, `short_name` and
//! `relation` (the footer lists member and forming federations by name, member cards
//! and profiles, events, people and the directory's filter print labels, the home page
//! counts federations by relation, the sitemap lists their pages). While that identity
//! stays the same, a federation's other fields (summary, description, website,
//! countries, languages, founded, Matrix room, community links, `members_source`,
//! `translated_from`, parents) are read only by
//! - its own page, in every language (its view and its JSON-LD);
//! - the federations index (a card per federation, and the hierarchy);
//! - the pages of the parents it gains or loses (their view lists their children);
//! - `federations.json` (`members.json` reads member files only), which serve writes
//!   after the edit is served (`Partial::documents`);
//! - the translation status page, where federation texts are counted: only when the
//!   languages of its texts or its out-of-date translations change
//!   (`coverage::TextInputs`).
//!
//! An edit that changes any federation's identity reaches every page (the footer) or
//! every card of its members: `federations_changed` answers `None` and the caller
//! renders everything, without the member cards remembered from the last site
//! (`reload` leaves the memo behind then, since cards print federation labels). A
//! federation file added or removed changes the slugs other files may name, and what
//! `check` says of them: `reload` answers `None`, and serve loads the whole site again.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use crate::content::data;
use crate::content::federation::{Federation, Relation};
use crate::coverage::TextInputs;
use crate::diagnostic::Diagnostic;
use crate::render::data_pages::{self, Selection};
use crate::render::partial::Partial;
use crate::render::structured::Documents;
use crate::render::{translation_status, Shared};
use crate::site::{Rejected, Site};

/// `site` with the federation files at `changed` (relative to the root) read again,
/// and the problems found in them, checked as a full load checks them. `None` when a
/// file was added or removed, or was not published before (then everything is loaded
/// again). The memo of member cards is kept only while no federation's identity changed.
pub fn reload(site: &Site, changed: &[PathBuf]) -> Option<(Site, Vec<Diagnostic>)> {
    let mut new = site.clone();
    let mut problems = Vec::new();
    let mut rejected = site.rejected.federations.clone();
    for rel in changed {
        let slug = slug_of(rel);
        find(site, &slug)?;
        // Still in `new` unless the same file was named twice and rejected the first time.
        let at = new.federations.iter().position(|f| f.slug == slug)?;
        match data::load_federation(&site.root, rel)? {
            Ok(federation) if federation.shape.is_sound() => new.federations[at] = federation,
            Ok(federation) => {
                // Checked below with the others, never published: the edit fails.
                new.federations.remove(at);
                rejected.push(federation);
            }
            Err(problem) => problems.push(problem),
        }
    }
    new.rejected = Arc::new(Rejected {
        members: site.rejected.members.clone(),
        federations: rejected,
    });
    // Every other file passed these checks when it was loaded, and the slugs they may
    // name are the same files as before.
    let slugs: BTreeSet<String> = changed.iter().map(|rel| slug_of(rel)).collect();
    problems.extend(crate::check::federation_files(&new, |slug| {
        slugs.contains(slug)
    }));
    if identities(site) != identities(&new) {
        new.memo = Arc::default();
    }
    Some((new, problems))
}

/// The slug a data file's path names (its file stem).
fn slug_of(rel: &std::path::Path) -> String {
    rel.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What other pages show of a federation (see the module doc).
type Identity<'a> = (
    &'a str,
    &'a str,
    &'a BTreeMap<String, String>,
    Option<&'a str>,
    Relation,
);

/// The identity of every published federation, by slug.
fn identities(site: &Site) -> Vec<Identity<'_>> {
    site.federations
        .iter()
        .map(|f| {
            let d = &f.data;
            let short_name = d.short_name.as_deref();
            (
                f.slug.as_str(),
                d.name.as_str(),
                &d.name_translations,
                short_name,
                d.relation,
            )
        })
        .collect()
}

/// Renders what reads the federations `slugs`, which changed between `old` and `new`
/// (see the module doc); `None` when a federation's identity changed.
pub fn federations_changed(old: &Site, new: &Site, slugs: &BTreeSet<String>) -> Option<Partial> {
    if identities(old) != identities(new) {
        return None;
    }
    let shared = Shared::new(new);
    let mut pages: BTreeSet<(&'static str, Option<String>)> = BTreeSet::new();
    pages.insert(("federations", None));
    for slug in slugs {
        pages.insert(("federations", Some(slug.clone())));
        pages.extend(
            changed_parents(find(old, slug), find(new, slug))
                .filter(|parent| find(new, parent).is_some())
                .map(|parent| ("federations", Some(parent))),
        );
    }
    let selection = Selection::Only {
        pages,
        logos: BTreeSet::new(),
    };
    let (mut outputs, mut problems) = data_pages::render_selected(new, &shared, &selection);
    if text_inputs(old, slugs) != text_inputs(new, slugs) {
        let (status, found) = translation_status::render(new, &shared);
        outputs.extend(status);
        problems.extend(found);
    }
    Some(Partial {
        outputs,
        removed: Vec::new(),
        problems,
        // members.json does not read federation files.
        documents: Documents {
            members: false,
            federations: true,
        },
    })
}

/// What the translation-status page reads of the federations `slugs`.
fn text_inputs(site: &Site, slugs: &BTreeSet<String>) -> Vec<Option<TextInputs>> {
    let of = |slug: &String| find(site, slug).map(|f| TextInputs::of_federation(site, f));
    slugs.iter().map(of).collect()
}

fn find<'a>(site: &'a Site, slug: &str) -> Option<&'a Federation> {
    site.federations.iter().find(|f| f.slug == slug)
}

/// The parents named by one of `before` and `after` but not both: their pages' views
/// list their children.
fn changed_parents(
    before: Option<&Federation>,
    after: Option<&Federation>,
) -> impl Iterator<Item = String> {
    let parents = |f: Option<&Federation>| -> BTreeSet<String> {
        f.map(|f| f.data.parents.iter().map(|p| p.get_ref().clone()).collect())
            .unwrap_or_default()
    };
    let (before, after) = (parents(before), parents(after));
    before
        .symmetric_difference(&after)
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
}
