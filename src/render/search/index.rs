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
use crate::render::search::fold::{fold, WordStemmer};

/// The version of the index format; `search.js` refuses others.
pub const FORMAT: u32 = 1;

#[derive(Serialize)]
struct Index<'a> {
    format: u32,
    lang: &'a str,
    kinds: Vec<(&'a str, String)>,
    docs: Vec<(&'a str, &'a str, usize, &'a str)>,
    stems: Vec<(&'a str, Vec<u32>, Vec<u32>)>,
    words: BTreeMap<String, usize>,
}

/// Stems met so far, numbered in order of appearance, with their documents.
#[derive(Default)]
struct Stems {
    /// Lower-case word -> its stem's number (each word is stemmed and folded once).
    of_word: HashMap<String, usize>,
    /// Folded stem -> its number.
    numbers: HashMap<String, usize>,
    /// Per stem number: the stem, its documents and its title documents, ascending.
    postings: Vec<(String, Vec<u32>, Vec<u32>)>,
}

impl Stems {
    /// The number of `word`'s stem.
    fn of(&mut self, word: &str, stemmer: &WordStemmer) -> usize {
        if let Some(&number) = self.of_word.get(word) {
            return number;
        }
        let stem = stemmer.stem(word);
        let next = self.numbers.len();
        let number = *self.numbers.entry(stem.clone()).or_insert(next);
        if number == next {
            self.postings.push((stem, Vec::new(), Vec::new()));
        }
        self.of_word.insert(word.to_string(), number);
        number
    }

    /// Records that document `doc` (numbers come in ascending order) has `word`.
    fn add(&mut self, word: &str, doc: u32, in_title: bool, stemmer: &WordStemmer) {
        let number = self.of(word, stemmer);
        let (_, docs, titles) = &mut self.postings[number];
        // Two word forms of one stem in a page give one entry.
        if docs.last() != Some(&doc) {
            docs.push(doc);
        }
        if in_title && titles.last() != Some(&doc) {
            titles.push(doc);
        }
    }
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
    let mut stems = Stems::default();
    for (doc, (_, entry)) in (0u32..).zip(&pages) {
        for word in &entry.words {
            let in_title = entry.title_words.binary_search(word).is_ok();
            stems.add(word, doc, in_title, &stemmer);
        }
    }
    // Stems sorted, so the output does not depend on the order words were met in.
    let mut order: Vec<usize> = (0..stems.postings.len()).collect();
    order.sort_by(|a, b| stems.postings[*a].0.cmp(&stems.postings[*b].0));
    let mut rank = vec![0; order.len()];
    for (position, number) in order.iter().enumerate() {
        rank[*number] = position;
    }
    let mut words = BTreeMap::new();
    for (word, number) in &stems.of_word {
        // Words that fold alike ("élève", "eleve") keep the first stem in order.
        let folded = fold(word);
        let candidate = rank[*number];
        let kept = words.entry(folded).or_insert(candidate);
        *kept = (*kept).min(candidate);
    }
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
        words,
        stems: order
            .iter()
            .map(|&n| {
                let (stem, docs, titles) = &stems.postings[n];
                (stem.as_str(), gaps(docs), gaps(titles))
            })
            .collect(),
        kinds: kinds.iter().map(|kind| (*kind, label(kind))).collect(),
    };
    serde_json::to_vec(&index).expect("an index of strings and numbers serialises")
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

    fn entry(title: &str, text: &str) -> Entry {
        let distinct = |t: &str| {
            let lower = t.to_lowercase();
            let words: BTreeSet<&str> = crate::render::search::fold::words(&lower).collect();
            words.into_iter().map(str::to_string).collect()
        };
        Entry {
            lang: "fr".into(),
            kind: "member".into(),
            title: title.into(),
            summary: String::new(),
            words: distinct(&format!("{title} {text}")),
            title_words: distinct(title),
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
