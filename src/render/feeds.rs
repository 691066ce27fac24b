//! Atom feeds of the news, one per language: `/atom.xml`, `/fr/atom.xml` ...
//!
//! A language's feed lists every post, like its news list: untranslated posts appear
//! with `xml:lang` of the text they show and a link to the fallback page in the
//! feed's language. All links are absolute (`xml:base` is the site's base URL, for the
//! path-absolute links inside entry content). Dates come from the posts, so the same
//! content gives the same bytes; undated posts take the newest post's date. Written by hand: the
//! format is small and escaping is all it needs.

use std::fmt::Write as _;

use toml::value::Datetime;

use crate::escape::markup;
use crate::markdown::{self, Flavor};
use crate::output::OutputFile;
use crate::render::news::{self, NewsItem};
use crate::render::pages::resolve_link;
use crate::render::routes::language_root;
use crate::render::Shared;
use crate::site::Site;
use crate::typography::Typography;
use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

/// The feed's file name in each language folder.
pub const FILE: &str = "atom.xml";

/// Absolute URL of the Atom feed of `lang`.
pub fn feed_url(site: &Site, shared: &Shared, lang: &str) -> String {
    let prefix = language_root(site.config.default_language(), lang);
    format!("{}{prefix}{FILE}", shared.base_url)
}

/// The Atom feed of every language.
pub fn render(site: &Site, shared: &Shared) -> Vec<OutputFile> {
    let languages: Vec<&str> = site.config.languages().collect();
    render_languages(site, shared, &languages)
}

/// The Atom feeds of `languages` (serve re-renders those a page edit reaches), in
/// parallel: each renders every post's markdown.
pub fn render_languages(site: &Site, shared: &Shared, languages: &[&str]) -> Vec<OutputFile> {
    languages
        .par_iter()
        .map(|lang| {
            let prefix = language_root(site.config.default_language(), lang);
            OutputFile::new(format!("{prefix}{FILE}"), feed(site, shared, lang))
        })
        .collect()
}

fn feed(site: &Site, shared: &Shared, lang: &str) -> String {
    let posts = news::posts(site, shared, lang);
    let site_title = site.i18n.format_or(lang, "site-title", "federa");
    let title = site.i18n.format_or(lang, "feed-title", &site_title);
    let self_url = feed_url(site, shared, lang);
    let html_url = site.routes.get(news::SECTION, lang).map_or_else(
        || {
            format!(
                "{}{}",
                shared.base_url,
                language_root(site.config.default_language(), lang)
            )
        },
        |r| format!("{}{}", shared.base_url, r.path),
    );
    let updated = posts
        .iter()
        .filter_map(|p| entry_updated(site, p))
        .max()
        .unwrap_or_else(|| UNDATED.to_string());
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        xml,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\" xml:base=\"{}\">",
        markup(lang),
        markup(&shared.base_url)
    );
    let _ = writeln!(xml, "  <title>{}</title>", markup(&title));
    let _ = writeln!(
        xml,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        markup(&self_url)
    );
    let _ = writeln!(
        xml,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        markup(&html_url)
    );
    let _ = writeln!(xml, "  <id>{}</id>", markup(&self_url));
    let _ = writeln!(xml, "  <updated>{}</updated>", markup(&updated));
    let _ = writeln!(
        xml,
        "  <author><name>{}</name></author>",
        markup(&site_title)
    );
    let _ = writeln!(xml, "  <generator>federa</generator>");
    // Each entry renders its post's markdown: thousands of posts are worth splitting.
    let entries: Vec<String> = posts
        .par_iter()
        .map(|post| {
            let mut text = String::new();
            entry(&mut text, site, shared, post, lang, &updated);
            text
        })
        .collect();
    for text in entries {
        xml.push_str(&text);
    }
    xml.push_str("</feed>\n");
    xml
}

/// `updated` of a feed with no dated post: a fixed instant, so output never depends on
/// the build time (serve would otherwise rewrite feeds on every rebuild).
const UNDATED: &str = "1970-01-01T00:00:00Z";

/// An undated post takes the feed's `updated` (its newest dated post).
fn entry(
    xml: &mut String,
    site: &Site,
    shared: &Shared,
    post: &NewsItem,
    lang: &str,
    feed_updated: &str,
) {
    let page = &site.content.pages[post.page];
    let flavor = Flavor {
        typography: Typography::for_language(&page.lang),
        ..Flavor::default()
    };
    let body = markdown::render(page.body(), flavor, &|path| {
        resolve_link(site, shared, path, lang)
    });
    let published = page.front.date.as_ref().map(atom_time);
    let updated = entry_updated(site, post).unwrap_or_else(|| feed_updated.to_string());
    let _ = writeln!(xml, "  <entry xml:lang=\"{}\">", markup(post.content_lang));
    let _ = writeln!(xml, "    <title>{}</title>", markup(post.title));
    let _ = writeln!(
        xml,
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        markup(&post.permalink)
    );
    let _ = writeln!(xml, "    <id>{}</id>", markup(&post.permalink));
    if let Some(published) = published {
        let _ = writeln!(xml, "    <published>{}</published>", markup(&published));
    }
    let _ = writeln!(xml, "    <updated>{}</updated>", markup(&updated));
    if let Some(summary) = &post.summary {
        let _ = writeln!(xml, "    <summary>{}</summary>", markup(summary));
    }
    let _ = writeln!(
        xml,
        "    <content type=\"html\">{}</content>",
        markup(&body.html)
    );
    xml.push_str("  </entry>\n");
}

/// `updated`, else `date`, of the file shown, as an Atom time.
fn entry_updated(site: &Site, post: &NewsItem) -> Option<String> {
    let front = &site.content.pages[post.page].front;
    front
        .updated
        .as_ref()
        .or(front.date.as_ref())
        .map(atom_time)
}

/// An RFC 3339 date-time from a TOML date (midnight UTC) or date-time (UTC if no offset).
pub fn atom_time(value: &Datetime) -> String {
    let date = value
        .date
        .map_or_else(|| "1970-01-01".to_string(), |d| d.to_string());
    let time = value.time.map_or_else(
        || "00:00:00".to_string(),
        |t| format!("{:02}:{:02}:{:02}", t.hour, t.minute, t.second),
    );
    let offset = value
        .offset
        .map_or_else(|| "Z".to_string(), |o| o.to_string());
    format!("{date}T{time}{offset}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atom_times_are_full_rfc3339() {
        let parse = |t: &str| t.parse::<Datetime>().expect("valid");
        assert_eq!(atom_time(&parse("2026-06-04")), "2026-06-04T00:00:00Z");
        assert_eq!(
            atom_time(&parse("2026-06-04T10:30:00+02:00")),
            "2026-06-04T10:30:00+02:00"
        );
    }
}
