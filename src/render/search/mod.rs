//! Site search without a server: a search page per language and, beside it, a JSON
//! index of every page of that language, which `search.js` loads and queries offline.
//!
//! The index is built from the rendered HTML (`extract`), so every kind of page that a
//! template renders (pages, news, events, co-ops, federations, and kinds added later)
//! is searchable without being listed here: `Templates::render` writes the kind on
//! `<main data-kind>`. Words are stemmed at build time with the language's Snowball
//! stemmer (`fold`), and the index maps each word form to its stem (`index`), so the
//! browser only compares prefixes. Nothing is fetched from another site.
//!
//! Serve re-renders only some pages after an edit; `refresh` rebuilds the indexes from
//! the served pages so they never lag behind them.

pub mod extract;
pub mod fold;
pub mod index;
pub mod language;
pub mod page;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rayon::prelude::{IntoParallelIterator, IntoParallelRefMutIterator, ParallelIterator};

use crate::output::OutputFile;
use crate::render::base_path_of;
use crate::render::routes::join_path;
use crate::render::search::extract::Entry;
use crate::render::search::language::Language;
use crate::site::Site;

/// The built-in section of the search page (its URL segment: `[segments.<lang>] search`).
pub const SECTION: &str = "search";
/// The index's file name, beside the search page.
pub const INDEX_FILE: &str = "index.json";

/// Pages read (in parallel) before their words go to their languages.
const SCAN_CHUNK: usize = 256;
/// Changed pages serve reads between two looks at whether an edit is being rendered:
/// a few, and no more bytes than `READ_BYTES` unless one page is larger (a directory
/// page is megabytes at 10,000 members, a few milliseconds to read).
const READ_CHUNK: usize = 8;
const READ_BYTES: usize = 1 << 20;

/// The indexes of every language, filled as the render's outputs pass by.
#[derive(Default)]
pub struct Collector {
    languages: BTreeMap<String, Language>,
}

impl Collector {
    /// Reads the HTML pages of `batch` (in parallel) into their languages' indexes.
    pub fn scan(&mut self, batch: &[OutputFile]) {
        // A few hundred pages at a time: the text of a whole batch (every content
        // page) would otherwise be held at once, a third more memory at 1,000 members.
        for chunk in batch.chunks(SCAN_CHUNK) {
            let found: Vec<(String, Entry)> = chunk
                .into_par_iter()
                .filter_map(|o| entry_of(&o.path, &o.bytes))
                .collect();
            self.add_all(found, Language::add);
        }
    }

    /// Puts each page of `found` into its language with `put`, the languages in
    /// parallel.
    fn add_all(&mut self, found: Vec<(String, Entry)>, put: fn(&mut Language, String, Entry)) {
        let mut by_lang: BTreeMap<String, Vec<(String, Entry)>> = BTreeMap::new();
        for (path, entry) in found {
            by_lang
                .entry(entry.lang.clone())
                .or_default()
                .push((path, entry));
        }
        for lang in by_lang.keys() {
            if !self.languages.contains_key(lang) {
                self.languages.insert(lang.clone(), Language::new(lang));
            }
        }
        let mut work: Vec<(&mut Language, Vec<(String, Entry)>)> = self
            .languages
            .iter_mut()
            .filter_map(|(lang, language)| by_lang.remove(lang).map(|pages| (language, pages)))
            .collect();
        work.par_iter_mut().for_each(|(language, pages)| {
            for (path, entry) in std::mem::take(pages) {
                put(language, path, entry);
            }
        });
    }

    /// The index of every language of `site`, from the pages scanned so far.
    pub fn indexes(&self, site: &Site) -> Vec<OutputFile> {
        self.indexes_of(site, site.config.languages().collect())
    }

    /// The indexes of `langs`, languages of `site`.
    fn indexes_of(&self, site: &Site, langs: Vec<&str>) -> Vec<OutputFile> {
        let base_path = base_path_of(&site.config.base());
        let empty = Language::new("");
        langs
            .into_par_iter()
            .map(|lang| {
                let language = self.languages.get(lang).unwrap_or(&empty);
                let label = |kind: &str| {
                    let key = format!("search-kind-{kind}");
                    site.i18n.format_or(lang, &key, "").into_owned()
                };
                let json = index::write(lang, language, &base_path, &label);
                OutputFile::new(index_path(site, lang), json)
            })
            .collect()
    }
}

/// Whether `site` has a search page: a theme without `search.html` gets no index
/// either, and pays nothing for it.
pub fn enabled(site: &Site) -> bool {
    site.templates.has(page::TEMPLATE)
}

/// The indexes for `files` (output path, bytes): a whole site as served, after a
/// partial render changed some of its pages. None when the site has no search page.
pub fn refresh<'a>(
    site: &Site,
    files: impl Iterator<Item = (&'a str, &'a [u8])>,
) -> Vec<OutputFile> {
    if !enabled(site) {
        return Vec::new();
    }
    let pages: Vec<(&str, &[u8])> = files.filter(|(path, _)| path.ends_with(".html")).collect();
    let found = pages
        .into_par_iter()
        .filter_map(|(path, bytes)| entry_of(path, bytes))
        .collect();
    let mut collector = Collector::default();
    collector.add_all(found, Language::add);
    collector.indexes(site)
}

/// The indexes as serve last built them, kept between edits: a page whose bytes are
/// the very allocation read last time (serve shares unchanged outputs between
/// snapshots) is not read again, and only the pages that changed change in the
/// languages' indexes.
#[derive(Default)]
pub struct Cache {
    /// Output path -> the bytes read and the language the page went to, if indexed.
    pages: HashMap<String, (Arc<Vec<u8>>, Option<String>)>,
    indexes: Collector,
    /// The index last written for each language, kept while none of its pages changes.
    written: HashMap<String, OutputFile>,
}

/// `refresh` for serve's snapshot `files`, reading only the pages that changed since the
/// last call with the same `cache`.
pub fn refresh_cached(
    site: &Site,
    files: &BTreeMap<String, Arc<Vec<u8>>>,
    cache: &mut Cache,
) -> Vec<OutputFile> {
    if !enabled(site) {
        return Vec::new();
    }
    let never = || false;
    read_changed(files, cache, &never);
    write_stale(site, cache, &never).unwrap_or_default()
}

/// Whether a step of the work stopped because `stop` asked it to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Done,
    Stopped,
}

/// The first half of `refresh_cached`: reads the pages of `files` that changed since
/// the last call into `cache`'s indexes, a few at a time. Before each few, `stop` may
/// end the reading (serve does when an edit is being rendered): the pages read so far
/// are kept, the others are read by the next call. Serve does only this when a newer
/// edit has already replaced `files`: the pages read are kept, the writing is left to
/// the next refresh.
pub fn read_changed(
    files: &BTreeMap<String, Arc<Vec<u8>>>,
    cache: &mut Cache,
    stop: &dyn Fn() -> bool,
) -> Step {
    let changed: Vec<(&String, &Arc<Vec<u8>>)> = files
        .iter()
        .filter(|(path, bytes)| {
            path.ends_with(".html")
                && !matches!(cache.pages.get(*path), Some((seen, _)) if Arc::ptr_eq(seen, bytes))
        })
        .collect();
    let mut rest = changed.as_slice();
    while !rest.is_empty() {
        if stop() {
            return Step::Stopped;
        }
        let (few, after) = rest.split_at(run_length(rest));
        read_pages(few, cache);
        rest = after;
    }
    // Every page of `files` is in the cache now: any more there are gone (looking each
    // up in `files` takes longer than reading a directory page at 10,000 members).
    let pages = files.keys().filter(|path| path.ends_with(".html")).count();
    if cache.pages.len() == pages {
        return Step::Done;
    }
    let gone: Vec<String> = cache
        .pages
        .keys()
        .filter(|path| !files.contains_key(*path))
        .cloned()
        .collect();
    for path in gone {
        forget(cache, &path);
        cache.pages.remove(&path);
    }
    Step::Done
}

/// How many of the first `pages` `read_changed` reads between two looks at `stop`:
/// `READ_CHUNK`, or fewer that add up to `READ_BYTES` (one when the first is larger).
fn run_length(pages: &[(&String, &Arc<Vec<u8>>)]) -> usize {
    let mut bytes = 0;
    let within = pages.iter().take(READ_CHUNK).take_while(|(_, page)| {
        bytes += page.len();
        bytes <= READ_BYTES
    });
    within.count().max(1).min(pages.len())
}

/// Reads `pages` (in parallel) into `cache`'s indexes, in place of what they were.
fn read_pages(pages: &[(&String, &Arc<Vec<u8>>)], cache: &mut Cache) {
    let read: Vec<(String, Arc<Vec<u8>>, Option<Entry>)> = pages
        .into_par_iter()
        .map(|(path, bytes)| {
            let entry = entry_of(path, bytes).map(|(_, entry)| entry);
            ((*path).clone(), Arc::clone(bytes), entry)
        })
        .collect();
    let mut found = Vec::new();
    for (path, bytes, entry) in read {
        // A page may have moved to another language, or out of the index.
        forget(cache, &path);
        let lang = entry.as_ref().map(|e| e.lang.clone());
        if let Some(lang) = &lang {
            cache.written.remove(lang);
        }
        cache.pages.insert(path.clone(), (bytes, lang));
        found.extend(entry.map(|e| (path, e)));
    }
    cache.indexes.add_all(found, Language::replace);
}

/// The second half of `refresh_cached`: the index of every language of `site`, written
/// again only for the languages whose pages changed since they were last written, one
/// language at a time. None when `stop`, asked before each language, ended the work
/// (the languages written so far are kept for the next call).
pub fn write_stale(
    site: &Site,
    cache: &mut Cache,
    stop: &dyn Fn() -> bool,
) -> Option<Vec<OutputFile>> {
    let stale: Vec<&str> = site
        .config
        .languages()
        .filter(|lang| !cache.written.contains_key(*lang))
        .collect();
    for lang in stale {
        if stop() {
            return None;
        }
        let fresh = cache.indexes.indexes_of(site, vec![lang]);
        cache
            .written
            .extend(fresh.into_iter().map(|index| (lang.to_string(), index)));
    }
    let written = site.config.languages();
    Some(
        written
            .filter_map(|lang| cache.written.get(lang).cloned())
            .collect(),
    )
}

/// Removes the page at `path` from the index it went to last time, which must then
/// be written again.
fn forget(cache: &mut Cache, path: &str) {
    let lang = cache.pages.get(path).and_then(|(_, lang)| lang.clone());
    if let Some(lang) = lang {
        if let Some(language) = cache.indexes.languages.get_mut(&lang) {
            language.remove(path);
        }
        cache.written.remove(&lang);
    }
}

/// The output path of the search page of `lang` (`fr/recherche/`).
pub fn page_path(site: &Site, lang: &str) -> String {
    join_path(
        site.config.default_language(),
        lang,
        &[site.config.segment(lang, SECTION)],
    )
}

/// The output path of the index of `lang` (`fr/recherche/index.json`).
pub fn index_path(site: &Site, lang: &str) -> String {
    format!("{}{INDEX_FILE}", page_path(site, lang))
}

/// The entry of an HTML output, keyed by its path.
fn entry_of(path: &str, bytes: &[u8]) -> Option<(String, Entry)> {
    if !path.ends_with(".html") {
        return None;
    }
    let html = std::str::from_utf8(bytes).ok()?;
    extract::entry(html).map(|entry| (path.to_string(), entry))
}

/// The URL of the page at output path `path` (`fr/a-propos/index.html` →
/// `/fed/fr/a-propos/`).
fn page_url(base_path: &str, path: &str) -> String {
    format!(
        "{base_path}{}",
        path.strip_suffix("index.html").unwrap_or(path)
    )
}

/// The kind written on a page's `<main data-kind>`: the `search_kind` of its context,
/// else its template's name without `.html`. Only `[a-z0-9-]` is kept.
pub fn kind_of(template: &str, context: &tera::Context) -> String {
    let named = context
        .get("search_kind")
        .and_then(|v| v.as_str().map(str::to_string));
    let kind = named.unwrap_or_else(|| template.trim_end_matches(".html").to_string());
    kind.chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
        .collect()
}

/// `html` with `data-kind="KIND"` on its `<main>` element, if it has one.
/// The attribute goes in place: a directory page is megabytes, copied once here
/// per render otherwise.
pub fn mark_kind(mut html: String, kind: &str) -> String {
    if kind.is_empty() {
        return html;
    }
    let main = html
        .match_indices("<main")
        .map(|(at, _)| at)
        .find(|at| matches!(html.as_bytes().get(at + 5), Some(b' ' | b'>')));
    if let Some(at) = main {
        html.insert_str(at + 5, &format!(" data-kind=\"{kind}\""));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_main_element_only() {
        let html = "<body><mainly></mainly><main id=\"main\">x</main></body>".to_string();
        assert_eq!(
            mark_kind(html, "member"),
            "<body><mainly></mainly><main data-kind=\"member\" id=\"main\">x</main></body>"
        );
        assert_eq!(
            mark_kind("<main class=\"wrap\">".to_string(), "news"),
            "<main data-kind=\"news\" class=\"wrap\">"
        );
        assert_eq!(page_url("/fed/", "fr/a/index.html"), "/fed/fr/a/");
    }

    /// `count` pages of `lang` that say `word`.
    fn pages(lang: &str, count: usize, word: &str) -> BTreeMap<String, Arc<Vec<u8>>> {
        (0..count)
            .map(|n| {
                let html = format!(
                    "<html lang=\"{lang}\"><body><main data-kind=\"page\"><h1>Page {n}</h1>\
                     <p>{word}</p></main></body></html>"
                );
                (
                    format!("{lang}/p{n}/index.html"),
                    Arc::new(html.into_bytes()),
                )
            })
            .collect()
    }

    #[test]
    fn pages_are_read_a_few_or_a_megabyte_at_a_time() {
        let path = String::from("a/index.html");
        let (small, big) = (Arc::new(vec![b'a'; 10]), Arc::new(vec![b'a'; READ_BYTES]));
        assert_eq!(run_length(&[(&path, &big), (&path, &small)]), 1);
        assert_eq!(run_length(&[(&path, &small), (&path, &big)]), 1);
        assert_eq!(
            run_length(&vec![(&path, &small); READ_CHUNK * 2]),
            READ_CHUNK
        );
        assert_eq!(run_length(&[(&path, &small)]), 1);
    }

    #[test]
    fn a_stopped_refresh_goes_on_where_it_stopped() {
        let fixture =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/federation");
        let site = crate::render::partial_check::load(&fixture);
        let mut files = pages("en", READ_CHUNK * 2 + 1, "cooperative");
        files.extend(pages("fr", 3, "coopérative"));
        let mut cache = Cache::default();
        let asked = std::cell::Cell::new(0);
        let stop_at_second = || {
            asked.set(asked.get() + 1);
            asked.get() > 1
        };
        assert_eq!(
            read_changed(&files, &mut cache, &stop_at_second),
            Step::Stopped
        );
        assert_eq!(
            cache.pages.len(),
            READ_CHUNK,
            "one chunk read, then stopped"
        );
        let never = || false;
        assert_eq!(read_changed(&files, &mut cache, &never), Step::Done);
        assert_eq!(cache.pages.len(), files.len());
        asked.set(0);
        assert_eq!(write_stale(&site, &mut cache, &stop_at_second), None);
        assert_eq!(cache.written.len(), 1, "one language written, then stopped");
        let indexes = write_stale(&site, &mut cache, &never).expect("not stopped");
        let pages = files.iter().map(|(p, b)| (p.as_str(), b.as_slice()));
        assert_eq!(indexes, refresh(&site, pages), "as if never stopped");
    }
}
