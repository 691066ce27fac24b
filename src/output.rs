//! Writing outputs to disk: with `staging`, the only code that touches an output folder.
//!
//! A build is written into a sibling temporary folder and swapped in (`staging`). Serve
//! mode instead updates its folder in place and rewrites only files whose bytes changed
//! (`write_changed`, `apply_changes`).

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// One file of the built site, in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, `/`-separated, never escaping it.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        let mut bytes = bytes.into();
        // Rendered pages grow by doubling; every output is held until the site is
        // written, so spare capacity would add up to a large share of peak memory.
        bytes.shrink_to_fit();
        OutputFile {
            path: path.into(),
            bytes,
        }
    }
}

/// Whether `path` is a safe relative output path (no `..`, not absolute).
pub fn is_safe_path(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// Updates `dir` in place: writes files whose bytes changed, removes files no longer
/// produced (but not federa's marker, `output_guard::MARKER`). Returns how many files
/// were written or removed. `pause` runs before each file: serve's disk thread waits
/// there while an edit is rendered.
pub fn write_changed(dir: &Path, outputs: &[(&str, &[u8])], pause: &dyn Fn()) -> io::Result<usize> {
    let mut changed = 0;
    let mut wanted = BTreeSet::from([dir.join(crate::output_guard::MARKER)]);
    for (rel, bytes) in outputs {
        pause();
        let path = checked_join(dir, rel)?;
        wanted.insert(path.clone());
        if crate::spare::same_bytes(&path, bytes) {
            continue;
        }
        write_file(&path, bytes, pause)?;
        changed += 1;
    }
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_type().is_file() && !wanted.contains(entry.path()) {
            pause();
            std::fs::remove_file(entry.path())?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// Applies a known difference to `dir`, which must hold the previous outputs: writes
/// `changed`, removes `removed` (and folders left empty). `serve` computes the difference
/// in memory, so it need not re-read every file as `write_changed` does. `pause` runs
/// before each file, as in `write_changed`.
pub fn apply_changes(
    dir: &Path,
    changed: &[(&str, &[u8])],
    removed: &[String],
    pause: &dyn Fn(),
) -> io::Result<()> {
    for (path, bytes) in changed {
        pause();
        write_file(&checked_join(dir, path)?, bytes, pause)?;
    }
    for rel in removed {
        pause();
        let path = checked_join(dir, rel)?;
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        // Remove parents left empty; `remove_dir` refuses non-empty ones, which ends it.
        for parent in path.ancestors().skip(1).take_while(|p| *p != dir) {
            if std::fs::remove_dir(parent).is_err() {
                break;
            }
        }
    }
    Ok(())
}

pub(crate) fn write_bytes(path: &Path, bytes: &[u8]) -> io::Result<()> {
    std::fs::write(path, bytes)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// Writes `bytes` to `path` (making its folders) a piece at a time, with `pause`
/// between pieces: serve's `members.json` is tens of megabytes at 10,000 members.
fn write_file(path: &Path, bytes: &[u8], pause: &dyn Fn()) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let written = std::fs::File::create(path).and_then(|mut file| {
        for (n, piece) in bytes.chunks(WRITE_PIECE).enumerate() {
            if n > 0 {
                pause();
            }
            file.write_all(piece)?;
        }
        Ok(())
    });
    written.map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// The bytes `write_file` writes between two pauses.
const WRITE_PIECE: usize = 1 << 20;

pub(crate) fn checked_join(root: &Path, rel: &str) -> io::Result<PathBuf> {
    if is_safe_path(rel) {
        Ok(root.join(rel))
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write outside the output folder: {rel}"),
        ))
    }
}

pub(crate) fn remove_if_exists(path: &Path) -> io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_paths_leaving_the_output() {
        assert!(is_safe_path("fr/about/index.html"));
        assert!(!is_safe_path("../etc/passwd"));
        assert!(!is_safe_path("/etc/passwd"));
        assert!(!is_safe_path(""));
    }

    #[test]
    fn applied_changes_remove_emptied_folders() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let old: [(&str, &[u8]); 2] = [("a/b/index.html", b"1"), ("c.txt", b"x")];
        write_changed(&out, &old, &|| {}).expect("write");
        let new = OutputFile::new("c.txt", "y");
        let changed = [(new.path.as_str(), new.bytes.as_slice())];
        let paused = std::cell::Cell::new(0);
        let pause = || paused.set(paused.get() + 1);
        apply_changes(&out, &changed, &["a/b/index.html".to_string()], &pause).expect("apply");
        assert_eq!(paused.get(), 2, "a pause before each file");
        let large = vec![b'x'; WRITE_PIECE * 2 + 1];
        paused.set(0);
        apply_changes(&out, &[("large.json", &large)], &[], &pause).expect("apply");
        assert_eq!(paused.get(), 3, "and between its pieces");
        assert_eq!(std::fs::read(out.join("large.json")).expect("read"), large);
        assert_eq!(
            std::fs::read_to_string(out.join("c.txt")).expect("read"),
            "y"
        );
        assert!(!out.join("a").exists());
        assert!(out.exists());
    }
}
