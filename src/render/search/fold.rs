//! Words for the search index: splitting text into words, folding them (lower case,
//! no diacritics) and stemming them with the language's Snowball stemmer.
//!
//! The browser folds the visitor's query the same way (`search.js`: NFD, drop the
//! combining marks U+0300–U+036F, the same few letter replacements, lower case), so a
//! query typed without accents finds accented text. Stemming happens only here, at
//! build time: the browser matches folded prefixes against the index's word list.

use icu_normalizer::DecomposingNormalizerBorrowed;
use rust_stemmers::{Algorithm, Stemmer};

/// Letters that NFD does not decompose but readers type without their mark.
/// Keep in step with `FOLDED` in `themes/default/static/search.js`.
const LETTERS: [(char, &str); 7] = [
    ('ß', "ss"),
    ('æ', "ae"),
    ('œ', "oe"),
    ('ø', "o"),
    ('đ', "d"),
    ('ł', "l"),
    ('ı', "i"),
];

/// `text` in lower case without diacritics: "Coopérative" → "cooperative".
pub fn fold(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for c in DecomposingNormalizerBorrowed::new_nfd()
        .normalize(&lower)
        .chars()
    {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        match LETTERS.iter().find(|(letter, _)| *letter == c) {
            Some((_, replacement)) => out.push_str(replacement),
            None => out.push(c),
        }
    }
    out
}

/// The words of `text` (lower-case it first: stemmers need the accents, not the
/// capitals). A word is a run of letters and digits; apostrophes and hyphens separate
/// words, so "l’équipe" gives "l" and "équipe" and "co-op" gives "co" and "op".
pub fn words(text: &str) -> impl Iterator<Item = &str> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A language's stemmer, or none (words are then their own stems).
pub struct WordStemmer {
    stemmer: Option<Stemmer>,
}

impl WordStemmer {
    /// The Snowball stemmer for the primary subtag of `lang` (`de-CH` → German).
    pub fn for_language(lang: &str) -> WordStemmer {
        let primary = lang.split(['-', '_']).next().unwrap_or(lang);
        let algorithm = match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Algorithm::English),
            "fr" => Some(Algorithm::French),
            "nl" => Some(Algorithm::Dutch),
            "de" => Some(Algorithm::German),
            "da" => Some(Algorithm::Danish),
            "es" => Some(Algorithm::Spanish),
            "it" => Some(Algorithm::Italian),
            "pt" => Some(Algorithm::Portuguese),
            "sv" => Some(Algorithm::Swedish),
            "no" | "nb" | "nn" => Some(Algorithm::Norwegian),
            "fi" => Some(Algorithm::Finnish),
            "hu" => Some(Algorithm::Hungarian),
            "ro" => Some(Algorithm::Romanian),
            "ru" => Some(Algorithm::Russian),
            "tr" => Some(Algorithm::Turkish),
            "el" => Some(Algorithm::Greek),
            "ar" => Some(Algorithm::Arabic),
            _ => None,
        };
        WordStemmer {
            stemmer: algorithm.map(Stemmer::create),
        }
    }

    /// The folded stem of a lower-case `word`: "coopératives" → "cooper".
    pub fn stem(&self, word: &str) -> String {
        match &self.stemmer {
            Some(stemmer) => fold(&stemmer.stem(word)),
            None => fold(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Coopérative"), "cooperative");
        assert_eq!(fold("Straße Œuvre"), "strasse oeuvre");
        assert_eq!(fold("Genossenschaftsförderung"), "genossenschaftsforderung");
    }

    #[test]
    fn splits_on_apostrophes_and_hyphens() {
        let found: Vec<&str> = words("l’équipe d'une co-op.").collect();
        assert_eq!(found, ["l", "équipe", "d", "une", "co", "op"]);
    }

    #[test]
    fn stems_in_each_language() {
        let fr = WordStemmer::for_language("fr");
        assert_eq!(fr.stem("coopératives"), fr.stem("coopérative"));
        let de = WordStemmer::for_language("de");
        assert_eq!(de.stem("genossenschaften"), de.stem("genossenschaft"));
        let nl = WordStemmer::for_language("nl");
        assert_eq!(nl.stem("werkgroepen"), nl.stem("werkgroep"));
        let en = WordStemmer::for_language("en-GB");
        assert_eq!(en.stem("developers"), en.stem("developer"));
        assert_eq!(
            WordStemmer::for_language("pl").stem("Spółdzielnia"),
            "spoldzielnia"
        );
    }
}
