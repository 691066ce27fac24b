//! Loading `content/`: markdown pages (and, in their own modules, member, federation
//! and event data).
//!
//! This stage reads files and parses them; it does not decide URLs (that is
//! `render::routes`) and does not render markdown. Every file is parsed even when
//! others fail, so all problems are reported in one run.

pub mod availability;
pub mod case_study;
pub mod countries;
pub mod data;
pub mod event;
pub mod federation;
pub mod geo;
pub mod imported;
pub mod languages;
pub mod limits;
pub mod lists;
pub mod logo;
pub mod member;
pub mod membership;
pub mod page;
pub mod people;
pub mod portable;
pub mod svg;
pub mod translations;
pub mod validate;

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::input;
pub use page::Page;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};

/// The content folder, relative to the site root.
pub const DIR: &str = "content";

/// Folders of `content/` that hold data files instead of pages.
const DATA_DIRS: [&str; 4] = ["members", "federations", "people", "working-groups"];

/// Every page of the site, in a stable order (by file path).
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub pages: Vec<Page>,
    /// Keys of pages whose file exists but failed to parse (links to them are not
    /// reported as broken on top of the parse error).
    pub unparsed: std::collections::BTreeSet<String>,
}

/// Options that change which content is loaded.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    pub drafts: bool,
}

impl Content {
    /// Reads and parses every markdown page under `root/content`.
    pub fn load(root: &Path, config: &Config, options: LoadOptions) -> (Content, Vec<Diagnostic>) {
        let (files, mut problems) = markdown_files(root);
        let results: Vec<(PathBuf, Result<Page, Vec<Diagnostic>>)> = files
            .into_par_iter()
            .map(|rel| {
                let result = load_page(root, &rel, config);
                (rel, result)
            })
            .collect();
        let mut content = Content::default();
        for (rel, result) in results {
            match result {
                Ok(page) if page.front.draft && !options.drafts => {}
                Ok(page) => content.pages.push(page),
                Err(found) => {
                    if let Ok((key, _, _)) = identify(&rel, config) {
                        content.unparsed.insert(key);
                    }
                    problems.extend(found);
                }
            }
        }
        content.pages.sort_by(|a, b| a.file.cmp(&b.file));
        problems.extend(duplicate_translations(&content.pages, config));
        (content, problems)
    }
}

/// Two files with the same key and language (`about.md` and `about.fr.md` when the
/// default language is French): one would silently hide the other.
fn duplicate_translations(pages: &[Page], config: &Config) -> Vec<Diagnostic> {
    let mut seen: std::collections::HashMap<(&str, &str), &Path> = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for page in pages {
        let Some(first) = seen.insert((&page.key, &page.lang), &page.file) else {
            continue;
        };
        seen.insert((&page.key, &page.lang), first);
        problems.push(
            Diagnostic::file(
                &page.file,
                format!(
                    "this file and {} are both the `{}` version of the same page",
                    first.display(),
                    page.lang
                ),
            )
            .with_hint(format!(
                "a file without a language suffix is in the default language (`{}`): delete one, or give it another language suffix",
                config.default_language()
            )),
        );
    }
    problems
}

impl Content {
    /// This content with the pages at `changed` (paths relative to `root`; gone files
    /// are dropped) read again, as `load` reads them, and the problems found in those.
    /// Serve uses it after page edits, from a content that loaded without errors.
    pub fn with_files_reloaded(
        &self,
        root: &Path,
        config: &Config,
        options: LoadOptions,
        changed: &[PathBuf],
    ) -> (Content, Vec<Diagnostic>) {
        let is_page = |rel: &Path| is_listed_markdown(rel) && root.join(rel).is_file();
        let mut content = self.clone();
        content.pages.retain(|page| !changed.contains(&page.file));
        let mut problems = Vec::new();
        // A path named twice is read once.
        let changed: std::collections::BTreeSet<&PathBuf> = changed.iter().collect();
        for rel in changed.iter().filter(|rel| is_page(rel)) {
            match load_page(root, rel, config) {
                Ok(page) if page.front.draft && !options.drafts => {}
                Ok(page) => content.pages.push(page),
                Err(found) => {
                    if let Ok((key, _, _)) = identify(rel, config) {
                        content.unparsed.insert(key);
                    }
                    problems.extend(found);
                }
            }
        }
        content.pages.sort_by(|a, b| a.file.cmp(&b.file));
        (content, problems)
    }
}

/// Whether `rel` (relative to the root) is a file `markdown_files` lists: a `.md` file
/// under `content/`, with no hidden part, outside the data folders.
fn is_listed_markdown(rel: &Path) -> bool {
    let Ok(under) = rel.strip_prefix(DIR) else {
        return false;
    };
    let hidden = under
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    let in_data = under
        .components()
        .next()
        .is_some_and(|c| DATA_DIRS.contains(&c.as_os_str().to_string_lossy().as_ref()))
        && under.components().count() > 1;
    !hidden && !in_data && rel.extension().is_some_and(|x| x == "md")
}

/// Markdown files under `root/content`, relative to the root, sorted; and the
/// symbolic links found there (errors: see `input`).
fn markdown_files(root: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let content_dir = Path::new(DIR);
    let is_data_dir = |rel: &Path| {
        rel.parent() == Some(content_dir)
            && rel
                .file_name()
                .is_some_and(|name| DATA_DIRS.iter().any(|d| name == *d))
    };
    // Data folders are walked by `data`, which reports their own links.
    let (entries, problems) = input::walk(root, content_dir, &is_data_dir);
    let mut files: Vec<PathBuf> = entries
        .into_iter()
        .filter(|e| !e.is_dir && e.rel.extension().is_some_and(|x| x == "md"))
        .map(|e| e.rel)
        .collect();
    files.sort();
    (files, problems)
}

fn load_page(root: &Path, rel: &Path, config: &Config) -> Result<Page, Vec<Diagnostic>> {
    let source = input::read_text(root, rel).map_err(|problem| vec![problem])?;
    if let Some(problem) = input::control_character(rel, &source) {
        return Err(vec![problem]);
    }
    let (key, lang, is_section) = identify(rel, config).map_err(|message| {
        vec![Diagnostic::file(rel, message).with_hint(format!(
            "configured languages: {}",
            config.languages().collect::<Vec<_>>().join(", ")
        ))]
    })?;
    Page::parse(rel, source, &lang, key, is_section)
}

/// Translation key, language and section flag of a content file path
/// (`content/news/hello.fr.md` -> `news/hello`, `fr`, false).
pub fn identify(rel: &Path, config: &Config) -> Result<(String, String, bool), String> {
    let under = rel.strip_prefix(DIR).unwrap_or(rel);
    let parent = under
        .parent()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    let stem = under
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (name, lang) = match stem.rsplit_once('.') {
        Some((name, suffix)) if config.languages().any(|l| l == suffix) => {
            (name.to_string(), suffix.to_string())
        }
        Some((_, suffix)) if looks_like_language(suffix) => {
            return Err(format!(
                "language `{suffix}` is not configured in site.toml"
            ));
        }
        _ => (stem.clone(), config.default_language().to_string()),
    };
    let join = |last: &str| {
        if parent.is_empty() {
            last.to_string()
        } else if last.is_empty() {
            parent.clone()
        } else {
            format!("{parent}/{last}")
        }
    };
    if name == "_index" {
        Ok((join(""), lang, true))
    } else {
        Ok((join(&name), lang, false))
    }
}

fn looks_like_language(suffix: &str) -> bool {
    let primary = suffix.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            Path::new("site.toml"),
            "base_url = \"https://x.org/\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"fr\"]\n",
        )
        .expect("valid config")
    }

    #[test]
    fn identifies_language_and_key() {
        let c = config();
        let id = |p: &str| identify(Path::new(p), &c);
        assert_eq!(
            id("content/about.md"),
            Ok(("about".into(), "en".into(), false))
        );
        assert_eq!(
            id("content/news/hi.fr.md"),
            Ok(("news/hi".into(), "fr".into(), false))
        );
        assert_eq!(
            id("content/_index.fr.md"),
            Ok(("".into(), "fr".into(), true))
        );
        assert_eq!(
            id("content/news/_index.md"),
            Ok(("news".into(), "en".into(), true))
        );
        assert!(id("content/about.es.md").is_err());
    }
}
