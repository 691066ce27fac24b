//! Text that cannot be published: control characters, URLs, escapes, duplicates.

use super::{edit, expect_at, failing_run, fails_at};
use crate::harness::TestSite;

#[test]
fn control_characters_in_pages_data_and_ftl_are_located_errors() {
    let site = TestSite::fixture("federation");
    site.write(
        "content/news.md",
        "+++\ntitle = \"News\"\n+++\n\nA form\u{c}feed.\n",
    );
    edit(
        &site,
        "content/members/kiez-code.toml",
        "city = \"Leipzig\"",
        "city = \"Lei\u{1b}[2Jpzig\"",
    );
    site.write("i18n/fr/extra.ftl", "extra-x = a\u{0}b\n");
    site.write(
        "content/escaped.md",
        "+++\ntitle = \"Form\\ffeed\"\n+++\n\nText.\n",
    );
    let run = failing_run(
        &site,
        "content/news.md:5:7: error:",
        "control character U+000C",
    );
    expect_at(
        &run,
        "content/members/kiez-code.toml:9:12: error:",
        "control character U+001B",
    );
    expect_at(
        &run,
        "i18n/fr/extra.ftl:1:12: error:",
        "control character U+0000",
    );
    expect_at(
        &run,
        "content/escaped.md:2:9: error:",
        "control character U+000C in this value",
    );
    // The raw escape character is never echoed back to the terminal.
    assert!(
        !run.stderr().contains('\u{1b}'),
        "ESC echoed:\n{}",
        run.stderr()
    );
}

#[test]
fn urls_from_data_with_whitespace_or_line_breaks_are_refused() {
    let site = TestSite::fixture("news-events");
    edit(
        &site,
        "content/events/clinic.md",
        "online_url = \"https://meet.example.org/a11y\"",
        "online_url = \"https://meet.example.org/a11y\\nBEGIN:VEVENT\"",
    );
    fails_at(
        &site,
        "content/events/clinic.md:9:1: error:",
        "`online_url` must be an http(s) URL, not `https://meet.example.org/a11y\\nBEGIN:VEVENT`",
    );
    let site = TestSite::fixture("federation");
    edit(
        &site,
        "content/members/kiez-code.toml",
        "website = \"https://kiezcode.example\"",
        "website = \"https://kiezcode.example/ x\"",
    );
    fails_at(
        &site,
        "content/members/kiez-code.toml:3:11: error:",
        "`website` must be an http(s) URL",
    ); // Found in review: a `mailto:` mailing list skipped every check.
    let site = TestSite::fixture("federation");
    edit(
        &site,
        "content/federations/de-tech-eg.toml",
        "mailing_list = \"https://lists.tech-eg.example/mailman/listinfo/gruendung\"",
        "mailing_list = \"mailto:list@tech-eg.example\\nsecond line <b>\"",
    );
    fails_at(
        &site,
        "content/federations/de-tech-eg.toml:12:16: error:",
        "`mailing_list` must be an email address after `mailto:`",
    );
}

#[test]
fn a_page_in_the_default_language_twice_is_an_error_naming_both_files() {
    let site = TestSite::fixture("multilingual");
    edit(
        &site,
        "site.toml",
        "default_language = \"en\"",
        "default_language = \"fr\"",
    );
    let run = failing_run(
        &site,
        "content/about.md: error:",
        "this file and content/about.fr.md are both the `fr` version",
    );
    expect_at(&run, "content/_index.md: error:", "content/_index.fr.md");
}

#[test]
fn a_cut_short_unicode_escape_in_fluent_is_a_located_error_not_a_panic() {
    let site = TestSite::fixture("federation");
    site.write("i18n/fr/broken.ftl", "ok = bien\nx = { \"\\u00é\" }\n");
    let run = failing_run(
        &site,
        "i18n/fr/broken.ftl:2:8: error:",
        "invalid Unicode escape sequence",
    );
    assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
}

#[test]
fn a_base_url_without_http_scheme_is_refused() {
    let site = TestSite::fixture("federation");
    let run = site.run(&["build", "--base-url", "example.org"]).failure(2);
    assert!(
        run.stderr().contains("absolute http(s) URL"),
        "{}",
        run.stderr()
    );
    edit(
        &site,
        "site.toml",
        "base_url = \"https://example.org/fed/\"",
        "base_url = \"example.org\"",
    );
    fails_at(
        &site,
        "site.toml:1:1: error:",
        "base_url must be an absolute http(s) URL",
    );
}
