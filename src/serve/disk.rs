//! Serve's copy of the site on disk, written by a thread of its own.
//!
//! Browsers are served from memory, so nothing they see waits for the disk: a rebuild
//! hands its difference to this thread and goes on to serve and announce the new
//! site; the first build hands over every file. Jobs are done one at a time in the
//! order they came, so the folder always moves from one good site to the next; the
//! differences of edits saved in quick succession are written once, when the edits
//! pause (`busy`), and a job under way waits between two files while an edit is
//! rendered (the first build's folder takes half a minute at 10,000 members), so that
//! the disk never slows the next edit's render. Errors
//! are printed and do not stop serving. When serve stops, the jobs still queued are
//! finished first (`Disk::finish`), so the folder then holds the last good site.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use crate::output;
use crate::serve::busy::{self, Busy};
use crate::serve::panics;
use crate::serve::rebuild::Changes;
use crate::serve::state::Files;

/// One thing to do to the folder.
enum Job {
    /// Make the folder hold exactly these files (it may hold an earlier session's).
    Exactly(Arc<Files>),
    /// Write the changed files and remove the others, on top of the previous site.
    Apply(Changes),
}

/// The writing thread, and the way to hand it jobs.
pub struct Disk {
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
}

impl Disk {
    /// Starts the thread that writes into `output`; differences wait while `busy`
    /// says an edit is being rendered, and those queued meanwhile are written as one.
    pub fn start(output: PathBuf, busy: Busy) -> std::io::Result<Disk> {
        let (jobs, receiver) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("federa-disk".into())
            .spawn(move || work(&output, &receiver, &busy))?;
        Ok(Disk {
            jobs: Some(jobs),
            thread: Some(thread),
        })
    }

    /// Queues writing every file of a site (after the first good build).
    pub fn write_all(&self, files: Arc<Files>) {
        self.send(Job::Exactly(files));
    }

    /// Queues a difference from the previous good site.
    pub fn apply(&self, changes: Changes) {
        if changes.count() > 0 {
            self.send(Job::Apply(changes));
        }
    }

    /// A way for another thread to queue differences (`indexer`); the disk thread
    /// ends only once every queue is dropped.
    pub fn queue(&self) -> Option<DiskQueue> {
        self.jobs.clone().map(DiskQueue)
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // The thread only ends when `jobs` is dropped (or it crashed, reported).
            let _ = jobs.send(job);
        }
    }

    /// Waits for the queued jobs to be done.
    pub fn finish(mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Queues differences from another thread (`Disk::queue`).
pub struct DiskQueue(Sender<Job>);

impl DiskQueue {
    /// Queues a difference from the previous good site.
    pub fn apply(&self, changes: Changes) {
        if changes.count() > 0 {
            // The thread only ends when every sender is dropped (or it crashed, reported).
            let _ = self.0.send(Job::Apply(changes));
        }
    }
}

fn work(output: &Path, jobs: &Receiver<Job>, busy: &Busy) {
    let mut next = None;
    loop {
        let job = match next.take().map_or_else(|| jobs.recv().ok(), Some) {
            Some(Job::Apply(changes)) => {
                let (merged, after) = gather(changes, jobs, busy);
                next = after;
                Job::Apply(merged)
            }
            Some(job) => job,
            None => break,
        };
        // Unwind safety: a job only touches files on disk; a crash in one is reported
        // and the next job starts from whatever the folder holds.
        let done = panics::catch(|| run(output, &job, busy));
        let problem = match done {
            Ok(Ok(())) => continue,
            Ok(Err(e)) => e.to_string(),
            Err(panic) => format!("federa crashed while writing: {panic}"),
        };
        eprintln!(
            "error: cannot write {}: {problem} (browsers are still served the new site)",
            output.display()
        );
    }
}

/// `changes` and the differences queued after it until edits pause (`busy::SETTLE`,
/// and no render under way), as one; and the job that came next if it is not a
/// difference.
fn gather(mut changes: Changes, jobs: &Receiver<Job>, busy: &Busy) -> (Changes, Option<Job>) {
    loop {
        match jobs.recv_timeout(busy::SETTLE) {
            Ok(Job::Apply(later)) => changes = changes.then(later),
            Ok(other) => return (changes, Some(other)),
            Err(RecvTimeoutError::Timeout) if busy.is_rendering() => {}
            Err(_) => return (changes, None),
        }
    }
}

fn run(output: &Path, job: &Job, busy: &Busy) -> std::io::Result<()> {
    let pause = || busy.wait_while_rendering();
    match job {
        Job::Exactly(files) => {
            let started = Instant::now();
            let outputs: Vec<(&str, &[u8])> = files
                .iter()
                .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
                .collect();
            let written = output::write_changed(output, &outputs, &pause)?;
            println!(
                "wrote {} ({written} files changed) in {} ms",
                output.display(),
                started.elapsed().as_millis()
            );
            Ok(())
        }
        Job::Apply(changes) => {
            let written: Vec<(&str, &[u8])> = changes
                .written
                .iter()
                .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
                .collect();
            output::apply_changes(output, &written, &changes.removed, &pause)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use super::Disk;
    use crate::serve::busy::Busy;
    use crate::serve::rebuild::Changes;

    #[test]
    fn differences_in_a_row_are_one_difference() {
        let file = |text: &str| Arc::new(text.as_bytes().to_vec());
        let earlier = Changes {
            written: vec![("a".into(), file("a1")), ("b".into(), file("b1"))],
            removed: vec!["c".into()],
        };
        let later = Changes {
            written: vec![("c".into(), file("c2")), ("d".into(), file("d2"))],
            removed: vec!["a".into()],
        };
        let merged = earlier.then(later);
        let written: Vec<(&str, &[u8])> = merged
            .written
            .iter()
            .map(|(p, b)| (p.as_str(), b.as_slice()))
            .collect();
        assert_eq!(
            written,
            [("b", &b"b1"[..]), ("c", &b"c2"[..]), ("d", &b"d2"[..])]
        );
        assert_eq!(merged.removed, ["a"]);
    }

    /// Queues one page with `queue` while an edit is rendered: nothing reaches the
    /// folder until the render ends, then the page does.
    fn held_back_during_a_render(queue: impl FnOnce(&Disk, BTreeMap<String, Arc<Vec<u8>>>)) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("out");
        let busy = Busy::default();
        let disk = Disk::start(out.clone(), busy.clone()).expect("start");
        let rendering = busy.rendering();
        let page: BTreeMap<String, Arc<Vec<u8>>> =
            [("index.html".to_string(), Arc::new(b"1".to_vec()))].into();
        queue(&disk, page);
        std::thread::sleep(crate::serve::busy::SETTLE * 2);
        assert!(!out.join("index.html").exists(), "written during a render");
        drop(rendering);
        disk.finish();
        assert_eq!(
            std::fs::read(out.join("index.html")).expect("written"),
            b"1"
        );
    }

    #[test]
    fn nothing_is_written_while_an_edit_is_rendered() {
        held_back_during_a_render(|disk, page| {
            disk.apply(Changes::between(&BTreeMap::new(), &page));
        });
    }

    #[test]
    fn a_job_under_way_waits_while_an_edit_is_rendered() {
        // The first build's files are written without waiting for edits to pause;
        // an edit rendered meanwhile holds them back.
        held_back_during_a_render(|disk, site| disk.write_all(Arc::new(site)));
    }

    #[test]
    fn jobs_are_done_in_order_and_finished_before_stopping() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("out");
        let disk = Disk::start(out.clone(), Busy::default()).expect("start");
        let first: BTreeMap<String, Arc<Vec<u8>>> = [
            ("a/index.html".to_string(), Arc::new(b"1".to_vec())),
            ("b.txt".to_string(), Arc::new(b"b".to_vec())),
        ]
        .into();
        disk.write_all(Arc::new(first.clone()));
        let mut second = first.clone();
        second.insert("a/index.html".into(), Arc::new(b"2".to_vec()));
        second.remove("b.txt");
        disk.apply(Changes::between(&first, &second));
        disk.finish();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).expect("read"),
            "2"
        );
        assert!(!out.join("b.txt").exists());
    }
}
