//! Translation coverage: per language, how much of the site a reader gets in their own
//! language — interface messages, pages, member summaries and descriptions, federation
//! texts — and each item still missing, with the file to open.
//!
//! `check` prints it as one table row per language (the items with `--verbose`), and
//! `--format json` carries it whole; the translation-status page shows the same to
//! volunteers who never open a terminal.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::site::Site;

pub mod stale;
mod stale_texts;
pub mod table;
mod texts;

/// What a count is about, in the order the table shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Messages,
    Pages,
    MemberSummaries,
    MemberDescriptions,
    FederationTexts,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Messages,
        Part::Pages,
        Part::MemberSummaries,
        Part::MemberDescriptions,
        Part::FederationTexts,
    ];

    /// Texts of member and federation files: counted, but not `check` warnings.
    pub fn is_text(self) -> bool {
        !matches!(self, Part::Messages | Part::Pages)
    }

    /// The table's column heading.
    pub fn heading(self) -> &'static str {
        match self {
            Part::Messages => "messages",
            Part::Pages => "pages",
            Part::MemberSummaries => "summaries",
            Part::MemberDescriptions => "descriptions",
            Part::FederationTexts => "federation texts",
        }
    }
}

/// How many items exist and how many a language has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    pub translated: usize,
    pub total: usize,
}

impl Count {
    /// Whole percent, rounded down (so 99.6 % is not shown as done); 100 when there is
    /// nothing to translate.
    pub fn percent(self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }
}

/// One language's row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub lang: String,
    pub default: bool,
    #[serde(flatten, serialize_with = "table::counts_json")]
    pub counts: [Count; 5],
}

impl Row {
    pub fn count(&self, part: Part) -> Count {
        self.counts[part as usize]
    }
}

/// One item a language lacks, at the file that holds the original.
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub part: Part,
    pub lang: String,
    /// What is missing: a message id, a page key, a member or federation slug.
    pub item: String,
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    /// The line `check --verbose` prints (for messages and pages, `check`'s warning).
    #[serde(skip)]
    pub warning: Diagnostic,
}

/// The whole site's coverage.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub languages: Vec<Row>,
    pub missing: Vec<Gap>,
    pub stale: Vec<stale::Stale>,
}

impl Coverage {
    /// Counts and gaps of `site` (local members and federations only: imported co-ops'
    /// texts are translated on their own federation's site).
    pub fn of(site: &Site) -> Coverage {
        let mut missing = message_gaps(site);
        missing.extend(page_gaps(site));
        missing.extend(texts::gaps(site));
        let totals = texts::totals(site);
        let languages = site
            .config
            .languages()
            .map(|lang| Row {
                lang: lang.to_string(),
                default: lang == site.config.default_language(),
                counts: texts::counts(&totals, &missing, lang),
            })
            .collect();
        Coverage {
            languages,
            missing,
            stale: stale::find(site),
        }
    }

    /// The per-item warnings this coverage sums up, by `key`: those of messages, which
    /// come by the hundred for a new language (pages keep theirs, one per page).
    pub fn summarised(&self) -> BTreeSet<Key> {
        self.missing
            .iter()
            .filter(|g| g.part == Part::Messages)
            .map(|g| key(&g.warning))
            .collect()
    }

    /// The gaps of one language, in table order.
    pub fn missing_in<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a Gap> + 'a {
        self.missing.iter().filter(move |g| g.lang == lang)
    }
}

/// What the coverage reads of one member or federation file: whether it counts (the
/// site's own co-ops do, imported ones do not), the languages its summary and
/// description are written in, and which of its translations are out of date. Two
/// versions of a file with equal inputs give the same coverage but for line numbers,
/// which the translation-status page does not show, so `render::partial` and
/// `render::partial_federations` leave the page as it is.
#[derive(Debug, PartialEq, Eq)]
pub struct TextInputs {
    slug: String,
    counted: bool,
    summary: Vec<String>,
    description: Vec<String>,
    stale: Vec<(String, String)>,
}

impl TextInputs {
    pub fn of_member(site: &Site, member: &crate::content::member::Member) -> TextInputs {
        let data = &member.data;
        TextInputs {
            slug: member.slug.clone(),
            counted: member.origin.is_none(),
            summary: data
                .summary
                .as_ref()
                .map_or_else(Vec::new, |s| written(s.get_ref())),
            description: written(&data.description),
            stale: pairs(stale_texts::of_member(site, member)),
        }
    }

    pub fn of_federation(
        site: &Site,
        federation: &crate::content::federation::Federation,
    ) -> TextInputs {
        let data = &federation.data;
        TextInputs {
            slug: federation.slug.clone(),
            counted: true,
            summary: data
                .summary
                .as_ref()
                .map_or_else(Vec::new, |s| written(s.get_ref())),
            description: written(&data.description),
            stale: pairs(stale_texts::of_federation(site, federation)),
        }
    }
}

/// The languages a text table is written in.
fn written(table: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    texts::written_languages(table)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Stale translations as (language, item).
fn pairs(stale: Vec<stale::Stale>) -> Vec<(String, String)> {
    stale.into_iter().map(|s| (s.lang, s.item)).collect()
}

/// What tells one diagnostic from another: its place and message.
pub type Key = (PathBuf, usize, usize, String);

pub fn key(d: &Diagnostic) -> Key {
    (d.path.clone(), d.line, d.col, d.message.clone())
}

fn gap(part: Part, lang: &str, item: &str, warning: &Diagnostic) -> Gap {
    Gap {
        part,
        lang: lang.to_string(),
        item: item.to_string(),
        path: warning.path.clone(),
        line: warning.line,
        col: warning.col,
        warning: warning.clone(),
    }
}

fn message_gaps(site: &Site) -> Vec<Gap> {
    site.i18n
        .missing_messages()
        .iter()
        .map(|m| gap(Part::Messages, &m.lang, &m.id, &m.warning))
        .collect()
}

fn page_gaps(site: &Site) -> Vec<Gap> {
    crate::content::translations::gaps(&site.content, &site.config)
        .iter()
        .flat_map(|g| {
            g.absent
                .iter()
                .map(|lang| gap(Part::Pages, lang, &g.key, &g.warning))
        })
        .collect()
}
