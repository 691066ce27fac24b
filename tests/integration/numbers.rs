//! One definition of each number (src/render/numbers.rs, docs/members.md): the home
//! totals, the directory, the map caption, the federations index, the footer and the
//! JSON exports agree, on this repository's site and on the `federation` fixture.
//!
//! The expected numbers are worked out here from `members.json` and `federations.json`
//! (every member with its `status`, every federation with its `relation`), then read
//! back from the pages a visitor sees.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::harness::{build_repository_site, Page, Run, TestSite};

/// What the documented definitions give for a site.
#[derive(Debug)]
struct Expected {
    coops: usize,
    applicants: usize,
    workers: u64,
    countries: usize,
    federations: usize,
    /// Member co-ops (counted) with coordinates: the map's count.
    on_map: usize,
    /// Per federation slug, its counted member co-ops.
    by_federation: Vec<(String, usize)>,
}

fn expected(run: &Run) -> Expected {
    let members: Value = serde_json::from_slice(&run.bytes("members.json")).expect("JSON");
    let members = members["members"].as_array().cloned().unwrap_or_default();
    let counted: Vec<&Value> = members.iter().filter(|m| m["status"] == "active").collect();
    let federations: Value = serde_json::from_slice(&run.bytes("federations.json")).expect("JSON");
    let federations = federations["federations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    Expected {
        coops: counted.len(),
        applicants: members
            .iter()
            .filter(|m| m["status"] == "applicant")
            .count(),
        workers: counted
            .iter()
            .filter_map(|m| m["size"]["workers"].as_u64())
            .sum(),
        countries: counted
            .iter()
            .filter_map(|m| m["country"].as_str())
            .collect::<BTreeSet<_>>()
            .len(),
        federations: federations
            .iter()
            .filter(|f| f["relation"] == "member" || f["relation"] == "forming")
            .count(),
        on_map: counted
            .iter()
            .filter(|m| m["coordinates"].is_object())
            .count(),
        by_federation: federations
            .iter()
            .filter_map(|f| f["slug"].as_str())
            .map(|slug| {
                let count = counted
                    .iter()
                    .filter(|m| {
                        m["federations"]
                            .as_array()
                            .is_some_and(|a| a.iter().any(|s| s == slug))
                    })
                    .count();
                (slug.to_string(), count)
            })
            .collect(),
    }
}

/// The numbers written in `text`, in order ("28 co-ops in 9 countries" gives 28, 9).
fn numbers_in(text: &str) -> Vec<u64> {
    text.split(|c: char| {
        !c.is_ascii_digit() && c != ',' && c != '.' && c != '\u{a0}' && c != '\u{202f}'
    })
    .map(|w| w.chars().filter(char::is_ascii_digit).collect::<String>())
    .filter(|w| !w.is_empty())
    .filter_map(|w| w.parse().ok())
    .collect()
}

fn count(page: &Page, css: &str) -> usize {
    page.select(css).len()
}

#[track_caller]
fn assert_numbers_agree(run: &Run, home: &str, directory: &str, federations: &str) {
    let want = expected(run);
    assert!(want.coops > 0, "{want:?}");
    let home_page = run.page(home);
    let stats: Vec<u64> = home_page
        .select("#counts .stat")
        .iter()
        .map(|s| numbers_in(&s.text().collect::<String>())[0])
        .collect();
    let totals = [
        want.coops as u64,
        want.workers,
        want.countries as u64,
        want.federations as u64,
    ];
    assert_eq!(
        stats, totals,
        "home totals: co-ops, workers, countries, federations"
    );
    assert_eq!(
        count(&home_page, ".footer-federations li"),
        want.federations,
        "footer"
    );
    let home_caption = home_page.text(".home-map figcaption");
    assert_eq!(
        numbers_in(&home_caption).first().copied(),
        Some(want.on_map as u64),
        "home map: {home_caption}"
    );

    let dir = run.page(directory);
    let lead = numbers_in(&dir.text(".page-head .lead"));
    assert_eq!(
        lead[..2],
        [want.coops as u64, want.countries as u64],
        "directory lead"
    );
    assert_eq!(
        count(&dir, "#member-list .member-card[data-member=yes]"),
        want.coops
    );
    assert_eq!(
        count(&dir, "#member-list .member-card[data-member=no]"),
        want.applicants
    );
    assert_eq!(
        crate::theme_map::map_urls(&dir, true).len(),
        want.on_map,
        "member markers"
    );
    let caption = dir.text("#map-caption");
    assert_eq!(
        numbers_in(&caption).first().copied(),
        Some(want.on_map as u64),
        "directory map: {caption}"
    );
    assert!(
        dir.attr("#map-caption", "data-other").contains("{n}"),
        "the caption's sentence for the script"
    );

    // The federations index: each federation once, as a card with its member count.
    let index = run.page(federations);
    for (slug, members) in &want.by_federation {
        let link = format!(".federation-card a.p-name[href$='/{slug}/']");
        assert_eq!(
            count(&index, &link),
            1,
            "{slug} once on the federations index"
        );
        let card = index
            .select(".federation-card")
            .into_iter()
            .find(|card| {
                card.select(&scraper::Selector::parse("a.p-name").expect("selector"))
                    .next()
                    .and_then(|a| a.value().attr("href"))
                    .is_some_and(|h| h.ends_with(&format!("/{slug}/")))
            })
            .unwrap_or_else(|| panic!("{slug} on the federations index"));
        let shown: Vec<u64> = card
            .select(&scraper::Selector::parse(".count").expect("selector"))
            .flat_map(|c| numbers_in(&c.text().collect::<String>()))
            .collect();
        let expected: Vec<u64> = if *members == 0 {
            vec![]
        } else {
            vec![*members as u64]
        };
        assert_eq!(
            shown, expected,
            "{slug}'s member count on the federations index"
        );
    }
}

#[test]
fn numbers_agree_on_the_federation_fixture() {
    let site = TestSite::fixture("federation");
    // One applicant: listed and on the map, but counted nowhere.
    let path = site.root().join("content/members/kiez-code.toml");
    let toml = std::fs::read_to_string(&path).expect("member file");
    assert!(
        toml.contains("status = \"active\""),
        "kiez-code is active in the fixture"
    );
    site.write(
        "content/members/kiez-code.toml",
        &toml.replace("status = \"active\"", "status = \"applicant\""),
    );
    let run = site.build().success();
    assert_eq!(expected(&run).applicants, 1);
    assert_numbers_agree(
        &run,
        "index.html",
        "members/index.html",
        "federations/index.html",
    );
}

#[test]
fn numbers_agree_on_this_repository_site() {
    let (_out, run) = build_repository_site("2026-11-20T12:00:00+00:00");
    assert!(
        expected(&run).applicants > 0,
        "the sample site has applicants"
    );
    assert_numbers_agree(
        &run,
        "index.html",
        "members/index.html",
        "federations/index.html",
    );
    assert_numbers_agree(
        &run,
        "de/index.html",
        "de/mitglieder/index.html",
        "de/verbaende/index.html",
    );
}
