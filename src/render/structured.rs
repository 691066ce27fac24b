//! Machine-readable data: schema.org JSON-LD for member and federation pages, and the
//! `members.json` / `federations.json` exports (`"schema": "federa/members/v1"`,
//! documented in docs/members-json.md) that other federations import.

use std::convert::Infallible;
use std::sync::Arc;

use rayon::prelude::{IntoParallelRefIterator, ParallelIterator};
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::content::federation::Federation;
use crate::content::member::Member;
use crate::escape;
use crate::output::OutputFile;
use crate::render::data_routes::DataRoutes;
use crate::render::member_views::MemberProfile;
use crate::render::Shared;
use crate::site::Site;

/// The format id of both export files.
pub const SCHEMA: &str = "federa/members/v1";

/// JSON text safe inside `<script type="application/ld+json">`.
fn script_safe(value: &Value) -> String {
    escape::script_json(&value.to_string())
}

pub fn member_json_ld(
    site: &Site,
    routes: &DataRoutes,
    m: &Member,
    profile: &MemberProfile,
) -> String {
    let d = &m.data;
    let card = &profile.card;
    let lang = card.summary_lang.as_str();
    let member_of: Vec<Value> = d.federations.get_ref().iter().map(|f| {
        let name = site.federations.iter().find(|x| &x.slug == f.get_ref()).map_or(f.get_ref().as_str(), |x| x.data.name.as_str());
        json!({"@type": "Organization", "name": name, "url": routes.permalink(&routes.path(site.config.default_language(), "federations", Some(f.get_ref())))})
    }).collect();
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": ["Organization", "Cooperative"],
        "@id": routes.permalink(&routes.path(lang, "members", Some(&m.slug))),
        "name": d.name,
        "url": d.website.get_ref(),
        "address": {"@type": "PostalAddress", "addressCountry": d.country.get_ref(), "addressLocality": d.city},
        "memberOf": member_of,
        "sameAs": d.links.iter().map(|(_, u)| u.get_ref().clone()).collect::<Vec<_>>(),
        "knowsAbout": card.services.iter().map(|s| s.label.clone()).chain(card.technologies.iter().map(|t| t.label.clone())).collect::<Vec<_>>(),
    });
    let extra = [
        ("description", card.summary.clone().map(Value::from)),
        ("email", d.email.as_ref().map(|e| Value::from(e.get_ref().clone()))),
        ("telephone", d.phone.clone().map(Value::from)),
        ("foundingDate", d.founded.map(|y| Value::from(y.to_string()))),
        ("logo", DataRoutes::logo_path(m).filter(|_| m.logo_bytes.is_some()).map(|p| Value::from(routes.permalink(&p)))),
        ("numberOfEmployees", d.size.workers.map(|w| json!({"@type": "QuantitativeValue", "value": w}))),
        ("geo", d.coordinates.as_ref().map(|c| json!({"@type": "GeoCoordinates", "latitude": c.get_ref()[0], "longitude": c.get_ref()[1]}))),
    ];
    if let Value::Object(map) = &mut ld {
        map.extend(
            extra
                .into_iter()
                .filter_map(|(k, v)| Some((k.to_string(), v?))),
        );
    }
    script_safe(&ld)
}

pub fn federation_json_ld(site: &Site, routes: &DataRoutes, f: &Federation, lang: &str) -> String {
    let d = &f.data;
    let fallbacks = site.config.fallback_order();
    let url_of = |section: &'static str, slug: &str| {
        routes.permalink(&routes.path(lang, section, Some(slug)))
    };
    let ld = FederationLd {
        context: "https://schema.org",
        id: url_of("federations", &f.slug),
        kind: "Organization",
        alternate_name: d.short_name.as_deref(),
        area_served: d.countries.iter().map(|c| c.get_ref().as_str()).collect(),
        description: f.summary(lang, &fallbacks).map(|(t, _)| t),
        founding_date: d.founded.map(|y| y.to_string()),
        member: members_of(site, f)
            .map(|m| MemberLd {
                kind: ["Organization", "Cooperative"],
                name: &m.data.name,
                url: url_of("members", &m.slug),
            })
            .collect(),
        name: &d.name,
        parent_organization: d
            .parents
            .iter()
            .map(|p| ParentLd {
                kind: "Organization",
                url: url_of("federations", p.get_ref()),
            })
            .collect(),
        url: d.website.as_ref().map(|w| w.get_ref().as_str()),
    };
    let text = serde_json::to_string(&ld).expect("a record of strings serialises");
    escape::script_json(&text)
}

/// A federation's schema.org record. Its page names thousands of members, so it is
/// written from these structs rather than `json!` values; the fields are in the order
/// `json!` writes keys (sorted), which the pages had before.
#[derive(Serialize)]
struct FederationLd<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "alternateName")]
    alternate_name: Option<&'a str>,
    #[serde(rename = "areaServed")]
    area_served: Vec<&'a str>,
    description: Option<&'a str>,
    #[serde(rename = "foundingDate")]
    founding_date: Option<String>,
    member: Vec<MemberLd<'a>>,
    name: &'a str,
    #[serde(rename = "parentOrganization")]
    parent_organization: Vec<ParentLd>,
    url: Option<&'a str>,
}

/// A member as a federation's record names it.
#[derive(Serialize)]
struct MemberLd<'a> {
    #[serde(rename = "@type")]
    kind: [&'static str; 2],
    name: &'a str,
    url: String,
}

/// A parent federation, by its page.
#[derive(Serialize)]
struct ParentLd {
    #[serde(rename = "@type")]
    kind: &'static str,
    url: String,
}

/// `members.json` and `federations.json`, language-independent, at the site root, and
/// the Murmurations profiles (`render::murmurations`).
pub fn exports(site: &Site, shared: &Shared) -> Vec<OutputFile> {
    let mut files = documents(site, shared);
    files.extend(crate::render::murmurations::outputs(site, shared));
    files
}

/// `members.json` and `federations.json`.
pub fn documents(site: &Site, shared: &Shared) -> Vec<OutputFile> {
    selected_documents(site, shared, Documents::BOTH)
}

/// Which of the two export documents an edit changes. Serve writes them after the
/// edit is served (`serve::indexer`): `members.json` is tens of megabytes at 10,000
/// members, and nothing a browser reloads reads it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Documents {
    pub members: bool,
    pub federations: bool,
}

impl Documents {
    pub const NONE: Documents = Documents {
        members: false,
        federations: false,
    };
    pub const BOTH: Documents = Documents {
        members: true,
        federations: true,
    };

    /// The documents of `self` and of `other`.
    pub fn and(self, other: Documents) -> Documents {
        Documents {
            members: self.members || other.members,
            federations: self.federations || other.federations,
        }
    }
}

/// The documents of `which`, in parallel.
pub fn selected_documents(site: &Site, shared: &Shared, which: Documents) -> Vec<OutputFile> {
    let (members, federations) = rayon::join(
        || which.members.then(|| members_document(site, shared)),
        || {
            which
                .federations
                .then(|| federations_document(site, shared))
        },
    );
    members.into_iter().chain(federations).collect()
}

/// `members.json`: it reads the member files and the case studies naming them, not
/// the federation files (serve leaves it as it is after a federation edit).
pub fn members_document(site: &Site, shared: &Shared) -> OutputFile {
    let routes = &shared.data_routes;
    let studies = crate::render::case_studies::member_records(site, shared);
    let members: Vec<Arc<String>> = site
        .members
        .par_iter()
        .map(|m| {
            let own = studies.get(&m.slug);
            // The record also shows the case studies naming the member, which are not
            // in its file: they are part of what the memo compares.
            let inputs = fingerprint_with(m.fingerprint, own);
            let record = site.memo.records.get_or("", &m.slug, inputs, || {
                let urls = permalinks(site, shared, "members", &m.slug);
                let mut record = member_record(m, routes, urls, &shared.base_url);
                if let Value::Object(map) = &mut record {
                    map.insert(
                        "case_studies".into(),
                        own.cloned().unwrap_or_else(|| json!([])),
                    );
                }
                Ok::<_, Infallible>(item(&record))
            });
            record.unwrap_or_else(|never| match never {})
        })
        .collect();
    let head = document_head(site, shared, "members");
    OutputFile::new("members.json", document(head, "members", &members))
}

/// `federations.json`.
pub fn federations_document(site: &Site, shared: &Shared) -> OutputFile {
    let federations: Vec<Arc<String>> = site
        .federations
        .iter()
        .map(|f| {
            let urls = permalinks(site, shared, "federations", &f.slug);
            Arc::new(item(&federation_record(site, f, urls)))
        })
        .collect();
    let head = document_head(site, shared, "federations");
    OutputFile::new(
        "federations.json",
        document(head, "federations", &federations),
    )
}

/// The permalink of `slug`'s page in `section`, in every language.
fn permalinks(
    site: &Site,
    shared: &Shared,
    section: &'static str,
    slug: &str,
) -> Map<String, Value> {
    let routes = &shared.data_routes;
    site.config
        .languages()
        .map(|l| {
            (
                l.to_string(),
                Value::from(routes.permalink(&routes.path(l, section, Some(slug)))),
            )
        })
        .collect()
}

/// What a data document says before its records (`kind`: `members` or `federations`).
fn document_head(site: &Site, shared: &Shared, kind: &str) -> Value {
    let languages: Vec<&str> = site.config.languages().collect();
    let mut head = json!({"schema": SCHEMA, "kind": kind, "base_url": shared.base_url, "default_language": site.config.default_language(), "languages": languages});
    if let (Some(licence), "members") = (&site.config.data_licence, kind) {
        head["licence"] = Value::from(licence.as_str());
    }
    head
}

/// A member file's fingerprint combined with the case studies its record lists.
fn fingerprint_with(fingerprint: u64, studies: Option<&Value>) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let Some(studies) = studies else {
        return fingerprint;
    };
    let mut hasher = DefaultHasher::new();
    fingerprint.hash(&mut hasher);
    studies.to_string().hash(&mut hasher);
    hasher.finish()
}

/// Pretty-printed JSON (two-space indents, as `serde_json::to_string_pretty`).
fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// A record as `to_string_pretty` prints it as an item of a top-level array: every
/// line indented by four spaces (JSON strings hold no raw line breaks).
fn item(record: &Value) -> String {
    let text = pretty(record);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
    out
}

/// `head` with `records` (see `item`) as the array `kind`, exactly as
/// `to_string_pretty` prints the whole document: records are printed once and
/// remembered (`render::memo`), so a member edit re-prints one record, not all.
fn document(head: Value, kind: &str, records: &[Arc<String>]) -> String {
    const SLOT: &str = "\u{0}records\u{0}";
    let mut doc = head;
    if let Value::Object(map) = &mut doc {
        map.insert(kind.to_string(), Value::from(SLOT));
    }
    let text = pretty(&doc);
    let slot = pretty(&Value::from(SLOT));
    let Some((before, after)) = text.split_once(&slot) else {
        return text + "\n";
    };
    let size = records.iter().map(|r| r.len() + 2).sum::<usize>();
    let mut out = String::with_capacity(text.len() + size + 8);
    out.push_str(before);
    if records.is_empty() {
        out.push_str("[]");
    } else {
        out.push_str("[\n");
        for (i, record) in records.iter().enumerate() {
            if i > 0 {
                out.push_str(",\n");
            }
            out.push_str(record);
        }
        out.push_str("\n  ]");
    }
    out.push_str(after);
    out.push('\n');
    out
}

/// `own` is this site's base URL: the `source` of its own members (an imported one
/// keeps the site it came from, so that no site imports its own co-ops back).
fn member_record(m: &Member, routes: &DataRoutes, urls: Map<String, Value>, own: &str) -> Value {
    let d = &m.data;
    let source = m.origin.as_ref().map_or(own, |o| o.source.as_str());
    let opt = |s: &Option<toml::Spanned<String>>| s.as_ref().map(|v| v.get_ref().clone());
    json!({
        "slug": m.slug,
        "urls": urls,
        "name": d.name,
        "country": d.country.get_ref(),
        "website": d.website.get_ref(),
        "federations": d.federations.get_ref().iter().map(|f| f.get_ref().clone()).collect::<Vec<_>>(),
        "coop_type": d.coop_type.get_ref(),
        "status": d.status.id(),
        "source": source,
        "legal_form": d.legal_form,
        "founded": d.founded,
        "joined": d.joined.as_ref().map(ToString::to_string),
        "left": d.left.as_ref().map(ToString::to_string),
        "city": d.city,
        "coordinates": d.coordinates.as_ref().map(|c| json!({"lat": c.get_ref()[0], "lon": c.get_ref()[1]})),
        "languages": d.languages,
        "services": d.services.iter().map(|s| s.get_ref().clone()).collect::<Vec<_>>(),
        "technologies": d.technologies,
        "clients": d.clients,
        "logo": DataRoutes::logo_path(m).filter(|_| m.logo_bytes.is_some()).map(|p| routes.permalink(&p)),
        "email": opt(&d.email),
        "phone": d.phone,
        "matrix": opt(&d.matrix),
        "size": {"workers": d.size.workers, "members": d.size.members},
        "links": d.links.iter().map(|(k, u)| (k.to_string(), Value::from(u.get_ref().clone()))).collect::<Map<_, _>>(),
        "hiring": hiring_record(&d.hiring),
        "summary": d.summary.as_ref().map(|s| s.get_ref().clone()).unwrap_or_default(),
        "description": d.description,
    })
}

/// `hiring`: `from` only when the file has it, so older importers still read the record.
fn hiring_record(hiring: &crate::content::member::Hiring) -> Value {
    let mut record = json!({"available": hiring.available, "contract_types": hiring.contract_types.iter().map(|c| c.get_ref().clone()).collect::<Vec<_>>()});
    if let (Value::Object(map), Some(from)) = (&mut record, &hiring.from) {
        map.insert("from".into(), Value::from(from.get_ref().clone()));
    }
    record
}

/// The members of `site` that name the federation `f`.
fn members_of<'a>(site: &'a Site, f: &'a Federation) -> impl Iterator<Item = &'a Member> {
    site.members.iter().map(AsRef::as_ref).filter(|m| {
        let named = m.data.federations.get_ref();
        named.iter().any(|s| s.get_ref() == &f.slug)
    })
}

fn federation_record(site: &Site, f: &Federation, urls: Map<String, Value>) -> Value {
    let d = &f.data;
    let members: Vec<&str> = members_of(site, f).map(|m| m.slug.as_str()).collect();
    json!({
        "slug": f.slug,
        "urls": urls,
        "name": d.name,
        "short_name": d.short_name,
        "countries": d.countries.iter().map(|c| c.get_ref().clone()).collect::<Vec<_>>(),
        "relation": d.relation.id(),
        "website": d.website.as_ref().map(|w| w.get_ref().clone()),
        "languages": d.languages,
        "founded": d.founded,
        "parents": d.parents.iter().map(|p| p.get_ref().clone()).collect::<Vec<_>>(),
        "matrix": d.matrix.as_ref().map(|m| m.get_ref().clone()),
        "community": d.community.iter().map(|(k, u)| (k.to_string(), Value::from(u.get_ref().clone()))).collect::<Map<_, _>>(),
        "members_source": d.members_source.as_ref().map(|s| s.url.get_ref().clone()),
        "members": members,
        "summary": d.summary.as_ref().map(|s| s.get_ref().clone()).unwrap_or_default(),
        "description": d.description,
    })
}
