//! `site.toml`: the site's configuration.
//!
//! `parse` is pure (text in, `Config` or diagnostics out); `load` reads the file. Unknown
//! keys are errors so typos never pass silently. Nothing here knows about content.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::schema::{self, shapes, Source};

/// The site configuration file name, relative to the site root.
pub const FILE: &str = "site.toml";

/// Built-in sections whose URL segment can be translated per language.
pub const SECTIONS: [&str; 10] = [
    "members",
    "federations",
    "services",
    "technologies",
    "countries",
    "news",
    "events",
    "case-studies",
    "hire",
    "search",
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Absolute URL the site is published at; may carry a path (`https://x.org/fed/`).
    pub base_url: String,
    pub default_language: Spanned<String>,
    pub languages: Vec<Spanned<String>>,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Where the site's sources live (`https://codeberg.org/fed/site`): gives every page
    /// and member profile an "edit this page" link.
    pub repository: Option<String>,
    /// The edit link's pattern: `{repository}` and `{path}` (the source file, relative to
    /// the site's folder) are replaced; the default suits Forgejo, Gitea, GitHub and GitLab.
    pub edit_url: Option<String>,
    #[serde(default)]
    pub menus: BTreeMap<String, Vec<MenuItem>>,
    /// Per-language URL segments of built-in sections: `[segments.fr] members = "membres"`.
    #[serde(default)]
    pub segments: BTreeMap<String, Segments>,
    #[serde(default)]
    pub news: NewsConfig,
    /// The "hire a co-op" page: where enquiries go when a co-op has no address.
    #[serde(default)]
    pub hire: HireConfig,
    /// The licence of the data in `members.json` (an SPDX id such as `CC-BY-4.0`).
    pub data_licence: Option<String>,
    /// What the legal notice and privacy pages show (`legal`).
    pub legal: Option<crate::legal::Legal>,
    /// Free-form values passed to templates as `config.extra`.
    #[serde(default)]
    pub extra: toml::Table,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    /// Fluent message id of the label, translated per language.
    pub label: Spanned<String>,
    /// A content file (`about.md`): links to its page in the visitor's language.
    pub page: Option<Spanned<String>>,
    /// A built-in section (`members`, `news`, ...), or an absolute URL.
    pub section: Option<Spanned<String>>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segments {
    pub members: Option<String>,
    pub federations: Option<String>,
    pub services: Option<String>,
    pub technologies: Option<String>,
    pub countries: Option<String>,
    pub news: Option<String>,
    pub events: Option<String>,
    #[serde(rename = "case-studies")]
    pub case_studies: Option<String>,
    pub hire: Option<String>,
    /// The segment before a list page's number: `/fr/actualites/page/2/`.
    pub page: Option<String>,
    pub search: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsConfig {
    /// Posts per list page.
    #[serde(default = "default_page_size")]
    pub page_size: usize,
}

/// `[hire]`: `email`, the federation's address for enquiries (the hire page's
/// general enquiry link, and the co-ops without an `email` of their own).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HireConfig {
    pub email: Option<String>,
}

impl Default for NewsConfig {
    fn default() -> Self {
        NewsConfig {
            page_size: default_page_size(),
        }
    }
}

/// The edit-page pattern of the forge `repository` is on, on its `main` branch: GitHub,
/// GitLab (any host with "gitlab" in its name), else Forgejo and Gitea (Codeberg...).
fn default_edit_url(repository: &str) -> &'static str {
    let host = crate::content::member::url_host(repository).unwrap_or_default();
    if host == "github.com" {
        "{repository}/edit/main/{path}"
    } else if host.split('.').any(|part| part == "gitlab") {
        "{repository}/-/edit/main/{path}"
    } else {
        "{repository}/_edit/main/{path}"
    }
}

fn default_theme() -> String {
    "default".to_string()
}

fn default_page_size() -> usize {
    10
}

impl Segments {
    fn get(&self, section: &str) -> Option<&str> {
        match section {
            "members" => self.members.as_deref(),
            "federations" => self.federations.as_deref(),
            "services" => self.services.as_deref(),
            "technologies" => self.technologies.as_deref(),
            "countries" => self.countries.as_deref(),
            "news" => self.news.as_deref(),
            "events" => self.events.as_deref(),
            "case-studies" => self.case_studies.as_deref(),
            "hire" => self.hire.as_deref(),
            "page" => self.page.as_deref(),
            "search" => self.search.as_deref(),
            _ => None,
        }
    }
}

impl Config {
    /// Parses and validates `site.toml` text; `path` is only used in diagnostics.
    pub fn parse(path: &Path, text: &str) -> Result<Config, Vec<Diagnostic>> {
        let checked = schema::parse::<Config>(Source::whole(path, text), shapes::SITE);
        let mut problems = checked.problems;
        let Some(config) = checked.value else {
            return Err(problems);
        };
        problems.extend(config.validate(path, text));
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    /// Reads and parses `site.toml` under `root`.
    pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        let text =
            crate::input::read_text(root, Path::new(FILE)).map_err(|problem| {
                let missing = !root.join(FILE).exists() && !problem.message.contains("symbolic");
                if missing {
                    vec![problem
                        .with_hint("run `federa init DIR` to create a new site, or pass --root")]
                } else {
                    vec![problem]
                }
            })?;
        Config::parse(Path::new(FILE), &text)
    }

    fn validate(&self, path: &Path, text: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        for lang in self.languages.iter().chain([&self.default_language]) {
            if lang.get_ref().parse::<LanguageIdentifier>().is_err() {
                problems.push(
                    Diagnostic::at(path, text, lang.span(), "not a BCP 47 language tag")
                        .with_hint("use tags like `en`, `fr`, `pt-BR`"),
                );
            }
        }
        if !self
            .languages
            .iter()
            .any(|l| l.get_ref() == self.default_language.get_ref())
        {
            problems.push(
                Diagnostic::at(
                    path,
                    text,
                    self.default_language.span(),
                    "default_language is not listed in `languages`",
                )
                .with_hint("add it to `languages`"),
            );
        }
        if !crate::content::validate::is_http_url(&self.base_url) {
            let at = text.find("base_url").unwrap_or(0);
            problems.push(
                Diagnostic::at(
                    path,
                    text,
                    at..at + 8,
                    "base_url must be an absolute http(s) URL",
                )
                .with_hint("for example `base_url = \"https://example.org/\"`"),
            );
        }
        problems.extend(self.validate_repository(path, text));
        if let Some(email) = self.hire.email.as_deref() {
            if !crate::content::validate::is_email(email) {
                let at = text.find(email).unwrap_or(0);
                problems.push(
                    Diagnostic::at(path, text, at..at + email.len(), "`[hire] email` is not an email address")
                        .with_hint("the federation's address for enquiries, e.g. `email = \"hello@federation.example\"`"),
                );
            }
        }
        for (lang, segments) in self.segments.iter() {
            if let Some(page) = segments
                .page
                .as_deref()
                .filter(|p| !crate::content::page::is_valid_slug(p))
            {
                let at = text.find(&format!("\"{page}\"")).unwrap_or(0);
                problems.push(
                    Diagnostic::at(
                        path,
                        text,
                        at..at + page.len() + 2,
                        format!("invalid page segment `{page}`"),
                    )
                    .with_hint(
                        "use lowercase letters, digits and hyphens only, e.g. `page = \"seite\"`",
                    ),
                );
            }
            if !self.languages.iter().any(|l| l.get_ref() == lang) {
                let at = text.find(&format!("segments.{lang}")).unwrap_or(0);
                problems.push(Diagnostic::at(
                    path,
                    text,
                    at..at + 9 + lang.len(),
                    format!("segments for `{lang}`, which is not in `languages`"),
                ));
            }
        }
        for item in self.menus.values().flatten() {
            let targets = [
                item.page.is_some(),
                item.section.is_some(),
                item.url.is_some(),
            ];
            if targets.iter().filter(|t| **t).count() != 1 {
                problems.push(
                    Diagnostic::at(path, text, item.label.span(), "menu item needs exactly one target")
                        .with_hint("give it one of `page = \"about.md\"`, `section = \"members\"` or `url = \"https://...\"`"),
                );
            }
            if let Some(section) = &item.section {
                if !SECTIONS.contains(&section.get_ref().as_str()) {
                    problems.push(
                        Diagnostic::at(path, text, section.span(), "unknown built-in section")
                            .with_hint(format!("one of: {}", SECTIONS.join(", "))),
                    );
                }
            }
        }
        problems
    }

    /// `repository` is an http(s) URL and `edit_url` names `{path}`.
    fn validate_repository(&self, path: &Path, text: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let at = |key: &str| {
            let start = text.find(&format!("{key} =")).unwrap_or(0);
            start..start + key.len()
        };
        if let Some(repository) = &self.repository {
            if !crate::content::validate::is_http_url(repository) {
                problems.push(
                    Diagnostic::at(path, text, at("repository"), "`repository` must be an http(s) URL")
                        .with_hint("the address of the repository's page, e.g. `repository = \"https://codeberg.org/our-federation/website\"`"),
                );
            }
        }
        if let Some(pattern) = &self.edit_url {
            if !pattern.contains("{path}") {
                problems.push(
                    Diagnostic::at(path, text, at("edit_url"), "`edit_url` must contain `{path}`")
                        .with_hint("e.g. `edit_url = \"{repository}/_edit/main/{path}\"`: {path} becomes the page's file"),
                );
            }
        }
        problems
    }

    pub fn default_language(&self) -> &str {
        self.default_language.get_ref()
    }

    /// Configured languages, in the configured order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.get_ref().as_str())
    }

    /// The "edit this page" address of a source file (`rel`, relative to the site's
    /// folder), when `repository` is set: `edit_url` with `{repository}` and `{path}`
    /// replaced, by default the usual pattern of the forge the address names.
    pub fn edit_url(&self, rel: &Path) -> Option<String> {
        let repository = self.repository.as_deref()?.trim_end_matches('/');
        let pattern = self
            .edit_url
            .as_deref()
            .unwrap_or_else(|| default_edit_url(repository));
        let path = rel.to_string_lossy().replace('\\', "/");
        Some(
            pattern
                .replace("{repository}", repository)
                .replace("{path}", &path),
        )
    }

    /// Where a text missing in a language is looked for: the default language, then
    /// the others in their configured order.
    pub fn fallback_order(&self) -> Vec<&str> {
        let default = self.default_language();
        std::iter::once(default)
            .chain(self.languages().filter(|l| *l != default))
            .collect()
    }

    /// The URL segment of a built-in section in a language.
    pub fn segment<'a>(&'a self, lang: &str, section: &'a str) -> &'a str {
        self.segments
            .get(lang)
            .and_then(|s| s.get(section))
            .unwrap_or(section)
    }

    /// `base_url` with exactly one trailing slash.
    pub fn base(&self) -> String {
        format!("{}/", self.base_url.trim_end_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "base_url = \"https://x.org/fed/\"\ndefault_language = \"en\"\nlanguages = [\"en\", \"fr\"]\n";

    #[test]
    fn parses_minimal_config() {
        let config = Config::parse(Path::new(FILE), MINIMAL).expect("valid");
        assert_eq!(config.base(), "https://x.org/fed/");
        assert_eq!(config.segment("fr", "members"), "members");
    }

    #[test]
    fn rejects_unknown_key_with_location() {
        let text = format!("{MINIMAL}titel = \"x\"\n");
        let errors = Config::parse(Path::new(FILE), &text).expect_err("unknown key");
        assert_eq!((errors[0].line, errors[0].col), (4, 1));
    }

    #[test]
    fn edit_urls_follow_the_forge() {
        let with = |extra: &str| {
            Config::parse(Path::new(FILE), &format!("{MINIMAL}{extra}")).expect("valid")
        };
        let page = Path::new("content/about.md");
        assert_eq!(with("").edit_url(page), None);
        assert_eq!(
            with("repository = \"https://codeberg.org/f/site/\"\n")
                .edit_url(page)
                .as_deref(),
            Some("https://codeberg.org/f/site/_edit/main/content/about.md")
        );
        assert_eq!(
            with("repository = \"https://github.com/f/site\"\n")
                .edit_url(page)
                .as_deref(),
            Some("https://github.com/f/site/edit/main/content/about.md")
        );
        assert_eq!(
            with("repository = \"https://gitlab.com/f/site\"\n")
                .edit_url(page)
                .as_deref(),
            Some("https://gitlab.com/f/site/-/edit/main/content/about.md")
        );
        let custom =
            "repository = \"https://git.example/f\"\nedit_url = \"{repository}/src/{path}?edit\"\n";
        assert_eq!(
            with(custom).edit_url(page).as_deref(),
            Some("https://git.example/f/src/content/about.md?edit")
        );
        let bad = format!("{MINIMAL}repository = \"git@x:y\"\nedit_url = \"{{repository}}\"\n");
        let errors = Config::parse(Path::new(FILE), &bad).expect_err("bad");
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn rejects_default_language_not_listed() {
        let text = MINIMAL.replace("\"en\"\n", "\"de\"\n");
        let errors = Config::parse(Path::new(FILE), &text).expect_err("bad default");
        assert!(errors[0].message.contains("default_language"));
    }
}
