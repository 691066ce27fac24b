//! Murmurations profiles: each listed member (local or imported; not former members)
//! as a profile valid against Murmurations' `organizations_schema-v1.0.0`, at
//! `/murmurations/<slug>.json`, and `/murmurations/index.json` listing their URLs, so
//! the Murmurations index (murmurations.network) can discover the federation's co-ops.
//!
//! Texts are in the site's default language (a profile has one language); fields the
//! schema bounds (`locality`, `country_name`: 100 characters) are left out when longer.

use serde_json::{json, Map, Value};

use crate::content::member::{Member, Status};
use crate::output::OutputFile;
use crate::render::data_routes::DataRoutes;
use crate::render::Shared;
use crate::site::Site;

/// The Murmurations schema every profile is linked to.
pub const SCHEMA: &str = "organizations_schema-v1.0.0";
const FOLDER: &str = "murmurations";

/// The output path of `m`'s profile, if it has one.
pub fn path(m: &Member) -> Option<String> {
    (m.data.status != Status::Former).then(|| format!("{FOLDER}/{}.json", m.slug))
}

/// Every profile and the index.
pub fn outputs(site: &Site, shared: &Shared) -> Vec<OutputFile> {
    selected(site, shared, |_| true)
}

/// The profiles of the members `wanted` selects (by slug), and the index. A profile
/// reads only its own member and the site's settings and translations, so after member
/// edits only the edited members' profiles change (`render::partial`).
pub fn selected(site: &Site, shared: &Shared, wanted: impl Fn(&str) -> bool) -> Vec<OutputFile> {
    let routes = &shared.data_routes;
    let mut files = Vec::new();
    let mut urls = Vec::new();
    for m in &site.members {
        let Some(path) = path(m) else { continue };
        urls.push(Value::from(routes.permalink(&path)));
        if wanted(&m.slug) {
            files.push(OutputFile::new(path, pretty(&profile(site, routes, m))));
        }
    }
    let index = json!({"linked_schemas": [SCHEMA], "profiles": urls});
    files.push(OutputFile::new(
        format!("{FOLDER}/index.json"),
        pretty(&index),
    ));
    files
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

fn profile(site: &Site, routes: &DataRoutes, m: &Member) -> Value {
    let d = &m.data;
    let default = site.config.default_language();
    let mut profile = Map::new();
    profile.insert("linked_schemas".into(), json!([SCHEMA]));
    profile.insert("name".into(), json!(d.name));
    profile.insert("primary_url".into(), json!(d.website.get_ref()));
    profile.insert("urls".into(), Value::Array(urls(routes, m, default)));
    let summary = m
        .summary(default, &site.config.fallback_order())
        .map(|(text, _)| text)
        .or_else(|| {
            d.summary
                .as_ref()?
                .get_ref()
                .values()
                .next()
                .map(String::as_str)
        });
    let country = site
        .i18n
        .format_or(
            default,
            &format!("country-{}", d.country.get_ref()),
            d.country.get_ref(),
        )
        .into_owned();
    let optional = [
        ("description", summary.map(Value::from)),
        (
            "locality",
            d.city.as_ref().filter(|c| fits(c)).map(|c| json!(c)),
        ),
        (
            "country_name",
            Some(country).filter(|c| fits(c)).map(Value::from),
        ),
        (
            "geolocation",
            d.coordinates
                .as_ref()
                .map(|c| json!({"lat": c.get_ref()[0], "lon": c.get_ref()[1]})),
        ),
        ("email", d.email.as_ref().map(|e| json!(e.get_ref()))),
        (
            "image",
            DataRoutes::logo_path(m)
                .filter(|_| m.logo_bytes.is_some())
                .map(|p| json!(routes.permalink(&p))),
        ),
        ("rss", d.links.feed.as_ref().map(|f| json!(f.get_ref()))),
    ];
    profile.extend(
        optional
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_string(), v?))),
    );
    profile.insert("tags".into(), Value::Array(tags(m)));
    Value::Object(profile)
}

/// The profile on this site, then the co-op's other links.
fn urls(routes: &DataRoutes, m: &Member, default: &str) -> Vec<Value> {
    let d = &m.data;
    let page = routes.permalink(&routes.path(default, "members", Some(&m.slug)));
    let mut urls = vec![json!({"name": "profile", "url": page})];
    urls.extend(
        d.links
            .iter()
            .filter(|(_, url)| url.get_ref() != d.website.get_ref())
            .map(|(kind, url)| json!({"name": kind, "url": url.get_ref()})),
    );
    unique(urls)
}

/// Services, technologies and the kind of co-op, as free-form tags.
fn tags(m: &Member) -> Vec<Value> {
    let d = &m.data;
    let tags: Vec<Value> = d
        .services
        .iter()
        .map(|s| s.get_ref().clone())
        .chain(d.technologies.iter().cloned())
        .chain([
            "co-op".to_string(),
            format!("{}-co-op", d.coop_type.get_ref()),
        ])
        .map(Value::from)
        .collect();
    unique(tags)
}

/// The schema wants unique items: the first of equal values is kept.
fn unique(values: Vec<Value>) -> Vec<Value> {
    let mut kept: Vec<Value> = Vec::with_capacity(values.len());
    for value in values {
        if !kept.contains(&value) {
            kept.push(value);
        }
    }
    kept
}

/// Within the schema's 100-character bound of `locality` and `country_name`.
fn fits(text: &str) -> bool {
    !text.is_empty() && text.chars().count() <= 100
}
