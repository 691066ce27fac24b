//! Localised dates, times and numbers, and the Tera filters and functions over them.
//!
//! The patterns live in the Fluent files (`month-1`..`month-12`, `date-long`,
//! `date-range-*`, `time-*`, `number-*-separator`), so any configured language works by
//! adding messages, and a language without them falls back to the default language's
//! like every other message. This module only picks the pattern and fills in the parts;
//! it never reads the clock or files (calendar arithmetic is in `moment`).

use std::sync::Arc;

use tera::{Kwargs, State, Tera, TeraResult, Value};

use crate::i18n::{Arg, I18n};
use crate::moment::{Date, Moment};

/// Formats one date: `25 November 2026`, `25. November 2026`, `1er mai 2027`.
pub fn format_date(i18n: &I18n, lang: &str, date: Date) -> Result<String, String> {
    let month = month_name(i18n, lang, date.month)?;
    i18n.format(
        lang,
        "date-long",
        &[
            ("day", Arg::Number(f64::from(date.day))),
            ("month", Arg::Text(month)),
            ("year", Arg::Ungrouped(f64::from(date.year))),
        ],
    )
}

/// Formats a range of dates, collapsing what they share: `20–21 May 2027`,
/// `30 September – 2 October 2026`, `30 December 2026 – 2 January 2027`.
pub fn format_date_range(
    i18n: &I18n,
    lang: &str,
    start: Date,
    end: Date,
) -> Result<String, String> {
    if start == end {
        return format_date(i18n, lang, start);
    }
    let day = |d: Date| Arg::Number(f64::from(d.day));
    let year = Arg::Ungrouped(f64::from(start.year));
    if start.year != end.year {
        let (from, to) = (
            format_date(i18n, lang, start)?,
            format_date(i18n, lang, end)?,
        );
        return i18n.format(
            lang,
            "date-range",
            &[("start", Arg::Text(from)), ("end", Arg::Text(to))],
        );
    }
    if start.month == end.month {
        let month = Arg::Text(month_name(i18n, lang, start.month)?);
        return i18n.format(
            lang,
            "date-range-same-month",
            &[
                ("day1", day(start)),
                ("day2", day(end)),
                ("month", month),
                ("year", year),
            ],
        );
    }
    let month1 = Arg::Text(month_name(i18n, lang, start.month)?);
    let month2 = Arg::Text(month_name(i18n, lang, end.month)?);
    i18n.format(
        lang,
        "date-range-same-year",
        &[
            ("day1", day(start)),
            ("month1", month1),
            ("day2", day(end)),
            ("month2", month2),
            ("year", year),
        ],
    )
}

/// Formats the times of an event in the offset they were written in:
/// `18:00–19:30 (UTC+01:00)`, or with dates when it spans days. Empty for whole days.
pub fn format_time_range(
    i18n: &I18n,
    lang: &str,
    start: &Moment,
    end: Option<&Moment>,
) -> Result<String, String> {
    if start.is_all_day() {
        return Ok(String::new());
    }
    let zone1 = Arg::Text(zone(i18n, lang, start)?);
    let Some(end) = end.filter(|e| !e.is_all_day()) else {
        let time = Arg::Text(clock(i18n, lang, start)?);
        return i18n.format(lang, "time-with-zone", &[("time", time), ("zone", zone1)]);
    };
    let same_zone = start.offset_minutes == end.offset_minutes;
    if start.date == end.date && same_zone {
        let (from, to) = (clock(i18n, lang, start)?, clock(i18n, lang, end)?);
        return i18n.format(
            lang,
            "time-range-same-day",
            &[
                ("start", Arg::Text(from)),
                ("end", Arg::Text(to)),
                ("zone", zone1),
            ],
        );
    }
    let from = Arg::Text(date_time(i18n, lang, start)?);
    let to = Arg::Text(date_time(i18n, lang, end)?);
    if same_zone {
        return i18n.format(
            lang,
            "datetime-range",
            &[("start", from), ("end", to), ("zone", zone1)],
        );
    }
    let zone2 = Arg::Text(zone(i18n, lang, end)?);
    i18n.format(
        lang,
        "datetime-range-zones",
        &[
            ("start", from),
            ("zone1", zone1),
            ("end", to),
            ("zone2", zone2),
        ],
    )
}

/// Formats a number with the language's separators: `12,345.5`, `12.345,5`.
pub fn format_number(i18n: &I18n, lang: &str, value: f64) -> String {
    let separators = i18n.separators(lang);
    crate::i18n::write_number(&value.to_string(), &separators, true, 1)
}

fn month_name(i18n: &I18n, lang: &str, month: u8) -> Result<String, String> {
    i18n.format(lang, &format!("month-{month}"), &[])
}

fn clock(i18n: &I18n, lang: &str, moment: &Moment) -> Result<String, String> {
    let c = moment.time.unwrap_or(crate::moment::Clock {
        hour: 0,
        minute: 0,
        second: 0,
    });
    let hour12 = match c.hour % 12 {
        0 => 12,
        h => h,
    };
    let period = if c.hour < 12 { "am" } else { "pm" };
    i18n.format(
        lang,
        "time-short",
        &[
            ("hour", Arg::Ungrouped(f64::from(c.hour))),
            ("hour12", Arg::Number(f64::from(hour12))),
            ("period", Arg::Text(period.to_string())),
            ("minute", Arg::Ungrouped(f64::from(c.minute))),
        ],
    )
}

fn zone(i18n: &I18n, lang: &str, moment: &Moment) -> Result<String, String> {
    let offset = match moment.offset_minutes {
        0 => String::new(),
        _ => moment.offset_text(),
    };
    i18n.format(lang, "time-zone", &[("offset", Arg::Text(offset))])
}

fn date_time(i18n: &I18n, lang: &str, moment: &Moment) -> Result<String, String> {
    let date = Arg::Text(format_date(i18n, lang, moment.date)?);
    let time = Arg::Text(clock(i18n, lang, moment)?);
    i18n.format(lang, "datetime", &[("date", date), ("time", time)])
}

/// Registers the `date`, `day`, `month_short` and `number` filters and the `date_range`
/// and `time_range` functions; all read the page's language from the render context
/// (`lang`). `day` and `month_short` make date badges: `20` and `May`, `mai`, `Mai`.
pub fn register(tera: &mut Tera, i18n: &Arc<I18n>) {
    let dates = Arc::clone(i18n);
    tera.register_filter(
        "date",
        move |value: &Value, _: Kwargs, state: &State| -> TeraResult<String> {
            let moment = moment_of(value)?;
            format_date(&dates, &lang_of(state)?, moment.date).map_err(tera::Error::message)
        },
    );
    tera.register_filter(
        "day",
        |value: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(moment_of(value)?.date.day.to_string())
        },
    );
    let months = Arc::clone(i18n);
    tera.register_filter(
        "month_short",
        move |value: &Value, _: Kwargs, state: &State| -> TeraResult<String> {
            let month = moment_of(value)?.date.month;
            months
                .format(&lang_of(state)?, &format!("month-short-{month}"), &[])
                .map_err(tera::Error::message)
        },
    );
    let numbers = Arc::clone(i18n);
    tera.register_filter(
        "number",
        move |value: &Value, _: Kwargs, state: &State| -> TeraResult<String> {
            let n = value
                .as_f64()
                .or_else(|| value.as_i64().map(|n| n as f64))
                .ok_or_else(|| {
                    tera::Error::message(format!("`number` needs a number, not {value}"))
                })?;
            Ok(format_number(&numbers, &lang_of(state)?, n))
        },
    );
    let ranges = Arc::clone(i18n);
    tera.register_function(
        "date_range",
        move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let (start, end) = range_args(&kwargs)?;
            let end = end.map_or(start.date, |e| e.date);
            format_date_range(&ranges, &lang_of(state)?, start.date, end)
                .map_err(tera::Error::message)
        },
    );
    let times = Arc::clone(i18n);
    tera.register_function(
        "time_range",
        move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let (start, end) = range_args(&kwargs)?;
            format_time_range(&times, &lang_of(state)?, &start, end.as_ref())
                .map_err(tera::Error::message)
        },
    );
}

fn lang_of(state: &State) -> TeraResult<String> {
    state
        .get("lang")?
        .ok_or_else(|| tera::Error::message("dates need `lang` in the render context"))
}

fn moment_of(value: &Value) -> TeraResult<Moment> {
    let text = value
        .as_str()
        .ok_or_else(|| tera::Error::message(format!("expected a date string, not {value}")))?;
    Moment::parse(text).map_err(|e| tera::Error::message(format!("invalid date `{text}`: {e}")))
}

fn range_args(kwargs: &Kwargs) -> TeraResult<(Moment, Option<Moment>)> {
    let start: Value = kwargs.must_get("start")?;
    let end: Option<Value> = kwargs.get("end")?;
    let end = match end {
        Some(v) if !v.is_none() && !v.is_undefined() => Some(moment_of(&v)?),
        _ => None,
    };
    Ok((moment_of(&start)?, end))
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
