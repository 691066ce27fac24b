//! `federa import`: a French-default national site's members.json, served over a real
//! loopback HTTP server, imported into the English-default `federation` fixture; and
//! every failure, each of which must leave the previous snapshot byte-identical.

mod server;

use std::sync::OnceLock;

use crate::harness::TestSite;
use server::{Answer, Server};

const FEDERATION_FILE: &str = "content/federations/fr-tech-coop.toml";
const SNAPSHOT: &str = "imports/fr-tech-coop.json";
const FEBE: &str = "Belgian Federation of Tech Co-operatives";

/// The national site's `members.json` and `federations.json`, built once.
fn national() -> &'static (Vec<u8>, Vec<u8>) {
    static BUILT: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let site = TestSite::fixture("import-national");
        let run = site.build().success();
        (run.bytes("members.json"), run.bytes("federations.json"))
    })
}

/// A server publishing the national site at `/national/`.
fn serving_national() -> Server {
    let server = Server::start();
    let (members, federations) = national();
    server.set("/national/members.json", Answer::Json(members.clone()));
    server.set(
        "/national/federations.json",
        Answer::Json(federations.clone()),
    );
    server
}

/// The European fixture with `[members_source] url = "<url>"` in fr-tech-coop.toml;
/// returns the site and the `path:line:col:` of that url.
fn european(url: &str) -> (TestSite, String) {
    let site = TestSite::fixture("federation");
    let path = site.root().join(FEDERATION_FILE);
    let text = std::fs::read_to_string(&path).expect("federation file");
    let line = text.lines().count() + 3;
    let text = format!("{text}\n[members_source]\nurl = \"{url}\"\n");
    std::fs::write(&path, text).expect("write federation file");
    (site, format!("{FEDERATION_FILE}:{line}:7: error: "))
}

fn snapshot(site: &TestSite) -> Vec<u8> {
    std::fs::read(site.root().join(SNAPSHOT)).expect("snapshot written")
}

#[test]
fn imports_a_snapshot_and_importing_again_changes_nothing() {
    let server = serving_national();
    let (site, _) = european(&server.url("/national/members.json"));
    let run = site.run(&["import", "--dry-run"]).success();
    assert!(
        run.stdout()
            .contains("+ atelier-libre (L’Atelier Libre): added"),
        "{}",
        run.stdout()
    );
    assert!(
        !site.root().join(SNAPSHOT).exists(),
        "--dry-run writes nothing"
    );

    let _ = site.run(&["import"]).success();
    let first = snapshot(&site);
    let json: serde_json::Value = serde_json::from_slice(&first).expect("snapshot is JSON");
    assert_eq!(json["schema"], "federa/import/v1");
    assert_eq!(json["federation"], "fr-tech-coop");
    let slugs: Vec<&str> = json["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| m["slug"].as_str().expect("slug"))
        .collect();
    assert_eq!(slugs, ["atelier-libre", "nuage-coop"]);
    assert_eq!(
        json["members"][0]["source"],
        "https://cooptech-france.example/"
    );
    assert_eq!(json["source_federations"][0]["slug"], "cooptech-france");

    let again = site.run(&["import", "fr-tech-coop"]).success();
    assert!(again.stdout().contains("unchanged"), "{}", again.stdout());
    assert_eq!(snapshot(&site), first, "importing again is byte-identical");
}

#[test]
fn naming_a_federation_without_a_source_is_a_usage_error() {
    let server = serving_national();
    let (site, _) = european(&server.url("/national/members.json"));
    let run = site.run(&["import", "cotech"]).failure(2);
    assert!(
        run.stderr().contains("has no `[members_source] url`"),
        "{}",
        run.stderr()
    );
}

/// Each failure: one located message naming the source, exit 1, snapshot untouched.
#[test]
fn every_failure_leaves_the_previous_snapshot_byte_identical() {
    let server = serving_national();
    let (members, _) = national();
    let text = String::from_utf8(members.clone()).expect("utf-8");
    let refused_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    server.set("/500/members.json", Answer::Status(500));
    server.set(
        "/moved/members.json",
        Answer::Redirect("http://example.org/members.json".into()),
    );
    server.set("/huge/members.json", Answer::Bytes(21 * 1024 * 1024));
    server.set("/silent/members.json", Answer::Silent);
    server.set(
        "/broken/members.json",
        Answer::Json(text.as_bytes()[..text.len() / 2].to_vec()),
    );
    server.set(
        "/newer/members.json",
        Answer::Json(
            text.replace("federa/members/v1", "federa/members/v2")
                .into_bytes(),
        ),
    );
    server.set(
        "/mismatch/members.json",
        Answer::Json(text.replacen("\"name\":", "\"nom\":", 1).into_bytes()),
    );
    let cases: Vec<(String, &str)> = vec![
        (
            "https://no-such-host.invalid/members.json".into(),
            "host not found",
        ),
        (
            format!("http://127.0.0.1:{refused_port}/members.json"),
            "connection refused",
        ),
        (server.url("/500/members.json"), "answered HTTP 500"),
        (
            server.url("/moved/members.json"),
            "redirected to http://example.org/members.json, refused",
        ),
        (server.url("/huge/members.json"), "larger than 20 MiB"),
        (server.url("/silent/members.json"), "no answer within 10 s"),
        (server.url("/broken/members.json"), "is not valid JSON"),
        (
            server.url("/newer/members.json"),
            "format `federa/members/v2`, and this federa reads `federa/members/v1`",
        ),
        (
            server.url("/mismatch/members.json"),
            "does not match the federa/members/v1 schema",
        ),
        ("http://fr.example/members.json".into(), "is plain http"),
    ];
    let (site, _) = european(&server.url("/national/members.json"));
    let _ = site.run(&["import"]).success();
    let before = snapshot(&site);
    let path = site.root().join(FEDERATION_FILE);
    let original = std::fs::read_to_string(&path).expect("federation file");
    let good_url = server.url("/national/members.json");
    let before = &before;
    std::thread::scope(|scope| {
        for (url, expected) in &cases {
            let (copy, location) = european(url);
            std::fs::create_dir_all(copy.root().join("imports")).expect("mkdir");
            std::fs::write(copy.root().join(SNAPSHOT), before).expect("seed snapshot");
            scope.spawn(move || {
                let run = copy.run(&["import"]).failure(1);
                let stderr = run.stderr();
                assert!(stderr.starts_with(&location), "{url}: {stderr}");
                assert!(
                    stderr.contains(expected),
                    "{url}: expected `{expected}` in {stderr}"
                );
                assert_eq!(&snapshot(&copy), before, "{url}: the snapshot changed");
            });
        }
    });
    assert!(original.contains(&good_url));
}

/// The number shown for "member co-ops" on the home page of `lang`.
fn coops_total(run: &crate::harness::Run, home: &str) -> u32 {
    let page = run.page(home);
    page.select(".totals .stat")
        .first()
        .expect("a totals figure")
        .text()
        .collect::<String>()
        .trim()
        .parse()
        .expect("a number")
}

#[test]
fn imported_coops_appear_everywhere_with_provenance_and_canonical() {
    let server = serving_national();
    let (site, _) = european(&server.url("/national/members.json"));
    let before = site.build().success();
    let homes = [
        "index.html",
        "fr/index.html",
        "nl/index.html",
        "de/index.html",
    ];
    let totals: Vec<u32> = homes.iter().map(|h| coops_total(&before, h)).collect();
    let _ = site.run(&["import"]).success();
    let run = site.build().success();
    let directories = ["members/", "fr/membres/", "nl/members/", "de/members/"];
    let provenance = [
        "Listed by Coop Tech France, imported ",
        "Référencée par Coop Tech France, importée le ",
        "Vermeld door Coop Tech France, geïmporteerd op ",
        "Gelistet von Coop Tech France, importiert am ",
    ];
    let canonical = [
        "https://cooptech-france.example/en/members/atelier-libre/",
        "https://cooptech-france.example/members/atelier-libre/",
        "https://cooptech-france.example/members/atelier-libre/",
        "https://cooptech-france.example/members/atelier-libre/",
    ];
    for (i, directory) in directories.iter().enumerate() {
        let page = run.page(&format!("{directory}index.html"));
        let cards = page.select(".member-card .p-name");
        let names: Vec<String> = cards.iter().map(|c| c.text().collect()).collect();
        assert!(
            names.contains(&"L’Atelier Libre".to_string()),
            "{directory}: {names:?}"
        );
        let mut markers = crate::theme_map::map_urls(&page, true);
        markers.extend(crate::theme_map::map_urls(&page, false));
        assert!(
            markers.iter().any(|h| h.ends_with("/nuage-coop/")),
            "{directory}: {markers:?}"
        );
        let notes: Vec<String> = page
            .select(".provenance")
            .iter()
            .map(|p| p.text().collect())
            .collect();
        assert_eq!(notes.len(), 2, "{directory}: one note per imported card");
        assert!(
            notes.iter().all(|n| n.starts_with(provenance[i])),
            "{directory}: {notes:?}"
        );
        assert_eq!(coops_total(&run, homes[i]), totals[i] + 2, "{}", homes[i]);
        let profile = run.page(&format!("{directory}atelier-libre/index.html"));
        assert!(profile.text(".provenance").starts_with(provenance[i]));
        assert_eq!(
            profile.attr("link[rel=canonical]", "href"),
            canonical[i],
            "{directory}: the source's profile in this language, else in its default one"
        );
    }
    // Escaped like any member text: the summary's markup stays text.
    let profile = run.page("fr/membres/atelier-libre/index.html");
    assert!(profile.text(".p-note").contains("<b>sans</b>"));
    assert!(profile.text(".description").contains("sobres"));
    for term in [
        "services/hosting/",
        "fr/pays/fr/",
        "de/technologies/rust/",
        "federations/fr-tech-coop/",
    ] {
        let page = run.page(&format!("{term}index.html"));
        let links = page.attrs(".member-card .p-name", "href");
        assert!(
            links.iter().any(|h| h.ends_with("/atelier-libre/")),
            "{term}: {links:?}"
        );
    }
    let sitemap = run.text("sitemap.xml");
    let sitemap = roxmltree::Document::parse(&sitemap).expect("sitemap is XML");
    let locs: Vec<&str> = sitemap
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.iter().any(|l| l.ends_with("/members/glen-code/")));
    assert!(
        !locs.iter().any(|l| l.contains("atelier-libre")),
        "profiles canonical elsewhere are not in the sitemap"
    );
    let members: serde_json::Value =
        serde_json::from_slice(&run.bytes("members.json")).expect("members.json");
    let record = members["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["slug"] == "nuage-coop")
        .expect("imported co-op re-exported");
    assert_eq!(record["source"], "https://cooptech-france.example/");
    assert_eq!(record["federations"], serde_json::json!(["fr-tech-coop"]));
    let local = members["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["slug"] == "glen-code")
        .expect("local");
    assert_eq!(local["source"], "https://example.org/fed/");
}

/// The national members.json with extra records: `(slug, changes)` applied to a copy
/// of `atelier-libre`.
fn national_with(extra: &[(&str, serde_json::Value)]) -> Vec<u8> {
    let (members, _) = national();
    let mut doc: serde_json::Value = serde_json::from_slice(members).expect("members.json");
    let list = doc["members"].as_array_mut().expect("members");
    let template = list[0].clone();
    for (slug, changes) in extra {
        let mut record = template.clone();
        record["slug"] = (*slug).into();
        record["website"] = format!("https://{slug}.example").into();
        for (key, value) in changes.as_object().expect("changes") {
            record[key] = value.clone();
        }
        list.push(record);
    }
    serde_json::to_vec_pretty(&doc).expect("json")
}

#[test]
fn identity_merges_sources_skips_circles_and_warns_about_bad_records() {
    use serde_json::json;
    let server = serving_national();
    server.set(
        "/mixed/members.json",
        Answer::Json(national_with(&[
            (
                "lumen-fr",
                json!({"website": "https://www.lumen-digital.example/fr"}),
            ),
            ("from-europe", json!({"source": "https://example.org/fed/"})),
            ("bad-mail", json!({"email": "not an address"})),
            (
                "knitters",
                json!({"services": ["hosting", "quantum-knitting"]}),
            ),
        ])),
    );
    let (site, _) = european(&server.url("/mixed/members.json"));
    let febe = site.root().join("content/federations/febe-tech.toml");
    let text = std::fs::read_to_string(&febe).expect("febe");
    // The Belgian source lists Nuage Coop too, with another city.
    let (members, _) = national();
    let variant = String::from_utf8(members.clone())
        .expect("utf-8")
        .replace("\"Nantes\"", "\"Rezé\"");
    server.set("/variant/members.json", Answer::Json(variant.into_bytes()));
    let url = server.url("/variant/members.json");
    std::fs::write(
        &febe,
        format!("{text}\n[members_source]\nurl = \"{url}\"\n"),
    )
    .expect("write");
    let _ = site.run(&["import"]).success();
    let snapshot: serde_json::Value = serde_json::from_slice(&snapshot(&site)).expect("snapshot");
    let slugs: Vec<&str> = snapshot["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| m["slug"].as_str().expect("slug"))
        .collect();
    assert!(
        !slugs.contains(&"from-europe"),
        "this site's own co-ops are not imported back: {slugs:?}"
    );

    let check = site.run(&["check"]).success();
    let stderr = check.stderr();
    assert!(stderr.contains("imports/fr-tech-coop.json: warning: co-op `bad-mail` (L’Atelier Libre) is left out: `not an address` is not an email address"), "{stderr}");
    assert!(stderr.contains("imports/fr-tech-coop.json: warning: co-op `knitters` (L’Atelier Libre) uses service `quantum-knitting`, which this site does not define"), "{stderr}");
    assert!(stderr.contains("imports/fr-tech-coop.json: warning: co-op `nuage-coop` (Nuage Coop) is also listed by imports/febe-tech.json with other details"), "{stderr}");
    let run = site.build().success();
    let members: serde_json::Value =
        serde_json::from_slice(&run.bytes("members.json")).expect("members.json");
    let find = |slug: &str| {
        members["members"]
            .as_array()
            .expect("members")
            .iter()
            .find(|m| m["slug"] == slug)
            .cloned()
    };
    assert!(find("bad-mail").is_none());
    assert!(
        find("lumen-fr").is_none(),
        "the local file with the same website wins"
    );
    assert_eq!(
        find("lumen-digital").expect("local")["source"],
        "https://example.org/fed/"
    );
    assert_eq!(
        find("knitters").expect("kept")["services"],
        json!(["hosting", "quantum-knitting"])
    );
    let nuage = find("nuage-coop").expect("imported");
    assert_eq!(
        nuage["federations"],
        json!(["febe-tech", "fr-tech-coop"]),
        "both sources list it"
    );
    let profile = run.page("members/nuage-coop/index.html");
    assert_eq!(profile.select(".provenance").len(), 1);
    let notes = profile.text(".provenance");
    assert!(
        notes.contains(&format!("Listed by {FEBE}, imported ")),
        "{notes}"
    );
    assert!(
        notes.contains("Listed by Coop Tech France, imported "),
        "{notes}"
    );
    let knitters = run.page("members/knitters/index.html");
    let services: Vec<String> = knitters
        .select(".tags li")
        .iter()
        .map(|s| s.text().collect())
        .collect();
    assert!(
        services.iter().any(|s| s == "quantum-knitting"),
        "unknown ids are shown by id: {services:?}"
    );
}

#[test]
fn a_file_inside_the_site_is_a_source_and_one_outside_is_refused() {
    let (site, _) = european("sources/national/members.json");
    let (members, federations) = national();
    site.write_bytes("sources/national/members.json", members);
    site.write_bytes("sources/national/federations.json", federations);
    let run = site.run(&["import"]).success();
    assert!(
        run.stdout()
            .contains("2 co-ops from sources/national/members.json"),
        "{}",
        run.stdout()
    );
    let _ = site.run(&["check"]).success();

    let (outside, location) = european("../national/members.json");
    let run = outside.run(&["check"]).failure(1);
    assert!(
        run.stderr().contains(&location.replace(
            "error: ",
            "error: `members_source.url` must be an http(s) URL"
        )),
        "{}",
        run.stderr()
    );
    let run = outside.run(&["import"]).failure(1);
    assert!(
        run.stderr()
            .contains("neither an https:// URL nor a file path inside the site"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_hand_edited_snapshot_cannot_bring_in_script_urls() {
    let (site, _) = european("sources/members.json");
    site.write_bytes("sources/members.json", &national().0);
    let _ = site.run(&["import"]).success();
    let path = site.root().join(SNAPSHOT);
    let text = std::fs::read_to_string(&path).expect("snapshot");
    let edited = text.replace(
        "https://cooptech-france.example/en/members/atelier-libre/",
        "javascript:alert(1)",
    );
    assert_ne!(edited, text);
    std::fs::write(&path, edited).expect("edit snapshot");
    let check = site.run(&["check"]).success();
    assert!(check.stderr().contains("imports/fr-tech-coop.json: warning: co-op `atelier-libre` (L’Atelier Libre) is left out: `javascript:alert(1)` is not an http(s) URL"), "{}", check.stderr());
    let run = site.build().success();
    assert!(!run.text("members.json").contains("javascript:"));
    assert!(!site.out().join("members/atelier-libre").exists());
}
