//! The members map of the default theme: nearby markers grouped into one disc with a
//! count that links to the directory showing that group, named in the page's language,
//! and every drawn marker at least a tap target (24 px on a 375 px phone) from the next.

use crate::harness::{Page, TestSite};

/// The URLs of the co-ops on the directory's map, counted member co-ops (`members`
/// true) or applicants: single markers and the co-ops of each group.
pub fn map_urls(page: &Page, members: bool) -> Vec<String> {
    let (single, grouped) = if members {
        (".map-marker:not(.applicant)", "data-members")
    } else {
        (".map-marker.applicant", "data-applicants")
    };
    let mut urls = page.attrs(single, "href");
    for words in page.attrs(".map-group", grouped) {
        urls.extend(words.split_whitespace().map(str::to_string));
    }
    urls
}

fn number(element: &scraper::ElementRef, attr: &str) -> f64 {
    element
        .value()
        .attr(attr)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{attr} of {:?}", element.value()))
}

/// Centres of the drawn markers (dots and group discs) and the map's width.
fn drawn(page: &Page) -> (Vec<(f64, f64)>, f64) {
    let view_box = page.attr(".members-map svg", "viewBox");
    let width: f64 = view_box
        .split_whitespace()
        .nth(2)
        .and_then(|w| w.parse().ok())
        .expect("viewBox width");
    let centres = page
        .select(".map-dot, .map-group circle")
        .iter()
        .map(|c| (number(c, "cx"), number(c, "cy")))
        .collect();
    (centres, width)
}

#[test]
fn nearby_markers_become_one_group_that_filters_the_directory() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let directory = run.page("members/index.html");
    // Lille and Brussels are 90 km apart: one disc at Brussels (the first of the two,
    // north to south), with its count, a name and the directory showing just them.
    let group = directory.one("a.map-group");
    assert_eq!(
        group.value().attr("href"),
        Some("/fed/members/?near=lumen-digital")
    );
    let label = group.value().attr("data-label").expect("data-label");
    assert_eq!(label, "2 co\u{2011}ops around Brussels");
    let title = directory.text("a.map-group title");
    assert!(
        title.starts_with(label)
            && title.contains("Lumen Digital")
            && title.contains("Libre Maille"),
        "{title}"
    );
    assert_eq!(directory.text("a.map-group text"), "2");
    assert_eq!(
        group.value().attr("data-members"),
        Some("/fed/members/lumen-digital/ /fed/members/libre-maille/")
    );
    // Single co-ops: a dot inside a wider, invisible tap target, named by its title.
    let hit = scraper::Selector::parse(".map-hit").expect("css");
    for marker in directory.select("a.map-marker") {
        assert_eq!(marker.select(&hit).count(), 1, "{:?}", marker.value());
    }
    // Every co-op on the map once, and the caption counts the member co-ops.
    let members = map_urls(&directory, true);
    let mut urls = members.clone();
    urls.extend(map_urls(&directory, false));
    let unique: std::collections::BTreeSet<&String> = urls.iter().collect();
    assert_eq!(unique.len(), urls.len(), "{urls:?}");
    let caption = directory.text("#map-caption");
    assert!(
        caption.starts_with(&format!("{} co\u{2011}ops on the map", members.len())),
        "{caption}"
    );
}

#[test]
fn drawn_markers_keep_a_tap_target_apart_at_phone_width() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    for page in ["members/index.html", "index.html", "fr/membres/index.html"] {
        let (centres, width) = drawn(&run.page(page));
        assert!(centres.len() >= 4, "{page}: {centres:?}");
        // 24 CSS px when the map is 340 px wide (a 375 px phone less the padding).
        let spacing = width / 340.0 * 24.0;
        for (i, a) in centres.iter().enumerate() {
            for b in &centres[i + 1..] {
                let distance = (a.0 - b.0).hypot(a.1 - b.1);
                assert!(
                    distance >= spacing - 0.2,
                    "{page}: {a:?} and {b:?}: {distance}"
                );
            }
        }
    }
}

#[test]
fn group_names_are_in_the_page_language_and_the_home_map_stays_decorative() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let french = run.page("fr/membres/index.html");
    assert_eq!(
        french.attr("a.map-group", "data-label"),
        "Brussels et alentours\u{202F}: 2 coopératives"
    );
    assert_eq!(
        french.attr("a.map-group", "href"),
        "/fed/fr/membres/?near=lumen-digital"
    );
    let german = run.page("de/members/index.html");
    assert_eq!(
        german.attr("a.map-group", "data-label"),
        "2 Genossenschaften rund um Brussels"
    );
    // The home page's map is a picture (aria-hidden): a group is drawn, not a link.
    let home = run.page("index.html");
    assert_eq!(home.attr(".home-map svg", "aria-hidden"), "true");
    assert!(home.select(".home-map svg a").is_empty());
    assert_eq!(home.text(".home-map g.map-group text"), "2");
}

#[test]
fn the_directory_offers_the_group_filter_and_folds_its_filters() {
    let site = TestSite::fixture("federation");
    let run = site.build().success();
    let directory = run.page("members/index.html");
    // The check box directory.js shows for ?near=<key>; hidden until then.
    assert_eq!(directory.attr("#f-near-wrap", "hidden"), "");
    assert_eq!(directory.attr("#f-near", "name"), "near");
    // The filters sit in a <details> whose summary names them (folded on phones).
    assert_eq!(
        directory.text("#filters-panel > summary"),
        directory.text("#filters-panel legend")
    );
    assert!(directory.select("#filters-panel fieldset #f-country").len() == 1);
}
