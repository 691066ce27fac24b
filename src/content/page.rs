//! One markdown page: its front matter, language, and translation key.
//!
//! `Page::parse` is pure: it splits the `+++` front matter from the body and keeps the
//! byte offset of the body so later stages (links, markdown) can report positions in
//! the original file.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use toml::value::Datetime;

use crate::diagnostic::Diagnostic;
use crate::schema::{self, shapes, Source};

/// Front matter of a page or section (`_index.md`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub description: Option<String>,
    pub date: Option<Datetime>,
    pub updated: Option<Datetime>,
    #[serde(default)]
    pub draft: bool,
    /// URL segment of this page in its language (translated slug).
    pub slug: Option<String>,
    pub template: Option<String>,
    pub weight: Option<i64>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Sections only: how their pages are ordered.
    pub sort_by: Option<SortBy>,
    /// Events only: see `content::event`.
    pub event: Option<crate::content::event::EventInfo>,
    /// Case studies only: see `content::case_study`.
    pub case_study: Option<crate::content::case_study::CaseStudyInfo>,
    #[serde(default)]
    pub extra: toml::Table,
    /// Translations only: a hash of the original's text when it was translated
    /// (`federa translated`, see `coverage::stale`).
    pub translated_from: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// Newest first.
    Date,
    /// Lowest weight first.
    Weight,
    /// Alphabetical by title.
    Title,
}

/// A markdown file of `content/`, parsed.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the site root, e.g. `content/about.fr.md`.
    pub file: PathBuf,
    /// The whole file, kept for diagnostics that point into the body.
    pub source: String,
    /// Byte offset where the markdown body starts in `source`.
    pub body_offset: usize,
    pub lang: String,
    /// Suffix-less path under `content/` shared by translations: `about`, `news/hello`;
    /// a section's key is its folder (`news`, or `` for the home page).
    pub key: String,
    pub is_section: bool,
    pub front: FrontMatter,
    /// `summary()`, worked out on first use: lists, feeds and calendars of every
    /// language ask for the summaries of thousands of posts, and a clone of the page (a
    /// site derived from the last one in serve) keeps it.
    summary: OnceLock<Option<String>>,
}

impl Page {
    /// The markdown body.
    pub fn body(&self) -> &str {
        &self.source[self.body_offset..]
    }

    /// What lists show of the page: its `description`, else the first paragraph of its
    /// body as plain text.
    pub fn summary(&self) -> Option<&str> {
        self.summary
            .get_or_init(|| {
                self.front
                    .description
                    .clone()
                    .or_else(|| crate::markdown::first_paragraph(self.body()))
            })
            .as_deref()
    }

    /// A problem with one of this page's `aliases`, pointing at it in the front matter.
    pub fn alias_problem(&self, alias: &str, message: impl Into<String>) -> Diagnostic {
        let at = self.source.find(alias).unwrap_or(0);
        Diagnostic::at(&self.file, &self.source, at..at + alias.len(), message)
    }

    /// The folder key this page is listed in (`news` for `news/hello`).
    pub fn parent_key(&self) -> &str {
        parent_key(&self.key)
    }

    /// The last segment of the key: the default URL segment.
    pub fn file_segment(&self) -> &str {
        self.key.rsplit('/').next().unwrap_or(&self.key)
    }

    /// Parses a page; `file` is relative to the root and only used in diagnostics.
    /// Every problem of the front matter is returned, not just the first.
    pub fn parse(
        file: &Path,
        source: String,
        lang: &str,
        key: String,
        is_section: bool,
    ) -> Result<Page, Vec<Diagnostic>> {
        let (front_range, body_offset) =
            split_front_matter(&source).ok_or_else(|| {
                vec![Diagnostic::at(file, &source, 0..1, "missing `+++` front matter").with_hint(
                "start the file with a `+++` line, `title = \"...\"`, and another `+++` line",
            )]
            })?;
        let front_text = &source[front_range.clone()];
        let checked = schema::parse::<FrontMatter>(
            Source {
                path: file,
                file_text: &source,
                offset: front_range.start,
                text: front_text,
            },
            shapes::FRONT_MATTER,
        );
        let mut problems = checked.problems;
        if let Some(problem) =
            crate::input::escaped_control_character(file, &source, front_range.start, front_text)
        {
            problems.push(problem);
        }
        let Some(front) = checked.value else {
            return Err(problems);
        };
        if let Some(slug) = front.slug.as_ref().filter(|s| !is_valid_slug(s)) {
            let at = source.find("slug").unwrap_or(0);
            let fixed = suggest_slug(slug);
            problems.push(
                Diagnostic::at(file, &source, at..at + 4, format!("invalid slug `{slug}`"))
                    .with_hint(format!(
                        "use lowercase letters, digits and hyphens only, e.g. `slug = \"{fixed}\"`"
                    )),
            );
        }
        for (key, date) in [("date", &front.date), ("updated", &front.updated)] {
            let (Some(date), Some(span)) = (date, checked.spans.get(key)) else {
                continue;
            };
            if let Err(why) = crate::moment::Moment::from_toml(date) {
                problems.push(
                    Diagnostic::at(file, &source, span.clone(), format!("invalid `{key}` `{date}`: {why}"))
                        .with_hint(format!("write the date alone (`{key} = 2026-11-20`) or with the offset of the place (`{key} = 2026-11-20T10:00:00+01:00`)")),
                );
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Page {
            file: file.to_path_buf(),
            source,
            body_offset,
            lang: lang.to_string(),
            key,
            is_section,
            front,
            summary: OnceLock::new(),
        })
    }
}

/// The parent folder of a key (`news` for `news/hello`, `` for `about`).
pub fn parent_key(key: &str) -> &str {
    key.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// `[a-z0-9-]+`, not starting or ending with a hyphen.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The nearest valid slug to `text`: lower case, accents dropped, every other run of
/// characters a hyphen (`Bad_Slug` -> `bad-slug`, `Coopérative Été` -> `cooperative-ete`).
pub fn suggest_slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ß' => 's',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if plain != '-' || !slug.ends_with('-') {
            slug.push(plain);
        }
    }
    slug.trim_matches('-').to_string()
}

/// Finds the TOML between the opening and closing `+++` lines: returns its byte range
/// and the offset where the body starts.
pub(crate) fn split_front_matter(source: &str) -> Option<(std::ops::Range<usize>, usize)> {
    let start = source.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let rest = &source[start..];
    let first_line_end = rest.find('\n')?;
    if rest[..first_line_end].trim_end() != "+++" {
        return None;
    }
    let toml_start = start + first_line_end + 1;
    let mut offset = toml_start;
    for line in source[toml_start..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((toml_start..offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let src = "+++\ntitle = \"A\"\n+++\nHello\n".to_string();
        let page = Page::parse(Path::new("content/a.md"), src, "en", "a".into(), false)
            .expect("valid page");
        assert_eq!(page.front.title, "A");
        assert_eq!(page.body(), "Hello\n");
    }

    #[test]
    fn reports_unknown_key_at_its_line() {
        let src = "+++\ntitle = \"A\"\ntitel = \"B\"\n+++\n".to_string();
        let err = Page::parse(Path::new("content/a.md"), src, "en", "a".into(), false)
            .expect_err("unknown key");
        assert_eq!((err[0].line, err[0].col), (3, 1));
        assert_eq!(err[0].hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn suggests_slugs() {
        assert_eq!(suggest_slug("Bad_Slug"), "bad-slug");
        assert_eq!(suggest_slug("Coopérative  Été!"), "cooperative-ete");
        assert!(is_valid_slug(&suggest_slug("--A b--")));
    }

    #[test]
    fn validates_slugs() {
        assert!(is_valid_slug("a-propos"));
        assert!(!is_valid_slug("../etc"));
        assert!(!is_valid_slug("Über"));
    }
}
