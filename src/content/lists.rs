//! The lists and language-keyed texts of a data file (codes and summaries through
//! `portable`), and values listed twice (`technologies = ["WordPress", "WordPress"]`):
//! each shows twice on the co-op's card and profile, so the second one is an error.
//! Technologies are proper nouns whose spelling varies, so they compare ignoring case.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::content::data::Shape;
use crate::content::federation::Federation;
use crate::content::member::Member;
use crate::content::portable;
use crate::content::validate::{Findings, Known};

/// The member's lists and language-keyed texts: codes, summary, repeated values.
pub fn member(f: &mut Findings, m: &Member, known: &Known) {
    let (d, shape) = (&m.data, &m.shape);
    let localized = Texts {
        languages: &d.languages,
        summary: d.summary.as_ref(),
        description: &d.description,
        names: ("city_translations", &d.city_translations),
        translated_from: &d.translated_from,
    };
    language_codes(f, shape, &localized, known);
    for (path, items, compare) in [
        (
            "federations",
            spanned(d.federations.get_ref()),
            Compare::Exact,
        ),
        ("languages", texts(&d.languages), Compare::Exact),
        ("services", spanned(&d.services), Compare::Exact),
        (
            "technologies",
            texts(&d.technologies),
            Compare::IgnoringCase,
        ),
        ("clients", texts(&d.clients), Compare::IgnoringCase),
        (
            "hiring.contract_types",
            spanned(&d.hiring.contract_types),
            Compare::Exact,
        ),
    ] {
        duplicates(f, shape, path, items.into_iter(), compare);
    }
    nameless(f, shape, "technologies", &d.technologies);
    nameless(f, shape, "clients", &d.clients);
}

/// Reports values of the free-text list `path` with no letter or digit (`""`, `".."`):
/// they would show as nothing, and technologies would share a page named "other".
fn nameless(f: &mut Findings, shape: &Shape, path: &str, items: &[String]) {
    for (i, item) in items.iter().enumerate() {
        if !item.chars().any(char::is_alphanumeric) {
            let span = shape.span(&format!("{path}[{i}]")).unwrap_or(0..1);
            f.at(
                span,
                format!("`{}` in `{path}` is not a name", item.escape_debug()),
                "write the name, such as `PostgreSQL`, or remove this value".into(),
            );
        }
    }
}

/// The language-bearing fields that members and federations share.
struct Texts<'a> {
    languages: &'a [String],
    summary: Option<&'a Spanned<BTreeMap<String, String>>>,
    description: &'a BTreeMap<String, String>,
    /// The name's translations (`city_translations` of a member, `name_translations` of
    /// a federation): the table's name and its entries.
    names: (&'static str, &'a BTreeMap<String, String>),
    /// `[translated_from]`: the languages whose texts were marked up to date.
    translated_from: &'a BTreeMap<String, String>,
}

/// Working languages, the summary (in at least one site language) and the language
/// keys of the summary, description, name-translation and `[translated_from]` tables.
fn language_codes(f: &mut Findings, shape: &Shape, texts: &Texts, known: &Known) {
    portable::working_languages(f, shape, texts.languages, known);
    if sound_text(shape, "summary") {
        portable::summary(f, texts.summary, known);
    }
    if let Some(summary) = texts.summary {
        portable::text_languages(f, shape, "summary", summary.get_ref().keys(), known);
    }
    portable::text_languages(f, shape, "description", texts.description.keys(), known);
    let (names, translations) = texts.names;
    portable::text_languages(f, shape, names, translations.keys(), known);
    let recorded = texts.translated_from.keys();
    portable::text_languages(f, shape, "translated_from", recorded, known);
}

fn texts(items: &[String]) -> Vec<&str> {
    items.iter().map(String::as_str).collect()
}

fn spanned(items: &[Spanned<String>]) -> Vec<&str> {
    items.iter().map(|s| s.get_ref().as_str()).collect()
}

/// A summary table whose own values were all readable (a broken one was reported).
fn sound_text(shape: &Shape, table: &str) -> bool {
    !shape.broken.contains(table)
}

pub fn federation(f: &mut Findings, fed: &Federation, known: &Known) {
    let (d, shape) = (&fed.data, &fed.shape);
    let localized = Texts {
        languages: &d.languages,
        summary: d.summary.as_ref(),
        description: &d.description,
        names: ("name_translations", &d.name_translations),
        translated_from: &d.translated_from,
    };
    language_codes(f, shape, &localized, known);
    duplicates(
        f,
        shape,
        "countries",
        spanned(&d.countries).into_iter(),
        Compare::Exact,
    );
    duplicates(
        f,
        shape,
        "parents",
        spanned(&d.parents).into_iter(),
        Compare::Exact,
    );
    duplicates(
        f,
        shape,
        "languages",
        texts(&d.languages).into_iter(),
        Compare::Exact,
    );
}

/// How two values are compared.
#[derive(Debug, Clone, Copy)]
pub enum Compare {
    Exact,
    IgnoringCase,
}

/// Reports every value of the list `path` that repeats an earlier one.
pub fn duplicates<'a>(
    f: &mut Findings,
    shape: &Shape,
    path: &str,
    items: impl Iterator<Item = &'a str>,
    compare: Compare,
) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (i, item) in items.enumerate() {
        let folded = match compare {
            Compare::Exact => item.to_string(),
            Compare::IgnoringCase => item.to_lowercase(),
        };
        let Some(first) = seen.get(&folded) else {
            seen.insert(folded, item);
            continue;
        };
        let span = shape.span(&format!("{path}[{i}]")).unwrap_or(0..1);
        let already = if *first == item {
            format!("`{item}` is already listed")
        } else {
            format!("`{item}` is already listed as `{first}`")
        };
        f.at(
            span,
            format!("`{item}` appears twice in `{path}`"),
            format!("{already}: remove this one"),
        );
    }
}
