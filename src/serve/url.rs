//! Request targets to output paths, refusing anything that could leave the output.
//!
//! The decoded path is checked segment by segment *after* percent-decoding, so
//! `/%2e%2e%2fetc/passwd` is refused exactly like `/../etc/passwd`. Files are looked up
//! by key in the served snapshot, never joined onto a disk path, so even a path that got
//! through here could not name a file outside the site.

/// Why a request target was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub &'static str);

/// Decodes the path of a request target (`/fr/a-propos/?x=1` -> `/fr/a-propos/`).
pub fn decode_path(target: &str) -> Result<String, Refused> {
    let raw = target.split(['?', '#']).next().unwrap_or("");
    if !raw.starts_with('/') {
        return Err(Refused("the path must start with `/`"));
    }
    let bytes = percent_decode(raw.as_bytes()).ok_or(Refused("bad percent-encoding"))?;
    let path = String::from_utf8(bytes).map_err(|_| Refused("the path is not UTF-8"))?;
    if path.contains(['\0', '\\']) {
        return Err(Refused("the path contains a NUL or a backslash"));
    }
    if path
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return Err(Refused("the path contains `.` or `..` segments"));
    }
    if path.contains("//") {
        return Err(Refused("the path contains an empty segment"));
    }
    Ok(path)
}

/// The output key a decoded path names: `/` -> `index.html`, `/about/` ->
/// `about/index.html`, `/style.css` -> `style.css`.
pub fn output_key(path: &str) -> String {
    let key = path.trim_start_matches('/');
    if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key.to_string()
    }
}

/// The language folder a path is under (`/fr/x/` -> `fr`), if its first segment is one.
pub fn first_segment(path: &str) -> Option<&str> {
    let rest = path.trim_start_matches('/');
    let (first, _) = rest.split_once('/')?;
    (!first.is_empty()).then_some(first)
}

fn percent_decode(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        if input[i] == b'%' {
            let hex = input.get(i + 1..i + 3)?;
            let text = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(text, 16).ok()?);
            i += 3;
        } else {
            out.push(input[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{decode_path, first_segment, output_key};

    #[test]
    fn decodes_and_strips_the_query() {
        assert_eq!(decode_path("/fr/a%20b/?x=1").as_deref(), Ok("/fr/a b/"));
        assert_eq!(
            decode_path("/%C3%BCber/").as_deref(),
            Ok("/\u{fc}ber/"),
            "UTF-8 percent-encoding"
        );
    }

    #[test]
    fn refuses_traversal_raw_and_encoded() {
        for target in [
            "/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/..%2F..%2Fetc%2Fpasswd",
            "/a/./b",
            "/..",
            "/%2e%2E",
            "/a%5c..%5cb",
            "/a%00b",
            "//etc/passwd",
            "etc/passwd",
            "http://x/etc/passwd",
            "/%zz",
            "/%2",
        ] {
            assert!(decode_path(target).is_err(), "{target} must be refused");
        }
    }

    #[test]
    fn keys_and_languages() {
        assert_eq!(output_key("/"), "index.html");
        assert_eq!(output_key("/fr/a-propos/"), "fr/a-propos/index.html");
        assert_eq!(output_key("/style.css"), "style.css");
        assert_eq!(first_segment("/fr/x/"), Some("fr"));
        assert_eq!(first_segment("/fr"), None);
        assert_eq!(first_segment("/"), None);
    }
}
