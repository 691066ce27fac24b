//! Case studies on the `case-studies` fixture: their pages in both languages (with the
//! fallback notice), the index and its filters' data, the member profiles, service and
//! technology pages that list them, JSON-LD, `members.json` (against its schema), and
//! the located errors of a broken `[case_study]` table.

use std::path::Path;

use serde_json::Value;

use crate::harness::{Run, TestSite};

const NOW: &str = "2026-11-20T12:00:00Z";

fn build() -> (TestSite, Run) {
    let site = TestSite::fixture("case-studies");
    let run = site.build_with(&["--now", NOW]).success();
    (site, run)
}

fn json(run: &Run, rel: &str) -> Value {
    serde_json::from_slice(&run.bytes(rel)).expect("JSON")
}

#[test]
fn case_study_pages_in_each_language() {
    let (_site, run) = build();
    let en = run.page("case-studies/catalogue/index.html");
    assert_eq!(en.text("h1"), "One catalogue for the libraries");
    assert_eq!(
        en.attrs(".case-study-facts dd a", "href"),
        [
            "/fed/members/lumen-digital/",
            "/fed/members/libre-maille/",
            "https://lirebus.example/",
            "/fed/services/web-development/",
            "/fed/technologies/django/"
        ],
        "co-ops, client, service and the technology a co-op uses are linked; Fortran, which no co-op lists, is not"
    );
    let fr = run.page("fr/etudes-de-cas/catalogue/index.html");
    assert_eq!(fr.text("h1"), "Un catalogue pour les bibliothèques");
    assert!(fr.select(".fallback-notice").is_empty(), "translated");
    let first_term: String = fr.select(".case-study-facts dt")[0].text().collect();
    assert_eq!(first_term, "Coopératives");
    assert!(fr.text(".case-study-facts").contains("Secteur public"));
    // The theatre is in English only: the French page shows it with the notice.
    let fallback = run.page("fr/etudes-de-cas/theatre/index.html");
    assert_eq!(fallback.select(".fallback-notice").len(), 1);
    assert_eq!(fallback.attr("article", "lang"), "en");
    assert_eq!(
        fallback.attr("link[rel=canonical]", "href"),
        "https://example.org/fed/case-studies/theatre/"
    );
}

#[test]
fn case_study_json_ld_is_a_creative_work_by_the_coops() {
    let (_site, run) = build();
    let page = run.page("fr/etudes-de-cas/catalogue/index.html");
    let script = page.one("script[type='application/ld+json']");
    let ld: Value = serde_json::from_str(&script.text().collect::<String>()).expect("JSON-LD");
    assert_eq!(ld["@type"], "CreativeWork");
    assert_eq!(ld["inLanguage"], "fr");
    assert_eq!(ld["dateCreated"], "2025");
    let creators: Vec<&str> = ld["creator"]
        .as_array()
        .expect("creators")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(creators, ["Lumen Digital", "Libre Maille"]);
    assert_eq!(ld["funder"]["url"], "https://lirebus.example/");
}

#[test]
fn index_lists_newest_first_with_the_filters_data() {
    let (_site, run) = build();
    let index = run.page("fr/etudes-de-cas/index.html");
    assert_eq!(
        index.attrs("#study-list h3 a", "href"),
        [
            "/fed/fr/etudes-de-cas/theatre/",
            "/fed/fr/etudes-de-cas/catalogue/"
        ]
    );
    assert_eq!(
        index.attr("#study-filters", "hidden"),
        "",
        "shown by script only"
    );
    assert_eq!(
        index.attrs("#study-list li", "data-countries"),
        ["GB ", "BE FR "],
        "countries come from the co-ops"
    );
    assert_eq!(
        index.attrs("#s-country option", "value"),
        ["BE", "FR", "GB"]
    );
    assert_eq!(index.attr("#s-country", "multiple"), "");
    assert_eq!(
        index.attr("#study-list li:nth-child(1) h3 a", "lang"),
        "en",
        "an untranslated title says its language"
    );
}

#[test]
fn profiles_and_term_pages_list_their_case_studies() {
    let (_site, run) = build();
    let titles = |rel: &str| run.page(rel).attrs(".case-study-list h3 a", "href");
    assert_eq!(
        titles("fr/membres/lumen-digital/index.html"),
        ["/fed/fr/etudes-de-cas/catalogue/"]
    );
    assert_eq!(
        titles("members/hedgerow-digital/index.html"),
        ["/fed/case-studies/theatre/"]
    );
    assert!(titles("members/kiez-code/index.html").is_empty());
    assert_eq!(
        titles("services/web-development/index.html"),
        ["/fed/case-studies/catalogue/"]
    );
    assert_eq!(
        titles("technologies/drupal/index.html"),
        ["/fed/case-studies/theatre/"]
    );
    assert_eq!(
        titles("fr/pays/be/index.html"),
        ["/fed/fr/etudes-de-cas/catalogue/"]
    );
    assert!(titles("technologies/flutter/index.html").is_empty());
}

#[test]
fn members_json_lists_each_members_case_studies_and_validates() {
    let (_site, run) = build();
    let data = json(&run, "members.json");
    let schema: Value = serde_json::from_slice(
        &std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/members.schema.json"))
            .expect("schema"),
    )
    .expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let member = |slug: &str| -> Value {
        data["members"]
            .as_array()
            .expect("members")
            .iter()
            .find(|m| m["slug"] == slug)
            .cloned()
            .expect("member")
    };
    let lumen = member("lumen-digital");
    assert_eq!(lumen["case_studies"][0]["id"], "catalogue");
    assert_eq!(lumen["case_studies"][0]["year"], 2025);
    assert_eq!(
        lumen["case_studies"][0]["title"]["fr"],
        "Un catalogue pour les bibliothèques"
    );
    assert_eq!(
        lumen["case_studies"][0]["urls"]["fr"],
        "https://example.org/fed/fr/etudes-de-cas/catalogue/"
    );
    let theatre = &member("hedgerow-digital")["case_studies"][0];
    assert!(
        theatre["title"].get("fr").is_none(),
        "no French title: not translated"
    );
    assert_eq!(member("kiez-code")["case_studies"], serde_json::json!([]));
    assert_eq!(member("libre-maille")["hiring"]["from"], "2027-02");
}

#[test]
fn a_broken_case_study_is_reported_at_each_value() {
    let site = TestSite::fixture("case-studies");
    site.write(
        "content/case-studies/broken.md",
        "+++\ntitle = \"Broken\"\n\n[case_study]\ncoops = [\"lumen-digitl\", \"kiez-code\"]\nservices = [\"web-developement\"]\nsector = \"publik\"\nyear = 2025\nclient_url = \"ftp://client.example\"\n+++\nText.\n",
    );
    site.write(
        "content/case-studies/bare.md",
        "+++\ntitle = \"No table\"\n+++\nText.\n",
    );
    site.write(
        "content/elsewhere.md",
        "+++\ntitle = \"Elsewhere\"\n\n[case_study]\ncoops = [\"kiez-code\"]\nsector = \"public\"\nyear = 2025\n+++\n",
    );
    let run = site.run(&["check"]).failure(1);
    let err = run.stderr();
    for (at, hint) in [
        (
            "content/case-studies/broken.md:5:11: error: unknown member co-op `lumen-digitl`",
            "did you mean `lumen-digital`?",
        ),
        (
            "content/case-studies/broken.md:6:14: error: unknown service `web-developement`",
            "did you mean `web-development`?",
        ),
        (
            "content/case-studies/broken.md:7:11: error: unknown sector `publik`",
            "did you mean `public`?",
        ),
        (
            "content/case-studies/broken.md:9:14: error: `client_url` must be an http(s) URL",
            "https://client.example/",
        ),
        (
            "content/case-studies/bare.md: error: a case study needs a `[case_study]` table",
            "docs/case-studies.md",
        ),
        (
            "content/elsewhere.md:4:1: error: a `[case_study]` table outside content/case-studies/",
            "move the file into content/case-studies/",
        ),
    ] {
        assert!(err.contains(at), "{at}\n---\n{err}");
        assert!(err.contains(hint), "{hint}\n---\n{err}");
    }
    assert!(!err.contains("`kiez-code`"), "a known co-op passes:\n{err}");
}

#[test]
fn case_study_fields_are_checked_key_by_key() {
    let site = TestSite::fixture("case-studies");
    site.write(
        "content/case-studies/shape.md",
        "+++\ntitle = \"Shape\"\n\n[case_study]\ncoops = [\"kiez-code\"]\nsector = \"public\"\nyear = \"last year\"\ncustomer = \"X\"\n+++\n",
    );
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(
        err.contains("content/case-studies/shape.md:7:8: error:"),
        "{err}"
    );
    assert!(
        err.contains("content/case-studies/shape.md:8:1: error:"),
        "{err}"
    );
}

#[test]
fn hiring_from_is_a_month_and_only_when_not_available() {
    let site = TestSite::fixture("case-studies");
    let path = site.root().join("content/members/kiez-code.toml");
    let text = std::fs::read_to_string(&path).expect("member");
    let text = text.replace(
        "[hiring]\navailable = true\n",
        "[hiring]\navailable = true\nfrom = \"2027-02\"\n",
    );
    std::fs::write(&path, text).expect("write");
    let path = site.root().join("content/members/libre-maille.toml");
    let text = std::fs::read_to_string(&path).expect("member");
    std::fs::write(
        &path,
        text.replace("from = \"2027-02\"", "from = \"02/2027\""),
    )
    .expect("write");
    let err = site.run(&["check"]).failure(1).stderr();
    let line_of = |file: &str, needle: &str| {
        let text = std::fs::read_to_string(site.root().join(file)).expect("read");
        text.lines()
            .position(|l| l.starts_with(needle))
            .expect("line")
            + 1
    };
    let kiez = format!(
        "content/members/kiez-code.toml:{}:8: error: `from` is for a co-op that is not available now",
        line_of("content/members/kiez-code.toml", "from =")
    );
    let maille = format!(
        "content/members/libre-maille.toml:{}:8: error: `from` must be a month written `YYYY-MM`",
        line_of("content/members/libre-maille.toml", "from =")
    );
    assert!(err.contains(&kiez), "{kiez}\n{err}");
    assert!(err.contains(&maille), "{maille}\n{err}");
}
