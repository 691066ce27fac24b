//! `federa init` makes a complete site: the sequence a new national federation follows
//! (init, new federation, new member, fill in, `check --strict`, build) and the files
//! init writes for git, Netlify and CI, parsed with real parsers.

use std::path::Path;
use std::process::Output;

use yaml_rust2::{Yaml, YamlLoader};

use crate::harness::bin;

#[track_caller]
fn federa(root: &Path, args: &[&str]) -> Output {
    let output = bin()
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .expect("run federa");
    assert!(
        output.status.success(),
        "federa {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Replaces `from` (which must be there) by `to` in a file of the site.
#[track_caller]
fn fill(root: &Path, rel: &str, from: &str, to: &str) {
    let text = read(root, rel);
    assert!(text.contains(from), "`{from}` in {rel}:\n{text}");
    std::fs::write(root.join(rel), text.replacen(from, to, 1)).expect("write");
}

#[test]
fn init_then_new_federation_and_member_filled_in_passes_strict_check_and_builds() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("coop-tech-fr");
    let init = bin()
        .arg("init")
        .arg(&root)
        .args(["--language", "fr", "--languages", "fr,en,nl"])
        .output()
        .expect("init");
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let _ = federa(&root, &["check", "--strict"]);

    let _ = federa(&root, &["new", "federation", "coop-tech-be"]);
    let fed = "content/federations/coop-tech-be.toml";
    fill(&root, fed, "name = \"\"", "name = \"Coop Tech Belgique\"");
    fill(&root, fed, "fr = \"\"", "fr = \"La fédération belge.\"");

    let _ = federa(&root, &["new", "member", "lumen"]);
    let member = "content/members/lumen.toml";
    assert!(read(&root, member).contains("\nstatus = \"applicant\""));
    fill(&root, member, "name = \"\"", "name = \"Lumen\"");
    fill(&root, member, "country = \"\"", "country = \"BE\"");
    fill(
        &root,
        member,
        "website = \"\"",
        "website = \"https://lumen.example.org/\"",
    );
    fill(
        &root,
        member,
        "federations = []",
        "federations = [\"coop-tech-fr\", \"coop-tech-be\"]",
    );
    fill(
        &root,
        member,
        "fr = \"\"",
        "fr = \"Une coopérative de Bruxelles.\"",
    );

    let _ = federa(&root, &["check", "--strict"]);
    let out = tmp.path().join("public");
    let _ = federa(&root, &["build", "-o", out.to_str().expect("utf-8")]);
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("members.json")).expect("members.json"),
    )
    .expect("JSON");
    assert_eq!(json["members"][0]["status"], "applicant");
    assert!(
        out.join("membres/lumen/index.html").is_file(),
        "French is the default language"
    );
    assert!(out.join("en/members/lumen/index.html").is_file());
    let join =
        std::fs::read_to_string(out.join("nl/lid-worden/index.html")).expect("Dutch join page");
    assert!(
        join.contains("content/members/"),
        "the join page explains the pull request"
    );
}

#[test]
fn init_writes_git_netlify_and_ci_files_that_name_real_commands() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("site");
    let init = bin().arg("init").arg(&root).output().expect("init");
    assert!(init.status.success());

    let ignore = read(&root, ".gitignore");
    for line in ["/public/", "/public.serve/"] {
        assert!(ignore.lines().any(|l| l == line), "{line} in .gitignore");
    }
    let netlify: toml::Table = toml::from_str(&read(&root, "netlify.toml")).expect("TOML");
    assert_eq!(netlify["build"]["publish"].as_str(), Some("public"));
    assert!(netlify["build"]["command"]
        .as_str()
        .is_some_and(|c| c.ends_with("federa build")));

    let commands = [
        (".forgejo/workflows/check.yml", "federa check"),
        (
            ".github/workflows/check.yml",
            "federa check --format github",
        ),
        (".gitlab-ci.yml", "federa check --format gitlab"),
    ];
    for (file, expected) in commands {
        let docs = YamlLoader::load_from_str(&read(&root, file)).expect("valid YAML");
        let runs = federa_commands(&docs[0]);
        let command = runs
            .iter()
            .find(|c| c.starts_with(expected))
            .unwrap_or_else(|| panic!("{expected} in {file}: {runs:?}"));
        // The command, without its redirection, runs on the new site as written.
        let args: Vec<&str> = command
            .split(" >")
            .next()
            .unwrap_or(command)
            .split_whitespace()
            .skip(1)
            .collect();
        let output = federa(&root, &args);
        if file == ".gitlab-ci.yml" {
            let report: serde_json::Value =
                serde_json::from_slice(&output.stdout).expect("Code Quality JSON on stdout");
            assert_eq!(report, serde_json::json!([]));
        }
    }
    let gitlab = &YamlLoader::load_from_str(&read(&root, ".gitlab-ci.yml")).expect("YAML")[0];
    assert_eq!(
        gitlab["check"]["artifacts"]["reports"]["codequality"].as_str(),
        Some("gl-code-quality-report.json")
    );

    let site = read(&root, "site.toml");
    for key in [
        "base_url",
        "default_language",
        "languages",
        "theme",
        "[news]",
    ] {
        let at = site.lines().position(|l| l.starts_with(key)).expect(key);
        let above = site.lines().nth(at - 1).unwrap_or("");
        assert!(
            above.starts_with('#'),
            "`{key}` is explained above it: {above}"
        );
    }
    for lang in ["fr", "nl", "de"] {
        let segments: toml::Table = toml::from_str(&site).expect("site.toml");
        let table = segments["segments"][lang].as_table().expect("segments");
        // members, federations, services, technologies, countries, news, events,
        // case-studies, hire, search, and page
        assert_eq!(
            table.len(),
            11,
            "every built-in section (and the list pages' `page`) is translated into {lang}"
        );
    }
}

/// Every `run:` step and `script:` line that calls federa, anywhere in a workflow.
fn federa_commands(yaml: &Yaml) -> Vec<String> {
    match yaml {
        Yaml::String(s) if s.starts_with("federa ") => vec![s.clone()],
        Yaml::Array(items) => items.iter().flat_map(federa_commands).collect(),
        Yaml::Hash(map) => map.values().flat_map(federa_commands).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn init_refuses_languages_it_cannot_write_and_slugs_get_a_suggestion() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let output = bin()
        .arg("init")
        .arg(tmp.path().join("es"))
        .args(["--language", "es"])
        .output()
        .expect("init");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not `es`"));
    assert!(!tmp.path().join("es").exists(), "nothing written");

    let root = tmp.path().join("site");
    let _ = bin().arg("init").arg(&root).output().expect("init");
    let output = bin()
        .arg("--root")
        .arg(&root)
        .args(["new", "federation", "Coop Tech_BE"])
        .output()
        .expect("new federation");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("e.g. `coop-tech-be`"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
