//! One updating line on stderr while a long build runs: the phase, pages rendered out
//! of the total, and the time so far (`rendering: 16,592/66,368 pages, 4.3 s`).
//!
//! Only on a terminal, and only when neither `--quiet` nor `NO_COLOR` asks for plain
//! output; otherwise nothing at all is drawn, so logs, pipes and tests see the same
//! output as before. The line is redrawn by a thread of its own every 100 ms (so the
//! clock moves while one large batch renders) and erased before the usual summary.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How often the line is redrawn.
const TICK: Duration = Duration::from_millis(100);

/// Whether a progress line may be drawn: stderr is a terminal, and neither `--quiet`
/// (`quiet`) nor the `NO_COLOR` convention asks for plain output.
pub fn wanted(quiet: bool) -> bool {
    !quiet && std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

#[derive(Default)]
struct Counts {
    phase: Mutex<&'static str>,
    done: AtomicUsize,
    total: AtomicUsize,
    stop: AtomicBool,
}

/// A progress line being drawn, or nothing (`Progress::off`).
pub struct Progress {
    counts: Arc<Counts>,
    ticker: Option<JoinHandle<()>>,
}

impl Progress {
    /// Starts drawing when `enabled` (see `wanted`).
    pub fn start(enabled: bool) -> Progress {
        let counts = Arc::new(Counts::default());
        let ticker = enabled
            .then(|| {
                let counts = Arc::clone(&counts);
                let started = Instant::now();
                std::thread::Builder::new()
                    .name("federa-progress".into())
                    .spawn(move || tick(&counts, started))
                    .ok()
            })
            .flatten();
        Progress { counts, ticker }
    }

    /// A progress that draws nothing.
    pub fn off() -> Progress {
        Progress::start(false)
    }

    pub fn phase(&self, phase: &'static str) {
        *self
            .counts
            .phase
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = phase;
    }

    pub fn set_total(&self, pages: usize) {
        self.counts.total.store(pages, Ordering::Relaxed);
    }

    pub fn add(&self, pages: usize) {
        self.counts.done.fetch_add(pages, Ordering::Relaxed);
    }

    /// Stops drawing and erases the line.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.counts.stop.store(true, Ordering::Relaxed);
        if let Some(ticker) = self.ticker.take() {
            let _ = ticker.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop();
    }
}

fn tick(counts: &Counts, started: Instant) {
    let mut stderr = std::io::stderr();
    while !counts.stop.load(Ordering::Relaxed) {
        let phase = *counts.phase.lock().unwrap_or_else(PoisonError::into_inner);
        if !phase.is_empty() {
            let line = describe(
                phase,
                counts.done.load(Ordering::Relaxed),
                counts.total.load(Ordering::Relaxed),
                started.elapsed(),
            );
            // `\r` and "erase the line" (`ESC [2K`): the line is rewritten in place.
            let _ = write!(stderr, "\r\x1b[2K{line}");
            let _ = stderr.flush();
        }
        std::thread::sleep(TICK);
    }
    let _ = write!(stderr, "\r\x1b[2K");
    let _ = stderr.flush();
}

/// The text of the line.
fn describe(phase: &str, done: usize, total: usize, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64();
    if total == 0 {
        format!("{phase}, {seconds:.1} s")
    } else {
        let done = done.min(total);
        format!(
            "{phase}: {}/{} pages, {seconds:.1} s",
            grouped(done),
            grouped(total)
        )
    }
}

/// `66368` -> `66,368`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{describe, grouped, Progress};

    #[test]
    fn the_line_says_phase_pages_and_time() {
        let d = Duration::from_millis(4_340);
        assert_eq!(
            describe("rendering", 16_592, 66_368, d),
            "rendering: 16,592/66,368 pages, 4.3 s"
        );
        assert_eq!(describe("loading", 0, 0, d), "loading, 4.3 s");
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(1_000), "1,000");
    }

    #[test]
    fn an_off_progress_draws_nothing_and_stops() {
        let progress = Progress::off();
        progress.phase("rendering");
        progress.add(3);
        assert!(progress.ticker.is_none());
        progress.finish();
    }
}
