//! One escaping module for every output context (src/escape.rs): hostile text from
//! contributed files stays text in HTML, valid script-safe JSON in JSON-LD, one value in
//! iCalendar, and well-formed XML in feeds and the sitemap.

use crate::harness::{tree, Run, TestSite};

/// Text that ends or comments out a `<script>` element if written raw into one.
const SCRIPT_BREAKER: &str = "<!--<script>x</script> & \u{2028}";

fn json_ld(run: &Run, file: &str) -> Vec<serde_json::Value> {
    let page = run.page(file);
    page.select("script[type=\"application/ld+json\"]")
        .iter()
        .map(|script| {
            serde_json::from_str(&script.inner_html())
                .unwrap_or_else(|e| panic!("JSON-LD of {file} is not JSON: {e}"))
        })
        .collect()
}

fn set_federation_name(site: &TestSite, name: &str) {
    let path = site.root().join("content/federations/febe-tech.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let quoted = toml::Value::String(name.to_string()).to_string();
    let text = text.replacen(
        "name = \"Belgian Federation of Tech Co-operatives\"",
        &format!("name = {quoted}"),
        1,
    );
    std::fs::write(path, text).expect("write");
}

#[test]
fn a_federation_name_cannot_swallow_the_event_pages_it_organises() {
    let site = TestSite::fixture("news-events");
    set_federation_name(&site, SCRIPT_BREAKER);
    let run = site
        .build_with(&["--now", "2026-11-25T12:00:00Z"])
        .success();
    for file in [
        "events/gathering/index.html",
        "fr/evenements/rencontre/index.html",
        "de/veranstaltungen/gathering/index.html",
    ] {
        let page = run.page(file);
        assert!(
            page.text("h1").starts_with("Gathering") || page.text("h1").starts_with("Rencontre"),
            "the heading of {file} is visible: {}",
            page.text("h1")
        );
        let scripts = page.select("script[type=\"application/ld+json\"]");
        assert_eq!(scripts.len(), 1, "one JSON-LD block in {file}");
        assert!(
            !scripts[0].inner_html().contains('<'),
            "no `<` inside the script element of {file}"
        );
        let ld = json_ld(&run, file);
        let organisers = ld[0]["organizer"].as_array().expect("organisers");
        assert!(
            organisers.iter().any(|o| o["name"] == SCRIPT_BREAKER),
            "the name is kept exactly in the JSON-LD of {file}: {organisers:?}"
        );
    }
}

#[test]
fn member_and_federation_json_ld_stays_valid_json_with_comment_openers() {
    let site = TestSite::fixture("federation");
    let member = site.root().join("content/members/glen-code.toml");
    let text = std::fs::read_to_string(&member).expect("read");
    let first = text.lines().next().expect("a name line").to_string();
    assert!(first.starts_with("name = "), "{first}");
    let quoted = toml::Value::String(format!("Glen <!-- {SCRIPT_BREAKER}")).to_string();
    std::fs::write(
        &member,
        text.replacen(&first, &format!("name = {quoted}"), 1),
    )
    .expect("write");
    let run = site.build().success();
    let pages: Vec<String> = tree(&run.out_dir)
        .into_iter()
        .filter(|f| f.contains("glen-code/") && f.ends_with(".html"))
        .collect();
    assert!(!pages.is_empty(), "the member has profile pages");
    for file in pages {
        let ld = json_ld(&run, &file);
        assert_eq!(
            ld[0]["name"],
            format!("Glen <!-- {SCRIPT_BREAKER}"),
            "{file}"
        );
        assert!(run.page(&file).text("h1").contains("<!--"), "shown as text");
    }
}
