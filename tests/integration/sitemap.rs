//! sitemap.xml (parsed with roxmltree) and robots.txt.

use std::collections::BTreeMap;

use crate::feeds::build;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

type Alternates = Vec<(String, String)>;

/// `loc` -> its `xhtml:link` alternates (hreflang, href), in document order.
fn parse(xml: &str) -> BTreeMap<String, Alternates> {
    let doc = roxmltree::Document::parse(xml).expect("sitemap is XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
    root.children()
        .filter(|n| n.has_tag_name((SITEMAP_NS, "url")))
        .map(|url| {
            let loc = url
                .children()
                .find(|n| n.has_tag_name((SITEMAP_NS, "loc")))
                .and_then(|n| n.text())
                .expect("loc")
                .to_string();
            let alternates = url
                .children()
                .filter(|n| n.has_tag_name((XHTML_NS, "link")))
                .map(|n| {
                    assert_eq!(n.attribute("rel"), Some("alternate"));
                    (
                        n.attribute("hreflang").expect("hreflang").to_string(),
                        n.attribute("href").expect("href").to_string(),
                    )
                })
                .collect();
            (loc, alternates)
        })
        .collect()
}

#[test]
fn sitemap_alternates_match_each_pages_hreflang_links() {
    let (_site, run) = build();
    let urls = parse(&run.text("sitemap.xml"));
    let base = "https://example.org/fed/";
    assert!(urls.contains_key(&format!("{base}fr/actualites/bonne-annee/")));
    assert!(
        urls.contains_key(&format!("{base}federations/tce/")),
        "data pages are listed too"
    );
    assert!(
        !urls.contains_key(&format!("{base}de/neuigkeiten/new-year/")),
        "fallback pages are not their own canonical URL, so they are not listed"
    );
    assert_eq!(
        urls[&format!("{base}news/new-year/")],
        [
            ("en".to_string(), format!("{base}news/new-year/")),
            (
                "fr".to_string(),
                format!("{base}fr/actualites/bonne-annee/")
            ),
            ("x-default".to_string(), format!("{base}news/new-year/")),
        ]
    );
    for (loc, alternates) in &urls {
        let rel = loc.strip_prefix(base).expect("absolute loc under base");
        let page = run.page(&format!("{rel}index.html"));
        let links: Alternates = page
            .select("link[rel=alternate][hreflang]")
            .iter()
            .map(|l| {
                let attr = |name| l.value().attr(name).unwrap_or_default().to_string();
                (attr("hreflang"), attr("href"))
            })
            .collect();
        assert_eq!(&links, alternates, "alternates of {loc}");
        assert!(
            alternates.iter().any(|(_, href)| href == loc),
            "{loc} lists itself"
        );
    }
}

#[test]
fn robots_txt_points_at_the_sitemap() {
    let (_site, run) = build();
    let robots = run.text("robots.txt");
    assert!(robots.contains("User-agent: *"));
    assert!(robots
        .lines()
        .any(|l| l == "Sitemap: https://example.org/fed/sitemap.xml"));
    for lang in ["", "fr/", "de/"] {
        assert!(run.out_dir.join(format!("{lang}404.html")).is_file());
    }
}
