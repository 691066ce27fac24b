//! Stale translations of member and federation texts. A translator who has written the
//! `fr` entries of a file's `[summary]` and `[description]` runs
//! `federa translated content/members/lumen.toml --language fr`, which records under
//! `[translated_from]` a hash of the default language's texts as they are now
//! (`fr = "…"`). When one of those texts changes afterwards, `check` warns at the
//! translated entry of that table. The hash has two halves, summary then description, so
//! the warning names the table that changed, not both.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::stale::{text_hash, Stale, KEY};
use crate::config::Config;
use crate::content::federation::Federation;
use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::site::Site;

/// The text tables, in the order of their halves in a recorded hash.
const TABLES: [&str; 2] = ["summary", "description"];

/// What a translation into one language records: 8 hex digits per source text.
fn source_hash(texts: [&BTreeMap<String, String>; 2], default: &str) -> String {
    texts
        .iter()
        .map(|table| {
            let text = table.get(default).map_or("", String::as_str);
            format!("{:08x}", text_hash(text) & 0xffff_ffff)
        })
        .collect()
}

/// One member or federation file of the site, with what `find` needs of it.
struct TextFile<'a> {
    slug: &'a str,
    file: &'a Path,
    source: &'a str,
    texts: [&'a BTreeMap<String, String>; 2],
    recorded: &'a BTreeMap<String, String>,
}

/// Every translated text whose source changed since it was marked.
pub fn find(site: &Site) -> Vec<Stale> {
    let empty = BTreeMap::new();
    let members = site
        .members
        .iter()
        .filter(|m| m.origin.is_none())
        .map(|m| member_file(m, &empty));
    let federations = site.federations.iter().map(|f| federation_file(f, &empty));
    let default = site.config.default_language();
    members
        .chain(federations)
        .flat_map(|file| stale_in(&file, default))
        .collect()
}

/// `find` for one member of the site.
pub fn of_member(site: &Site, member: &Member) -> Vec<Stale> {
    let empty = BTreeMap::new();
    stale_in(&member_file(member, &empty), site.config.default_language())
}

/// `find` for one federation of the site.
pub fn of_federation(site: &Site, federation: &Federation) -> Vec<Stale> {
    let empty = BTreeMap::new();
    stale_in(
        &federation_file(federation, &empty),
        site.config.default_language(),
    )
}

/// What `find` reads of a federation file (`empty` stands for a missing summary).
fn federation_file<'a>(
    federation: &'a Federation,
    empty: &'a BTreeMap<String, String>,
) -> TextFile<'a> {
    let data = &federation.data;
    TextFile {
        slug: &federation.slug,
        file: &federation.file,
        source: &federation.source,
        texts: [
            data.summary.as_ref().map_or(empty, |s| s.get_ref()),
            &data.description,
        ],
        recorded: &data.translated_from,
    }
}

/// What `find` reads of a member file (`empty` stands for a missing summary).
fn member_file<'a>(member: &'a Member, empty: &'a BTreeMap<String, String>) -> TextFile<'a> {
    TextFile {
        slug: &member.slug,
        file: &member.file,
        source: &member.source,
        texts: [
            member.data.summary.as_ref().map_or(empty, |s| s.get_ref()),
            &member.data.description,
        ],
        recorded: &member.data.translated_from,
    }
}

fn stale_in(file: &TextFile, default: &str) -> Vec<Stale> {
    // Most files record nothing: no hashing for them (sites with thousands of members).
    if file.recorded.is_empty() {
        return Vec::new();
    }
    let current = source_hash(file.texts, default);
    let mut out = Vec::new();
    for (lang, recorded) in file.recorded.iter().filter(|(l, _)| *l != default) {
        for (index, table) in TABLES.iter().enumerate() {
            let half = index * 8..index * 8 + 8;
            let translated = file.texts[index]
                .get(lang)
                .is_some_and(|t| !t.trim().is_empty());
            if !translated || recorded.get(half.clone()) == current.get(half) {
                continue;
            }
            let warning = stale_warning(file, table, lang, default);
            out.push(Stale {
                lang: lang.clone(),
                item: format!("{} ({table})", file.slug),
                path: file.file.to_path_buf(),
                line: warning.line,
                col: warning.col,
                original: file.file.to_path_buf(),
                warning,
            });
        }
    }
    out
}

fn stale_warning(file: &TextFile, table: &str, lang: &str, default: &str) -> Diagnostic {
    let at = entry_offset(file.source, table, lang).unwrap_or(0);
    Diagnostic::at(
        file.file,
        file.source,
        at..at + lang.len(),
        format!(
            "the `{lang}` {table} of {} may be out of date: the `{default}` {table} changed since it was translated",
            file.slug
        ),
    )
    .warning()
    .with_hint(format!(
        "compare with the `{default}` text of [{table}] and update this one, then run `federa translated {} --language {lang}` to mark it up to date",
        file.file.display()
    ))
}

/// Byte offset of `key = …` in `[table]` (or in `table = { … }`), if written so.
fn entry_offset(source: &str, table: &str, key: &str) -> Option<usize> {
    let mut offset = 0;
    let mut inside = false;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.starts_with('[') {
            inside = trimmed.starts_with(&format!("[{table}]"));
        } else if inside && assigns(trimmed, key) {
            return Some(offset + indent);
        } else if assigns(trimmed, table) && trimmed.contains('{') {
            let inline = trimmed.find('{')?;
            let found = trimmed[inline..]
                .match_indices(key)
                .find(|(at, _)| assigns(&trimmed[inline + at..], key))?;
            return Some(offset + indent + inline + found.0);
        }
        offset += line.len();
    }
    None
}

/// Whether `text` starts with `key =` (spaces allowed around the `=`).
fn assigns(text: &str, key: &str) -> bool {
    text.strip_prefix(key)
        .is_some_and(|rest| rest.trim_start().starts_with('='))
}

/// The parts of a member or federation file that marking reads.
#[derive(Deserialize)]
struct Texts {
    #[serde(default)]
    summary: BTreeMap<String, String>,
    #[serde(default)]
    description: BTreeMap<String, String>,
}

/// `federa translated content/members/x.toml --language fr`: records the hash of the
/// default language's texts for `fr`. Returns the line to print, or why it cannot.
pub fn mark_one(
    root: &Path,
    config: &Config,
    path: &Path,
    language: Option<&str>,
) -> Result<String, String> {
    let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let folders = [
        PathBuf::from(crate::content::DIR).join(crate::content::data::MEMBERS),
        PathBuf::from(crate::content::DIR).join(crate::content::data::FEDERATIONS),
    ];
    if !folders.iter().any(|f| rel.parent() == Some(f.as_path())) {
        return Err(format!(
            "{}: not a member or federation file (content/members/*.toml, content/federations/*.toml)",
            path.display()
        ));
    }
    let lang = checked_language(config, path, language)?;
    let source = std::fs::read_to_string(root.join(&rel))
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let texts: Texts =
        toml::from_str(&source).map_err(|e| format!("{}: {}", path.display(), e.message()))?;
    let has = |t: &BTreeMap<String, String>| t.get(lang).is_some_and(|s| !s.trim().is_empty());
    if !has(&texts.summary) && !has(&texts.description) {
        return Err(format!(
            "{}: there is no `{lang}` text in [summary] or [description] to mark; write `{lang} = \"…\"` there first",
            path.display()
        ));
    }
    let hash = source_hash(
        [&texts.summary, &texts.description],
        config.default_language(),
    );
    std::fs::write(root.join(&rel), with_entry(&source, lang, &hash))
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    Ok(format!(
        "{}: `{lang}` texts translated from the `{}` ones ([{KEY}] {lang} = \"{hash}\")",
        rel.display(),
        config.default_language()
    ))
}

fn checked_language<'a>(
    config: &Config,
    path: &Path,
    language: Option<&'a str>,
) -> Result<&'a str, String> {
    let known: Vec<&str> = config.languages().collect();
    let Some(lang) = language else {
        return Err(format!(
            "{}: say which language's texts you translated, e.g. `federa translated {} --language {}`",
            path.display(),
            path.display(),
            known.iter().find(|l| **l != config.default_language()).unwrap_or(&"fr")
        ));
    };
    if !known.contains(&lang) {
        return Err(format!(
            "--language {lang}: not one of the site's languages ({})",
            known.join(", ")
        ));
    }
    if lang == config.default_language() {
        return Err(format!(
            "--language {lang}: this is the original language, whose texts the others are translated from"
        ));
    }
    Ok(lang)
}

/// `source` with `lang = "hash"` set in its `[translated_from]` table: replaced where
/// it is, else added under the table's header, else a new table at the end.
fn with_entry(source: &str, lang: &str, hash: &str) -> String {
    let entry = format!("{lang} = \"{hash}\"");
    let header = format!("[{KEY}]");
    let mut offset = 0;
    let mut inside = false;
    let mut insert_at = None;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            inside = trimmed.starts_with(&header);
            if inside {
                insert_at = Some(offset + line.len());
            }
        } else if inside && assigns(trimmed, lang) {
            let end = offset + line.trim_end_matches(['\n', '\r']).len();
            return format!("{}{entry}{}", &source[..offset], &source[end..]);
        }
        offset += line.len();
    }
    match insert_at {
        Some(at) => format!("{}{entry}\n{}", &source[..at], &source[at..]),
        None => {
            let end = if source.ends_with('\n') { "" } else { "\n" };
            format!("{source}{end}\n{header}\n{entry}\n")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_the_entry_in_the_translated_from_table() {
        let fresh = "name = \"A\"\n[summary]\nen = \"x\"\nfr = \"y\"";
        let marked = with_entry(fresh, "fr", "ab");
        assert_eq!(
            marked,
            format!("{fresh}\n\n[translated_from]\nfr = \"ab\"\n")
        );
        let again = with_entry(&marked, "fr", "cd");
        assert!(
            again.ends_with("[translated_from]\nfr = \"cd\"\n"),
            "{again}"
        );
        let both = with_entry(&again, "nl", "ef");
        assert!(
            both.ends_with("[translated_from]\nnl = \"ef\"\nfr = \"cd\"\n"),
            "{both}"
        );
    }

    #[test]
    fn finds_entries_in_tables_and_inline_tables() {
        let source = "[summary]\nen = \"x\"\nfr = \"y\"\n[description]\n  fr= \"z\"\n";
        assert_eq!(entry_offset(source, "summary", "fr"), Some(19));
        assert_eq!(entry_offset(source, "description", "fr"), Some(44));
        let inline = "summary = { en = \"x\", fr = \"y\" }\n";
        assert_eq!(entry_offset(inline, "summary", "fr"), Some(22));
    }
}
