//! Legal notice, privacy page, data licence and press page (docs/legal.md,
//! docs/figures.md) on the `people` fixture with `[legal]` added to its site.toml.

use crate::harness::TestSite;

const LEGAL: &str = r#"
data_licence = "CC-BY-4.0"

[legal]
name = "Fixture Federation"
address = "Sample Street 1, 1000 Sampletown"
representatives = ["Ana Consenting", "Ben Email"]
register = "Sample register 42"
vat_id = "XX000000000"
email = "office@fixture.example"
host = "Sample Host Co-op"
supervisory_authority = "Sample Data Protection Authority"
supervisory_authority_url = "https://dpa.example/"
"#;

/// The fixture with `extra` put at the top of site.toml (top-level keys come first)
/// and a legal notice, a privacy page and a press page.
fn site_with(legal: &str) -> TestSite {
    let site = TestSite::fixture("people");
    let config = std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml");
    let (top, tables) = config.split_once("\n[").expect("a table");
    site.write("site.toml", &format!("{top}\n{legal}\n[{tables}"));
    let page = |title: &str, template: &str| {
        format!("+++\ntitle = \"{title}\"\ntemplate = \"{template}\"\n+++\n\nIntro.\n")
    };
    site.write(
        "content/legal.md",
        &page("Legal notice", "legal-notice.html"),
    );
    site.write(
        "content/legal.de.md",
        &page("Impressum", "legal-notice.html"),
    );
    site.write("content/privacy.md", &page("Privacy", "privacy.html"));
    site.write(
        "content/press.md",
        &page("Press", "press.html").replace("Intro.", "We are {{ coops }}."),
    );
    site
}

#[test]
fn legal_pages_show_every_field() {
    let site = site_with(LEGAL);
    let run = site
        .build_with(&["--now", "2026-06-01T12:00:00Z"])
        .success();
    for path in ["legal/index.html", "de/legal/index.html"] {
        let page = run.page(path);
        assert_eq!(page.text(".legal-name"), "Fixture Federation");
        assert_eq!(
            page.text(".legal-address"),
            "Sample Street 1, 1000 Sampletown"
        );
        assert_eq!(
            page.text(".legal-representatives"),
            "Ana Consenting, Ben Email"
        );
        assert_eq!(page.text(".legal-register"), "Sample register 42");
        assert_eq!(page.text(".legal-vat-id"), "XX000000000");
        assert_eq!(
            page.attr(".legal-contact a", "href"),
            "mailto:office@fixture.example"
        );
    }
    assert_eq!(
        run.page("de/legal/index.html").text("#legal-provider"),
        "Anbieter dieser Website"
    );
    let privacy = run.page("privacy/index.html");
    assert!(privacy
        .text(".privacy-host")
        .contains("Sample Host Co\u{2011}op"));
    assert!(privacy
        .text(".privacy-controller")
        .contains("Fixture Federation"));
    assert_eq!(
        privacy.attr(".privacy-authority a", "href"),
        "https://dpa.example/"
    );
    let members: serde_json::Value =
        serde_json::from_slice(&run.bytes("members.json")).expect("JSON");
    assert_eq!(members["licence"], "CC-BY-4.0");
    let press = run.page("press/index.html");
    assert!(press.text(".press").contains("licence: CC-BY-4.0"));
    assert_eq!(press.text("article.press > p:first-of-type"), "We are 5.");
}

#[test]
fn missing_legal_fields_and_table_are_located() {
    let without_host = LEGAL.replace("host = \"Sample Host Co-op\"\n", "");
    let site = site_with(&without_host);
    let stderr = site.run(&["check"]).failure(1).stderr();
    assert!(
        stderr.contains("site.toml:") && stderr.contains("`host`"),
        "{stderr}"
    );
    // Without [legal], a page that asks for the legal template is an error at its line.
    let site = site_with("");
    let stderr = site.run(&["check"]).failure(1).stderr();
    assert!(
        stderr.contains(
            "content/legal.md:3:13: error: `legal-notice.html` needs a [legal] table in site.toml"
        ),
        "{stderr}"
    );
}
