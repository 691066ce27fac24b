//! Stale translations of member and federation texts: `federa translated FILE
//! --language pl` records `[translated_from]`, and an edit of the English summary or
//! description afterwards is a warning at the translated entry.

use crate::harness::TestSite;

const MEMBER: &str = "content/members/member-01.toml";

/// The polish fixture with a Polish summary and an English + Polish description.
fn site_with_polish_texts() -> TestSite {
    let site = TestSite::fixture("polish");
    let source = std::fs::read_to_string(site.root().join(MEMBER)).expect("read");
    site.write(
        MEMBER,
        &format!(
            "{source}pl = \"Spółdzielnia z Krakowa.\"\n\n[description]\nen = \"We build websites.\"\npl = \"Budujemy strony.\"\n"
        ),
    );
    site
}

fn warnings(site: &TestSite) -> String {
    site.run(&["check"]).success().stderr()
}

#[test]
fn an_edited_summary_makes_its_translation_stale_until_marked_again() {
    let site = site_with_polish_texts();
    let out = site
        .run(&["translated", MEMBER, "--language", "pl"])
        .success()
        .stdout();
    assert!(
        out.contains("content/members/member-01.toml: `pl` texts translated from the `en` ones"),
        "{out}"
    );
    let marked = std::fs::read_to_string(site.root().join(MEMBER)).expect("read");
    let table: toml::Table = marked.parse().expect("still TOML");
    let hash = table["translated_from"]["pl"].as_str().expect("a pl hash");
    assert_eq!(hash.len(), 16, "{marked}");
    assert!(!warnings(&site).contains("out of date"));

    site.write(
        MEMBER,
        &marked.replace("A Kraków co-op.", "A Kraków worker co-op."),
    );
    let err = warnings(&site);
    assert!(
        err.contains("content/members/member-01.toml:11:1: warning: the `pl` summary of member-01 may be out of date: the `en` summary changed since it was translated"),
        "{err}"
    );
    assert!(
        err.contains("then run `federa translated content/members/member-01.toml --language pl`"),
        "{err}"
    );
    // Only the table whose source changed is reported.
    assert!(!err.contains("`pl` description"), "{err}");
    let status = site.build().success();
    let listed = status
        .page("translation-status/index.html")
        .text("#status-pl");
    assert!(
        listed.contains("content/members/member-01.toml"),
        "{listed}"
    );

    let _ = site
        .run(&["translated", MEMBER, "--language", "pl"])
        .success();
    let remarked = std::fs::read_to_string(site.root().join(MEMBER)).expect("read");
    assert_eq!(
        remarked.matches("[translated_from]").count(),
        1,
        "{remarked}"
    );
    assert!(!warnings(&site).contains("out of date"));
}

#[test]
fn an_edited_federation_description_is_reported_at_its_translation() {
    let site = TestSite::fixture("polish");
    let file = "content/federations/pl-tech.toml";
    let source = std::fs::read_to_string(site.root().join(file)).expect("read");
    site.write(
        file,
        &format!("{source}\n[description]\nen = \"Founded in 2020.\"\npl = \"Założona w 2020.\"\n"),
    );
    let _ = site
        .run(&["translated", file, "--language", "pl"])
        .success();
    let marked = std::fs::read_to_string(site.root().join(file)).expect("read");
    site.write(
        file,
        &marked.replace("Founded in 2020.", "Founded in 2021."),
    );
    let err = warnings(&site);
    assert!(
        err.contains("content/federations/pl-tech.toml:12:1: warning: the `pl` description of pl-tech may be out of date"),
        "{err}"
    );
}

#[test]
fn translated_refuses_what_it_cannot_mark() {
    let site = site_with_polish_texts();
    let refused = |args: &[&str]| site.run(args).failure(1).stderr();
    let err = refused(&["translated", MEMBER, "--language", "xx"]);
    assert!(
        err.contains("--language xx: not one of the site's languages (en, pl)"),
        "{err}"
    );
    let err = refused(&["translated", MEMBER]);
    assert!(
        err.contains("say which language's texts you translated"),
        "{err}"
    );
    let err = refused(&["translated", MEMBER, "--language", "en"]);
    assert!(err.contains("this is the original language"), "{err}");
    let err = refused(&["translated", "site.toml", "--language", "pl"]);
    assert!(
        err.contains("site.toml: not a member or federation file"),
        "{err}"
    );
    let err = refused(&[
        "translated",
        "content/federations/pl-tech.toml",
        "--language",
        "pl",
    ]);
    assert!(
        err.contains("there is no `pl` text in [summary] or [description]"),
        "{err}"
    );
    let err = refused(&["translated", "content/about.pl.md", "--language", "pl"]);
    assert!(
        err.contains("--language pl is for member and federation files"),
        "{err}"
    );
    let unchanged = std::fs::read_to_string(site.root().join(MEMBER)).expect("read");
    assert!(!unchanged.contains("translated_from"), "{unchanged}");
}

/// An unknown key in `[translated_from]`'s place is still a located error.
#[test]
fn a_misspelt_table_is_a_located_error() {
    let site = site_with_polish_texts();
    let source = std::fs::read_to_string(site.root().join(MEMBER)).expect("read");
    site.write(
        MEMBER,
        &format!("{source}\n[translated_form]\npl = \"00\"\n"),
    );
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(
        err.contains("content/members/member-01.toml:17:2: error: unknown field `translated_form`"),
        "{err}"
    );
}

/// `[translated_from]` keys are language codes like `[summary]`'s: a made-up one is a
/// located error, not an entry that silently never warns.
#[test]
fn a_made_up_language_in_translated_from_is_a_located_error() {
    let site = site_with_polish_texts();
    let source = std::fs::read_to_string(site.root().join(MEMBER)).expect("read");
    site.write(
        MEMBER,
        &format!("{source}\n[translated_from]\nxq = \"0000000000000000\"\n"),
    );
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(
        err.contains("content/members/member-01.toml:18:1: error: unknown language `xq`"),
        "{err}"
    );
}
