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
        "Co\u{2011}ops that offer web development"
    );
    assert_eq!(
        title("services/cms-development/index.html"),
        "Co\u{2011}ops that offer CMS development"
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

/// An untranslated post's date is written in the reader's language, so it is marked so,
/// not as part of the original's text.
#[test]
fn date_line_of_an_untranslated_post_is_in_the_readers_language() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let page = run.page("fr/actualites/older/index.html");
    assert_eq!(page.attr("article", "lang"), "en");
    assert_eq!(page.attr("article .meta", "lang"), "fr");
}

/// `city_translations` and `name_translations` give the names each language writes;
/// languages without one keep `city` and `name`, and a key that is no language code is
/// an error at its place.
#[test]
fn cities_and_federation_names_are_translated() {
    let site = TestSite::fixture("federation");
    let kiez = "content/members/kiez-code.toml";
    let text = std::fs::read_to_string(site.root().join(kiez)).expect("read");
    let with_city = text.replace(
        "city = \"Leipzig\"\n",
        "city = \"Leipzig\"\ncity_translations = { fr = \"Lipsk\" }\n",
    );
    site.write(kiez, &with_city);
    let febe = "content/federations/febe-tech.toml";
    let text = std::fs::read_to_string(site.root().join(febe)).expect("read");
    site.write(
        febe,
        &text.replacen(
            "\n",
            "\nname_translations = { fr = \"Fédération belge des coopératives du numérique\" }\n",
            1,
        ),
    );
    let run = site.build().success();
    let fr = run.page("fr/membres/kiez-code/index.html");
    assert_eq!(fr.text(".where .p-locality"), "Lipsk");
    let en = run.page("members/kiez-code/index.html");
    assert_eq!(en.text(".where .p-locality"), "Leipzig");
    let fed = |path: &str| run.page(path).text("h1.p-name");
    assert!(fed("fr/federations/febe-tech/index.html")
        .starts_with("Fédération belge des coopératives du numérique"));
    assert!(fed("nl/federations/febe-tech/index.html")
        .starts_with("Belgian Federation of Tech Co-operatives"));
    site.write(kiez, &with_city.replace("{ fr = ", "{ french = "));
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(err.contains(&format!("{kiez}:10:23: error:")), "{err}");
}
