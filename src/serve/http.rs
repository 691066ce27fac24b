//! A deliberately small HTTP/1.1 server over `std::net`: one thread per connection, one
//! request per connection (`Connection: close`).
//!
//! Enough for a local preview and for Server-Sent Events, which need a long-lived
//! connection per open tab; an async stack would be far more code and compile time for
//! no gain here. Only the request line is interpreted; headers are read and ignored.
//! What to answer is decided by `respond`, which does no I/O.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use crate::serve::respond::{self, Reply, Response};
use crate::serve::state::{Event, State};

/// Longest request head accepted (request line + headers).
const MAX_HEAD: u64 = 16 * 1024;
/// More simultaneous connections than any preview needs; beyond it, answer 503.
const MAX_CONNECTIONS: usize = 256;
/// How often an idle event stream is pinged, which also notices closed tabs.
const PING: Duration = Duration::from_secs(15);
const IO_TIMEOUT: Duration = Duration::from_secs(10);

/// Accepts connections on a background thread for as long as the process runs.
pub fn spawn(listener: TcpListener, state: Arc<State>) -> io::Result<()> {
    let open = Arc::new(AtomicUsize::new(0));
    thread::Builder::new()
        .name("federa-http".into())
        .spawn(move || {
            for stream in listener.incoming().filter_map(Result::ok) {
                let state = Arc::clone(&state);
                let open = Arc::clone(&open);
                let spawned = thread::Builder::new()
                    .name("federa-conn".into())
                    .spawn(move || {
                        let count = open.fetch_add(1, Ordering::SeqCst) + 1;
                        // Errors here are a client going away: nothing to report.
                        let _ = handle(stream, &state, count > MAX_CONNECTIONS);
                        open.fetch_sub(1, Ordering::SeqCst);
                    });
                if let Err(e) = spawned {
                    eprintln!("warning: cannot start a connection thread: {e}");
                }
            }
        })
        .map(|_| ())
}

fn handle(mut stream: TcpStream, state: &State, overloaded: bool) -> io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let Some((method, target)) = read_request(&stream)? else {
        return write_response(&mut stream, &plain(400, "bad request\n"), true);
    };
    if overloaded {
        return write_response(&mut stream, &plain(503, "too many connections\n"), true);
    }
    match respond::respond(state, &method, &target) {
        Reply::Full(response) => write_response(&mut stream, &response, method != "HEAD"),
        Reply::Events if method == "HEAD" => {
            write_head(&mut stream, 200, &[("Content-Type", event_type())])
        }
        Reply::Events => stream_events(stream, state),
    }
}

/// Reads the request head; returns the method and target, or `None` if malformed.
fn read_request(stream: &TcpStream) -> io::Result<Option<(String, String)>> {
    let mut reader = BufReader::new(stream.take(MAX_HEAD));
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let request = match (parts.next(), parts.next(), parts.next()) {
        (Some(method), Some(target), Some(version)) if version.starts_with("HTTP/1.") => {
            Some((method.to_string(), target.to_string()))
        }
        _ => None,
    };
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    Ok(request)
}

fn write_response(stream: &mut TcpStream, response: &Response, body: bool) -> io::Result<()> {
    let length = response.body.len().to_string();
    let mut headers: Vec<(&str, String)> = response.headers.clone();
    headers.push(("Content-Length", length));
    write_head(stream, response.status, &headers)?;
    if body {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

fn write_head(stream: &mut TcpStream, status: u16, headers: &[(&str, String)]) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // A preview is always fresh; stylesheets are also cache-busted by the script.
    head.push_str("Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
    head.push_str("Connection: close\r\n\r\n");
    stream.write_all(head.as_bytes())
}

/// Streams reload events until the tab closes or serve shuts down.
fn stream_events(mut stream: TcpStream, state: &State) -> io::Result<()> {
    let events = state.hub.subscribe();
    write_head(&mut stream, 200, &[("Content-Type", event_type())])?;
    // Subscribed first, then read: a breakage cannot slip between the two.
    let first = match state.problems() {
        Some(text) => Event::Error(text).to_sse(),
        None => ": connected\n\n".to_string(),
    };
    stream.write_all(first.as_bytes())?;
    stream.flush()?;
    loop {
        let message = match events.recv_timeout(PING) {
            Ok(event) => event.to_sse(),
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        stream.write_all(message.as_bytes())?;
        stream.flush()?;
    }
}

fn event_type() -> String {
    "text/event-stream; charset=utf-8".to_string()
}

fn plain(status: u16, body: &str) -> Response {
    Response::new(status, "text/plain; charset=utf-8", body.as_bytes())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        _ => "",
    }
}
