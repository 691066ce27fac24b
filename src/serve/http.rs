//! A deliberately small HTTP/1.1 server over `std::net`: one thread per connection, one
//! request per connection (`Connection: close`, so there are no idle keep-alive
//! connections to bound).
//!
//! Enough for a local preview and for Server-Sent Events, which need a long-lived
//! connection per open tab; an async stack would be far more code and compile time for
//! no gain here. What a connection may hold is bounded (`limits`): its head must arrive
//! whole within `HEAD_DEADLINE` of being accepted, and the slowest head readers are shed
//! when too many are open. The head is parsed strictly (`head`), its `Host` checked
//! against DNS rebinding (`host`), and only then does `respond`, which does no I/O,
//! decide the answer. A panic while answering is caught: it ends that connection only.

use std::io::{self, ErrorKind};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use crate::serve::head::{self, Malformed, Request, Unread};
use crate::serve::host;
use crate::serve::limits::{
    AcceptBackoff, Gauge, HeadReaders, Ticket, MAX_CONNECTIONS, MAX_EVENT_STREAMS, MAX_HEAD_READERS,
};
use crate::serve::panics;
use crate::serve::respond::{self, Reply};
use crate::serve::state::{Event, State};
use crate::serve::wire;

/// The whole request head must arrive within this time from the connection's accept.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(5);
/// How often an idle event stream is pinged, which also notices closed tabs.
const PING: Duration = Duration::from_secs(15);

/// What every connection thread shares.
struct Shared {
    state: Arc<State>,
    /// The listening address, for the `Host` rule.
    bound: SocketAddr,
    readers: Arc<HeadReaders>,
    connections: Arc<Gauge>,
    event_streams: Arc<Gauge>,
}

/// Accepts connections on a background thread for as long as the process runs.
pub fn spawn(listener: TcpListener, state: Arc<State>) -> io::Result<()> {
    let shared = Arc::new(Shared {
        state,
        bound: listener.local_addr()?,
        readers: HeadReaders::new(MAX_HEAD_READERS),
        connections: Gauge::new(MAX_CONNECTIONS),
        event_streams: Gauge::new(MAX_EVENT_STREAMS),
    });
    thread::Builder::new()
        .name("federa-http".into())
        .spawn(move || accept_forever(&listener, &shared))
        .map(|_| ())
}

fn accept_forever(listener: &TcpListener, shared: &Arc<Shared>) {
    let mut backoff = AcceptBackoff::default();
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                backoff.succeeded();
                start_connection(stream, shared);
            }
            // Gone before it was accepted: nothing to wait for.
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::ConnectionAborted
                        | ErrorKind::ConnectionReset
                        | ErrorKind::Interrupted
                ) => {}
            // Out of file descriptors (EMFILE, ENFILE) or memory: retrying at once would
            // fail the same way and spin; closing connections frees what is missing.
            Err(e) => {
                let (delay, warn) = backoff.failed(Instant::now());
                if warn {
                    eprintln!(
                        "warning: cannot accept connections ({e}); retrying every {} ms or so \
                         while it lasts",
                        delay.as_millis()
                    );
                }
                thread::sleep(delay);
            }
        }
    }
}

/// Admits `stream` among the head readers and answers it on its own thread.
fn start_connection(stream: TcpStream, shared: &Arc<Shared>) {
    let accepted = Instant::now();
    let Some(held) = shared.connections.try_hold() else {
        // Written on the accept thread, so briefly; a fresh socket's send buffer is empty.
        let busy = wire::plain(503, "too many connections\n");
        let _ = wire::response_within(&stream, &busy, true, Duration::from_millis(100));
        return;
    };
    let stream = Arc::new(stream);
    let ticket = shared.readers.admit(&stream);
    let shared = Arc::clone(shared);
    let spawned = thread::Builder::new()
        .name("federa-conn".into())
        .spawn(move || {
            let _held = held;
            // Unwind safety: the connection owns its socket; what it shares is read
            // behind locks that ignore poisoning, and its places (`held`, `ticket`)
            // are given back by their destructors during unwinding.
            let answered = panics::catch(|| connection(&stream, ticket, accepted, &shared));
            if let Err(panic) = answered {
                eprintln!(
                    "warning: federa failed while answering a request ({panic}); serving goes on"
                );
                let _ = wire::refuse(
                    &stream,
                    500,
                    "federa serve failed on this request; see its terminal\n",
                );
            }
        });
    if let Err(e) = spawned {
        eprintln!("warning: cannot start a connection thread: {e}");
    }
}

/// Reads, checks and answers one request. Errors are the client going away.
fn connection(stream: &TcpStream, ticket: Ticket, accepted: Instant, shared: &Shared) {
    let head = head::read(stream, accepted + HEAD_DEADLINE, || ticket.was_shed());
    drop(ticket);
    let request = match head {
        Ok(bytes) => head::parse(&bytes),
        Err(Unread::Closed) => return,
        Err(Unread::Truncated) => Err(Malformed("the request head ended early")),
        Err(Unread::Late) => {
            let text = "the request head took too long to arrive\n";
            let _ = wire::refuse(stream, 408, text);
            return;
        }
        Err(Unread::TooLarge) => {
            let _ = wire::refuse(stream, 431, "the request head is larger than 16 KiB\n");
            return;
        }
    };
    let _ = match request {
        Err(Malformed(why)) => wire::refuse(stream, 400, &format!("bad request: {why}\n")),
        Ok(request) if !host_allowed(&request, shared.bound) => {
            wire::refuse(stream, 421, host::REFUSAL)
        }
        Ok(request) => answer(stream, &request, shared),
    };
}

/// HTTP/1.0 requests may come without a `Host`; HTTP/1.1 ones were refused without.
fn host_allowed(request: &Request, bound: SocketAddr) -> bool {
    request
        .host
        .as_deref()
        .is_none_or(|value| host::allowed(value, bound.ip()))
}

fn answer(stream: &TcpStream, request: &Request, shared: &Shared) -> io::Result<()> {
    let body = request.method != "HEAD";
    match respond::respond(&shared.state, &request.method, &request.target) {
        Reply::Full(response) if response.status >= 400 => {
            let result = wire::response(stream, &response, body);
            // Lets a client still sending (a POST body) read the error first.
            wire::linger(stream);
            result
        }
        Reply::Full(response) => wire::response(stream, &response, body),
        Reply::Events if !body => {
            let head = wire::head(200, &[("Content-Type", event_type())]);
            wire::send(stream, &head, Instant::now() + wire::WRITE_DEADLINE)
        }
        Reply::Events => match shared.event_streams.try_hold() {
            Some(_held) => stream_events(stream, &shared.state),
            None => wire::refuse(
                stream,
                503,
                "too many live-reload connections; close some tabs\n",
            ),
        },
    }
}

/// Streams reload events until the tab closes or serve shuts down.
fn stream_events(stream: &TcpStream, state: &State) -> io::Result<()> {
    let events = state.hub.subscribe();
    let send = |bytes: &[u8]| wire::send(stream, bytes, Instant::now() + wire::WRITE_DEADLINE);
    send(&wire::head(200, &[("Content-Type", event_type())]))?;
    // Subscribed first, then read: a breakage cannot slip between the two.
    let first = match state.problems() {
        Some(text) => Event::Error(text).to_sse(),
        None => ": connected\n\n".to_string(),
    };
    send(first.as_bytes())?;
    loop {
        let message = match events.recv_timeout(PING) {
            Ok(event) => event.to_sse(),
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        send(message.as_bytes())?;
    }
}

fn event_type() -> String {
    "text/event-stream; charset=utf-8".to_string()
}
