//! The data each template sees, shaped per page and language.
//!
//! Views are small serialisable structs built from the immutable `Site`: a page gets
//! its own fields, the language switcher, hreflang alternates and menus, never the
//! whole site. The template context is documented in docs/theming.md.

use serde::Serialize;

use crate::content::Page;
use crate::render::Shared;
use crate::site::Site;

/// One entry of the language switcher.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    pub lang: String,
    /// The language's own name for itself (`Français`).
    pub name: String,
    pub url: String,
    pub is_current: bool,
    /// False when the target is a fallback page (not translated yet).
    pub is_translated: bool,
}

/// One `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// A resolved menu entry.
#[derive(Debug, Clone, Serialize)]
pub struct MenuLink {
    pub label: String,
    pub url: String,
    pub is_current: bool,
    /// The current page is inside this entry's section (a post of "News").
    pub is_section: bool,
}

/// A page as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct PageView<'a> {
    pub key: &'a str,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub content: String,
    pub summary: Option<String>,
    pub date: Option<String>,
    pub updated: Option<String>,
    pub weight: Option<i64>,
    pub url: String,
    pub permalink: String,
    /// The language the text is written in (differs from `lang` on fallback pages).
    pub content_lang: &'a str,
    pub is_fallback: bool,
    pub extra: &'a toml::Table,
}

/// A page listed in a section.
#[derive(Debug, Clone, Serialize)]
pub struct ListItem<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: Option<String>,
    pub description: Option<&'a str>,
    pub content_lang: &'a str,
    pub is_fallback: bool,
    pub weight: Option<i64>,
}

/// The switcher and alternates for a translation key shown in `lang`.
pub fn language_links(
    site: &Site,
    shared: &Shared,
    key: &str,
    lang: &str,
) -> (Vec<LanguageLink>, Vec<Alternate>) {
    let mut links = Vec::new();
    let mut alternates = Vec::new();
    for other in &shared.languages {
        let Some(route) = site.routes.get(key, &other.lang) else {
            continue;
        };
        let url = format!("{}{}", shared.base_path, route.path);
        if !route.is_fallback {
            alternates.push(Alternate {
                hreflang: other.lang.clone(),
                href: format!("{}{}", shared.base_url, route.path),
            });
        }
        links.push(LanguageLink {
            lang: other.lang.clone(),
            name: other.name.clone(),
            url,
            is_current: other.lang == lang,
            is_translated: !route.is_fallback,
        });
    }
    if let Some(original) = site.routes.original(key) {
        alternates.push(Alternate {
            hreflang: "x-default".to_string(),
            href: format!("{}{}", shared.base_url, original.path),
        });
    }
    (links, alternates)
}

/// Formats a TOML date the way HTML `datetime` attributes want it (`2026-06-14`).
pub fn iso_date(date: &toml::value::Datetime) -> String {
    date.to_string()
}

/// A list entry for the page behind key `key` in `lang`.
pub fn list_item<'a>(
    site: &'a Site,
    shared: &Shared,
    key: &str,
    lang: &str,
) -> Option<ListItem<'a>> {
    let route = site.routes.get(key, lang)?;
    let page: &Page = &site.content.pages[route.page];
    Some(ListItem {
        title: &page.front.title,
        url: format!("{}{}", shared.base_path, route.path),
        date: page.front.date.as_ref().map(iso_date),
        description: page.front.description.as_deref(),
        content_lang: &page.lang,
        is_fallback: route.is_fallback,
        weight: page.front.weight,
    })
}
