//! Federation data through the binary: member and federation pages in every language,
//! links that resolve, members.json against its JSON Schema, JSON-LD, validation
//! rules at exact positions, and hostile input that must come out escaped.

use std::path::Path;

use crate::harness::{fixtures, tree, TestSite};

const LANGS: [&str; 4] = ["", "fr/", "nl/", "de/"];

#[test]
fn every_data_page_kind_exists_in_every_language() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let files = tree(&run.out_dir);
    for lang in LANGS {
        let members = if lang == "fr/" { "membres" } else { "members" };
        let countries = if lang == "fr/" { "pays" } else { "countries" };
        for page in [
            format!("{lang}{members}/index.html"),
            format!("{lang}{members}/lumen-digital/index.html"),
            format!("{lang}federations/index.html"),
            format!("{lang}federations/febe-tech/index.html"),
            format!("{lang}services/index.html"),
            format!("{lang}services/hosting/index.html"),
            format!("{lang}technologies/index.html"),
            format!("{lang}technologies/django/index.html"),
            format!("{lang}{countries}/index.html"),
            format!("{lang}{countries}/be/index.html"),
        ] {
            assert!(files.contains(&page), "missing {page}");
        }
    }
    assert!(files.contains(&"logos/lumen-digital.svg".to_string()));
}

#[test]
fn every_internal_link_resolves() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let files = tree(&run.out_dir);
    for file in files.iter().filter(|f| f.ends_with(".html")) {
        let page = run.page(file);
        for href in page
            .attrs(
                "a[href], link[rel=stylesheet], img[src], script[src]",
                "href",
            )
            .into_iter()
            .chain(page.attrs("img[src], script[src]", "src"))
        {
            let Some(path) = href.strip_prefix("/fed/") else {
                continue;
            };
            let path = path.split(['#', '?']).next().unwrap_or_default();
            let target = if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.to_string()
            };
            assert!(files.contains(&target), "{file} links to missing {href}");
        }
    }
}

#[test]
fn technologies_group_case_insensitively_and_former_members_are_not_listed() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let django = run.page("technologies/django/index.html");
    let names: Vec<String> = django
        .select(".member-card .p-name")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        names,
        ["Glencode Co-operative", "Lumen Digital"],
        "`django` and `Django` are one technology"
    );
    let directory = run.page("members/index.html");
    let listed: Vec<String> = directory.attrs(".member-card .p-name", "href");
    assert!(
        !listed.iter().any(|h| h.contains("lanternfish")),
        "former members are not in the directory"
    );
    assert!(
        tree(&run.out_dir).contains(&"members/lanternfish/index.html".to_string()),
        "but keep their profile"
    );
    assert_eq!(
        directory.attr("#member-filters", "hidden"),
        "",
        "filters stay hidden without JavaScript"
    );
    assert_eq!(
        directory.select("#member-list .member-card").len(),
        5,
        "the full list is static HTML"
    );
}

#[test]
fn member_profile_shows_translated_labels_matrix_link_and_fallback_language() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let fr = run.page("fr/membres/libre-maille/index.html");
    assert_eq!(
        fr.attr("a[href^='https://matrix.to/']", "href"),
        "https://matrix.to/#/%23libre-maille%3Amatrix.libre-maille.example"
    );
    assert_eq!(fr.text(".where a.p-country-name"), "France");
    let nl = run.page("nl/members/lumen-digital/index.html");
    assert!(nl.select(".description[lang=en]").len() == 1 || nl.select(".description").is_empty());
    let de_fed = run.page("de/federations/febe-tech/index.html");
    let members: Vec<String> = de_fed
        .select(".member-card .p-name")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        members,
        ["Libre Maille", "Lumen Digital"],
        "federation members derive from member files"
    );
}

#[test]
fn json_exports_validate_against_their_schema_and_match_the_input() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    for (file, schema) in [
        ("members.json", "members.schema.json"),
        ("federations.json", "federations.schema.json"),
    ] {
        let data: serde_json::Value =
            serde_json::from_slice(&std::fs::read(run.out_dir.join(file)).expect("export"))
                .expect("JSON");
        let schema: serde_json::Value = serde_json::from_slice(
            &std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("docs")
                    .join(schema),
            )
            .expect("schema"),
        )
        .expect("JSON");
        let validator = jsonschema::validator_for(&schema).expect("valid schema");
        let errors: Vec<String> = validator
            .iter_errors(&data)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        assert_eq!(data["schema"], "federa/members/v1");
    }
    let members: serde_json::Value =
        serde_json::from_slice(&std::fs::read(run.out_dir.join("members.json")).expect("read"))
            .expect("JSON");
    let list = members["members"].as_array().expect("members");
    assert_eq!(list.len(), 6);
    let lumen = list
        .iter()
        .find(|m| m["slug"] == "lumen-digital")
        .expect("lumen");
    let input: toml::Table = toml::from_str(
        &std::fs::read_to_string(site.root().join("content/members/lumen-digital.toml"))
            .expect("toml"),
    )
    .expect("parse");
    assert_eq!(lumen["name"].as_str(), input["name"].as_str());
    assert_eq!(
        lumen["summary"]["nl"].as_str(),
        input["summary"]["nl"].as_str()
    );
    assert_eq!(
        lumen["urls"]["fr"],
        "https://example.org/fed/fr/membres/lumen-digital/"
    );
    assert_eq!(
        lumen["logo"],
        "https://example.org/fed/logos/lumen-digital.svg"
    );
}

#[test]
fn member_and_federation_pages_carry_json_ld() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let page = run.page("members/lumen-digital/index.html");
    let script = page.one("script[type='application/ld+json']").inner_html();
    let ld: serde_json::Value = serde_json::from_str(&script).expect("JSON-LD parses");
    assert_eq!(
        ld["@type"],
        serde_json::json!(["Organization", "Cooperative"])
    );
    assert_eq!(
        ld["memberOf"][0]["url"],
        "https://example.org/fed/federations/febe-tech/"
    );
    assert_eq!(page.select(".h-card .p-name").len(), 1);
    let fed = run.page("federations/febe-tech/index.html");
    let ld: serde_json::Value =
        serde_json::from_str(&fed.one("script[type='application/ld+json']").inner_html())
            .expect("JSON-LD");
    assert_eq!(ld["member"].as_array().map(Vec::len), Some(2));
}

/// Copies the valid `federation` fixture and adds one invalid member file.
fn site_with_member(file: &str) -> TestSite {
    let site = TestSite::fixture("federation");
    let from = fixtures().join("invalid-members").join(file);
    std::fs::copy(&from, site.root().join("content/members").join(file)).expect("copy");
    site
}

#[test]
fn each_validation_rule_reports_its_exact_location() {
    let cases = [
        ("unknown-field.toml", "5:1", "unknown field `coop_tipe`"),
        (
            "wrong-type.toml",
            "8:15",
            "`coordinates` must be two numbers",
        ),
        (
            "bad-country.toml",
            "2:11",
            "`UK` is not an ISO 3166-1 country code",
        ),
        (
            "unknown-federation.toml",
            "4:16",
            "unknown federation `febe-tec`",
        ),
        ("unknown-service.toml", "6:13", "unknown service `hostin`"),
        (
            "unknown-coop-type.toml",
            "5:13",
            "unknown coop type `workers`",
        ),
        (
            "unknown-contract-type.toml",
            "13:19",
            "unknown contract type `fixed`",
        ),
        ("bad-url.toml", "3:11", "must be an http(s) URL"),
        ("bad-matrix.toml", "7:10", "is not a Matrix id"),
        (
            "missing-summary.toml",
            "15:1",
            "the summary has no text in any of this site's languages",
        ),
        ("bad-coordinates.toml", "8:15", "out of range"),
        (
            "missing-logo.toml",
            "9:8",
            "logo file `nowhere.svg` not found",
        ),
    ];
    for (file, position, message) in cases {
        let run = site_with_member(file).run(&["check"]).failure(1);
        let prefix = format!("content/members/{file}:{position}: error: ");
        let stderr = run.stderr();
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no `{prefix}` in:\n{stderr}"));
        assert!(line.contains(message), "{line}");
    }
    let run = site_with_member("Bad_Slug.toml").run(&["check"]).failure(1);
    assert!(
        run.stderr()
            .contains("content/members/Bad_Slug.toml: error: invalid slug `Bad_Slug`"),
        "{}",
        run.stderr()
    );
    let run = site_with_member("duplicate-host.toml")
        .run(&["check"])
        .success();
    assert!(run.stderr().contains("content/members/lumen-digital.toml:3:11: warning: website host `lumen-digital.example` is also used by content/members/duplicate-host.toml"), "{}", run.stderr());
}

#[test]
fn hostile_urls_are_rejected_with_their_location() {
    let site = TestSite::fixture("federation");
    std::fs::copy(
        fixtures().join("injection/evil-urls.toml"),
        site.root().join("content/members/evil-urls.toml"),
    )
    .expect("copy");
    let stderr = site.build().failure(1).stderr();
    for position in ["3:11", "17:9", "18:8"] {
        assert!(
            stderr.contains(&format!(
                "content/members/evil-urls.toml:{position}: error: "
            )),
            "{position} in {stderr}"
        );
    }
}

#[test]
fn hostile_text_is_escaped_in_every_output() {
    let site = TestSite::fixture("federation");
    std::fs::copy(
        fixtures().join("injection/evil-coop.toml"),
        site.root().join("content/members/evil-coop.toml"),
    )
    .expect("copy");
    let run = site.build().success();
    for file in tree(&run.out_dir) {
        if file.ends_with(".html") {
            let page = run.page(&file);
            assert!(
                page.select("img[src=x]").is_empty(),
                "injected <img> in {file}"
            );
            assert!(
                page.select("[onerror]").is_empty(),
                "event handler attribute in {file}"
            );
            for script in page.select("script") {
                let ok = script
                    .value()
                    .attr("src")
                    .is_some_and(|s| s.ends_with(".js"))
                    || script.value().attr("type") == Some("application/ld+json");
                assert!(ok, "unexpected script in {file}: {}", script.html());
                if script.value().attr("type") == Some("application/ld+json") {
                    serde_json::from_str::<serde_json::Value>(&script.inner_html())
                        .unwrap_or_else(|e| panic!("JSON-LD in {file}: {e}"));
                }
            }
            for link in page.attrs("a[href]", "href") {
                assert!(
                    !link.to_ascii_lowercase().starts_with("javascript:"),
                    "javascript: link in {file}"
                );
            }
        } else if file.ends_with(".json") {
            let json: serde_json::Value =
                serde_json::from_slice(&std::fs::read(run.out_dir.join(&file)).expect("read"))
                    .expect("valid JSON");
            if file == "members.json" {
                let evil = json["members"]
                    .as_array()
                    .and_then(|m| m.iter().find(|m| m["slug"] == "evil-coop"))
                    .expect("evil member");
                assert!(
                    evil["name"]
                        .as_str()
                        .is_some_and(|n| n.contains("<script>alert(1)</script>")),
                    "data is kept verbatim in JSON"
                );
            }
        }
    }
    let profile = run.page("members/evil-coop/index.html");
    assert!(
        profile.text("h1").contains("<script>alert(1)</script>"),
        "shown as text"
    );
}

#[test]
fn new_member_writes_a_template_and_check_lists_what_is_missing() {
    let site = TestSite::fixture("federation");
    let _ = site.run(&["new", "member", "fresh-coop"]).success();
    let _ = site.run(&["new", "member", "fresh-coop"]).failure(1);
    let _ = site.run(&["new", "member", "Bad Slug"]).failure(1);
    let text = std::fs::read_to_string(site.root().join("content/members/fresh-coop.toml"))
        .expect("created");
    for lang in ["en", "fr", "nl", "de"] {
        assert!(
            text.contains(&format!("\n{lang} = \"\"")),
            "summary line for {lang}"
        );
    }
    let stderr = site.run(&["check"]).failure(1).stderr();
    for missing in [
        "the country is empty",
        "`website` must be an http(s) URL",
        "at least one federation",
        "the summary has no text in any of this site's languages",
        "name is empty",
    ] {
        assert!(stderr.contains(missing), "{missing} in {stderr}");
    }
}

#[test]
fn texts_shown_in_another_language_carry_a_notice() {
    let site = TestSite::fixture("federation");
    let path = site.root().join("content/members/kiez-code.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let summary_at = text.find("[summary]").expect("a summary table");
    let english = text[summary_at..]
        .lines()
        .find(|l| l.starts_with("en = "))
        .expect("an English summary")
        .to_string();
    std::fs::write(
        &path,
        format!("{}[summary]\n{english}\n", &text[..summary_at]),
    )
    .expect("write");
    let run = site.build().success();
    let french = run.page("fr/membres/kiez-code/index.html");
    assert_eq!(
        french.text(".text-fallback-notice"),
        "Ce texte n’existe pas encore en français\u{202f}; il s’affiche dans la langue où il a été écrit."
    );
    assert_eq!(french.attr(".lead", "lang"), "en");
    let english_page = run.page("members/kiez-code/index.html");
    assert!(english_page.select(".text-fallback-notice").is_empty());
    // FeBe Tech's description exists in English and French only.
    let dutch = run.page("nl/federations/febe-tech/index.html");
    assert_eq!(dutch.select(".text-fallback-notice").len(), 1);
    let french_fed = run.page("fr/federations/febe-tech/index.html");
    assert!(french_fed.select(".text-fallback-notice").is_empty());
}

/// List pages get their cards spliced in after the template ran (`render::splice`):
/// every page that lists members shows each card once, in the directory's order, and
/// no page keeps the marker the template printed.
#[test]
fn list_pages_show_every_card_once_and_no_marker() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    for rel in tree(&run.out_dir).iter().filter(|p| p.ends_with(".html")) {
        assert!(
            !run.text(rel).contains("<!--federa:"),
            "{rel} still holds a list marker"
        );
    }
    let names =
        |rel: &str, selector: &str| -> Vec<String> { run.page(rel).attrs(selector, "href") };
    let directory = names("members/index.html", "#member-list .member-card .p-name");
    let unique: std::collections::BTreeSet<&String> = directory.iter().collect();
    assert_eq!(
        unique.len(),
        directory.len(),
        "each card once: {directory:?}"
    );
    let federation = names(
        "federations/febe-tech/index.html",
        ".member-list .member-card .p-name",
    );
    assert!(
        !federation.is_empty(),
        "the federation page lists its members"
    );
    assert!(
        federation.iter().all(|h| directory.contains(h)),
        "{federation:?} are directory cards"
    );
    let hire = run.page("hire/index.html");
    assert_eq!(
        hire.select("#hire-list > li").len(),
        directory.len(),
        "the hire page lists every listed co-op"
    );
}
