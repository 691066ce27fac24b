//! Rendering: the immutable `Site` becomes every output file, in memory.
//!
//! No I/O happens here: `render_all` returns `OutputFile`s and the diagnostics found on
//! the way (broken links, template errors), so `check` is "render without writing" and
//! tests can inspect outputs directly. Pages render in parallel with rayon.

pub mod alias_conflicts;
pub mod assets;
pub mod calendar;
pub mod cards;
pub mod case_studies;
pub mod chart;
pub mod chrome;
pub mod collisions;
pub mod data_pages;
pub mod data_routes;
pub mod events;
pub mod federation_views;
pub mod feeds;
pub mod governance;
pub mod hire;
pub mod home;
pub mod host_files;
pub mod links;
pub mod list_pages;
pub mod map;
pub mod map_groups;
pub mod member_views;
pub mod memo;
pub mod murmurations;
pub mod news;
pub mod numbers;
pub mod pages;
pub mod partial;
#[cfg(test)]
mod partial_check;
pub mod partial_federations;
#[cfg(test)]
mod partial_federations_tests;
#[cfg(test)]
mod partial_figures_tests;
pub mod partial_pages;
pub mod placeholders;
pub mod routes;
pub mod search;
pub mod sitemap;
pub mod splice;
pub mod static_collisions;
pub mod structured;
pub mod templates;
pub mod translation_status;
pub mod views;

use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::site::Site;

/// Per-language data computed once and shared by every page of that language.
#[derive(Debug, Clone)]
pub struct Shared {
    /// Absolute base URL with a trailing slash (`https://x.org/fed/`).
    pub base_url: String,
    /// Path part of the base URL (`/fed/`): prefix of every internal link.
    pub base_path: String,
    pub languages: Vec<LanguageInfo>,
    /// Home-page totals, counted once.
    pub totals: numbers::Totals,
    /// Per language: the context entries every page shares, built once.
    pub bases: std::collections::BTreeMap<String, LanguageBase>,
    /// URLs of the data sections and the technology grouping (`Site::data_routes`).
    pub data_routes: std::sync::Arc<data_routes::DataRoutes>,
    /// `map::markers_key`, worked out on first use.
    markers_key: std::sync::OnceLock<u64>,
}

/// What every page of one language shares.
#[derive(Debug, Clone)]
pub struct LanguageBase {
    pub context: tera::Context,
    /// Menus with no entry marked current (pages mark theirs).
    pub menus: std::collections::BTreeMap<String, Vec<views::MenuLink>>,
}

/// A configured language and its native name.
#[derive(Debug, Clone)]
pub struct LanguageInfo {
    pub lang: String,
    pub name: String,
}

impl Shared {
    pub fn new(site: &Site) -> Shared {
        let base_url = site.config.base();
        let base_path = base_path_of(&base_url);
        let languages = site
            .config
            .languages()
            .map(|lang| LanguageInfo {
                lang: lang.to_string(),
                name: if site.i18n.has_own(lang, "language-native") {
                    site.i18n
                        .format_or(lang, "language-native", lang)
                        .into_owned()
                } else {
                    lang.to_string()
                },
            })
            .collect();
        let mut shared = Shared {
            data_routes: site.data_routes(),
            base_url,
            base_path,
            languages,
            totals: numbers::totals(site),
            bases: Default::default(),
            markers_key: std::sync::OnceLock::new(),
        };
        let bases = site
            .config
            .languages()
            .map(|lang| {
                let (context, menus) = pages::language_base(site, &shared, lang);
                (lang.to_string(), LanguageBase { context, menus })
            })
            .collect();
        shared.bases = bases;
        shared
    }
}

impl Shared {
    /// The fingerprint of the map's markers (`map::markers_key`), once per render.
    pub fn markers_key(&self, site: &Site) -> u64 {
        *self.markers_key.get_or_init(|| map::markers_key(site))
    }
}

/// `/fed/` for `https://x.org/fed/`, `/` for `https://x.org/`.
pub fn base_path_of(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

/// One unit of parallel work.
enum Job<'a> {
    Page { key: &'a str, lang: &'a str },
    NotFound { lang: &'a str },
}

/// Renders every output of the site. Diagnostics are errors unless marked warnings.
/// Outputs are sorted by path; of two with the same path, the first rendered is kept.
pub fn render_all(site: &Site) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let mut outputs = Vec::new();
    let problems = render_each(site, &mut |batch| outputs.extend(batch));
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    outputs.dedup_by(|a, b| a.path == b.path);
    (outputs, problems)
}

/// Renders every output of the site and hands them to `emit` in batches, always in the
/// same order: content pages and 404s, aliases, the data pages one language at a time,
/// exports, feeds, calendars, the sitemap, the host files, the search pages and
/// indexes, theme files, assets. `build`
/// writes each batch and drops it, so the whole site is never in memory at once.
/// Generated outputs pass a `static_collisions::Guard` before the static files come.
pub fn render_each(site: &Site, emit_out: &mut dyn FnMut(Vec<OutputFile>)) -> Vec<Diagnostic> {
    render_each_with(site, true, emit_out)
}

/// `render_each`, with the search indexes left out unless `indexes` (the search pages
/// are rendered either way).
pub fn render_each_with(
    site: &Site,
    indexes: bool,
    emit_out: &mut dyn FnMut(Vec<OutputFile>),
) -> Vec<Diagnostic> {
    let shared = Shared::new(site);
    let mut guard = static_collisions::Guard::new(site);
    // Every HTML page passes by the search index on its way out.
    let search = std::cell::RefCell::new(search::Collector::default());
    let searchable = indexes && search::enabled(site);
    let emit = &mut |batch: Vec<OutputFile>| {
        if searchable {
            search.borrow_mut().scan(&batch);
        }
        emit_out(guard.screen(batch))
    };
    let mut jobs: Vec<Job> = site
        .routes
        .iter()
        .map(|(key, lang, _)| Job::Page { key, lang })
        .collect();
    jobs.extend(site.config.languages().map(|lang| Job::NotFound { lang }));
    let results: Vec<(Vec<OutputFile>, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|job| match job {
            Job::Page { key, lang } => pages::render_page(site, &shared, key, lang),
            Job::NotFound { lang } => pages::render_not_found(site, &shared, lang),
        })
        .collect();
    let mut problems = Vec::new();
    let mut pages = Vec::new();
    for (files, found) in results {
        pages.extend(files);
        problems.extend(found);
    }
    // Data pages are left out: `collisions` reports aliases over them.
    let mut aliases = alias_conflicts::AliasConflicts::new(site);
    let mut checked = |batch: Vec<OutputFile>, emit: &mut dyn FnMut(Vec<OutputFile>)| {
        aliases.check(site, &batch);
        emit(batch);
    };
    checked(pages, emit);
    emit(pages::aliases(site, &shared, &mut problems));
    let (groups, found) = governance::render(site, &shared);
    problems.extend(found);
    checked(groups, emit);
    problems.extend(data_pages::render_each(site, &shared, emit));
    checked(structured::exports(site, &shared), emit);
    checked(feeds::render(site, &shared), emit);
    checked(calendar::render(site, &shared), emit);
    let (status, found) = translation_status::render(site, &shared);
    problems.extend(found);
    checked(status, emit);
    checked(sitemap::render(site, &shared), emit);
    checked(host_files::render(site, &shared), emit);
    let (search_pages, found) = search::page::render(site, &shared);
    problems.extend(found);
    checked(search_pages, emit);
    if searchable {
        let indexes = search.borrow().indexes(site);
        checked(indexes, emit);
    }
    checked(
        site.theme
            .static_files
            .iter()
            .map(|f| OutputFile::new(f.path.clone(), f.bytes.clone()))
            .collect(),
        emit_out,
    );
    let assets: Vec<OutputFile> = site.assets.outputs().collect();
    aliases.check(site, &assets);
    emit_out(guard.screen(assets));
    problems.extend(guard.into_problems());
    problems.extend(aliases.problems);
    problems.sort_by(|a, b| {
        (&a.path, a.line, a.col, &a.message).cmp(&(&b.path, b.line, b.col, &b.message))
    });
    problems.dedup();
    problems
}

/// How many HTML pages `site` renders, for the progress line: content pages and 404s,
/// alias redirects, the data pages and the search page, in every language.
pub fn expected_pages(site: &Site) -> usize {
    let languages = site.config.languages.len();
    let aliases: usize = site
        .routes
        .iter()
        .filter(|(_, _, r)| !r.is_fallback)
        .map(|(_, _, r)| site.content.pages[r.page].front.aliases.len())
        .sum();
    // The news section's list pages beyond its first (every post in every language).
    let posts = site.routes.children(news::SECTION).len();
    let news_pages = match site
        .routes
        .get(news::SECTION, site.config.default_language())
    {
        Some(_) => posts.div_ceil(site.config.news.page_size.max(1)).max(1) - 1,
        None => 0,
    };
    // Per language: the 404 page and the translation-status page.
    site.routes.iter().count()
        + languages * (2 + news_pages)
        + aliases
        + data_pages::page_ids(site).len() * languages
        + languages
        + governance::page_count(site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_keeps_path_part() {
        assert_eq!(base_path_of("https://x.org/fed/"), "/fed/");
        assert_eq!(base_path_of("https://x.org/"), "/");
        assert_eq!(base_path_of("https://x.org"), "/");
    }
}
