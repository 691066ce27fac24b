//! `federa check --format ...`: diagnostics written for the machines that show them to
//! contributors — GitHub's (and Forgejo's) workflow commands, which become annotations
//! on the pull request's lines, and GitLab's Code Quality report, shown in the merge
//! request. Pure: text in, text out; `lib::check` prints it.

use serde_json::json;

use crate::diagnostic::{Diagnostic, Severity};

/// One workflow command per diagnostic:
/// `::error file=content/members/x.toml,line=3,col=7::message%0A= hint: ...`.
/// Whole-file problems carry no line. Escapes follow GitHub's runner: `%`, CR and LF in
/// the message; those and `:` and `,` in property values.
pub fn github(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = d.path.to_string_lossy().replace('\\', "/");
        let mut properties = format!("file={}", property(&path));
        if d.line > 0 {
            properties.push_str(&format!(",line={},col={}", d.line, d.col));
        }
        let mut message = d.message.clone();
        if let Some(hint) = &d.hint {
            message.push_str("\n= hint: ");
            message.push_str(hint);
        }
        out.push_str(&format!("::{command} {properties}::{}\n", data(&message)));
    }
    out
}

/// Escapes the message of a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// A GitLab Code Quality report: a JSON array of issues with `description`,
/// `check_name`, `fingerprint`, `severity` and `location.path` / `location.lines.begin`.
/// Errors are `major`, warnings `minor`; whole-file problems point at line 1.
pub fn gitlab(diagnostics: &[Diagnostic]) -> String {
    let issues: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|d| {
            let path = d.path.to_string_lossy().replace('\\', "/");
            let description = match &d.hint {
                Some(hint) => format!("{} (hint: {hint})", d.message),
                None => d.message.clone(),
            };
            json!({
                "description": description,
                "check_name": check_name(&path),
                "fingerprint": fingerprint(d),
                "severity": match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                "location": {
                    "path": path,
                    "lines": { "begin": d.line.max(1) },
                },
            })
        })
        .collect();
    serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".to_string())
}

/// What kind of file a problem is in: GitLab groups issues by this name.
fn check_name(path: &str) -> &'static str {
    if path.starts_with("content/members/") {
        "federa/member"
    } else if path.starts_with("content/federations/") {
        "federa/federation"
    } else if path.starts_with("content/") {
        "federa/page"
    } else if path == crate::config::FILE {
        "federa/site"
    } else if path.ends_with(".ftl") {
        "federa/translation"
    } else if path.contains("templates/") {
        "federa/template"
    } else {
        "federa/file"
    }
}

/// A stable identifier of one issue (FNV-1a of its place and message, twice with
/// different seeds): GitLab compares them between the target branch and the merge
/// request to tell new problems from old ones.
fn fingerprint(d: &Diagnostic) -> String {
    let key = format!(
        "{}\u{0}{}\u{0}{}\u{0}{}",
        d.path.to_string_lossy(),
        d.line,
        d.col,
        d.message
    );
    let hash = |seed: u64| {
        key.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    format!(
        "{:016x}{:016x}",
        hash(0xcbf2_9ce4_8422_2325),
        hash(0x8422_2325_cbf2_9ce4)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_workflow_commands() {
        let d = Diagnostic::at("content/a,b:c.md", "x = 1\n", 0..1, "50% off\r\nnow")
            .with_hint("a: b, c");
        assert_eq!(
            github(&[d]),
            "::error file=content/a%2Cb%3Ac.md,line=1,col=1::50%25 off%0D%0Anow%0A= hint: a: b, c\n"
        );
    }

    #[test]
    fn fingerprints_differ_by_place() {
        let a = Diagnostic::at("a.md", "x\ny\n", 0..1, "m");
        let b = Diagnostic::at("a.md", "x\ny\n", 2..3, "m");
        assert_ne!(fingerprint(&a), fingerprint(&b));
        assert_eq!(fingerprint(&a).len(), 32);
    }
}
