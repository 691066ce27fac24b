//! A build's output folder in the making: written into a sibling temporary folder as
//! rendering goes, then swapped in (`swap`), so a failed build (or a crash half way)
//! leaves the previous output untouched.
//!
//! Outputs arrive in batches (`render::render_each` hands over one phase, or one
//! language of the data pages, at a time) and are written and dropped at once, so a
//! build never holds the whole site in memory. Of two outputs with the same path the
//! first one written wins, as in `render::render_all`.
//!
//! When the output folder was built before, its previous version waits beside it as
//! the spare (`spare`): the staging folder is then that tree, and only the files whose
//! bytes differ are written, the others left as they are.

use std::collections::{BTreeSet, HashSet};
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::{IndexedParallelIterator, IntoParallelRefIterator, ParallelIterator};

use crate::output::{checked_join, remove_if_exists, write_bytes, OutputFile};
use crate::output_guard;
use crate::spare::{self, Reused};
use crate::swap::{self, Sibling};

/// The temporary folder a build writes into, and what it holds so far.
pub struct Staging {
    target: PathBuf,
    staging: PathBuf,
    retired: PathBuf,
    written: HashSet<String>,
    folders: HashSet<PathBuf>,
    /// What the staging folder held when it was a claimed spare.
    reused: Option<Reused>,
    /// How many files, and how many of them HTML pages, were written.
    pub files: usize,
    pub pages: usize,
}

impl Staging {
    /// Starts a new output for `target` in a sibling folder, marked as federa's (see
    /// `output_guard::MARKER`): the spare when there is one, else an empty folder.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let (parent, _) = swap::parent_and_name(target);
        std::fs::create_dir_all(parent)?;
        let id = std::process::id();
        let staging = swap::sibling(target, Sibling::New, id);
        let retired = swap::sibling(target, Sibling::Old, id);
        remove_if_exists(&staging)?;
        remove_if_exists(&retired)?;
        let reused = spare::claim(target, &staging);
        if reused.is_none() {
            std::fs::create_dir_all(&staging)?;
        }
        let mut staged = Staging {
            target: target.to_path_buf(),
            staging,
            retired,
            written: HashSet::new(),
            folders: HashSet::new(),
            reused,
            files: 0,
            pages: 0,
        };
        // Written first, so an output of the same name cannot replace it.
        let marker = output_guard::MARKER;
        staged.put(
            marker,
            &staged.staging.join(marker),
            output_guard::MARKER_TEXT.as_bytes(),
        )?;
        staged.written.insert(marker.to_string());
        Ok(staged)
    }

    /// Writes one file, unless the reused spare already holds these bytes there.
    fn put(&self, rel: &str, path: &Path, bytes: &[u8]) -> io::Result<()> {
        match &self.reused {
            Some(reused) => reused.put(rel, path, bytes).map(drop),
            None => write_bytes(path, bytes),
        }
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
                self.make_folder(folder)?;
                self.folders.insert(folder.to_path_buf());
            }
        }
        let (paths, files): (Vec<PathBuf>, Vec<&OutputFile>) = fresh.into_iter().unzip();
        paths
            .par_iter()
            .zip(files.par_iter())
            .try_for_each(|(path, output)| self.put(&output.path, path, &output.bytes))?;
        self.files += files.len();
        self.pages += files.iter().filter(|o| o.path.ends_with(".html")).count();
        Ok(())
    }

    /// Creates `folder` (inside the staging folder) and its parents, clearing files of
    /// a reused spare out of the way.
    fn make_folder(&mut self, folder: &Path) -> io::Result<()> {
        if let Some(reused) = &mut self.reused {
            let rel = folder
                .strip_prefix(&self.staging)
                .map_err(|_| io::Error::other("a folder outside the staging folder"))?
                .to_string_lossy()
                .replace('\\', "/");
            if rel.is_empty() || reused.clear_way(&self.staging, &rel)? {
                return Ok(());
            }
        }
        std::fs::create_dir_all(folder)
    }

    /// Swaps the new output in for the target folder (see `swap::replace`), after
    /// removing what a reused spare holds that this output does not.
    pub fn commit(self) -> io::Result<()> {
        if let Some(reused) = &self.reused {
            reused.remove_extras(&self.staging, &self.written)?;
        }
        // Afterwards the staging folder is gone (kept as the spare, or deleted), so
        // dropping `self` at the end removes nothing.
        swap::replace(&self.staging, &self.target, &self.retired)
    }

    /// Throws the new output away; the target folder is left as it was.
    pub fn discard(self) {}
}

/// A staging folder that was not committed (an error, a panic) is removed, or, when it
/// was the spare, given back as the spare: it is compared file by file when reused, so
/// what this build wrote into it does no harm, and the next build stays quick.
impl Drop for Staging {
    fn drop(&mut self) {
        if self.reused.is_some() {
            let _ = spare::keep(&self.staging, &self.target);
        } else {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
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

    /// Files and folders beside `out`, other than `out` itself.
    fn siblings(out: &Path) -> Vec<String> {
        let parent = out.parent().expect("parent");
        let mut names: Vec<String> = std::fs::read_dir(parent)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| Some(n.as_str()) != out.file_name().and_then(|n| n.to_str()))
            .collect();
        names.sort();
        names
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn exchange_swaps_two_folders_in_one_step() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        write_atomic(&a, &[OutputFile::new("from-a.txt", "a")]).expect("write a");
        write_atomic(&b, &[OutputFile::new("from-b.txt", "b")]).expect("write b");
        swap::exchange(&a, &b).expect("this file system exchanges");
        assert!(a.join("from-b.txt").is_file() && b.join("from-a.txt").is_file());
        assert!(!a.join("from-a.txt").exists() && !b.join("from-b.txt").exists());
    }

    #[test]
    fn commit_over_an_output_leaves_only_the_spare_beside_it() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        write_atomic(&out, &[OutputFile::new("old.txt", "o")]).expect("write");
        let mut staging = Staging::new(&out).expect("staging");
        staging
            .add(&[OutputFile::new("new.txt", "n")])
            .expect("add");
        staging.commit().expect("commit");
        assert!(out.join("new.txt").is_file() && !out.join("old.txt").exists());
        assert!(
            out.join(output_guard::MARKER).is_file(),
            "marked as federa's"
        );
        assert_eq!(siblings(&out), [".public.federa-spare"]);
    }

    /// A rebuild over the spare: equal files are left alone (same inode), changed ones
    /// replaced, files and folders the new output lacks removed, and the marker kept.
    #[cfg(unix)]
    #[test]
    fn a_rebuild_writes_into_the_spare_only_what_differs() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let first = [
            OutputFile::new("same/index.html", "s"),
            OutputFile::new("changed.txt", "1"),
            OutputFile::new("gone/deep/index.html", "g"),
            OutputFile::new("becomes/index.html", "folder"),
        ];
        write_atomic(&out, &first).expect("first");
        write_atomic(&out, &first).expect("second: the first output is now the spare");
        let inode = |p: &Path| std::fs::metadata(p).expect("stat").ino();
        let same_before = inode(&spare::path(&out).join("same/index.html"));
        let second = [
            OutputFile::new("same/index.html", "s"),
            OutputFile::new("changed.txt", "2"),
            OutputFile::new("becomes", "a file now"),
        ];
        write_atomic(&out, &second).expect("third, over the spare");
        assert_eq!(
            inode(&out.join("same/index.html")),
            same_before,
            "not rewritten"
        );
        let mut files: Vec<String> = walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&out)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        files.sort();
        let expected = [
            ".federa-output",
            "becomes",
            "changed.txt",
            "same/index.html",
        ];
        assert_eq!(files, expected);
        assert!(!out.join("gone").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("changed.txt")).expect("read"),
            "2"
        );
    }

    /// Stages `new.txt` beside an output holding `old.txt`, as `replace_with` gets it.
    fn staged_over_an_output(tmp: &Path) -> (PathBuf, PathBuf, PathBuf) {
        let out = tmp.join("public");
        write_atomic(&out, &[OutputFile::new("old.txt", "o")]).expect("write");
        let staging = tmp.join(".public.federa-new-1");
        write_atomic(&staging, &[OutputFile::new("new.txt", "n")]).expect("stage");
        (staging, out.clone(), tmp.join(".public.federa-old-1"))
    }

    #[test]
    fn a_refused_exchange_falls_back_to_two_renames() {
        fn unsupported(_: &Path, _: &Path) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::Unsupported))
        }
        #[cfg(target_os = "linux")]
        fn invalid(_: &Path, _: &Path) -> io::Result<()> {
            Err(rustix::io::Errno::INVAL.into())
        }
        let mut refusals: Vec<fn(&Path, &Path) -> io::Result<()>> = vec![unsupported];
        #[cfg(target_os = "linux")]
        refusals.push(invalid);
        for refusal in refusals {
            let tmp = tempfile::tempdir().expect("tempdir");
            let (staging, out, retired) = staged_over_an_output(tmp.path());
            swap::replace_with(&staging, &out, &retired, refusal).expect("fallback");
            assert!(out.join("new.txt").is_file() && !out.join("old.txt").exists());
            assert_eq!(siblings(&out), [".public.federa-spare"]);
        }
    }

    #[test]
    fn a_failed_exchange_leaves_the_output() {
        fn denied(_: &Path, _: &Path) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::PermissionDenied))
        }
        let tmp = tempfile::tempdir().expect("tempdir");
        let (staging, out, retired) = staged_over_an_output(tmp.path());
        let error = swap::replace_with(&staging, &out, &retired, denied).expect_err("denied");
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert!(out.join("old.txt").is_file() && !out.join("new.txt").exists());
    }

    #[test]
    fn a_missing_output_is_renamed_into_place_without_exchange() {
        fn never(_: &Path, _: &Path) -> io::Result<()> {
            panic!("nothing to exchange with")
        }
        let tmp = tempfile::tempdir().expect("tempdir");
        let (staging, out, retired) = staged_over_an_output(tmp.path());
        std::fs::remove_dir_all(&out).expect("remove");
        swap::replace_with(&staging, &out, &retired, never).expect("rename");
        assert!(out.join("new.txt").is_file());
        assert_eq!(siblings(&out), Vec::<String>::new());
    }
}
