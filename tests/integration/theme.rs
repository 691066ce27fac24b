//! The default theme's own promises, checked on built sites without a browser: icons
//! are drawn (inline SVG or CSS), never font glyphs that a visitor's fonts may lack.

use crate::harness::TestSite;

/// Every `content:` value of the built stylesheet is empty, ASCII punctuation or an
/// `attr()`: a symbol such as "ⓘ" or "↗" would be a font glyph that may render as a box.
#[test]
fn stylesheet_draws_no_glyphs() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let css = run.text("style.css");
    let mut glyphs = Vec::new();
    for (index, _) in css.match_indices("content:") {
        let value: String = css[index + "content:".len()..]
            .chars()
            .take_while(|c| *c != ';' && *c != '}')
            .collect();
        if !value.is_ascii() {
            glyphs.push(value.trim().to_string());
        }
    }
    assert!(glyphs.is_empty(), "font glyphs in style.css: {glyphs:?}");
}

/// The "not translated yet" notice carries its icon as inline SVG, hidden from screen
/// readers (the text says it all).
#[test]
fn fallback_notice_icon_is_inline_svg() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let page = run.page("nl/about/index.html");
    assert_eq!(
        page.attr(".fallback-notice svg.icon", "aria-hidden"),
        "true"
    );
    let text = page.text(".fallback-notice");
    assert!(
        text.chars().all(|c| c.is_alphanumeric()
            || c.is_ascii()
            || " .,:;!?'’«»“”„–-".contains(c)
            || c.is_whitespace()),
        "symbol characters in the notice: {text}"
    );
}
