//! `serve` answers from memory and writes its folder afterwards, on a thread of its own
//! (`src/serve/disk.rs`): the disk copy never delays the first answer or a reload, and
//! it ends up holding exactly the site that is served.

use std::path::Path;

use crate::harness::tree;
use crate::serve::Server;

/// The tag serve adds to HTML responses only.
const SCRIPT: &str = "<script src=\"/__federa/livereload.js\" defer></script>";

/// The first file of the output folder that is not what the server answers for it, with
/// both versions; `None` when the folder holds the served site.
fn first_difference(server: &Server, out: &Path) -> Option<(String, String, String)> {
    let files = tree(out);
    assert!(files.len() > 10, "{files:?}");
    files
        .iter()
        .filter(|rel| *rel != ".federa-output")
        .find_map(|rel| {
            let on_disk = String::from_utf8_lossy(&std::fs::read(out.join(rel)).ok()?).into_owned();
            let served = server.get(&format!("/{rel}"));
            let served = format!("{} {}", served.status, served.body.replace(SCRIPT, ""));
            let on_disk = format!("200 {on_disk}");
            (served != on_disk).then(|| (rel.clone(), served, on_disk))
        })
}

/// Waits until every file in the output folder is what the server answers for it: the
/// search index and the folder follow an edit once edits pause (`serve::busy`), so the
/// folder catches up with the served site a moment after the edited pages are served.
#[track_caller]
fn disk_matches_what_is_served(server: &Server, out: &Path) {
    server.wait_for("the output folder to hold the served site", || {
        first_difference(server, out).is_none()
    });
    if let Some((rel, served, on_disk)) = first_difference(server, out) {
        assert_eq!(served, on_disk, "{rel}");
    }
}

#[test]
fn the_folder_is_written_after_serving_and_holds_the_served_site() {
    let server = Server::start("multilingual");
    // Answered as soon as the first render is in memory, whatever the disk holds yet.
    assert_eq!(server.get("/").status, 200);
    let out = server.site.root().join("public.serve");
    server.wait_for("the disk copy", || server.log().contains("wrote "));
    let log = server.log();
    let serving = log.find("serving http://").expect("serving line");
    let built = log.find("(writing them to ").expect("first build line");
    assert!(
        built < serving,
        "the build is announced before it is written: {log}"
    );
    disk_matches_what_is_served(&server, &out);
    let about = server.site.root().join("content/about.md");
    let text = std::fs::read_to_string(&about).expect("read");
    std::fs::write(
        &about,
        text.replacen("+++\n\n", "+++\n\nEdited on disk too.\n\n", 1),
    )
    .expect("edit");
    server.wait_for_text("/about/", "Edited on disk too.");
    let page = out.join("about/index.html");
    server.wait_for("the edit on disk", || {
        std::fs::read_to_string(&page).is_ok_and(|t| t.contains("Edited on disk too."))
    });
    disk_matches_what_is_served(&server, &out);
}

/// A post's new title reaches its page, the news list and the feed through the partial
/// render of pages (`src/render/partial_pages.rs`); a new page needs the full one.
#[test]
fn page_edits_re_render_only_what_reads_the_page() {
    let server = Server::start("news-events");
    let post = server.site.root().join("content/news/spring.md");
    let text = std::fs::read_to_string(&post).expect("read");
    std::fs::write(&post, text.replace("Spring news", "Spring, edited")).expect("edit");
    server.wait_for_text("/news/spring/", "Spring, edited");
    server.wait_for_text("/fr/actualites/spring/", "Spring, edited");
    server.wait_for_text("/atom.xml", "Spring, edited");
    server.wait_for("the rebuild line", || server.log().contains(", pages only"));
    let added = server.site.root().join("content/news/summer.md");
    std::fs::write(
        &added,
        "+++\ntitle = \"Summer news\"\ndate = 2027-02-01\n+++\nHot.\n",
    )
    .expect("add");
    server.wait_for_text("/news/", "Summer news");
    let log = server.log();
    assert_eq!(log.matches(", pages only").count(), 1, "{log}");
}
