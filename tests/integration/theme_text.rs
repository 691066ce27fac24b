//! Text in the default theme: typographic quotes and French spacing by language (never
//! in code or addresses), "co-op" that never breaks at its hyphen, country page titles
//! in each language's grammar, event cards with a date badge and the venue's city.

use crate::harness::{Page, TestSite};

const NNBSP: char = '\u{202F}';

const TYPO: &str = "+++\ntitle = \"Typo\"\n+++\n\n\
She said \"we're 'in' it\" about our co-ops: really? Yes!\n\n\
Code `\"x\" : y ?` stays, so does <https://co-op.example/?a=b> and \
[the co-op site](https://www.co-op.example/x?y=1).\n\n    \"block\" : ?\n";

fn texts(page: &Page, css: &str) -> Vec<String> {
    page.select(css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[test]
fn quotes_and_spacing_follow_the_page_language_outside_code() {
    let site = TestSite::fixture("federation");
    for suffix in ["", ".fr", ".de", ".nl"] {
        site.write(&format!("content/typo{suffix}.md"), TYPO);
    }
    let run = site.build().success();
    let said = |path: &str| texts(&run.page(path), "article p")[0].clone();
    assert_eq!(
        said("typo/index.html"),
        "She said “we’re ‘in’ it” about our co\u{2011}ops: really? Yes!"
    );
    assert_eq!(
        said("nl/typo/index.html"),
        "She said “we’re ‘in’ it” about our co\u{2011}ops: really? Yes!"
    );
    assert_eq!(
        said("de/typo/index.html"),
        "She said „we’re ‚in‘ it“ about our co\u{2011}ops: really? Yes!"
    );
    assert_eq!(
        said("fr/typo/index.html"),
        format!(
            "She said «{NNBSP}we’re ‘in’ it{NNBSP}» about our co\u{2011}ops{NNBSP}: really{NNBSP}? Yes{NNBSP}!"
        )
    );
    // Code, code blocks, addresses and link targets are left as written.
    let french = run.page("fr/typo/index.html");
    assert_eq!(texts(&french, "article p code"), ["\"x\" : y ?"]);
    assert_eq!(texts(&french, "article pre"), ["\"block\" : ?\n"]);
    let links: Vec<(String, String)> = french
        .select("article p a")
        .iter()
        .map(|a| {
            let href = a.value().attr("href").unwrap_or_default().to_string();
            (href, a.text().collect())
        })
        .collect();
    assert_eq!(
        links,
        [
            (
                "https://co-op.example/?a=b".to_string(),
                "https://co-op.example/?a=b".to_string()
            ),
            (
                "https://www.co-op.example/x?y=1".to_string(),
                "the co\u{2011}op site".to_string()
            ),
        ]
    );
}

#[test]
fn theme_strings_keep_co_op_whole() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let directory = run.page("members/index.html");
    let title = directory.text("h1");
    assert_eq!(title, "Member co\u{2011}ops");
    // The script's sentences too (plural forms in data attributes).
    let sentence = directory.attr("#filter-status", "data-other");
    assert!(sentence.contains("co\u{2011}ops"), "{sentence}");
}

#[test]
fn country_pages_use_each_language_s_grammar() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let titles = [
        (
            "countries/gb/index.html",
            "Co\u{2011}ops in the United Kingdom",
        ),
        ("countries/fr/index.html", "Co\u{2011}ops in France"),
        ("fr/pays/gb/index.html", "Coopératives au Royaume-Uni"),
        ("fr/pays/be/index.html", "Coopératives en Belgique"),
        (
            "de/countries/gb/index.html",
            "Genossenschaften im Vereinigten Königreich",
        ),
        ("de/countries/be/index.html", "Genossenschaften in Belgien"),
        (
            "nl/countries/gb/index.html",
            "Coöperaties in het Verenigd Koninkrijk",
        ),
        ("nl/countries/de/index.html", "Coöperaties in Duitsland"),
    ];
    for (path, want) in titles {
        assert_eq!(run.page(path).text("h1"), want, "{path}");
    }
}

#[test]
fn event_cards_carry_a_localised_date_badge_and_the_city() {
    let site = TestSite::fixture("news-events");
    let path = site.root().join("content/events/gathering.md");
    let source = std::fs::read_to_string(&path).expect("gathering.md");
    let with_city = source.replace(
        "address = \"Rue Théodore",
        "city = \"Brussels\"\naddress = \"Rue Théodore",
    );
    site.write("content/events/gathering.md", &with_city);
    let run = site
        .build_with(&["--now", "2026-11-25T12:00:00Z"])
        .success();
    let badges = [
        ("events/index.html", "Apr"),
        ("fr/evenements/index.html", "avr."),
        ("de/veranstaltungen/index.html", "Apr."),
    ];
    for (path, month) in badges {
        let page = run.page(path);
        let card = page
            .select(".event-card")
            .into_iter()
            .find(|c| c.text().collect::<String>().contains("La Tricoterie"))
            .unwrap_or_else(|| panic!("{path}: the gathering's card"));
        let badge = |css: &str| -> String {
            let selector = scraper::Selector::parse(css).expect("css");
            card.select(&selector)
                .next()
                .map(|e| e.text().collect())
                .unwrap_or_default()
        };
        assert_eq!(badge(".date-badge-day"), "30", "{path}");
        assert_eq!(badge(".date-badge-month"), month, "{path}");
        assert_eq!(badge(".p-locality"), "Brussels", "{path}");
        let hidden = scraper::Selector::parse(".date-badge[aria-hidden=true]").expect("css");
        assert_eq!(
            card.select(&hidden).count(),
            1,
            "{path}: the dates follow as text"
        );
    }
}
