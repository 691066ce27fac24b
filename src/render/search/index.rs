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

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::render::search::extract::Entry;
use crate::render::search::fold::{fold, words, WordStemmer};

/// The version of the index format; `search.js` refuses others.
pub const FORMAT: u32 = 1;

#[derive(Serialize)]
struct Index<'a> {
    format: u32,
    lang: &'a str,
    kinds: Vec<(&'a str, String)>,
    docs: Vec<(&'a str, &'a str, usize, &'a str)>,
    stems: Vec<(String, Vec<usize>, Vec<usize>)>,
    words: BTreeMap<String, usize>,
}

/// Documents of one stem: all that contain it, and those with it in their title.
#[derive(Default)]
struct Postings {
    docs: BTreeSet<usize>,
    titles: BTreeSet<usize>,
}

/// The JSON index of `pages` (`(url, entry)`, all of language `lang`); `label` names
/// a kind of page in that language.
pub fn build(lang: &str, pages: &[(&str, &Entry)], label: &dyn Fn(&str) -> String) -> Vec<u8> {
    let mut pages = pages.to_vec();
    pages.sort_by(|a, b| a.0.cmp(b.0));
    let kinds: Vec<&str> = pages
        .iter()
        .map(|(_, e)| e.kind.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let stemmer = WordStemmer::for_language(lang);
    // Most words recur across pages: each is stemmed once.
    let mut stems: HashMap<String, String> = HashMap::new();
    let mut postings: BTreeMap<String, Postings> = BTreeMap::new();
    let mut word_stems: BTreeMap<String, String> = BTreeMap::new();
    for (doc, (_, entry)) in pages.iter().enumerate() {
        let title_words: BTreeSet<String> = words(&entry.title).collect();
        let text_words: BTreeSet<String> = words(&entry.text)
            .chain(title_words.iter().cloned())
            .collect();
        for word in text_words {
            let stem = stems
                .entry(word.clone())
                .or_insert_with(|| stemmer.stem(&word))
                .clone();
            let posting = postings.entry(stem.clone()).or_default();
            posting.docs.insert(doc);
            if title_words.contains(&word) {
                posting.titles.insert(doc);
            }
            word_stems.entry(fold(&word)).or_insert(stem);
        }
    }
    let stem_ids: BTreeMap<&str, usize> = postings
        .keys()
        .enumerate()
        .map(|(i, stem)| (stem.as_str(), i))
        .collect();
    let index = Index {
        format: FORMAT,
        lang,
        docs: pages
            .iter()
            .map(|(url, e)| {
                let kind = kinds.binary_search(&e.kind.as_str()).unwrap_or(0);
                (*url, e.title.as_str(), kind, e.summary.as_str())
            })
            .collect(),
        words: word_stems
            .iter()
            .map(|(word, stem)| (word.clone(), stem_ids[stem.as_str()]))
            .collect(),
        stems: postings
            .into_iter()
            .map(|(stem, p)| (stem, gaps(&p.docs), gaps(&p.titles)))
            .collect(),
        kinds: kinds.iter().map(|kind| (*kind, label(kind))).collect(),
    };
    serde_json::to_vec(&index).expect("an index of strings and numbers serialises")
}

/// Ascending numbers as differences from the previous one.
fn gaps(ids: &BTreeSet<usize>) -> Vec<usize> {
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

    fn entry(title: &str, text: &str) -> Entry {
        Entry {
            lang: "fr".into(),
            kind: "member".into(),
            title: title.into(),
            summary: String::new(),
            text: format!("{title} {text}"),
        }
    }

    #[test]
    fn maps_word_forms_to_stems_and_documents() {
        let a = entry("Atelier", "Coopératives Django");
        let b = entry("Django Lyon", "une coopérative");
        let json = build("fr", &[("/fr/b/", &b), ("/fr/a/", &a)], &|k| {
            k.to_uppercase()
        });
        let index: serde_json::Value = serde_json::from_slice(&json).expect("json");
        assert_eq!(index["docs"][0][0], "/fr/a/");
        assert_eq!(index["kinds"], serde_json::json!([["member", "MEMBER"]]));
        let words = &index["words"];
        assert_eq!(words["cooperatives"], words["cooperative"]);
        let django = &index["stems"][words["django"].as_u64().expect("id") as usize];
        assert_eq!(django[1], serde_json::json!([0, 1]), "both, as gaps");
        assert_eq!(django[2], serde_json::json!([1]), "b's title");
    }
}
