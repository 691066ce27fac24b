//! Contributed files that try to leak a file, carry a script, crash or exhaust the
//! build (the hardening issue): each case edits a copy of a fixture and asserts the
//! exact location of the error, and that nothing secret reaches the output or the log.

mod files;
mod limits;
mod pages;
mod text;

use std::path::Path;

use crate::harness::{Run, TestSite};

/// What a secret file outside the site holds: must never appear anywhere.
pub const SECRET: &str = "FEDERA-SECRET-7f3a9c";

/// A folder outside the site with a secret `secret.txt` (and a `logo.svg` holding the
/// secret too), kept alive as long as the returned guard.
pub fn secret_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("secret.txt"), format!("TOKEN={SECRET}\n")).expect("write");
    std::fs::write(
        dir.path().join("logo.svg"),
        format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>{SECRET}</title></svg>"),
    )
    .expect("write");
    dir
}

/// Makes `rel` in the site a symbolic link to `target`, replacing what was there.
#[cfg(unix)]
pub fn link(site: &TestSite, rel: &str, target: &Path) {
    let path = site.root().join(rel);
    if path.is_dir() && !path.is_symlink() {
        std::fs::remove_dir_all(&path).expect("remove dir");
    } else if path.symlink_metadata().is_ok() {
        std::fs::remove_file(&path).expect("remove file");
    }
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::os::unix::fs::symlink(target, &path).expect("symlink");
}

/// Replaces `from` by `to` in a site file (the text must be there).
#[track_caller]
pub fn edit(site: &TestSite, rel: &str, from: &str, to: &str) {
    let path = site.root().join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "`{from}` not in {rel}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

/// The diagnostic line starting with `location` (`path:line:col: error:`), which
/// must contain `message`.
#[track_caller]
pub fn expect_at(run: &Run, location: &str, message: &str) {
    let stderr = run.stderr();
    let line = stderr
        .lines()
        .find(|l| l.starts_with(location))
        .unwrap_or_else(|| panic!("no diagnostic at `{location}` in:\n{stderr}"));
    assert!(line.contains(message), "`{message}` not in: {line}");
}

/// The secret appears neither in the run's output streams nor in any output file.
#[track_caller]
pub fn assert_no_secret(site: &TestSite, run: &Run) {
    assert!(!run.stderr().contains(SECRET), "secret in stderr");
    assert!(!run.stdout().contains(SECRET), "secret in stdout");
    for dir in [site.out(), site.root().join("public.serve")] {
        for entry in walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(Result::ok)
        {
            if entry.file_type().is_file() {
                let bytes = std::fs::read(entry.path()).expect("read output");
                let text = String::from_utf8_lossy(&bytes);
                assert!(
                    !text.contains(SECRET),
                    "secret in {}",
                    entry.path().display()
                );
            }
        }
    }
}

/// `check` and `build` both fail with exit code 1 at `location` with `message`, and
/// write nothing.
#[track_caller]
pub fn fails_at(site: &TestSite, location: &str, message: &str) {
    let _ = failing_run(site, location, message);
}

/// `fails_at`, returning the build run for more assertions.
#[track_caller]
pub fn failing_run(site: &TestSite, location: &str, message: &str) -> Run {
    let check = site.run(&["check"]).failure(1);
    expect_at(&check, location, message);
    let build = site.build().failure(1);
    expect_at(&build, location, message);
    assert!(!site.out().exists(), "nothing written on failure");
    build
}
