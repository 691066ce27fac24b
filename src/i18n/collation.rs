//! Locale-aware ordering of labels: "Dänemark" before "Deutschland" in German,
//! "Développement" before "DevOps" in French, where code-point order gets both wrong.
//!
//! ICU4X's collator with its compiled CLDR data: every language's tailoring ships in
//! the binary, so a site's new language sorts correctly without any data to install.

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

/// Sort keys for one language: compare the keys, not the labels.
pub struct Collation {
    collator: Option<CollatorBorrowed<'static>>,
}

impl Collation {
    /// The collation of `lang` (a BCP 47 tag); CLDR's root order for a tag ICU4X
    /// cannot read.
    pub fn new(lang: &str) -> Collation {
        let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
        let prefs = CollatorPreferences::from(&locale);
        let collator = CollatorBorrowed::try_new(prefs, CollatorOptions::default()).ok();
        Collation { collator }
    }

    /// The key that orders `text` in this language. Without a collator (never with
    /// compiled data, kept for safety) the lowercase text orders by code point.
    pub fn key(&self, text: &str) -> Vec<u8> {
        let mut key = Vec::new();
        let written = self
            .collator
            .as_ref()
            .map(|c| c.write_sort_key_to(text, &mut key));
        match written {
            Some(Ok(())) => key,
            _ => text.to_lowercase().into_bytes(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Collation;

    fn sorted(lang: &str, words: &[&str]) -> Vec<String> {
        let collation = Collation::new(lang);
        let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        words.sort_by_cached_key(|w| collation.key(w));
        words
    }

    #[test]
    fn sorts_by_language() {
        assert_eq!(
            sorted("de", &["Deutschland", "Dänemark"]),
            ["Dänemark", "Deutschland"]
        );
        assert_eq!(
            sorted("fr", &["DevOps et cloud", "Développement web"]),
            ["Développement web", "DevOps et cloud"]
        );
        assert_eq!(sorted("sv", &["Öland", "Zürich"]), ["Zürich", "Öland"]);
        assert_eq!(sorted("not a tag", &["b", "A"]), ["A", "b"]);
    }
}
