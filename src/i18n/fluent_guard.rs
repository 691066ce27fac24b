//! Inputs that make the Fluent parser panic, found before it sees them.
//!
//! fluent-syntax 0.12 slices a string at a byte that is not a character boundary when a
//! `\u` or `\U` escape is cut short by a non-ASCII character (`{ "\u00é" }`, upstream
//! fluent-rs #389): `check`, `build` and `serve` would exit with a panic and no
//! location. Such an escape is invalid anyway, so it is reported here, located.

use std::path::Path;

use crate::diagnostic::Diagnostic;

/// The first `\uXXXX` / `\UXXXXXX` escape cut short by a non-ASCII character.
pub fn unicode_escape(path: &Path, text: &str) -> Option<Diagnostic> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes[i + 1] {
            b'u' => 4,
            b'U' => 6,
            // `\\` is one escaped backslash: what follows it starts fresh.
            _ => {
                i += 2;
                continue;
            }
        };
        let hex = bytes[i + 2..]
            .iter()
            .take(digits)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let next = i + 2 + hex;
        if hex < digits && bytes.get(next).is_some_and(|b| !b.is_ascii()) {
            let end = text[next..]
                .chars()
                .next()
                .map_or(next, |c| next + c.len_utf8());
            return Some(
                Diagnostic::at(path, text, i..end, "invalid Unicode escape sequence")
                    .with_hint(format!(
                        "`\\{}` takes exactly {digits} hexadecimal digits (0-9, a-f); or write the character itself",
                        char::from(bytes[i + 1])
                    )),
            );
        }
        i = next;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_escapes_cut_by_non_ascii() {
        let found =
            unicode_escape(Path::new("a.ftl"), "ok = fine\nx = { \"\\u00é\" }\n").expect("found");
        assert_eq!((found.line, found.col), (2, 8));
        assert!(unicode_escape(Path::new("a.ftl"), "x = { \"\\u00e9\" } \\\\u00é").is_none());
        assert!(unicode_escape(Path::new("a.ftl"), "x = { \"\\U01F6é\" }").is_some());
    }
}
