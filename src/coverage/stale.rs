//! Stale translations: a translation records, in its front matter, a hash of the
//! original it was translated from (`translated_from = "…"`, written by
//! `federa translated content/about.fr.md`). When the original's title or text changes
//! afterwards, the hashes differ and `check` warns that the translation may be out of
//! date. No git history needed: a build from a tarball gives the same answer.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::config::Config;
use crate::content::{Content, LoadOptions, Page};
use crate::diagnostic::Diagnostic;
use crate::site::Site;

/// The front matter key.
pub const KEY: &str = "translated_from";

/// A translation whose original changed since it was translated.
#[derive(Debug, Clone, Serialize)]
pub struct Stale {
    pub lang: String,
    /// The page's key (`about`, `news/hello`).
    pub item: String,
    /// The translation.
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    /// The original it was translated from.
    pub original: PathBuf,
    #[serde(skip)]
    pub warning: Diagnostic,
}

/// What a translation records: a hash of the original's title and text, ignoring line
/// endings and spaces at the ends of lines (an editor's reformatting is no change).
pub fn source_hash(original: &Page) -> String {
    let text = format!("{}\n{}", original.front.title.trim(), original.body());
    format!("{:016x}", text_hash(&text))
}

/// The hash of a text, ignoring line endings and spaces at the ends of lines; shared
/// by pages and member/federation texts (`super::stale_texts`).
pub fn text_hash(text: &str) -> u64 {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    crate::render::assets::fnv1a(lines.join("\n").trim_end().as_bytes())
}

/// What the translation-status page shows of `stale`: which translation, of which
/// original, in which language (not where in the file).
pub fn listed(stale: &[Stale]) -> Vec<(&str, &str, &std::path::Path, &std::path::Path)> {
    stale
        .iter()
        .map(|s| {
            (
                s.lang.as_str(),
                s.item.as_str(),
                s.path.as_path(),
                s.original.as_path(),
            )
        })
        .collect()
}

/// Every translation whose recorded hash is not its original's.
pub fn find(site: &Site) -> Vec<Stale> {
    let default = site.config.default_language();
    let originals: std::collections::BTreeMap<&str, &Page> = site
        .content
        .pages
        .iter()
        .filter(|p| p.lang == default)
        .map(|p| (p.key.as_str(), p))
        .collect();
    let mut out = super::stale_texts::find(site);
    for page in site.content.pages.iter().filter(|p| p.lang != default) {
        let (Some(recorded), Some(original)) = (
            &page.front.translated_from,
            originals.get(page.key.as_str()),
        ) else {
            continue;
        };
        if *recorded == source_hash(original) {
            continue;
        }
        let warning = stale_warning(page, original);
        out.push(Stale {
            lang: page.lang.clone(),
            item: page.key.clone(),
            path: page.file.clone(),
            line: warning.line,
            col: warning.col,
            original: original.file.clone(),
            warning,
        });
    }
    out
}

fn stale_warning(page: &Page, original: &Page) -> Diagnostic {
    let at = page.source.find(KEY).unwrap_or(0);
    let name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    Diagnostic::at(
        &page.file,
        &page.source,
        at..at + KEY.len(),
        format!(
            "{} may be out of date: {} changed since it was translated",
            name(&page.file),
            name(&original.file)
        ),
    )
    .warning()
    .with_hint(format!(
        "compare with `{}` and update this translation, then run `federa translated {}` to mark it up to date",
        original.file.display(),
        page.file.display()
    ))
}

/// `federa translated PATH…`: records in each translation the hash of its original's
/// current text. Returns what was marked, one line each, or every problem.
pub fn mark(root: &Path, paths: &[PathBuf], language: Option<&str>) -> Result<String, String> {
    let config = Config::load(root).map_err(|problems| joined(&problems))?;
    let (content, problems) = Content::load(root, &config, LoadOptions { drafts: true });
    let mut done = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for path in paths {
        let marked = if path.extension().is_some_and(|e| e == "toml") {
            super::stale_texts::mark_one(root, &config, path, language)
        } else if let Some(lang) = language {
            Err(format!(
                "{}: --language {lang} is for member and federation files; a page's language is in its name (about.fr.md)",
                path.display()
            ))
        } else {
            mark_one(root, &config, &content, path)
        };
        match marked {
            Ok(line) => done.push(line),
            Err(why) => errors.push(why),
        }
    }
    if errors.is_empty() {
        return Ok(done.join("\n"));
    }
    let related = problems.iter().filter(|d| {
        paths
            .iter()
            .any(|p| d.path.ends_with(p) || p.ends_with(&d.path))
    });
    errors.extend(related.map(|d| d.to_string()));
    Err(errors.join("\n"))
}

fn mark_one(
    root: &Path,
    config: &Config,
    content: &Content,
    path: &Path,
) -> Result<String, String> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let page = content
        .pages
        .iter()
        .find(|p| p.file == rel || p.file.strip_prefix(crate::content::DIR) == Ok(rel))
        .ok_or_else(|| {
            format!(
                "{}: not a page of content/ (give its path, e.g. content/about.fr.md)",
                path.display()
            )
        })?;
    if page.lang == config.default_language() {
        return Err(format!(
            "{}: this is the original (`{}`), not a translation; run `federa translated` on a translation such as `{}`",
            page.file.display(),
            page.lang,
            crate::content::translations::suffixed(&page.file, config.languages().find(|l| *l != page.lang).unwrap_or("fr"), config)
        ));
    }
    let original = content
        .pages
        .iter()
        .find(|p| p.key == page.key && p.lang == config.default_language())
        .ok_or_else(|| {
            format!(
                "{}: there is no original in `{}` to compare with",
                page.file.display(),
                config.default_language()
            )
        })?;
    let hash = source_hash(original);
    let text = with_hash(&page.source, &hash);
    std::fs::write(root.join(&page.file), text)
        .map_err(|e| format!("{}: cannot write: {e}", page.file.display()))?;
    Ok(format!(
        "{}: translated from {} ({KEY} = \"{hash}\")",
        page.file.display(),
        original.file.display()
    ))
}

/// `source` with its `translated_from` line set to `hash`: replaced where it is, else
/// added as the front matter's first line (before any `[table]`, where a key must be).
fn with_hash(source: &str, hash: &str) -> String {
    let line = format!("{KEY} = \"{hash}\"");
    let Some((range, _)) = crate::content::page::split_front_matter(source) else {
        return source.to_string();
    };
    let front = &source[range.clone()];
    let mut offset = range.start;
    for existing in front.split_inclusive('\n') {
        if existing.trim_start().starts_with(KEY) {
            let end = offset + existing.trim_end_matches(['\n', '\r']).len();
            return format!("{}{line}{}", &source[..offset], &source[end..]);
        }
        offset += existing.len();
    }
    format!(
        "{}{line}\n{}",
        &source[..range.start],
        &source[range.start..]
    )
}

fn joined(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_or_replaces_the_hash_line() {
        let fresh = "+++\ntitle = \"A\"\n[extra]\nx = 1\n+++\nBody\n";
        assert_eq!(
            with_hash(fresh, "ab"),
            "+++\ntranslated_from = \"ab\"\ntitle = \"A\"\n[extra]\nx = 1\n+++\nBody\n"
        );
        let marked = "+++\ntitle = \"A\"\ntranslated_from = \"00\"\r\n+++\nBody\n";
        assert_eq!(
            with_hash(marked, "ab"),
            "+++\ntitle = \"A\"\ntranslated_from = \"ab\"\r\n+++\nBody\n"
        );
    }
}
