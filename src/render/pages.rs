//! Content pages, sections, the 404 page and alias redirects, as HTML.
//!
//! A page is rendered once per language. Where a language has no translation the
//! original text is shown inside an element carrying its real `lang`, with a notice
//! and a canonical link to the original (the template decides the markup).

use tera::Context;

use crate::content::page::SortBy;
use crate::content::Page;
use crate::content::{case_study, event};
use crate::diagnostic::Diagnostic;
use crate::markdown::{self, Flavor};
use crate::output::{is_safe_path, OutputFile};
use crate::render::links::broken_link;
pub use crate::render::links::resolve_link;
use crate::render::routes::PageRoute;
use crate::render::views::{self, ListItem, MenuLink, PageView};
use crate::render::{case_studies, events, feeds, governance, news, placeholders, Shared};
use crate::site::Site;
use crate::typography::Typography;

/// A page ready to render: its context and template, before section-specific parts.
pub struct Prepared<'a> {
    pub page: &'a Page,
    pub route: &'a PageRoute,
    pub context: Context,
    pub template: String,
    pub problems: Vec<Diagnostic>,
}

/// Renders translation key `key` in `lang`.
pub fn render_page(
    site: &Site,
    shared: &Shared,
    key: &str,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let Some(mut prepared) = prepare(site, shared, key, lang) else {
        return (Vec::new(), Vec::new());
    };
    if prepared.page.is_section && key.is_empty() {
        if let Err(problem) = crate::render::home::extend(site, shared, lang, &mut prepared.context)
        {
            return (Vec::new(), vec![problem]);
        }
    }
    if crate::legal::TEMPLATES.contains(&prepared.template.as_str()) {
        match &site.config.legal {
            Some(legal) => prepared.context.insert("legal", legal),
            None => {
                return (
                    Vec::new(),
                    vec![crate::legal::missing(prepared.page, &prepared.template)],
                )
            }
        }
    }
    if prepared.template == governance::TEMPLATE {
        let path = prepared.route.path.clone();
        governance::extend(site, shared, lang, &path, &mut prepared.context);
    }
    if prepared.page.is_section && key == news::SECTION {
        return news::render_list(site, shared, prepared, lang);
    }
    if prepared.page.is_section && key == event::SECTION {
        return events::render_list(site, shared, prepared, lang);
    }
    if event::is_event_page(prepared.page) {
        return events::render_event(site, shared, prepared, lang);
    }
    if prepared.page.is_section && key == case_study::SECTION {
        return case_studies::render_list(site, shared, prepared, lang);
    }
    if case_study::is_case_study(prepared.page) {
        return case_studies::render_study(site, shared, prepared, lang);
    }
    finish(site, prepared)
}

/// Renders a prepared page at its route.
pub fn finish(site: &Site, prepared: Prepared) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let Prepared {
        route,
        context,
        template,
        mut problems,
        ..
    } = prepared;
    match site.templates.render(&template, &context) {
        Ok(html) => (
            vec![OutputFile::new(format!("{}index.html", route.path), html)],
            problems,
        ),
        Err(problem) => {
            problems.push(problem);
            (Vec::new(), problems)
        }
    }
}

/// Builds the context every content page has: the page, switcher, alternates, menus.
pub fn prepare<'a>(site: &'a Site, shared: &Shared, key: &str, lang: &str) -> Option<Prepared<'a>> {
    let mut problems = Vec::new();
    let route = site.routes.get(key, lang)?;
    let page = &site.content.pages[route.page];
    let flavor = Flavor {
        typography: Typography::for_language(&page.lang),
        ..Flavor::default()
    };
    let body = markdown::render(page.body(), flavor, &|path| {
        resolve_link(site, shared, path, lang)
    });
    if !route.is_fallback {
        problems.extend(placeholders::check(page));
        problems.extend(body.broken_links.iter().map(|link| {
            let start = page.body_offset + link.range.start;
            let end = page.body_offset + link.range.end;
            broken_link(page, start..end, &link.target, site, shared, lang)
        }));
    }
    let canonical_route = if route.is_fallback {
        site.routes.original(key).unwrap_or(route)
    } else {
        route
    };
    let view = PageView {
        key,
        title: &page.front.title,
        description: page.front.description.as_deref(),
        content: placeholders::fill(site, lang, &body.html, false),
        summary: page
            .summary()
            .map(|text| placeholders::fill(site, lang, text, true)),
        date: page.front.date.as_ref().map(views::iso_date),
        updated: page.front.updated.as_ref().map(views::iso_date),
        weight: page.front.weight,
        url: format!("{}{}", shared.base_path, route.path),
        permalink: format!("{}{}", shared.base_url, route.path),
        content_lang: &page.lang,
        is_fallback: route.is_fallback,
        extra: &page.front.extra,
    };
    let mut context = base_context(site, shared, lang, &view.url);
    let (links, alternates) = views::language_links(site, shared, key, lang);
    context.insert("translations", &links);
    context.insert("alternates", &alternates);
    context.insert(
        "canonical",
        &format!("{}{}", shared.base_url, canonical_route.path),
    );
    context.insert("pages", &section_items(site, shared, page, lang));
    if key.is_empty() {
        // Only the home page shows totals: a member edit re-renders it and no other
        // content page (see render::partial).
        context.insert("totals", &shared.totals);
    }
    if !page.is_section && !page.parent_key().is_empty() {
        // A post is found as "news", an event as "events": the top section names the kind.
        let section = page.key.split('/').next().unwrap_or_default();
        context.insert("search_kind", section);
    }
    context.insert("page", &view);
    context.insert("edit_url", &site.config.edit_url(&page.file));
    let template = template_name(site, page);
    Some(Prepared {
        page,
        route,
        context,
        template,
        problems,
    })
}

/// The 404 page of one language, at `404.html` or `<lang>/404.html`.
pub fn render_not_found(
    site: &Site,
    shared: &Shared,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let prefix = crate::render::routes::language_root(site.config.default_language(), lang);
    let url = format!("{}{}404.html", shared.base_path, prefix);
    let mut context = base_context(site, shared, lang, &url);
    let (links, alternates) = views::language_links(site, shared, "", lang);
    context.insert("translations", &links);
    context.insert("alternates", &alternates);
    context.insert(
        "canonical",
        &format!("{}{}404.html", shared.base_url, prefix),
    );
    match site.templates.render("404.html", &context) {
        Ok(html) => (
            vec![OutputFile::new(format!("{prefix}404.html"), html)],
            Vec::new(),
        ),
        Err(problem) => (Vec::new(), vec![problem]),
    }
}

/// The output file of an alias (`/old/` -> `old/index.html`, `/x.html` stays), or
/// `None` when it is not a path inside the site.
pub fn alias_file(alias: &str) -> Option<String> {
    let rel = alias.trim_start_matches('/');
    let file = if rel.ends_with(".html") {
        rel.to_string()
    } else {
        format!("{}/index.html", rel.trim_end_matches('/'))
    };
    (is_safe_path(&file) && !rel.is_empty()).then_some(file)
}

/// Redirect pages for every page's `aliases`.
pub fn aliases(site: &Site, shared: &Shared, problems: &mut Vec<Diagnostic>) -> Vec<OutputFile> {
    let mut out = Vec::new();
    for (key, lang, route) in site.routes.iter().filter(|(_, _, r)| !r.is_fallback) {
        let page = &site.content.pages[route.page];
        for alias in &page.front.aliases {
            let Some(file) = alias_file(alias) else {
                problems.push(
                    page.alias_problem(alias, format!("invalid alias `{alias}`"))
                        .with_hint("an alias is a path inside the site, like `/old-about/`"),
                );
                continue;
            };
            let target = format!("{}{}", shared.base_url, route.path);
            let mut context = Context::new();
            context.insert("lang", lang);
            context.insert("target", &target);
            context.insert("key", key);
            match site.templates.render("alias.html", &context) {
                Ok(html) => out.push(OutputFile::new(file, html)),
                Err(problem) => problems.push(problem),
            }
        }
    }
    out
}

/// Context entries every HTML page of `lang` has: the language's shared base (built
/// once in `Shared`) plus the menus with the current page marked.
pub(crate) fn base_context(site: &Site, shared: &Shared, lang: &str, current_url: &str) -> Context {
    let Some(base) = shared.bases.get(lang) else {
        return language_base(site, shared, lang).0;
    };
    let mut context = base.context.clone();
    let home = context
        .get("home_url")
        .and_then(|v| v.as_str())
        .unwrap_or("/");
    let inside = |url: &str| url != home && url.ends_with('/') && current_url.starts_with(url);
    let menus: std::collections::BTreeMap<&String, Vec<MenuLink>> = base
        .menus
        .iter()
        .map(|(name, links)| {
            let links = links
                .iter()
                .map(|l| MenuLink {
                    is_current: l.url == current_url,
                    is_section: l.url != current_url && inside(&l.url),
                    ..l.clone()
                })
                .collect();
            (name, links)
        })
        .collect();
    context.insert("menus", &menus);
    context
}

/// The per-language part of every page's context, and the menus with no page current.
pub(crate) fn language_base(
    site: &Site,
    shared: &Shared,
    lang: &str,
) -> (Context, std::collections::BTreeMap<String, Vec<MenuLink>>) {
    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert("default_language", site.config.default_language());
    context.insert("base_url", &shared.base_url);
    context.insert("base_path", &shared.base_path);
    let home = site.routes.get("", lang).map_or_else(
        || shared.base_path.clone(),
        |r| format!("{}{}", shared.base_path, r.path),
    );
    context.insert("home_url", &home);
    let menus = menus(site, shared, lang, "");
    context.insert("menus", &menus);
    context.insert("extra", &site.config.extra);
    context.insert("data_licence", &site.config.data_licence);
    context.insert("pages", &Vec::<ListItem>::new());
    context.insert("feed_url", &feeds::feed_url(site, shared, lang));
    crate::render::chrome::extend(site, shared, lang, &mut context);
    (context, menus)
}

fn menus(
    site: &Site,
    shared: &Shared,
    lang: &str,
    current_url: &str,
) -> std::collections::BTreeMap<String, Vec<MenuLink>> {
    site.config
        .menus
        .iter()
        .map(|(name, items)| {
            let links = items
                .iter()
                .map(|item| {
                    let url = if let Some(page) = &item.page {
                        resolve_link(site, shared, page.get_ref(), lang).unwrap_or_default()
                    } else if let Some(section) = &item.section {
                        let segment = site.config.segment(lang, section.get_ref());
                        format!(
                            "{}{}",
                            shared.base_path,
                            crate::render::routes::join_path(
                                site.config.default_language(),
                                lang,
                                &[segment.to_string()]
                            )
                        )
                    } else {
                        item.url.clone().unwrap_or_default()
                    };
                    let label = site
                        .i18n
                        .format_or(lang, item.label.get_ref(), item.label.get_ref())
                        .into_owned();
                    MenuLink {
                        is_current: url == current_url,
                        is_section: false,
                        label,
                        url,
                    }
                })
                .collect();
            (name.clone(), links)
        })
        .collect()
}

/// The page's `template`, else the built-in one for its kind. News, events and event
/// templates fall back to the generic ones for themes that do not have them.
fn template_name(site: &Site, page: &Page) -> String {
    if let Some(name) = &page.front.template {
        return name.clone();
    }
    let (special, generic) = match (page.is_section, page.key.as_str()) {
        (true, "") => (None, "index.html"),
        (true, news::SECTION) => (Some("news.html"), "section.html"),
        (true, event::SECTION) => (Some("events.html"), "section.html"),
        (true, case_study::SECTION) => (Some("case-studies.html"), "section.html"),
        (true, _) => (None, "section.html"),
        (false, _) if event::is_event_page(page) => (Some("event.html"), "page.html"),
        (false, _) if case_study::is_case_study(page) => (Some("case-study.html"), "page.html"),
        (false, _) => (None, "page.html"),
    };
    special
        .filter(|name| site.templates.has(name))
        .unwrap_or(generic)
        .to_string()
}

/// The pages listed by a section, sorted as the section asks (weight by default).
fn section_items<'a>(
    site: &'a Site,
    shared: &Shared,
    page: &Page,
    lang: &str,
) -> Vec<ListItem<'a>> {
    if !page.is_section {
        return Vec::new();
    }
    let mut items: Vec<ListItem> = site
        .routes
        .children(&page.key)
        .filter_map(|key| views::list_item(site, shared, key, lang))
        .collect();
    match page.front.sort_by.unwrap_or(SortBy::Weight) {
        SortBy::Date => {
            items.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(b.title)))
        }
        SortBy::Weight => items.sort_by(|a, b| {
            (a.weight.unwrap_or(i64::MAX), a.title).cmp(&(b.weight.unwrap_or(i64::MAX), b.title))
        }),
        SortBy::Title => items.sort_by(|a, b| a.title.cmp(b.title)),
    }
    items
}
