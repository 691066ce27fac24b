//! Serve's member edits on a site with case studies (the `case-studies` fixture): an
//! edit of a co-op a case study names renders everything (case study pages show its
//! name and country); an edit of another co-op stays partial and equals a full render,
//! hire page and `members.json` included.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::render::partial::members_changed;
use crate::render::partial_check::{apply_and_compare, copy_fixture, full, load};

/// Rewrites the member `slug` with `change`, then renders partially (`None`: declined)
/// and checks a partial render against the full one.
fn edit_member(slug: &str, change: impl Fn(&str) -> String) -> Option<Vec<String>> {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_fixture("case-studies", tmp.path());
    let before = load(tmp.path());
    let mut served = full(&before);
    let path = tmp.path().join(format!("content/members/{slug}.toml"));
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = change(&text);
    assert_ne!(changed, text, "the edit applies");
    std::fs::write(&path, changed).expect("write");
    let rel = [PathBuf::from(format!("content/members/{slug}.toml"))];
    let (after, problems) = before.with_members_reloaded(&rel);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let slugs: BTreeSet<String> = [slug.to_string()].into();
    let partial = members_changed(&before, &after, &slugs)?;
    let expected = full(&load(Path::new(tmp.path())));
    Some(apply_and_compare(&after, &mut served, &partial, &expected))
}

#[test]
fn editing_a_coop_a_case_study_names_renders_everything() {
    let edited = edit_member("lumen-digital", |t| {
        t.replace("name = \"Lumen Digital\"", "name = \"Lumen Numérique\"")
    });
    assert!(edited.is_none(), "case study pages show the co-op's name");
}

#[test]
fn editing_another_coop_updates_the_hire_page() {
    let produced = edit_member("kiez-code", |t| {
        t.replace("available = true", "available = false")
    })
    .expect("a partial render");
    assert!(
        produced.iter().any(|p| p == "hire/index.html"),
        "{produced:?}"
    );
    assert!(
        produced.iter().any(|p| p == "fr/engager/index.html"),
        "{produced:?}"
    );
}
