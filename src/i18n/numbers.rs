//! Numbers inside Fluent messages, written with the language's separators.
//!
//! `{ $count }` and `NUMBER($n, minimumIntegerDigits: 2)` go through the bundle's number
//! formatter, a plain function that Fluent hands only the value and the language's
//! memoizer. The separators are Fluent messages of the site (`number-group-separator`,
//! `number-decimal-separator`, `number-grouping-minimum`), so they are read once per
//! build into a table keyed by language, which the formatter consults; the same rules as
//! the templates' `number` filter (`dates::format_number`).

use std::collections::BTreeMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// How one language writes numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Separators {
    pub group: String,
    pub decimal: String,
    /// Digits needed left of the first group before grouping starts (2 in Spanish and
    /// Polish: "1234" but "12 345").
    pub min_grouping: usize,
}

/// Separators of every language built so far, keyed by language tag. A later build of
/// the same language (`federa serve`) replaces its entry.
fn table() -> &'static RwLock<BTreeMap<String, Separators>> {
    static TABLE: OnceLock<RwLock<BTreeMap<String, Separators>>> = OnceLock::new();
    TABLE.get_or_init(|| RwLock::new(BTreeMap::new()))
}

impl super::I18n {
    /// How `lang` writes numbers, from its Fluent messages (English's by default).
    pub fn separators(&self, lang: &str) -> Separators {
        let min_grouping = self.format_or(lang, "number-grouping-minimum", "1");
        Separators {
            group: self
                .format_or(lang, "number-group-separator", ",")
                .into_owned(),
            decimal: self
                .format_or(lang, "number-decimal-separator", ".")
                .into_owned(),
            min_grouping: min_grouping.trim().parse().unwrap_or(1),
        }
    }

    /// Tells the bundles' number formatter how each language writes numbers.
    pub(super) fn remember_separators(&self) {
        for lang in self.bundles.keys() {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            remember(&id, self.separators(lang));
        }
    }
}

/// Records how `lang` writes numbers, for the formatter.
pub(super) fn remember(lang: &LanguageIdentifier, separators: Separators) {
    let mut table = table().write().unwrap_or_else(PoisonError::into_inner);
    table.insert(lang.to_string(), separators);
}

/// The language a memoizer was made for: the formatter's only way to learn it.
struct LanguageTag(String);

impl Memoizable for LanguageTag {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(LanguageTag(lang.to_string()))
    }
}

/// The bundle's number formatter: `None` leaves other values to Fluent.
pub(super) fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let lang = intls
        .with_try_get::<LanguageTag, _, _>((), |tag| tag.0.clone())
        .ok()?;
    let table = table().read().unwrap_or_else(PoisonError::into_inner);
    let separators = table.get(&lang)?;
    let plain = number.as_string();
    let digits = number.options.minimum_integer_digits.unwrap_or(1);
    Some(write(
        &plain,
        separators,
        number.options.use_grouping,
        digits,
    ))
}

/// `plain` ("-1234.5", Rust's own writing) with `separators`, the integer part padded to
/// `min_digits` and grouped by three unless `grouping` is off.
pub fn write(plain: &str, separators: &Separators, grouping: bool, min_digits: usize) -> String {
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let int = format!("{int:0>min_digits$}");
    let grouped = grouping && int.len() > 3 && int.len() - 3 >= separators.min_grouping;
    let mut out = String::from(sign);
    for (i, digit) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(&separators.group);
        }
        out.push(digit);
    }
    if !frac.is_empty() {
        out.push_str(&separators.decimal);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{write, Separators};

    #[test]
    fn groups_pads_and_keeps_fractions() {
        let fr = Separators {
            group: "\u{202f}".into(),
            decimal: ",".into(),
            min_grouping: 1,
        };
        assert_eq!(write("1234", &fr, true, 1), "1\u{202f}234");
        assert_eq!(
            write("-1234567.5", &fr, true, 1),
            "-1\u{202f}234\u{202f}567,5"
        );
        assert_eq!(write("2026", &fr, false, 1), "2026");
        assert_eq!(write("5", &fr, true, 2), "05");
        let pl = Separators {
            min_grouping: 2,
            ..fr
        };
        assert_eq!(write("1234", &pl, true, 1), "1234");
        assert_eq!(write("12345", &pl, true, 1), "12\u{202f}345");
    }
}
