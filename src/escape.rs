//! Escaping for every output context, in one place: markup (HTML and XML text and
//! attribute values), JSON inside `<script>`, and iCalendar TEXT and URI values.
//!
//! Every writer and template filter that puts text into an output goes through these
//! functions; none keeps a copy of its own. Loading already refuses control characters
//! in contributed text (they cannot be written in XML 1.0 at all), so dropping them here
//! is defence in depth: an output stays well-formed whatever reaches it.
//!
//! Nothing here validates or rewrites meaning: a URL is checked where it is loaded; here
//! it is only made safe to write.

use std::fmt::Write as _;
use std::io;

/// Whether XML 1.0 (and so HTML) can carry `c` at all: no C0 control characters but
/// tab, line feed and carriage return, no DEL or C1 controls, no `U+FFFE`/`U+FFFF`.
fn is_writable(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// Text for HTML or XML, in element content or a quoted attribute value.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_markup(&mut out, text);
    out
}

fn push_markup(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_writable(c) => out.push(c),
            _ => {}
        }
    }
}

/// `markup` with Tera's escape-function signature: templates autoescape through it.
pub fn write_markup(text: &str, out: &mut dyn io::Write) -> io::Result<()> {
    // Most template values need no escaping at all: write them through untouched.
    if text
        .chars()
        .all(|c| is_writable(c) && !matches!(c, '&' | '<' | '>' | '"' | '\''))
    {
        return out.write_all(text.as_bytes());
    }
    out.write_all(markup(text).as_bytes())
}

/// JSON text that is safe inside an HTML `<script>` element (JSON-LD) and still the
/// same JSON: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`, so neither
/// `</script>` nor `<!--` can appear and change how the HTML parser reads the element,
/// and U+2028/U+2029 are escaped for JavaScript engines that predate ES2019.
///
/// Those characters can only occur inside JSON strings, where the escapes mean the same
/// characters, so rewriting serialised JSON keeps its value exactly.
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// An iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped,
/// line breaks as `\n`, other control characters dropped, so a value can never end its
/// content line and start a property (or a `VEVENT`) of its own.
pub fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An iCalendar URI value (`URL`, `CONFERENCE;VALUE=URI`): characters a URI cannot hold
/// literally (controls, spaces, quotes, angle brackets, non-ASCII...) are
/// percent-encoded as UTF-8, so the value stays one token on one content line.
pub fn ics_uri(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_graphic()
            && !matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// A `mailto:` URL (RFC 6068) to `to` with a prefilled subject and body: everything
/// but unreserved characters percent-encoded (UTF-8), so any text is safe in it.
pub fn mailto(to: &str, subject: Option<&str>, body: Option<&str>) -> String {
    let mut url = format!("mailto:{}", percent_encode(to, b"@"));
    let mut separator = '?';
    for (name, value) in [("subject", subject), ("body", body)] {
        if let Some(value) = value {
            url.push(separator);
            url.push_str(name);
            url.push('=');
            url.push_str(&percent_encode(value, b""));
            separator = '&';
        }
    }
    url
}

/// `text` with every byte but ASCII letters, digits, `-._~` and `keep` as `%XX`.
fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_the_five_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            markup("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;"
        );
        assert_eq!(markup("form\u{c}feed\u{0}\u{1b}[0m"), "formfeed[0m");
        assert_eq!(markup("tab\tline\nret\r"), "tab\tline\nret\r");
        assert_eq!(markup("\u{fffe}é\u{85}"), "é");
    }

    #[test]
    fn write_markup_matches_markup() {
        for text in ["plain", "<b>", "x\u{c}y", "l'été"] {
            let mut out = Vec::new();
            write_markup(text, &mut out).expect("write to a Vec");
            assert_eq!(String::from_utf8(out).expect("utf-8"), markup(text));
        }
    }

    #[test]
    fn script_json_cannot_end_or_comment_the_script_and_keeps_the_value() {
        let value = serde_json::json!({ "name": "<!--<script></script> & \u{2028}" });
        let safe = script_json(&value.to_string());
        for bad in ["<", ">", "&", "\u{2028}"] {
            assert!(!safe.contains(bad), "{safe} contains {bad}");
        }
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, value);
    }

    #[test]
    fn ics_text_cannot_start_a_new_line() {
        assert_eq!(ics_text("a\\b; c, d\r\ne"), "a\\\\b\\; c\\, d\\ne");
        assert_eq!(
            ics_text("x\rEND:VEVENT\u{b}\u{c}BEGIN:VEVENT"),
            "x\\nEND:VEVENTBEGIN:VEVENT"
        );
        assert_eq!(ics_text("tab\there"), "tab here");
    }

    #[test]
    fn ics_uri_percent_encodes_what_a_uri_cannot_hold() {
        assert_eq!(
            ics_uri("https://x.org/a b\r\nBEGIN:VEVENT"),
            "https://x.org/a%20b%0D%0ABEGIN:VEVENT"
        );
        assert_eq!(
            ics_uri("https://x.org/é?q=\"<>\""),
            "https://x.org/%C3%A9?q=%22%3C%3E%22"
        );
        assert_eq!(
            ics_uri("https://meet.jit.si/a-b_c~d"),
            "https://meet.jit.si/a-b_c~d"
        );
    }

    #[test]
    fn mailto_encodes_subject_and_body() {
        assert_eq!(
            mailto("a@b.example", Some("Hé & co"), Some("x\ny?")),
            "mailto:a@b.example?subject=H%C3%A9%20%26%20co&body=x%0Ay%3F"
        );
        assert_eq!(mailto("a@b.example", None, None), "mailto:a@b.example");
    }
}
