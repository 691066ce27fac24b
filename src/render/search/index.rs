//! The search index of one language, as JSON for `search.js`.
//!
//! ```json
//! {"format": 1, "lang": "fr", "kinds": [["member", "Coopérative"], ["news", "Actualité"]],
//!  "docs": [["/fr/membres/x/", "Title", 0, "Summary"]],
//!  "stems": [["djang", [0, 3], [3]]],
//!  "words": {"django": 0}}
//! ```
//!
//! `kinds` are the kinds of page with their label in the language (empty when the
//! theme has no `search-kind-<kind>` message). `docs` are `[url, title, index into
//! kinds, summary]`, ordered by URL. `stems` are
//! folded Snowball stems, each with the documents that contain it anywhere and those
//! that have it in their title, both ascending and stored as gaps (each number is the
//! difference from the previous one), which keeps long lists short. `words` maps every
//! folded word form of the text to its stem, so the browser needs no stemmer: a query
//! word matches the words it is a prefix of, and the stems it extends by at most
//! three letters ("developpeurs" finds the stem "developpeur").

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::render::search::language::{Doc, Language};
use crate::render::search::page_url;

/// The version of the index format; `search.js` refuses others.
pub const FORMAT: u32 = 1;

#[derive(Serialize)]
struct Index<'a> {
    format: u32,
    lang: &'a str,
    kinds: Vec<(&'a str, String)>,
    docs: Vec<(String, &'a str, usize, &'a str)>,
    stems: Vec<(&'a str, Vec<u32>, Vec<u32>)>,
    words: BTreeMap<&'a str, usize>,
}

/// Per stem number: the documents that have one of its words, and those that have one
/// in their title, ascending.
type Postings = Vec<(Vec<u32>, Vec<u32>)>;

/// The JSON index of the pages of `language` (of language `lang`), whose URLs start
/// with `base_path`; `label` names a kind of page in that language.
pub fn write(
    lang: &str,
    language: &Language,
    base_path: &str,
    label: &dyn Fn(&str) -> String,
) -> Vec<u8> {
    let mut docs: Vec<(String, &str)> = language
        .docs
        .keys()
        .map(|path| (page_url(base_path, path), path.as_str()))
        .collect();
    docs.sort_unstable();
    let docs: Vec<(String, &Doc)> = docs
        .into_iter()
        .map(|(url, path)| (url, &language.docs[path]))
        .collect();
    let kinds: Vec<&str> = docs
        .iter()
        .map(|(_, d)| d.kind.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let (postings, used_words) = postings_of(language, &docs);
    // Stems sorted, so the output does not depend on the order words were met in.
    let mut order: Vec<usize> = (0..postings.len())
        .filter(|&n| !postings[n].0.is_empty())
        .collect();
    order.sort_unstable_by_key(|&n| language.stems[n].as_str());
    let mut rank = vec![0; postings.len()];
    for (position, number) in order.iter().enumerate() {
        rank[*number] = position;
    }
    let mut words = BTreeMap::new();
    for word in used_words.iter().map(|&w| &language.words[w as usize]) {
        // Words that fold alike ("élève", "eleve") keep the first stem in order.
        let candidate = rank[word.stem as usize];
        let kept = words.entry(word.folded.as_str()).or_insert(candidate);
        *kept = (*kept).min(candidate);
    }
    let index = Index {
        format: FORMAT,
        lang,
        docs: docs
            .iter()
            .map(|(url, d)| {
                let kind = kinds.binary_search(&d.kind.as_str()).unwrap_or(0);
                (url.clone(), d.title.as_str(), kind, d.summary.as_str())
            })
            .collect(),
        words,
        stems: order
            .iter()
            .map(|&n| {
                let (docs, titles) = &postings[n];
                (language.stems[n].as_str(), gaps(docs), gaps(titles))
            })
            .collect(),
        kinds: kinds.iter().map(|kind| (*kind, label(kind))).collect(),
    };
    serde_json::to_vec(&index).expect("an index of strings and numbers serialises")
}

/// The postings of every stem for `docs` (numbered in this order), and the numbers of
/// the words they use.
fn postings_of(language: &Language, docs: &[(String, &Doc)]) -> (Postings, Vec<u32>) {
    let mut postings: Postings = vec![(Vec::new(), Vec::new()); language.stems.len()];
    let mut used = vec![false; language.words.len()];
    for (doc, (_, page)) in (0u32..).zip(docs) {
        for &word in &page.words {
            used[word as usize] = true;
            let in_title = page.title_words.binary_search(&word).is_ok();
            let (all, titles) = &mut postings[language.words[word as usize].stem as usize];
            // Two word forms of one stem in a page give one entry.
            if all.last() != Some(&doc) {
                all.push(doc);
            }
            if in_title && titles.last() != Some(&doc) {
                titles.push(doc);
            }
        }
    }
    let used_words = (0u32..).zip(used).filter(|(_, u)| *u).map(|(w, _)| w);
    (postings, used_words.collect())
}

/// Ascending numbers as differences from the previous one.
fn gaps(ids: &[u32]) -> Vec<u32> {
    let mut previous = 0;
    ids.iter()
        .map(|&id| {
            let gap = id - previous;
            previous = id;
            gap
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::search::extract::Entry;

    fn entry(title: &str, text: &str) -> Entry {
        Entry {
            lang: "fr".into(),
            kind: "member".into(),
            title: title.into(),
            summary: String::new(),
            text: format!("{title} {text}").to_lowercase(),
            title_text: title.to_lowercase(),
        }
    }

    #[test]
    fn maps_word_forms_to_stems_and_documents() {
        let mut language = Language::new("fr");
        language.add(
            "fr/b/index.html".into(),
            entry("Django Lyon", "une coopérative"),
        );
        language.add(
            "fr/a/index.html".into(),
            entry("Atelier", "Coopératives Django"),
        );
        let json = write("fr", &language, "/", &|k| k.to_uppercase());
        let index: serde_json::Value = serde_json::from_slice(&json).expect("json");
        assert_eq!(index["docs"][0][0], "/fr/a/");
        assert_eq!(index["kinds"], serde_json::json!([["member", "MEMBER"]]));
        let words = &index["words"];
        assert_eq!(words["cooperatives"], words["cooperative"]);
        let django = &index["stems"][words["django"].as_u64().expect("id") as usize];
        assert_eq!(django[1], serde_json::json!([0, 1]), "both, as gaps");
        assert_eq!(django[2], serde_json::json!([1]), "b's title");
    }

    #[test]
    fn leaves_out_words_of_replaced_pages() {
        let mut language = Language::new("fr");
        language.add("fr/a/index.html".into(), entry("Atelier", "Django"));
        language.replace("fr/a/index.html".into(), entry("Atelier", "Rust"));
        let json = write("fr", &language, "/", &|k| k.to_string());
        let index: serde_json::Value = serde_json::from_slice(&json).expect("json");
        assert!(index["words"].get("django").is_none());
        assert_eq!(index["stems"].as_array().map(Vec::len), Some(2));
        let mut fresh = Language::new("fr");
        fresh.add("fr/a/index.html".into(), entry("Atelier", "Rust"));
        assert_eq!(json, write("fr", &fresh, "/", &|k| k.to_string()));
    }
}
