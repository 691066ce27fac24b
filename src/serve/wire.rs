//! Writing answers to a socket: the status line and headers, bodies under a deadline,
//! and the lingering close that lets a client read an error answer.
//!
//! Every write is bounded in total, not per call, so a client that reads one byte now
//! and then cannot keep a thread. Nothing here decides what to answer.

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

use crate::serve::respond::Response;

/// Longest time one answer may take to be written (a file, or one live-reload event).
pub const WRITE_DEADLINE: Duration = Duration::from_secs(30);
/// How long unread input is drained after an error answer before the socket closes.
const LINGER: Duration = Duration::from_millis(500);
/// At most this much unread input is drained.
const LINGER_BYTES: usize = 64 * 1024;

/// Writes a whole response (without the body for HEAD) within `WRITE_DEADLINE`.
pub fn response(stream: &TcpStream, response: &Response, body: bool) -> std::io::Result<()> {
    response_within(stream, response, body, WRITE_DEADLINE)
}

/// Writes a whole response (without the body for HEAD) within `time`.
pub fn response_within(
    stream: &TcpStream,
    response: &Response,
    body: bool,
    time: Duration,
) -> std::io::Result<()> {
    let deadline = Instant::now() + time;
    let mut headers = response.headers.clone();
    headers.push(("Content-Length", response.body.len().to_string()));
    send(stream, &head(response.status, &headers), deadline)?;
    if body {
        send(stream, &response.body, deadline)?;
    }
    Ok(())
}

/// Answers with a short plain-text error and closes gently (see `linger`).
pub fn refuse(stream: &TcpStream, status: u16, text: &str) -> std::io::Result<()> {
    let result = response(stream, &plain(status, text), true);
    linger(stream);
    result
}

/// A plain-text response.
pub fn plain(status: u16, text: &str) -> Response {
    Response::new(status, "text/plain; charset=utf-8", text.as_bytes())
}

/// The status line and headers, with the ones every answer carries.
pub fn head(status: u16, headers: &[(&str, String)]) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // A preview is always fresh; stylesheets are also cache-busted by the script.
    head.push_str("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
    head.push_str("Connection: close\r\n\r\n");
    head.into_bytes()
}

/// Writes all of `bytes` by `deadline`, however slowly the client reads.
pub fn send(stream: &TcpStream, mut bytes: &[u8], deadline: Instant) -> std::io::Result<()> {
    let mut writer = stream;
    while !bytes.is_empty() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(ErrorKind::TimedOut.into());
        }
        stream.set_write_timeout(Some(left))?;
        match writer.write(bytes) {
            Ok(0) => return Err(ErrorKind::WriteZero.into()),
            Ok(n) => bytes = &bytes[n..],
            Err(e) if matches!(e.kind(), ErrorKind::Interrupted) => {}
            Err(e) => return Err(e),
        }
    }
    writer.flush()
}

/// Closing a socket that still has unread input makes the kernel send a reset, which
/// can destroy an answer the client has not read yet (say, a 431 to a head it is still
/// sending). So: end our half, then read and drop what is still coming, briefly.
pub fn linger(stream: &TcpStream) {
    if stream.shutdown(Shutdown::Write).is_err() {
        return;
    }
    let until = Instant::now() + LINGER;
    let mut drained = 0;
    let mut buf = [0u8; 4096];
    while drained < LINGER_BYTES {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match (&*stream).read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => drained += n,
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}
