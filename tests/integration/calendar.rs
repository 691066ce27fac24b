//! iCalendar output: parsed with the `icalendar` crate, and checked byte by byte.

use std::str::FromStr;

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event, EventLike};

use crate::feeds::build;
use crate::harness::{tree, Run};

#[track_caller]
fn events(run: &Run, rel: &str) -> Vec<Event> {
    let text = run.text(rel);
    let calendar =
        Calendar::from_str(&text).unwrap_or_else(|e| panic!("{rel} does not parse: {e}"));
    calendar
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

fn find<'a>(events: &'a [Event], uid: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.get_uid() == Some(uid))
        .unwrap_or_else(|| panic!("no event {uid}"))
}

#[test]
fn every_ics_is_crlf_and_folded_at_75_octets() {
    let (_site, run) = build();
    let files: Vec<String> = tree(&run.out_dir)
        .into_iter()
        .filter(|f| f.ends_with(".ics"))
        .collect();
    assert_eq!(files.len(), 3 + 3 * 4, "{files:#?}");
    for file in &files {
        let bytes = run.bytes(file);
        assert!(bytes.ends_with(b"\r\n"), "{file} ends with CRLF");
        for line in bytes.split_inclusive(|b| *b == b'\n') {
            assert!(line.ends_with(b"\r\n"), "{file}: bare LF in {line:?}");
            let content = &line[..line.len() - 2];
            assert!(!content.contains(&b'\r'), "{file}: stray CR");
            assert!(content.len() <= 75, "{file}: {} octets", content.len());
        }
        std::str::from_utf8(&bytes).expect("folding keeps UTF-8 intact");
    }
    let all = run.text("events.ics");
    assert!(
        all.lines().any(|l| l.starts_with(' ')),
        "long lines are folded"
    );
}

#[test]
fn uids_times_and_text_round_trip() {
    let (_site, run) = build();
    let all = events(&run, "events.ics");
    assert_eq!(all.len(), 4);
    let gathering = find(&all, "events/gathering@example.org");
    assert_eq!(
        gathering.property_value("DTSTART"),
        Some("20270430T073000Z")
    );
    assert_eq!(gathering.property_value("DTEND"), Some("20270501T150000Z"));
    assert_eq!(
        gathering.property_value("DTSTAMP"),
        Some("20261120T000000Z")
    );
    assert!(matches!(
        gathering.get_start(),
        Some(DatePerhapsTime::DateTime(_))
    ));
    assert_eq!(
        gathering.get_summary(),
        Some("Gathering across the month boundary, with a long title that needs folding: Brüssel–Liège")
    );
    assert_eq!(
        gathering.get_location(),
        Some("La Tricoterie; Hall 2, first floor, Rue Théodore Verhaegen 158, 1060 Saint-Gilles, Belgium")
    );
    assert_eq!(
        gathering.get_description(),
        Some("Two days; bring a laptop, a friend, and a backslash \\ for the tests.\n\nhttps://example.org/fed/events/gathering/")
    );
    let party = find(&all, "events/year-end-party@example.org");
    assert!(matches!(party.get_start(), Some(DatePerhapsTime::Date(_))));
    assert_eq!(
        party.property_value("DTEND"),
        Some("20270102"),
        "DTEND of whole days is exclusive"
    );
    let clinic = find(&all, "events/clinic@example.org");
    assert_eq!(clinic.get_location(), Some("https://meet.example.org/a11y"));
}

#[test]
fn uids_are_shared_across_languages_and_per_event_files() {
    let (_site, run) = build();
    let uids = |rel: &str| -> Vec<String> {
        let mut uids: Vec<String> = events(&run, rel)
            .iter()
            .filter_map(|e| e.get_uid().map(str::to_string))
            .collect();
        uids.sort();
        uids
    };
    assert_eq!(uids("events.ics"), uids("fr/events.ics"));
    assert_eq!(uids("events.ics"), uids("de/events.ics"));
    let fr = events(&run, "fr/evenements/rencontre/event.ics");
    assert_eq!(fr.len(), 1);
    assert_eq!(fr[0].get_uid(), Some("events/gathering@example.org"));
    assert_eq!(
        fr[0].get_summary(),
        Some("Rencontre à cheval sur deux mois")
    );
    assert_eq!(
        fr[0].property_value("DTSTART"),
        Some("20270430T073000Z"),
        "the translation inherits the original's [event] table"
    );
    let page = run.page("fr/evenements/rencontre/index.html");
    assert_eq!(
        page.attr(".add-to-calendar a[download]", "href"),
        "/fed/fr/evenements/rencontre/event.ics"
    );
}

#[test]
fn the_same_now_gives_the_same_bytes() {
    let (site, first) = build();
    let before = crate::harness::snapshot(&first.out_dir);
    let _again = site.build_with(&["--now", crate::feeds::NOW]).success();
    assert!(before == crate::harness::snapshot(&site.out()));
}
