//! Serve's search index after edits (`render::search::refresh_cached`): an edited
//! member's new words are found, its old ones no longer, and pages edits count too.

use serde_json::Value;

use crate::serve::Server;

/// The URLs of the served index of `index_url` whose text has the folded `word`.
fn served_urls_with(server: &Server, index_url: &str, word: &str) -> Vec<String> {
    let Some(reply) = server.try_get(index_url) else {
        return Vec::new();
    };
    let Ok(index) = serde_json::from_str::<Value>(&reply.body) else {
        return Vec::new();
    };
    let Some(stem) = index["words"][word].as_u64() else {
        return Vec::new();
    };
    let mut at = 0;
    let gaps = index["stems"][stem as usize][1].as_array().cloned();
    gaps.unwrap_or_default()
        .iter()
        .map(|gap| {
            at += gap.as_u64().expect("a number") as usize;
            index["docs"][at][0].as_str().expect("url").to_string()
        })
        .collect()
}

#[test]
fn a_member_edit_reaches_the_served_index_and_leaves_nothing_behind() {
    let server = Server::start("federation");
    let site = &server.site;
    let file = "content/members/lumen-digital.toml";
    let good = std::fs::read_to_string(site.root().join(file)).expect("read");
    let edited = good.replacen("\nen = \"", "\nen = \"Zyxquorble tooling. ", 1);
    assert_ne!(edited, good, "the fixture has an English summary");
    site.write(file, &edited);
    server.wait_for("the new word in the English index", || {
        served_urls_with(&server, "/search/index.json", "zyxquorble")
            .contains(&"/members/lumen-digital/".to_string())
    });
    site.write(
        file,
        &good.replacen("\nen = \"", "\nen = \"Plimbertonic. ", 1),
    );
    server.wait_for("the next word in, the old one out", || {
        !served_urls_with(&server, "/search/index.json", "plimbertonic").is_empty()
            && served_urls_with(&server, "/search/index.json", "zyxquorble").is_empty()
    });
    assert!(server.log().contains("members only"), "{}", server.log());
}

#[test]
fn a_page_edit_reaches_the_served_index() {
    let server = Server::start("federation");
    let site = &server.site;
    let file = "content/_index.md";
    let text = std::fs::read_to_string(site.root().join(file)).expect("read");
    site.write(file, &format!("{text}\n\nQuillowbright partners.\n"));
    server.wait_for("the page's new word in the index", || {
        served_urls_with(&server, "/search/index.json", "quillowbright") == ["/"]
    });
}
