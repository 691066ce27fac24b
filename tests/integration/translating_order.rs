//! Lists in each language's alphabetical order (CLDR collation), not code-point order.

use crate::harness::{Page, TestSite};

fn labels(page: &Page, css: &str) -> Vec<String> {
    page.select(css)
        .iter()
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

/// German puts "Dänemark" before "Deutschland"; French "Développement" before "DevOps"
/// (code points put both the other way round), on the indexes and the directory filters.
#[test]
fn lists_follow_the_languages_alphabetical_order() {
    let site = TestSite::fixture("federation");
    site.write(
        "content/members/nordlys.toml",
        "name = \"Nordlys\"\ncountry = \"DK\"\nwebsite = \"https://nordlys.example/\"\n\
         federations = [\"cotech\"]\ncoop_type = \"worker\"\nservices = [\"devops\"]\n\n\
         [summary]\nen = \"A Danish co-op.\"\n",
    );
    let run = site.build().success();
    let countries = labels(&run.page("de/countries/index.html"), ".term-list a");
    let at = |list: &[String], label: &str| {
        list.iter()
            .position(|l| l == label)
            .unwrap_or_else(|| panic!("{label} in {list:?}"))
    };
    assert!(
        at(&countries, "Dänemark") < at(&countries, "Deutschland"),
        "{countries:?}"
    );
    let services = labels(&run.page("fr/services/index.html"), ".term-list a");
    assert!(
        at(&services, "Développement web") < at(&services, "DevOps et cloud"),
        "{services:?}"
    );
    let filters = labels(
        &run.page("de/members/index.html"),
        "#member-filters select[name=country] option",
    );
    assert!(
        at(&filters, "Dänemark") < at(&filters, "Deutschland"),
        "{filters:?}"
    );
}
