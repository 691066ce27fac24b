//! `federa init` and `federa new ...`: files written from templates for people to edit.
//!
//! Scaffolding never overwrites: an existing file is an error, so a typo in a command
//! cannot destroy work.

use std::path::{Path, PathBuf};

use crate::output::is_safe_path;

const SITE_TOML: &str = r#"# Site configuration: see the README of federa for every key.
base_url = "https://example.org/"
default_language = "en"
languages = ["en", "fr", "nl", "de"]
theme = "default"

[[menus.main]]
label = "menu-home"
page = "_index.md"

[[menus.main]]
label = "menu-about"
page = "about.md"

# Translated URL segments of built-in sections, per language.
[segments.fr]
news = "actualites"
events = "evenements"
members = "membres"

[segments.de]
news = "neuigkeiten"
events = "veranstaltungen"
members = "mitglieder"

[segments.nl]
news = "nieuws"
events = "evenementen"
members = "leden"
"#;

const SITE_FTL: &str = "site-title = Our federation\nsite-tagline = Tech co-operatives working together\nmenu-about = About\n";

const FILES: &[(&str, &str)] = &[
    ("site.toml", SITE_TOML),
    ("i18n/en/site.ftl", SITE_FTL),
    ("i18n/fr/site.ftl", "site-title = Notre fédération\nsite-tagline = Des coopératives tech qui travaillent ensemble\nmenu-about = À propos\n"),
    ("i18n/nl/site.ftl", "site-title = Onze federatie\nsite-tagline = Tech-coöperaties die samenwerken\nmenu-about = Over ons\n"),
    ("i18n/de/site.ftl", "site-title = Unser Verband\nsite-tagline = Tech-Genossenschaften, die zusammenarbeiten\nmenu-about = Über uns\n"),
    ("content/_index.md", "+++\ntitle = \"Welcome\"\n+++\n\nWe are a federation of tech co-operatives. Read [about us](@/about.md).\n"),
    ("content/_index.fr.md", "+++\ntitle = \"Bienvenue\"\n+++\n\nNous sommes une fédération de coopératives tech. Lisez [qui nous sommes](@/about.md).\n"),
    ("content/about.md", "+++\ntitle = \"About us\"\nweight = 10\n+++\n\nWrite who you are here.\n"),
    ("content/about.fr.md", "+++\ntitle = \"À propos\"\nslug = \"a-propos\"\nweight = 10\n+++\n\nDites ici qui vous êtes.\n"),
    ("static/.gitkeep", ""),
];

/// Creates a new site in `dir`; returns how many files were written.
pub fn init(dir: &Path) -> Result<usize, String> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map_err(|e| e.to_string())?
            .next()
            .is_some()
    {
        return Err(format!(
            "{} is not empty; choose a new folder",
            dir.display()
        ));
    }
    for (rel, text) in FILES {
        write_new(&dir.join(rel), text)?;
    }
    Ok(FILES.len())
}

/// Creates `content/<path>` with front matter to fill in; returns the file written.
pub fn new_page(root: &Path, path: &Path) -> Result<PathBuf, String> {
    let rel = path.to_string_lossy().replace('\\', "/");
    let rel = rel.trim_start_matches("content/");
    if !rel.ends_with(".md") || !is_safe_path(rel) {
        return Err(format!(
            "`{}` must be a relative path under content/ ending in .md",
            path.display()
        ));
    }
    let stem = Path::new(rel)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = stem.split('.').next().unwrap_or(&stem);
    let title = name.replace(['-', '_'], " ");
    let target = root.join(crate::content::DIR).join(rel);
    let text = format!(
        "+++\ntitle = \"{}\"\ndescription = \"\"\ndraft = true\n+++\n\nWrite here.\n",
        title.trim()
    );
    write_new(&target, &text)?;
    Ok(target)
}

/// Creates `content/members/<slug>.toml`: a commented template whose required fields
/// are left empty, so `federa check` lists exactly what is still missing.
pub fn new_member(root: &Path, slug: &str) -> Result<PathBuf, String> {
    if !crate::content::page::is_valid_slug(slug) {
        return Err(format!(
            "`{slug}` is not a valid slug: use lowercase letters, digits and hyphens"
        ));
    }
    let config = crate::config::Config::load(root).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let target = root
        .join(crate::content::DIR)
        .join(crate::content::data::MEMBERS)
        .join(format!("{slug}.toml"));
    let summaries: String = config
        .languages()
        .map(|lang| {
            let note = if lang == config.default_language() {
                "   # required"
            } else {
                ""
            };
            format!("{lang} = \"\"{note}\n")
        })
        .collect();
    write_new(&target, &MEMBER_TEMPLATE.replace("{summaries}", &summaries))?;
    Ok(target)
}

const MEMBER_TEMPLATE: &str = r##"# A member co-op of the federation. Fill in the fields, then run `federa check`:
# it lists every field that is still missing or wrong, with its line and column.
# The full schema is in docs/members.md.

name = ""                        # required: the co-op's name
country = ""                     # required: ISO 3166-1 code, e.g. "BE", "FR", "NL", "DE"
website = ""                     # required: https://...
federations = []                 # required: slugs of content/federations/*.toml
coop_type = "worker"             # worker | multi-stakeholder | producer | consumer | platform | freelancer | other
# status = "applicant"           # active (default) | applicant | former
# legal_form = ""                # local term: SCOP, eG, U.A., SCRL, ...
# founded = 2020
# city = ""
# coordinates = [50.85, 4.35]    # [latitude, longitude], for the map
# languages = ["en"]             # working languages, ISO 639-1
# services = []                  # e.g. ["web-development", "hosting"]: see i18n/*/services.ftl
# technologies = []              # proper nouns: ["Rust", "Django"]
# logo = "my-coop.svg"           # next to this file, or in content/members/logos/
# email = ""
# matrix = "#room:server.org"

# [size]
# workers = 5

# [hiring]
# available = true
# contract_types = ["fixed-price"]

[summary]                        # one sentence per language
{summaries}"##;

fn write_new(path: &Path, text: &str) -> Result<(), String> {
    if path.exists() {
        return Err(format!(
            "{} already exists; not overwriting it",
            path.display()
        ));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

const EVENT_TEMPLATE: &str = r#"+++
title = "TITLE"
description = ""
draft = true

# When and where. Times are RFC 3339 with the UTC offset of the place (summer time
# included: +02:00 in Brussels in May); a date alone (2027-05-20) is a whole day.
[event]
start = 2027-05-20T09:30:00+02:00
end = 2027-05-20T17:00:00+02:00
# location = "Venue name"                 # shown, and put in the calendar entry
# address = "Street 1, 1000 City, Country"
# online_url = "https://meet.example.org/room"   # for online or hybrid events
# organisers = ["tce"]                    # slugs of content/federations/*.toml
+++

Describe the event here: who it is for, the programme, how to register.
"#;

/// Creates `content/events/<slug>.md` with a commented `[event]` table.
pub fn new_event(root: &Path, slug: &str) -> Result<PathBuf, String> {
    if !crate::content::page::is_valid_slug(slug) {
        return Err(format!(
            "`{slug}` is not a valid slug: use lowercase letters, digits and hyphens"
        ));
    }
    let target = root
        .join(crate::content::DIR)
        .join("events")
        .join(format!("{slug}.md"));
    let title = slug.replace('-', " ");
    write_new(&target, &EVENT_TEMPLATE.replace("TITLE", &title))?;
    Ok(target)
}
