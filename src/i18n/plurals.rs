//! Every plural form of a message, for scripts that count in the browser.
//!
//! The directory's live count (themes/default/static/directory.js) cannot run Fluent, so
//! the page carries one sentence per CLDR plural category of its language, with `{n}`
//! where the number goes; the script picks with `Intl.PluralRules`. Each sentence is
//! what Fluent itself writes for a sample number of that category.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::{Arg, I18n};

/// Categories in CLDR's order, with the name `Intl.PluralRules` gives them.
const CATEGORIES: [(PluralCategory, &str); 6] = [
    (PluralCategory::ZERO, "zero"),
    (PluralCategory::ONE, "one"),
    (PluralCategory::TWO, "two"),
    (PluralCategory::FEW, "few"),
    (PluralCategory::MANY, "many"),
    (PluralCategory::OTHER, "other"),
];

/// Integers searched for a sample of each category: every CLDR language reaches each of
/// its integer categories below 200 (Polish "many" at 5, Arabic "many" at 11).
const SAMPLE_LIMIT: u32 = 200;

impl I18n {
    /// `(category, sentence)` for every category of `lang` that integers reach, in CLDR
    /// order, the number replaced by `{n}`; `other` always comes last. Where no integer
    /// is `other` (Polish keeps it for fractions) or CLDR does not know the language,
    /// `other` is written for 1.5.
    pub fn plural_forms(&self, lang: &str, id: &str) -> Result<Vec<(String, String)>, String> {
        let mut forms = Vec::new();
        for (category, name) in CATEGORIES {
            let sample = match sample_for(lang, &category) {
                Some(n) => f64::from(n),
                None if category == PluralCategory::OTHER => 1.5,
                None => continue,
            };
            let text = self.format(lang, id, &[("count", Arg::Number(sample))])?;
            forms.push((name.to_string(), text.replace(&sample.to_string(), "{n}")));
        }
        Ok(forms)
    }
}

/// The smallest integer of `category` in `lang`, if integers reach it.
fn sample_for(lang: &str, category: &PluralCategory) -> Option<u32> {
    let id: LanguageIdentifier = lang.parse().ok()?;
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).ok()?;
    (0..SAMPLE_LIMIT).find(|n| rules.select(*n).as_ref() == Ok(category))
}

#[cfg(test)]
mod tests {
    use super::super::{FtlSource, I18n};

    #[test]
    fn polish_gets_one_few_many_other() {
        let ftl = "n = { $count ->\n [one] { $count } a\n [few] { $count } b\n [many] { $count } c\n *[other] { $count } d\n}\n";
        let source = FtlSource {
            path: "i18n/pl/x.ftl".into(),
            lang: "pl".into(),
            text: ftl.into(),
        };
        let (i18n, problems) = I18n::build(&["pl".into()], "pl", vec![source]);
        assert!(problems.is_empty());
        let forms = i18n.plural_forms("pl", "n").expect("formats");
        let names: Vec<&str> = forms.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(names, ["one", "few", "many", "other"]);
        assert_eq!(forms[1].1, "{n} b");
        assert_eq!(forms[3].1, "{n} d");
    }
}
