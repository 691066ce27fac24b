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
use crate::content::limits;
use crate::content::logo;
use crate::content::member::{Member, MemberFile};
use crate::content::page::is_valid_slug;
use crate::content::DIR;
use crate::diagnostic::Diagnostic;
use crate::input;
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
    if let Err(problem) = input::metadata(root, rel) {
        return Some(Err(problem));
    }
    if !root.join(rel).is_file() {
        return None;
    }
    Some(parse_file::<MemberFile>(root, rel).map(|p| Arc::new(member_of(root, p))))
}

fn member_of(root: &Path, p: Parsed<MemberFile>) -> Member {
    let logo = p
        .data
        .logo
        .as_ref()
        .map(|name| logo::load(root, &p.file, &p.source, name));
    let mut hasher = DefaultHasher::new();
    p.source.hash(&mut hasher);
    let (logo, logo_problem) = match logo {
        Some(Ok(logo)) => (Some(logo), None),
        Some(Err(problem)) => (None, Some(problem)),
        None => (None, None),
    };
    logo.hash(&mut hasher);
    let mut member = Member {
        slug: p.slug,
        file: p.file,
        source: p.source,
        data: p.data,
        logo_kind: logo.as_ref().map(|l| l.kind),
        logo_bytes: logo.map(|l| l.bytes),
        load_problems: logo_problem.into_iter().collect(),
        fingerprint: hasher.finish(),
        origin: None,
    };
    // Over-long lists are cut so that rendering stays bounded even while they are
    // reported (`check` renders everything).
    member.load_problems.extend(limits::member(&member));
    limits::truncate(&mut member.data);
    member
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
    let (files, mut problems) = data_files(root, folder);
    let results: Vec<Result<Parsed<T>, Diagnostic>> = files
        .into_par_iter()
        .map(|name| parse_file(root, &rel_dir.join(name)))
        .collect();
    let mut parsed = Vec::new();
    for result in results {
        match result {
            Ok(p) => parsed.push(p),
            Err(problem) => problems.push(problem),
        }
    }
    (parsed, problems)
}

/// Slugs of the TOML data files in `content/<folder>/` (including files that fail to
/// parse): what other files may name.
pub fn data_slugs(root: &Path, folder: &str) -> std::collections::BTreeSet<String> {
    data_files(root, folder)
        .0
        .iter()
        .filter_map(|name| name.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// File names of `*.toml` directly in `content/<folder>/`, sorted, and the errors for
/// anything else there: a file that would be silently ignored (`coop.TOML`, `coop.txt`)
/// or a symbolic link. Member folders may also hold images (logos) and `logos/`.
fn data_files(root: &Path, folder: &str) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let rel_dir = Path::new(DIR).join(folder);
    let (entries, mut problems) = input::list(root, &rel_dir);
    let mut files = Vec::new();
    for entry in entries {
        let Some(name) = entry.rel.file_name().map(PathBuf::from) else {
            continue;
        };
        let ext = name.extension().map(|e| e.to_string_lossy().into_owned());
        let is_logo_place = folder == MEMBERS
            && if entry.is_dir {
                name == Path::new("logos")
            } else {
                ext.as_deref().is_some_and(is_image_extension)
            };
        if !entry.is_dir && ext.as_deref() == Some("toml") {
            files.push(name);
        } else if !is_logo_place {
            problems.push(stray_file(&entry.rel, entry.is_dir, folder));
        }
    }
    files.sort();
    (files, problems)
}

fn is_image_extension(ext: &str) -> bool {
    ["png", "jpg", "jpeg", "webp", "gif", "avif", "svg"]
        .contains(&ext.to_ascii_lowercase().as_str())
}

fn stray_file(rel: &Path, is_dir: bool, folder: &str) -> Diagnostic {
    let what = if is_dir { "folder" } else { "file" };
    let hint = match rel.extension() {
        Some(ext) if ext.eq_ignore_ascii_case("toml") => {
            "rename it to end in `.toml` (lower case)".to_string()
        }
        _ if folder == MEMBERS => {
            "content/members/ holds `<slug>.toml` files, their logos and a `logos/` folder; move it elsewhere".to_string()
        }
        _ => format!("content/{folder}/ holds only `<slug>.toml` files; move it elsewhere"),
    };
    Diagnostic::file(
        rel,
        format!("this {what} is not a data file and would be ignored"),
    )
    .with_hint(hint)
}

/// Parses the text of a data file (`rel` names it in diagnostics): control characters,
/// raw or written as TOML escapes, are refused before the typed parse.
pub fn parse_text<T: DeserializeOwned>(rel: &Path, source: &str) -> Result<T, Diagnostic> {
    if let Some(problem) = input::control_character(rel, source)
        .or_else(|| input::escaped_control_character(rel, source, 0, source))
    {
        return Err(problem);
    }
    toml::from_str(source).map_err(|e| toml_error::diagnostic(rel, source, &e))
}

fn parse_file<T: DeserializeOwned>(root: &Path, rel: &Path) -> Result<Parsed<T>, Diagnostic> {
    let source = input::read_text(root, rel)?;
    let data = parse_text(rel, &source)?;
    let slug = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_valid_slug(&slug) {
        return Err(Diagnostic::file(rel, format!("invalid slug `{slug}` (the file name)"))
            .with_hint("rename the file using lowercase letters, digits and hyphens, e.g. `lumen-digital.toml`"));
    }
    Ok(Parsed {
        slug,
        file: rel.to_path_buf(),
        source,
        data,
    })
}
