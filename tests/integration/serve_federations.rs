//! `federa serve` after federation file edits (`src/render/partial_federations.rs`): a
//! text edit is served by the partial render, a broken one keeps the last good site,
//! and a short name (printed on every card of the federation's members) renders all.

use crate::serve::Server;

#[test]
fn federation_edits_re_render_only_what_reads_the_federation() {
    let server = Server::start("federation");
    let site = &server.site;
    let file = "content/federations/cotech.toml";
    let good = std::fs::read_to_string(site.root().join(file)).expect("read");
    let edited = good.replace(
        "en = \"A network of UK tech co-operatives",
        "en = \"Edited: a network of UK tech co-operatives",
    );
    assert_ne!(edited, good, "the edit applies");
    site.write(file, &edited);
    server.wait_for_text("/federations/cotech/", "Edited: a network");
    server.wait_for_text("/federations/", "Edited: a network");
    server.wait_for_text("/federations.json", "Edited: a network");
    server.wait_for("the rebuild line", || {
        server.log().contains(", federations only")
    });
    // The French page keeps its own summary.
    assert!(!server
        .get("/fr/federations/cotech/")
        .body
        .contains("Edited: a network"));

    site.write(
        file,
        &edited.replace("https://www.coops.tech", "ftp://www.coops.tech"),
    );
    server.wait_for("the error status", || {
        server
            .try_get("/__federa/status")
            .is_some_and(|r| r.body.contains("content/federations/cotech.toml:5:11"))
    });
    assert!(
        server
            .get("/federations/cotech/")
            .body
            .contains("https://www.coops.tech"),
        "the last good site is still served"
    );

    let febe = "content/federations/febe-tech.toml";
    let text = std::fs::read_to_string(site.root().join(febe)).expect("read");
    site.write(file, &edited);
    server.wait_for("the mended site", || {
        server
            .try_get("/__federa/status")
            .is_some_and(|r| r.body.contains("\"ok\":true"))
    });
    // From the last good site again: the partial render declines, and the cards
    // remembered from before are not reused.
    site.write(febe, &text.replace("\"FeBe Tech\"", "\"FeBe Tech Co-ops\""));
    server.wait_for_text("/members/lumen-digital/", "FeBe Tech Co-ops");
    server.wait_for_text("/members/", "FeBe Tech Co-ops");
    let log = server.log();
    assert_eq!(log.matches(", federations only").count(), 1, "{log}");
}
