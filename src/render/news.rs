//! The news section: posts of `content/news/`, newest first, in paginated lists per
//! language (`/news/`, `/news/page/2/`, `/fr/actualites/page/2/` ...).
//!
//! Every post is listed in every language: an untranslated one links to its fallback
//! page and carries the language it is written in, as everywhere else. The Atom feed
//! (`feeds`) reads the same ordered list. Pure: returns outputs, writes nothing.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::pages::Prepared;
use crate::render::Shared;
use crate::site::Site;

/// The folder (and section key) of news posts.
pub const SECTION: &str = "news";

/// URL segment before a list page's number (`/news/page/2/`), unless `[segments.<lang>]
/// page` translates it.
pub const PAGE_SEGMENT: &str = "page";

/// A post as lists and feeds see it.
#[derive(Debug, Clone, Serialize)]
pub struct NewsItem<'a> {
    pub key: &'a str,
    pub title: &'a str,
    pub url: String,
    pub permalink: String,
    /// `2026-06-04` (the shown file's date, else the original's).
    pub date: Option<String>,
    pub updated: Option<String>,
    /// `description`, else the first paragraph as plain text.
    pub summary: Option<String>,
    pub content_lang: &'a str,
    pub is_fallback: bool,
    /// Index into `Content::pages` of the file shown.
    #[serde(skip)]
    pub page: usize,
}

/// One list page's place among the others.
#[derive(Debug, Clone, Serialize)]
pub struct Paginator {
    /// 1-based number of this list page.
    pub current: usize,
    pub total: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub links: Vec<PageLink>,
}

/// A link to one list page.
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub url: String,
    pub is_current: bool,
}

/// Every post in `lang`, newest first (undated posts last, then by key).
pub fn posts<'a>(site: &'a Site, shared: &Shared, lang: &str) -> Vec<NewsItem<'a>> {
    let mut items: Vec<NewsItem> = site
        .routes
        .children(SECTION)
        .filter_map(|key| {
            let route = site.routes.get(key, lang)?;
            let page = &site.content.pages[route.page];
            let original = site
                .routes
                .original(key)
                .map_or(page, |r| &site.content.pages[r.page]);
            let date = page.front.date.as_ref().or(original.front.date.as_ref());
            Some(NewsItem {
                key: &page.key,
                title: &page.front.title,
                url: format!("{}{}", shared.base_path, route.path),
                permalink: format!("{}{}", shared.base_url, route.path),
                date: date.map(ToString::to_string),
                updated: page.front.updated.as_ref().map(ToString::to_string),
                summary: page.summary().map(str::to_string),
                content_lang: &page.lang,
                is_fallback: route.is_fallback,
                page: route.page,
            })
        })
        .collect();
    items.sort_by(|a, b| {
        (b.date.is_some(), &b.date, a.key).cmp(&(a.date.is_some(), &a.date, b.key))
    });
    items
}

/// Renders the news section page and its further list pages.
pub fn render_list(
    site: &Site,
    shared: &Shared,
    prepared: Prepared,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    render_list_pages(site, shared, prepared, lang, &|_| true)
}

/// The list page (1-based) that shows post `key` in `lang`.
pub fn list_page_of(site: &Site, shared: &Shared, key: &str, lang: &str) -> Option<usize> {
    let index = posts(site, shared, lang)
        .iter()
        .position(|p| p.key == key)?;
    Some(index / site.config.news.page_size.max(1) + 1)
}

/// `render_list`, for the list pages whose number `wanted` accepts only (serve, after
/// an edit that moves no post, re-renders the page showing it).
pub fn render_list_pages(
    site: &Site,
    shared: &Shared,
    prepared: Prepared,
    lang: &str,
    wanted: &dyn Fn(usize) -> bool,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let Prepared {
        route,
        mut context,
        template,
        mut problems,
        ..
    } = prepared;
    let items = posts(site, shared, lang);
    let size = site.config.news.page_size.max(1);
    let total = items.len().div_ceil(size).max(1);
    let page_segment = site.config.segment(lang, PAGE_SEGMENT);
    let path_of = |n: usize| match n {
        1 => route.path.clone(),
        n => format!("{}{page_segment}/{n}/", route.path),
    };
    let url_of = |n: usize| format!("{}{}", shared.base_path, path_of(n));
    let mut outputs = Vec::new();
    for number in (1..=total).filter(|n| wanted(*n)) {
        let chunk: Vec<&NewsItem> = items.iter().skip((number - 1) * size).take(size).collect();
        let paginator = Paginator {
            current: number,
            total,
            previous: (number > 1).then(|| url_of(number - 1)),
            next: (number < total).then(|| url_of(number + 1)),
            links: (1..=total)
                .map(|n| PageLink {
                    number: n,
                    url: url_of(n),
                    is_current: n == number,
                })
                .collect(),
        };
        context.insert("posts", &chunk);
        context.insert("paginator", &paginator);
        if number > 1 {
            context.insert(
                "canonical",
                &format!("{}{}", shared.base_url, path_of(number)),
            );
        }
        match site.templates.render(&template, &context) {
            Ok(html) => outputs.push(OutputFile::new(
                format!("{}index.html", path_of(number)),
                html,
            )),
            Err(problem) => {
                problems.push(problem);
                break;
            }
        }
    }
    (outputs, problems)
}
