//! `sitemap.xml` and `robots.txt`.
//!
//! The sitemap lists every page that is its own canonical URL: real translations, not
//! fallback pages (those point their canonical link at the original). Each entry carries
//! the same hreflang alternates as the page's `<link rel="alternate">` tags (the real
//! translations plus `x-default`), from `views::language_links`, so the two never
//! disagree. `robots.txt` allows everything and names the sitemap.

use std::fmt::Write as _;

use crate::escape::markup;
use crate::output::OutputFile;
use crate::render::data_pages;
use crate::render::views::{self, Alternate};
use crate::render::Shared;
use crate::site::Site;

pub const FILE: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";

/// The sitemap and robots.txt of the site.
pub fn render(site: &Site, shared: &Shared) -> Vec<OutputFile> {
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}{FILE}\n",
        shared.base_url
    );
    vec![
        OutputFile::new(FILE, sitemap(site, shared)),
        OutputFile::new(ROBOTS, robots),
    ]
}

fn sitemap(site: &Site, shared: &Shared) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (key, lang, route) in site.routes.iter().filter(|(_, _, r)| !r.is_fallback) {
        let page = &site.content.pages[route.page];
        let loc = format!("{}{}", shared.base_url, route.path);
        let lastmod = page
            .front
            .updated
            .as_ref()
            .or(page.front.date.as_ref())
            .map(ToString::to_string);
        let (_, alternates) = views::language_links(site, shared, key, lang);
        url_entry(&mut xml, &loc, lastmod, &alternates);
    }
    data_pages(site, shared, &mut xml);
    for (loc, alternates) in crate::render::governance::sitemap_entries(site, shared) {
        url_entry(&mut xml, &loc, None, &alternates);
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Member, federation and index pages: translated in every language.
fn data_pages(site: &Site, shared: &Shared, xml: &mut String) {
    let routes = &shared.data_routes;
    for (section, item) in data_pages::page_ids(site) {
        // An imported co-op's profile names the source site's page as canonical.
        let imported = section == "members"
            && site
                .members
                .iter()
                .any(|m| Some(&m.slug) == item.as_ref() && m.origin.is_some());
        if imported {
            continue;
        }
        for lang in site.config.languages() {
            let loc = routes.permalink(&routes.path(lang, section, item.as_deref()));
            let (_, alternates) =
                data_pages::uniform_links(site, shared, routes, lang, section, item.as_deref());
            url_entry(xml, &loc, None, &alternates);
        }
    }
}

fn url_entry(xml: &mut String, loc: &str, lastmod: Option<String>, alternates: &[Alternate]) {
    let _ = writeln!(xml, "  <url>");
    let _ = writeln!(xml, "    <loc>{}</loc>", markup(loc));
    if let Some(date) = lastmod {
        let _ = writeln!(xml, "    <lastmod>{}</lastmod>", markup(&date));
    }
    for alternate in alternates {
        let _ = writeln!(
            xml,
            "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
            markup(&alternate.hreflang),
            markup(&alternate.href)
        );
    }
    let _ = writeln!(xml, "  </url>");
}
