//! The files `federa init` writes beside the content so that a new site can be kept in
//! git, checked on every pull request and published: `.gitignore`, `netlify.toml` and
//! CI workflows for Forgejo/Codeberg Actions, GitHub Actions and GitLab CI.
//!
//! Every workflow installs federa the way docs/deploy.md says (from its repository,
//! until release binaries exist) and runs `federa check` in the format its forge shows
//! best: annotations on the pull request's lines on GitHub, a Code Quality report in
//! the merge request on GitLab, the plain log on Forgejo.

/// `(path, text)` of each file.
pub const FILES: [(&str, &str); 5] = [
    (".gitignore", GITIGNORE),
    ("netlify.toml", NETLIFY),
    (".forgejo/workflows/check.yml", FORGEJO),
    (".github/workflows/check.yml", GITHUB),
    (".gitlab-ci.yml", GITLAB),
];

const GITIGNORE: &str =
    "# What federa writes: `federa build` (public/), `federa serve` (public.serve/) and
# the folders a build uses while it swaps the new output in. Never commit them.
/public/
/public.serve/
/.public*.federa-*
";

const NETLIFY: &str = r#"# Netlify: install federa, build the site, publish public/. The build also writes the
# _redirects and _headers files (language 404 pages, old addresses, security headers).
[build]
  command = "cargo install --locked --git https://codeberg.org/federa/federa && federa build"
  publish = "public"
"#;

const FORGEJO: &str = r#"# Forgejo Actions (Codeberg and other Forgejo forges): check every pull request.
# A failing check lists each problem with its file, line and a hint in the job's log.
on:
  pull_request:
  push:
    branches: [main]
jobs:
  check:
    runs-on: docker            # the label of your runner (Codeberg's: see its docs)
    container:
      image: docker.io/library/rust:1
    steps:
      - uses: https://code.forgejo.org/actions/checkout@v4
      - run: cargo install --locked --git https://codeberg.org/federa/federa
      - run: federa check
"#;

const GITHUB: &str = r#"# GitHub Actions: check every pull request. Each problem becomes an annotation on the
# line of the file it is about, in the pull request's "Files changed" tab.
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cargo install --locked --git https://codeberg.org/federa/federa
      - run: federa check --format github
"#;

const GITLAB: &str = r#"# GitLab CI: check every merge request. The problems appear in the merge request's
# Code Quality section, and with their hints in the job's log.
check:
  image: docker.io/library/rust:1
  script:
    - cargo install --locked --git https://codeberg.org/federa/federa
    - federa check --format gitlab > gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
"#;
