//! Re-rendering after member files changed: only the outputs that depend on members.
//!
//! The dependency map is explicit data: a member appears on its profile, the
//! directory, the pages of its services, technologies and country, the indexes of
//! those, every federation page (member counts, linked countries), the home page
//! (totals), the JSON exports and the sitemap. Everything else (content pages, feeds, calendars, theme files) does not
//! read member data, so it is kept as served. Pages that no longer exist (a removed
//! member, a technology nobody uses any more) are reported as removed.

use std::collections::BTreeSet;

use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::data_pages::{self, Selection};
use crate::render::data_routes::{technology_slug, DataRoutes, DATA_SECTIONS};
use crate::render::{pages, sitemap, structured, Shared};
use crate::site::Site;

/// What a partial render produced.
pub struct Partial {
    /// Outputs to (re)write.
    pub outputs: Vec<OutputFile>,
    /// Output paths that no longer exist.
    pub removed: Vec<String>,
    pub problems: Vec<Diagnostic>,
}

type PageId = (&'static str, Option<String>);

/// Renders what depends on the members `slugs`, which changed between `old` and `new`.
pub fn members_changed(old: &Site, new: &Site, slugs: &BTreeSet<String>) -> Partial {
    let shared = Shared::new(new);
    let old_ids: BTreeSet<PageId> = data_pages::page_ids(old).into_iter().collect();
    let new_ids: BTreeSet<PageId> = data_pages::page_ids(new).into_iter().collect();
    let mut affected: BTreeSet<PageId> = DATA_SECTIONS.iter().map(|s| (*s, None)).collect();
    // Every federation page: they show member counts and link the countries that have
    // members, which any member edit can change. There are few of them.
    affected.extend(
        new.federations
            .iter()
            .map(|f| ("federations", Some(f.slug.clone()))),
    );
    for site in [old, new] {
        for member in site.members.iter().filter(|m| slugs.contains(&m.slug)) {
            affected.extend(pages_showing(member));
        }
    }
    affected.retain(|id| new_ids.contains(id));
    let selection = Selection::Only {
        pages: affected,
        logos: slugs.clone(),
    };
    let same_pages = old_ids == new_ids;
    let ((data, homes), (exports, sitemap)) = rayon::join(
        || {
            rayon::join(
                || data_pages::render_selected(new, &shared, &selection),
                || home_pages(new, &shared),
            )
        },
        || {
            rayon::join(
                || structured::exports(new, &shared),
                // The sitemap lists pages, not their content: same pages, same sitemap.
                || {
                    if same_pages {
                        Vec::new()
                    } else {
                        sitemap::render(new, &shared)
                    }
                },
            )
        },
    );
    let (mut outputs, mut problems) = data;
    for (files, found) in homes {
        outputs.extend(files);
        problems.extend(found);
    }
    outputs.extend(exports);
    outputs.extend(sitemap);
    let removed = removed_paths(old, new, &shared, &old_ids, &new_ids, slugs);
    Partial {
        outputs,
        removed,
        problems,
    }
}

/// The home page of every language (it shows the totals and the map).
fn home_pages(site: &Site, shared: &Shared) -> Vec<(Vec<OutputFile>, Vec<Diagnostic>)> {
    let languages: Vec<&str> = site.config.languages().collect();
    languages
        .par_iter()
        .map(|lang| pages::render_page(site, shared, "", lang))
        .collect()
}

/// The data pages on which `member` appears (besides the section indexes).
fn pages_showing(member: &Member) -> Vec<PageId> {
    let d = &member.data;
    let mut ids = vec![("members", Some(member.slug.clone()))];
    ids.extend(
        d.federations
            .get_ref()
            .iter()
            .map(|f| ("federations", Some(f.get_ref().clone()))),
    );
    ids.extend(
        d.services
            .iter()
            .map(|s| ("services", Some(s.get_ref().clone()))),
    );
    ids.extend(
        d.technologies
            .iter()
            .map(|t| ("technologies", Some(technology_slug(t)))),
    );
    ids.push(("countries", Some(d.country.get_ref().to_ascii_lowercase())));
    ids
}

fn removed_paths(
    old: &Site,
    new: &Site,
    shared: &Shared,
    old_ids: &BTreeSet<PageId>,
    new_ids: &BTreeSet<PageId>,
    slugs: &BTreeSet<String>,
) -> Vec<String> {
    let routes = DataRoutes::new(old, &shared.base_path, &shared.base_url);
    let mut removed: Vec<String> = old_ids
        .difference(new_ids)
        .flat_map(|(section, item)| {
            old.config
                .languages()
                .map(|lang| format!("{}index.html", routes.path(lang, section, item.as_deref())))
                .collect::<Vec<_>>()
        })
        .collect();
    let new_logo = |slug: &str| {
        new.members
            .iter()
            .find(|m| m.slug == slug)
            .and_then(|m| DataRoutes::logo_path(m))
    };
    for member in old.members.iter().filter(|m| slugs.contains(&m.slug)) {
        if let Some(path) = DataRoutes::logo_path(member) {
            if new_logo(&member.slug).as_ref() != Some(&path) {
                removed.push(path);
            }
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    use super::members_changed;
    use crate::site::{BuildOptions, Site};

    fn load(root: &Path) -> Site {
        let options = BuildOptions {
            now: crate::moment::Moment::parse("2026-11-25T12:00:00Z").ok(),
            ..BuildOptions::default()
        };
        let loaded = Site::load(root, &options);
        loaded.site.expect("fixture loads")
    }

    fn full(site: &Site) -> BTreeMap<String, Vec<u8>> {
        let (outputs, problems) = crate::render::render_all(site);
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        outputs.into_iter().map(|o| (o.path, o.bytes)).collect()
    }

    fn copy_fixture(to: &Path) {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/federation");
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

    /// Applying a partial render to the old outputs gives exactly the new full render.
    #[test]
    fn partial_render_after_member_edits_equals_full_render() {
        let tmp = tempfile::tempdir().expect("tempdir");
        copy_fixture(tmp.path());
        let before = load(tmp.path());
        let mut served = full(&before);
        let members = tmp.path().join("content/members");
        let lumen = std::fs::read_to_string(members.join("lumen-digital.toml")).expect("read");
        let edited = lumen
            .replace(
                "technologies = [\"Rust\", \"Django\"]",
                "technologies = [\"Elixir\"]",
            )
            .replace("federations = [\"febe-tech\"]", "federations = [\"tce\"]")
            .replace("country = \"BE\"", "country = \"LU\"")
            .replacen("\nen = \"", "\nen = \"Edited. ", 1);
        assert_ne!(edited, lumen);
        std::fs::write(members.join("lumen-digital.toml"), edited).expect("write");
        std::fs::remove_file(members.join("glen-code.toml")).expect("delete");
        let changed: Vec<PathBuf> = ["lumen-digital", "glen-code"]
            .iter()
            .map(|slug| PathBuf::from(format!("content/members/{slug}.toml")))
            .collect();
        let (after, problems) = before.with_members_reloaded(&changed);
        assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
        let slugs = ["lumen-digital", "glen-code"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let partial = members_changed(&before, &after, &slugs);
        assert!(partial.problems.is_empty());
        for output in partial.outputs {
            served.insert(output.path, output.bytes);
        }
        for path in &partial.removed {
            assert!(served.remove(path).is_some(), "removed {path} was served");
        }
        let expected = full(&load(tmp.path()));
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
    }
}
