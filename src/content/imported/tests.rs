//! Which member edits serve may re-render on their own when a site imports co-ops.

use std::path::{Path, PathBuf};

use crate::site::{BuildOptions, Site};

fn site_with_sample_import() -> (tempfile::TempDir, Site) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/federation");
    for entry in walkdir::WalkDir::new(&from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = tmp
            .path()
            .join(entry.path().strip_prefix(&from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
    std::fs::create_dir_all(tmp.path().join("imports")).expect("mkdir");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("imports/fr-tech-coop.json"),
        tmp.path().join("imports/fr-tech-coop.json"),
    )
    .expect("copy the sample snapshot");
    let site = Site::load(tmp.path(), &BuildOptions::default())
        .site
        .expect("fixture loads");
    (tmp, site)
}

#[test]
fn an_edit_near_an_imported_coop_is_not_rendered_on_its_own() {
    let (tmp, site) = site_with_sample_import();
    assert!(site
        .members
        .iter()
        .any(|m| m.slug == "nuage-coop" && m.origin.is_some()));
    let rel = |slug: &str| PathBuf::from(format!("content/members/{slug}.toml"));
    let glen = std::fs::read_to_string(tmp.path().join(rel("glen-code"))).expect("glen");
    std::fs::write(
        tmp.path().join(rel("glen-code")),
        glen.replace("Glasgow", "Paisley"),
    )
    .expect("edit");
    assert!(!site.member_edit_touches_imports(&[rel("glen-code")]));
    // A new local file with an imported co-op's website hides it.
    let nuage = glen.replace("https://glencode.example", "https://nuage-coop.example");
    std::fs::write(tmp.path().join(rel("nuage-local")), nuage).expect("write");
    assert!(site.member_edit_touches_imports(&[rel("nuage-local")]));
    // A local file taking an imported co-op's slug.
    std::fs::write(tmp.path().join(rel("pixel-sud")), &glen).expect("write");
    assert!(site.member_edit_touches_imports(&[rel("pixel-sud")]));
}
