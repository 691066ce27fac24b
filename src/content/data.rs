//! Loading the TOML data files: `content/members/*.toml` and `content/federations/*.toml`.
//!
//! Files are read and parsed in parallel; each failure becomes a diagnostic and the file
//! is left out, so the rest of the site still loads and every problem is reported.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::{IntoParallelIterator, ParallelIterator};
use serde::de::DeserializeOwned;

use crate::content::federation::{Federation, FederationFile};
use crate::content::limits;
use crate::content::logo;
use crate::content::member::{Member, MemberFile};
use crate::content::page::{is_valid_slug, suggest_slug};
use crate::content::DIR;
use crate::diagnostic::Diagnostic;
use crate::input;
use crate::schema::{self, shapes, Checked, Field, Source};

/// Folder of member files under `content/`.
pub const MEMBERS: &str = "members";
/// Folder of federation files under `content/`.
pub const FEDERATIONS: &str = "federations";

/// One data file, parsed: its slug, path, text and typed data, and what is wrong with
/// its shape (a file with such problems is checked but never published).
struct Parsed<T> {
    slug: String,
    file: PathBuf,
    source: String,
    data: T,
    shape: Shape,
}

/// The structural problems of a data file and the top-level fields they concern.
#[derive(Debug, Clone, Default)]
pub struct Shape {
    pub problems: Vec<Diagnostic>,
    /// Fields whose value is a placeholder: the content checks leave them alone.
    pub broken: BTreeSet<String>,
    /// Where list items (`services[2]`) and language keys (`summary.fr`) are.
    pub spans: BTreeMap<String, Range<usize>>,
}

impl Shape {
    /// The byte range of a list item or a free table's key (see `schema::Checked`).
    pub fn span(&self, path: &str) -> Option<Range<usize>> {
        self.spans.get(path).cloned()
    }

    /// Whether the file has the shape it must have (it may still break content rules).
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Data files of one kind: those fit to publish, those with structural problems (kept
/// so the content checks can still report on them in the same run), and the problems
/// of files that could not be read at all.
pub struct Loaded<T> {
    pub sound: Vec<T>,
    pub rejected: Vec<T>,
    pub problems: Vec<Diagnostic>,
}

pub fn load_members(root: &Path) -> Loaded<Arc<Member>> {
    let (parsed, problems) = load_all::<MemberFile>(root, MEMBERS, shapes::MEMBER);
    let mut members: Vec<Arc<Member>> = parsed
        .into_iter()
        .map(|p| Arc::new(member_of(root, p)))
        .collect();
    // By slug, as `Site::with_members_reloaded` keeps them (file names sort `code-coop`
    // before `code`, because of the `.toml` suffix).
    members.sort_by(|a, b| a.slug.cmp(&b.slug));
    let (sound, rejected) = members.into_iter().partition(|m| m.shape.is_sound());
    Loaded {
        sound,
        rejected,
        problems,
    }
}

/// One member file (`rel` relative to the root); `None` when the file does not exist.
pub fn load_member(root: &Path, rel: &Path) -> Option<Result<Arc<Member>, Diagnostic>> {
    parse_one::<MemberFile>(root, rel, shapes::MEMBER)
        .map(|parsed| parsed.map(|p| Arc::new(member_of(root, p))))
}

/// One data file (`rel` relative to the root), parsed; `None` when it does not exist.
fn parse_one<T: DeserializeOwned>(
    root: &Path,
    rel: &Path,
    fields: &'static [Field],
) -> Option<Result<Parsed<T>, Diagnostic>> {
    if let Err(problem) = input::metadata(root, rel) {
        return Some(Err(problem));
    }
    if !root.join(rel).is_file() {
        return None;
    }
    Some(parse_file(root, rel, fields))
}

fn member_of(root: &Path, p: Parsed<MemberFile>) -> Member {
    let logo = p
        .data
        .logo
        .as_ref()
        .filter(|_| !p.shape.broken.contains("logo"))
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
        shape: p.shape,
        fingerprint: hasher.finish(),
        origin: None,
    };
    // Over-long lists are cut so that rendering stays bounded even while they are
    // reported (`check` renders everything).
    member.load_problems.extend(limits::member(&member));
    limits::truncate(&mut member.data);
    member
}

pub fn load_federations(root: &Path) -> Loaded<Federation> {
    let (parsed, problems) = load_all::<FederationFile>(root, FEDERATIONS, shapes::FEDERATION);
    let mut federations: Vec<Federation> = parsed.into_iter().map(federation_of).collect();
    federations.sort_by(|a, b| a.slug.cmp(&b.slug));
    let (sound, rejected) = federations.into_iter().partition(|f| f.shape.is_sound());
    Loaded {
        sound,
        rejected,
        problems,
    }
}

/// One federation file (`rel` relative to the root); `None` when the file does not exist.
pub fn load_federation(root: &Path, rel: &Path) -> Option<Result<Federation, Diagnostic>> {
    parse_one::<FederationFile>(root, rel, shapes::FEDERATION)
        .map(|parsed| parsed.map(federation_of))
}

fn federation_of(p: Parsed<FederationFile>) -> Federation {
    Federation {
        slug: p.slug,
        file: p.file,
        source: p.source,
        data: p.data,
        shape: p.shape,
    }
}

fn load_all<T: DeserializeOwned + Send>(
    root: &Path,
    folder: &str,
    fields: &'static [Field],
) -> (Vec<Parsed<T>>, Vec<Diagnostic>) {
    let rel_dir = Path::new(DIR).join(folder);
    let (files, mut problems) = data_files(root, folder);
    let results: Vec<Result<Parsed<T>, Diagnostic>> = files
        .into_par_iter()
        .map(|name| parse_file(root, &rel_dir.join(name), fields))
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

/// Parses the text of a data file (`rel` names it in diagnostics) and checks its shape:
/// control characters, raw or written as TOML escapes, are refused first.
pub fn parse_text<T: DeserializeOwned>(
    rel: &Path,
    source: &str,
    fields: &'static [Field],
) -> Checked<T> {
    if let Some(problem) = input::control_character(rel, source)
        .or_else(|| input::escaped_control_character(rel, source, 0, source))
    {
        return Checked {
            value: None,
            problems: vec![problem],
            broken: BTreeSet::new(),
            spans: BTreeMap::new(),
        };
    }
    schema::parse(Source::whole(rel, source), fields)
}

fn parse_file<T: DeserializeOwned>(
    root: &Path,
    rel: &Path,
    fields: &'static [Field],
) -> Result<Parsed<T>, Diagnostic> {
    let source = input::read_text(root, rel)?;
    let checked = parse_text(rel, &source, fields);
    let slug = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut shape = Shape {
        problems: checked.problems,
        broken: checked.broken,
        spans: checked.spans,
    };
    if !is_valid_slug(&slug) {
        shape.problems.push(invalid_slug(rel, &slug));
    }
    let Some(data) = checked.value else {
        // Not TOML at all: the syntax error is the one thing to say.
        let mut problems = shape.problems.into_iter();
        return Err(problems
            .next()
            .unwrap_or_else(|| Diagnostic::file(rel, "cannot be read")));
    };
    Ok(Parsed {
        slug,
        file: rel.to_path_buf(),
        source,
        data,
        shape,
    })
}

fn invalid_slug(rel: &Path, slug: &str) -> Diagnostic {
    let fixed = suggest_slug(slug);
    let hint = if fixed.is_empty() {
        "rename the file using lowercase letters, digits and hyphens, e.g. `lumen-digital.toml`"
            .to_string()
    } else {
        format!("rename the file to `{fixed}.toml` (lowercase letters, digits and hyphens)")
    };
    Diagnostic::file(rel, format!("invalid slug `{slug}` (the file name)")).with_hint(hint)
}
