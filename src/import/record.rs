//! The records of a published `members.json` (`federa/members/v1`), as serde types that
//! mirror docs/members.schema.json field for field (`deny_unknown_fields`, the same
//! required fields), plus the few patterns the schema states.
//!
//! Why not the JSON Schema itself: a schema validator is a large dependency for one
//! document; these types are what the rest of federa reads anyway, and
//! tests/integration/import.rs imports what a federa build publishes (and
//! tests/integration/federation.rs checks that against the schema).
//! The same types serialize snapshots, so a snapshot is deterministic (fields in
//! declaration order, maps sorted) whatever order the source printed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format id federa reads and writes.
pub const SCHEMA: &str = "federa/members/v1";

/// `members.json` as published by a federa site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembersDocument {
    pub schema: String,
    pub kind: String,
    pub base_url: String,
    pub default_language: String,
    pub languages: Vec<String>,
    /// The licence of the data (`data_licence` of the publishing site), when it says.
    pub licence: Option<String>,
    pub members: Vec<Record>,
}

/// `federations.json`: only its federations' names are kept (for provenance).
#[derive(Debug, Clone, Deserialize)]
pub struct FederationsDocument {
    pub schema: String,
    pub federations: Vec<FederationRecord>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct FederationRecord {
    pub slug: String,
    pub name: String,
}

/// One member record, every field of docs/members.schema.json.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub slug: String,
    pub urls: BTreeMap<String, String>,
    pub name: String,
    pub country: String,
    pub website: String,
    pub federations: Vec<String>,
    pub coop_type: String,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub legal_form: Option<String>,
    #[serde(default)]
    pub founded: Option<u16>,
    /// `joined` and `left` as `YYYY-MM-DD`.
    #[serde(default)]
    pub joined: Option<String>,
    #[serde(default)]
    pub left: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub clients: Vec<String>,
    #[serde(default)]
    pub logo: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub matrix: Option<String>,
    #[serde(default)]
    pub size: Size,
    #[serde(default)]
    pub links: BTreeMap<String, String>,
    #[serde(default)]
    pub hiring: Hiring,
    pub summary: BTreeMap<String, String>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Read and dropped: case studies stay on the site that publishes them (their
    /// pages are there), so snapshots do not keep them.
    #[serde(default, skip_serializing)]
    pub case_studies: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Size {
    #[serde(default)]
    pub workers: Option<u32>,
    #[serde(default)]
    pub members: Option<u32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Hiring {
    pub available: bool,
    pub contract_types: Vec<String>,
    /// `YYYY-MM`, written only when the source has it (newer sites).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

const LINK_KINDS: [&str; 6] = [
    "fediverse",
    "forge",
    "loomio",
    "opencollective",
    "linkedin",
    "feed",
];
const STATUSES: [&str; 3] = ["active", "applicant", "former"];

impl MembersDocument {
    /// What the schema states beyond field types; the first breach, in words.
    pub fn schema_problem(&self) -> Option<String> {
        if self.kind != "members" {
            return Some(format!("`kind` is `{}`, expected `members`", self.kind));
        }
        if !is_http(&self.base_url) {
            return Some("`base_url` is not an http(s) URL".into());
        }
        if self.languages.is_empty() {
            return Some("`languages` is empty".into());
        }
        self.members.iter().find_map(|r| {
            r.schema_problem()
                .map(|p| format!("member `{}`: {p}", r.slug))
        })
    }
}

impl Record {
    fn schema_problem(&self) -> Option<String> {
        let slug_ok = !self.slug.is_empty()
            && self.slug.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        let checks: [(bool, &str); 9] = [
            (
                slug_ok,
                "`slug` is not lowercase letters, digits and hyphens",
            ),
            (!self.urls.is_empty(), "`urls` is empty"),
            (
                self.urls.values().all(|u| is_http(u)),
                "a `urls` value is not an http(s) URL",
            ),
            (!self.name.is_empty(), "`name` is empty"),
            (
                self.country.len() == 2 && self.country.bytes().all(|b| b.is_ascii_uppercase()),
                "`country` is not two capital letters",
            ),
            (is_http(&self.website), "`website` is not an http(s) URL"),
            (!self.federations.is_empty(), "`federations` is empty"),
            (
                STATUSES.contains(&self.status.as_str()),
                "`status` is not active, applicant or former",
            ),
            (
                self.links
                    .iter()
                    .all(|(k, v)| LINK_KINDS.contains(&k.as_str()) && is_http(v)),
                "`links` has an unknown kind or a value that is not an http(s) URL",
            ),
        ];
        checks
            .iter()
            .find(|(ok, _)| !ok)
            .map(|(_, problem)| (*problem).to_string())
            .or_else(|| self.coordinates_problem())
    }

    fn coordinates_problem(&self) -> Option<String> {
        let c = self.coordinates?;
        let ok = (-90.0..=90.0).contains(&c.lat) && (-180.0..=180.0).contains(&c.lon);
        (!ok).then(|| "`coordinates` are out of range".to_string())
    }
}

fn is_http(text: &str) -> bool {
    text.starts_with("https://") || text.starts_with("http://")
}
