//! Double buffering of the output folder: the output a build replaces is kept beside
//! it, as `.<name>.federa-spare`, and the next build writes into that folder instead of
//! an empty one, touching only the files whose bytes differ.
//!
//! Creating thousands of files and deleting the thousands of the previous output cost
//! more than rendering them; comparing bytes against a tree that is mostly right does
//! not. The spare is never published, so writing into it changes nothing anyone sees:
//! the swap (`swap`) still puts the whole new tree in place at once. Nothing is assumed
//! about what the spare holds (a killed build may have left it half updated): every file
//! is compared byte for byte, everything the build does not produce is removed, and a
//! file that changed is unlinked before it is written, so a hard link to it elsewhere
//! (a backup made with `cp -al`) keeps its bytes and a symbolic link is replaced, never
//! written through.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::output::{remove_if_exists, write_bytes};
use crate::swap::parent_and_name;

/// The spare folder of `target`.
pub fn path(target: &Path) -> PathBuf {
    let (parent, name) = parent_and_name(target);
    parent.join(format!(".{name}.federa-spare"))
}

/// What a claimed spare holds, as `/`-separated paths relative to it.
#[derive(Debug, Default)]
pub struct Reused {
    /// Regular files: compared before they are written.
    pub files: HashSet<String>,
    /// Anything else that is not a folder (symbolic links, sockets): always replaced.
    pub others: HashSet<String>,
    pub dirs: HashSet<String>,
}

/// Takes `target`'s spare as the staging folder `staging` (one rename, so of two builds
/// only one gets it) and lists what it holds; `None` when there is no usable spare.
pub fn claim(target: &Path, staging: &Path) -> Option<Reused> {
    let spare = path(target);
    let is_folder = std::fs::symlink_metadata(&spare).is_ok_and(|m| m.is_dir());
    if !is_folder || std::fs::rename(&spare, staging).is_err() {
        return None;
    }
    match list(staging) {
        Ok(reused) => Some(reused),
        Err(_) => {
            // Unreadable in part: start from an empty folder instead.
            let _ = remove_if_exists(staging);
            None
        }
    }
}

fn list(dir: &Path) -> io::Result<Reused> {
    let mut reused = Reused::default();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry?;
        let rel = entry
            .path()
            .strip_prefix(dir)
            .map_err(|_| io::Error::other("walked outside the folder"))?;
        let rel = rel.to_string_lossy().replace('\\', "/");
        let kind = entry.file_type();
        let set = if kind.is_dir() {
            &mut reused.dirs
        } else if kind.is_file() {
            &mut reused.files
        } else {
            &mut reused.others
        };
        set.insert(rel);
    }
    Ok(reused)
}

/// Keeps `old`, the output a build just replaced (no longer published), as `target`'s
/// spare; deletes it when another build already left one there.
pub fn keep(old: &Path, target: &Path) -> io::Result<()> {
    let spare = path(target);
    if std::fs::symlink_metadata(&spare).is_err() && std::fs::rename(old, &spare).is_ok() {
        return Ok(());
    }
    remove_if_exists(old)
}

/// Whether the file at `path` holds exactly `bytes` (read only when the sizes agree).
pub fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    if !file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
    {
        return false;
    }
    let mut old = Vec::with_capacity(bytes.len());
    file.read_to_end(&mut old).is_ok() && old == bytes
}

impl Reused {
    /// Writes `bytes` at `path` (relative `rel`) unless it already holds them; returns
    /// whether it wrote. What stands in the way (a folder, a link) is removed first.
    pub fn put(&self, rel: &str, path: &Path, bytes: &[u8]) -> io::Result<bool> {
        if self.files.contains(rel) {
            if same_bytes(path, bytes) {
                return Ok(false);
            }
            std::fs::remove_file(path)?;
        } else if self.others.contains(rel) {
            std::fs::remove_file(path)?;
        } else if self.dirs.contains(rel) {
            remove_if_exists(path)?;
        }
        write_bytes(path, bytes)?;
        Ok(true)
    }

    /// Before creating folder `rel` (relative to `root`): removes files that stand where
    /// it or one of its parents must go. Returns whether the folder already exists.
    pub fn clear_way(&mut self, root: &Path, rel: &str) -> io::Result<bool> {
        if self.dirs.contains(rel) {
            return Ok(true);
        }
        let mut prefix = String::new();
        for part in rel.split('/') {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(part);
            if self.files.remove(&prefix) || self.others.remove(&prefix) {
                std::fs::remove_file(root.join(&prefix))?;
            }
        }
        Ok(false)
    }

    /// Removes everything under `root` that is not in `written` (files) or holds none of
    /// them (folders): what the previous output had and this one does not.
    pub fn remove_extras(&self, root: &Path, written: &HashSet<String>) -> io::Result<()> {
        // A path under a written file went with the folder that file replaced (`put`).
        let gone = |rel: &str| written.contains(rel) || ancestors(rel).any(|a| written.contains(a));
        let files = self.files.iter().chain(&self.others);
        for rel in files.filter(|rel| !gone(rel)) {
            match std::fs::remove_file(root.join(rel)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        let kept: HashSet<&str> = written.iter().flat_map(|rel| ancestors(rel)).collect();
        let mut extra: Vec<&String> = self
            .dirs
            .iter()
            .filter(|rel| !kept.contains(rel.as_str()) && !gone(rel))
            .collect();
        // Deepest first, so each folder is empty (or already gone) when its turn comes.
        extra.sort_by_key(|rel| std::cmp::Reverse(rel.matches('/').count()));
        for rel in extra {
            remove_if_exists(&root.join(rel))?;
        }
        Ok(())
    }
}

/// `a/b/c.html` -> `a`, `a/b`.
fn ancestors(rel: &str) -> impl Iterator<Item = &str> {
    rel.match_indices('/').map(move |(i, _)| &rel[..i])
}

#[cfg(test)]
mod tests {
    use super::{ancestors, claim, keep, path};

    #[test]
    fn ancestors_are_the_folder_prefixes() {
        assert_eq!(ancestors("a/b/c.html").collect::<Vec<_>>(), ["a", "a/b"]);
        assert_eq!(ancestors("c.html").count(), 0);
    }

    #[test]
    fn a_kept_spare_is_claimed_once_with_what_it_holds() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let old = tmp.path().join("old");
        std::fs::create_dir_all(old.join("a/b")).expect("mkdir");
        std::fs::write(old.join("a/b/index.html"), "x").expect("write");
        keep(&old, &out).expect("keep");
        assert!(path(&out).is_dir() && !old.exists());
        let staging = tmp.path().join("staging");
        let reused = claim(&out, &staging).expect("claimed");
        assert!(reused.files.contains("a/b/index.html"));
        assert!(reused.dirs.contains("a") && reused.dirs.contains("a/b"));
        assert!(claim(&out, &tmp.path().join("other")).is_none(), "taken");
    }

    #[cfg(unix)]
    #[test]
    fn a_changed_file_is_unlinked_first_so_hard_links_keep_their_bytes() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("spare");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("page.html"), "old").expect("write");
        std::fs::hard_link(dir.join("page.html"), tmp.path().join("backup")).expect("link");
        std::os::unix::fs::symlink(tmp.path().join("backup"), dir.join("link.html"))
            .expect("symlink");
        let reused = super::list(&dir).expect("list");
        assert!(!reused
            .put("page.html", &dir.join("page.html"), b"old")
            .expect("same"));
        assert!(reused
            .put("page.html", &dir.join("page.html"), b"new")
            .expect("put"));
        assert!(
            reused
                .put("link.html", &dir.join("link.html"), b"old")
                .expect("put"),
            "a link is replaced even when it leads to the same bytes"
        );
        let read = |p: &std::path::Path| std::fs::read_to_string(p).expect("read");
        assert_eq!(read(&dir.join("page.html")), "new");
        assert_eq!(
            read(&tmp.path().join("backup")),
            "old",
            "not written through"
        );
        assert_eq!(read(&dir.join("link.html")), "old");
        assert!(!dir.join("link.html").is_symlink());
    }
}
