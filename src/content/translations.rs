//! Pages that exist in fewer languages than the site publishes. The site still shows
//! them in every language (the original text under a "not translated yet" notice), so
//! this is a warning, listed by `check` and failing `check --strict`: without it a page
//! could stay untranslated with nobody noticing.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Config;
use crate::content::Content;
use crate::diagnostic::Diagnostic;

/// A page that misses languages, with the warning `check` gives about it.
#[derive(Debug, Clone)]
pub struct PageGap {
    /// The page's key (`about`, `news/hello`).
    pub key: String,
    /// The languages it has no file in.
    pub absent: Vec<String>,
    pub warning: Diagnostic,
}

/// One warning per page that misses languages, at its original (default-language)
/// file, else at the first of its files.
pub fn missing(content: &Content, config: &Config) -> Vec<Diagnostic> {
    gaps(content, config)
        .into_iter()
        .map(|g| g.warning)
        .collect()
}

/// Every page's languages, by key: pages that failed to parse in another language are
/// left out (they are reported for that, not as untranslated).
pub fn languages_by_page<'c>(
    content: &'c Content,
    config: &Config,
) -> BTreeMap<&'c str, (BTreeSet<&'c str>, &'c std::path::Path)> {
    let mut by_key: BTreeMap<&str, (BTreeSet<&str>, &std::path::Path)> = BTreeMap::new();
    for page in content
        .pages
        .iter()
        .filter(|p| !content.unparsed.contains(&p.key))
    {
        let entry = by_key
            .entry(&page.key)
            .or_insert_with(|| (BTreeSet::new(), &page.file));
        entry.0.insert(&page.lang);
        if page.lang == config.default_language() {
            entry.1 = &page.file;
        }
    }
    by_key
}

/// Every page that misses languages.
pub fn gaps(content: &Content, config: &Config) -> Vec<PageGap> {
    languages_by_page(content, config)
        .into_iter()
        .filter_map(|(key, (present, file))| {
            let absent: Vec<&str> = config.languages().filter(|l| !present.contains(l)).collect();
            if absent.is_empty() {
                return None;
            }
            let written: Vec<&str> = present.into_iter().collect();
            let warning = Diagnostic::file(
                file,
                format!("this page is not translated into {} yet", absent.join(", ")),
            )
            .with_hint(format!(
                "visitors in those languages read the {} text under a \"not translated yet\" notice; add a file such as `{}`",
                written.join("/"),
                suffixed(file, absent[0], config)
            ))
            .warning();
            Some(PageGap {
                key: key.to_string(),
                absent: absent.into_iter().map(str::to_string).collect(),
                warning,
            })
        })
        .collect()
}

/// `about.md` -> `about.fr.md`: the file a translation into `lang` would be.
pub fn suffixed(file: &std::path::Path, lang: &str, config: &Config) -> String {
    let name = file.to_string_lossy().replace('\\', "/");
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let stem = config
        .languages()
        .find_map(|l| stem.strip_suffix(&format!(".{l}")))
        .unwrap_or(stem);
    format!("{stem}.{lang}.md")
}
