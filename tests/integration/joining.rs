//! Joining by pull request: every structural and content problem of a new member file
//! in one run of `check`, the checks for data that used to pass silently, and the
//! `github` and `gitlab` output formats (fixtures `joining` and `annotations`).

use crate::harness::TestSite;

/// The `path:line:col: error: message` lines of a run, in order.
fn headlines(stderr: &str, severity: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| l.contains(&format!(": {severity}: ")) && !l.starts_with(' '))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_new_member_file_shows_all_its_structural_and_content_errors_in_one_run() {
    let site = TestSite::fixture("joining");
    let stderr = site.run(&["check"]).failure(1).stderr();
    let file = "content/members/twelve-errors.toml";
    let expected = [
        // content: a URL that is not http(s)
        ("4:11", "`website` must be an http(s) URL"),
        // content: a federation that does not exist
        ("5:16", "unknown federation `febe-tec`"),
        // content: a vocabulary typo
        ("6:13", "unknown coop type `workers`"),
        // structure: a value outside a fixed set
        ("7:10", "`status` cannot be `pending`"),
        // structure: a year in quotes
        (
            "8:11",
            "`founded` must be a year written as a number, like 2019, not text",
        ),
        // content: latitude and longitude swapped
        ("9:15", "latitude and longitude look swapped"),
        // content: language codes
        ("10:14", "language code `FR` is not written the usual way"),
        ("10:20", "`français` is not a language code"),
        // content: a repeated technology
        ("11:30", "`WordPress` appears twice in `technologies`"),
        // structure: two unknown keys
        ("12:1", "unknown field `servces`"),
        // structure: a number where text is wanted
        ("13:9", "`phone` must be text in quotes, not a number"),
        ("14:1", "unknown field `website_url`"),
        // structure: wrong types inside tables
        (
            "17:11",
            "`size.workers` must be a whole number (0 or more), not text",
        ),
        (
            "20:13",
            "`hiring.available` must be `true` or `false`, not text",
        ),
    ];
    let found: Vec<String> = headlines(&stderr, "error")
        .into_iter()
        .filter(|l| l.starts_with(file))
        .collect();
    assert_eq!(found.len(), expected.len(), "{stderr}");
    for ((position, message), line) in expected.iter().zip(&found) {
        let prefix = format!("{file}:{position}: error: ");
        assert!(
            line.starts_with(&prefix),
            "{line} should start with {prefix}"
        );
        assert!(line.contains(message), "{line} should say {message}");
    }
}

#[test]
fn hints_suggest_the_fix_not_the_typo() {
    let site = TestSite::fixture("joining");
    let stderr = site.run(&["check"]).failure(1).stderr();
    for hint in [
        "= hint: did you mean `worker`?\n",
        "= hint: did you mean `febe-tech`?\n",
        "= hint: did you mean `services`?\n",
        "= hint: remove the quotes: `founded = 2019`\n",
        "= hint: write [latitude, longitude]: `coordinates = [50.85, 4.35]`\n",
        "= hint: write `fr` (language in lower case, region in upper case)\n",
        "= hint: did you mean `fr`? Write languages as codes\n",
        "= hint: one of: active, applicant, former\n",
    ] {
        assert!(stderr.contains(hint), "{hint} in {stderr}");
    }
    assert!(
        !stderr.contains("coop-type-workers"),
        "the hint must not invite the typo into the vocabulary: {stderr}"
    );
    site.write("content/members/Bad_Slug.toml", "name = \"x\"\n");
    let stderr = site.run(&["check"]).failure(1).stderr();
    assert!(
        stderr.contains(
            "invalid slug `Bad_Slug` (the file name)\n  = hint: rename the file to `bad-slug.toml`"
        ),
        "{stderr}"
    );
}

#[test]
fn data_that_used_to_pass_silently_is_reported_at_its_place() {
    let site = TestSite::fixture("joining");
    let stderr = site.run(&["check"]).failure(1).stderr();
    for (severity, prefix) in [
        (
            "warning",
            "content/members/spanish-summary.toml:11:1: warning: this site does not publish `es`",
        ),
        (
            "error",
            "content/events/meetup.md: error: an event page without the events section",
        ),
        (
            "error",
            "content/news/no-offset.md:3:8: error: invalid `date` `2026-11-20T10:00:00`: a time needs a UTC offset",
        ),
        (
            "warning",
            "content/about.md: warning: this page is not translated into fr yet",
        ),
    ] {
        assert!(
            headlines(&stderr, severity).iter().any(|l| l.starts_with(prefix)),
            "{prefix} in {stderr}"
        );
    }
    assert!(
        !stderr.contains("templates/"),
        "a date without offset is reported at the page, not a template: {stderr}"
    );
    assert!(
        !stderr.contains("meetup.fr.md: error"),
        "one report per event, at its original: {stderr}"
    );
}

#[test]
fn every_structural_problem_of_site_toml_front_matter_and_federations_in_one_run() {
    let site = TestSite::fixture("annotations");
    site.write(
        "site.toml",
        "base_url = \"https://example.org/\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"fr\"]\ntheme = 3\nbase_ulr = \"x\"\n\n[news]\npage_size = \"ten\"\n",
    );
    let stderr = site.run(&["check"]).failure(1).stderr();
    let found = headlines(&stderr, "error");
    for prefix in [
        "site.toml:4:9: error: `theme` must be text in quotes, not a number",
        "site.toml:5:1: error: unknown field `base_ulr`",
        "site.toml:8:13: error: `news.page_size` must be a whole number (0 or more), not text",
    ] {
        assert!(
            found.iter().any(|l| l.starts_with(prefix)),
            "{prefix} in {stderr}"
        );
    }

    let site = TestSite::fixture("annotations");
    site.write(
        "content/about.md",
        "+++\ntitel = \"About\"\ndraft = \"no\"\nweight = \"1\"\nsort_by = \"name\"\n+++\nText.\n",
    );
    site.write(
        "content/federations/broken.toml",
        "name = 7\nrelation = \"friend\"\nfounded = 19\nwebsite = \"https://x.example\"\nwebsite2 = \"https://y.example\"\n\n[summary]\nen = \"A federation.\"\n",
    );
    let stderr = site.run(&["check"]).failure(1).stderr();
    let found = headlines(&stderr, "error");
    for prefix in [
        "content/about.md:2:1: error: missing `title`",
        "content/about.md:2:1: error: unknown field `titel`",
        "content/about.md:3:9: error: `draft` must be `true` or `false`, not text",
        "content/about.md:4:10: error: `weight` must be a whole number, not text",
        "content/about.md:5:11: error: `sort_by` cannot be `name`",
        "content/federations/broken.toml:1:8: error: `name` must be text in quotes, not a number",
        "content/federations/broken.toml:2:12: error: `relation` cannot be `friend`",
        "content/federations/broken.toml:3:11: error: `founded` must be a year written as a number, like 2019, not 19",
        "content/federations/broken.toml:5:1: error: unknown field `website2`",
    ] {
        assert!(found.iter().any(|l| l.starts_with(prefix)), "{prefix} in {stderr}");
    }
}

#[test]
fn a_member_written_only_in_french_is_listed_on_an_english_default_site() {
    let site = TestSite::fixture("annotations");
    site.write(
        "content/members/new-coop.toml",
        "name = \"New Co-op\"\ncountry = \"BE\"\nwebsite = \"https://new-coop.example\"\nfederations = [\"febe-tech\"]\ncoop_type = \"worker\"\nlanguages = [\"fr\", \"es\"]\n\n[summary]\nfr = \"Une nouvelle coopérative.\"\n",
    );
    let _ = site.run(&["check", "--strict"]).success();
    let run = site.build().success();
    let page = run.page("members/new-coop/index.html");
    assert_eq!(page.attr("main .p-note", "lang"), "fr");
    assert_eq!(page.text("main .p-note"), "Une nouvelle coopérative.");
}

#[test]
fn github_format_writes_workflow_commands() {
    let site = TestSite::fixture("annotations");
    let run = site.run(&["check", "--format", "github"]).failure(1);
    assert_eq!(
        run.stdout(),
        "::error file=content/members/new-coop.toml,line=6,col=11::`founded` must be a year written as a number, like 2019, not text%0A= hint: remove the quotes: `founded = 2019`\n\
         ::warning file=content/members/new-coop.toml,line=10,col=1::this site does not publish `es`: the `summary.es` text is never shown%0A= hint: keep it if other sites show it; this site's languages are en, fr\n"
    );
    assert!(run
        .stderr()
        .contains("content/members/new-coop.toml:6:11: error:"));
}

/// GitLab's Code Quality report format (docs.gitlab.com/ci/testing/code_quality/):
/// the fields GitLab reads, as a JSON Schema.
const CODE_QUALITY_SCHEMA: &str = r#"{
  "type": "array",
  "items": {
    "type": "object",
    "required": ["description", "check_name", "fingerprint", "severity", "location"],
    "properties": {
      "description": {"type": "string", "minLength": 1},
      "check_name": {"type": "string", "minLength": 1},
      "fingerprint": {"type": "string", "minLength": 1},
      "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
      "location": {
        "type": "object",
        "required": ["path", "lines"],
        "properties": {
          "path": {"type": "string", "minLength": 1},
          "lines": {
            "type": "object",
            "required": ["begin"],
            "properties": {"begin": {"type": "integer", "minimum": 1}}
          }
        }
      }
    }
  }
}"#;

#[test]
fn gitlab_format_writes_a_code_quality_report() {
    let site = TestSite::fixture("annotations");
    let run = site.run(&["check", "--format", "gitlab"]).failure(1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    let schema: serde_json::Value = serde_json::from_str(CODE_QUALITY_SCHEMA).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut without_fingerprints = report.clone();
    for issue in without_fingerprints.as_array_mut().expect("array") {
        let fingerprint = issue["fingerprint"].take();
        assert_eq!(fingerprint.as_str().map(str::len), Some(32));
    }
    let expected = serde_json::json!([
        {
            "description": "`founded` must be a year written as a number, like 2019, not text (hint: remove the quotes: `founded = 2019`)",
            "check_name": "federa/member",
            "fingerprint": null,
            "severity": "major",
            "location": {"path": "content/members/new-coop.toml", "lines": {"begin": 6}}
        },
        {
            "description": "this site does not publish `es`: the `summary.es` text is never shown (hint: keep it if other sites show it; this site's languages are en, fr)",
            "check_name": "federa/member",
            "fingerprint": null,
            "severity": "minor",
            "location": {"path": "content/members/new-coop.toml", "lines": {"begin": 10}}
        }
    ]);
    assert_eq!(without_fingerprints, expected);
    assert_ne!(report[0]["fingerprint"], report[1]["fingerprint"]);
}

#[test]
fn repository_gives_pages_and_profiles_an_edit_link_to_their_source() {
    let site = TestSite::fixture("annotations");
    site.write(
        "site.toml",
        "base_url = \"https://example.org/\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"fr\"]\nrepository = \"https://codeberg.org/fed/site\"\n",
    );
    site.write(
        "content/members/new-coop.toml",
        "name = \"New Co-op\"\ncountry = \"BE\"\nwebsite = \"https://new-coop.example\"\nfederations = [\"febe-tech\"]\ncoop_type = \"worker\"\n\n[summary]\nen = \"A new co-op.\"\n",
    );
    let run = site.build().success();
    let edit = |page: &str| run.page(page).attr(".edit-link a", "href");
    assert_eq!(
        edit("index.html"),
        "https://codeberg.org/fed/site/_edit/main/content/_index.md"
    );
    assert_eq!(
        edit("fr/index.html"),
        "https://codeberg.org/fed/site/_edit/main/content/_index.fr.md"
    );
    assert_eq!(
        edit("members/new-coop/index.html"),
        "https://codeberg.org/fed/site/_edit/main/content/members/new-coop.toml"
    );
    assert_eq!(
        run.page("fr/members/new-coop/index.html")
            .text(".edit-link a"),
        "Modifier cette page"
    );
    assert_eq!(
        edit("federations/febe-tech/index.html"),
        "https://codeberg.org/fed/site/_edit/main/content/federations/febe-tech.toml"
    );
    assert!(
        run.page("members/index.html")
            .select(".edit-link")
            .is_empty(),
        "lists have no single source"
    );

    let site = TestSite::fixture("annotations");
    site.write(
        "content/members/new-coop.toml",
        "name = \"New Co-op\"\ncountry = \"BE\"\nwebsite = \"https://new-coop.example\"\nfederations = [\"febe-tech\"]\ncoop_type = \"worker\"\n\n[summary]\nen = \"A new co-op.\"\n",
    );
    let run = site.build().success();
    assert!(
        run.page("index.html").select(".edit-link").is_empty(),
        "no repository, no link"
    );
}
