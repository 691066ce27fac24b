//! Re-rendering after markdown pages changed (a page, a news post, an event, a
//! translation): only the outputs that read them.
//!
//! The dependency map, as data: a page's text (title, body, dates, description, weight,
//! `[event]`, `[extra]`) is read by
//! - the page itself, in every language (fallback pages show the original's text);
//! - the section that lists it (its parent: all of a news list's pages); for a news
//!   post or an event, the home page (latest news, upcoming events) and the Atom feed
//!   or the calendar;
//! - the sitemap (its `updated` or `date`), the alias redirects and the host files
//!   (`_redirects` lists aliases).
//!
//! Each only in the languages that show the changed file: its own, and those where it
//! stands in for a missing translation; in every language when an original's `date` or
//! `[event]` changed, since translations inherit them (`news::posts`, `events::entry`).
//!
//! Nothing else reads pages but through their URLs (links, menus, switchers,
//! alternates, data pages' frames), so while every URL stays the same, nothing else
//! changes. An edit that changes URLs or the set of pages (a new or deleted page or
//! translation, a `slug`, a draft flag) reaches every page's links and menus: then
//! `pages_changed` answers `None` and the caller renders everything; so does an edit of
//! a case study, which data pages and `members.json` read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

use crate::content::page::parent_key;
use crate::content::{case_study, event, LoadOptions, DIR};
use crate::coverage::stale;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::partial::Partial;
use crate::render::routes::{PageRoute, Routes};
use crate::render::static_collisions::Guard;
use crate::render::structured::Documents;
use crate::render::{
    calendar, collisions, events, feeds, governance, host_files, news, pages, sitemap, Shared,
};
use crate::site::Site;

/// `site` with the pages at `changed` (relative to the root) read again (everything
/// else kept), and the problems found in them and their URLs.
pub fn reload_content(site: &Site, drafts: bool, changed: &[PathBuf]) -> (Site, Vec<Diagnostic>) {
    let (content, mut problems) =
        site.content
            .with_files_reloaded(&site.root, &site.config, LoadOptions { drafts }, changed);
    let mut new = site.clone();
    // The routes (and their checks) read only what `Routes::same_inputs` compares: when
    // that held, they are the last site's, which had no problem (it was served).
    if !Routes::same_inputs(&site.content, &content) {
        let (routes, found) = Routes::build(&site.config, &content);
        problems.extend(found);
        new.routes = Arc::new(routes);
    }
    new.content = Arc::new(content);
    (new, problems)
}

/// Renders what reads the pages at `changed` (relative to the root), which differ
/// between `old` and `new` (see the module doc); `None` when their URLs or the set of
/// pages changed.
pub fn pages_changed(old: &Site, new: &Site, changed: &[PathBuf]) -> Option<Partial> {
    // Case studies are read by data pages (profiles, services, technologies, the hire
    // page) and members.json: their edits render everything. A page that becomes, or
    // stops being, the governance page adds or removes the working groups' pages.
    let case_study = |p: &PathBuf| p.starts_with(Path::new(DIR).join(case_study::SECTION));
    if !same_urls(old, new)
        || changed.iter().any(case_study)
        || governance::page_paths(old) != governance::page_paths(new)
    {
        return None;
    }
    let plan = plan(old, new, changed);
    // The checks of `Site::check` that read pages: with the same URLs, only changed
    // aliases can newly land on a data page.
    let mut problems = event::check_all(&new.content, &new.routes, &new.federation_slugs);
    let members = new.members.iter().map(|m| m.slug.clone()).collect();
    let known = case_study::Known {
        members: &members,
        i18n: &new.i18n,
        default_language: new.config.default_language(),
    };
    problems.extend(case_study::check_all(&new.content, &new.routes, &known));
    if aliases_of(old) != aliases_of(new) {
        problems.extend(collisions::data_page_collisions(new));
    }
    let shared = Shared::new(new);
    let jobs: Vec<(&str, &str)> = plan.pages.iter().map(|(k, l)| (*k, *l)).collect();
    let rendered: Vec<(Vec<OutputFile>, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|(key, lang)| match plan.news_only.get(lang) {
            Some(posts) if *key == news::SECTION => news_pages(new, &shared, lang, posts),
            _ => pages::render_page(new, &shared, key, lang),
        })
        .collect();
    let mut guard = Guard::new(new);
    let mut outputs = Vec::new();
    for (files, found) in rendered {
        outputs.extend(guard.screen(files));
        problems.extend(found);
    }
    let aliases = pages::aliases(new, &shared, &mut problems);
    let removed = removed_paths(old, new, &plan.changed, &aliases);
    outputs.extend(guard.screen(aliases));
    let langs: Vec<&str> = plan.feeds.iter().copied().collect();
    outputs.extend(guard.screen(feeds::render_languages(new, &shared, &langs)));
    let langs: Vec<&str> = plan.calendars.iter().copied().collect();
    outputs.extend(guard.screen(calendar::render_languages(new, &shared, &langs)));
    if plan.sitemap {
        outputs.extend(guard.screen(sitemap::render(new, &shared)));
    }
    outputs.extend(guard.screen(host_files::render(new, &shared)));
    // The status page lists stale translations, which any edit of a page may make or
    // mend; its other counts read which pages exist in which language, and the URLs
    // (checked above) say that did not change.
    let (old_stale, new_stale) = (stale::find(old), stale::find(new));
    if stale::listed(&old_stale) != stale::listed(&new_stale) {
        let (status, found) = super::translation_status::render(new, &shared);
        outputs.extend(guard.screen(status));
        problems.extend(found);
    }
    problems.extend(new_stale.into_iter().map(|s| s.warning));
    problems.extend(guard.into_problems());
    // Of two outputs with one path the first wins, as in `render_all`.
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    outputs.dedup_by(|a, b| a.path == b.path);
    Some(Partial {
        outputs,
        removed,
        problems,
        documents: Documents::NONE,
    })
}

/// What an edit of pages requires.
struct Plan<'a> {
    /// Keys of the pages whose file changed.
    changed: BTreeSet<&'a str>,
    /// `(key, language)` of the pages to render again.
    pages: BTreeSet<(&'a str, &'a str)>,
    /// Languages whose Atom feed, and whose calendar, read a changed page.
    feeds: BTreeSet<&'a str>,
    calendars: BTreeSet<&'a str>,
    /// Whether a date the sitemap shows (`updated`, else `date`) changed.
    sitemap: bool,
    /// Per language, the changed posts, when no post moved (no date changed) and the
    /// news section's own page did not change: only their list pages change.
    news_only: BTreeMap<&'a str, BTreeSet<&'a str>>,
}

/// Works out which outputs read the changed files: in which languages each changed
/// key is shown from a changed file (all of them when an original's `date` or
/// `[event]`, which translations inherit, changed), and there the page, its section,
/// the home page, feed and calendar as far as they list it.
fn plan<'a>(old: &Site, new: &'a Site, changed: &[PathBuf]) -> Plan<'a> {
    let mut plan = Plan {
        changed: BTreeSet::new(),
        pages: BTreeSet::new(),
        feeds: BTreeSet::new(),
        calendars: BTreeSet::new(),
        sitemap: false,
        news_only: BTreeMap::new(),
    };
    let mut moved = false;
    let mut shown: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let all: Vec<&str> = new.config.languages().collect();
    for (key, lang, route) in new.routes.iter() {
        let now = &new.content.pages[route.page];
        if !changed.contains(&now.file) {
            continue;
        }
        let Some(was) = old
            .routes
            .get(key, lang)
            .map(|r| &old.content.pages[r.page])
        else {
            continue;
        };
        if was.source == now.source {
            continue;
        }
        plan.changed.insert(key);
        moved |= was.front.date != now.front.date;
        plan.sitemap |= was.front.updated != now.front.updated || moved;
        let languages = shown.entry(key).or_default();
        languages.insert(lang);
        let is_original = new
            .routes
            .original(key)
            .is_some_and(|o| o.page == route.page);
        if is_original && inherited(was) != inherited(now) {
            languages.extend(all.iter().copied());
        }
    }
    for (key, languages) in shown {
        let parent = parent_key(key);
        let page = new.routes.original(key).map(|r| &new.content.pages[r.page]);
        let listed = page.is_some_and(|p| !p.is_section)
            && [news::SECTION, event::SECTION].contains(&parent);
        for lang in languages {
            plan.pages.extend([(key, lang), (parent, lang)]);
            if listed {
                // The home page shows the latest posts and the next events.
                plan.pages.insert(("", lang));
                if parent == news::SECTION {
                    plan.feeds.insert(lang);
                    plan.news_only.entry(lang).or_default().insert(key);
                } else {
                    plan.calendars.insert(lang);
                }
            }
        }
    }
    if moved || plan.changed.contains(news::SECTION) {
        plan.news_only.clear();
    }
    plan
}

/// The news list pages of `lang` that show `posts` (see `Plan::news_only`).
fn news_pages(
    site: &Site,
    shared: &Shared,
    lang: &str,
    posts: &BTreeSet<&str>,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let Some(prepared) = pages::prepare(site, shared, news::SECTION, lang) else {
        return (Vec::new(), Vec::new());
    };
    let wanted: BTreeSet<usize> = posts
        .iter()
        .filter_map(|key| news::list_page_of(site, shared, key, lang))
        .collect();
    news::render_list_pages(site, shared, prepared, lang, &|n| wanted.contains(&n))
}

/// Every alias of the site's pages, in order.
fn aliases_of(site: &Site) -> Vec<&String> {
    site.content
        .pages
        .iter()
        .flat_map(|page| &page.front.aliases)
        .collect()
}

/// What translations take from their original: the date (lists, feeds) and the
/// `[event]` table, serialized to compare it.
fn inherited(page: &crate::content::Page) -> (Option<String>, Option<String>) {
    let event = page
        .front
        .event
        .as_ref()
        .and_then(|e| serde_json::to_string(e).ok());
    (page.front.date.as_ref().map(ToString::to_string), event)
}

/// Whether every page has the same URL in every language, shown from the same file.
fn same_urls(old: &Site, new: &Site) -> bool {
    // Routes carried over by `reload_content` were built from pages with the same files.
    let carried =
        Arc::ptr_eq(&old.routes, &new.routes) && Routes::same_inputs(&old.content, &new.content);
    old.content.unparsed == new.content.unparsed && (carried || same_routes(old, new))
}

/// Whether every route of `old` and `new` is the same, shown from the same file.
fn same_routes(old: &Site, new: &Site) -> bool {
    fn described<'a>(
        site: &'a Site,
        route: (&'a str, &'a str, &'a PageRoute),
    ) -> impl PartialEq + 'a {
        let (key, lang, route) = route;
        let file = &site.content.pages[route.page].file;
        (key, lang, &route.path, route.is_fallback, file)
    }
    old.routes.iter().count() == new.routes.iter().count()
        && old
            .routes
            .iter()
            .zip(new.routes.iter())
            .all(|(a, b)| described(old, a) == described(new, b))
}

/// Outputs of the old site that the new one no longer has: alias redirects dropped,
/// and the `event.ics` of a page that is no longer a (valid) event.
fn removed_paths(
    old: &Site,
    new: &Site,
    changed: &BTreeSet<&str>,
    aliases: &[OutputFile],
) -> Vec<String> {
    let new_aliases: BTreeSet<&str> = aliases.iter().map(|o| o.path.as_str()).collect();
    let mut removed: Vec<String> = old
        .routes
        .iter()
        .filter(|(_, _, route)| !route.is_fallback)
        .flat_map(|(_, _, route)| &old.content.pages[route.page].front.aliases)
        .filter_map(|alias| pages::alias_file(alias))
        .filter(|file| !new_aliases.contains(file.as_str()))
        .collect();
    for key in changed {
        for lang in new.config.languages() {
            let was = events::entry(old, key, lang).is_some();
            if was && events::entry(new, key, lang).is_none() {
                if let Some(route) = old.routes.get(key, lang) {
                    removed.push(format!("{}{}", route.path, calendar::EVENT_FILE));
                }
            }
        }
    }
    removed.sort();
    removed.dedup();
    removed
}

#[cfg(test)]
#[path = "partial_pages_tests.rs"]
mod tests;
