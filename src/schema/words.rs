//! How structural problems are put into words for a co-op's volunteer: what a field
//! should hold and what was written instead, never Rust's type names (`u16`, `sequence`).

use toml::de::DeValue;

use crate::schema::Kind;

/// What a value of `kind` is, after "must be".
pub fn expected(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text => "text in quotes",
        Kind::Year => "a year written as a number, like 2019",
        Kind::Count => "a whole number (0 or more)",
        Kind::Integer => "a whole number",
        Kind::Bool => "`true` or `false`",
        Kind::Coordinates => "two numbers, [latitude, longitude]",
        Kind::TextList => "a list of texts in square brackets",
        Kind::Choice(_) => "one of the listed values, in quotes",
        Kind::Date => "a date like 2026-11-20 or 2026-11-20T18:00:00+01:00",
        Kind::Table(_) | Kind::Named(_) => "a table",
        Kind::TableList(_) => "a list of tables (`[[...]]` sections)",
        Kind::Any => "anything",
    }
}

/// What was written, after "not".
pub fn found(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// The hint for a value of the wrong type: the common slips first (quotes around a
/// number or a boolean, one text where a list is wanted), else the field's example.
pub fn type_hint(kind: &Kind, value: &DeValue, example: &str) -> String {
    let text = value.as_str().map(str::trim);
    let numeric = matches!(kind, Kind::Year | Kind::Count | Kind::Integer);
    match (kind, text) {
        (_, Some(t)) if numeric && t.parse::<i64>().is_ok() => {
            format!("remove the quotes: `{example}`")
        }
        (Kind::Bool, Some("true" | "false")) => format!("remove the quotes: `{example}`"),
        (Kind::TextList, Some(_)) => {
            format!("put it in square brackets, even when there is only one: `{example}`")
        }
        (Kind::Date, Some(_)) => format!("write the date without quotes: `{example}`"),
        _ => format!("for example `{example}`"),
    }
}
