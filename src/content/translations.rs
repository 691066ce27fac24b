//! Pages that exist in fewer languages than the site publishes. The site still shows
//! them in every language (the original text under a "not translated yet" notice), so
//! this is a warning, listed by `check` and failing `check --strict`: without it a page
//! could stay untranslated with nobody noticing.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Config;
use crate::content::Content;
use crate::diagnostic::Diagnostic;

/// One warning per page that misses languages, at its original (default-language)
/// file, else at the first of its files.
pub fn missing(content: &Content, config: &Config) -> Vec<Diagnostic> {
    let mut by_key: BTreeMap<&str, (BTreeSet<&str>, &std::path::Path)> = BTreeMap::new();
    // A page whose other file failed to parse is reported for that, not as untranslated.
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
        .into_values()
        .filter_map(|(present, file)| {
            let absent: Vec<&str> = config.languages().filter(|l| !present.contains(l)).collect();
            if absent.is_empty() {
                return None;
            }
            let written: Vec<&str> = present.into_iter().collect();
            Some(
                Diagnostic::file(
                    file,
                    format!("this page is not translated into {} yet", absent.join(", ")),
                )
                .with_hint(format!(
                    "visitors in those languages read the {} text under a \"not translated yet\" notice; add a file such as `{}`",
                    written.join("/"),
                    suffixed(file, absent[0], config)
                ))
                .warning(),
            )
        })
        .collect()
}

/// `about.md` -> `about.fr.md`: the file a translation into `lang` would be.
fn suffixed(file: &std::path::Path, lang: &str, config: &Config) -> String {
    let name = file.to_string_lossy().replace('\\', "/");
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let stem = config
        .languages()
        .find_map(|l| stem.strip_suffix(&format!(".{l}")))
        .unwrap_or(stem);
    format!("{stem}.{lang}.md")
}
