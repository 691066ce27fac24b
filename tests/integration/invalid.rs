//! Invalid fixtures: every problem is reported in one run, each at its exact position.

use crate::harness::TestSite;

#[test]
fn all_core_errors_are_reported_at_their_location_in_one_run() {
    let site = TestSite::fixture("invalid-core");
    let run = site.build().failure(1);
    let stderr = run.stderr();
    for (location, message) in [
        ("content/bad-front.md:2:16:", "invalid basic string"),
        ("content/unknown-key.md:3:1:", "unknown field `titel`"),
        (
            "content/broken-link.md:5:5:",
            "broken internal link `@/nope.md`",
        ),
        ("i18n/en/broken.ftl:2:11:", "Fluent syntax error"),
        (
            "themes/default/templates/keys.html:3:14:",
            "Fluent message `no-such-message` is not defined in the default language",
        ),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(location))
            .unwrap_or_else(|| panic!("no diagnostic at {location} in:\n{stderr}"));
        assert!(line.contains(message), "{line}");
    }
    assert!(
        stderr.contains(" 3 | titel = \"Typo\"\n   | ^^^^^\n  = hint: did you mean `title`?"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("@/unknown-key.md`"),
        "a link to an existing page is not broken"
    );
    assert!(!site.out().exists(), "nothing written on failure");
}

#[test]
fn template_syntax_error_names_template_line_and_column() {
    let site = TestSite::fixture("invalid-template");
    let run = site.run(&["check"]).failure(1);
    let first = run.stderr().lines().next().unwrap_or_default().to_string();
    assert!(
        first.starts_with("themes/default/templates/index.html:3:7: error:"),
        "{first}"
    );
}

#[test]
fn check_json_format_lists_diagnostics() {
    let site = TestSite::fixture("invalid-core");
    let run = site.run(&["check", "--format", "json"]).failure(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).expect("valid JSON");
    let items = json["diagnostics"].as_array().expect("array");
    assert!(items
        .iter()
        .any(|d| d["path"] == "content/unknown-key.md" && d["line"] == 3 && d["col"] == 1));
}

#[test]
fn usage_errors_exit_with_2() {
    let site = TestSite::fixture("multilingual");
    let _ = site.run(&["build", "--no-such-flag"]).failure(2);
    let _ = site.run(&["frobnicate"]).failure(2);
}

#[test]
fn pages_and_aliases_on_generated_data_pages_are_errors() {
    let site = TestSite::fixture("federation");
    site.write(
        "content/services/_index.md",
        "+++\ntitle = \"Services\"\n+++\nWhat we offer.\n",
    );
    site.write(
        "content/old.md",
        "+++\ntitle = \"Old\"\naliases = [\"/members/\"]\n+++\nMoved.\n",
    );
    let run = site.build().failure(1);
    let stderr = run.stderr();
    for (location, message) in [
        (
            "content/services/_index.md:1:1: error:",
            "this page's URL `/services/` is the services index",
        ),
        (
            "content/old.md:3:13: error:",
            "the alias `/members/` is the members index",
        ),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(location))
            .unwrap_or_else(|| panic!("no diagnostic at {location} in:\n{stderr}"));
        assert!(line.contains(message), "{line}");
    }
    assert!(!site.out().exists(), "nothing written on failure");
}
