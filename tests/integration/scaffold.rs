//! `federa init` and `federa new page` through the binary.

use crate::harness::{bin, TestSite};

#[test]
fn init_creates_a_site_that_builds_translated() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("newsite");
    let status = bin().arg("init").arg(&dir).status().expect("run init");
    assert!(status.success());
    let out = dir.join("public");
    let output = bin()
        .arg("--root")
        .arg(&dir)
        .args(["build", "-o"])
        .arg(&out)
        .output()
        .expect("build");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let de = std::fs::read_to_string(out.join("de/index.html")).expect("German home page");
    let html = scraper::Html::parse_document(&de);
    let skip = scraper::Selector::parse(".skip-link").expect("selector");
    let text: String = html.select(&skip).flat_map(|e| e.text()).collect();
    assert_eq!(
        text, "Zum Inhalt springen",
        "theme translations work from day one"
    );
    let again = bin().arg("init").arg(&dir).output().expect("init again");
    assert_eq!(
        again.status.code(),
        Some(1),
        "init refuses a non-empty folder"
    );
}

#[test]
fn new_page_creates_a_draft_and_refuses_to_overwrite() {
    let site = TestSite::fixture("multilingual");
    let _ = site.run(&["new", "page", "guides/start.fr.md"]).success();
    let text =
        std::fs::read_to_string(site.root().join("content/guides/start.fr.md")).expect("created");
    assert!(text.contains("title = \"start\""));
    let _ = site.run(&["new", "page", "guides/start.fr.md"]).failure(1);
    let _ = site.run(&["new", "page", "../escape.md"]).failure(1);
    let _ = site.run(&["check"]).success();
}
