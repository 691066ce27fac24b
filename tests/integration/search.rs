//! Site search (`render::search`): the JSON index of each language, read with
//! serde_json, and the search page, read with scraper.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::harness::TestSite;

const NOW: &str = "2026-11-25T12:00:00Z";

/// The index of `rel` (e.g. `fr/search/index.json`), parsed.
fn index(site: &TestSite, rel: &str) -> Value {
    let bytes = std::fs::read(site.out().join(rel)).expect("index written");
    serde_json::from_slice(&bytes).expect("index is JSON")
}

/// Document numbers from a list of gaps.
fn ids(gaps: &Value) -> Vec<usize> {
    let mut at = 0;
    gaps.as_array()
        .expect("a list")
        .iter()
        .map(|gap| {
            at += gap.as_u64().expect("a number") as usize;
            at
        })
        .collect()
}

/// URLs of the documents whose text has the stem of the folded word `word`.
fn urls_with(index: &Value, word: &str) -> BTreeSet<String> {
    let Some(stem) = index["words"][word].as_u64() else {
        return BTreeSet::new();
    };
    ids(&index["stems"][stem as usize][1])
        .into_iter()
        .map(|d| index["docs"][d][0].as_str().expect("url").to_string())
        .collect()
}

/// The kind ids of an index.
fn kinds(index: &Value) -> BTreeSet<String> {
    index["kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .map(|k| k[0].as_str().expect("kind id").to_string())
        .collect()
}

#[test]
fn every_language_has_an_index_of_every_kind_of_page() {
    let site = TestSite::fixture("federation");
    let _ = site.build().success();
    for (lang, prefix) in [("en", ""), ("fr", "fr/"), ("nl", "nl/"), ("de", "de/")] {
        let index = index(&site, &format!("{prefix}search/index.json"));
        assert_eq!(
            (index["format"].as_u64(), index["lang"].as_str()),
            (Some(1), Some(lang))
        );
        let found = kinds(&index);
        for kind in ["index", "member", "members", "federation", "term"] {
            assert!(found.contains(kind), "{lang}: {kind} in {found:?}");
        }
        for doc in index["docs"].as_array().expect("docs") {
            let url = doc[0].as_str().expect("url");
            let rel = url.strip_prefix("/fed/").expect("under the base path");
            assert!(rel.starts_with(prefix), "{lang} index lists {url}");
            assert!(
                site.out().join(rel).join("index.html").is_file(),
                "{url} exists"
            );
            assert_ne!(
                rel,
                format!("{prefix}search/"),
                "the search page is not indexed"
            );
        }
    }
    let fr = index(&site, "fr/search/index.json");
    let labels: Vec<&Value> = fr["kinds"].as_array().expect("kinds").iter().collect();
    assert!(
        labels
            .iter()
            .any(|k| k[0] == "member" && k[1] == "Coopérative"),
        "kinds are named in French: {labels:?}"
    );
}

#[test]
fn word_forms_lead_to_their_stem_and_pages() {
    let site = TestSite::fixture("federation");
    let _ = site.build().success();
    let fr = index(&site, "fr/search/index.json");
    let words = &fr["words"];
    assert_eq!(
        words["cooperatives"], words["cooperative"],
        "French plural and singular share a stem, folded without accents"
    );
    let django = urls_with(&fr, "django");
    assert!(
        django.contains("/fed/fr/membres/lumen-digital/"),
        "the Belgian Django co-op: {django:?}"
    );
    assert!(
        !django.contains("/fed/fr/membres/libre-maille/"),
        "{django:?}"
    );
    let title = &fr["stems"][words["django"].as_u64().expect("stem") as usize][2];
    let titled: Vec<&str> = ids(title)
        .into_iter()
        .map(|d| fr["docs"][d][1].as_str().expect("title"))
        .collect();
    assert!(
        titled.iter().all(|t| t.contains("Django")),
        "title hits: {titled:?}"
    );
}

#[test]
fn news_and_events_are_found_in_their_language_and_404s_are_not() {
    let site = TestSite::fixture("news-events");
    let _ = site.build_with(&["--now", NOW]).success();
    let de = index(&site, "de/search/index.json");
    let found = kinds(&de);
    assert!(
        found.contains("news") && found.contains("events"),
        "{found:?}"
    );
    let docs = de["docs"].as_array().expect("docs");
    assert!(docs
        .iter()
        .all(|d| !d[0].as_str().expect("url").ends_with("404.html")));
    assert!(docs.iter().any(|d| d[0]
        .as_str()
        .expect("url")
        .starts_with("/fed/de/neuigkeiten/")));
}

#[test]
fn a_new_kind_of_page_is_indexed_without_being_named_anywhere() {
    let site = TestSite::fixture("federation");
    site.write(
        "themes/default/templates/case-study.html",
        "{% extends \"base.html\" %}{% block main %}<h1>{{ page.title }}</h1>{{ page.content | safe }}{% endblock main %}",
    );
    site.write(
        "content/fishmonger-portal.md",
        "+++\ntitle = \"A portal for fishmongers\"\ntemplate = \"case-study.html\"\n+++\n\nLumen Digital built a harbour auction portal.\n",
    );
    let run = site.build().success();
    let en = index(&site, "search/index.json");
    assert!(kinds(&en).contains("case-study"), "{:?}", kinds(&en));
    assert_eq!(
        urls_with(&en, "auction"),
        BTreeSet::from(["/fed/fishmonger-portal/".to_string()])
    );
    let page = run.page("fishmonger-portal/index.html");
    assert_eq!(page.attr("main", "data-kind"), "case-study");
}

#[test]
fn the_search_page_explains_itself_without_javascript() {
    let site = TestSite::fixture("federation");
    site.write(
        "site.toml",
        &format!(
            "{}search = \"recherche\"\n",
            std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml")
        ),
    );
    let run = site.build().success();
    let page = run.page("fr/recherche/index.html");
    assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
    assert_eq!(
        page.attr("form[role=search]", "data-index"),
        "/fed/fr/recherche/index.json"
    );
    assert_eq!(page.attr("form[role=search] label", "for"), "search-q");
    assert_eq!(page.attr("#search-q", "name"), "q");
    let without = page.text("#search-without-script");
    assert!(without.contains("JavaScript"), "{without}");
    assert!(page
        .attrs("#search-without-script a", "href")
        .contains(&"/fed/fr/membres/".to_string()));
    let script = page.attr("script[src]", "src");
    assert!(
        script.starts_with("/fed/assets/search.") && script.ends_with(".js"),
        "{script}"
    );
    assert!(site.out().join("fr/recherche/index.json").is_file());
    let status = page.one("#search-status");
    assert!(status
        .value()
        .attr("data-other")
        .is_some_and(|s| s.contains("{n}")));
}
