//! Serve's search indexes, refreshed on a thread of their own after each edit, and the
//! export documents (`members.json`, `federations.json`) that partial renders leave to it.
//!
//! Reading every changed page for the indexes takes longer than the edit itself at
//! a thousand members, so a rebuild serves its pages and reloads browsers first and
//! hands the new site to this thread; the old `index.json` files are served until
//! the refreshed ones replace them. Each served site has a generation: publishing
//! bumps it (`Indexer::publish`), and a refresh lands only while its generation is
//! still the served one, so an older refresh never overwrites a newer site. The
//! thread waits for edits to pause (`busy::SETTLE`, and no render under way), then takes the
//! latest job queued and skips the ones it supersedes. The first job (after the first
//! build) fills the cache of pages read, so the first edit re-reads only what it
//! changed. The refresh uses one core, in a pool of its own, and stops between two
//! small steps (a few pages read, one language's index written) when an edit starts
//! rendering, so the next edit's render has both cores; it goes on where it stopped
//! once edits pause again, unless the edit brought a newer job. A refresh whose site
//! is no longer served stops after reading its pages.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use crate::render::search::{self, Cache, Step};
use crate::render::structured::{self, Documents};
use crate::render::Shared;
use crate::serve::busy::{self, Busy};
use crate::serve::disk::DiskQueue;
use crate::serve::panics;
use crate::serve::rebuild::Changes;
use crate::serve::state::{Files, State};
use crate::site::Site;

/// One refresh: the served site of a generation, whether its indexes are to be
/// replaced (false when a full render already wrote them: the cache is only filled),
/// and the export documents its partial render left as they were.
pub struct Job {
    pub generation: u64,
    pub site: Site,
    pub files: Arc<Files>,
    pub replace: bool,
    pub documents: Documents,
}

/// The refreshing thread, and the generation of the served site.
pub struct Indexer {
    jobs: Option<Sender<Job>>,
    generation: Arc<Mutex<u64>>,
    thread: Option<JoinHandle<()>>,
}

impl Indexer {
    /// Starts the thread, which swaps refreshed indexes into `state` and hands the
    /// difference to the disk thread (`disk`).
    /// No refresh starts while `busy` says an edit is being rendered (one already
    /// started goes on).
    pub fn start(
        state: Arc<State>,
        disk: Option<DiskQueue>,
        busy: Busy,
    ) -> std::io::Result<Indexer> {
        let (jobs, receiver) = mpsc::channel();
        let generation = Arc::new(Mutex::new(0));
        let served = Arc::clone(&generation);
        let thread = std::thread::Builder::new()
            .name("federa-search".into())
            .spawn(move || work(&state, disk.as_ref(), &served, &busy, &receiver))?;
        Ok(Indexer {
            jobs: Some(jobs),
            generation,
            thread: Some(thread),
        })
    }

    /// Runs `swap` (which replaces the served files) as a new generation, so that no
    /// refresh lands in between or afterwards for an older one; returns the
    /// generation and what `swap` returned.
    pub fn publish<T>(&self, swap: impl FnOnce() -> T) -> (u64, T) {
        let mut generation = lock(&self.generation);
        *generation += 1;
        (*generation, swap())
    }

    /// Queues a refresh.
    pub fn queue(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // The thread only ends when `jobs` is dropped (or it crashed, reported).
            let _ = jobs.send(job);
        }
    }

    /// Waits for the refresh under way (the disk thread must still be running).
    pub fn finish(mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn lock(generation: &Mutex<u64>) -> MutexGuard<'_, u64> {
    generation.lock().unwrap_or_else(PoisonError::into_inner)
}

fn work(
    state: &State,
    disk: Option<&DiskQueue>,
    served: &Mutex<u64>,
    busy: &Busy,
    jobs: &Receiver<Job>,
) {
    let mut cache = Cache::default();
    // The refresh's parallel work runs on one thread of its own, not in the pool that
    // renders edits: the next edit never waits for index work queued before it.
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "federa-search-pool".into())
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("error: cannot start the search index thread ({e}): the search pages have no index until serve restarts");
            return;
        }
    };
    // The documents that partial renders left and no refresh has served yet: a job
    // whose site is no longer served hands them to the next.
    let mut owed = Documents::NONE;
    while let Ok(mut job) = jobs.recv() {
        loop {
            job = latest_when_settled(job, jobs, busy, &mut owed);
            // Unwind safety: a crash leaves a half-updated cache, so it is emptied; the
            // served site is swapped whole or not at all.
            let refreshed = pool.install(|| {
                panics::catch(|| refresh(state, disk, served, &job, &mut cache, busy, &mut owed))
            });
            match refreshed {
                // An edit started rendering: the pages read so far stay in the cache,
                // and the refresh goes on (or the edit's newer one starts) after it.
                Ok(Step::Stopped) => {}
                Ok(Step::Done) => break,
                Err(panic) => {
                    cache = Cache::default();
                    eprintln!("error: federa crashed while refreshing the search index or the exports: {panic}");
                    break;
                }
            }
        }
    }
}

/// `job`, or the latest queued after it, once edits pause. Only the latest site
/// matters: the ones before it are no longer served, so edits saved in quick
/// succession are refreshed once, when they pause.
/// `owed` gains the documents of each job taken.
fn latest_when_settled(
    mut job: Job,
    jobs: &Receiver<Job>,
    busy: &Busy,
    owed: &mut Documents,
) -> Job {
    *owed = owed_after(*owed, &job);
    loop {
        match jobs.recv_timeout(busy::SETTLE) {
            Ok(newer) => {
                *owed = owed_after(*owed, &newer);
                job = newer;
            }
            // An edit is being rendered: its job comes when it is served.
            Err(RecvTimeoutError::Timeout) if busy.is_rendering() => {}
            Err(_) => return job,
        }
    }
}

/// The documents owed once `job` is taken: a full render wrote them all.
fn owed_after(owed: Documents, job: &Job) -> Documents {
    if job.replace {
        owed.and(job.documents)
    } else {
        Documents::NONE
    }
}

/// Refreshes the indexes of `job`'s site, and the `owed` documents, and serves them if
/// the site still is; stops (between two small steps) when an edit starts rendering.
fn refresh(
    state: &State,
    disk: Option<&DiskQueue>,
    served: &Mutex<u64>,
    job: &Job,
    cache: &mut Cache,
    busy: &Busy,
    owed: &mut Documents,
) -> Step {
    let stop = || busy.is_rendering();
    let searchable = search::enabled(&job.site);
    if searchable && search::read_changed(&job.files, cache, &stop) == Step::Stopped {
        return Step::Stopped;
    }
    let current = |generation: &u64| *generation == job.generation;
    // A newer edit is served already: its refresh writes the indexes (the pages read
    // here stay in the cache), so this one stops before the costly part.
    if !job.replace || !current(&lock(served)) {
        return Step::Done;
    }
    let mut outputs = Vec::new();
    if *owed != Documents::NONE {
        let shared = Shared::new(&job.site);
        outputs = structured::selected_documents(&job.site, &shared, *owed);
    }
    if searchable {
        let Some(indexes) = search::write_stale(&job.site, cache, &stop) else {
            return Step::Stopped;
        };
        outputs.extend(indexes);
    }
    let generation = lock(served);
    if !current(&generation) {
        return Step::Done;
    }
    // An edit under way started from the files served now and will replace them with
    // its own (`Builder::publish`, under the same lock): what landed now would be lost.
    if busy.is_rendering() {
        return Step::Stopped;
    }
    *owed = Documents::NONE;
    let current = state.files();
    let mut next = (*current).clone();
    next.extend(outputs.into_iter().map(|o| (o.path, Arc::new(o.bytes))));
    let changes = Changes::between(&current, &next);
    if changes.count() > 0 {
        state.set_files(next);
        if let Some(disk) = disk {
            disk.apply(changes);
        }
    }
    Step::Done
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::{Indexer, Job};
    use crate::render::structured::Documents;
    use crate::serve::busy::Busy;
    use crate::serve::state::{Files, State};
    use crate::site::{BuildOptions, Site};

    const INDEX: &str = "search/index.json";

    fn federation() -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/federation");
        let loaded = Site::load(&root, &BuildOptions::default());
        loaded.site.expect("the federation fixture loads")
    }

    /// A served site: one page and an index that is not the refreshed one.
    fn files(page: &str, index: &str) -> Arc<Files> {
        Arc::new(
            [("index.html", page), (INDEX, index)]
                .map(|(path, text)| (path.to_string(), Arc::new(text.as_bytes().to_vec())))
                .into(),
        )
    }

    /// An empty served site and its search thread (no disk: the folder is `disk`'s).
    fn started() -> (Arc<State>, Indexer, Busy) {
        let state = Arc::new(State::default());
        let busy = Busy::default();
        let indexer = Indexer::start(Arc::clone(&state), None, busy.clone()).expect("start");
        (state, indexer, busy)
    }

    /// A refresh of `files` (the federation fixture's site) that replaces the indexes.
    fn job(generation: u64, files: Arc<Files>, documents: Documents) -> Job {
        Job {
            generation,
            site: federation(),
            files,
            replace: true,
            documents,
        }
    }

    fn served_index(state: &State) -> String {
        let files = state.files();
        String::from_utf8_lossy(files.get(INDEX).expect("an index")).into_owned()
    }

    #[test]
    fn the_edit_is_served_first_and_its_refresh_lands_after() {
        let (state, indexer, _) = started();
        let edited = files("<html><main>Edited</main></html>", "old");
        let (generation, ()) = indexer.publish(|| state.set_files_shared(Arc::clone(&edited)));
        // Nothing queued yet: the edited page is served with the old index.
        assert_eq!(served_index(&state), "old");
        indexer.queue(job(generation, edited, Documents::NONE));
        indexer.finish();
        let index = served_index(&state);
        assert!(index.starts_with('{'), "the refreshed index: {index}");
    }

    #[test]
    fn no_refresh_starts_while_an_edit_is_rendered() {
        let (state, indexer, busy) = started();
        let edited = files("<html><main>Edited</main></html>", "old");
        let (generation, ()) = indexer.publish(|| state.set_files_shared(Arc::clone(&edited)));
        let rendering = busy.rendering();
        indexer.queue(job(generation, edited, Documents::NONE));
        std::thread::sleep(crate::serve::busy::SETTLE * 2);
        assert_eq!(served_index(&state), "old", "refreshed during a render");
        drop(rendering);
        let waited = std::time::Instant::now();
        while served_index(&state) == "old" {
            assert!(waited.elapsed().as_secs() < 30, "never refreshed");
            std::thread::sleep(crate::serve::busy::SETTLE / 10);
        }
        indexer.finish();
    }

    #[test]
    fn documents_left_by_an_edit_are_written_by_the_refresh_of_a_later_one() {
        let (state, indexer, _) = started();
        let member_edit = files("<html><main>One</main></html>", "one");
        let (first, ()) = indexer.publish(|| state.set_files_shared(Arc::clone(&member_edit)));
        let page_edit = files("<html><main>Two</main></html>", "two");
        let (second, ()) = indexer.publish(|| state.set_files_shared(Arc::clone(&page_edit)));
        // Both queued before edits pause: the page edit's refresh owes the documents.
        indexer.queue(job(first, member_edit, Documents::BOTH));
        indexer.queue(job(second, page_edit, Documents::NONE));
        indexer.finish();
        let files = state.files();
        let members: serde_json::Value =
            serde_json::from_slice(files.get("members.json").expect("written")).expect("json");
        assert!(members["members"].as_array().is_some_and(|m| !m.is_empty()));
        assert!(files.contains_key("federations.json"));
        assert!(served_index(&state).starts_with('{'));
    }

    #[test]
    fn an_older_refresh_never_lands_on_a_newer_site() {
        let (state, indexer, _) = started();
        let older = files("<html><main>One</main></html>", "one");
        let (first, ()) = indexer.publish(|| state.set_files_shared(Arc::clone(&older)));
        let newer = files("<html><main>Two</main></html>", "two");
        indexer.publish(|| state.set_files_shared(newer));
        indexer.queue(job(first, older, Documents::NONE));
        indexer.finish();
        assert_eq!(served_index(&state), "two");
    }
}
