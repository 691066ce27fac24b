//! When a co-op joined and left the federation: `joined` and `left` in member files.
//!
//! Both are dates alone (`joined = 2025-03-01`); `left` may not come before `joined`.
//! The figures over time (`render::numbers::history`) read them through `Member::
//! joined_on` and `Member::left_on`; this module only checks and converts.

use crate::content::member::Member;
use crate::content::validate::Findings;
use crate::moment::{Date, Moment};

impl Member {
    /// The day the co-op joined, when the file gives a valid date.
    pub fn joined_on(&self) -> Option<Date> {
        self.data.joined.as_ref().and_then(date_alone)
    }

    /// The day the co-op left, when the file gives a valid date.
    pub fn left_on(&self) -> Option<Date> {
        self.data.left.as_ref().and_then(date_alone)
    }
}

/// A TOML date without a time, as a `Date`.
fn date_alone(value: &toml::value::Datetime) -> Option<Date> {
    let moment = Moment::from_toml(value).ok()?;
    moment.time.is_none().then_some(moment.date)
}

/// Checks `joined` and `left`: dates alone, and `left` not before `joined`.
pub fn check(f: &mut Findings, m: &Member) {
    for (key, value) in [("joined", &m.data.joined), ("left", &m.data.left)] {
        let (Some(value), Some(span)) = (value, m.shape.span(key)) else {
            continue;
        };
        if date_alone(value).is_none() {
            f.at(
                span,
                format!("`{key}` must be a date alone, not `{value}`"),
                format!("write the day it happened, e.g. `{key} = 2025-03-01`"),
            );
        }
    }
    if let (Some(joined), Some(left), Some(span)) =
        (m.joined_on(), m.left_on(), m.shape.span("left"))
    {
        if left < joined {
            f.at(
                span,
                format!(
                    "`left` ({}) is before `joined` ({})",
                    iso(left),
                    iso(joined)
                ),
                "a co-op leaves after it joined: check both dates".into(),
            );
        }
    }
}

fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}
