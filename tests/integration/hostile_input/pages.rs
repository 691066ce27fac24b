//! Page surprises: heading ids, file names that break URLs, aliases over other outputs.

use std::collections::BTreeSet;

use super::{expect_at, failing_run};
use crate::harness::TestSite;

#[test]
fn headings_and_footnotes_get_distinct_ids() {
    let site = TestSite::fixture("multilingual");
    site.write(
        "content/ids.md",
        "+++\ntitle = \"Ids\"\n+++\n\n## Intro\n\n## Intro\n\n## intro-1\n\n## 1\n\nA note[^1].\n\n[^1]: The note.\n",
    );
    let run = site.build().success();
    let page = run.page("ids/index.html");
    let ids = page.attrs("[id]", "id");
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "repeated ids: {ids:?}");
    for id in ["intro", "intro-1", "intro-1-1", "1-1"] {
        assert!(ids.iter().any(|i| i == id), "no id {id} in {ids:?}");
    }
}

#[test]
fn page_file_names_that_break_urls_are_errors() {
    let site = TestSite::fixture("multilingual");
    for name in ["two words", "what?", "issue#1"] {
        site.write(
            &format!("content/{name}.md"),
            "+++\ntitle = \"X\"\n+++\n\nText.\n",
        );
    }
    let run = failing_run(&site, "content/two words.md: error:", "would contain ' '");
    expect_at(&run, "content/what?.md: error:", "would contain '?'");
    expect_at(&run, "content/issue#1.md: error:", "would contain '#'");
    assert!(run.stderr().contains("set `slug"), "{}", run.stderr());
    let site = TestSite::fixture("multilingual");
    site.write(
        "content/two words.md",
        "+++\ntitle = \"X\"\nslug = \"two-words\"\n+++\n\nText.\n",
    );
    let _ = site.build().success().page("two-words/index.html");
}

#[test]
fn aliases_over_files_pages_or_other_aliases_are_located_errors() {
    let site = TestSite::fixture("multilingual");
    site.write("static/style.css", "body { color: black }\n");
    site.write(
        "content/old.md",
        "+++\ntitle = \"Old\"\naliases = [\"/style.css\", \"/about/\", \"/gone/\"]\n+++\n\nMoved.\n",
    );
    site.write(
        "content/older.md",
        "+++\ntitle = \"Older\"\naliases = [\"/gone/\"]\n+++\n\nMoved.\n",
    );
    let run = failing_run(
        &site,
        "content/old.md:3:13: error:",
        "the alias `/style.css` would overwrite the file `/style.css`",
    );
    expect_at(
        &run,
        "content/old.md:3:27: error:",
        "the alias `/about/` would overwrite the page `/about/`",
    );
    expect_at(
        &run,
        "content/older.md:3:13: error:",
        "the alias `/gone/` would overwrite another alias",
    );
    assert!(!run.stderr().contains("Is a directory"), "{}", run.stderr());
}
