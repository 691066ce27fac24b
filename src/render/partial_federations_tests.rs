//! Serve's federation renders (`render::partial_federations`) on the `federation`
//! fixture: each edit's partial render, applied to the full render from before, equals
//! a full render from after, file for file; edits beyond the dependency map decline,
//! and then the reloaded site rendered whole equals a fresh load's render.

use std::path::{Path, PathBuf};

use crate::render::partial_check::{copy_fixture, federation_edit_compared, load};
use crate::render::partial_check::{rewrite_federation as rewrite, rewrite_member};
use crate::render::partial_federations::reload;

fn edit_and_compare(edit: impl Fn(&Path), slugs: &[&str]) -> Option<Vec<String>> {
    federation_edit_compared("federation", slugs, edit)
}

/// The federation `slug` with `from` replaced by `to`, compared as `edit_and_compare`.
fn replaced(slug: &str, from: &str, to: &str) -> Option<Vec<String>> {
    let edit = |federations: &Path| rewrite(federations, slug, |text| text.replace(from, to));
    edit_and_compare(edit, &[slug])
}

fn has(produced: &[String], path: &str) -> bool {
    produced.iter().any(|p| p == path)
}

/// A summary and a description edited: the federation's page in every language, the
/// index and the exports; no member page, not the home page, and not the translation
/// status, since the texts are written in the same languages as before.
#[test]
fn partial_render_after_a_text_edit_equals_full_render() {
    let edit = |federations: &Path| {
        rewrite(federations, "cotech", |text| {
            text.replacen("\nen = \"", "\nen = \"Edited. ", 1)
                .replace("CoTech is a network", "CoTech, edited, is a network")
        });
    };
    let produced = edit_and_compare(edit, &["cotech"]).expect("a partial render");
    for path in [
        "federations/cotech/index.html",
        "fr/federations/cotech/index.html",
        "de/federations/cotech/index.html",
        "federations/index.html",
        "federations.json",
    ] {
        assert!(has(&produced, path), "{path} in {produced:?}");
    }
    assert!(!has(&produced, "index.html"), "home unchanged");
    assert!(!has(&produced, "translation-status/index.html"));
    assert!(
        !produced.iter().any(|p| p.contains("members/")),
        "{produced:?}"
    );
    assert!(
        !has(&produced, "federations/tce/index.html"),
        "a parent's page"
    );
}

/// A translation added (a Dutch description, where the Dutch page showed the English
/// one with a notice) and the Matrix room, website and countries changed: the
/// translation status counts the new text.
#[test]
fn partial_render_after_a_translation_is_added_equals_full_render() {
    let edit = |federations: &Path| {
        rewrite(federations, "febe-tech", |text| {
            text.replace(
                "[description]\n",
                "[description]\nnl = \"\"\"\nFeBe Tech is de werkgroep van Belgische techcoöperaties.\n\"\"\"\n",
            )
            .replace("matrix = \"#febe-tech:", "matrix = \"#febe:")
            .replace("countries = [\"BE\"]", "countries = [\"BE\", \"LU\"]")
        });
    };
    let produced = edit_and_compare(edit, &["febe-tech"]).expect("a partial render");
    assert!(has(&produced, "nl/federations/febe-tech/index.html"));
    assert!(has(&produced, "translation-status/index.html"));
}

/// A translation marked as made from an older English text becomes out of date: the
/// translation status lists it.
#[test]
fn partial_render_after_a_translation_goes_stale_equals_full_render() {
    let edit = |federations: &Path| {
        rewrite(federations, "cotech", |text| {
            format!("{text}\n[translated_from]\nfr = \"0000000000000000\"\n")
        });
    };
    let produced = edit_and_compare(edit, &["cotech"]).expect("a partial render");
    assert!(has(&produced, "translation-status/index.html"));
}

/// Leaving a parent changes that parent's view (its children) and the hierarchy on the
/// index: rendered partly, with both parents' pages.
#[test]
fn partial_render_after_a_change_of_parents_equals_full_render() {
    let produced = replaced(
        "cotech",
        "parents = [\"tce\", \"workers-coop\"]",
        "parents = [\"tce\", \"cecop\"]",
    )
    .expect("a partial render");
    for path in [
        "federations/workers-coop/index.html",
        "federations/cecop/index.html",
    ] {
        assert!(has(&produced, path), "{path} in {produced:?}");
    }
    assert!(
        !has(&produced, "federations/tce/index.html"),
        "still a parent"
    );
}

/// A name is in every page's footer (member and forming federations): everything is
/// rendered.
#[test]
fn partial_render_declines_when_a_name_changes() {
    assert!(replaced("tce", "\"Tech Co-ops Europe\"", "\"Tech Co-ops of Europe\"").is_none());
}

/// A short name is the label on its members' cards: everything is rendered, and the
/// cards remembered from before the edit are not reused (the comparison of the
/// fallback with a fresh load checks that).
#[test]
fn partial_render_declines_when_a_short_name_changes_and_forgets_the_cards() {
    assert!(replaced("febe-tech", "\"FeBe Tech\"", "\"FeBeTech\"").is_none());
}

/// A relation decides whether a federation is counted (home totals) and in the footer.
#[test]
fn partial_render_declines_when_a_relation_changes() {
    assert!(replaced("febe-tech", "\"forming\"", "\"observer\"").is_none());
}

/// The changed federation files, relative to the root.
fn paths(slugs: &[&str]) -> Vec<PathBuf> {
    slugs
        .iter()
        .map(|slug| PathBuf::from(format!("content/federations/{slug}.toml")))
        .collect()
}

/// A federation file added or removed changes what other files may name: the whole
/// site is loaded again.
#[test]
fn reload_declines_when_a_federation_file_comes_or_goes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_fixture("federation", tmp.path());
    let site = load(tmp.path());
    let federations = tmp.path().join("content/federations");
    std::fs::copy(federations.join("tce.toml"), federations.join("tce-2.toml")).expect("copy");
    assert!(reload(&site, &paths(&["tce-2"])).is_none(), "added");
    std::fs::remove_file(federations.join("cecop.toml")).expect("delete");
    assert!(reload(&site, &paths(&["cecop"])).is_none(), "removed");
}

/// A broken edit is reported where it is, as a full load reports it (a URL that is
/// not http(s), a parent that does not exist), and an unknown key keeps the file out.
#[test]
fn reload_reports_what_a_full_load_reports() {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_fixture("federation", tmp.path());
    let site = load(tmp.path());
    let federations = tmp.path().join("content/federations");
    rewrite(&federations, "cotech", |text| {
        text.replace("https://www.coops.tech", "ftp://www.coops.tech")
            .replace("\"workers-coop\"]", "\"workers-co\"]")
    });
    rewrite_member(&federations, "tce", |text| {
        format!("colour = \"red\"\n{text}")
    });
    let (new, problems) = reload(&site, &paths(&["cotech", "tce"])).expect("an edit");
    let mut located: Vec<String> = problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.to_string().lines().next().unwrap_or_default().to_string())
        .collect();
    located.sort();
    let expected: Vec<String> = crate::site::Site::load(tmp.path(), &Default::default())
        .diagnostics
        .into_iter()
        .chain(crate::check::data_files(&load_unchecked(tmp.path())))
        .filter(|p| p.is_error())
        .map(|p| p.to_string().lines().next().unwrap_or_default().to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(located, expected);
    assert_eq!(located.len(), 3, "{located:?}");
    assert!(new.federations.iter().all(|f| f.slug != "tce"), "rejected");
}

/// The site at `root`, however broken its data files are.
fn load_unchecked(root: &Path) -> crate::site::Site {
    crate::site::Site::load(root, &Default::default())
        .site
        .expect("the site loads")
}
