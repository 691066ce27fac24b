//! The `[case_study]` table of a case study's front matter, and its validation.
//!
//! A case study is a page under `content/case-studies/`, translated like any page. The
//! original file (default language) must have the table; a translation may leave it
//! out and inherits the original's, or repeat it (e.g. to write `client` in its own
//! language). Checks read the parsed page, the member slugs and the vocabulary only;
//! they never touch the disk.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::content::validate::{is_http_url, unknown_word};
use crate::content::Page;
use crate::diagnostic::{nearest, Diagnostic};
use crate::i18n::I18n;

/// The folder (and section key) of case studies.
pub const SECTION: &str = "case-studies";

/// Most co-ops, services or technologies one case study may name: a list longer than
/// this is a mistake, and it bounds the work a page can cause.
pub const MAX_LIST: usize = 20;

/// Who did the work, what for whom, and when.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStudyInfo {
    /// Slugs of the member co-ops involved (files of `content/members/`).
    pub coops: Vec<Spanned<String>>,
    /// Controlled services (`service-<id>` messages).
    #[serde(default)]
    pub services: Vec<Spanned<String>>,
    /// Technologies, as members spell them (`Django`).
    #[serde(default)]
    pub technologies: Vec<Spanned<String>>,
    /// The client's sector: a controlled value (`sector-<id>` messages).
    pub sector: Spanned<String>,
    pub year: u16,
    pub client: Option<String>,
    pub client_url: Option<Spanned<String>>,
}

/// What the checks need to know about the rest of the site.
pub struct Known<'a> {
    pub members: &'a BTreeSet<String>,
    pub i18n: &'a I18n,
    pub default_language: &'a str,
}

/// Whether `page` is a case study (a page, not the section, under `content/case-studies/`).
pub fn is_case_study(page: &Page) -> bool {
    !page.is_section && page.parent_key() == SECTION
}

/// Every problem of one case study's `[case_study]` table.
pub fn check(page: &Page, is_original: bool, known: &Known) -> Vec<Diagnostic> {
    let Some(info) = &page.front.case_study else {
        if !is_original {
            return Vec::new();
        }
        return vec![Diagnostic::file(&page.file, "a case study needs a `[case_study]` table")
            .with_hint("add `[case_study]` with `coops = [\"member-slug\"]`, `sector = \"public\"` and `year = 2025`; docs/case-studies.md has an example")];
    };
    // Spans of the front matter's values are relative to the TOML between the `+++`.
    let front = crate::content::page::split_front_matter(&page.source).map_or(0, |(r, _)| r.start);
    let at = |span: Range<usize>| front + span.start..front + span.end;
    let mut problems = Vec::new();
    let mut report = |span: Range<usize>, message: String, hint: String| {
        problems.push(Diagnostic::at(&page.file, &page.source, at(span), message).with_hint(hint));
    };
    if info.coops.is_empty() {
        let key = page.source[..page.body_offset]
            .find("coops")
            .unwrap_or(front);
        report(
            key - front..key - front + 5,
            "a case study names at least one member co-op".into(),
            "write `coops = [\"member-slug\"]`: the file names of content/members/".into(),
        );
    }
    for coop in &info.coops {
        if known.members.contains(coop.get_ref()) {
            continue;
        }
        let hint = match nearest(coop.get_ref(), known.members.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`?"),
            None => "co-ops are named by their file in content/members/ (`lumen-digital` for lumen-digital.toml)".into(),
        };
        report(
            inside_quotes(coop.span()),
            format!("unknown member co-op `{}`", coop.get_ref()),
            hint,
        );
    }
    for service in &info.services {
        if let Some(hint) = unknown_word(
            known.i18n,
            "service",
            service.get_ref(),
            known.default_language,
        ) {
            report(
                inside_quotes(service.span()),
                format!("unknown service `{}`", service.get_ref()),
                hint,
            );
        }
    }
    if let Some(hint) = unknown_word(
        known.i18n,
        "sector",
        info.sector.get_ref(),
        known.default_language,
    ) {
        report(
            inside_quotes(info.sector.span()),
            format!("unknown sector `{}`", info.sector.get_ref()),
            hint,
        );
    }
    for technology in info
        .technologies
        .iter()
        .filter(|t| t.get_ref().trim().is_empty())
    {
        report(
            technology.span(),
            "a technology without a name".into(),
            "write it as the co-ops spell it, e.g. `\"Django\"`".into(),
        );
    }
    if let Some(url) = info
        .client_url
        .as_ref()
        .filter(|u| !is_http_url(u.get_ref()))
    {
        report(
            url.span(),
            format!(
                "`client_url` must be an http(s) URL, not `{}`",
                url.get_ref().escape_debug()
            ),
            "write one address such as `https://client.example/`".into(),
        );
    }
    for (name, len) in [
        ("coops", info.coops.len()),
        ("services", info.services.len()),
        ("technologies", info.technologies.len()),
    ] {
        if len > MAX_LIST {
            problems.push(
                Diagnostic::file(&page.file, format!("`{name}` lists {len} values"))
                    .with_hint(format!("a case study names at most {MAX_LIST}")),
            );
        }
    }
    problems
}

/// A `[case_study]` table on a page outside `content/case-studies/` would be ignored.
fn misplaced(page: &Page) -> Option<Diagnostic> {
    page.front.case_study.as_ref()?;
    let at = page.source[..page.body_offset]
        .find("[case_study]")
        .unwrap_or(0);
    Some(
        Diagnostic::at(
            &page.file,
            &page.source,
            at..at + "[case_study]".len(),
            "a `[case_study]` table outside content/case-studies/",
        )
        .with_hint(
            "move the file into content/case-studies/ (not a subfolder), or remove the table",
        ),
    )
}

/// The span of a quoted string's text, without its quotes.
fn inside_quotes(span: Range<usize>) -> Range<usize> {
    if span.end > span.start + 1 {
        span.start + 1..span.end - 1
    } else {
        span
    }
}

/// Checks every case study of the site (originals must have a `[case_study]` table),
/// and that the section exists: without `content/case-studies/_index.md` the case
/// studies are built but their index, linked from each of them, is missing.
pub fn check_all(
    content: &crate::content::Content,
    routes: &crate::render::routes::Routes,
    known: &Known,
) -> Vec<Diagnostic> {
    let has_section = content
        .pages
        .iter()
        .any(|p| p.is_section && p.key == SECTION);
    let mut problems = Vec::new();
    for (index, page) in content.pages.iter().enumerate() {
        if !is_case_study(page) {
            problems.extend(misplaced(page));
            continue;
        }
        let is_original = routes.original(&page.key).is_none_or(|r| r.page == index);
        if is_original && !has_section {
            problems.push(
                Diagnostic::file(&page.file, "a case study without the case studies section")
                    .with_hint("add content/case-studies/_index.md (front matter `title = \"Case studies\"`): it is the index of case studies"),
            );
        }
        problems.extend(check(page, is_original, known));
    }
    problems
}
