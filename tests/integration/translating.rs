//! The translators' workflow: fallback notices, plurals and coverage in languages the
//! default theme does not ship.

use crate::harness::TestSite;

/// Spanish has no `fallback-notice` of its own, so it gets the English text: that text
/// must not claim the page is untranslated into *English*.
#[test]
fn fallback_notice_in_a_language_without_its_own_is_generic() {
    let site = TestSite::fixture("spanish");
    site.write("content/contact.md", "+++\ntitle = \"Contact\"\n+++\n\nWrite to us.\n");
    let run = site.build().success();
    let page = run.page("es/contact/index.html");
    let notice = page.text(".fallback-notice");
    assert!(notice.contains("not been translated"), "{notice}");
    assert!(!notice.contains("English"), "{notice}");
}
