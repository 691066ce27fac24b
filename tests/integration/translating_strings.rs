//! The language review's corrections, as visitors read them: service names mid-sentence,
//! French typography and vocabulary, Dutch and German terms, translated pagination.

use crate::harness::TestSite;

/// "Co-ops that offer Web development" capitalised a label inside a sentence; German
/// nouns keep their capital.
#[test]
fn service_names_are_lower_case_mid_sentence() {
    let site = TestSite::fixture("federation");
    // The fixture's own service labels (which replace the theme's, `.inline` included).
    for lang in ["en", "fr"] {
        std::fs::remove_file(site.root().join(format!("i18n/{lang}/services.ftl")))
            .expect("remove");
    }
    let run = site.build().success();
    let title = |path: &str| run.page(path).text("h1");
    assert_eq!(
        title("services/web-development/index.html"),
        "Co-ops that offer web development"
    );
    assert_eq!(
        title("services/cms-development/index.html"),
        "Co-ops that offer CMS development"
    );
    assert_eq!(
        title("fr/services/web-development/index.html"),
        "Coopératives proposant le service développement web"
    );
    assert_eq!(
        title("nl/services/web-development/index.html"),
        "Coöperaties die webontwikkeling aanbieden"
    );
    assert_eq!(
        title("de/services/web-development/index.html"),
        "Genossenschaften, die Webentwicklung anbieten"
    );
    assert_eq!(
        title("de/services/mobile-apps/index.html"),
        "Genossenschaften, die mobile Apps anbieten"
    );
}

/// French puts a narrow no-break space before `: ; ! ?`, says "Courriel" and
/// "salariés", and writes language names in lower case; German says
/// "Produktivgenossenschaft"; Dutch says "je" and "techcoöperatie".
#[test]
fn review_corrections_reach_the_pages() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let fr_feed = run.text("fr/atom.xml");
    assert!(fr_feed.contains("\u{202f}: actualités"), "{fr_feed}");
    assert!(!fr_feed.contains(" : actualités"));
    let theme = |lang: &str, file: &str| {
        std::fs::read_to_string(format!(
            "{}/themes/default/i18n/{lang}/{file}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("theme file")
    };
    let fr =
        theme("fr", "members.ftl") + &theme("fr", "vocabulary.ftl") + &theme("fr", "theme.ftl");
    for wanted in [
        "member-email = Courriel",
        "salariés",
        "associés",
        "language-en = anglais",
        "Coopérative d’activité et d’emploi",
    ] {
        assert!(fr.contains(wanted), "{wanted}");
    }
    for line in fr.lines().filter(|l| !l.starts_with('#')) {
        for mark in [" :", " ;", " !", " ?", "\u{a0}:", "\u{a0}?"] {
            assert!(!line.contains(mark), "{line:?} has {mark:?}");
        }
    }
    let de = theme("de", "vocabulary.ftl");
    assert!(de.contains("coop-type-worker = Produktivgenossenschaft"));
    assert!(de.contains("relation-sister = Schwesterverband"));
    let nl = theme("nl", "theme.ftl") + &theme("nl", "members.ftl");
    assert!(!nl.contains("tech-coöperatie"));
    assert!(
        !nl.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "u" || w == "uw"),
        "{nl}"
    );
}

/// `[segments.<lang>] page` translates the segment before a list page's number.
#[test]
fn pagination_segment_is_translated() {
    let site = TestSite::fixture("multilingual");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml");
    let toml = toml
        .replace(
            "news = \"actualites\"",
            "news = \"actualites\"\npage = \"p\"",
        )
        .replacen(
            "[[menus.main]]",
            "[news]\npage_size = 1\n\n[[menus.main]]",
            1,
        );
    site.write("site.toml", &toml);
    let run = site.build().success();
    let fr = run.page("fr/actualites/index.html");
    let next = fr.attrs("a[href*='/actualites/']", "href");
    assert!(
        next.iter().any(|h| h.ends_with("/fr/actualites/p/2/")),
        "{next:?}"
    );
    let _ = run.page("fr/actualites/p/2/index.html");
    let _ = run.page("news/page/2/index.html");
    assert!(!site.out().join("fr/actualites/page").exists());
    site.write(
        "site.toml",
        &toml.replace("page = \"p\"", "page = \"../p\""),
    );
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(err.contains("error: invalid page segment `../p`"), "{err}");
}
