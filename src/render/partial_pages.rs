//! Re-rendering after markdown pages changed (a page, a news post, an event, a
//! translation): only the outputs that read them.
//!
//! The dependency map, as data: a page's text (title, body, dates, description, weight,
//! `[event]`, `[extra]`) is read by
//! - the page itself, in every language (fallback pages show the original's text);
//! - the section that lists it (its parent: all of a news list's pages), and the home
//!   page (latest news, upcoming events);
//! - the Atom feeds, the calendars, the sitemap (dates), the alias redirects and the
//!   host files (`_redirects` lists aliases), which are re-rendered whole: one file per
//!   language each.
//!
//! Nothing else reads pages but through their URLs (links, menus, switchers,
//! alternates, data pages' frames), so while every URL stays the same, nothing else
//! changes. An edit that changes URLs or the set of pages (a new or deleted page or
//! translation, a `slug`, a draft flag) reaches every page's links and menus: then
//! `pages_changed` answers `None` and the caller renders everything.

use std::collections::BTreeSet;
use std::sync::Arc;

use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

use crate::content::{event, Content, LoadOptions};
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::partial::Partial;
use crate::render::routes::{PageRoute, Routes};
use crate::render::static_collisions::Guard;
use crate::render::{calendar, collisions, events, feeds, host_files, pages, sitemap, Shared};
use crate::site::Site;

/// `site` with `content/`'s pages read again (members, federations, theme and
/// translations kept), and the problems found in them and their URLs.
pub fn reload_content(site: &Site, drafts: bool) -> (Site, Vec<Diagnostic>) {
    let (content, mut problems) = Content::load(&site.root, &site.config, LoadOptions { drafts });
    let (routes, found) = Routes::build(&site.config, &content);
    problems.extend(found);
    let mut new = site.clone();
    new.content = Arc::new(content);
    new.routes = Arc::new(routes);
    problems.extend(collisions::data_page_collisions(&new));
    problems.extend(event::check_all(
        &new.content,
        &new.routes,
        &new.federation_slugs,
    ));
    (new, problems)
}

/// Renders what reads the pages that differ between `old` and `new` (see the module
/// doc); `None` when their URLs or the set of pages changed.
pub fn pages_changed(old: &Site, new: &Site) -> Option<Partial> {
    if !same_urls(old, new) {
        return None;
    }
    let changed = changed_keys(old, new);
    let mut keys: BTreeSet<&str> = changed
        .iter()
        .map(|k| crate::content::page::parent_key(k))
        .collect();
    keys.extend(changed.iter().copied());
    keys.insert("");
    let shared = Shared::new(new);
    let jobs: Vec<(&str, &str)> = keys
        .iter()
        .flat_map(|key| new.config.languages().map(move |lang| (*key, lang)))
        .collect();
    let rendered: Vec<(Vec<OutputFile>, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|(key, lang)| pages::render_page(new, &shared, key, lang))
        .collect();
    let mut guard = Guard::new(new);
    let mut outputs = Vec::new();
    let mut problems = Vec::new();
    for (files, found) in rendered {
        outputs.extend(guard.screen(files));
        problems.extend(found);
    }
    let aliases = pages::aliases(new, &shared, &mut problems);
    let removed = removed_paths(old, new, &changed, &aliases);
    outputs.extend(guard.screen(aliases));
    outputs.extend(guard.screen(feeds::render(new, &shared)));
    outputs.extend(guard.screen(calendar::render(new, &shared)));
    outputs.extend(guard.screen(sitemap::render(new, &shared)));
    outputs.extend(guard.screen(host_files::render(new, &shared)));
    problems.extend(guard.into_problems());
    // Of two outputs with one path the first wins, as in `render_all`.
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    outputs.dedup_by(|a, b| a.path == b.path);
    Some(Partial {
        outputs,
        removed,
        problems,
    })
}

/// Whether every page has the same URL in every language, shown from the same file.
fn same_urls(old: &Site, new: &Site) -> bool {
    fn described<'a>(
        site: &'a Site,
        route: (&'a str, &'a str, &'a PageRoute),
    ) -> impl PartialEq + 'a {
        let (key, lang, route) = route;
        let file = &site.content.pages[route.page].file;
        (key, lang, &route.path, route.is_fallback, file)
    }
    old.content.unparsed == new.content.unparsed
        && old.routes.iter().count() == new.routes.iter().count()
        && old
            .routes
            .iter()
            .zip(new.routes.iter())
            .all(|(a, b)| described(old, a) == described(new, b))
}

/// Keys of the pages whose file's text differs (`same_urls` holds).
fn changed_keys<'a>(old: &Site, new: &'a Site) -> BTreeSet<&'a str> {
    new.routes
        .iter()
        .filter(|(key, lang, route)| {
            let now = &new.content.pages[route.page];
            old.routes
                .get(key, lang)
                .is_none_or(|was| old.content.pages[was.page].source != now.source)
        })
        .map(|(key, _, _)| key)
        .collect()
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
