//! Swapping a finished staging folder in for the output folder, and tidying up after
//! builds that were stopped half way.
//!
//! A build writes `.<name>.federa-new-<pid>` beside the output folder `<name>`. On Linux
//! the two are exchanged in one `renameat2(RENAME_EXCHANGE)`, so the output folder never
//! stops existing; elsewhere, or when the file system cannot exchange, the output is
//! first renamed to `.<name>.federa-old-<pid>` and the new one renamed in. A process
//! killed between those two renames leaves no output folder: the next build puts the
//! old one back (`recover`: only a real folder with federa's marker that git does not
//! track, so a folder of that name in a pull request is never adopted) before anything
//! else, and removes the staging folders of
//! processes that no longer exist (`remove_stale`). Folders of a live process are never
//! touched; where liveness cannot be told (not Linux), stale folders are left alone.
//! The replaced output is not deleted but kept as the next build's starting point
//! (`spare`), which takes its deletion off every rebuild's way.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::spare;

/// Which of a build's two sibling folders a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sibling {
    /// The new output being written.
    New,
    /// The previous output, moved aside during the fallback swap.
    Old,
}

impl Sibling {
    fn word(self) -> &'static str {
        match self {
            Sibling::New => "new",
            Sibling::Old => "old",
        }
    }
}

/// The folder beside `target` that process `pid` uses as `kind`.
pub fn sibling(target: &Path, kind: Sibling, pid: u32) -> PathBuf {
    let (parent, name) = parent_and_name(target);
    parent.join(format!(".{name}.federa-{}-{pid}", kind.word()))
}

/// `target`'s parent folder ("." for a bare name) and file name.
pub fn parent_and_name(target: &Path) -> (PathBuf, String) {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target.file_name().map_or_else(
        || "public".to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    (parent.to_path_buf(), name)
}

/// Puts `staging` in the place of `target`; `retired` is where the old output waits
/// during the fallback's two renames. The old output is kept afterwards as the next
/// build's staging folder (`spare::keep`).
pub fn replace(staging: &Path, target: &Path, retired: &Path) -> io::Result<()> {
    replace_with(staging, target, retired, exchange)
}

/// `replace`, with the exchange given (tests pass one that the file system refuses).
pub(crate) fn replace_with(
    staging: &Path,
    target: &Path,
    retired: &Path,
    exchange: fn(&Path, &Path) -> io::Result<()>,
) -> io::Result<()> {
    if std::fs::symlink_metadata(target).is_ok() {
        match exchange(staging, target) {
            // `staging` now holds the old output.
            Ok(()) => return spare::keep(staging, target),
            Err(e) if !cannot_exchange(&e) => return Err(e),
            Err(_) => {}
        }
        std::fs::rename(target, retired)?;
    }
    if let Err(e) = std::fs::rename(staging, target) {
        if retired.exists() {
            std::fs::rename(retired, target)?;
        }
        return Err(e);
    }
    if retired.exists() {
        spare::keep(retired, target)?;
    }
    Ok(())
}

/// Exchanges two existing paths in one step.
#[cfg(target_os = "linux")]
pub(crate) fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Whether an exchange failed because the system or file system does not offer it
/// (old kernels, some network and FUSE file systems), so two renames must do.
#[cfg(target_os = "linux")]
fn cannot_exchange(error: &io::Error) -> bool {
    use rustix::io::Errno;
    error.kind() == io::ErrorKind::Unsupported
        || matches!(
            Errno::from_io_error(error),
            Some(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP)
        )
}

#[cfg(not(target_os = "linux"))]
fn cannot_exchange(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::Unsupported
}

/// A staging folder found beside an output folder.
#[derive(Debug)]
struct Leftover {
    path: PathBuf,
    kind: Sibling,
    pid: u32,
}

/// The `.<name>.federa-{new,old}-<pid>` folders beside `target`.
fn leftovers(target: &Path) -> io::Result<Vec<Leftover>> {
    let (parent, name) = parent_and_name(target);
    let prefix = format!(".{name}.federa-");
    let entries = match std::fs::read_dir(&parent) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        entries => entries?,
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let (kind, pid) = match (rest.strip_prefix("new-"), rest.strip_prefix("old-")) {
            (Some(pid), _) => (Sibling::New, pid),
            (_, Some(pid)) => (Sibling::Old, pid),
            _ => continue,
        };
        if let Ok(pid) = pid.parse() {
            found.push(Leftover {
                path: entry.path(),
                kind,
                pid,
            });
        }
    }
    Ok(found)
}

/// Whether process `pid` exists: `None` where that cannot be told.
#[cfg(target_os = "linux")]
fn is_alive(pid: u32) -> Option<bool> {
    use rustix::io::Errno;
    use rustix::process::{test_kill_process, Pid};
    if pid == std::process::id() {
        return Some(true);
    }
    // Process ids are positive and below `pid_max` (at most 2^22): anything else
    // cannot be running.
    let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) else {
        return Some(false);
    };
    // EPERM means the process exists but belongs to someone else.
    Some(test_kill_process(pid) != Err(Errno::SRCH))
}

#[cfg(not(target_os = "linux"))]
fn is_alive(pid: u32) -> Option<bool> {
    (pid == std::process::id()).then_some(true)
}

/// When `target` is missing because a build was stopped between the two renames of the
/// fallback swap, renames that build's `-old-` folder back; returns the folder put back.
/// Of several, the most recently modified wins; a live process's folder is not taken.
pub fn recover(target: &Path) -> io::Result<Option<PathBuf>> {
    if std::fs::symlink_metadata(target).is_ok() {
        return Ok(None);
    }
    let newest = leftovers(target)?
        .into_iter()
        .filter(|l| l.kind == Sibling::Old && is_alive(l.pid) != Some(true))
        .filter(|l| was_written_by_federa(&l.path))
        .max_by_key(|l| modified(&l.path));
    match newest {
        Some(old) => {
            std::fs::rename(&old.path, target)?;
            Ok(Some(old.path))
        }
        None => Ok(None),
    }
}

/// Whether `folder` can be an output that a build moved aside: a real folder (not a
/// link, which would make the output point elsewhere) with federa's marker, and not a
/// file of the repository. A pull request can add a folder with that name and marker;
/// git tracks it then, and it is never put in place of the output.
fn was_written_by_federa(folder: &Path) -> bool {
    let is_real_dir = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
    let is_real_file = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file());
    is_real_dir(folder)
        && is_real_file(&folder.join(crate::output_guard::MARKER))
        && !is_tracked_by_git(folder)
}

/// Whether git tracks anything under `path` (false where git or a repository is absent).
fn is_tracked_by_git(path: &Path) -> bool {
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        return false;
    };
    std::process::Command::new("git")
        .arg("-C")
        .arg(if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        })
        .args(["ls-files", "--error-unmatch", "--"])
        .arg(name)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn modified(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

/// Removes the staging folders beside `target` left by processes known to be gone;
/// returns how many. An `-old-` folder is kept while `target` is missing (it may be the
/// only copy of the output). The first one becomes the spare when there is none
/// (`spare::keep`: a half-written tree is as good as any, being compared file by file),
/// so tidying up after a killed build deletes nothing on the way of the next one.
pub fn remove_stale(target: &Path) -> io::Result<usize> {
    let target_exists = std::fs::symlink_metadata(target).is_ok();
    let mut removed = 0;
    for leftover in leftovers(target)? {
        if is_alive(leftover.pid) != Some(false)
            || (leftover.kind == Sibling::Old && !target_exists)
        {
            continue;
        }
        spare::keep(&leftover.path, target)?;
        removed += 1;
    }
    Ok(removed)
}

#[cfg(test)]
#[path = "swap_tests.rs"]
mod tests;
