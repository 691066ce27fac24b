//! Atom feeds and the paginated news lists, on the news-events fixture.

use crate::harness::{Run, TestSite};

pub const NOW: &str = "2026-11-25T12:00:00Z";
const BASE: &str = "https://example.org/fed/";

/// Builds the news-events fixture at a fixed `--now`.
#[track_caller]
pub fn build() -> (TestSite, Run) {
    let site = TestSite::fixture("news-events");
    let run = site.build_with(&["--now", NOW]).success();
    (site, run)
}

#[track_caller]
fn feed(run: &Run, rel: &str) -> feed_rs::model::Feed {
    feed_rs::parser::parse(run.bytes(rel).as_slice())
        .unwrap_or_else(|e| panic!("{rel} is not a valid feed: {e}"))
}

#[test]
fn atom_feeds_list_every_post_per_language_newest_first() {
    let (_site, run) = build();
    let titles = |rel: &str| -> Vec<String> {
        feed(&run, rel)
            .entries
            .iter()
            .map(|e| e.title.as_ref().expect("title").content.clone())
            .collect()
    };
    assert_eq!(
        titles("atom.xml"),
        ["Happy new year & welcome", "Year-end letter", "Spring news"]
    );
    assert_eq!(
        titles("fr/atom.xml"),
        ["Bonne année", "Lettre de fin d’année", "Spring news"]
    );
    assert_eq!(
        titles("de/atom.xml"),
        ["Happy new year & welcome", "Jahresbrief", "Spring news"],
        "untranslated posts stay in the feed, in their original language"
    );
    let de = feed(&run, "de/atom.xml");
    assert_eq!(de.language.as_deref(), Some("de"));
    let xml = run.text("de/atom.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let langs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|n| n.attribute(("http://www.w3.org/XML/1998/namespace", "lang")))
        .collect();
    assert_eq!(
        langs,
        ["en", "de", "en"],
        "xml:lang says what each entry is written in"
    );
}

#[test]
fn atom_links_are_absolute_and_dates_come_from_posts() {
    let (_site, run) = build();
    let fr = feed(&run, "fr/atom.xml");
    let links: Vec<&str> = fr.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(
        links,
        [
            "https://example.org/fed/fr/atom.xml",
            "https://example.org/fed/fr/actualites/"
        ]
    );
    for entry in &fr.entries {
        for link in &entry.links {
            assert!(link.href.starts_with(BASE), "{} is absolute", link.href);
        }
        assert!(entry.id.starts_with(BASE));
    }
    assert_eq!(
        fr.entries[0].links[0].href,
        format!("{BASE}fr/actualites/bonne-annee/")
    );
    let en = feed(&run, "atom.xml");
    assert_eq!(
        en.updated.map(|d| d.to_rfc3339()).as_deref(),
        Some("2027-01-01T00:00:00+00:00")
    );
    let spring = &en.entries[2];
    assert_eq!(
        spring.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-03-01T00:00:00+00:00")
    );
    assert_eq!(
        spring.updated.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-03-05T00:00:00+00:00")
    );
    let summary = en.entries[0].summary.as_ref().expect("summary");
    assert!(summary
        .content
        .starts_with("The first paragraph is the summary"));
}

#[test]
fn every_page_links_to_the_feed_of_its_language() {
    let (_site, run) = build();
    for (file, feed) in [
        ("index.html", "atom.xml"),
        ("fr/evenements/rencontre/index.html", "fr/atom.xml"),
        ("de/veranstaltungen/clinic/index.html", "de/atom.xml"),
        ("de/404.html", "de/atom.xml"),
    ] {
        let page = run.page(file);
        assert_eq!(
            page.attr("link[rel=alternate][type='application/atom+xml']", "href"),
            format!("{BASE}{feed}"),
            "in {file}"
        );
    }
}

#[test]
fn news_lists_are_paginated_with_previous_and_next() {
    let (_site, run) = build();
    let first = run.page("fr/actualites/index.html");
    assert_eq!(
        first.attrs(".post-list a", "href"),
        [
            "/fed/fr/actualites/bonne-annee/",
            "/fed/fr/actualites/lettre-fin-annee/"
        ]
    );
    assert_eq!(
        first.attr(".pagination a[rel=next]", "href"),
        "/fed/fr/actualites/page/2/"
    );
    assert!(first.select(".pagination a[rel=prev]").is_empty());
    let second = run.page("fr/actualites/page/2/index.html");
    assert_eq!(
        second.attrs(".post-list a", "href"),
        ["/fed/fr/actualites/spring/"]
    );
    assert_eq!(second.attrs(".post-list li[lang]", "lang"), ["en"]);
    assert_eq!(
        second.attr(".pagination a[rel=prev]", "href"),
        "/fed/fr/actualites/"
    );
    assert_eq!(second.text(".pagination span"), "Page 2 sur 2");
    assert_eq!(second.text(".post-list time"), "1er mars 2026");
    assert!(!run.out_dir.join("fr/actualites/page/3").exists());
}
