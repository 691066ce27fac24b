//! Content pages and aliases that would land on a page federa generates from the data
//! files (the member directory, a profile, a service page …).
//!
//! Both would be written to the same file and one would silently hide the other, so
//! they are errors at the page file or at the alias, with a hint to move it.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::render::data_pages::page_ids;
use crate::site::Site;

/// Every collision of a content page or alias with a data page, in every language.
pub fn data_page_collisions(site: &Site) -> Vec<Diagnostic> {
    let routes = site.data_routes();
    let mut generated: BTreeMap<String, String> = BTreeMap::new();
    for (section, item) in page_ids(site) {
        for lang in site.config.languages() {
            let what = match &item {
                Some(item) => format!("the {section} page `{item}`"),
                None => format!("the {section} index"),
            };
            generated.insert(routes.path(lang, section, item.as_deref()), what);
        }
    }
    let mut problems = Vec::new();
    let mut reported = std::collections::BTreeSet::new();
    // A page's own language first: that is the URL its author wrote.
    let mut pages: Vec<_> = site.routes.iter().map(|(_, _, route)| route).collect();
    pages.sort_by_key(|route| route.is_fallback);
    for route in pages {
        let page = &site.content.pages[route.page];
        let collides = generated.get(&route.path);
        if let Some(what) = collides.filter(|_| reported.insert(route.page)) {
            let first_line = page.source.find('\n').unwrap_or(page.source.len());
            problems.push(
                Diagnostic::at(
                    &page.file,
                    &page.source,
                    0..first_line,
                    format!("this page's URL `/{}` is {what}, which federa generates from the data files", route.path),
                )
                .with_hint("move the page to another folder, or give it another `slug`"),
            );
        }
        if route.is_fallback {
            continue;
        }
        for alias in &page.front.aliases {
            let rel = alias.trim_matches('/');
            if let Some(what) = generated.get(&format!("{rel}/")) {
                problems.push(
                    page.alias_problem(
                        alias,
                        format!("the alias `{alias}` is {what}, which federa generates from the data files"),
                    )
                    .with_hint("an alias redirects an old URL; this one would hide a generated page"),
                );
            }
        }
    }
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    problems.dedup();
    problems
}
