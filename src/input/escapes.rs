//! Control characters written as TOML escapes (`"\f"`, `"\u001b"`): the raw text is
//! clean, the parsed value is not, and it would reach pages, feeds and calendars.

use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// The first key or string value of `toml_text` (found at byte `offset` of the file
/// whose whole text is `file_text`) that holds a control character other than tab,
/// line feed and carriage return.
pub fn escaped_control_character(
    rel: &Path,
    file_text: &str,
    offset: usize,
    toml_text: &str,
) -> Option<Diagnostic> {
    // Escapes need a backslash: most files have none and are not parsed twice.
    if !toml_text.contains('\\') {
        return None;
    }
    let table = DeTable::parse(toml_text).ok()?;
    let (span, c) = in_table(table.get_ref())?;
    Some(
        Diagnostic::at(
            rel,
            file_text,
            offset + span.start..offset + span.end,
            format!("control character U+{:04X} in this value", u32::from(c)),
        )
        .with_hint("remove the escape: web pages and feeds cannot carry control characters"),
    )
}

fn bad(text: &str) -> Option<char> {
    text.chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

fn in_table(table: &DeTable) -> Option<(Range<usize>, char)> {
    table.iter().find_map(|(key, value)| {
        bad(key.get_ref())
            .map(|c| (key.span(), c))
            .or_else(|| in_value(value))
    })
}

fn in_value(value: &Spanned<DeValue>) -> Option<(Range<usize>, char)> {
    match value.get_ref() {
        DeValue::String(text) => bad(text).map(|c| (value.span(), c)),
        DeValue::Array(items) => items.iter().find_map(in_value),
        DeValue::Table(table) => in_table(table),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_escaped_controls_in_nested_values() {
        let text = "a = \"ok\\tfine\"\n[t]\nlist = [\"x\", \"form\\ffeed\"]\n";
        let found = escaped_control_character(Path::new("m.toml"), text, 0, text).expect("found");
        assert_eq!((found.line, found.col), (3, 14));
        assert!(
            escaped_control_character(Path::new("m.toml"), "a = 'x\\f'\n", 0, "a = 'x\\f'\n")
                .is_none()
        );
    }
}
