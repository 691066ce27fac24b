//! iCalendar (RFC 5545): `events.ics` per language with every event, and one
//! `event.ics` beside each event page ("add to calendar").
//!
//! The serialiser is ours and small: CRLF line endings, lines folded at 75 octets on
//! UTF-8 boundaries, TEXT and URI values escaped by `crate::escape`. Times are written in
//! UTC (the content gives offsets, not time-zone names); whole-day events use
//! `VALUE=DATE`.
//! `UID` is the event's key at the site's host, so it is the same in every language and
//! every build. `DTSTAMP` is the event page's `updated` (else `date`), which is when the
//! information was last revised; only a page without either stamps the build's `now`.

use crate::content::event::EventInfo;
use crate::escape::{ics_text, ics_uri};
use crate::i18n::I18n;
use crate::moment::Moment;
use crate::output::OutputFile;
use crate::render::events::{self, EventEntry};
use crate::render::routes::language_root;
use crate::render::Shared;
use crate::site::Site;
use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};

/// The calendar of all events, in each language folder.
pub const FILE: &str = "events.ics";

/// One event's calendar, beside its page.
pub const EVENT_FILE: &str = "event.ics";

const PRODID: &str = "-//federa//federa static site generator//EN";

/// Path-absolute URL of the calendar of `lang`.
pub fn calendar_url(site: &Site, shared: &Shared, lang: &str) -> String {
    let prefix = language_root(site.config.default_language(), lang);
    format!("{}{prefix}{FILE}", shared.base_path)
}

/// `events.ics` of every language.
pub fn render(site: &Site, shared: &Shared) -> Vec<OutputFile> {
    let languages: Vec<&str> = site.config.languages().collect();
    render_languages(site, shared, &languages)
}

/// The calendars of `languages` (serve re-renders those a page edit reaches).
pub fn render_languages(site: &Site, shared: &Shared, languages: &[&str]) -> Vec<OutputFile> {
    languages
        .par_iter()
        .map(|lang| {
            let entries = events::entries(site, lang);
            let text = calendar(site, shared, lang, &entries);
            let prefix = language_root(site.config.default_language(), lang);
            OutputFile::new(format!("{prefix}{FILE}"), text)
        })
        .collect()
}

/// The calendar of one event, in the language of its page.
pub fn single(site: &Site, shared: &Shared, event: &EventEntry, lang: &str) -> String {
    calendar(site, shared, lang, std::slice::from_ref(event))
}

fn calendar(site: &Site, shared: &Shared, lang: &str, entries: &[EventEntry]) -> String {
    let mut out = String::new();
    let name = calendar_name(&site.i18n, lang);
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        format!("X-WR-CALNAME:{}", ics_text(&name)),
    ] {
        fold_into(&mut out, &line);
    }
    for entry in entries {
        for line in event_lines(site, shared, entry) {
            fold_into(&mut out, &line);
        }
    }
    fold_into(&mut out, "END:VCALENDAR");
    out
}

fn calendar_name(i18n: &I18n, lang: &str) -> String {
    let site_title = i18n.format_or(lang, "site-title", "federa");
    i18n.format_or(lang, "calendar-name", &site_title)
        .into_owned()
}

/// The unfolded content lines of one VEVENT.
fn event_lines(site: &Site, shared: &Shared, event: &EventEntry) -> Vec<String> {
    let page = event.page;
    let permalink = format!("{}{}", shared.base_url, event.route.path);
    let stamp = page
        .front
        .updated
        .as_ref()
        .or(page.front.date.as_ref())
        .and_then(|d| Moment::from_toml(d).ok())
        .unwrap_or(site.now);
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", uid(shared, event.key)),
        format!("DTSTAMP:{}", stamp_utc(&stamp)),
    ];
    let start = event.times.start;
    if start.is_all_day() {
        let end = event.times.end.unwrap_or(start).date.next();
        lines.push(format!("DTSTART;VALUE=DATE:{}", start.ical()));
        let end = Moment { date: end, ..start };
        lines.push(format!("DTEND;VALUE=DATE:{}", end.ical()));
    } else {
        lines.push(format!("DTSTART:{}", start.ical()));
        if let Some(end) = event.times.end {
            lines.push(format!("DTEND:{}", end.ical()));
        }
    }
    lines.push(format!("SUMMARY:{}", ics_text(&page.front.title)));
    let summary = page.summary();
    let description = match summary {
        Some(text) => format!("{text}\n\n{permalink}"),
        None => permalink.clone(),
    };
    lines.push(format!("DESCRIPTION:{}", ics_text(&description)));
    lines.extend(place_lines(event.info));
    lines.push(format!("URL:{}", ics_uri(&permalink)));
    if let Some(updated) = page
        .front
        .updated
        .as_ref()
        .and_then(|d| Moment::from_toml(d).ok())
    {
        lines.push(format!("LAST-MODIFIED:{}", stamp_utc(&updated)));
    }
    lines.push("END:VEVENT".to_string());
    lines
}

/// LOCATION (venue and address, else the online link) and CONFERENCE (RFC 7986).
fn place_lines(info: &EventInfo) -> Vec<String> {
    let mut lines = Vec::new();
    let place: Vec<&str> = [info.location.as_deref(), info.address.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    match (place.is_empty(), &info.online_url) {
        (false, _) => lines.push(format!("LOCATION:{}", ics_text(&place.join(", ")))),
        (true, Some(url)) => lines.push(format!("LOCATION:{}", ics_text(url))),
        (true, None) => {}
    }
    if let Some(url) = &info.online_url {
        lines.push(format!("CONFERENCE;VALUE=URI:{}", ics_uri(url)));
    }
    lines
}

/// `events/gathering@example.org`: stable across builds and languages.
pub fn uid(shared: &Shared, key: &str) -> String {
    let after_scheme = shared
        .base_url
        .split_once("://")
        .map_or(shared.base_url.as_str(), |(_, rest)| rest);
    let host = after_scheme.split('/').next().unwrap_or(after_scheme);
    format!("{key}@{host}")
}

/// A UTC date-time, as DTSTAMP and LAST-MODIFIED require (a date means its midnight).
fn stamp_utc(moment: &Moment) -> String {
    let utc = Moment::from_unix(moment.unix());
    utc.ical()
}

/// Appends `line` folded at 75 octets (continuations start with a space), with CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(80));
        fold_into(&mut out, &line);
        for physical in out.split_terminator("\r\n") {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        let mut short = String::new();
        fold_into(&mut short, &"x".repeat(75));
        assert_eq!(short, format!("{}\r\n", "x".repeat(75)));
    }
}
