//! Re-rendering after member files changed: only the outputs that depend on them.
//!
//! The dependency map is explicit data: a member appears on its profile, the
//! directory, the pages of its services, technologies and country, the indexes of
//! those, its federations' pages and the federations index (member counts), the home
//! page and the pages whose text uses figures (when the totals, the figures per year
//! or its marker on the map change), the JSON exports (left to the caller: serve writes
//! them after the edit is served, `Partial::documents`), the
//! sitemap (when pages come or go) and the translation-status page (when the languages
//! of its texts or its out-of-date translations change: `coverage::TextInputs`).
//! Federation pages also link the countries that have members, so all of them are
//! re-rendered when that set of countries changes. Everything else (content pages,
//! feeds, calendars, theme files) does not read member data, so it is kept as served.
//! Pages that no longer exist (a removed member, a technology nobody uses any more) are
//! reported as removed.
//!
//! One edit reaches further than this map: a technology is shown with the spelling
//! most members use, so an edit can change how *other* members' cards spell it. Then
//! `members_changed` answers `None` and the caller renders everything; so does an edit
//! of a member that a case study names (its page shows the co-op's name and country).

use std::borrow::Cow;
use std::collections::BTreeSet;

use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

use crate::content::member::{Member, Status};
use crate::coverage::TextInputs;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::data_pages::{self, Selection};
use crate::render::data_routes::{DataRoutes, DATA_SECTIONS};
use crate::render::list_pages::totals;
use crate::render::structured::Documents;
use crate::render::{governance, map, murmurations, numbers, pages, placeholders, sitemap, Shared};
use crate::site::Site;

/// What a partial render produced.
pub struct Partial {
    /// Outputs to (re)write.
    pub outputs: Vec<OutputFile>,
    /// Output paths that no longer exist.
    pub removed: Vec<String>,
    pub problems: Vec<Diagnostic>,
    /// The export documents the edit changes, which are not among `outputs`: serve
    /// writes them after serving the edit (`structured::selected_documents`).
    pub documents: Documents,
}

type PageId = (&'static str, Option<String>);

/// What a member edit requires: which data pages, and whether the home pages and the
/// sitemap change.
struct Plan {
    selection: Selection,
    /// Data pages before and after, among those the edit could touch.
    old_ids: BTreeSet<PageId>,
    new_ids: BTreeSet<PageId>,
    same_home: bool,
    /// The translation-status page reads nothing that changed (`TextInputs`).
    same_status: bool,
}

/// Renders what depends on the members `slugs`, which changed between `old` and `new`;
/// `None` when the change reaches pages this module cannot list (see the module doc).
pub fn members_changed(old: &Site, new: &Site, slugs: &BTreeSet<String>) -> Option<Partial> {
    let shared = Shared::new(new);
    let plan = plan(old, new, &shared, slugs)?;
    let same_pages = plan.old_ids == plan.new_ids;
    let ((data, homes), (exports, sitemap)) = rayon::join(
        || {
            rayon::join(
                || data_pages::render_selected(new, &shared, &plan.selection),
                || {
                    if plan.same_home {
                        Vec::new()
                    } else {
                        home_pages(new, &shared)
                    }
                },
            )
        },
        || {
            rayon::join(
                || murmurations::selected(new, &shared, |s| slugs.contains(s)),
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
    if !plan.same_status {
        let (status, found) = super::translation_status::render(new, &shared);
        outputs.extend(status);
        problems.extend(found);
    }
    let routes = &shared.data_routes;
    let removed = removed_paths(old, new, routes, &plan.old_ids, &plan.new_ids, slugs);
    Some(Partial {
        outputs,
        removed,
        problems,
        documents: Documents::BOTH,
    })
}

/// Works out what the edit of `slugs` requires (see `Plan`), or `None`.
fn plan(old: &Site, new: &Site, shared: &Shared, slugs: &BTreeSet<String>) -> Option<Plan> {
    let routes = &shared.data_routes;
    // Case study pages show their co-ops' names and countries.
    if crate::render::case_studies::name_any(old, slugs)
        || crate::render::case_studies::name_any(new, slugs)
    {
        return None;
    }
    let (old_changed, new_changed) = (named(old, slugs), named(new, slugs));
    if governance::names_any_member(new, slugs) {
        return None;
    }
    if technology_names_differ(old, shared, &old_changed, &new_changed) {
        return None;
    }
    let mut candidates: BTreeSet<PageId> = DATA_SECTIONS.iter().map(|s| (*s, None)).collect();
    for member in old_changed.iter().chain(&new_changed) {
        candidates.extend(pages_showing(member, routes));
    }
    let (old_ids, new_ids) = (
        existing(old, routes, &candidates),
        existing(new, routes, &candidates),
    );
    let mut affected = new_ids.clone();
    if listed_countries(old) != listed_countries(new) {
        affected.extend(
            new.federations
                .iter()
                .map(|f| ("federations", Some(f.slug.clone()))),
        );
    }
    let same_home = totals(old) == shared.totals
        && numbers::history(old) == numbers::history(new)
        && old_changed
            .iter()
            .map(|m| map::marker_inputs(m))
            .eq(new_changed.iter().map(|m| map::marker_inputs(m)));
    let inputs = |site: &Site, members: &[&Member]| -> Vec<TextInputs> {
        members
            .iter()
            .map(|m| TextInputs::of_member(site, m))
            .collect()
    };
    let same_status = inputs(old, &old_changed) == inputs(new, &new_changed);
    Some(Plan {
        same_status,
        selection: Selection::Only {
            pages: affected,
            logos: slugs.clone(),
        },
        old_ids,
        new_ids,
        same_home,
    })
}

/// The members of `site` that `slugs` names.
fn named<'a>(site: &'a Site, slugs: &BTreeSet<String>) -> Vec<&'a Member> {
    site.members
        .iter()
        .filter(|m| slugs.contains(&m.slug))
        .map(|m| m.as_ref())
        .collect()
}

/// The home page of every language (it shows the totals and the map) and the pages
/// whose text uses figures (`render::placeholders`), in every language they render in.
fn home_pages(site: &Site, shared: &Shared) -> Vec<(Vec<OutputFile>, Vec<Diagnostic>)> {
    let jobs: Vec<(&str, &str)> = site
        .routes
        .iter()
        .filter(|(key, _, route)| {
            key.is_empty() || placeholders::used_by(&site.content.pages[route.page])
        })
        .map(|(key, lang, _)| (key, lang))
        .collect();
    jobs.par_iter()
        .map(|(key, lang)| pages::render_page(site, shared, key, lang))
        .collect()
}

/// The data pages on which `member` appears (besides the section indexes).
fn pages_showing(member: &Member, routes: &DataRoutes) -> Vec<PageId> {
    let mut ids = vec![("members", Some(member.slug.clone()))];
    ids.extend(
        member
            .data
            .federations
            .get_ref()
            .iter()
            .map(|f| ("federations", Some(f.get_ref().clone()))),
    );
    ids.extend(terms_of(member, routes));
    ids
}

/// The service, technology and country pages a listed member puts on the site.
fn terms_of(member: &Member, routes: &DataRoutes) -> Vec<PageId> {
    term_keys(member, routes)
        .into_iter()
        .map(|(section, id)| (section, Some(id.into_owned())))
        .collect()
}

/// `terms_of` as `(section, item)`, borrowed where the member's data already holds it.
fn term_keys<'a>(member: &'a Member, routes: &'a DataRoutes) -> Vec<(&'static str, Cow<'a, str>)> {
    let d = &member.data;
    let services = d
        .services
        .iter()
        .map(|s| ("services", Cow::Borrowed(s.get_ref().as_str())));
    let technologies = d
        .technologies
        .iter()
        .map(|t| ("technologies", routes.technology_id_ref(t)));
    let country = (
        "countries",
        Cow::Owned(d.country.get_ref().to_ascii_lowercase()),
    );
    services.chain(technologies).chain([country]).collect()
}

/// Which of `candidates` are pages of `site` (as `data_pages::page_ids` would list
/// them), looking only at those: term pages exist while a listed member has the term
/// (most terms are found among the first few members, so the search stops there).
fn existing(site: &Site, routes: &DataRoutes, candidates: &BTreeSet<PageId>) -> BTreeSet<PageId> {
    let listed: Vec<&Member> = site
        .members
        .iter()
        .filter(|m| m.data.status != Status::Former)
        .map(|m| m.as_ref())
        .collect();
    candidates
        .iter()
        .filter(|id| match (id.0, id.1.as_deref()) {
            (_, None) => true,
            ("members", Some(slug)) => site
                .members
                .binary_search_by(|m| m.slug.as_str().cmp(slug))
                .is_ok(),
            ("federations", Some(slug)) => site.federations.iter().any(|f| f.slug == slug),
            (section, Some(item)) => listed.iter().any(|m| has_term(m, routes, section, item)),
        })
        .cloned()
        .collect()
}

/// Whether `member` puts the term page `section`/`item` on the site (see `term_keys`).
fn has_term(member: &Member, routes: &DataRoutes, section: &str, item: &str) -> bool {
    let d = &member.data;
    match section {
        "services" => d.services.iter().any(|s| s.get_ref() == item),
        "technologies" => d
            .technologies
            .iter()
            .any(|t| routes.technology_id_ref(t) == item),
        "countries" => d.country.get_ref().eq_ignore_ascii_case(item),
        _ => false,
    }
}

/// Countries with listed members: the countries federation pages link.
fn listed_countries(site: &Site) -> BTreeSet<&str> {
    site.members
        .iter()
        .filter(|m| m.data.status != Status::Former)
        .map(|m| m.data.country.get_ref().as_str())
        .collect()
}

/// Whether a technology of the changed members that other members also use is now
/// shown with another spelling.
fn technology_names_differ(
    old: &Site,
    shared: &Shared,
    old_changed: &[&Member],
    new_changed: &[&Member],
) -> bool {
    let before = old.data_routes();
    let after = &shared.data_routes;
    let shown = |routes: &DataRoutes, slug: &str| -> Option<String> {
        routes.technologies.get(slug).map(|t| t.name.clone())
    };
    old_changed
        .iter()
        .chain(new_changed)
        .flat_map(|m| &m.data.technologies)
        .map(|name| after.technology_id(name))
        .any(|slug| match (shown(&before, &slug), shown(after, &slug)) {
            (Some(was), Some(now)) => was != now,
            _ => false,
        })
}

fn removed_paths(
    old: &Site,
    new: &Site,
    routes: &DataRoutes,
    old_ids: &BTreeSet<PageId>,
    new_ids: &BTreeSet<PageId>,
    slugs: &BTreeSet<String>,
) -> Vec<String> {
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
        let profile = |m: &Member| murmurations::path(m);
        if let Some(path) = profile(member) {
            if new
                .members
                .iter()
                .find(|m| m.slug == member.slug)
                .and_then(|m| profile(m))
                .is_none()
            {
                removed.push(path);
            }
        }
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
    use std::path::Path;

    use crate::render::partial_check::{member_edit_compared, rewrite_member as rewrite};

    /// The `federation` fixture's members edited by `edit`, rendered partially and
    /// compared with a full render (`partial_check::member_edit_compared`).
    fn edit_and_compare(edit: impl Fn(&Path), slugs: &[&str]) -> Option<Vec<String>> {
        member_edit_compared("federation", slugs, edit)
    }

    /// Moving a member (technologies, federation, country, summary) and deleting
    /// another: term pages come and go, every federation page changes.
    #[test]
    fn partial_render_after_moves_and_deletions_equals_full_render() {
        let edit = |members: &Path| {
            rewrite(members, "lumen-digital", |text| {
                text.replace(
                    "technologies = [\"Rust\", \"Django\"]",
                    "technologies = [\"Django\", \"Elixir\"]",
                )
                .replace("federations = [\"febe-tech\"]", "federations = [\"tce\"]")
                .replace("country = \"BE\"", "country = \"LU\"")
                .replacen("\nen = \"", "\nen = \"Edited. ", 1)
            });
            std::fs::remove_file(members.join("glen-code.toml")).expect("delete");
        };
        let produced = edit_and_compare(edit, &["lumen-digital", "glen-code"]);
        let produced = produced.expect("a partial render");
        assert!(produced.iter().any(|p| p == "index.html"), "totals changed");
    }

    /// A summary edit changes cards and the profile, not the home page.
    #[test]
    fn partial_render_after_a_summary_edit_equals_full_render() {
        let edit = |members: &Path| {
            rewrite(members, "lumen-digital", |text| {
                text.replacen("\nen = \"", "\nen = \"Edited. ", 1)
            });
        };
        let produced = edit_and_compare(edit, &["lumen-digital"]).expect("a partial render");
        assert!(produced
            .iter()
            .any(|p| p == "members/lumen-digital/index.html"));
        assert!(produced.iter().any(|p| p == "members/index.html"));
        assert!(
            !produced.iter().any(|p| p == "index.html"),
            "home unchanged"
        );
        assert!(
            !produced
                .iter()
                .any(|p| p.ends_with("translation-status/index.html")),
            "the same languages: the status page is unchanged"
        );
    }

    /// A description in one language adds a text to translate: the status page counts
    /// it in every language.
    #[test]
    fn partial_render_after_a_new_text_equals_full_render() {
        let edit = |members: &Path| {
            rewrite(members, "lumen-digital", |text| {
                format!("{text}\n[description]\nen = \"We build and host web applications.\"\n")
            });
        };
        let produced = edit_and_compare(edit, &["lumen-digital"]).expect("a partial render");
        assert!(produced
            .iter()
            .any(|p| p == "fr/translation-status/index.html"));
    }

    /// A translation recorded against other texts than today's is out of date: the
    /// status page lists it.
    #[test]
    fn partial_render_after_a_translation_goes_out_of_date_equals_full_render() {
        let edit = |members: &Path| {
            rewrite(members, "lumen-digital", |text| {
                format!("{text}\n[translated_from]\nfr = \"0000000000000000\"\n")
            });
        };
        let produced = edit_and_compare(edit, &["lumen-digital"]).expect("a partial render");
        assert!(produced
            .iter()
            .any(|p| p == "translation-status/index.html"));
    }

    /// Moving a member on the map (its coordinates) redraws the map of the directory
    /// and the home pages (the remembered map is keyed by every marker); only the
    /// edited member's Murmurations profile is rendered again.
    #[test]
    fn partial_render_after_a_move_on_the_map_equals_full_render() {
        let edit = |members: &Path| {
            rewrite(members, "lumen-digital", |text| {
                text.replace("coordinates = [50.85, 4.35]", "coordinates = [50.63, 5.57]")
            });
        };
        let produced = edit_and_compare(edit, &["lumen-digital"]).expect("a partial render");
        assert!(produced.iter().any(|p| p == "index.html"), "home map");
        let mut profiles: Vec<&String> = produced
            .iter()
            .filter(|p| p.starts_with("murmurations/"))
            .collect();
        profiles.sort();
        assert_eq!(
            profiles,
            ["murmurations/index.json", "murmurations/lumen-digital.json"]
        );
    }

    /// A new member whose slug is a prefix of another's (`lumen`, `lumen-digital`):
    /// lists keep the order of a full load (by slug) after the partial render.
    #[test]
    fn partial_render_after_adding_a_member_keeps_the_order_of_a_full_render() {
        let edit = |members: &Path| {
            let text = std::fs::read_to_string(members.join("lumen-digital.toml")).expect("read");
            let renamed = text.replacen("name = \"", "name = \"Lumen ", 1);
            std::fs::write(members.join("lumen.toml"), renamed).expect("write");
        };
        let produced = edit_and_compare(edit, &["lumen"]).expect("a partial render");
        assert!(produced.iter().any(|p| p == "members/lumen/index.html"));
    }

    /// An active member becomes an applicant: still listed and on the map, no longer
    /// counted (`render::numbers`), so the home totals, the map caption and the
    /// federation counts change.
    #[test]
    fn partial_render_after_a_status_change_equals_full_render() {
        let edit = |members: &Path| {
            rewrite(members, "kiez-code", |text| {
                text.replace("status = \"active\"", "status = \"applicant\"")
            });
        };
        let produced = edit_and_compare(edit, &["kiez-code"]).expect("a partial render");
        assert!(produced.iter().any(|p| p == "index.html"), "totals changed");
    }

    /// Dropping "Django" makes another member's "django" the spelling shown on every
    /// card with it: beyond the dependency map, so the partial render declines.
    #[test]
    fn partial_render_declines_when_a_technology_changes_spelling() {
        let edit = |members: &Path| {
            rewrite(members, "lumen-digital", |text| {
                text.replace(
                    "technologies = [\"Rust\", \"Django\"]",
                    "technologies = [\"Rust\"]",
                )
            });
        };
        assert!(edit_and_compare(edit, &["lumen-digital"]).is_none());
    }
}
