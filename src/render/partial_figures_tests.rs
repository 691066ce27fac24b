//! Incremental member renders on the `people` fixture, whose pages use figures
//! (`render::placeholders`) and whose people name co-ops (`render::governance`): a
//! member edit re-renders the pages with figures when the figures change, and declines
//! when a person names the edited co-op.

use std::path::Path;

use crate::render::partial_check::{member_edit_compared, rewrite_member};

/// Rewrites the member `slug` with `change`, then checks a partial render against the
/// full one (`None`: the partial render declined).
fn edit_and_compare(slug: &str, change: impl Fn(&str) -> String) -> Option<Vec<String>> {
    member_edit_compared("people", &[slug], |members| {
        rewrite_member(members, slug, &change)
    })
}

fn has(produced: &[String], path: &str) -> bool {
    produced.iter().any(|p| Path::new(p) == Path::new(path))
}

/// A joining date moves a co-op to another year: the totals stay, the figures per
/// year change, so the about page (its chart) is rendered again, in every language.
#[test]
fn a_joined_date_edit_renders_the_pages_with_figures() {
    let produced = edit_and_compare("glen-code", |text| {
        text.replace("joined = 2024-03-01", "joined = 2025-03-01")
    })
    .expect("a partial render");
    assert!(has(&produced, "about/index.html"));
    assert!(has(&produced, "de/about/index.html"));
}

/// A summary edit changes no figure: the about page is left as served.
#[test]
fn a_summary_edit_leaves_the_pages_with_figures() {
    let produced = edit_and_compare("glen-code", |text| {
        text.replacen("\nen = \"", "\nen = \"Edited. ", 1)
    })
    .expect("a partial render");
    assert!(!has(&produced, "about/index.html"));
}

/// A person names kiez-code: its name is on the governance pages, so the edit is
/// rendered whole.
#[test]
fn an_edit_of_a_co_op_people_name_renders_everything() {
    let declined = edit_and_compare("kiez-code", |text| {
        text.replacen("name = \"", "name = \"Renamed ", 1)
    });
    assert!(declined.is_none());
}
