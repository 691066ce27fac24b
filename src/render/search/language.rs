//! The search index of one language as pages arrive: every distinct word is kept once,
//! as a number, with its folded form and its stem computed once; a page keeps only the
//! numbers of its words. So a build holds the vocabulary and a few numbers per page,
//! not every page's words, and serve replaces one page's numbers after an edit without
//! reading or stemming the others again. `index::write` turns it into JSON.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::render::search::extract::Entry;
use crate::render::search::fold::{fold, words, WordStemmer};

/// One page of the index.
pub struct Doc {
    pub kind: String,
    pub title: String,
    pub summary: String,
    /// The numbers of the page's distinct words (the title's included), ascending.
    pub words: Vec<u32>,
    /// The numbers of the title's distinct words, ascending.
    pub title_words: Vec<u32>,
}

/// A word met in some page: its folded form and its stem's number.
pub struct Word {
    pub folded: String,
    pub stem: u32,
}

/// The pages of one language and the words they use.
pub struct Language {
    stemmer: WordStemmer,
    /// Lower-case word -> its number in `words`.
    numbers: ByWord<u32>,
    pub words: Vec<Word>,
    /// Folded stem -> its number in `stems`.
    stem_numbers: ByWord<u32>,
    pub stems: Vec<String>,
    /// Output path -> page. Words of pages since removed stay numbered (serve only
    /// adds words); `index::write` leaves out those no page uses.
    pub docs: HashMap<String, Doc>,
}

impl Language {
    /// An empty index for `lang`, stemming with its Snowball stemmer.
    pub fn new(lang: &str) -> Language {
        Language {
            stemmer: WordStemmer::for_language(lang),
            numbers: ByWord::default(),
            words: Vec::new(),
            stem_numbers: ByWord::default(),
            stems: Vec::new(),
            docs: HashMap::new(),
        }
    }

    /// Adds the page at output path `path`; a page already there (the same path
    /// rendered twice) keeps the first, as the written site does.
    pub fn add(&mut self, path: String, entry: Entry) {
        if !self.docs.contains_key(&path) {
            let doc = self.doc_of(entry);
            self.docs.insert(path, doc);
        }
    }

    /// Puts `entry` in place of the page at `path`, if any.
    pub fn replace(&mut self, path: String, entry: Entry) {
        let doc = self.doc_of(entry);
        self.docs.insert(path, doc);
    }

    /// Removes the page at `path`, if any.
    pub fn remove(&mut self, path: &str) {
        self.docs.remove(path);
    }

    fn doc_of(&mut self, entry: Entry) -> Doc {
        // Every occurrence is looked up (a hash), then the numbers are made distinct:
        // cheaper than making the words distinct as strings first.
        let words = self.numbers_of(&entry.text);
        let title_words = self.numbers_of(&entry.title_text);
        Doc {
            kind: entry.kind,
            title: entry.title,
            summary: entry.summary,
            words,
            title_words,
        }
    }

    /// The distinct numbers of the words of the lower-case `text`, ascending.
    fn numbers_of(&mut self, text: &str) -> Vec<u32> {
        let mut numbers: Vec<u32> = words(text).map(|w| self.number_of(w)).collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers.shrink_to_fit();
        numbers
    }

    /// The number of a lower-case `word`, stemming and folding it the first time.
    fn number_of(&mut self, word: &str) -> u32 {
        if let Some(&number) = self.numbers.get(word) {
            return number;
        }
        let stem = self.stemmer.stem(word);
        let next_stem = self.stems.len() as u32;
        let stem = match self.stem_numbers.get(&stem) {
            Some(&number) => number,
            None => {
                self.stem_numbers.insert(stem.clone(), next_stem);
                self.stems.push(stem);
                next_stem
            }
        };
        let number = self.words.len() as u32;
        self.words.push(Word {
            folded: fold(word),
            stem,
        });
        self.numbers.insert(word.to_string(), number);
        number
    }
}

/// A map keyed by words. Looking words up is most of the index's cost, and the
/// default hasher, made to resist crafted keys from a network, is slow for short
/// words; a site's own text needs no such defence, so this one mixes 8 bytes at a
/// time (the multiplier of rustc's FxHash).
type ByWord<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// The hasher of `ByWord`.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
