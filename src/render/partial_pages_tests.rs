//! Unit tests of `partial_pages`: after each edit of a copy of a fixture, the partial
//! render applied to the full render from before equals a full render from after, file
//! for file; or the partial render declines (URLs changed).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{pages_changed, reload_content};
use crate::render::partial_check::{apply_and_compare, copy_fixture, full, load};
use crate::site::Site;

/// Every file under `root`'s `content/`, by path relative to `root`.
fn contents(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(root).expect("inside").to_path_buf();
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

/// Rewrites `content/<file>` of the site at `root`; the change must apply.
fn rewrite(root: &Path, file: &str, change: impl Fn(&str) -> String) {
    let path = root.join("content").join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = change(&text);
    assert_ne!(changed, text, "the edit applies");
    std::fs::write(path, changed).expect("write");
}

/// Edits a fresh copy of `fixture` (`edit` gets the site's folder), then checks that
/// the partial render, applied to the old outputs, gives exactly the new full render.
/// Returns the paths it produced and removed, or `None` if it declined.
fn edit_and_compare(fixture: &str, edit: impl Fn(&Path)) -> Option<(Vec<String>, Vec<String>)> {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_fixture(fixture, tmp.path());
    let before = load(tmp.path());
    let mut served = full(&before);
    let files_before = contents(tmp.path());
    edit(tmp.path());
    let files_after = contents(tmp.path());
    let changed: Vec<PathBuf> = files_before
        .keys()
        .chain(files_after.keys())
        .filter(|rel| files_before.get(*rel) != files_after.get(*rel))
        .cloned()
        .collect();
    let (after, problems) = reload_content(&before, false, &changed);
    assert!(problems.iter().all(|p| !p.is_error()), "{problems:?}");
    let partial = pages_changed(&before, &after, &changed)?;
    assert!(
        partial.problems.iter().all(|p| !p.is_error()),
        "{:?}",
        partial.problems
    );
    let expected = full(&load(tmp.path()));
    let produced = apply_and_compare(&after, &mut served, &partial, &expected);
    Some((produced, partial.removed))
}

fn has(paths: &[String], path: &str) -> bool {
    paths.iter().any(|p| p == path)
}

#[test]
fn a_page_edit_re_renders_it_in_every_language() {
    let (produced, _) = edit_and_compare("multilingual", |root| {
        rewrite(root, "about.md", |t| {
            t.replace("title = \"About us\"", "title = \"About the network\"")
                .replace("We are a", "Today we are a")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "about/index.html"));
    assert!(has(&produced, "nl/about/index.html"), "the Dutch fallback");
    assert!(!has(&produced, "counts/index.html"), "other pages are kept");
}

#[test]
fn a_translation_edit_equals_full_render() {
    let (produced, _) = edit_and_compare("multilingual", |root| {
        rewrite(root, "about.fr.md", |t| {
            t.replace("Nous sommes", "Aujourd'hui nous sommes")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "fr/a-propos/index.html"));
}

#[test]
fn an_alias_change_removes_the_old_redirect() {
    let (_, removed) = edit_and_compare("multilingual", |root| {
        rewrite(root, "about.md", |t| {
            t.replace("/old-about/", "/older-about/")
        });
    })
    .expect("a partial render");
    assert_eq!(removed, ["old-about/index.html"]);
}

#[test]
fn a_news_post_moved_in_time_reorders_lists_and_feeds() {
    let (produced, _) = edit_and_compare("news-events", |root| {
        rewrite(root, "news/spring.md", |t| {
            t.replace("date = 2026-03-01", "date = 2026-12-01")
                .replace("Spring is here.", "Spring is far.")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "news/index.html") && has(&produced, "atom.xml"));
    assert!(has(&produced, "index.html"), "the home page's latest news");
}

#[test]
fn an_event_moved_into_the_past_equals_full_render() {
    let (produced, _) = edit_and_compare("news-events", |root| {
        rewrite(root, "events/gathering.md", |t| {
            t.replace(
                "start = 2027-04-30T09:30:00+02:00",
                "start = 2026-04-30T09:30:00+02:00",
            )
            .replace(
                "end = 2027-05-01T17:00:00+02:00",
                "end = 2026-05-01T17:00:00+02:00",
            )
            .replace("Hall 2", "Hall 3")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "events/index.html") && has(&produced, "events.ics"));
    assert!(has(&produced, "events/gathering/event.ics"));
}

#[test]
fn a_section_and_home_edit_equals_full_render() {
    edit_and_compare("news-events", |root| {
        rewrite(root, "news/_index.md", |t| {
            t.replacen("+++\n", "+++\ndescription = \"All the news.\"\n", 1)
        });
        rewrite(root, "_index.fr.md", |t| format!("{t}\nUn mot de plus.\n"));
    })
    .expect("a partial render");
}

#[test]
fn new_pages_and_changed_slugs_decline() {
    let added = edit_and_compare("multilingual", |root| {
        std::fs::write(
            root.join("content/news/third.md"),
            "+++\ntitle = \"Third\"\ndate = 2026-01-01\n+++\nHi.\n",
        )
        .expect("write");
    });
    assert!(added.is_none(), "a new page changes lists of URLs");
    let slug = edit_and_compare("multilingual", |root| {
        rewrite(root, "about.fr.md", |t| {
            t.replace("slug = \"a-propos\"", "slug = \"qui\"")
        });
    });
    assert!(slug.is_none(), "a new URL changes links and menus");
}

/// Translations inherit their original's date: moving the original reorders the lists
/// and feeds of every language, translated or not.
#[test]
fn an_original_moved_in_time_reorders_every_language() {
    let (produced, _) = edit_and_compare("news-events", |root| {
        rewrite(root, "news/year-end.md", |t| {
            t.replace("date = 2026-12-31", "date = 2025-01-01")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "fr/actualites/index.html") && has(&produced, "de/atom.xml"));
}

/// A translation's own text reaches its own language only.
#[test]
fn a_translation_edit_stays_in_its_language() {
    let (produced, _) = edit_and_compare("news-events", |root| {
        rewrite(root, "news/year-end.fr.md", |t| {
            t.replacen("+++\n\n", "+++\n\nMot ajouté.\n\n", 1)
        });
        rewrite(root, "events/gathering.fr.md", |t| {
            format!("{t}\nEncore un mot.\n")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "fr/atom.xml") && has(&produced, "fr/events.ics"));
    assert!(
        !has(&produced, "atom.xml") && !has(&produced, "de/atom.xml"),
        "{produced:?}"
    );
}

/// Reading only the changed files gives the pages a full load gives: hidden files and
/// files in the data folders are not pages, drafts are left out, gone files dropped.
#[test]
fn reloading_changed_files_equals_a_full_load() {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_fixture("multilingual", tmp.path());
    let before = load(tmp.path());
    let root = tmp.path();
    std::fs::write(root.join("content/.notes.md"), "not a page").expect("write");
    std::fs::create_dir_all(root.join("content/members")).expect("mkdir");
    std::fs::write(root.join("content/members/readme.md"), "not a page").expect("write");
    rewrite(root, "counts.md", |t| {
        t.replacen("+++\n", "+++\ndraft = true\n", 1)
    });
    rewrite(root, "about.md", |t| t.replace("We are", "We were"));
    std::fs::remove_file(root.join("content/about.de.md")).expect("delete");
    let changed: Vec<PathBuf> = [
        "content/.notes.md",
        "content/members/readme.md",
        "content/counts.md",
        "content/about.md",
        "content/about.de.md",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    let (after, problems) = reload_content(&before, false, &changed);
    assert!(problems.is_empty(), "{problems:?}");
    let pages = |site: &Site| -> Vec<(PathBuf, String)> {
        let content = &site.content;
        content
            .pages
            .iter()
            .map(|p| (p.file.clone(), p.source.clone()))
            .collect()
    };
    assert_eq!(pages(&after), pages(&load(root)));
}

/// A post edited without moving: only the list page showing it is rendered again.
#[test]
fn a_post_edit_that_moves_nothing_renders_only_its_list_page() {
    let (produced, _) = edit_and_compare("news-events", |root| {
        rewrite(root, "news/spring.md", |t| {
            t.replace("Spring news", "Spring, edited")
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "news/page/2/index.html"), "{produced:?}");
    assert!(!has(&produced, "news/index.html"), "{produced:?}");
}

/// Member profiles, service, technology and country pages, the hire page and
/// members.json show case studies: an edit of one renders everything.
#[test]
fn case_study_edits_render_everything() {
    let edited = edit_and_compare("case-studies", |root| {
        rewrite(root, "case-studies/catalogue.fr.md", |t| {
            t.replace("Deux coopératives", "Trois coopératives")
        });
    });
    assert!(edited.is_none(), "data pages read case studies");
}

/// A translation marked against another text than its original's goes out of date: the
/// status page lists it. A plain edit leaves the page as it is.
#[test]
fn a_translation_out_of_date_reaches_the_status_page() {
    let (produced, _) = edit_and_compare("multilingual", |root| {
        rewrite(root, "about.fr.md", |t| {
            t.replacen("+++\n", "+++\ntranslated_from = \"0000000000000000\"\n", 1)
        });
    })
    .expect("a partial render");
    assert!(has(&produced, "fr/translation-status/index.html"));
    let (produced, _) = edit_and_compare("multilingual", |root| {
        rewrite(root, "about.md", |t| {
            t.replace("We are a", "Today we are a")
        });
    })
    .expect("a partial render");
    assert!(!has(&produced, "translation-status/index.html"));
}
