//! Rebuilds into an existing output folder, killed (`kill -9`) at random moments: the
//! output folder is always either the previous output, byte for byte, or the new one,
//! complete — never a mix, never missing — including while a build writes into the
//! kept previous output (the spare, `src/spare.rs`).
//!
//! Two versions of the `federation` fixture alternate (B drops a member and adds a
//! page, so files and folders come and go). The expected trees come from builds into
//! folders of their own. The kill delays are spread over twice the length of a rebuild
//! (about half the builds finish, half are cut short); the seed is printed, so a
//! failure can be replayed with `FEDERA_KILL_SEED`.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime};

use crate::harness::{bin, copy_dir, fixtures};

const NOW: &str = "2026-11-25T12:00:00Z";
const KILLS: usize = 12;
const MEMBER: &str = "content/members/glen-code.toml";
const PAGE: &str = "content/extra.md";

/// Every folder (with no bytes) and file (with its bytes) under `dir`.
fn tree_with_folders(dir: &Path) -> Vec<(String, Option<Vec<u8>>)> {
    let mut all: Vec<(String, Option<Vec<u8>>)> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .map(|e| {
            let e = e.expect("walk");
            let rel = e.path().strip_prefix(dir).expect("inside");
            let rel = rel.to_string_lossy().into_owned();
            let bytes = e
                .file_type()
                .is_file()
                .then(|| std::fs::read(e.path()).expect("read"));
            (rel, bytes)
        })
        .collect();
    all.sort();
    all
}

/// The site as version A (`b` false) or B.
fn set_version(root: &Path, member: &str, b: bool) {
    if b {
        let _ = std::fs::remove_file(root.join(MEMBER));
        std::fs::write(root.join(PAGE), "+++\ntitle = \"Extra\"\n+++\nOnly in B.\n")
            .expect("write page");
    } else {
        std::fs::write(root.join(MEMBER), member).expect("write member");
        let _ = std::fs::remove_file(root.join(PAGE));
    }
}

fn build(root: &Path, output: &Path) -> std::process::Command {
    let mut command = bin();
    command
        .arg("--root")
        .arg(root)
        .args(["build", "--now", NOW, "-o"])
        .arg(output)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A small deterministic generator (xorshift), so the test needs no crate for it.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn a_killed_rebuild_leaves_the_previous_output_or_the_new_one() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("site");
    copy_dir(&fixtures().join("federation"), &root);
    let member = std::fs::read_to_string(root.join(MEMBER)).expect("read member");
    let mut expected = Vec::new();
    for b in [false, true] {
        set_version(&root, &member, b);
        let out = tmp.path().join(format!("expected-{b}"));
        assert!(build(&root, &out).status().expect("run").success());
        expected.push(tree_with_folders(&out));
    }
    assert_ne!(expected[0], expected[1]);
    let public = tmp.path().join("public");
    // Two builds, so the spare exists and the kills also hit a build reusing it.
    let mut build_time = Duration::ZERO;
    for b in [false, true] {
        set_version(&root, &member, b);
        let started = Instant::now();
        assert!(build(&root, &public).status().expect("run").success());
        build_time = started.elapsed();
    }
    let seed = std::env::var("FEDERA_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH);
            nanos.map_or(1, |d| d.as_nanos() as u64) | 1
        });
    println!("FEDERA_KILL_SEED={seed}");
    let mut state = seed;
    let window = (build_time.as_micros() as u64 * 2).max(1);
    // The version `public/` holds; each build asks for the other one.
    let mut shown = true;
    let mut finished = 0;
    for kill in 0..KILLS {
        let before = tree_with_folders(&public);
        let wanted = !shown;
        set_version(&root, &member, wanted);
        let delay = Duration::from_micros(next(&mut state) % window);
        let mut child = build(&root, &public).spawn().expect("start build");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let after = tree_with_folders(&public);
        let new = &expected[usize::from(wanted)];
        assert!(
            after == before || after == *new,
            "kill {kill} after {delay:?} (FEDERA_KILL_SEED={seed}): the output is neither \
             the previous one nor the new one"
        );
        if after == *new {
            shown = wanted;
            finished += 1;
        }
    }
    println!("{finished} of {KILLS} builds finished before their kill");
    set_version(&root, &member, false);
    assert!(build(&root, &public).status().expect("run").success());
    assert!(
        tree_with_folders(&public) == expected[0],
        "a clean build after the kills"
    );
    let beside: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert_eq!(
        beside,
        [".public.federa-spare"],
        "killed builds' folders tidied"
    );
}
