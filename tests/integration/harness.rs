//! A small chainable harness that runs the real `federa` binary on fixture sites.
//!
//! Each `TestSite` copies its fixture into a temporary folder first, so tests never
//! write into `tests/fixtures/` and can edit files freely.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

/// A fixture copied into a temp dir.
pub struct TestSite {
    pub dir: tempfile::TempDir,
}

/// What one run of the binary produced.
#[must_use]
pub struct Run {
    pub output: Output,
    pub out_dir: PathBuf,
}

/// This repository's own site built with `--now now` into a temp dir (kept alive by
/// the returned guard), checked to succeed.
#[track_caller]
pub fn build_repository_site(now: &str) -> (tempfile::TempDir, Run) {
    let out = tempfile::tempdir().expect("temp dir");
    let public = out.path().join("public");
    let built = bin()
        .arg("--root")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(["build", "--now", now, "-o"])
        .arg(&public)
        .output()
        .expect("run federa");
    let run = Run {
        output: built,
        out_dir: public,
    }
    .success();
    (out, run)
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_federa"))
}

impl TestSite {
    #[track_caller]
    pub fn fixture(name: &str) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&fixtures().join(name), dir.path());
        TestSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Runs `federa --root <site> <args>`.
    #[track_caller]
    pub fn run(&self, args: &[&str]) -> Run {
        let output = bin()
            .arg("--root")
            .arg(self.root())
            .args(args)
            .output()
            .expect("run federa");
        Run {
            output,
            out_dir: self.out(),
        }
    }

    /// `federa build -o <site>/public`.
    #[track_caller]
    pub fn build(&self) -> Run {
        let out = self.out();
        self.run(&["build", "-o", out.to_str().expect("utf-8 path")])
    }

    /// `federa build -o <site>/public <extra...>` (e.g. `--now`).
    #[track_caller]
    pub fn build_with(&self, extra: &[&str]) -> Run {
        let out = self.out();
        let mut args = vec!["build", "-o", out.to_str().expect("utf-8 path")];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    #[track_caller]
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    #[track_caller]
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }
}

impl Run {
    #[track_caller]
    pub fn success(self) -> Run {
        assert!(
            self.output.status.success(),
            "federa failed ({:?}):\n{}",
            self.output.status.code(),
            self.stderr()
        );
        self
    }

    #[track_caller]
    pub fn failure(self, code: i32) -> Run {
        assert_eq!(
            self.output.status.code(),
            Some(code),
            "stderr:\n{}",
            self.stderr()
        );
        self
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// The raw bytes of an output file.
    #[track_caller]
    pub fn bytes(&self, rel: &str) -> Vec<u8> {
        let path = self.out_dir.join(rel);
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    /// An output file as text.
    #[track_caller]
    pub fn text(&self, rel: &str) -> String {
        String::from_utf8(self.bytes(rel)).expect("utf-8 output")
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    /// Parses an output HTML file.
    #[track_caller]
    pub fn page(&self, rel: &str) -> Page {
        let path = self.out_dir.join(rel);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        Page {
            html: Html::parse_document(&text),
        }
    }
}

/// A parsed HTML page.
pub struct Page {
    pub html: Html,
}

impl Page {
    #[track_caller]
    pub fn select(&self, css: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = Selector::parse(css).expect("valid selector");
        self.html.select(&selector).collect()
    }

    #[track_caller]
    pub fn one(&self, css: &str) -> scraper::ElementRef<'_> {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "expected one `{css}`, found {}",
            found.len()
        );
        found[0]
    }

    #[track_caller]
    pub fn attr(&self, css: &str, attr: &str) -> String {
        self.one(css)
            .value()
            .attr(attr)
            .unwrap_or_else(|| panic!("`{css}` has no {attr}"))
            .to_string()
    }

    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        self.select(css)
            .iter()
            .filter_map(|e| e.value().attr(attr))
            .map(str::to_string)
            .collect()
    }

    #[track_caller]
    pub fn text(&self, css: &str) -> String {
        self.one(css).text().collect::<String>().trim().to_string()
    }
}

/// Every file under `dir`, relative, sorted.
pub fn tree(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .expect("under dir")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    files.sort();
    files
}

/// Every file under `dir` with its bytes.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    tree(dir)
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(dir.join(&rel)).expect("read");
            (rel, bytes)
        })
        .collect()
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry.path().strip_prefix(from).expect("under fixture");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
