//! The request head: read within one deadline and one size limit, then parsed strictly.
//!
//! The deadline is a total from the moment the connection was accepted, not a timeout per
//! read, so a client trickling a byte at a time cannot hold a connection for longer than
//! an honest one takes to send its head. Anything that is not a well-formed HTTP/1.x
//! head (bytes that are not a token or visible ASCII where those are required, a missing
//! version, a folded or nameless header) is refused as a whole, so `respond` only ever
//! sees ASCII text. Only the request line and `Host` are interpreted; other headers are
//! checked for shape and ignored. No answer is written here; `http` does that.

use std::io::{ErrorKind, Read};
use std::net::TcpStream;
use std::time::Instant;

/// Longest request head accepted (request line and headers); beyond it, 431.
pub const MAX_HEAD: usize = 16 * 1024;

/// Why no head could be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    /// The client went away before sending anything: there is no one to answer.
    Closed,
    /// The client stopped sending in the middle of a head (400).
    Truncated,
    /// The head did not arrive completely before the deadline, or the connection was
    /// shed to make room for a newer one (408).
    Late,
    /// The head is larger than `MAX_HEAD` (431).
    TooLarge,
}

/// What a request head says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub target: String,
    /// `HTTP/1.0` or `HTTP/1.1`.
    pub version: &'static str,
    /// The `Host` header's value; HTTP/1.1 requests always have one.
    pub host: Option<String>,
}

/// Why a head is malformed (400); the text is shown to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed(pub &'static str);

/// Reads up to the blank line that ends the head. `deadline` bounds the whole read;
/// `shed` tells whether the connection was closed under the reader to make room.
pub fn read(
    stream: &TcpStream,
    deadline: Instant,
    shed: impl Fn() -> bool,
) -> Result<Vec<u8>, Unread> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || shed() {
            return Err(Unread::Late);
        }
        stream
            .set_read_timeout(Some(left))
            .map_err(|_| Unread::Closed)?;
        // Never more than one byte past the limit, so memory stays bounded.
        let room = (MAX_HEAD + 1 - head.len()).min(chunk.len());
        let read = (&*stream).read(&mut chunk[..room]);
        match read {
            Ok(0) if shed() => return Err(Unread::Late),
            Ok(0) if head.is_empty() => return Err(Unread::Closed),
            Ok(0) => return Err(Unread::Truncated),
            Ok(n) => {
                let from = head.len().saturating_sub(3);
                head.extend_from_slice(&chunk[..n]);
                if let Some(end) = head_end(&head, from) {
                    head.truncate(end);
                    return Ok(head);
                }
                if head.len() > MAX_HEAD {
                    return Err(Unread::TooLarge);
                }
            }
            // The deadline is checked at the top of the loop.
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) if shed() => return Err(Unread::Late),
            Err(_) => return Err(Unread::Closed),
        }
    }
}

/// Where the head ends (just past its blank line), searching from `from`. A bare LF
/// is accepted as a line end, as RFC 9112 allows.
fn head_end(head: &[u8], from: usize) -> Option<usize> {
    (from..head.len()).find_map(|i| {
        if head[i] != b'\n' {
            return None;
        }
        match head.get(i + 1..) {
            Some([b'\n', ..]) => Some(i + 2),
            Some([b'\r', b'\n', ..]) => Some(i + 3),
            _ => None,
        }
    })
}

/// Parses a head returned by `read`.
pub fn parse(head: &[u8]) -> Result<Request, Malformed> {
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line));
    let (method, target, version) = request_line(lines.next().unwrap_or_default())?;
    let mut host = None;
    for line in lines.take_while(|line| !line.is_empty()) {
        let (name, value) = header(line)?;
        if name.eq_ignore_ascii_case(b"host") {
            let value = std::str::from_utf8(value)
                .ok()
                .filter(|v| v.is_ascii())
                .ok_or(Malformed("the Host header is not ASCII"))?;
            if host.replace(value.to_string()).is_some() {
                return Err(Malformed("more than one Host header"));
            }
        }
    }
    if version == "HTTP/1.1" && host.is_none() {
        return Err(Malformed("an HTTP/1.1 request needs a Host header"));
    }
    Ok(Request {
        method,
        target,
        version,
        host,
    })
}

/// `METHOD SP target SP HTTP/1.x`, with single spaces (RFC 9112 §3).
fn request_line(line: &[u8]) -> Result<(String, String, &'static str), Malformed> {
    let mut parts = line.split(|&b| b == b' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Malformed("the request line is not `METHOD /path HTTP/1.1`"));
    };
    if method.is_empty() || !method.iter().all(|&b| is_token(b)) {
        return Err(Malformed("the method is not a token"));
    }
    if target.is_empty() || !target.iter().all(u8::is_ascii_graphic) {
        return Err(Malformed("the request target is not visible ASCII"));
    }
    let version = match version {
        b"HTTP/1.1" => "HTTP/1.1",
        b"HTTP/1.0" => "HTTP/1.0",
        _ => return Err(Malformed("the version is not HTTP/1.0 or HTTP/1.1")),
    };
    // Both are ASCII, checked above.
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    Ok((text(method), text(target), version))
}

/// `name: value`; the name is a token with no space before the colon, the value has
/// no control characters but tabs (obsolete line folding is refused).
fn header(line: &[u8]) -> Result<(&[u8], &[u8]), Malformed> {
    let colon = line
        .iter()
        .position(|&b| b == b':')
        .ok_or(Malformed("a header line has no colon"))?;
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    if name.is_empty() || !name.iter().all(|&b| is_token(b)) {
        return Err(Malformed("a header name is not a token"));
    }
    if value.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(Malformed("a header value has control characters"));
    }
    Ok((name, value.trim_ascii()))
}

/// RFC 9110's `tchar`.
fn is_token(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::{head_end, parse, Malformed};

    #[test]
    fn parses_a_plain_get() {
        let request = parse(b"GET /fr/?q=1 HTTP/1.1\r\nHost: localhost:1111\r\nX:  y \r\n\r\n")
            .expect("well-formed");
        assert_eq!(request.method, "GET");
        assert_eq!(request.target, "/fr/?q=1");
        assert_eq!(request.host.as_deref(), Some("localhost:1111"));
        let old = parse(b"HEAD / HTTP/1.0\n\n").expect("HTTP/1.0 needs no Host");
        assert_eq!((old.version, old.host), ("HTTP/1.0", None));
        assert_eq!(
            parse(b"BREW / HTTP/1.1\r\nHost: a\r\n\r\n")
                .map(|r| r.method)
                .as_deref(),
            Ok("BREW")
        );
    }

    #[test]
    fn refuses_malformed_heads() {
        for (head, why) in [
            (
                &b"G\xffT / HTTP/1.1\r\nHost: a\r\n\r\n"[..],
                "the method is not a token",
            ),
            (
                b"GET /\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n",
                "the request target is not visible ASCII",
            ),
            (
                b"GET /\r\n\r\n",
                "the request line is not `METHOD /path HTTP/1.1`",
            ),
            (
                b"GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
                "the request line is not `METHOD /path HTTP/1.1`",
            ),
            (
                b"G(T / HTTP/1.1\r\nHost: a\r\n\r\n",
                "the method is not a token",
            ),
            (
                b"GET / HTTP/2.0\r\nHost: a\r\n\r\n",
                "the version is not HTTP/1.0 or HTTP/1.1",
            ),
            (
                b"GET / HTTP/1.1\r\n\r\n",
                "an HTTP/1.1 request needs a Host header",
            ),
            (
                b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                "more than one Host header",
            ),
            (
                b"GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
                "a header line has no colon",
            ),
            (
                b"GET / HTTP/1.1\r\nHost : a\r\n\r\n",
                "a header name is not a token",
            ),
            (
                b"GET / HTTP/1.1\r\nHost: \xc3\xa9\r\n\r\n",
                "the Host header is not ASCII",
            ),
            (
                b"GET / HTTP/1.1\r\nHost: a\x01\r\n\r\n",
                "a header value has control characters",
            ),
        ] {
            assert_eq!(parse(head), Err(Malformed(why)), "{}", head.escape_ascii());
        }
    }

    #[test]
    fn finds_the_blank_line_with_crlf_or_lf() {
        assert_eq!(head_end(b"GET / HTTP/1.0\r\n\r\nbody", 0), Some(18));
        assert_eq!(head_end(b"GET / HTTP/1.0\n\nbody", 0), Some(16));
        assert_eq!(head_end(b"GET / HTTP/1.0\r\nA: b\r\n", 0), None);
    }
}
