//! What the search index keeps of one rendered page, read back from its HTML.
//!
//! The index is built from the render's outputs, not from the content, so every kind
//! of page a template renders is searchable without this module knowing it. Only pages
//! whose `<main>` carries `data-kind` (written by `Templates::render`) are read; pages
//! marked `noindex` (404, redirects) are not. The text is what `<main>` shows, without
//! `<nav>`, `<form>`, `<script>`, `<style>`, `<svg>`, `<template>` and elements marked
//! `data-search-skip` (notices and edit links, which every page repeats).
//!
//! The HTML is federa's own output (escaped text, balanced elements), so a small
//! scanner suffices; it never fails, at worst it indexes a little markup as text.

use crate::render::search::fold;

/// One page, as the search index needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The `lang` of the page's `<html>`: the index it belongs to.
    pub lang: String,
    /// The kind of page (`data-kind` of `<main>`): `member`, `news`, `page`...
    pub kind: String,
    pub title: String,
    /// The `description` meta, else the first words of the text.
    pub summary: String,
    /// The text of `<main>` (the title included) in lower case, for `words`.
    pub text: String,
    /// The title in lower case.
    pub title_text: String,
}

impl Entry {
    /// The distinct words of the text, sorted by code point.
    pub fn words(&self) -> Vec<&str> {
        distinct_words(&self.text)
    }

    /// The distinct words of the title.
    pub fn title_words(&self) -> Vec<&str> {
        distinct_words(&self.title_text)
    }
}

/// Elements whose content is never indexed.
const SKIPPED: [&str; 7] = [
    "nav", "form", "script", "style", "svg", "template", "noscript",
];
/// Elements without content or end tag.
const VOID: [&str; 9] = [
    "area", "br", "col", "embed", "hr", "img", "input", "meta", "link",
];
/// The attribute that leaves an element out of the index.
const SKIP_MARK: &str = " data-search-skip";
/// Words in a summary made from the text.
const SUMMARY_WORDS: usize = 30;

/// The entry of an HTML page, or `None` when the page is not for the index.
pub fn entry(html: &str) -> Option<Entry> {
    let head_end = html.find("<body").unwrap_or(html.len());
    let head = &html[..head_end];
    if head.contains("<meta name=\"robots\" content=\"noindex") {
        return None;
    }
    let lang = attribute(html.get(html.find("<html")?..)?, "lang")?;
    let main_start = html.find("<main")?;
    let main_tag = &html[main_start..main_start + html[main_start..].find('>')?];
    let kind = attribute(main_tag, "data-kind")?;
    let main_end = html.rfind("</main>").filter(|end| *end > main_start)?;
    let main = &html[main_start..main_end];
    let title = main
        .find("<h1")
        .and_then(|at| main[at..].find("</h1>").map(|end| &main[at..at + end]))
        .map(|h1| one_line(&text_of(h1)))
        .unwrap_or_default();
    // The title is part of `<main>`, so its words are among the text's.
    let text = text_of(main);
    let summary =
        attribute_of_meta(head, "description").unwrap_or_else(|| summary_of(&text, &title));
    Some(Entry {
        lang,
        kind,
        summary,
        text: text.to_lowercase(),
        title_text: title.to_lowercase(),
        title,
    })
}

/// `text` with each run of white space made one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The distinct words of `text`, sorted.
fn distinct_words(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = fold::words(text).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The first words of `text` after `title` (when the text starts with it), with "…"
/// when cut.
fn summary_of(text: &str, title: &str) -> String {
    let mut words = text.split_whitespace().peekable();
    let title_words = title.split_whitespace().count();
    if text
        .split_whitespace()
        .take(title_words)
        .eq(title.split_whitespace())
    {
        words.by_ref().take(title_words).for_each(drop);
    }
    let mut summary: Vec<&str> = words.by_ref().take(SUMMARY_WORDS).collect();
    if words.peek().is_some() {
        summary.push("…");
    }
    summary.join(" ")
}

/// The `content` of `<meta name="NAME" content="...">` in `head`.
fn attribute_of_meta(head: &str, name: &str) -> Option<String> {
    let at = head.find(&format!("<meta name=\"{name}\""))?;
    let tag = &head[at..at + head[at..].find('>')?];
    attribute(tag, "content").filter(|c| !c.trim().is_empty())
}

/// The decoded value of attribute `name` in the tag that starts `tag` (double quotes,
/// as federa's templates write them).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = start + tag[start..].find('"')?;
    Some(decode(&tag[start..end]))
}

/// The visible text of an HTML fragment: tags become spaces, skipped elements vanish,
/// entities are decoded (white space is left as it is: only the title and summary
/// need it tidied).
fn text_of(html: &str) -> String {
    let mut raw = String::with_capacity(html.len() / 2);
    let mut rest = html;
    // The element being skipped and how deeply it is nested in itself.
    let mut skipping: Option<(&str, usize)> = None;
    while let Some(lt) = next_tag(rest, skipping.map(|(name, _)| name)) {
        if skipping.is_none() {
            raw.push_str(&rest[..lt]);
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt + 1];
        rest = &rest[lt + gt + 1..];
        raw.push(' ');
        let closing = tag.starts_with("</");
        let name = tag_name(tag);
        if let Some((skipped, depth)) = &mut skipping {
            if name.eq_ignore_ascii_case(skipped) {
                if closing {
                    *depth -= 1;
                } else if !tag.ends_with("/>") {
                    *depth += 1;
                }
                if *depth == 0 {
                    skipping = None;
                }
            }
            continue;
        }
        let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
        // Only tags outside skipped elements get here (`next_tag` jumps over the rest).
        let skips = is(&SKIPPED) || tag.contains(SKIP_MARK);
        if !closing && skips && !is(&VOID) && !tag.ends_with("/>") {
            skipping = Some((name, 1));
        }
    }
    if skipping.is_none() {
        raw.push_str(rest);
    }
    decode(&raw)
}

/// Where the next tag of `html` starts; inside a skipped element, the next tag that
/// opens or closes an element named `skipped` (as written in its start tag), so the
/// scanner jumps over everything else it holds: a directory's member cards are most of
/// its bytes.
fn next_tag(html: &str, skipped: Option<&str>) -> Option<usize> {
    let Some(name) = skipped else {
        return html.find('<');
    };
    let mut from = 0;
    loop {
        let at = from + html[from..].find(name)?;
        let before = &html[..at];
        let starts_tag = before.ends_with('<') || before.ends_with("</");
        let ends_name = html[at + name.len()..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || c == '>' || c == '/');
        if starts_tag && ends_name {
            return Some(before.rfind('<').unwrap_or(at));
        }
        from = at + name.len();
    }
}

/// The element name of a tag (`<h1 class="x">`, `</h1>` → `h1`), compared without
/// regard to case.
fn tag_name(tag: &str) -> &str {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or("")
}

/// Decodes the character references federa's escaping writes, and any numeric one.
fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => numeric(name),
            };
            c.map(|c| (c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `#39` or `#x27` as a character.
fn numeric(reference: &str) -> Option<char> {
    let number = reference.strip_prefix('#')?;
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html lang=\"fr\"><head><title>x</title></head><body>\
        <nav>Menu Accueil</nav><main id=\"main\" data-kind=\"member\" class=\"wrap\">\
        <p class=\"notice\" data-search-skip>Pas encore traduit <a href=\"#\">original</a></p>\
        <h1 class=\"p-name\">L&#39;Atelier &amp; Co</h1><svg><title>icône</title></svg>\
        <p>Développement <em>Django</em>&nbsp;à Lyon.</p><form><label>Filtrer</label></form>\
        </main><footer>Pied</footer></body></html>";

    #[test]
    fn reads_kind_title_and_visible_text() {
        let entry = entry(PAGE).expect("indexed");
        assert_eq!(entry.lang, "fr");
        assert_eq!(entry.kind, "member");
        assert_eq!(entry.title, "L'Atelier & Co");
        assert_eq!(
            entry.words(),
            ["atelier", "co", "django", "développement", "l", "lyon", "à"]
        );
        assert_eq!(entry.title_words(), ["atelier", "co", "l"]);
        assert_eq!(entry.summary, "Développement Django à Lyon.");
    }

    #[test]
    fn skips_marked_elements_with_nested_elements_of_the_same_name() {
        let page = PAGE.replace(
            "<p>Développement",
            "<ul><li data-search-skip>Carte <link rel=x><li>Tag</li><li/><a>lien</a></li>\
             <li>Liste</li></ul><p>Développement",
        );
        let entry = entry(&page).expect("indexed");
        assert!(entry.words().contains(&"liste"), "{:?}", entry.words());
        for skipped in ["carte", "tag", "lien"] {
            assert!(!entry.words().contains(&skipped), "{skipped}");
        }
    }

    #[test]
    fn leaves_out_unmarked_and_noindex_pages() {
        assert_eq!(entry(&PAGE.replace(" data-kind=\"member\"", "")), None);
        let noindex = PAGE.replace(
            "<title>",
            "<meta name=\"robots\" content=\"noindex\"><title>",
        );
        assert_eq!(entry(&noindex), None);
    }

    #[test]
    fn prefers_the_description_meta() {
        let described = PAGE.replace(
            "<title>",
            "<meta name=\"description\" content=\"Une co-op &amp; ses amis\"><title>",
        );
        assert_eq!(
            entry(&described).expect("indexed").summary,
            "Une co-op & ses amis"
        );
    }
}
