//! Whether an SVG logo is inert: shapes and text only, nothing that runs or loads.
//!
//! An SVG opened from the site's own origin is a document: a `<script>`, an `onload`
//! attribute or a `javascript:` link in it runs as the site. The file is parsed with
//! roxmltree (DTDs refused, so no entities) and refused on the first active or external
//! thing found; the message names it so a volunteer can find it in the file.

use roxmltree::{Document, Node, NodeType, ParsingOptions};

/// Elements that run code, embed other documents or handle events.
const ACTIVE_ELEMENTS: [&str; 9] = [
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "audio",
    "video",
    "handler",
    "listener",
];

/// Whether `bytes` look like an SVG document (text whose markup has an `<svg` tag).
pub fn looks_like_svg(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with('<') && text.contains("<svg")
}

/// `Ok` when the SVG is inert; otherwise what was found, e.g. "a <script> element".
pub fn check(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "text that is not UTF-8".to_string())?;
    if text.to_ascii_lowercase().contains("<!doctype") {
        return Err("a <!DOCTYPE> (entities are not allowed)".into());
    }
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let document = Document::parse_with_options(text, options)
        .map_err(|e| format!("XML that does not parse ({e})"))?;
    let root = document.root_element();
    if !root.tag_name().name().eq_ignore_ascii_case("svg") {
        return Err(format!(
            "a root element <{}> instead of <svg>",
            root.tag_name().name()
        ));
    }
    document.root().descendants().try_for_each(node)
}

fn node(node: Node) -> Result<(), String> {
    match node.node_type() {
        NodeType::PI => Err("a processing instruction (<?...?>)".into()),
        NodeType::Element => element(node),
        _ => Ok(()),
    }
}

fn element(node: Node) -> Result<(), String> {
    let name = node.tag_name().name();
    let lower = name.to_ascii_lowercase();
    if ACTIVE_ELEMENTS.contains(&lower.as_str()) {
        return Err(format!("a <{name}> element"));
    }
    if lower == "style" {
        let css: String = node.descendants().filter_map(|n| n.text()).collect();
        css_problem(&css).map_or(Ok(()), |found| {
            Err(format!("a <style> element with {found}"))
        })?;
    }
    if matches!(lower.as_str(), "set" | "animate")
        && node
            .attributes()
            .any(|a| a.name() == "attributeName" && a.value().ends_with("href"))
    {
        return Err(format!("a <{name}> element that changes a link"));
    }
    for attribute in node.attributes() {
        let attr = match attribute.namespace() {
            Some(ns) if ns.ends_with("/xlink") => format!("xlink:{}", attribute.name()),
            _ => attribute.name().to_string(),
        };
        let value = attribute.value();
        if attr.to_ascii_lowercase().starts_with("on") {
            return Err(format!("an event handler attribute `{attr}` on <{name}>"));
        }
        if attribute.name() == "href" && !value.trim_start().starts_with('#') {
            return Err(format!(
                "a link `{attr}=\"{value}\"` to outside the file on <{name}>"
            ));
        }
        if let Some(found) = css_problem(value) {
            return Err(format!("an attribute `{attr}` with {found} on <{name}>"));
        }
    }
    Ok(())
}

/// What makes a CSS text or attribute value load or run something, if anything:
/// `url(...)` to anything but `#id`, `@import`, `javascript:`.
fn css_problem(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if lower.contains("javascript:") {
        return Some("`javascript:`".into());
    }
    if lower.contains("@import") {
        return Some("`@import`".into());
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("url(") {
        rest = &rest[at + 4..];
        let target = rest.trim_start().trim_start_matches(['"', '\'']);
        if !target.starts_with('#') {
            return Some("an external `url(...)`".into());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(inner: &str) -> Vec<u8> {
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">{inner}</svg>").into_bytes()
    }

    #[test]
    fn plain_shapes_and_internal_references_pass() {
        let ok = svg("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"1\"/><use href=\"#g\"/><style>rect { fill: red }</style>");
        assert_eq!(check(&ok), Ok(()));
    }

    #[test]
    fn active_and_external_content_is_refused() {
        for (inner, found) in [
            ("<script>alert(1)</script>", "<script>"),
            ("<foreignObject/>", "<foreignObject>"),
            ("<rect onclick=\"x()\"/>", "onclick"),
            ("<a href=\"javascript:x()\"/>", "javascript:x()"),
            ("<image xlink:href=\"https://x.org/a.png\"/>", "xlink:href"),
            ("<style>@import 'x.css';</style>", "@import"),
            ("<rect style=\"fill: url(https://x.org/f)\"/>", "url(...)"),
            ("<set attributeName=\"href\" to=\"javascript:x\"/>", "<set>"),
        ] {
            let err = check(&svg(inner)).expect_err(inner);
            assert!(err.contains(found), "{inner}: {err}");
        }
        let doctype = b"<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>";
        assert!(check(doctype).expect_err("dtd").contains("DOCTYPE"));
        assert!(check(b"<html><svg/></html>")
            .expect_err("root")
            .contains("<html>"));
    }
}
