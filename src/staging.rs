//! A build's output folder in the making: written into a sibling temporary folder as
//! rendering goes, then swapped in with renames, so a failed build (or a crash half way)
//! leaves the previous output untouched.
//!
//! Outputs arrive in batches (`render::render_each` hands over one phase, or one
//! language of the data pages, at a time) and are written and dropped at once, so a
//! build never holds the whole site in memory. Of two outputs with the same path the
//! first one written wins, as in `render::render_all`.

use std::collections::{BTreeSet, HashSet};
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::{IndexedParallelIterator, IntoParallelRefIterator, ParallelIterator};

use crate::output::{checked_join, remove_if_exists, write_bytes, OutputFile};

/// The temporary folder a build writes into, and what it holds so far.
pub struct Staging {
    target: PathBuf,
    staging: PathBuf,
    retired: PathBuf,
    written: HashSet<String>,
    folders: HashSet<PathBuf>,
    /// How many files, and how many of them HTML pages, were written.
    pub files: usize,
    pub pages: usize,
}

impl Staging {
    /// Starts a new output for `target` in an empty sibling folder.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let name = target.file_name().map_or_else(
            || "public".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let id = std::process::id();
        let staging = parent.join(format!(".{name}.federa-new-{id}"));
        let retired = parent.join(format!(".{name}.federa-old-{id}"));
        remove_if_exists(&staging)?;
        remove_if_exists(&retired)?;
        std::fs::create_dir_all(&staging)?;
        Ok(Staging {
            target: target.to_path_buf(),
            staging,
            retired,
            written: HashSet::new(),
            folders: HashSet::new(),
            files: 0,
            pages: 0,
        })
    }

    /// Writes `outputs` whose paths were not written before: folders first, then
    /// files in parallel (creating thousands of small files is bound by per-file
    /// system-call time, which two cores halve).
    pub fn add(&mut self, outputs: &[OutputFile]) -> io::Result<()> {
        let mut fresh: Vec<(PathBuf, &OutputFile)> = Vec::with_capacity(outputs.len());
        for output in outputs {
            if self.written.insert(output.path.clone()) {
                fresh.push((checked_join(&self.staging, &output.path)?, output));
            }
        }
        let folders: BTreeSet<&Path> = fresh.iter().filter_map(|(p, _)| p.parent()).collect();
        for folder in folders {
            if !self.folders.contains(folder) {
                std::fs::create_dir_all(folder)?;
                self.folders.insert(folder.to_path_buf());
            }
        }
        let (paths, files): (Vec<PathBuf>, Vec<&OutputFile>) = fresh.into_iter().unzip();
        paths
            .par_iter()
            .zip(files.par_iter())
            .try_for_each(|(path, output)| write_bytes(path, &output.bytes))?;
        self.files += files.len();
        self.pages += files.iter().filter(|o| o.path.ends_with(".html")).count();
        Ok(())
    }

    /// Swaps the new output in for the target folder.
    pub fn commit(self) -> io::Result<()> {
        // After the renames the staging folder no longer exists, so dropping `self` at
        // the end removes nothing.
        if self.target.exists() {
            std::fs::rename(&self.target, &self.retired)?;
        }
        if let Err(e) = std::fs::rename(&self.staging, &self.target) {
            if self.retired.exists() {
                std::fs::rename(&self.retired, &self.target)?;
            }
            return Err(e);
        }
        remove_if_exists(&self.retired)
    }

    /// Throws the new output away; the target folder is left as it was.
    pub fn discard(self) {}
}

/// A staging folder that was not committed (an error, a panic) is removed.
impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// Writes `outputs` as the new content of `dir`, atomically replacing what was there.
pub fn write_atomic(dir: &Path, outputs: &[OutputFile]) -> io::Result<()> {
    let mut staging = Staging::new(dir)?;
    staging.add(outputs)?;
    staging.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_tree() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        write_atomic(
            &out,
            &[
                OutputFile::new("a/index.html", "1"),
                OutputFile::new("b.txt", "x"),
            ],
        )
        .expect("write");
        write_atomic(&out, &[OutputFile::new("a/index.html", "2")]).expect("rewrite");
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).expect("read"),
            "2"
        );
        assert!(!out.join("b.txt").exists());
    }

    #[test]
    fn batches_add_up_and_the_first_of_a_path_wins() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        std::fs::create_dir_all(&out).expect("mkdir");
        std::fs::write(out.join("old.txt"), "old").expect("write");
        let mut staging = Staging::new(&out).expect("staging");
        staging
            .add(&[OutputFile::new("a/index.html", "first")])
            .expect("add");
        staging
            .add(&[
                OutputFile::new("a/index.html", "second"),
                OutputFile::new("a/b/c.txt", "c"),
            ])
            .expect("add");
        assert_eq!((staging.files, staging.pages), (2, 1));
        assert!(out.join("old.txt").exists(), "untouched until commit");
        staging.commit().expect("commit");
        let read = |p: &str| std::fs::read_to_string(out.join(p)).expect("read");
        assert_eq!(read("a/index.html"), "first");
        assert_eq!(read("a/b/c.txt"), "c");
        assert!(!out.join("old.txt").exists());
    }

    #[test]
    fn discarded_staging_leaves_the_target() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        write_atomic(&out, &[OutputFile::new("keep.txt", "k")]).expect("write");
        let mut staging = Staging::new(&out).expect("staging");
        staging
            .add(&[OutputFile::new("new.txt", "n")])
            .expect("add");
        staging.discard();
        assert!(out.join("keep.txt").exists());
        assert!(!out.join("new.txt").exists());
        let leftovers = std::fs::read_dir(tmp.path()).expect("list").count();
        assert_eq!(leftovers, 1, "only public/ remains");
    }
}
