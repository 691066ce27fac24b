//! Every page URL of the site, per language, decided in one place.
//!
//! Each translation key exists in every language: from its own file when there is
//! one, otherwise as a fallback page that shows the original's text. URLs use the
//! translated slug of the file being shown and the translated segments of its parents.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::{Config, SECTIONS};
use crate::content::{Content, Page};
use crate::diagnostic::Diagnostic;

/// Where one translation key is published in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRoute {
    /// URL path relative to the base URL, ending with `/` (empty for the home page).
    pub path: String,
    /// Index into `Content::pages` of the file shown.
    pub page: usize,
    /// True when `page` is in another language than the route.
    pub is_fallback: bool,
}

/// The routes of all content pages.
#[derive(Debug, Clone, Default)]
pub struct Routes {
    /// key -> language -> route. Nested so that a look-up borrows its `&str`s (it runs
    /// for every page of every list, thousands of times per render).
    pages: BTreeMap<String, BTreeMap<String, PageRoute>>,
    /// Section key -> the keys of the pages listed directly in it, in order.
    children: BTreeMap<String, Vec<String>>,
    default_language: String,
    /// Configured languages, in order.
    languages: Vec<String>,
}

impl Routes {
    pub fn build(config: &Config, content: &Content) -> (Routes, Vec<Diagnostic>) {
        let languages: Vec<String> = config.languages().map(str::to_string).collect();
        let mut by_key: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for (index, page) in content.pages.iter().enumerate() {
            by_key
                .entry(page.key.as_str())
                .or_default()
                .insert(page.lang.as_str(), index);
        }
        let source_of = |key: &str, lang: &str| -> Option<(usize, bool)> {
            let files = by_key.get(key)?;
            if let Some(i) = files.get(lang) {
                return Some((*i, false));
            }
            let fallback_order = std::iter::once(config.default_language())
                .chain(languages.iter().map(String::as_str));
            fallback_order
                .filter_map(|l| files.get(l))
                .next()
                .map(|i| (*i, true))
        };
        let mut pages: BTreeMap<String, BTreeMap<String, PageRoute>> = BTreeMap::new();
        for key in by_key.keys() {
            let routes = pages.entry((*key).to_string()).or_default();
            for lang in &languages {
                let Some((page, is_fallback)) = source_of(key, lang) else {
                    continue;
                };
                let segments: Vec<String> = key_prefixes(key)
                    .map(|prefix| segment(config, content, prefix, lang, &source_of))
                    .collect();
                let path = join_path(config.default_language(), lang, &segments);
                routes.insert(
                    lang.clone(),
                    PageRoute {
                        path,
                        page,
                        is_fallback,
                    },
                );
            }
        }
        let routes = Routes {
            children: children_of(content, &pages),
            pages,
            default_language: config.default_language().to_string(),
            languages,
        };
        let mut problems = routes.collisions(content);
        problems.extend(routes.unsafe_paths(content));
        (routes, problems)
    }

    /// Whether `a` and `b` give the same routes and route problems: `build` reads, of
    /// each page, its file, key, language, whether it is a section, and its `slug`.
    /// (Serve checks this after a page edit, to keep the routes of thousands of pages.)
    pub fn same_inputs(a: &Content, b: &Content) -> bool {
        a.pages.len() == b.pages.len()
            && a.pages.iter().zip(&b.pages).all(|(a, b)| {
                (&a.file, &a.key, &a.lang, a.is_section, &a.front.slug)
                    == (&b.file, &b.key, &b.lang, b.is_section, &b.front.slug)
            })
    }

    pub fn get(&self, key: &str, lang: &str) -> Option<&PageRoute> {
        self.pages.get(key)?.get(lang)
    }

    /// All routes, ordered by key then language.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, &PageRoute)> {
        self.pages.iter().flat_map(|(key, routes)| {
            routes
                .iter()
                .map(move |(lang, route)| (key.as_str(), lang.as_str(), route))
        })
    }

    /// Keys of the pages listed directly in section `key` (pages, not sections), in
    /// key order.
    pub fn children(&self, key: &str) -> impl ExactSizeIterator<Item = &str> {
        self.children
            .get(key)
            .map_or(&[] as &[String], Vec::as_slice)
            .iter()
            .map(String::as_str)
    }

    /// The key of the original that a fallback shows is the same key in the default
    /// language (or the first language that has it).
    pub fn original(&self, key: &str) -> Option<&PageRoute> {
        // The same order as fallbacks: the default language, then the configured order.
        // A handful of map lookups: this is called for every page (switcher, sitemap).
        std::iter::once(&self.default_language)
            .chain(&self.languages)
            .filter_map(|lang| self.get(key, lang))
            .find(|r| !r.is_fallback)
    }

    /// Pages whose URL would hold a character that ends or breaks a URL path (`?`
    /// starts a query, `#` a fragment, a space needs encoding): the file or folder name
    /// is the URL segment unless `slug` says otherwise.
    fn unsafe_paths(&self, content: &Content) -> Vec<Diagnostic> {
        let mut reported = BTreeSet::new();
        let mut problems = Vec::new();
        for route in self.routes().filter(|r| !r.is_fallback) {
            let Some(bad) = route.path.chars().find(|c| is_unsafe_in_url(*c)) else {
                continue;
            };
            let page = &content.pages[route.page];
            if reported.insert(route.page) {
                problems.push(
                    Diagnostic::file(
                        &page.file,
                        format!("this page's URL `/{}` would contain {bad:?}", route.path.escape_debug()),
                    )
                    .with_hint("rename the file or folder with letters, digits and hyphens, or set `slug = \"...\"` in the front matter"),
                );
            }
        }
        problems
    }

    /// Every route, ordered by key then language.
    fn routes(&self) -> impl Iterator<Item = &PageRoute> {
        self.pages.values().flat_map(BTreeMap::values)
    }

    fn collisions(&self, content: &Content) -> Vec<Diagnostic> {
        let mut seen: BTreeMap<&str, &Page> = BTreeMap::new();
        let mut problems = Vec::new();
        for route in self.routes().filter(|r| !r.is_fallback) {
            let page = &content.pages[route.page];
            if let Some(other) = seen.insert(route.path.as_str(), page) {
                problems.push(
                    Diagnostic::file(
                        &page.file,
                        format!(
                            "URL /{} is also used by {}",
                            route.path,
                            other.file.display()
                        ),
                    )
                    .with_hint("give one of them another `slug`"),
                );
            }
        }
        problems
    }
}

/// Section key -> the keys of its pages (sections excepted) that `pages` shows in some
/// language, in key order.
fn children_of(
    content: &Content,
    pages: &BTreeMap<String, BTreeMap<String, PageRoute>>,
) -> BTreeMap<String, Vec<String>> {
    let mut children: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, routes) in pages {
        let listed = routes.values().any(|r| !content.pages[r.page].is_section);
        if listed {
            let parent = crate::content::page::parent_key(key);
            children
                .entry(parent.to_string())
                .or_default()
                .push(key.clone());
        }
    }
    children
}

/// Characters a URL path cannot carry as they are.
fn is_unsafe_in_url(c: char) -> bool {
    c.is_whitespace() || c.is_control() || "?#%\"<>\\^`{|}".contains(c)
}

/// `news/hello` -> `news`, `news/hello`.
fn key_prefixes(key: &str) -> impl Iterator<Item = &str> {
    key.match_indices('/')
        .map(move |(i, _)| &key[..i])
        .chain((!key.is_empty()).then_some(key))
}

/// Finds the file shown for (key, language): its page index and whether it is a fallback.
type SourceOf<'a> = dyn Fn(&str, &str) -> Option<(usize, bool)> + 'a;

/// The URL segment of one key prefix in `lang`.
fn segment(
    config: &Config,
    content: &Content,
    prefix: &str,
    lang: &str,
    source_of: &SourceOf,
) -> String {
    let last = prefix.rsplit('/').next().unwrap_or(prefix);
    let slug = source_of(prefix, lang).and_then(|(i, _)| content.pages[i].front.slug.clone());
    if let Some(slug) = slug {
        return slug;
    }
    if !prefix.contains('/') && SECTIONS.contains(&last) {
        return config.segment(lang, last).to_string();
    }
    last.to_string()
}

/// The URL path of a language's home (`` for the default language, `fr/` for French).
pub fn language_root(default_language: &str, lang: &str) -> String {
    join_path(default_language, lang, &[] as &[&str])
}

/// The URL path of `segments` in `lang`: default language at the root.
pub fn join_path(default_language: &str, lang: &str, segments: &[impl AsRef<str>]) -> String {
    let mut path = String::with_capacity(48);
    if lang != default_language {
        path.push_str(lang);
        path.push('/');
    }
    for segment in segments {
        path.push_str(segment.as_ref());
        path.push('/');
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_of_keys() {
        assert_eq!(
            key_prefixes("news/hello").collect::<Vec<_>>(),
            ["news", "news/hello"]
        );
        assert_eq!(key_prefixes("").count(), 0);
    }

    #[test]
    fn paths_put_default_language_at_root() {
        assert_eq!(join_path("en", "en", &["about"]), "about/");
        assert_eq!(join_path("en", "fr", &["a-propos"]), "fr/a-propos/");
        assert_eq!(language_root("en", "fr"), "fr/");
    }
}
