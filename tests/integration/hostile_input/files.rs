//! Symbolic links, logos and stray files in the folders contributors send.

use super::{assert_no_secret, edit, failing_run, fails_at, secret_dir};
use crate::harness::TestSite;

const KIEZ: &str = "content/members/kiez-code.toml";

#[cfg(unix)]
#[test]
fn a_symlinked_logo_file_or_folder_is_refused_and_never_read() {
    let secret = secret_dir();
    let site = TestSite::fixture("federation");
    super::link(
        &site,
        "content/members/logos/evil.png",
        &secret.path().join("secret.txt"),
    );
    edit(
        &site,
        KIEZ,
        "logo = \"kiez-code.svg\"",
        "logo = \"evil.png\"",
    );
    let run = failing_run(
        &site,
        "content/members/logos/evil.png: error:",
        "is a symbolic link",
    );
    assert_no_secret(&site, &run);

    let site = TestSite::fixture("federation");
    super::link(&site, "content/members/logos", secret.path());
    edit(
        &site,
        KIEZ,
        "logo = \"kiez-code.svg\"",
        "logo = \"logo.svg\"",
    );
    let run = failing_run(&site, "content/members/logos: error:", "is a symbolic link");
    assert_no_secret(&site, &run);
}

#[cfg(unix)]
#[test]
fn symlinked_member_federation_ftl_page_and_static_files_are_refused() {
    let secret = secret_dir();
    let target = secret.path().join("secret.txt");
    let site = TestSite::fixture("federation");
    for rel in [
        "content/members/evil.toml",
        "content/federations/evil.toml",
        "i18n/fr/evil.ftl",
        "content/evil.md",
        "static/evil.txt",
    ] {
        super::link(&site, rel, &target);
    }
    let check = site.run(&["check"]).failure(1);
    let build = site.build().failure(1);
    for run in [&check, &build] {
        for rel in [
            "content/members/evil.toml",
            "content/federations/evil.toml",
            "i18n/fr/evil.ftl",
            "content/evil.md",
            "static/evil.txt",
        ] {
            super::expect_at(run, &format!("{rel}: error:"), "is a symbolic link");
        }
        assert_no_secret(&site, run);
    }
}

#[test]
fn a_logo_must_be_an_image_whose_extension_matches_its_content() {
    for (name, bytes, message) in [
        (
            "x.html",
            &b"<html><script>alert(1)</script></html>"[..],
            "is not a PNG, JPEG, WebP, GIF, AVIF or SVG image",
        ),
        (
            "y.js",
            b"alert(document.cookie)",
            "is not a PNG, JPEG, WebP, GIF, AVIF or SVG image",
        ),
        (
            "z.png",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "is named .png but its content is SVG",
        ),
        ("noext", b"\x89PNG\r\n\x1a\n0000", "has no file extension"),
        ("../../site.toml", b"", "is not a file name inside the site"),
        ("/etc/passwd", b"", "is not a file name inside the site"),
    ] {
        let site = TestSite::fixture("federation");
        if !bytes.is_empty() {
            site.write_bytes(&format!("content/members/logos/{name}"), bytes);
        }
        edit(
            &site,
            KIEZ,
            "logo = \"kiez-code.svg\"",
            &format!("logo = \"{name}\""),
        );
        fails_at(
            &site,
            "content/members/kiez-code.toml:14:8: error:",
            message,
        );
    }
}

#[test]
fn a_logo_over_one_mebibyte_is_refused() {
    let site = TestSite::fixture("federation");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(1024 * 1024 + 1, 0);
    site.write_bytes("content/members/logos/big.png", &png);
    edit(
        &site,
        KIEZ,
        "logo = \"kiez-code.svg\"",
        "logo = \"big.png\"",
    );
    fails_at(
        &site,
        "content/members/kiez-code.toml:14:8: error:",
        "the limit is 1024 KiB",
    );
}

#[test]
fn an_svg_logo_with_a_script_or_external_reference_is_refused() {
    for (inner, found) in [
        ("<script>alert(1)</script>", "a <script> element"),
        (
            "<rect onload=\"alert(1)\"/>",
            "an event handler attribute `onload`",
        ),
        (
            "<foreignObject><p>x</p></foreignObject>",
            "a <foreignObject> element",
        ),
        (
            "<image href=\"https://tracker.example/p.png\"/>",
            "a <image> element",
        ),
        (
            "<use href=\"https://tracker.example/p.svg#a\"/>",
            "a link `href=",
        ),
        (
            "<style>@import url(https://x.example/a.css);</style>",
            "a CSS at-rule",
        ),
        (
            // Found in review: an XHTML frame ran `javascript:` on the site's origin.
            "<frame xmlns=\"http://www.w3.org/1999/xhtml\" src=\"java&#x0A;script:alert(1)\"/>",
            "a <frame> element from another language",
        ),
        (
            "<style>rect{fill:u<!--x-->rl(https://tracker.example/p)}</style>",
            "an external `url(...)`",
        ),
    ] {
        let site = TestSite::fixture("federation");
        site.write(
            "content/members/logos/kiez-code.svg",
            &format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{inner}</svg>"),
        );
        fails_at(&site, "content/members/kiez-code.toml:14:8: error:", found);
    }
    let site = TestSite::fixture("federation");
    site.write(
        "content/members/logos/kiez-code.svg",
        "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>",
    );
    fails_at(
        &site,
        "content/members/kiez-code.toml:14:8: error:",
        "<!DOCTYPE>",
    );
}

#[test]
fn a_published_logo_takes_its_extension_from_its_content() {
    let site = TestSite::fixture("federation");
    site.write_bytes("content/members/logos/kiez.JPEG", b"\xff\xd8\xff\xe0jpeg");
    edit(
        &site,
        KIEZ,
        "logo = \"kiez-code.svg\"",
        "logo = \"kiez.JPEG\"",
    );
    let run = site.build().success();
    assert_eq!(run.bytes("logos/kiez-code.jpg"), b"\xff\xd8\xff\xe0jpeg");
    assert!(!site.out().join("logos/kiez-code.jpeg").exists());
}

#[test]
fn stray_files_in_data_folders_are_errors() {
    let site = TestSite::fixture("federation");
    site.write("content/members/newcoop.TOML", "name = \"New\"\n");
    site.write("content/federations/notes.txt", "todo\n");
    let run = failing_run(
        &site,
        "content/members/newcoop.TOML: error:",
        "is not a data file and would be ignored",
    );
    assert!(run.stderr().contains("rename it to end in `.toml`"));
    super::expect_at(
        &run,
        "content/federations/notes.txt: error:",
        "would be ignored",
    );
}
