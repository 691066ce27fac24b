//! Loading the TOML data files: `content/members/*.toml` and `content/federations/*.toml`.
//!
//! Files are read and parsed in parallel; each failure becomes a diagnostic and the file
//! is left out, so the rest of the site still loads and every problem is reported.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::{IntoParallelIterator, ParallelIterator};
use serde::de::DeserializeOwned;

use crate::content::federation::{Federation, FederationFile};
use crate::content::member::{Member, MemberFile};
use crate::content::page::is_valid_slug;
use crate::content::DIR;
use crate::diagnostic::Diagnostic;
use crate::toml_error;

/// Folder of member files under `content/`.
pub const MEMBERS: &str = "members";
/// Folder of federation files under `content/`.
pub const FEDERATIONS: &str = "federations";

/// One data file, parsed: its slug, path, text and typed data.
struct Parsed<T> {
    slug: String,
    file: PathBuf,
    source: String,
    data: T,
}

pub fn load_members(root: &Path) -> (Vec<Arc<Member>>, Vec<Diagnostic>) {
    let (parsed, problems) = load_all::<MemberFile>(root, MEMBERS);
    let mut members: Vec<Arc<Member>> = parsed
        .into_iter()
        .map(|p| Arc::new(member_of(root, p)))
        .collect();
    // By slug, as `Site::with_members_reloaded` keeps them (file names sort `code-coop`
    // before `code`, because of the `.toml` suffix).
    members.sort_by(|a, b| a.slug.cmp(&b.slug));
    (members, problems)
}

/// One member file (`rel` relative to the root); `None` when the file does not exist.
pub fn load_member(root: &Path, rel: &Path) -> Option<Result<Arc<Member>, Diagnostic>> {
    if !root.join(rel).is_file() {
        return None;
    }
    Some(parse_file::<MemberFile>(root, rel).map(|p| Arc::new(member_of(root, p))))
}

fn member_of(root: &Path, p: Parsed<MemberFile>) -> Member {
    let logo_bytes = p
        .data
        .logo
        .as_ref()
        .and_then(|logo| read_logo(root, &p.file, logo.get_ref()));
    let mut hasher = DefaultHasher::new();
    p.source.hash(&mut hasher);
    logo_bytes.hash(&mut hasher);
    Member {
        slug: p.slug,
        file: p.file,
        source: p.source,
        data: p.data,
        logo_bytes,
        fingerprint: hasher.finish(),
    }
}

pub fn load_federations(root: &Path) -> (Vec<Federation>, Vec<Diagnostic>) {
    let (parsed, problems) = load_all::<FederationFile>(root, FEDERATIONS);
    let mut federations: Vec<Federation> = parsed
        .into_iter()
        .map(|p| Federation {
            slug: p.slug,
            file: p.file,
            source: p.source,
            data: p.data,
        })
        .collect();
    federations.sort_by(|a, b| a.slug.cmp(&b.slug));
    (federations, problems)
}

fn load_all<T: DeserializeOwned + Send>(
    root: &Path,
    folder: &str,
) -> (Vec<Parsed<T>>, Vec<Diagnostic>) {
    let rel_dir = Path::new(DIR).join(folder);
    let files = toml_files(&root.join(&rel_dir));
    let results: Vec<Result<Parsed<T>, Diagnostic>> = files
        .into_par_iter()
        .map(|name| parse_file(root, &rel_dir.join(name)))
        .collect();
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(p) => parsed.push(p),
            Err(problem) => problems.push(problem),
        }
    }
    (parsed, problems)
}

/// Reads a logo named in `file`: next to it, or in its `logos/` folder.
fn read_logo(root: &Path, file: &Path, name: &str) -> Option<Vec<u8>> {
    if !crate::output::is_safe_path(name) {
        return None;
    }
    let dir = root.join(file.parent()?);
    std::fs::read(dir.join(name))
        .or_else(|_| std::fs::read(dir.join("logos").join(name)))
        .ok()
}

/// Slugs of the TOML data files in `content/<folder>/` (including files that fail to
/// parse): what other files may name.
pub fn data_slugs(root: &Path, folder: &str) -> std::collections::BTreeSet<String> {
    toml_files(&root.join(DIR).join(folder))
        .iter()
        .filter_map(|name| name.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// File names of `*.toml` directly in `dir`, sorted.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| PathBuf::from(e.file_name()))
        .filter(|n| n.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn parse_file<T: DeserializeOwned>(root: &Path, rel: &Path) -> Result<Parsed<T>, Diagnostic> {
    let source = std::fs::read_to_string(root.join(rel))
        .map_err(|e| Diagnostic::file(rel, format!("cannot read file: {e}")))?;
    let slug = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_valid_slug(&slug) {
        return Err(Diagnostic::file(rel, format!("invalid slug `{slug}` (the file name)"))
            .with_hint("rename the file using lowercase letters, digits and hyphens, e.g. `lumen-digital.toml`"));
    }
    let data = toml::from_str(&source).map_err(|e| toml_error::diagnostic(rel, &source, &e))?;
    Ok(Parsed {
        slug,
        file: rel.to_path_buf(),
        source,
        data,
    })
}
