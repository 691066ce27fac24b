//! The multilingual fixture: URLs, languages, switcher, hreflang, fallback, plurals,
//! determinism and atomic output.

use crate::harness::{snapshot, tree, TestSite};

const BASE: &str = "https://example.org/fed/";

#[test]
fn every_page_exists_in_every_language_at_its_url() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let files = tree(&run.out_dir);
    for expected in [
        "index.html",
        "fr/index.html",
        "nl/index.html",
        "de/index.html",
        "about/index.html",
        "fr/a-propos/index.html",
        "nl/about/index.html",
        "de/ueber-uns/index.html",
        "news/index.html",
        "fr/actualites/index.html",
        "news/hello/index.html",
        "fr/actualites/bonjour/index.html",
        "de/news/hello/index.html",
        "404.html",
        "fr/404.html",
        "old-about/index.html",
        "style.css",
    ] {
        assert!(
            files.contains(&expected.to_string()),
            "missing {expected} in {files:#?}"
        );
    }
    assert!(
        !files.iter().any(|f| f.contains("secret")),
        "drafts are not built by default"
    );
    for lang in ["", "fr/", "nl/", "de/"] {
        let page = run.page(&format!("{lang}index.html"));
        let want = if lang.is_empty() {
            "en"
        } else {
            lang.trim_end_matches('/')
        };
        assert_eq!(page.attr("html", "lang"), want);
    }
}

#[test]
fn switcher_links_to_real_translations_and_fallbacks() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let page = run.page("fr/a-propos/index.html");
    assert_eq!(
        page.attrs(".languages a", "href"),
        [
            "/fed/about/",
            "/fed/fr/a-propos/",
            "/fed/nl/about/",
            "/fed/de/ueber-uns/"
        ]
    );
    assert_eq!(page.attrs(".languages a", "lang"), ["en", "fr", "nl", "de"]);
    assert_eq!(
        page.attrs(".languages a[aria-current=page]", "lang"),
        ["fr"]
    );
    assert_eq!(page.attrs(".languages a.untranslated", "lang"), ["nl"]);
}

#[test]
fn hreflang_lists_exactly_the_translations_plus_x_default() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    for file in [
        "about/index.html",
        "fr/a-propos/index.html",
        "nl/about/index.html",
    ] {
        let page = run.page(file);
        let pairs: Vec<(String, String)> = page
            .select("link[rel=alternate][hreflang]")
            .iter()
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap_or("").to_string(),
                    l.value().attr("href").unwrap_or("").to_string(),
                )
            })
            .collect();
        let expected: Vec<(String, String)> = [
            ("en", "about/"),
            ("fr", "fr/a-propos/"),
            ("de", "de/ueber-uns/"),
            ("x-default", "about/"),
        ]
        .iter()
        .map(|(l, p)| (l.to_string(), format!("{BASE}{p}")))
        .collect();
        assert_eq!(pairs, expected, "in {file}");
    }
}

#[test]
fn untranslated_page_falls_back_with_notice_and_canonical() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let page = run.page("nl/about/index.html");
    assert_eq!(page.attr("html", "lang"), "nl");
    assert_eq!(page.attr("article", "lang"), "en");
    assert_eq!(page.text("article h1"), "About us");
    assert!(
        page.text(".fallback-notice").contains("Nederlands"),
        "notice is in Dutch"
    );
    assert_eq!(
        page.attr("link[rel=canonical]", "href"),
        format!("{BASE}about/")
    );
    assert_eq!(
        page.attr("nav.menu a[href='/fed/nl/about/']", "aria-current"),
        "page"
    );
    let translated = run.page("fr/a-propos/index.html");
    assert!(translated.select(".fallback-notice").is_empty());
    assert_eq!(
        translated.attr("link[rel=canonical]", "href"),
        format!("{BASE}fr/a-propos/")
    );
}

#[test]
fn markdown_features_and_internal_links() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let about = run.page("about/index.html");
    assert_eq!(about.attr("article h2", "id"), "team");
    assert_eq!(about.select("article table").len(), 1);
    assert_eq!(about.select("article input[type=checkbox]").len(), 2);
    assert_eq!(about.select("article .footnote-definition").len(), 1);
    let fr_home = run.page("fr/index.html");
    assert_eq!(
        fr_home.attr(".mission a", "href"),
        "/fed/fr/a-propos/#equipe"
    );
    let nl_hello = run.page("nl/news/hello/index.html");
    assert_eq!(
        nl_hello.attr("article a", "href"),
        "/fed/nl/about/",
        "links stay in the visitor's language"
    );
}

#[test]
fn sections_list_pages_newest_first() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let news = run.page("fr/actualites/index.html");
    assert_eq!(
        news.attrs(".post-list a", "href"),
        ["/fed/fr/actualites/bonjour/", "/fed/fr/actualites/older/"]
    );
    assert_eq!(
        news.attrs(".post-list li[lang]", "lang"),
        ["en"],
        "the untranslated post is marked as English"
    );
}

#[test]
fn fluent_plurals_follow_cldr_per_language() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let items = |file: &str| -> Vec<String> {
        run.page(file)
            .select("#counts li")
            .iter()
            .map(|li| li.text().collect())
            .collect()
    };
    assert_eq!(
        items("counts/index.html"),
        // "co-op" with a non-breaking hyphen (typography::keep_words_whole).
        ["0 co\u{2011}ops", "1 co\u{2011}op", "2 co\u{2011}ops"]
    );
    assert_eq!(
        items("fr/counts/index.html"),
        ["0 coopérative", "1 coopérative", "2 coopératives"]
    );
}

#[test]
fn drafts_flag_and_base_url_override() {
    let site = TestSite::fixture("multilingual");
    let out = site.out();
    let run = site
        .run(&[
            "build",
            "-o",
            out.to_str().expect("utf-8"),
            "--drafts",
            "--base-url",
            "https://other.example/",
        ])
        .success();
    assert!(tree(&run.out_dir).contains(&"secret/index.html".to_string()));
    assert_eq!(
        run.page("about/index.html")
            .attr("link[rel=canonical]", "href"),
        "https://other.example/about/"
    );
}

#[test]
fn builds_are_deterministic() {
    let site = TestSite::fixture("multilingual");
    let first = snapshot(&site.build().success().out_dir);
    let second = snapshot(&site.build().success().out_dir);
    assert_eq!(first, second);
}

#[test]
fn failed_build_leaves_previous_output_byte_identical() {
    let site = TestSite::fixture("multilingual");
    let before = snapshot(&site.build().success().out_dir);
    site.write("content/about.md", "+++\ntitle = \"broken\n+++\n");
    let run = site.build().failure(1);
    assert!(
        run.stderr().contains("content/about.md:2:"),
        "{}",
        run.stderr()
    );
    assert_eq!(snapshot(&site.out()), before);
}

#[test]
fn languages_are_configuration() {
    let site = TestSite::fixture("spanish");
    let run = site.build().success();
    let page = run.page("es/sobre/index.html");
    assert_eq!(page.attr("html", "lang"), "es");
    assert_eq!(page.text(".skip-link"), "Saltar al contenido");
    assert_eq!(page.attrs(".languages a", "lang"), ["en", "es"]);
    assert_eq!(
        page.attrs(".languages a", "href"),
        ["/about/", "/es/sobre/"]
    );
    assert_eq!(page.text(".languages a[lang=es]"), "Español");
}

#[test]
fn check_lists_missing_translations_without_writing() {
    let site = TestSite::fixture("spanish");
    let run = site.run(&["check", "--verbose"]).success();
    assert!(
        run.stderr().contains("is not translated into `es`"),
        "{}",
        run.stderr()
    );
    assert!(!site.out().exists(), "check writes nothing");
    let _ = site.run(&["check", "--strict"]).failure(1);
}
