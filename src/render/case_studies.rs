//! Case studies as templates see them: the `/case-studies/` index with its filters,
//! each case study's page with its JSON-LD `CreativeWork`, and the lists shown on
//! member profiles, service and technology pages, the hire page and `members.json`.
//!
//! The `[case_study]` table of the file shown is used, else the original's, so
//! translations need not repeat it. Co-ops that are not members (reported by
//! `content::case_study::check`) are left out. Pure: returns values, writes nothing.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{json, Value};

use crate::content::case_study::{CaseStudyInfo, SECTION};
use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::i18n::Collation;
use crate::output::OutputFile;
use crate::render::member_views::{label, Term};
use crate::render::pages::{self, Prepared};
use crate::render::Shared;
use crate::site::Site;

/// A co-op named by a case study.
#[derive(Debug, Clone, Serialize)]
pub struct StudyCoop {
    pub slug: String,
    pub name: String,
    pub url: String,
    pub country: Term,
}

/// One case study in one language: what lists, filters and its page show.
#[derive(Debug, Clone, Serialize)]
pub struct StudyItem {
    pub key: String,
    pub title: String,
    pub url: String,
    pub permalink: String,
    pub summary: Option<String>,
    pub year: u16,
    pub sector: Term,
    pub client: Option<String>,
    pub client_url: Option<String>,
    pub coops: Vec<StudyCoop>,
    pub services: Vec<Term>,
    pub technologies: Vec<Term>,
    /// The co-ops' countries, each once.
    pub countries: Vec<Term>,
    pub content_lang: String,
    pub is_fallback: bool,
}

/// The `[case_study]` table shown for `key` in `lang`: the file's own, else the original's.
fn info<'a>(site: &'a Site, key: &str, lang: &str) -> Option<&'a CaseStudyInfo> {
    let route = site.routes.get(key, lang)?;
    site.content.pages[route.page]
        .front
        .case_study
        .as_ref()
        .or_else(|| {
            let original = site.routes.original(key)?;
            site.content.pages[original.page].front.case_study.as_ref()
        })
}

fn member<'a>(site: &'a Site, slug: &str) -> Option<&'a Member> {
    site.members
        .iter()
        .find(|m| m.slug == slug)
        .map(AsRef::as_ref)
}

/// The case study `key` in `lang`, if it has a table.
pub fn item(site: &Site, shared: &Shared, key: &str, lang: &str) -> Option<StudyItem> {
    let route = site.routes.get(key, lang)?;
    let page = &site.content.pages[route.page];
    let info = info(site, key, lang)?;
    let routes = &shared.data_routes;
    let coops: Vec<StudyCoop> = info
        .coops
        .iter()
        .filter_map(|slug| member(site, slug.get_ref()))
        .map(|m| StudyCoop {
            slug: m.slug.clone(),
            name: m.data.name.clone(),
            url: routes.member_url(lang, &m.slug),
            country: routes.country(site, lang, m.data.country.get_ref()),
        })
        .collect();
    let mut countries: Vec<Term> = coops.iter().map(|c| c.country.clone()).collect();
    countries.sort();
    countries.dedup();
    let technologies = info
        .technologies
        .iter()
        .map(|t| {
            let mut term = routes.technology(lang, t.get_ref());
            // Only technologies some listed co-op uses have a page.
            if !routes.technologies.contains_key(&term.id) {
                term.url = None;
            }
            term
        })
        .collect();
    let sector = info.sector.get_ref();
    Some(StudyItem {
        key: key.to_string(),
        title: page.front.title.clone(),
        url: format!("{}{}", shared.base_path, route.path),
        permalink: format!("{}{}", shared.base_url, route.path),
        summary: page.summary().map(str::to_string),
        year: info.year,
        sector: Term {
            id: sector.clone(),
            label: label(site, lang, &format!("sector-{sector}"), sector),
            url: None,
        },
        client: info.client.clone(),
        client_url: info.client_url.as_ref().map(|u| u.get_ref().clone()),
        coops,
        services: info
            .services
            .iter()
            .map(|s| routes.service(site, lang, s.get_ref()))
            .collect(),
        technologies,
        countries,
        content_lang: page.lang.clone(),
        is_fallback: route.is_fallback,
    })
}

/// Every case study in `lang`, newest first (then by title).
pub fn items(site: &Site, shared: &Shared, lang: &str) -> Vec<StudyItem> {
    let mut all: Vec<StudyItem> = site
        .routes
        .children(SECTION)
        .filter_map(|key| item(site, shared, key, lang))
        .collect();
    let collation = Collation::new(lang);
    all.sort_by_cached_key(|s| {
        (
            std::cmp::Reverse(s.year),
            collation.key(&s.title),
            s.key.clone(),
        )
    });
    all
}

/// The values the filters of a list of case studies offer, each once, in the
/// language's order.
#[derive(Debug, Serialize)]
pub struct StudyFilters {
    pub services: Vec<Term>,
    pub technologies: Vec<Term>,
    pub countries: Vec<Term>,
}

pub fn filters(items: &[StudyItem], lang: &str) -> StudyFilters {
    let collation = Collation::new(lang);
    let collect = |pick: &dyn Fn(&StudyItem) -> &[Term]| {
        let mut seen = BTreeMap::new();
        for term in items.iter().flat_map(pick) {
            seen.entry(term.id.clone()).or_insert_with(|| term.clone());
        }
        let mut terms: Vec<Term> = seen.into_values().collect();
        terms.sort_by_cached_key(|t| (collation.key(&t.label), t.id.clone()));
        terms
    };
    StudyFilters {
        services: collect(&|s| &s.services),
        technologies: collect(&|s| &s.technologies),
        countries: collect(&|s| &s.countries),
    }
}

/// Renders the case studies index with every case study and the filters' values.
pub fn render_list(
    site: &Site,
    shared: &Shared,
    mut prepared: Prepared,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let all = items(site, shared, lang);
    prepared.context.insert("filters", &filters(&all, lang));
    prepared.context.insert("case_studies", &all);
    pages::finish(site, prepared)
}

/// Renders one case study page, with its JSON-LD.
pub fn render_study(
    site: &Site,
    shared: &Shared,
    mut prepared: Prepared,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let key = prepared.page.key.clone();
    if let Some(study) = item(site, shared, &key, lang) {
        let ld = json_ld(site, shared, &study);
        prepared
            .context
            .insert("json_ld", &crate::escape::script_json(&ld.to_string()));
        prepared.context.insert("case_study", &study);
    }
    pages::finish(site, prepared)
}

/// schema.org `CreativeWork`: the co-ops are its creators, the client its funder.
fn json_ld(site: &Site, shared: &Shared, study: &StudyItem) -> Value {
    let routes = &shared.data_routes;
    let default = site.config.default_language();
    let creators: Vec<Value> = study
        .coops
        .iter()
        .map(|c| {
            let path = routes.path(default, "members", Some(&c.slug));
            json!({"@type": ["Organization", "Cooperative"], "name": c.name, "url": routes.permalink(&path)})
        })
        .collect();
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": study.title,
        "url": study.permalink,
        "inLanguage": study.content_lang,
        "dateCreated": study.year.to_string(),
        "creator": creators,
        "genre": study.sector.label,
        "keywords": study.services.iter().chain(&study.technologies).map(|t| t.label.clone()).collect::<Vec<_>>(),
    });
    if let (Value::Object(map), Some(client)) = (&mut ld, &study.client) {
        let mut funder = json!({"@type": "Organization", "name": client});
        if let (Value::Object(f), Some(url)) = (&mut funder, &study.client_url) {
            f.insert("url".into(), Value::from(url.clone()));
        }
        map.insert("funder".into(), funder);
    }
    if let (Value::Object(map), Some(summary)) = (&mut ld, &study.summary) {
        map.insert("abstract".into(), Value::from(summary.clone()));
    }
    ld
}

/// Per member slug, the `case_studies` of its `members.json` record: each case study
/// naming it, in the order of their files, with its year, title and URL in every language that
/// has a translation (default language first).
pub fn member_records(site: &Site, shared: &Shared) -> BTreeMap<String, Value> {
    let mut by_member: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let languages: Vec<&str> = site.config.languages().collect();
    for key in site.routes.children(SECTION) {
        let Some(info) = info(site, key, site.config.default_language()) else {
            continue;
        };
        let mut titles = serde_json::Map::new();
        let mut urls = serde_json::Map::new();
        for lang in &languages {
            let Some(route) = site.routes.get(key, lang) else {
                continue;
            };
            urls.insert(
                lang.to_string(),
                Value::from(format!("{}{}", shared.base_url, route.path)),
            );
            if !route.is_fallback {
                let title = &site.content.pages[route.page].front.title;
                titles.insert(lang.to_string(), Value::from(title.clone()));
            }
        }
        let record = json!({
            "id": key.trim_start_matches(SECTION).trim_start_matches('/'),
            "year": info.year,
            "title": titles,
            "urls": urls,
        });
        let slugs: BTreeSet<&str> = info.coops.iter().map(|c| c.get_ref().as_str()).collect();
        for slug in slugs {
            by_member
                .entry(slug.to_string())
                .or_default()
                .push(record.clone());
        }
    }
    by_member
        .into_iter()
        .map(|(slug, list)| (slug, Value::from(list)))
        .collect()
}

/// Whether a case study (any file of it) names one of the co-ops `slugs`.
pub fn name_any(site: &Site, slugs: &BTreeSet<String>) -> bool {
    site.content
        .pages
        .iter()
        .filter_map(|p| p.front.case_study.as_ref())
        .flat_map(|info| &info.coops)
        .any(|coop| slugs.contains(coop.get_ref()))
}

#[cfg(test)]
#[path = "case_studies_tests.rs"]
mod tests;
