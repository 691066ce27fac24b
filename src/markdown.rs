//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough, task lists,
//! stable unique heading ids, `@/path.md` internal links, and smart punctuation made
//! typographic for the text's language (`typography`; never in code or addresses).
//!
//! Pure: the caller passes a resolver for internal links and gets back the HTML plus
//! every link that did not resolve, with its byte range in the markdown text.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::typography::{QuoteState, Typography};

/// How to treat the markdown source.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flavor {
    /// Escape raw HTML instead of passing it through (for contributed data files).
    pub escape_html: bool,
    /// The quotes and spacing of the text's language.
    pub typography: Typography,
}

/// An `@/` link whose target page does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    pub range: Range<usize>,
    pub target: String,
}

/// The rendered HTML and the internal links that failed to resolve.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub broken_links: Vec<BrokenLink>,
}

/// Renders `text`; `resolve` maps an internal target (`about.md`, `about.md#team`) to a
/// URL, or to `None` when the page or its anchor does not exist.
pub fn render(text: &str, flavor: Flavor, resolve: &dyn Fn(&str) -> Option<String>) -> Rendered {
    let mut broken_links = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let options = options() | Options::ENABLE_SMART_PUNCTUATION;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite_link(dest_url, range, resolve, &mut broken_links);
                let dest_url = if flavor.escape_html && !is_safe_link(&dest_url) {
                    CowStr::from("#")
                } else {
                    dest_url
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Html(html) | Event::InlineHtml(html) if flavor.escape_html => Event::Text(html),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) if flavor.escape_html && !is_safe_link(&dest_url) => Event::Start(Tag::Image {
                link_type,
                dest_url: CowStr::from(""),
                title,
                id,
            }),
            other => other,
        };
        events.push(event);
    }
    // Ids first: slugs drop punctuation, so they equal `anchor_ids`' (which parses
    // without smart punctuation) whatever the quotes become.
    let events = localise(add_heading_ids(events), flavor.typography);
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Wide tables scroll sideways (the theme's `table { overflow-x: auto }`); keyboard
    // users reach the hidden part only if the table can take focus (WCAG 2.1.1).
    let html = html.replace("<table>", "<table tabindex=\"0\">");
    Rendered { html, broken_links }
}

/// The text of `events` with the language's quotes and spacing (`typography`), except
/// in code and in autolinks (`<https://…>`, whose text is the address).
fn localise(events: Vec<Event<'_>>, typography: Typography) -> Vec<Event<'_>> {
    let mut state = QuoteState::default();
    let mut verbatim = 0usize;
    events
        .into_iter()
        .map(|event| {
            match &event {
                Event::Start(Tag::CodeBlock(_))
                | Event::Start(Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                }) => verbatim += 1,
                Event::End(TagEnd::CodeBlock) => verbatim = verbatim.saturating_sub(1),
                Event::End(TagEnd::Link) if verbatim > 0 => verbatim -= 1,
                Event::Start(Tag::Paragraph) => state = QuoteState::default(),
                _ => {}
            }
            match event {
                Event::Text(text) if verbatim == 0 => {
                    Event::Text(CowStr::from(typography.localise(&text, &mut state)))
                }
                other => other,
            }
        })
        .collect()
}

/// Every id an `@/page.md#anchor` link may name in `text`: its headings' ids (as
/// `render` gives them) and its footnotes' labels.
pub fn anchor_ids(text: &str) -> HashSet<String> {
    let events: Vec<Event> = Parser::new_ext(text, options()).collect();
    add_heading_ids(events)
        .into_iter()
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            Event::Start(Tag::FootnoteDefinition(label)) => Some(label.to_string()),
            _ => None,
        })
        .collect()
}

/// The first paragraph of `text` as plain text: a default summary.
pub fn first_paragraph(text: &str) -> Option<String> {
    let mut inside = false;
    let mut out = String::new();
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Start(Tag::Paragraph) => inside = true,
            Event::End(TagEnd::Paragraph) if inside => return Some(out.trim().to_string()),
            Event::Text(t) | Event::Code(t) if inside => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak if inside => out.push(' '),
            _ => {}
        }
    }
    None
}

/// Links in contributed markdown may only use http(s), mailto, or stay on the page.
fn is_safe_link(dest: &str) -> bool {
    let lower = dest.trim_start().to_ascii_lowercase();
    let scheme_end = lower.find(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)));
    match scheme_end {
        Some(i) if lower[i..].starts_with(':') => {
            ["http", "https", "mailto"].contains(&&lower[..i])
        }
        _ => true,
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

fn rewrite_link<'a>(
    dest: CowStr<'a>,
    range: Range<usize>,
    resolve: &dyn Fn(&str) -> Option<String>,
    broken: &mut Vec<BrokenLink>,
) -> CowStr<'a> {
    let Some(internal) = dest.strip_prefix("@/") else {
        return dest;
    };
    // The resolver sees the anchor too (`about.md#team`): it checks that the target page
    // has it, and returns the URL with it.
    match resolve(internal) {
        Some(url) => CowStr::from(url),
        None => {
            broken.push(BrokenLink {
                range,
                target: dest.to_string(),
            });
            dest
        }
    }
}

/// Gives every heading an id, unique within the document: its explicit `{#id}` (slugified,
/// so a translation can share the original's anchor), else one derived from its text
/// (`intro`, `intro-1`, ...). Explicit ids and footnote labels (pulldown-cmark writes
/// `id="1"` for `[^1]`) are taken before any id is derived. Other heading attributes
/// (`{.class key=value}`) are dropped: content does not choose classes or attributes.
fn add_heading_ids(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut ids = Ids {
        taken: events
            .iter()
            .filter_map(|e| match e {
                Event::FootnoteReference(label) | Event::Start(Tag::FootnoteDefinition(label)) => {
                    Some(label.to_string())
                }
                Event::Start(Tag::Heading { id: Some(id), .. }) => Some(slugify(id)),
                _ => None,
            })
            .collect(),
        next: HashMap::new(),
    };
    let mut explicit_given = HashSet::new();
    let mut out = Vec::with_capacity(events.len());
    let mut pending: Option<(HeadingLevel, Option<String>, Vec<Event>)> = None;
    for event in events {
        match (event, pending.as_mut()) {
            (Event::Start(Tag::Heading { level, id, .. }), None) => {
                let explicit = id.map(|id| slugify(&id)).filter(|id| !id.is_empty());
                pending = Some((level, explicit, Vec::new()));
            }
            (Event::End(TagEnd::Heading(_)), Some(_)) => {
                if let Some((level, explicit, inner)) = pending.take() {
                    let id = match explicit {
                        // The first heading to claim an explicit id gets it as written.
                        Some(id) if explicit_given.insert(id.clone()) => id,
                        Some(id) => unique_id(&id, &mut ids),
                        None => unique_id(&heading_text(&inner), &mut ids),
                    };
                    out.push(Event::Start(Tag::Heading {
                        level,
                        id: Some(CowStr::from(id)),
                        classes: Vec::new(),
                        attrs: Vec::new(),
                    }));
                    out.extend(inner);
                    out.push(Event::End(TagEnd::Heading(level)));
                }
            }
            (event, Some((_, _, inner))) => inner.push(event),
            (event, None) => out.push(event),
        }
    }
    out
}

fn heading_text(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

/// The slug of `text`, or the first of `slug-1`, `slug-2`, ... not yet taken: a
/// heading literally named `Intro 1` after two `Intro`s still gets its own id.
fn unique_id(text: &str, ids: &mut Ids) -> String {
    let base = slugify(text);
    let base = if base.is_empty() {
        "section".to_string()
    } else {
        base
    };
    // Suffixes below `next` are known taken: starting there keeps a document of
    // thousands of equal headings linear, not quadratic.
    let mut n = ids.next.get(&base).copied().unwrap_or(0);
    let mut id = if n == 0 {
        base.clone()
    } else {
        format!("{base}-{n}")
    };
    while ids.taken.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    ids.next.insert(base, n + 1);
    ids.taken.insert(id.clone());
    id
}

/// The ids given so far in one document, and per slug the first suffix worth trying.
struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

/// Lowercase letters and digits (any script) joined by single hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The resolver sees the anchor: `about.md` has only `#team`.
    fn resolve(target: &str) -> Option<String> {
        match target {
            "about.md" => Some("/fr/a-propos/".to_string()),
            "about.md#team" => Some("/fr/a-propos/#team".to_string()),
            _ => None,
        }
    }

    #[test]
    fn headings_get_unique_ids() {
        let out = render(
            "# Intro\n\n## Intro\n\n## Café `au` lait\n",
            Flavor::default(),
            &resolve,
        );
        assert!(out.html.contains("<h1 id=\"intro\">Intro</h1>"));
        assert!(out.html.contains("<h2 id=\"intro-1\">Intro</h2>"));
        assert!(out.html.contains("id=\"café-au-lait\""));
    }

    #[test]
    fn heading_ids_never_repeat_nor_hit_footnotes() {
        let out = render(
            "# Intro\n\n## Intro\n\n## intro-1\n\n## 1\n\nA note[^1].\n\n[^1]: The note.\n",
            Flavor::default(),
            &resolve,
        );
        let html = scraper::Html::parse_fragment(&out.html);
        let selector = scraper::Selector::parse("[id]").expect("selector");
        let ids: Vec<&str> = html
            .select(&selector)
            .filter_map(|e| e.value().attr("id"))
            .collect();
        let unique: HashSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert!(out.html.contains("<h2 id=\"intro-1\">Intro</h2>"));
        assert!(out.html.contains("<h2 id=\"intro-1-1\">intro-1</h2>"));
        assert!(out.html.contains("<h2 id=\"1-1\">1</h2>"));
    }

    #[test]
    fn thousands_of_equal_headings_take_linear_time() {
        // Found in review: each `# a` tried `a-1`, `a-2`, ... from the start, so 4,000 of
        // them in one member description took 44 s; 20,000 would take many minutes.
        let text = "# a\n\n".repeat(20_000);
        let started = std::time::Instant::now();
        let out = render(
            &text,
            Flavor {
                escape_html: true,
                ..Flavor::default()
            },
            &resolve,
        );
        assert!(out.html.contains("<h1 id=\"a-19999\">a</h1>"));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn resolves_and_reports_internal_links() {
        let text = "See [us](@/about.md#team) and [x](@/nope.md) [y](@/about.md#no).";
        let out = render(text, Flavor::default(), &resolve);
        assert!(out.html.contains("href=\"/fr/a-propos/#team\""));
        assert_eq!(out.broken_links.len(), 2);
        assert_eq!(&text[out.broken_links[0].range.clone()], "[x](@/nope.md)");
        assert_eq!(out.broken_links[1].target, "@/about.md#no");
    }

    #[test]
    fn escapes_raw_html_when_asked() {
        let out = render(
            "<script>alert(1)</script>\n\nhi <b>x</b>",
            Flavor {
                escape_html: true,
                ..Flavor::default()
            },
            &resolve,
        );
        assert!(!out.html.contains("<script>"));
        assert!(!out.html.contains("<b>"));
        let link = render(
            "[x](javascript:alert(1)) [y](JavaScript:x) [z](https://ok.example)",
            Flavor {
                escape_html: true,
                ..Flavor::default()
            },
            &resolve,
        );
        assert!(
            !link.html.to_lowercase().contains("javascript:"),
            "{}",
            link.html
        );
        assert!(link.html.contains("href=\"https://ok.example\""));
    }

    #[test]
    fn extensions_are_enabled() {
        let out = render(
            "| a |\n|---|\n| 1 |\n\n~~x~~ - [x] done\n\nA[^1]\n\n[^1]: n\n",
            Flavor::default(),
            &resolve,
        );
        assert!(
            out.html.contains("<table tabindex=\"0\">"),
            "tables take focus to scroll"
        );
        assert!(out.html.contains("<del>"));
        assert!(out.html.contains("footnote"));
    }
}
