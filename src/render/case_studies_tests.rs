//! Serve's member edits on a site with case studies (the `case-studies` fixture): an
//! edit of a co-op a case study names renders everything (case study pages show its
//! name and country); an edit of another co-op stays partial and equals a full render,
//! hire page and `members.json` included.

use crate::render::partial_check::{member_edit_compared, rewrite_member};

/// Rewrites the member `slug` with `change`, then checks a partial render against the
/// full one (`None`: the partial render declined).
fn edit_member(slug: &str, change: impl Fn(&str) -> String) -> Option<Vec<String>> {
    member_edit_compared("case-studies", &[slug], |members| {
        rewrite_member(members, slug, &change)
    })
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
