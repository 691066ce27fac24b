//! Snapshot files, `imports/<federation>.json`: what `federa import` wrote from a
//! source, committed to the site's repository and read by every build (never the
//! network). Deterministic: typed fields in a fixed order, maps sorted, members sorted
//! by slug, so importing unchanged data gives the same bytes.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::import::record::{FederationRecord, Record};

/// The folder of snapshots, relative to the site's folder.
pub const DIR: &str = "imports";
/// The format id of a snapshot file.
pub const SCHEMA: &str = "federa/import/v1";

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub schema: String,
    /// The slug of the federation (this site's file) whose members these are.
    pub federation: String,
    /// `[members_source] url`, as written in the federation file.
    pub source_url: String,
    /// The source site's `base_url`, `default_language` and languages.
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<String>,
    /// The day the data last changed (`YYYY-MM-DD`): kept when importing again
    /// finds the same data, so an unchanged import rewrites nothing.
    pub imported: String,
    /// The source site's own federations (its `federations.json`), when published.
    #[serde(default)]
    pub source_federations: Vec<FederationRecord>,
    pub members: Vec<Record>,
}

impl Snapshot {
    /// The same snapshot, but dated like `previous` when only the date differs.
    pub fn keeping_date_of(mut self, previous: Option<&Snapshot>) -> Snapshot {
        if let Some(previous) = previous {
            let mut same = self.clone();
            same.imported.clone_from(&previous.imported);
            if &same == previous {
                self.imported.clone_from(&previous.imported);
            }
        }
        self
    }

    pub fn to_json(&self) -> String {
        let mut text =
            serde_json::to_string_pretty(self).expect("a snapshot is plain data: it serializes");
        text.push('\n');
        text
    }
}

/// `imports/<federation>.json`.
pub fn path_of(federation: &str) -> PathBuf {
    Path::new(DIR).join(format!("{federation}.json"))
}

/// Writes `text` to `root/rel` through a temporary file beside it, renamed into place:
/// an interrupted import leaves the previous snapshot whole.
pub fn write_atomically(root: &Path, rel: &Path, text: &str) -> std::io::Result<()> {
    let path = root.join(rel);
    let dir = path.parent().unwrap_or(root);
    std::fs::create_dir_all(dir)?;
    let name = rel
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.federa-import-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, &path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Per co-op: what importing changes, as lines `+ slug (name)`, `~ slug (name)`,
/// `- slug (name)`, sorted by slug.
pub fn changes(previous: Option<&Snapshot>, next: &Snapshot) -> Vec<String> {
    let before: BTreeMap<&str, &Record> = previous
        .map(|p| p.members.iter().map(|r| (r.slug.as_str(), r)).collect())
        .unwrap_or_default();
    let after: BTreeMap<&str, &Record> =
        next.members.iter().map(|r| (r.slug.as_str(), r)).collect();
    let mut lines = BTreeMap::new();
    for (slug, record) in &after {
        match before.get(slug) {
            None => lines.insert(*slug, format!("  + {slug} ({}): added", record.name)),
            Some(old) if old != record => {
                lines.insert(*slug, format!("  ~ {slug} ({}): changed", record.name))
            }
            Some(_) => None,
        };
    }
    for (slug, record) in &before {
        if !after.contains_key(slug) {
            lines.insert(*slug, format!("  - {slug} ({}): removed", record.name));
        }
    }
    lines.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(slug: &str, name: &str) -> Record {
        serde_json::from_value(serde_json::json!({
            "slug": slug, "urls": {"en": "https://a.example/"}, "name": name,
            "country": "FR", "website": format!("https://{slug}.example"),
            "federations": ["x"], "coop_type": "worker", "status": "active", "summary": {}
        }))
        .expect("a valid record")
    }

    fn snapshot(imported: &str, members: Vec<Record>) -> Snapshot {
        Snapshot {
            schema: SCHEMA.into(),
            federation: "fr".into(),
            source_url: "https://a.example/members.json".into(),
            base_url: "https://a.example/".into(),
            default_language: "fr".into(),
            languages: vec!["fr".into()],
            imported: imported.into(),
            source_federations: Vec::new(),
            members,
        }
    }

    #[test]
    fn unchanged_data_keeps_its_date_and_changed_data_takes_today() {
        let old = snapshot("2026-11-01", vec![record("a", "A")]);
        let same = snapshot("2026-11-28", vec![record("a", "A")]).keeping_date_of(Some(&old));
        assert_eq!(same.imported, "2026-11-01");
        let changed = snapshot("2026-11-28", vec![record("a", "A2")]).keeping_date_of(Some(&old));
        assert_eq!(changed.imported, "2026-11-28");
    }

    #[test]
    fn lists_added_changed_and_removed_coops() {
        let old = snapshot("d", vec![record("a", "A"), record("b", "B")]);
        let new = snapshot("d", vec![record("b", "B2"), record("c", "C")]);
        assert_eq!(
            changes(Some(&old), &new),
            [
                "  - a (A): removed",
                "  ~ b (B2): changed",
                "  + c (C): added"
            ]
        );
    }
}
