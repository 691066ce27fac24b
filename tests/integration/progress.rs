//! The progress line (`src/progress.rs`): drawn on a terminal only, never with
//! `--quiet` or `NO_COLOR`, and nothing extra when stderr is not a terminal.
//!
//! A terminal is made with util-linux `script`; where it is missing, those checks are
//! skipped with a notice (the no-terminal checks always run).

use std::process::Command;

use crate::harness::{bin, TestSite};

/// Runs `federa <args>` on a copy of `news-events` inside a pseudo-terminal (`script`);
/// returns what the terminal showed, or `None` without `script`.
fn on_a_terminal(args: &str, no_color: bool) -> Option<String> {
    let site = TestSite::fixture("news-events");
    let federa = env!("CARGO_BIN_EXE_federa");
    let line = format!("{federa} --root {} {args}", site.root().display());
    let mut command = Command::new("script");
    command
        .args(["-qec", &line, "/dev/null"])
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command.output().ok()?;
    assert!(output.status.success(), "{output:?}");
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn a_terminal_gets_one_updating_line_unless_asked_for_plain_output() {
    let Some(shown) = on_a_terminal("build --now 2026-11-25T12:00:00Z", false) else {
        eprintln!("NOTICE: `script` is missing; the progress line was not checked");
        return;
    };
    assert!(shown.contains("\r\x1b[2Kloading, "), "{shown:?}");
    // Later frames (`building: 43/57 pages, 0.2 s`) depend on timing: one in ten runs
    // of this small site, on a fast machine, may draw none.
    // The line is erased before the summary (and any warnings line) is printed.
    let after_last_erase = shown.rsplit("\r\x1b[2K").next().unwrap_or("");
    assert!(
        after_last_erase.contains("built 3 languages, 66 pages")
            && !after_last_erase.contains("loading")
            && !after_last_erase.contains("building"),
        "{shown:?}"
    );
    for (args, no_color) in [
        ("build --quiet", false),
        ("build", true),
        ("check --quiet", false),
    ] {
        let plain = on_a_terminal(args, no_color).expect("script ran before");
        assert!(
            !plain.contains('\x1b'),
            "{args}, NO_COLOR {no_color}: {plain:?}"
        );
    }
}

#[test]
fn without_a_terminal_output_is_unchanged() {
    let site = TestSite::fixture("news-events");
    for args in [&["build"][..], &["--quiet", "build"], &["check"]] {
        let output = bin()
            .arg("--root")
            .arg(site.root())
            .args(args)
            .env_remove("NO_COLOR")
            .output()
            .expect("run");
        assert!(output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stderr.contains('\r') && !stderr.contains('\x1b'),
            "{stderr:?}"
        );
    }
}
