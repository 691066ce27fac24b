//! The translators' workflow: fallback notices, plurals and coverage in languages the
//! default theme does not ship.

use crate::harness::TestSite;

/// Spanish has no `fallback-notice` of its own, so it gets the English text: that text
/// must not claim the page is untranslated into *English*.
#[test]
fn fallback_notice_in_a_language_without_its_own_is_generic() {
    let site = TestSite::fixture("spanish");
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\n+++\n\nWrite to us.\n",
    );
    let run = site.build().success();
    let page = run.page("es/contact/index.html");
    let notice = page.text(".fallback-notice");
    assert!(notice.contains("not been translated"), "{notice}");
    assert!(!notice.contains("English"), "{notice}");
}

/// Writes `count` member co-ops, all on the map, into the Polish fixture.
fn polish_with_members(count: usize) -> TestSite {
    let site = TestSite::fixture("polish");
    for n in 2..=count {
        site.write(
            &format!("content/members/member-{n:02}.toml"),
            &format!(
                "name = \"Spółdzielnia {n}\"\nwebsite = \"https://s{n}.example.org/\"\n\
                 federations = [\"pl-tech\"]\ncoop_type = \"worker\"\ncountry = \"PL\"\ncity = \"Kraków\"\n\
                 coordinates = [50.06, 19.94]\n\n[summary]\nen = \"A Kraków co-op.\"\n"
            ),
        );
    }
    site
}

/// Server-rendered counts in Polish use the right one of its four forms.
#[test]
fn polish_counts_use_every_plural_form() {
    for (count, want) in [
        (1, "1 spółdzielnia na mapie."),
        (2, "2 spółdzielnie na mapie."),
        (5, "5 spółdzielni na mapie."),
        (22, "22 spółdzielnie na mapie."),
    ] {
        let site = polish_with_members(count);
        let run = site.build().success();
        let page = run.page("pl/members/index.html");
        assert_eq!(page.text("#map-caption"), want);
    }
}

/// The live count in the browser gets one sentence per CLDR category of the page's
/// language, as Fluent writes it, so `directory.js` never falls back to `other` for 2.
#[test]
fn live_count_carries_every_polish_plural_form() {
    let site = polish_with_members(1);
    let run = site.build().success();
    let page = run.page("pl/members/index.html");
    for (category, want) in [
        ("one", "{n} pasująca spółdzielnia."),
        ("few", "{n} pasujące spółdzielnie."),
        ("many", "{n} pasujących spółdzielni."),
        ("other", "{n} pasującej spółdzielni."),
    ] {
        let attr = format!("data-{category}");
        assert_eq!(page.attr("#filter-status", &attr), want, "{attr}");
    }
    assert_eq!(
        page.attr("#map-caption", "data-few"),
        "{n} spółdzielnie na mapie."
    );
    let english = run.page("members/index.html");
    assert!(english.select("#filter-status[data-few]").is_empty());
    assert_eq!(
        english.attr("#filter-status", "data-one"),
        "{n} member co\u{2011}op matches."
    );
}

/// A 404 page is served at any missing URL: it must not claim a canonical address or
/// translations, and search engines must not index it.
#[test]
fn not_found_pages_are_noindex_without_canonical_or_alternates() {
    let site = TestSite::fixture("spanish");
    let run = site.build().success();
    for file in ["404.html", "es/404.html"] {
        let page = run.page(file);
        assert_eq!(
            page.attr("meta[name=robots]", "content"),
            "noindex",
            "{file}"
        );
        assert!(page.select("link[rel=canonical]").is_empty(), "{file}");
        assert!(page.select("link[hreflang]").is_empty(), "{file}");
    }
    let about = run.page("about/index.html");
    assert_eq!(about.select("link[rel=canonical]").len(), 1);
}

/// A translation's heading can keep the original's anchor with `{#id}`, so
/// `@/about.md#where-we-come-from` lands on the heading in every language. Other heading
/// attributes are dropped, and a repeated explicit id is made unique.
#[test]
fn explicit_heading_ids_are_shared_by_translations() {
    let site = TestSite::fixture("spanish");
    site.write(
        "content/about.es.md",
        "+++\ntitle = \"Sobre nosotros\"\nslug = \"sobre\"\n+++\n\n\
         ## De dónde venimos {#where-we-come-from}\n\n\
         ## Otra vez {#Where-We-Come-From .danger onclick=alert(1)}\n\n\
         ## Where we come from\n\n\
         [Arriba](@/about.md#where-we-come-from)\n",
    );
    let run = site.build().success();
    let page = run.page("es/sobre/index.html");
    assert_eq!(
        page.attrs("main h2", "id"),
        [
            "where-we-come-from",
            "where-we-come-from-1",
            "where-we-come-from-2"
        ]
    );
    assert!(page.select("main h2.danger, main h2[onclick]").is_empty());
    assert_eq!(
        page.attr("main a[href*='#']", "href"),
        "/es/sobre/#where-we-come-from"
    );
}

/// A link to an anchor the target page does not have, in the reader's language, is an
/// error at the link; the English page's anchor does not make the Spanish link work.
#[test]
fn a_link_to_a_missing_anchor_is_a_located_error() {
    let site = TestSite::fixture("spanish");
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\n\n## Where we come from\n",
    );
    site.write(
        "content/contact.es.md",
        "+++\ntitle = \"Contacto\"\n+++\n\nVer [aquí](@/about.md#where-we-come-from).\n",
    );
    site.write(
        "content/contact.md",
        "+++\ntitle = \"Contact\"\n+++\n\nSee [here](@/about.md#where-we-come-from).\n",
    );
    let run = site.build().failure(1);
    let stderr = run.stderr();
    assert!(
        stderr.contains(
            "content/contact.es.md:5:5: error: `about.md` has no heading `#where-we-come-from` in `es`"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("content/contact.md:"), "{stderr}");
}
