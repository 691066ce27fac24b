//! When a co-op takes on new work: `[hiring] available = true` (now), or
//! `available = false` with `from = "YYYY-MM"` (from that month), or neither (not at
//! the moment). The hire page filters on it; a month that has come counts as now, so
//! a forgotten `from` never hides a co-op that is free again.

use std::ops::Range;

use crate::content::member::Hiring;

/// A co-op's availability as of one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    Now,
    /// From this month (`2027-03`), later than the month of the build.
    From(String),
    No,
}

impl Availability {
    /// The availability of `hiring` in the month `today` (`2026-11`).
    pub fn of(hiring: &Hiring, today: &str) -> Availability {
        if hiring.available {
            return Availability::Now;
        }
        match hiring.from.as_ref().map(|f| f.get_ref().as_str()) {
            Some(month) if is_month(month) && month > today => {
                Availability::From(month.to_string())
            }
            Some(month) if is_month(month) => Availability::Now,
            _ => Availability::No,
        }
    }

    /// `now`, `from` or `no`: the value filters and data attributes use.
    pub fn id(&self) -> &'static str {
        match self {
            Availability::Now => "now",
            Availability::From(_) => "from",
            Availability::No => "no",
        }
    }
}

/// `YYYY-MM` with a month from 01 to 12.
pub fn is_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit())
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
}

/// The problem with `[hiring] from`, if any: `(span, message, hint)`.
pub fn problem(hiring: &Hiring) -> Option<(Range<usize>, String, String)> {
    let from = hiring.from.as_ref()?;
    if !is_month(from.get_ref()) {
        return Some((
            from.span(),
            format!(
                "`from` must be a month written `YYYY-MM`, not `{}`",
                from.get_ref().escape_debug()
            ),
            "for example `from = \"2027-03\"`: the month the co-op takes on new work again".into(),
        ));
    }
    if hiring.available {
        return Some((
            from.span(),
            "`from` is for a co-op that is not available now".into(),
            "remove `from`, or write `available = false` if the co-op is busy until then".into(),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hiring(available: bool, from: Option<&str>) -> Hiring {
        Hiring {
            available,
            contract_types: Vec::new(),
            from: from.map(|f| toml::Spanned::new(0..0, f.to_string())),
        }
    }

    #[test]
    fn months_are_checked() {
        assert!(is_month("2027-03"));
        assert!(!is_month("2027-13"));
        assert!(!is_month("2027-3"));
        assert!(!is_month("27-03-01"));
    }

    #[test]
    fn a_month_that_has_come_is_now() {
        let today = "2026-11";
        assert_eq!(
            Availability::of(&hiring(true, None), today),
            Availability::Now
        );
        assert_eq!(
            Availability::of(&hiring(false, Some("2027-03")), today),
            Availability::From("2027-03".into())
        );
        assert_eq!(
            Availability::of(&hiring(false, Some("2026-11")), today),
            Availability::Now
        );
        assert_eq!(
            Availability::of(&hiring(false, None), today),
            Availability::No
        );
        assert!(problem(&hiring(true, Some("2027-03"))).is_some());
        assert!(problem(&hiring(false, Some("03/2027"))).is_some());
    }
}
