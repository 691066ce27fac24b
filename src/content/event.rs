//! The `[event]` table of an event page's front matter, and its validation.
//!
//! An event is a page under `content/events/`. The original file (default language)
//! must have the table; a translation may leave it out and inherits the original's,
//! or repeat it (e.g. to translate `location`). Checks only read the parsed page and
//! the known federation slugs; they never touch the disk.

use std::collections::BTreeSet;

use serde::Deserialize;
use toml::value::Datetime;

use crate::content::Page;
use crate::diagnostic::{self, Diagnostic};
use crate::moment::Moment;

/// The folder (and section key) of event pages.
pub const SECTION: &str = "events";

/// When and where an event happens. Times are RFC 3339 with an offset, or dates alone.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventInfo {
    pub start: Datetime,
    pub end: Option<Datetime>,
    pub location: Option<String>,
    pub address: Option<String>,
    /// The venue's city, shown on event cards beside the venue (the address may be long).
    pub city: Option<String>,
    pub online_url: Option<String>,
    #[serde(default)]
    pub organisers: Vec<String>,
}

/// Start and end of a valid event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventTimes {
    pub start: Moment,
    pub end: Option<Moment>,
}

impl EventTimes {
    /// When the event is over, in Unix seconds.
    pub fn over_at(&self) -> i64 {
        self.end.as_ref().unwrap_or(&self.start).end_unix()
    }
}

impl EventInfo {
    /// The times, or `None` when they are invalid (reported by `check`).
    pub fn times(&self) -> Option<EventTimes> {
        let start = Moment::from_toml(&self.start).ok()?;
        let end = match &self.end {
            Some(end) => Some(Moment::from_toml(end).ok()?),
            None => None,
        };
        Some(EventTimes { start, end })
    }
}

/// Whether `page` is an event page (a page, not the section, under `content/events/`).
pub fn is_event_page(page: &Page) -> bool {
    !page.is_section && page.parent_key() == SECTION
}

/// Every problem of one event page's `[event]` table.
pub fn check(page: &Page, is_original: bool, federations: &BTreeSet<String>) -> Vec<Diagnostic> {
    let Some(info) = &page.front.event else {
        if !is_original {
            return Vec::new();
        }
        return vec![Diagnostic::file(&page.file, "an event page needs an `[event]` table")
            .with_hint("add `[event]` with `start = 2027-05-20T09:30:00+02:00`; `federa new event SLUG` writes an example")];
    };
    let mut problems = Vec::new();
    let at = |key: &str, message: String| {
        let offset = key_offset(page, key);
        Diagnostic::at(
            &page.file,
            &page.source,
            offset..offset + key.len(),
            message,
        )
    };
    let start = Moment::from_toml(&info.start)
        .map_err(|e| problems.push(at("start", format!("invalid `start`: {e}"))))
        .ok();
    if let Some(end) = &info.end {
        match (start, Moment::from_toml(end)) {
            (_, Err(e)) => problems.push(at("end", format!("invalid `end`: {e}"))),
            (Some(s), Ok(e)) if s.is_all_day() != e.is_all_day() => problems.push(at(
                "end",
                "`start` and `end` must both be dates or both be date-times".into(),
            )),
            (Some(s), Ok(e)) if e.unix() < s.unix() => {
                problems.push(at("end", format!("`end` ({e}) is before `start` ({s})")));
            }
            _ => {}
        }
    }
    if let Some(url) = &info.online_url {
        if !crate::content::validate::is_http_url(url) {
            problems.push(at(
                "online_url",
                format!("`online_url` must be an http(s) URL, not `{}`", url.escape_debug()),
            ).with_hint("write one address such as `https://meet.example.org/room`, without spaces or line breaks"));
        }
    }
    for slug in info.organisers.iter().filter(|s| !federations.contains(*s)) {
        let quoted = format!("\"{slug}\"");
        let offset = after_event_table(page)
            .and_then(|from| page.source[from..].find(&quoted).map(|i| from + i + 1))
            .unwrap_or_else(|| key_offset(page, "organisers"));
        let mut d = Diagnostic::at(
            &page.file,
            &page.source,
            offset..offset + slug.len(),
            format!("unknown organiser `{slug}`"),
        );
        d = match diagnostic::nearest(slug, federations.iter().map(String::as_str)) {
            Some(near) => d.with_hint(format!("did you mean `{near}`?")),
            None => d.with_hint("organisers are slugs of content/federations/*.toml"),
        };
        problems.push(d);
    }
    problems
}

/// Byte offset where the `[event]` table starts in the page source.
fn after_event_table(page: &Page) -> Option<usize> {
    page.source[..page.body_offset].find("[event]")
}

/// Byte offset of `key =` inside the `[event]` table (or of the table itself).
fn key_offset(page: &Page, key: &str) -> usize {
    let from = after_event_table(page).unwrap_or(0);
    let front = &page.source[from..page.body_offset];
    let mut line_start = 0;
    for line in front.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) && trimmed[key.len()..].trim_start().starts_with('=') {
            return from + line_start + (line.len() - trimmed.len());
        }
        line_start += line.len();
    }
    from
}

/// Checks every event page of the site (originals must have an `[event]` table), and
/// that the events section exists: without `content/events/_index.md` the event pages
/// are built but their list, linked from each of them, is missing.
pub fn check_all(
    content: &crate::content::Content,
    routes: &crate::render::routes::Routes,
    federations: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let has_section = content
        .pages
        .iter()
        .any(|p| p.is_section && p.key == SECTION);
    let orphans = content
        .pages
        .iter()
        .enumerate()
        .filter(|(index, p)| {
            !has_section
                && is_event_page(p)
                && routes.original(&p.key).is_none_or(|r| r.page == *index)
        })
        .map(|(_, page)| {
            Diagnostic::file(&page.file, "an event page without the events section")
                .with_hint("add content/events/_index.md (front matter `title = \"Events\"`): it is the list of upcoming and past events")
        });
    let mut problems: Vec<Diagnostic> = orphans.collect();
    problems.extend(
        content
            .pages
            .iter()
            .enumerate()
            .filter(|(_, page)| is_event_page(page))
            .flat_map(|(index, page)| {
                let is_original = routes.original(&page.key).is_none_or(|r| r.page == index);
                check(page, is_original, federations)
            }),
    );
    problems
}
