//! Event lists and pages: `--now`, localised dates and times, JSON-LD, validation,
//! `federa new event`.

use crate::feeds::build;
use crate::harness::TestSite;

#[track_caller]
fn lists_at(now: &str) -> (Vec<String>, Vec<String>) {
    let site = TestSite::fixture("news-events");
    let run = site.build_with(&["--now", now]).success();
    let page = run.page("events/index.html");
    (
        page.attrs(".upcoming-events a", "href"),
        page.attrs(".past-events a", "href"),
    )
}

#[test]
fn upcoming_and_past_follow_now() {
    let (upcoming, past) = lists_at("2026-11-25T12:00:00Z");
    assert_eq!(
        upcoming,
        [
            "/fed/events/year-end-party/",
            "/fed/events/clinic/",
            "/fed/events/gathering/"
        ],
        "soonest first"
    );
    assert_eq!(past, ["/fed/events/past-meetup/"]);
    let (upcoming, _) = lists_at("2026-09-19T15:59:00+01:00");
    assert_eq!(
        upcoming[0], "/fed/events/past-meetup/",
        "still on: upcoming"
    );
    let (upcoming, _) = lists_at("2027-01-01T23:59:59Z");
    assert_eq!(upcoming[0], "/fed/events/year-end-party/", "its last day");
    let (upcoming, past) = lists_at("2027-01-02T00:00:00Z");
    assert_eq!(upcoming[0], "/fed/events/clinic/");
    assert_eq!(past[0], "/fed/events/year-end-party/", "latest first");
    let (upcoming, past) = lists_at("2028-01-01T00:00:00Z");
    assert!(upcoming.is_empty());
    assert_eq!(past.len(), 4);
}

#[test]
fn event_dates_and_times_are_localised() {
    let (_site, run) = build();
    let when = |file: &str| {
        let page = run.page(file);
        let times = page.select(".event-times");
        let times = times
            .first()
            .map(|e| e.text().collect::<String>())
            .unwrap_or_default();
        (page.text(".event-facts time.dt-start"), times)
    };
    // Timed over several days: the time range names both dates, once (no date line).
    assert_eq!(
        when("events/gathering/index.html"),
        (
            "30 April 2027, 09:30 – 1 May 2027, 17:00 (UTC+02:00)".into(),
            String::new()
        )
    );
    // The date range, as event lists show it.
    let listed = |file: &str, slug: &str| {
        let page = run.page(file);
        let item = page
            .select(".h-event")
            .into_iter()
            .find(|e| e.html().contains(&format!("/{slug}/")))
            .expect("the event is listed");
        let time = scraper::Selector::parse("time.dt-start").expect("selector");
        item.select(&time)
            .next()
            .expect("its date")
            .text()
            .collect::<String>()
    };
    assert_eq!(
        listed("fr/evenements/index.html", "rencontre"),
        "30 avril – 1er mai 2027"
    );
    assert_eq!(
        listed("de/veranstaltungen/index.html", "gathering"),
        "30. April – 1. Mai 2027"
    );
    assert_eq!(
        when("de/veranstaltungen/clinic/index.html"),
        ("14. Januar 2027".into(), "18:00–19:30 (UTC+01:00)".into())
    );
    assert_eq!(
        when("events/year-end-party/index.html"),
        ("31 December 2026 – 1 January 2027".into(), String::new()),
        "whole days across the year boundary, no times"
    );
    let page = run.page("fr/evenements/rencontre/index.html");
    assert_eq!(
        page.attr(".event-facts time.dt-start", "datetime"),
        "2027-04-30T09:30:00+02:00"
    );
    assert_eq!(
        page.attrs(".p-organizer", "href"),
        [
            "https://example.org/fed/fr/federations/tce/",
            "https://example.org/fed/fr/federations/febe-tech/"
        ]
    );
}

#[test]
fn event_pages_carry_json_ld_and_h_event() {
    let site = TestSite::fixture("news-events");
    let clinic = std::fs::read_to_string(site.root().join("content/events/clinic.md"))
        .expect("fixture")
        .replace("An hour and a half online.", "Bring questions </script><b>");
    site.write("content/events/clinic.md", &clinic);
    let run = site.build_with(&["--now", crate::feeds::NOW]).success();
    let html = run.text("events/clinic/index.html");
    assert!(!html.contains("</script><b>"), "`</` is escaped in JSON-LD");
    let page = run.page("events/clinic/index.html");
    let script = page.one("script[type='application/ld+json']");
    let json: serde_json::Value =
        serde_json::from_str(&script.text().collect::<String>()).expect("valid JSON-LD");
    assert_eq!(json["@type"], "Event");
    assert_eq!(json["startDate"], "2027-01-14T18:00:00+01:00");
    assert_eq!(json["description"], "Bring questions </script><b>");
    assert_eq!(
        json["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    assert_eq!(json["location"][0]["@type"], "VirtualLocation");
    assert_eq!(page.select("article.h-event .p-name").len(), 1);
    assert_eq!(
        page.attr(".event-online-link", "href"),
        "https://meet.example.org/a11y"
    );
}

#[test]
fn unknown_organisers_and_bad_times_are_located_errors() {
    let site = TestSite::fixture("news-events");
    site.write(
        "content/events/bad.md",
        "+++\ntitle = \"Bad\"\n\n[event]\nstart = 2027-01-01T10:00:00\nend = 2026-12-31\norganisers = [\"tce\", \"fbe-tech\"]\n+++\n",
    );
    let run = site.build_with(&["--now", crate::feeds::NOW]).failure(1);
    let err = run.stderr();
    assert!(
        err.contains("content/events/bad.md:7:23: error: unknown organiser `fbe-tech`"),
        "{err}"
    );
    assert!(err.contains("did you mean `febe-tech`?"), "{err}");
    assert!(
        err.contains(
            "content/events/bad.md:5:1: error: invalid `start`: a time needs a UTC offset"
        ),
        "{err}"
    );
    let missing = TestSite::fixture("news-events");
    missing.write("content/events/none.md", "+++\ntitle = \"None\"\n+++\n");
    let err = missing.build().failure(1).stderr();
    assert!(
        err.contains("content/events/none.md: error: an event page needs an `[event]` table"),
        "{err}"
    );
}

#[test]
fn new_event_writes_a_commented_draft_and_never_overwrites() {
    let site = TestSite::fixture("news-events");
    let run = site.run(&["new", "event", "spring-meetup"]).success();
    assert!(run.stdout().contains("spring-meetup.md"));
    let text = std::fs::read_to_string(site.root().join("content/events/spring-meetup.md"))
        .expect("created");
    assert!(text.contains("[event]") && text.contains("# organisers"));
    let _ = site.run(&["new", "event", "spring-meetup"]).failure(1);
    let _ = site.run(&["new", "event", "Bad Slug"]).failure(1);
    let built = site
        .build_with(&["--drafts", "--now", crate::feeds::NOW])
        .success();
    assert_eq!(
        built.page("events/spring-meetup/index.html").text("h1"),
        "spring meetup"
    );
    let _ = site.run(&["build", "--now", "tomorrow"]).failure(2);
}
