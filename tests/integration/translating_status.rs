//! What translators are told: `check`'s coverage table per language (items with
//! `--verbose`, all of it in `--format json`), the translation-status page, stale
//! translations (`federa translated`), missing site-level overrides and variables a
//! translation drops or invents.

use crate::harness::TestSite;

/// The line of `table` for language `lang`.
fn row<'a>(table: &'a str, lang: &str) -> &'a str {
    table
        .lines()
        .find(|l| l.split_whitespace().next() == Some(lang))
        .unwrap_or_else(|| panic!("no row for {lang} in\n{table}"))
}

/// Adding Polish gives a few lines of totals, not one warning per message.
#[test]
fn a_new_language_reads_as_a_table_row() {
    let site = TestSite::fixture("polish");
    let run = site.run(&["check"]).success();
    let err = run.stderr();
    assert!(err.lines().count() < 15, "{err}");
    assert!(!err.contains("is not translated into `pl`"), "{err}");
    let pl = row(&err, "pl");
    let cells: Vec<&str> = pl.split_whitespace().collect();
    // Messages: translated/total and a percent; no pages; the summary and federation
    // text are English only.
    assert!(cells[1].starts_with("4/"), "{pl}");
    assert_eq!(cells[2], "0%", "{pl}");
    assert_eq!(&cells[3..], ["-", "0/1", "0%", "-", "0/1", "0%"], "{pl}");
    assert!(row(&err, "en").contains("1/1 100%"), "{err}");
    assert!(err.contains("`federa check --verbose` lists each"), "{err}");
}

/// `--verbose` lists every item, each at the file that holds the original, with a hint
/// naming the folder to translate it in.
#[test]
fn verbose_lists_each_missing_item_with_its_place() {
    let site = TestSite::fixture("polish");
    let err = site.run(&["check", "--verbose"]).success().stderr();
    let messages = err.matches("is not translated into `pl`").count();
    assert!(messages > 400, "{messages}");
    assert!(
        err.contains("content/members/member-01.toml:9:1: warning: member-01 (summary) is not written in `pl`"),
        "{err}"
    );
    assert!(
        err.contains("translate it for every site in `themes/default/i18n/pl/theme.ftl`, or for this site only in a file under i18n/pl/"),
        "{err}"
    );
}

/// JSON carries the diagnostics and the coverage: rows with counts and every item.
#[test]
fn json_carries_the_coverage() {
    let site = TestSite::fixture("polish");
    let run = site.run(&["check", "--format", "json"]).success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).expect("valid JSON");
    assert!(json["diagnostics"].as_array().expect("diagnostics").len() > 400);
    let languages = json["coverage"]["languages"].as_array().expect("rows");
    let pl = languages
        .iter()
        .find(|r| r["lang"] == "pl")
        .expect("a row for pl");
    assert_eq!(
        pl["member_summaries"],
        serde_json::json!({"translated": 0, "total": 1, "percent": 0})
    );
    assert_eq!(pl["default"], false);
    let missing = json["coverage"]["missing"].as_array().expect("items");
    assert!(missing.iter().any(|g| g["part"] == "member_summaries"
        && g["lang"] == "pl"
        && g["item"] == "member-01 (summary)"
        && g["path"] == "content/members/member-01.toml"
        && g["line"] == 9));
    assert!(missing.iter().any(|g| g["part"] == "messages"
        && g["item"] == "site-title"
        && g["line"].as_u64() > Some(0)));
}

/// The status page: in every language, noindex, in no sitemap, listing what a language
/// misses with the file to create.
#[test]
fn status_page_lists_what_each_language_misses() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    for path in [
        "translation-status/index.html",
        "fr/translation-status/index.html",
    ] {
        let page = run.page(path);
        assert_eq!(page.attr("meta[name=robots]", "content"), "noindex");
        assert!(page.select("link[rel=canonical]").is_empty());
    }
    let page = run.page("fr/translation-status/index.html");
    assert_eq!(page.text("h1"), "État des traductions");
    // Each language's page lists its own gaps; the default language's lists them all.
    assert!(page.select("#status-nl").is_empty());
    let dutch = run
        .page("nl/translation-status/index.html")
        .text("#status-nl");
    assert!(dutch.contains("maak content/about.nl.md aan"), "{dutch}");
    let all = run.page("translation-status/index.html");
    assert!(all
        .text("#status-nl")
        .contains("create content/about.nl.md"));
    let rows = page.select(".translation-status tbody tr");
    assert_eq!(rows.len(), 4);
    assert!(!run.text("sitemap.xml").contains("translation-status"));
    let home = run.page("index.html");
    assert!(home.select("a[href*='translation-status']").is_empty());
}

/// `federa translated` records the original's hash; editing the original afterwards
/// makes `check` warn at the translation, and the status page list it.
#[test]
fn editing_an_original_makes_its_translation_stale() {
    let site = TestSite::fixture("multilingual");
    let out = site
        .run(&["translated", "content/about.fr.md"])
        .success()
        .stdout();
    assert!(
        out.contains("content/about.fr.md: translated from content/about.md"),
        "{out}"
    );
    let marked = std::fs::read_to_string(site.root().join("content/about.fr.md")).expect("read");
    assert!(marked.starts_with("+++\ntranslated_from = \""), "{marked}");
    let err = site.run(&["check"]).success().stderr();
    assert!(!err.contains("out of date"), "{err}");
    // Reformatting (spaces at line ends, CRLF) is no change.
    let about = std::fs::read_to_string(site.root().join("content/about.md")).expect("read");
    site.write("content/about.md", &about.replace('\n', "  \r\n"));
    assert!(!site
        .run(&["check"])
        .success()
        .stderr()
        .contains("out of date"));
    site.write("content/about.md", &format!("{about}\nA new paragraph.\n"));
    let err = site.run(&["check"]).success().stderr();
    assert!(
        err.contains("content/about.fr.md:2:1: warning: about.fr.md may be out of date: about.md changed since it was translated"),
        "{err}"
    );
    assert!(
        err.contains("then run `federa translated content/about.fr.md`"),
        "{err}"
    );
    let run = site.build().success();
    let stale = run.page("translation-status/index.html").text("#status-fr");
    assert!(
        stale.contains("content/about.md changed since it was translated"),
        "{stale}"
    );
    let _ = site.run(&["translated", "content/about.fr.md"]).success();
    assert!(!site
        .run(&["check"])
        .success()
        .stderr()
        .contains("out of date"));
}

/// Only a translation with an original can be marked.
#[test]
fn translated_refuses_an_original() {
    let site = TestSite::fixture("multilingual");
    let err = site
        .run(&["translated", "content/about.md"])
        .failure(1)
        .stderr();
    assert!(err.contains("this is the original"), "{err}");
    let err = site
        .run(&["translated", "content/nope.fr.md"])
        .failure(1)
        .stderr();
    assert!(err.contains("not a page of content/"), "{err}");
}

/// The site's own `site-title` missing in another language's folder, and a translation
/// that leaves out or makes up a variable: warnings at their definitions.
#[test]
fn overrides_and_variables_are_checked_per_language() {
    let site = TestSite::fixture("multilingual");
    let fr = std::fs::read_to_string(site.root().join("i18n/fr/site.ftl")).expect("read");
    site.write(
        "i18n/fr/site.ftl",
        &format!("{fr}greeting = Bonjour {{ $nom }}\nsite-title = Fédération\n"),
    );
    let en = std::fs::read_to_string(site.root().join("i18n/en/site.ftl")).expect("read");
    site.write(
        "i18n/en/site.ftl",
        &format!("{en}greeting = Hello {{ $name }}\n"),
    );
    let err = site.run(&["check"]).success().stderr();
    assert!(
        err.contains("i18n/en/site.ftl:1:1: warning: `site-title` is set for this site in i18n/en/ but not in i18n/nl/"),
        "{err}"
    );
    assert!(!err.contains("but not in i18n/fr/"), "{err}");
    assert!(
        err.contains("i18n/fr/site.ftl:7:1: warning: `greeting` in `fr` leaves out `$name` and uses `$nom` instead"),
        "{err}"
    );
}

/// `NUMBER()` given a text (a term's name) would print "NUMBER()" in the page: an
/// error naming the message's file and line.
#[test]
fn number_of_a_text_value_is_an_error_at_the_message() {
    let site = TestSite::fixture("federation");
    site.write(
        "i18n/en/numbers.ftl",
        "# A typo'd title.\nservices-page-title = Co-ops that offer { NUMBER($name) }\n",
    );
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(
        err.contains("error: i18n/en/numbers.ftl:2: Fluent message `services-page-title` in `en` applies NUMBER() to `$name`, which is text here"),
        "{err}"
    );
}

/// A site text equal to the theme's (a copied vocabulary) is no override to repeat in
/// every language; the fixture's `site-title` is.
#[test]
fn copied_theme_texts_are_not_overrides() {
    let site = TestSite::fixture("federation");
    let err = site.run(&["check"]).success().stderr();
    assert!(
        !err.contains("`service-web-development` is set for this site"),
        "{err}"
    );
    assert!(
        err.contains("`site-title` is set for this site in i18n/en/ but not in i18n/nl/"),
        "{err}"
    );
}

/// Past 200 items of a kind the page says how many more there are (Polish lacks
/// hundreds of messages) instead of listing them all.
#[test]
fn status_page_lists_the_first_items_and_counts_the_rest() {
    let site = TestSite::fixture("polish");
    let run = site.build().success();
    let page = run.page("pl/translation-status/index.html");
    let messages = page
        .select("#status-pl details")
        .into_iter()
        .next()
        .expect("messages");
    let listed = messages
        .select(&scraper::Selector::parse("li").expect("selector"))
        .count();
    assert_eq!(listed, 200);
    let text = messages.text().collect::<String>();
    assert!(
        text.contains("more: `federa check --verbose` lists them all"),
        "{text}"
    );
}
