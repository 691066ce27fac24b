//! `federa init` and `federa new ...`: files written from templates for people to edit.
//!
//! Scaffolding never overwrites: an existing file is an error, so a typo in a command
//! cannot destroy work.

mod hosting;
mod init;
mod texts;

use std::path::{Path, PathBuf};

use crate::content::data::{self, FEDERATIONS, MEMBERS};
use crate::content::page::{is_valid_slug, suggest_slug};
use crate::output::is_safe_path;
pub use init::Languages;

/// Where the member and federation file format is documented, for people who have the
/// binary but not federa's repository.
const MEMBERS_GUIDE: &str = concat!(
    env!("CARGO_PKG_REPOSITORY"),
    "/src/branch/main/docs/members.md"
);

/// Creates a new site in `dir` in `languages`; returns how many files were written.
pub fn init(dir: &Path, languages: &Languages) -> Result<usize, String> {
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
    let name = dir
        .file_name()
        .map(|n| suggest_slug(&n.to_string_lossy()))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "our-federation".to_string());
    let files = init::files(languages, &name);
    for (rel, text) in &files {
        write_new(&dir.join(rel), text)?;
    }
    Ok(files.len())
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

/// A slug given on the command line, or the error that suggests a valid one.
fn valid_slug(slug: &str) -> Result<(), String> {
    if is_valid_slug(slug) {
        return Ok(());
    }
    let fixed = suggest_slug(slug);
    let suggestion = if fixed.is_empty() {
        String::new()
    } else {
        format!(", e.g. `{fixed}`")
    };
    Err(format!(
        "`{slug}` is not a valid slug: use lowercase letters, digits and hyphens{suggestion}"
    ))
}

fn load_config(root: &Path) -> Result<crate::config::Config, String> {
    crate::config::Config::load(root).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// One `lang = ""` line per site language for a `[summary]` table.
fn summary_lines(config: &crate::config::Config) -> String {
    config
        .languages()
        .map(|lang| {
            let note = if lang == config.default_language() {
                "   # at least one language is required"
            } else {
                ""
            };
            format!("{lang} = \"\"{note}\n")
        })
        .collect()
}

/// Creates `content/members/<slug>.toml`: a commented template whose required fields
/// are left empty, so `federa check` lists exactly what is still missing. A new co-op
/// is an applicant; when the site has one federation, it is filled in.
pub fn new_member(root: &Path, slug: &str) -> Result<PathBuf, String> {
    valid_slug(slug)?;
    let config = load_config(root)?;
    let target = root
        .join(crate::content::DIR)
        .join(MEMBERS)
        .join(format!("{slug}.toml"));
    let federations = data::data_slugs(root, FEDERATIONS);
    let federations = match federations.iter().collect::<Vec<_>>().as_slice() {
        [only] => format!("[\"{only}\"]"),
        _ => "[]".to_string(),
    };
    let text = MEMBER_TEMPLATE
        .replace("{summaries}", &summary_lines(&config))
        .replace(
            "{pad}",
            &" ".repeat(19usize.saturating_sub(federations.len()).max(1)),
        )
        .replace("{federations}", &federations)
        .replace("{guide}", MEMBERS_GUIDE);
    write_new(&target, &text)?;
    Ok(target)
}

const MEMBER_TEMPLATE: &str = r##"# A member co-op of the federation. Fill in the fields, then run `federa check`:
# it lists every field that is still missing or wrong, with its line and column.
# Every field is explained in {guide}

name = ""                        # required: the co-op's name
country = ""                     # required: ISO 3166-1 code, e.g. "BE", "FR", "NL", "DE"
website = ""                     # required: https://...
federations = {federations}{pad}# required: slugs of content/federations/*.toml
coop_type = "worker"             # worker | multi-stakeholder | producer | consumer | platform | freelancer | other
status = "applicant"             # applicant until the members approve; then active (or former)
# legal_form = ""                # local term: SCOP, eG, U.A., SC/CV, ...
# founded = 2020
# joined = 2026-01-15            # the day the members approved it (and left = ... if it leaves)
# city = ""
# coordinates = [50.85, 4.35]    # [latitude, longitude], for the map
# languages = ["en"]             # working languages: codes such as "en", "fr", "pt-BR"
# services = []                  # e.g. ["web-development", "hosting"] (the services vocabulary)
# technologies = []              # proper nouns: ["Rust", "Django"]
# logo = "my-coop.svg"           # next to this file, or in content/members/logos/
# email = ""
# matrix = "#room:server.org"

# [size]
# workers = 5

# [hiring]
# available = true
# contract_types = ["fixed-price"]

[summary]                        # one sentence, in one or more of the site's languages
{summaries}"##;

/// Creates `content/federations/<slug>.toml`: a commented template.
pub fn new_federation(root: &Path, slug: &str) -> Result<PathBuf, String> {
    valid_slug(slug)?;
    let config = load_config(root)?;
    let target = root
        .join(crate::content::DIR)
        .join(FEDERATIONS)
        .join(format!("{slug}.toml"));
    let text = FEDERATION_TEMPLATE
        .replace("{summaries}", &summary_lines(&config))
        .replace("{guide}", MEMBERS_GUIDE);
    write_new(&target, &text)?;
    Ok(target)
}

const FEDERATION_TEMPLATE: &str = r##"# A federation: this site's own, a national one, or a partner. Fill in the fields,
# then run `federa check`. Every field is explained in {guide}

name = ""                        # required: the federation's full name
# short_name = ""                # e.g. "CoTech"
relation = "member"              # member | forming | observer | sister | parent
# countries = ["BE"]             # ISO 3166-1 codes
# website = "https://..."
# languages = ["fr", "nl"]
# founded = 2020
# parents = []                   # slugs of content/federations/*.toml
# matrix = "#room:server.org"

# [community]
# forum = "https://..."

[summary]                        # one sentence, in one or more of the site's languages
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
    valid_slug(slug)?;
    let target = root
        .join(crate::content::DIR)
        .join("events")
        .join(format!("{slug}.md"));
    let title = slug.replace('-', " ");
    write_new(&target, &EVENT_TEMPLATE.replace("TITLE", &title))?;
    Ok(target)
}
