//! The hire page on the `case-studies` fixture: every listed co-op with the data its
//! filters read (services, technologies, working languages, country, availability),
//! prefilled `mailto:` enquiries in the visitor's language (to the co-op, else to
//! `[hire] email`), the case studies, and the directory's multiple country filter.

use crate::harness::{Run, TestSite};

const NOW: &str = "2026-11-20T12:00:00Z";

fn build() -> (TestSite, Run) {
    let site = TestSite::fixture("case-studies");
    let run = site.build_with(&["--now", NOW]).success();
    (site, run)
}

/// `%XX` sequences back to text (UTF-8).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("ascii");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// The address, subject and body of a `mailto:` URL.
fn mail_parts(href: &str) -> (String, String, String) {
    let rest = href.strip_prefix("mailto:").expect("mailto");
    let (to, query) = rest.split_once('?').expect("query");
    let mut subject = String::new();
    let mut body = String::new();
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').expect("pair");
        match name {
            "subject" => subject = percent_decode(value),
            "body" => body = percent_decode(value),
            other => panic!("unexpected {other}"),
        }
    }
    (percent_decode(to), subject, body)
}

#[test]
fn hire_page_lists_every_coop_with_what_the_filters_read() {
    let (_site, run) = build();
    let page = run.page("fr/engager/index.html");
    assert_eq!(page.text("h1"), "Engager une coopérative");
    assert_eq!(
        page.attrs("#hire-list h3 a", "href"),
        [
            "/fed/fr/membres/hedgerow-digital/",
            "/fed/fr/membres/kiez-code/",
            "/fed/fr/membres/libre-maille/",
            "/fed/fr/membres/lumen-digital/"
        ],
        "every listed co-op, without JavaScript"
    );
    assert_eq!(
        page.attr("#hire-filters", "hidden"),
        "",
        "the form waits for the script"
    );
    assert_eq!(page.attr("#h-country", "multiple"), "");
    assert_eq!(
        page.attrs("#hire-list > li", "data-availability"),
        ["now", "now", "from", "now"]
    );
    assert_eq!(
        page.attrs("#hire-list > li", "data-countries"),
        ["GB", "DE", "FR", "BE"]
    );
    let lumen = page.one("#hire-list > li:nth-child(4)").value();
    assert_eq!(lumen.attr("data-languages"), Some("fr nl en "));
    assert_eq!(lumen.attr("data-technologies"), Some("rust django "));
    let maille: String = page
        .one("#hire-list > li:nth-child(3) .availability")
        .text()
        .collect();
    assert_eq!(maille, "Disponible à partir de février 2027");
    assert_eq!(
        page.attrs("#hire-studies h3 a", "href"),
        [
            "/fed/fr/etudes-de-cas/theatre/",
            "/fed/fr/etudes-de-cas/catalogue/"
        ]
    );
    assert_eq!(
        page.attrs(".hire-browse a", "href")[2..],
        [
            "/fed/fr/services/",
            "/fed/fr/technologies/",
            "/fed/fr/pays/"
        ]
    );
    assert!(
        page.select("script:not([src])").is_empty(),
        "no inline script"
    );
    assert_eq!(
        page.attrs("script[src]", "src").len(),
        1,
        "one external script"
    );
    let en = run.page("hire/index.html");
    assert_eq!(en.text("h1"), "Hire a co\u{2011}op");
}

#[test]
fn enquiries_are_prefilled_mailto_links_in_the_visitors_language() {
    let (_site, run) = build();
    let page = run.page("fr/engager/index.html");
    let links = page.attrs("#hire-list .hire-enquire", "href");
    assert_eq!(links.len(), 4);
    let (to, subject, body) = mail_parts(&links[3]);
    assert_eq!(to, "hello@lumen-digital.example");
    assert_eq!(
        subject,
        "Demande via le site Une fédération de coopératives du numérique"
    );
    assert!(body.starts_with("Bonjour Lumen Digital,\n"), "{body}");
    // A co-op without an address: its enquiry goes to the federation.
    assert_eq!(mail_parts(&links[0]).0, "hello@fed.example");
    let federation = page.attr(".hire-federation a", "href");
    assert_eq!(mail_parts(&federation).0, "hello@fed.example");
    // The script adds the chosen needs where the page says.
    let needs = page.attr(
        "#hire-list > li:nth-child(4) .hire-enquire",
        "data-body-needs",
    );
    assert!(needs.ends_with("Nos besoins\u{202f}: {needs}"), "{needs}");
}

#[test]
fn without_a_federation_address_coops_without_one_have_no_enquiry_link() {
    let site = TestSite::fixture("case-studies");
    let config = std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml");
    site.write(
        "site.toml",
        &config.replace("[hire]\nemail = \"hello@fed.example\"\n", ""),
    );
    let run = site.build_with(&["--now", NOW]).success();
    let page = run.page("hire/index.html");
    assert!(page.select(".hire-federation").is_empty());
    assert_eq!(page.select("#hire-list .hire-enquire").len(), 3);
}

#[test]
fn a_bad_federation_address_is_located() {
    let site = TestSite::fixture("case-studies");
    let config = std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml");
    site.write(
        "site.toml",
        &config.replace("hello@fed.example", "hello at fed"),
    );
    let err = site.run(&["check"]).failure(1).stderr();
    assert!(
        err.contains("site.toml:6:10: error: `[hire] email` is not an email address"),
        "{err}"
    );
}

#[test]
fn the_directory_filters_several_countries() {
    let (_site, run) = build();
    let page = run.page("fr/membres/index.html");
    assert_eq!(page.attr("#f-country", "multiple"), "");
    assert_eq!(page.attr("#f-country", "name"), "country");
    assert!(
        page.attrs("#f-country option", "value")
            .iter()
            .all(|v| !v.is_empty()),
        "no 'any' entry: choosing none means any"
    );
}
