//! People and working groups: `content/people/<slug>.toml` and
//! `content/working-groups/<slug>.toml` (docs/people.md).
//!
//! A person is published only with the consent recorded in their own file
//! (`[consent] published = true` and the date it was given): without it the file is
//! read and checked, and nothing of it reaches any output. Their email address needs
//! its own consent (`[consent] email = true`). Cross-file rules (known co-ops,
//! federations, roles, people named by groups) live in `check`.

pub mod check;
pub mod shapes;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::value::Datetime;
use toml::Spanned;

use crate::content::data::{self, Shape};
use crate::content::logo::{self, Logo};
use crate::content::page::is_valid_slug;
use crate::content::DIR;
use crate::diagnostic::Diagnostic;
use crate::input;

/// Folder of people files under `content/`.
pub const PEOPLE: &str = "people";
/// Folder of working-group files under `content/`.
pub const WORKING_GROUPS: &str = "working-groups";

/// The fields of a person's file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonFile {
    pub name: String,
    pub pronouns: Option<String>,
    #[serde(default)]
    pub roles: Vec<Spanned<String>>,
    /// The co-op they work in (a member slug).
    pub member: Option<Spanned<String>>,
    /// The federation they represent (a federation slug).
    pub federation: Option<Spanned<String>>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub matrix: Option<Spanned<String>>,
    pub email: Option<Spanned<String>>,
    pub photo: Option<Spanned<String>>,
    pub consent: Option<Consent>,
}

/// What the person agreed to, and when.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Their entry may be published.
    pub published: bool,
    /// The day they said so (kept as the record of consent).
    pub date: Datetime,
    /// Their email address may be published too.
    #[serde(default)]
    pub email: bool,
}

/// One person's file, parsed.
#[derive(Debug, Clone)]
pub struct Person {
    pub slug: String,
    pub file: PathBuf,
    pub source: String,
    pub data: PersonFile,
    pub shape: Shape,
    /// The photo, read only for a published person and only when it passed the logo
    /// rules (`content::logo`); a refused photo is in `problems`.
    pub photo: Option<Logo>,
    pub problems: Vec<Diagnostic>,
}

impl Person {
    /// Whether anything of this person may be published: consent given, and a file
    /// without structural problems.
    pub fn is_published(&self) -> bool {
        self.shape.is_sound() && self.data.consent.as_ref().is_some_and(|c| c.published)
    }

    /// The email address, only when the person agreed to publish it.
    pub fn public_email(&self) -> Option<&str> {
        let agreed = self.is_published() && self.data.consent.as_ref().is_some_and(|c| c.email);
        self.data
            .email
            .as_ref()
            .filter(|_| agreed)
            .map(|e| e.get_ref().as_str())
    }
}

/// The fields of a working group's file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroupFile {
    /// The group's name per language.
    pub name: Spanned<BTreeMap<String, String>>,
    /// What the group does, per language (markdown is not interpreted: plain text).
    pub purpose: Spanned<BTreeMap<String, String>>,
    /// The group's Matrix room (`#room:server`).
    pub matrix: Option<Spanned<String>>,
    /// The group's Loomio group URL.
    pub loomio: Option<Spanned<String>>,
    /// People slugs.
    #[serde(default)]
    pub members: Vec<Spanned<String>>,
}

/// One working group's file, parsed.
#[derive(Debug, Clone)]
pub struct WorkingGroup {
    pub slug: String,
    pub file: PathBuf,
    pub source: String,
    pub data: WorkingGroupFile,
    pub shape: Shape,
}

/// Every people and working-group file, and the files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// By slug, published or not (the checks judge them all).
    pub persons: Vec<Person>,
    pub groups: Vec<WorkingGroup>,
    pub problems: Vec<Diagnostic>,
}

impl People {
    /// Reads `content/people/` and `content/working-groups/` (each may be missing).
    pub fn load(root: &Path) -> People {
        let mut people = People::default();
        for (rel, source) in read_all(root, PEOPLE, &mut people.problems) {
            let checked = data::parse_text::<PersonFile>(&rel, &source, shapes::PERSON);
            let Some(value) = checked.value else {
                people.problems.extend(checked.problems);
                continue;
            };
            let shape = Shape {
                problems: checked.problems,
                broken: checked.broken,
                spans: checked.spans,
            };
            people.persons.push(person(root, rel, source, value, shape));
        }
        for (rel, source) in read_all(root, WORKING_GROUPS, &mut people.problems) {
            let checked =
                data::parse_text::<WorkingGroupFile>(&rel, &source, shapes::WORKING_GROUP);
            let Some(data) = checked.value else {
                people.problems.extend(checked.problems);
                continue;
            };
            people.groups.push(WorkingGroup {
                slug: slug_of(&rel),
                file: rel,
                source,
                data,
                shape: Shape {
                    problems: checked.problems,
                    broken: checked.broken,
                    spans: checked.spans,
                },
            });
        }
        people
    }

    /// The published person with this slug.
    pub fn published(&self, slug: &str) -> Option<&Person> {
        self.persons
            .iter()
            .find(|p| p.slug == slug && p.is_published())
    }
}

fn person(root: &Path, rel: PathBuf, source: String, data: PersonFile, shape: Shape) -> Person {
    let mut person = Person {
        slug: slug_of(&rel),
        file: rel,
        source,
        data,
        shape,
        photo: None,
        problems: Vec::new(),
    };
    // A photo of someone who did not consent is never even read.
    if let (true, Some(name)) = (person.is_published(), &person.data.photo) {
        match logo::load(root, &person.file, &person.source, name) {
            Ok(photo) => person.photo = Some(photo),
            Err(problem) => person.problems.push(problem),
        }
    }
    person
}

fn slug_of(rel: &Path) -> String {
    rel.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `(path, text)` of every `*.toml` in `content/<folder>/`, sorted; other files but
/// images (photos) and unreadable files are reported.
fn read_all(root: &Path, folder: &str, problems: &mut Vec<Diagnostic>) -> Vec<(PathBuf, String)> {
    let dir = Path::new(DIR).join(folder);
    if !root.join(&dir).is_dir() {
        return Vec::new();
    }
    let (entries, found) = input::list(root, &dir);
    problems.extend(found);
    let mut files = Vec::new();
    for entry in entries.into_iter().filter(|e| !e.is_dir) {
        let ext = entry
            .rel
            .extension()
            .map(|e| e.to_string_lossy().into_owned());
        if ext.as_deref() != Some("toml") {
            continue;
        }
        let slug = slug_of(&entry.rel);
        if !is_valid_slug(&slug) {
            problems.push(
                Diagnostic::file(&entry.rel, format!("invalid slug `{slug}` (the file name)"))
                    .with_hint("rename the file using lowercase letters, digits and hyphens"),
            );
            continue;
        }
        match input::read_text(root, &entry.rel) {
            Ok(text) => files.push((entry.rel, text)),
            Err(problem) => problems.push(problem),
        }
    }
    files.sort();
    files
}
