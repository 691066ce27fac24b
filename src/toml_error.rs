//! Turns `toml` deserialisation errors into diagnostics with a position and a hint.
//!
//! Shared by every TOML source (site.toml, front matter, member and federation files) so
//! they all explain unknown keys the same way.

use std::path::Path;

use crate::diagnostic::{nearest, Diagnostic};

/// A diagnostic for `error`, found in `text` (which starts at byte `offset` of the file
/// whose full text is `file_text`).
pub fn diagnostic_in(
    path: &Path,
    file_text: &str,
    offset: usize,
    error: &toml::de::Error,
) -> Diagnostic {
    let message = error.message().trim().to_string();
    let span = error
        .span()
        .map_or(offset..offset + 1, |s| offset + s.start..offset + s.end);
    let (headline, hint) = explain(&message);
    let diagnostic = Diagnostic::at(path, file_text, span, headline);
    match hint {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// A diagnostic for an error in a file that is all TOML.
pub fn diagnostic(path: &Path, text: &str, error: &toml::de::Error) -> Diagnostic {
    diagnostic_in(path, text, 0, error)
}

/// Splits toml's "unknown field `x`, expected one of `a`, `b`" into a short message and
/// a hint naming the nearest known field.
fn explain(message: &str) -> (String, Option<String>) {
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return (message.to_string(), None);
    };
    let Some((field, expected)) = rest.split_once('`') else {
        return (message.to_string(), None);
    };
    let known: Vec<&str> = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|k| !k.is_empty())
        .collect();
    let headline = format!("unknown field `{field}`");
    let hint = match nearest(field, known.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None if known.is_empty() => "remove it".to_string(),
        None => format!("known fields: {}", known.join(", ")),
    };
    (headline, Some(hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_unknown_field() {
        let (headline, hint) =
            explain("unknown field `titel`, expected one of `title`, `date`, `slug`");
        assert_eq!(headline, "unknown field `titel`");
        assert_eq!(hint.as_deref(), Some("did you mean `title`?"));
    }
}
