//! Reading the site's input files, never through a symbolic link.
//!
//! Member and federation files and their logos arrive by pull request (DESIGN §6): a
//! symlink among them (`logos/evil.png -> /proc/self/environ`) would publish any file
//! the build can read, or print its lines in a diagnostic. So every loader reads
//! through this module: each component of an input path below the site root must be a
//! real folder or file, walks report symlinks as errors instead of following them, and
//! a symlink's target is never opened. Paths here are relative to the site root.

use std::fs::FileType;
use std::io;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostic::Diagnostic;

mod escapes;
pub use escapes::escaped_control_character;

/// The error for a symbolic link found among the inputs (its target is not named: it
/// may be a secret path, and it is never opened).
pub fn symlink_problem(rel: &Path) -> Diagnostic {
    Diagnostic::file(
        rel,
        format!(
            "`{}` is a symbolic link; federa never reads input through a link",
            rel.display()
        ),
    )
    .with_hint("replace the link with the file (or folder) itself")
}

/// Fails when `rel` or any folder on the way to it (below `root`) is a symbolic link,
/// or is something other than a file or folder. `Ok(None)` when it does not exist.
pub fn metadata(root: &Path, rel: &Path) -> Result<Option<FileType>, Diagnostic> {
    let mut prefix = PathBuf::new();
    let mut last = None;
    for component in rel.components() {
        prefix.push(component);
        match std::fs::symlink_metadata(root.join(&prefix)) {
            Ok(meta) if meta.file_type().is_symlink() => return Err(symlink_problem(&prefix)),
            Ok(meta) => last = Some(meta.file_type()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(cannot_read(&prefix, &e)),
        }
    }
    Ok(last)
}

/// The bytes of the regular file `root/rel`; refuses symlinks and special files.
pub fn read(root: &Path, rel: &Path) -> Result<Vec<u8>, Diagnostic> {
    match metadata(root, rel)? {
        Some(kind) if kind.is_file() => {
            std::fs::read(root.join(rel)).map_err(|e| cannot_read(rel, &e))
        }
        Some(_) => Err(Diagnostic::file(rel, "not a regular file")
            .with_hint("an input must be a plain file, not a folder or a device")),
        None => Err(cannot_read(
            rel,
            &io::Error::new(io::ErrorKind::NotFound, "no such file"),
        )),
    }
}

/// Like `read`, for UTF-8 text.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    String::from_utf8(read(root, rel)?).map_err(|_| {
        Diagnostic::file(rel, "cannot read file: it is not UTF-8 text")
            .with_hint("save the file as UTF-8")
    })
}

fn cannot_read(rel: &Path, error: &io::Error) -> Diagnostic {
    Diagnostic::file(rel, format!("cannot read file: {error}"))
}

/// The first C0 or C1 control character in `text` other than tab, line feed and
/// carriage return, as an error at its line and column (counting any others).
///
/// XML 1.0 and HTML cannot carry them: a form feed in a news post would make
/// `atom.xml` not well-formed, and an escape character can rewrite a terminal.
pub fn control_character(rel: &Path, text: &str) -> Option<Diagnostic> {
    let is_bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    let (at, c) = text.char_indices().find(|(_, c)| is_bad(*c))?;
    let more = text[at + c.len_utf8()..]
        .chars()
        .filter(|c| is_bad(*c))
        .count();
    let also = match more {
        0 => String::new(),
        n => format!(" ({n} more in this file)"),
    };
    Some(
        Diagnostic::at(
            rel,
            text,
            at..at + c.len_utf8(),
            format!("control character U+{:04X} in the text{also}", u32::from(c)),
        )
        .with_hint("remove it: web pages and feeds cannot carry control characters (it often comes from a copy and paste)"),
    )
}

/// One entry found by `walk` or `list`, relative to the site root.
#[derive(Debug, Clone)]
pub struct Entry {
    pub rel: PathBuf,
    pub is_dir: bool,
}

/// Every file and folder under `rel_dir` (not itself), sorted by name, skipping hidden
/// names and whatever `skip` selects; symlinks are reported, never followed.
/// A missing `rel_dir` is empty.
pub fn walk(
    root: &Path,
    rel_dir: &Path,
    skip: &dyn Fn(&Path) -> bool,
) -> (Vec<Entry>, Vec<Diagnostic>) {
    match metadata(root, rel_dir) {
        Ok(Some(kind)) if kind.is_dir() => {}
        Ok(_) => return (Vec::new(), Vec::new()),
        Err(problem) => return (Vec::new(), vec![problem]),
    }
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let walker = WalkDir::new(root.join(rel_dir))
        .follow_links(false)
        .follow_root_links(false)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let rel = e.path().strip_prefix(root).unwrap_or(e.path());
            !is_hidden(e.file_name()) && !skip(rel)
        });
    for entry in walker {
        match entry {
            Ok(entry) => {
                let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                let kind = entry.file_type();
                if kind.is_symlink() {
                    problems.push(symlink_problem(rel));
                } else if kind.is_file() || kind.is_dir() {
                    entries.push(Entry {
                        rel: rel.to_path_buf(),
                        is_dir: kind.is_dir(),
                    });
                }
            }
            Err(e) => {
                let rel = e.path().map_or_else(
                    || rel_dir.to_path_buf(),
                    |p| p.strip_prefix(root).unwrap_or(p).to_path_buf(),
                );
                problems.push(Diagnostic::file(rel, format!("cannot read folder: {e}")));
            }
        }
    }
    (entries, problems)
}

/// The entries directly in `rel_dir` (see `walk`).
pub fn list(root: &Path, rel_dir: &Path) -> (Vec<Entry>, Vec<Diagnostic>) {
    let (entries, problems) = walk(root, rel_dir, &|rel| {
        rel.parent().is_some_and(|parent| parent != rel_dir)
    });
    (entries, problems)
}

/// Names starting with a dot (`.git`, `.DS_Store`, editor files) are never inputs.
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn refuses_links_on_the_way_and_at_the_end() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/real")).expect("mkdir");
        std::fs::write(root.join("secret"), "SECRET").expect("write");
        std::fs::write(root.join("content/real/a.md"), "ok").expect("write");
        std::os::unix::fs::symlink(root.join("secret"), root.join("content/real/b.md"))
            .expect("link");
        std::os::unix::fs::symlink(root.join("content/real"), root.join("content/linked"))
            .expect("link");
        assert_eq!(
            read(root, Path::new("content/real/a.md")).as_deref(),
            Ok(&b"ok"[..])
        );
        let link = read(root, Path::new("content/real/b.md")).expect_err("file link");
        assert_eq!(link.path, Path::new("content/real/b.md"));
        let folder = read(root, Path::new("content/linked/a.md")).expect_err("folder link");
        assert_eq!(folder.path, Path::new("content/linked"));
        let (entries, problems) = walk(root, Path::new("content"), &|_| false);
        assert_eq!(entries.len(), 2, "{entries:?}");
        assert_eq!(problems.len(), 2);
        assert!(!format!("{problems:?}").contains("SECRET"));
    }
}
