//! What clients can hold, and how the accept loop waits out a lack of file descriptors.
//!
//! A connection still reading its head is the cheap thing to hold on to (a trickle of
//! one byte every few seconds), so those are few (`MAX_HEAD_READERS`) and a newcomer is
//! always let in: at the cap, the *oldest* head reader is shed (closed, with a 408)
//! instead. An honest client sends its head at once, so to shed it an attacker must open
//! `MAX_HEAD_READERS` connections within the milliseconds that takes; a pure cap that
//! refused newcomers would lock everyone out with that many idle sockets. Every client
//! on loopback shares one address, so nothing here is per IP. Live-reload streams are
//! long by design and counted apart; all connections together are capped to bound threads.

use std::collections::VecDeque;
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Connections still reading their head; beyond it the oldest is shed.
pub const MAX_HEAD_READERS: usize = 64;
/// Open live-reload streams (one per open tab); beyond it, 503.
pub const MAX_EVENT_STREAMS: usize = 64;
/// All open connections (one thread each); beyond it, 503 without reading.
pub const MAX_CONNECTIONS: usize = 512;

/// The connections still reading their head, oldest first.
pub struct HeadReaders {
    cap: usize,
    readers: Mutex<VecDeque<Reader>>,
    next_id: AtomicU64,
}

struct Reader {
    id: u64,
    stream: Arc<TcpStream>,
    shed: Arc<AtomicBool>,
}

/// A place among the head readers, given back when dropped (the head was read).
pub struct Ticket {
    readers: Arc<HeadReaders>,
    id: u64,
    shed: Arc<AtomicBool>,
}

impl HeadReaders {
    pub fn new(cap: usize) -> Arc<HeadReaders> {
        Arc::new(HeadReaders {
            cap: cap.max(1),
            readers: Mutex::new(VecDeque::new()),
            next_id: AtomicU64::new(0),
        })
    }

    /// Lets `stream` in, shedding the oldest readers to stay within the cap. Shedding
    /// shuts the reading half down, which wakes the blocked reader at once; its thread
    /// then answers 408 and closes.
    pub fn admit(self: &Arc<Self>, stream: &Arc<TcpStream>) -> Ticket {
        let mut readers = self.lock();
        while readers.len() >= self.cap {
            let Some(oldest) = readers.pop_front() else {
                break;
            };
            oldest.shed.store(true, Ordering::SeqCst);
            // Fails only if the socket is already closed, which is what we want.
            let _ = oldest.stream.shutdown(Shutdown::Read);
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let shed = Arc::new(AtomicBool::new(false));
        readers.push_back(Reader {
            id,
            stream: Arc::clone(stream),
            shed: Arc::clone(&shed),
        });
        Ticket {
            readers: Arc::clone(self),
            id,
            shed,
        }
    }

    /// How many connections are reading their head now.
    pub fn count(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> MutexGuard<'_, VecDeque<Reader>> {
        // A panicking connection thread must not stop the others from being admitted.
        self.readers.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Ticket {
    /// Whether this connection was shed to make room for a newer one.
    pub fn was_shed(&self) -> bool {
        self.shed.load(Ordering::SeqCst)
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.readers.lock().retain(|reader| reader.id != self.id);
    }
}

/// A count with a cap, held through `Held` guards so a panic cannot leak a place.
pub struct Gauge {
    cap: usize,
    count: AtomicUsize,
}

/// One place in a `Gauge`, given back when dropped.
pub struct Held(Arc<Gauge>);

impl Gauge {
    pub fn new(cap: usize) -> Arc<Gauge> {
        Arc::new(Gauge {
            cap,
            count: AtomicUsize::new(0),
        })
    }

    /// A place, unless all are taken.
    pub fn try_hold(self: &Arc<Self>) -> Option<Held> {
        self.count
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < self.cap).then_some(n + 1)
            })
            .ok()
            .map(|_| Held(Arc::clone(self)))
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.0.count.fetch_sub(1, Ordering::SeqCst);
    }
}

/// How long the accept loop sleeps after failures such as "too many open files", which
/// would otherwise repeat at once and spin a core; and when to say so.
#[derive(Debug, Default)]
pub struct AcceptBackoff {
    failures: u32,
    warned_at: Option<Instant>,
}

const FIRST_DELAY: Duration = Duration::from_millis(50);
const LONGEST_DELAY: Duration = Duration::from_millis(500);
/// At most one warning this often, however the failures come and go.
const WARN_EVERY: Duration = Duration::from_secs(60);

impl AcceptBackoff {
    /// A connection was accepted: the next failure starts short again.
    pub fn succeeded(&mut self) {
        self.failures = 0;
    }

    /// After a failed accept at `now`: how long to sleep (doubling from 50 ms up to
    /// 500 ms), and whether to print a warning.
    pub fn failed(&mut self, now: Instant) -> (Duration, bool) {
        let delay = FIRST_DELAY
            .saturating_mul(1 << self.failures.min(8))
            .min(LONGEST_DELAY);
        self.failures = self.failures.saturating_add(1);
        let warn = self
            .warned_at
            .is_none_or(|at| now.saturating_duration_since(at) >= WARN_EVERY);
        if warn {
            self.warned_at = Some(now);
        }
        (delay, warn)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;
    use std::net::{TcpListener, TcpStream};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use super::{AcceptBackoff, Gauge, HeadReaders};

    /// A connected pair on loopback: (server side, client side).
    fn pair(listener: &TcpListener) -> (Arc<TcpStream>, TcpStream) {
        let client = TcpStream::connect(listener.local_addr().expect("addr")).expect("connect");
        let (server, _) = listener.accept().expect("accept");
        (Arc::new(server), client)
    }

    #[test]
    fn the_oldest_head_reader_is_shed_at_the_cap() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let readers = HeadReaders::new(2);
        let (first, _c1) = pair(&listener);
        let (second, _c2) = pair(&listener);
        let (third, _c3) = pair(&listener);
        let oldest = readers.admit(&first);
        let middle = readers.admit(&second);
        assert!(!oldest.was_shed());
        let newest = readers.admit(&third);
        assert!(oldest.was_shed() && !middle.was_shed() && !newest.was_shed());
        first
            .set_read_timeout(Some(Duration::from_secs(5)))
            .expect("timeout");
        let mut buf = [0u8; 1];
        assert_eq!(
            (&*first).read(&mut buf).expect("woken"),
            0,
            "reads see the end"
        );
        drop(middle);
        assert_eq!(readers.count(), 1, "a dropped ticket frees its place");
        drop(oldest);
        assert_eq!(readers.count(), 1, "a shed ticket had no place left");
    }

    #[test]
    fn gauge_places_come_back_when_dropped() {
        let gauge = Gauge::new(1);
        let held = gauge.try_hold();
        assert!(held.is_some());
        assert!(gauge.try_hold().is_none());
        drop(held);
        assert!(gauge.try_hold().is_some());
    }

    #[test]
    fn accept_backoff_grows_resets_and_warns_rarely() {
        let mut backoff = AcceptBackoff::default();
        let start = Instant::now();
        let delays: Vec<(u128, bool)> = (0..6)
            .map(|i| {
                let (delay, warn) = backoff.failed(start + Duration::from_millis(i));
                (delay.as_millis(), warn)
            })
            .collect();
        let expected = [
            (50, true),
            (100, false),
            (200, false),
            (400, false),
            (500, false),
            (500, false),
        ];
        assert_eq!(delays, expected);
        backoff.succeeded();
        assert_eq!(
            backoff.failed(start + Duration::from_secs(1)),
            (Duration::from_millis(50), false)
        );
        assert!(
            backoff.failed(start + Duration::from_secs(61)).1,
            "warns again after a minute"
        );
    }
}
