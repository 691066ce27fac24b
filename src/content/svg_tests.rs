//! Tests of the SVG logo check: what real logos contain passes; every active, linking or
//! loading construct found in review is refused.

use super::check;

fn svg(inner: &str) -> Vec<u8> {
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">{inner}</svg>").into_bytes()
}

#[test]
fn plain_shapes_internal_references_and_editor_metadata_pass() {
    let ok = svg("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"1\"/><use href=\"#g\"/><use xlink:href=\" #g\"/><style>rect { fill: red } /* note */</style><text xml:space=\"preserve\">Co-op</text>");
    assert_eq!(check(&ok), Ok(()));
    let inkscape = br##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><sodipodi:namedview inkscape:zoom="1"/><metadata><rdf:RDF><cc:Work rdf:about=""><dc:title>Logo</dc:title></cc:Work></rdf:RDF></metadata><g inkscape:label="Layer 1"><path d="M0 0h1"/></g></svg>"##;
    assert_eq!(check(inkscape), Ok(()));
}

#[test]
fn active_and_external_content_is_refused() {
    for (inner, found) in [
        ("<script>alert(1)</script>", "<script>"),
        ("<foreignObject/>", "<foreignObject>"),
        ("<rect onclick=\"x()\"/>", "onclick"),
        ("<a href=\"#x\"/>", "<a>"),
        ("<image xlink:href=\"https://x.org/a.png\"/>", "<image>"),
        ("<use xlink:href=\"https://x.org/a.svg#x\"/>", "xlink:href"),
        ("<use href=\"java&#x0A;script:x()\"/>", "outside the file"),
        ("<style>@import 'x.css';</style>", "at-rule"),
        ("<style>@\\69mport 'x.css';</style>", "CSS escape"),
        ("<style>rect{fill:u\\72l(http://x.org/)}</style>", "CSS escape"),
        ("<style>rect{fill:u<!--x-->rl(http://x.org/)}</style>", "url(...)"),
        ("<style>rect{fill:u/**/rl(http://x.org/)}</style>", "url(...)"),
        ("<style>rect{mask-image:image-set(\"http://x.org/\" 1x)}</style>", "image-set("),
        ("<rect style=\"fill: url(https://x.org/f)\"/>", "url(...)"),
        ("<rect style=\"fill: URL( 'https://x.org/f')\"/>", "url(...)"),
        ("<rect fill=\"u\\72l(https://x.org/f)\"/>", "CSS escape"),
        ("<set attributeName=\"href\" to=\"javascript:x\"/>", "<set>"),
        ("<animate attributeName=\"fill\"/>", "<animate>"),
        ("<frame xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:x()\"/>", "<frame>"),
        ("<meta xmlns=\"http://www.w3.org/1999/xhtml\" http-equiv=\"refresh\" content=\"0;url=http://x.org/\"/>", "<meta>"),
        ("<form xmlns=\"http://www.w3.org/1999/xhtml\" action=\"https://x.org/\"/>", "<form>"),
        ("<rect xmlns:h=\"http://www.w3.org/1999/xhtml\" h:onclick=\"x()\"/>", "another language"),
        ("<rect xml:base=\"https://x.org/\"/>", "another language"),
    ] {
        let err = check(&svg(inner)).expect_err(inner);
        assert!(err.contains(found), "{inner}: {err}");
    }
}

#[test]
fn the_root_must_be_svg_in_the_svg_namespace() {
    let doctype = b"<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>";
    assert!(check(doctype).expect_err("dtd").contains("DOCTYPE"));
    assert!(check(b"<html><svg/></html>")
        .expect_err("root")
        .contains("<html>"));
    let xhtml_root = b"<svg xmlns=\"http://www.w3.org/1999/xhtml\"><frameset/></svg>";
    assert!(check(xhtml_root)
        .expect_err("xhtml")
        .contains("root element"));
    assert!(check(b"<svg><rect/></svg>")
        .expect_err("no namespace")
        .contains("root element"));
}
