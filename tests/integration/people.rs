//! People, working groups and figures (issue 15, docs/people.md, docs/figures.md) on
//! the `people` fixture: consent decides what is published, working groups link their
//! Matrix room by matrix.to, figures in markdown agree with the home page, and the
//! members-per-year chart is well-formed SVG whose table follows the documented rules.

use crate::harness::{build_repository_site, tree, Run, TestSite};

const NOW: &str = "2026-06-01T12:00:00Z";

fn built() -> (TestSite, Run) {
    let site = TestSite::fixture("people");
    let run = site.build_with(&["--now", NOW]).success();
    (site, run)
}

/// Every output file's bytes, as text where it is text.
fn every_output(site: &TestSite) -> Vec<(String, String)> {
    tree(&site.out())
        .into_iter()
        .filter(|rel| site.out().join(rel).is_file())
        .map(|rel| {
            let bytes = std::fs::read(site.out().join(&rel)).expect("read output");
            (rel, String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect()
}

#[test]
fn people_without_consent_are_never_published() {
    let (site, run) = built();
    // Neither the person without a [consent] table nor the one who declined appears in
    // any output: pages, JSON, sitemap, feeds, search data, anything.
    for (rel, text) in every_output(&site) {
        for marker in ["ecretnomark", "eclinedmark"] {
            assert!(!text.contains(marker), "{marker} published in {rel}");
        }
    }
    let page = run.page("governance/index.html");
    let names: String = page
        .select(".people-list .p-name")
        .iter()
        .map(|n| n.text().collect::<String>())
        .collect();
    assert!(
        names.contains("Ana Consenting") && names.contains("Ben Email"),
        "{names}"
    );
    // The working group names three people; only the consenting one is shown.
    let group = run.page("governance/bids/index.html");
    assert_eq!(group.select(".people-list .person").len(), 1);
    // Emails only with their own consent.
    let governance = run.text("governance/index.html");
    assert!(governance.contains("mailto:ben-shown@example.org"));
    assert!(!every_output(&site)
        .iter()
        .any(|(_, t)| t.contains("ana-hidden")));
}

#[test]
fn governance_and_group_pages_in_every_language() {
    let (_site, run) = built();
    for (governance, group) in [
        ("governance/index.html", "governance/bids/index.html"),
        (
            "fr/gouvernance/index.html",
            "fr/gouvernance/bids/index.html",
        ),
        ("nl/governance/index.html", "nl/governance/bids/index.html"),
        ("de/governance/index.html", "de/governance/bids/index.html"),
    ] {
        let page = run.page(governance);
        assert!(
            !page.select("#role-council-member").is_empty(),
            "{governance}"
        );
        let group_page = run.page(group);
        assert_eq!(
            group_page.attr("a.group-matrix", "href"),
            "https://matrix.to/#/%23bids%3Amatrix.example"
        );
        assert_eq!(
            group_page.attr("a.group-loomio", "href"),
            "https://loomio.example/bids"
        );
    }
    let sitemap = run.text("sitemap.xml");
    let sitemap = roxmltree::Document::parse(&sitemap).expect("sitemap XML");
    let locs: Vec<&str> = sitemap
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text())
        .collect();
    for loc in [
        "https://example.org/fed/governance/bids/",
        "https://example.org/fed/fr/gouvernance/bids/",
    ] {
        assert!(locs.contains(&loc), "{loc} not in the sitemap");
    }
    // The French group page's switcher leads to the group in English, not to the list.
    let switcher = run
        .page("fr/gouvernance/bids/index.html")
        .attrs("link[rel=alternate][hreflang=en]", "href");
    assert_eq!(switcher, ["https://example.org/fed/governance/bids/"]);
    assert_eq!(
        run.page("fr/gouvernance/bids/index.html").text("h1"),
        "Candidatures communes"
    );
    assert_eq!(
        run.page("fr/gouvernance/index.html")
            .text("#role-council-member"),
        "Membre du conseil"
    );
}

/// A number of the home page's totals list, by its position.
fn home_stat(run: &Run, lang_prefix: &str, index: usize) -> String {
    let page = run.page(&format!("{lang_prefix}index.html"));
    page.select(".totals .stat")[index]
        .text()
        .collect::<String>()
        .trim()
        .to_string()
}

#[test]
fn about_page_figures_agree_with_the_home_page() {
    let (_site, run) = built();
    for prefix in ["", "fr/"] {
        let (coops, workers, countries) = (
            home_stat(&run, prefix, 0),
            home_stat(&run, prefix, 1),
            home_stat(&run, prefix, 2),
        );
        let about = if prefix.is_empty() {
            "about/index.html"
        } else {
            "fr/about/index.html"
        };
        let text = run.page(about).text("article.page > p");
        assert!(text.contains(&format!("{coops} ")), "{text} / {coops}");
        assert!(
            text.contains(&format!("{countries} ")),
            "{text} / {countries}"
        );
        assert!(text.contains(&format!("{workers} ")), "{text} / {workers}");
        assert!(!text.contains("{{"), "{text}");
    }
    let text = run.page("about/index.html").text("article.page > p");
    assert!(
        text.contains("as of 1 June 2026") || text.contains("June 1, 2026"),
        "{text}"
    );
}

#[test]
fn members_chart_is_svg_with_a_table_that_follows_the_dates() {
    let (_site, run) = built();
    let html = run.text("about/index.html");
    let start = html.find("<svg").expect("an inline SVG");
    let end = html[start..].find("</svg>").expect("closed") + start + "</svg>".len();
    let svg = roxmltree::Document::parse(&html[start..end]).expect("the chart is XML");
    let root = svg.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    let child = |name: &str| {
        root.children()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    assert!(!child("title").is_empty() && child("desc").contains("2024"));
    let page = run.page("about/index.html");
    let rows: Vec<Vec<String>> = page
        .select(".figures-table tbody tr")
        .iter()
        .map(|tr| {
            tr.children()
                .filter_map(scraper::ElementRef::wrap)
                .map(|cell| cell.text().collect::<String>())
                .collect()
        })
        .collect();
    // End of 2024: glen-code, hedgerow-digital and lanternfish (left 2025-02-01);
    // end of 2025: glen-code, hedgerow-digital, kiez-code, libre-maille;
    // 2026 (the build date): and lumen-digital. Workers are today's sizes.
    assert_eq!(
        rows,
        [
            ["2024", "3", "20"],
            ["2025", "4", "28"],
            ["2026", "5", "40"]
        ]
    );
    // The build date's row is the home page's totals (render::numbers).
    assert_eq!(home_stat(&run, "", 0), "5");
    assert_eq!(home_stat(&run, "", 1), "40");
}

#[test]
fn people_and_figure_mistakes_are_located() {
    let site = TestSite::fixture("people");
    site.write(
        "content/working-groups/typo.toml",
        "members = [\"ana-consenting\", \"ana-consentin\"]\n\n[name]\nen = \"Typo\"\n\n[purpose]\nen = \"x\"\n",
    );
    site.write(
        "content/people/bad.toml",
        "name = \"Bad\"\nroles = [\"councilmember\"]\nmember = \"nobody\"\n\n[consent]\npublished = true\ndate = 2026-05-01T10:00:00Z\n",
    );
    site.write(
        "content/join.md",
        "+++\ntitle = \"Join\"\n+++\n\nWe are {{ coop }} co-ops.\n",
    );
    site.write("content/news/_index.md", "+++\ntitle = \"News\"\n+++\n");
    site.write(
        "content/news/hello.md",
        "+++\ntitle = \"Hello\"\ndate = 2026-05-01\n+++\n\nWe are {{ coops }} today.\n",
    );
    site.write(
        "content/members/kiez-code.toml",
        &std::fs::read_to_string(site.root().join("content/members/kiez-code.toml"))
            .expect("member")
            .replace(
                "joined = 2025-06-01\n",
                "joined = 2025-06-01\nleft = 2025-01-01\n",
            ),
    );
    let run = site.run(&["check"]).failure(1);
    let stderr = run.stderr();
    for location in [
        "content/working-groups/typo.toml:1:30: error: unknown person `ana-consentin`",
        "content/people/bad.toml:2:10: error: unknown role `councilmember`",
        "content/people/bad.toml:3:10: error: unknown co-op `nobody`",
        "content/people/bad.toml:7:8: error: the consent date must be a date alone",
        "content/join.md:5:8: error: unknown figure `coop`",
        "content/news/hello.md:6:8: error: `{{ coops }}` in a dated page",
        "content/members/kiez-code.toml:8:8: error: `left` (2025-01-01) is before `joined` (2025-06-01)",
    ] {
        assert!(stderr.contains(location), "missing {location} in:\n{stderr}");
    }
}

/// On this repository's site, in every language, the about page's figures and the
/// press page's last chart row are the home page's totals.
#[test]
fn about_press_and_home_agree_on_this_repository_site() {
    let (_out, run) = build_repository_site("2026-11-20T12:00:00+00:00");
    for (home, about, press_path) in [
        ("", "about/index.html", "press/index.html"),
        ("fr/", "fr/a-propos/index.html", "fr/presse/index.html"),
        ("nl/", "nl/over-ons/index.html", "nl/pers/index.html"),
        ("de/", "de/ueber-uns/index.html", "de/presse/index.html"),
    ] {
        let (coops, workers, countries) = (
            home_stat(&run, home, 0),
            home_stat(&run, home, 1),
            home_stat(&run, home, 2),
        );
        let text = run.page(about).text("article.page > p:first-of-type");
        for figure in [&coops, &workers, &countries] {
            assert!(
                text.contains(&format!(" {figure} ")),
                "{about}: {text} lacks {figure}"
            );
        }
        let press = run.page(press_path);
        let last = press.select(".figures-table tbody tr:last-child td");
        let cells: Vec<String> = last.iter().map(|c| c.text().collect()).collect();
        assert_eq!(cells, [coops.clone(), workers.clone()], "{press_path}");
        assert!(!run.text(about).contains("{{") && !run.text(press_path).contains("{{"));
    }
}

/// Photos follow the logo rules: a consenting person's photo is published under a
/// name from its detected type, a fake one is a located error, and the photo of a
/// person without consent is never read (so never refused, never published).
#[test]
fn photos_are_checked_and_published_only_with_consent() {
    let site = TestSite::fixture("people");
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>";
    site.write("content/people/ana.svg", svg);
    let ana = std::fs::read_to_string(site.root().join("content/people/ana-consenting.toml"))
        .expect("person");
    site.write(
        "content/people/ana-consenting.toml",
        &ana.replace("pronouns", "photo = \"ana.svg\"\npronouns"),
    );
    site.write("content/people/zoe.png", "<html><script>alert(1)</script>");
    let zoe = std::fs::read_to_string(site.root().join("content/people/zoe-secretnomark.toml"))
        .expect("person");
    site.write(
        "content/people/zoe-secretnomark.toml",
        &zoe.replace("roles", "photo = \"zoe.png\"\nroles"),
    );
    let run = site.build_with(&["--now", NOW]).success();
    assert_eq!(run.bytes("people/ana-consenting.svg"), svg.as_bytes());
    assert_eq!(
        run.page("governance/index.html")
            .attr("#person-ana-consenting img", "src"),
        "/fed/people/ana-consenting.svg"
    );
    assert!(!site.out().join("people/zoe-secretnomark.png").exists());
    // The same fake image for a consenting person: refused at the `photo` value.
    site.write("content/people/ana.svg", "<html><script>alert(1)</script>");
    let stderr = site.run(&["check"]).failure(1).stderr();
    assert!(
        stderr.contains("content/people/ana-consenting.toml:2:9: error:"),
        "{stderr}"
    );
}
