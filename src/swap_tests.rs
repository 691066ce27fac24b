//! Unit tests of `swap`: putting back an output moved aside by a killed build, and
//! removing the staging folders of processes that are gone.

use std::path::{Path, PathBuf};

use super::{recover, remove_stale, sibling, Sibling};

/// Above Linux's hard limit on process ids (`PID_MAX_LIMIT`, 2^22): never running.
const DEAD: u32 = 4_194_305;

fn folder_with(path: &Path, file: &str) {
    std::fs::create_dir_all(path).expect("mkdir");
    std::fs::write(path.join(file), file).expect("write");
}

/// A folder as a build leaves it: with federa's marker.
fn output_with(path: &Path, file: &str) {
    folder_with(path, file);
    crate::output_guard::write_marker(path).expect("marker");
}

fn public(tmp: &tempfile::TempDir) -> PathBuf {
    tmp.path().join("public")
}

#[test]
fn the_old_output_of_a_killed_build_is_put_back() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = public(&tmp);
    let old = sibling(&out, Sibling::Old, DEAD);
    output_with(&old, "index.html");
    assert_eq!(recover(&out).expect("recover"), Some(old.clone()));
    assert!(out.join("index.html").is_file());
    assert!(!old.exists());
}

#[test]
fn an_existing_output_is_not_replaced() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = public(&tmp);
    folder_with(&out, "current.html");
    let old = sibling(&out, Sibling::Old, DEAD);
    folder_with(&old, "older.html");
    assert_eq!(recover(&out).expect("recover"), None);
    assert!(out.join("current.html").is_file() && old.exists());
}

#[test]
fn a_running_build_keeps_its_folders() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = public(&tmp);
    let mine = std::process::id();
    let old = sibling(&out, Sibling::Old, mine);
    folder_with(&old, "index.html");
    assert_eq!(
        recover(&out).expect("recover"),
        None,
        "mid-swap, not crashed"
    );
    folder_with(&out, "index.html");
    let new = sibling(&out, Sibling::New, mine);
    folder_with(&new, "index.html");
    assert_eq!(remove_stale(&out).expect("clean"), 0);
    assert!(old.exists() && new.exists());
}

#[cfg(target_os = "linux")]
#[test]
fn the_folders_of_dead_builds_are_removed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = public(&tmp);
    folder_with(&out, "index.html");
    let new = sibling(&out, Sibling::New, DEAD);
    let old = sibling(&out, Sibling::Old, DEAD + 1);
    folder_with(&new, "index.html");
    folder_with(&old, "index.html");
    let other_output = tmp.path().join(".public.serve.federa-new-4194307");
    folder_with(&other_output, "index.html");
    assert_eq!(remove_stale(&out).expect("clean"), 2);
    assert!(!new.exists() && !old.exists());
    assert!(
        other_output.exists(),
        "another output's folder is its own business"
    );
    assert!(out.join("index.html").is_file());
}

#[cfg(target_os = "linux")]
#[test]
fn an_old_output_is_kept_while_the_output_is_missing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = public(&tmp);
    let old = sibling(&out, Sibling::Old, DEAD);
    folder_with(&old, "index.html");
    assert_eq!(remove_stale(&out).expect("clean"), 0);
    assert!(old.exists());
}

#[test]
fn only_real_folders_with_the_marker_are_put_back() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = public(&tmp);
    let unmarked = sibling(&out, Sibling::Old, DEAD);
    folder_with(&unmarked, "index.html");
    assert_eq!(recover(&out).expect("recover"), None, "no marker");
    #[cfg(unix)]
    {
        let elsewhere = tmp.path().join("elsewhere");
        output_with(&elsewhere, "secret.txt");
        let link = sibling(&out, Sibling::Old, DEAD + 1);
        std::os::unix::fs::symlink(&elsewhere, &link).expect("symlink");
        assert_eq!(
            recover(&out).expect("recover"),
            None,
            "a link is never adopted"
        );
        assert!(std::fs::symlink_metadata(&out).is_err());
    }
}

#[test]
fn a_folder_tracked_by_git_is_never_put_back() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(tmp.path())
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !git(&["init", "-q"]) {
        eprintln!("git is not installed: skipping");
        return;
    }
    let out = public(&tmp);
    let committed = sibling(&out, Sibling::Old, DEAD);
    output_with(&committed, "index.html");
    assert!(git(&["add", "-f", "."]), "git add");
    assert_eq!(recover(&out).expect("recover"), None, "from a pull request");
    assert!(committed.exists());
}
