//! The output folder can never destroy the site or anyone's files: `-o` refusals
//! (site root, its ancestors, input folders, files, folders federa did not write),
//! `--force`, the `.federa-output` marker, and tidying up after killed builds.
//!
//! Each site is copied one level down (`<tmp>/site/`), so that `-o ..` points at a
//! folder the test owns, and the binary runs from inside it, as a volunteer would.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{bin, copy_dir, fixtures, snapshot, tree, Run};

/// What `.federa-output` holds.
const MARKER_TEXT: &str =
    "This folder was written by federa, which deletes and rewrites everything in it on every build.\n";

/// Above Linux's hard limit on process ids (`PID_MAX_LIMIT`, 2^22): never running.
const DEAD_PID: u32 = 4_194_305;

/// A copy of the multilingual fixture at `<tmp>/site`, with a file beside it.
struct Nested {
    tmp: tempfile::TempDir,
}

impl Nested {
    fn new() -> Nested {
        let tmp = tempfile::tempdir().expect("tempdir");
        copy_dir(&fixtures().join("multilingual"), &tmp.path().join("site"));
        std::fs::write(tmp.path().join("beside.txt"), "not the site's").expect("write");
        Nested { tmp }
    }

    fn root(&self) -> PathBuf {
        self.tmp.path().join("site")
    }

    /// Runs `federa <args>` from inside the site's folder.
    fn command(&self, args: &[&str]) -> Command {
        let mut command = bin();
        command.current_dir(self.root()).args(args);
        command
    }

    fn run(&self, args: &[&str]) -> Run {
        Run {
            output: self.command(args).output().expect("run federa"),
            out_dir: self.root().join("public"),
        }
    }

    /// Every file (with its bytes) and folder under the temp folder: the site and
    /// what lies beside it.
    fn everything(&self) -> Vec<(String, Vec<u8>)> {
        let folders = walkdir::WalkDir::new(self.tmp.path())
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_dir())
            .map(|e| (e.path().to_string_lossy().into_owned(), Vec::new()));
        let mut all: Vec<(String, Vec<u8>)> = folders.collect();
        all.extend(snapshot(self.tmp.path()));
        all.sort();
        all
    }
}

/// Runs `build -o <output>` and checks it is refused, with nothing deleted or written.
#[track_caller]
fn assert_refused(output: &str, why: &str) {
    let site = Nested::new();
    let before = site.everything();
    let run = site.run(&["build", "-o", output]).failure(2);
    let expected = format!("{output}: error: refusing to use this as the output folder: {why}");
    assert!(run.stderr().starts_with(&expected), "{}", run.stderr());
    assert!(run.stderr().contains("= hint: "), "{}", run.stderr());
    assert!(site.everything() == before, "-o {output} changed files");
}

#[test]
fn build_refuses_an_input_folder_or_one_inside_it() {
    assert_refused(
        "content",
        "it is the site's `content/`, which the site is built from",
    );
    assert_refused(
        "content/x",
        "it is inside the site's `content/`, which the site is built from",
    );
    assert_refused("i18n/", "it is the site's `i18n/`");
    assert_refused("site.toml", "it is the site's `site.toml`");
}

#[test]
fn build_refuses_the_site_and_its_parent() {
    assert_refused(".", "it is the site's own folder");
    assert_refused("..", "it holds the site's folder");
    let site = Nested::new();
    let root = site.root();
    let absolute = root.to_str().expect("utf-8 path");
    let before = site.everything();
    let run = site.run(&["build", "--force", "-o", absolute]).failure(2);
    assert!(run.stderr().contains("own folder"), "{}", run.stderr());
    assert!(site.everything() == before, "--force never allows the site");
}

#[test]
fn a_foreign_folder_needs_force() {
    let site = Nested::new();
    let mine = site.tmp.path().join("mine");
    std::fs::create_dir(&mine).expect("mkdir");
    std::fs::write(mine.join("notes.txt"), "my notes").expect("write");
    let run = site.run(&["build", "-o", "../mine"]).failure(2);
    let stderr = run.stderr();
    assert!(
        stderr.starts_with("../mine: error: refusing to use this as the output folder: it holds files that federa did not write (it has no `.federa-output` file)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`--force`") && stderr.contains("older federa"),
        "{stderr}"
    );
    assert_eq!(
        tree(&mine),
        ["notes.txt"],
        "nothing deleted, nothing written"
    );
    assert_eq!(siblings(&mine), Vec::<String>::new());

    let forced = site.run(&["build", "--force", "-o", "../mine"]).success();
    assert!(!forced.stderr().contains("error"), "{}", forced.stderr());
    let files = tree(&mine);
    assert!(files.contains(&"index.html".to_string()), "{files:?}");
    assert!(!files.contains(&"notes.txt".to_string()));
}

#[test]
fn a_file_is_refused() {
    assert_refused("../beside.txt", "it is a file, not a folder");
}

#[test]
fn a_marked_output_is_rebuilt_and_an_empty_folder_is_fine() {
    let site = Nested::new();
    let public = site.root().join("public");
    std::fs::create_dir(&public).expect("mkdir");
    let _ = site.run(&["build"]).success();
    let marker = std::fs::read_to_string(public.join(".federa-output")).expect("marker");
    assert_eq!(marker, MARKER_TEXT);
    std::fs::write(
        site.root().join("content/about.md"),
        "+++\ntitle = \"New\"\n+++\n",
    )
    .expect("edit");
    let run = site.run(&["build"]).success();
    assert!(run.page("about/index.html").text("h1").contains("New"));
    assert_eq!(
        siblings(&public),
        [".public.federa-spare"],
        "no staging left, only the previous output kept for the next build"
    );
}

#[test]
fn an_output_moved_aside_by_a_killed_build_is_put_back() {
    let site = Nested::new();
    let _ = site.run(&["build"]).success();
    let public = site.root().join("public");
    let before = snapshot(&public);
    let old = site.root().join(format!(".public.federa-old-{DEAD_PID}"));
    std::fs::rename(&public, &old).expect("move aside, as a killed build does");
    // A broken build must still put the old output back and leave it as it was.
    std::fs::write(
        site.root().join("content/broken.md"),
        "+++\ntitle = \n+++\n",
    )
    .expect("break");
    let run = site.run(&["build"]).failure(1);
    assert!(
        run.stderr().contains("put back the previous output"),
        "{}",
        run.stderr()
    );
    assert!(snapshot(&public) == before, "the previous output is back");
    assert!(!old.exists());
    std::fs::remove_file(site.root().join("content/broken.md")).expect("fix");
    let _ = site.run(&["build"]).success();
    assert_eq!(siblings(&public), [".public.federa-spare"]);
}

#[cfg(target_os = "linux")]
#[test]
fn staging_folders_of_dead_builds_are_removed_and_live_ones_kept() {
    let site = Nested::new();
    let dead = site.root().join(format!(".public.federa-new-{DEAD_PID}"));
    std::fs::create_dir(&dead).expect("mkdir");
    std::fs::write(dead.join("index.html"), "half written").expect("write");
    // This test process is alive while the build runs.
    let live = site
        .root()
        .join(format!(".public.federa-new-{}", std::process::id()));
    std::fs::create_dir(&live).expect("mkdir");
    let _ = site.run(&["build"]).success();
    assert!(!dead.exists(), "a dead build's staging folder is removed");
    assert!(live.exists(), "a running build's staging folder is kept");
}

#[test]
fn serve_refuses_an_input_folder_at_once() {
    let site = Nested::new();
    let before = site.everything();
    let stderr = serve_refused(&site, &["serve", "--port", "0", "-o", "content"]);
    assert!(
        stderr.starts_with("content: error: refusing to use this as the output folder: it is the site's `content/`"),
        "{stderr}"
    );
    assert!(site.everything() == before);
}

#[test]
fn serve_refuses_a_foreign_folder_and_its_default_too() {
    let site = Nested::new();
    let preview = site.root().join("public.serve");
    std::fs::create_dir(&preview).expect("mkdir");
    std::fs::write(preview.join("notes.txt"), "my notes").expect("write");
    let stderr = serve_refused(&site, &["serve", "--port", "0"]);
    assert!(stderr.contains("federa did not write"), "{stderr}");
    assert_eq!(tree(&preview), ["notes.txt"], "not emptied");
}

/// Runs a `serve` that must exit at once with the refusal (exit 2); returns its stderr.
/// A server that starts instead is killed, and the test fails.
#[track_caller]
fn serve_refused(site: &Nested, args: &[&str]) -> String {
    let mut child = site
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start federa serve");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll serve") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("serve did not refuse its output folder; it was still running");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("piped"), &mut stderr)
        .expect("read stderr");
    assert_eq!(status.code(), Some(2), "{stderr}");
    stderr
}

/// Names beside `dir` that start with `.<its name>.` (staging folders).
fn siblings(dir: &Path) -> Vec<String> {
    let name = dir
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let prefix = format!(".{name}.");
    std::fs::read_dir(dir.parent().expect("parent"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix))
        .collect()
}
