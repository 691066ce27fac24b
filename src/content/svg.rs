//! Whether an SVG logo is inert: shapes, text and paint only, nothing that runs, links or
//! loads.
//!
//! An SVG opened from the site's own origin is a document: a `<script>`, an `onload`
//! attribute, an XHTML `<frame>` or `<meta http-equiv="refresh">` in it runs or navigates
//! as the site. So the check is an allow-list, not a list of known tricks: the root is
//! `<svg>` in the SVG namespace, every element is a known static SVG element (or inert
//! editor metadata from Inkscape and Creative Commons), attributes are in no namespace
//! (or `xlink:href`, `xml:space`, `xml:lang`, or editor metadata), links point inside the
//! file (`#id`), and CSS may not load anything. The file is parsed with roxmltree (DTDs
//! refused, so no entities); the message names the first thing refused.

use roxmltree::{Attribute, Document, Node, NodeType, ParsingOptions};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Namespaces of editor metadata that browsers neither render nor run.
const METADATA_NS: [&str; 5] = [
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
];

/// Static SVG elements: no scripting, no links (`<a>`), no embedded documents or
/// images, no animation (which can rewrite links).
const SVG_ELEMENTS: [&str; 58] = [
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "metadata",
    "switch",
    "view",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "marker",
    "style",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    "hkern",
    "vkern",
    "font-face-name",
    "glyphRef",
    "solidcolor",
];

/// Whether `bytes` look like an SVG document (text whose markup has an `<svg` tag).
pub fn looks_like_svg(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with('<') && text.contains("<svg")
}

/// `Ok` when the SVG is inert; otherwise what was found, e.g. `a <script> element`.
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
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err(format!(
            "a root element <{}> instead of <svg xmlns=\"{SVG_NS}\">",
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
    match node.tag_name().namespace() {
        Some(SVG_NS) if SVG_ELEMENTS.contains(&name) => {}
        Some(ns) if METADATA_NS.contains(&ns) => return Ok(()),
        Some(SVG_NS) => return Err(format!("a <{name}> element")),
        Some(ns) => return Err(format!("a <{name}> element from another language ({ns})")),
        None => return Err(format!("a <{name}> element outside the SVG namespace")),
    }
    if name == "style" {
        // The browser reads the text nodes only: a comment between `u` and `rl(` is gone
        // by then, so it must be gone here too.
        let css: String = node
            .children()
            .filter(Node::is_text)
            .filter_map(|n| n.text())
            .collect();
        if let Some(found) = css_problem(&css, Css::Sheet) {
            return Err(format!("a <style> element with {found}"));
        }
    }
    node.attributes().try_for_each(|a| attribute(name, &a))
}

fn attribute(element: &str, attribute: &Attribute) -> Result<(), String> {
    let local = attribute.name();
    let shown = match attribute.namespace() {
        None => local.to_string(),
        Some(XLINK_NS) if local == "href" => "xlink:href".to_string(),
        Some(XML_NS) if matches!(local, "space" | "lang") => return Ok(()),
        Some(ns) if METADATA_NS.contains(&ns) => return Ok(()),
        Some(ns) => {
            return Err(format!(
                "an attribute `{local}` from another language ({ns}) on <{element}>"
            ))
        }
    };
    let value = attribute.value();
    if local.to_ascii_lowercase().starts_with("on") {
        return Err(format!(
            "an event handler attribute `{shown}` on <{element}>"
        ));
    }
    // Browsers drop ASCII whitespace and controls inside URLs (`java\nscript:`).
    let squeezed: String = value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect();
    if local == "href" && !squeezed.starts_with('#') {
        return Err(format!(
            "a link `{shown}=\"{value}\"` to outside the file on <{element}>"
        ));
    }
    let css = if local == "style" {
        Css::Sheet
    } else {
        Css::Value
    };
    if let Some(found) = css_problem(value, css) {
        return Err(format!(
            "an attribute `{shown}` with {found} on <{element}>"
        ));
    }
    Ok(())
}

/// Where CSS is read: a style sheet (a `<style>` element or `style` attribute), where
/// at-rules such as `@import` work, or a single value (a presentation attribute).
#[derive(Clone, Copy, PartialEq)]
enum Css {
    Sheet,
    Value,
}

/// What could make CSS text load or run something, if anything. CSS escapes
/// (`u\72l(`) and, in style sheets, at-rules (`@import`, `@font-face`) are refused
/// outright rather than decoded, and `url(...)` may only name `#id` in this file.
fn css_problem(text: &str, css: Css) -> Option<String> {
    let lower: String = strip_css_comments(&text.to_ascii_lowercase())
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if lower.contains('\\') {
        return Some("a CSS escape (`\\`)".into());
    }
    if css == Css::Sheet && lower.contains('@') {
        return Some("a CSS at-rule (`@...`)".into());
    }
    let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    for function in [
        "javascript:",
        "image-set(",
        "image(",
        "cross-fade(",
        "element(",
        "expression(",
    ] {
        if squeezed.contains(function) {
            return Some(format!("`{function}`"));
        }
    }
    let mut rest = squeezed.as_str();
    while let Some(at) = rest.find("url(") {
        rest = &rest[at + 4..];
        if !rest.trim_start_matches(['"', '\'']).starts_with('#') {
            return Some("an external `url(...)`".into());
        }
    }
    None
}

/// `text` without `/* ... */` comments (an unclosed one runs to the end, as in CSS).
fn strip_css_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
#[path = "svg_tests.rs"]
mod tests;
