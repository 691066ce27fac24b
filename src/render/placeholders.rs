//! Totals inside markdown: `{{ coops }}` in a page becomes the number of member co-ops,
//! formatted for the page's language, so prose never repeats a number by hand
//! (docs/figures.md lists the names).
//!
//! A placeholder is `{{`, a name of lowercase letters, digits and `_`, and `}}`
//! (spaces inside allowed). Other `{{ ... }}` text is left alone. The markdown is
//! checked (unknown names are located errors); the values go into the rendered HTML,
//! so link and heading positions in the source stay exact. Values come from
//! `render::numbers`, the one definition of the site's numbers.

use std::ops::Range;

use crate::content::event;
use crate::content::Page;
use crate::dates::{format_date, format_number};
use crate::diagnostic::{nearest, Diagnostic};
use crate::escape::markup;
use crate::render::{chart, news, numbers};
use crate::site::Site;

/// The names a page may use, and what each one is.
pub const NAMES: [(&str, &str); 7] = [
    ("coops", "member co-ops"),
    ("applicants", "applicant co-ops"),
    ("workers", "workers of member co-ops"),
    ("countries", "countries of member co-ops"),
    ("federations", "member and forming federations"),
    ("as_of", "the build date"),
    ("members_chart", "the members-per-year chart and table"),
];

/// How the chart's markup starts and ends (`chart::figure`).
const CHART_OPEN: &str = "<figure class=\"figures-chart\">";
const CHART_CLOSE: &str = "</figure>";

/// Every placeholder of `text`: its byte range and its name.
pub fn find(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find("{{").map(|i| from + i) {
        let Some(end) = text[start + 2..].find("}}").map(|i| start + 2 + i) else {
            break;
        };
        let name = text[start + 2..end].trim();
        let is_name = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if is_name {
            found.push((start..end + 2, name));
            from = end + 2;
        } else {
            from = start + 2;
        }
    }
    found
}

/// Whether the page's body uses any placeholder (serve re-renders those pages when
/// the figures change; see `render::partial`).
pub fn used_by(page: &Page) -> bool {
    !find(page.body()).is_empty()
}

/// Unknown names in the page's body, and any figure in a news post or an event (they
/// are dated: their numbers must not change after publication, nor do feeds update),
/// each at its place.
pub fn check(page: &Page) -> Vec<Diagnostic> {
    let known = || NAMES.iter().map(|(name, _)| *name);
    let dated = [news::SECTION, event::SECTION]
        .iter()
        .any(|section| page.parent_key() == *section && !page.is_section);
    let found = find(page.body());
    let at = |range: &Range<usize>| page.body_offset + range.start..page.body_offset + range.end;
    if let (true, Some((range, name))) = (dated, found.first()) {
        return vec![Diagnostic::at(
            &page.file,
            &page.source,
            at(range),
            format!(
                "`{{{{ {name} }}}}` in a dated page: figures change, a news post or event does not"
            ),
        )
        .with_hint(
            "write the number as it was on the day, or link to a page that shows the figures",
        )];
    }
    found
        .into_iter()
        .filter(|(_, name)| !known().any(|k| k == *name))
        .map(|(range, name)| {
            let at = at(&range);
            let hint = match nearest(name, known()) {
                Some(close) => format!("did you mean `{{{{ {close} }}}}`?"),
                None => format!(
                    "the known names are {}",
                    known().collect::<Vec<_>>().join(", ")
                ),
            };
            Diagnostic::at(
                &page.file,
                &page.source,
                at,
                format!("unknown figure `{name}`"),
            )
            .with_hint(hint)
        })
        .collect()
}

/// `html` with every known placeholder replaced by its value in `lang`; unknown ones
/// stay as written (`check` reports them). `inline` leaves the chart out (summaries).
pub fn fill(site: &Site, lang: &str, html: &str, inline: bool) -> String {
    if find(html).is_empty() {
        return html.to_string();
    }
    let totals = numbers::totals(site);
    let number = |n: f64| markup(&format_number(&site.i18n, lang, n));
    let value = |name: &str| -> Option<String> {
        Some(match name {
            "coops" => number(totals.coops as f64),
            "applicants" => number(totals.applicants as f64),
            "workers" => number(totals.workers as f64),
            "countries" => number(totals.countries as f64),
            "federations" => number(totals.federations as f64),
            "as_of" => markup(&format_date(&site.i18n, lang, site.now.date).ok()?),
            "members_chart" if inline => String::new(),
            "members_chart" => chart::figure(&site.i18n, lang, &numbers::history(site)),
            _ => return None,
        })
    };
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (range, name) in find(html) {
        if let Some(text) = value(name) {
            out.push_str(&html[last..range.start]);
            out.push_str(&text);
            last = range.end;
        }
    }
    out.push_str(&html[last..]);
    // Alone in its paragraph, the chart replaces the paragraph (a figure cannot be in one).
    out.replace(&format!("<p>{CHART_OPEN}"), CHART_OPEN)
        .replace(&format!("{CHART_CLOSE}</p>"), CHART_CLOSE)
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn finds_names_and_leaves_other_braces() {
        let text = "We are {{ coops }} co-ops, {{workers}} workers; {{ page.title }} {{ }}";
        let names: Vec<&str> = find(text).into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, ["coops", "workers"]);
        let (range, _) = &find(text)[0];
        assert_eq!(&text[range.clone()], "{{ coops }}");
    }
}
