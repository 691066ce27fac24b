//! Member co-ops: `content/members/<slug>.toml`, one file per co-op (DESIGN section 3).
//!
//! This module parses a file into a `Member` and keeps spans of every field that later
//! checks may complain about, so each problem points at its exact line and column.
//! Cross-file rules (known federations, vocabularies) live in `content::validate`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// Membership status of a co-op in its federations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Active,
    Applicant,
    Former,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Applicant => "applicant",
            Status::Former => "former",
        }
    }
}

/// The fields of a member file, exactly as DESIGN section 3 lists them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberFile {
    pub name: String,
    pub country: Spanned<String>,
    pub website: Spanned<String>,
    pub federations: Spanned<Vec<Spanned<String>>>,
    pub coop_type: Spanned<String>,
    #[serde(default)]
    pub status: Status,
    pub legal_form: Option<String>,
    pub founded: Option<u16>,
    /// When the co-op joined, and left, the federation: the figures over time
    /// (`render::numbers::history`). Dates alone, checked by `content::membership`.
    pub joined: Option<toml::value::Datetime>,
    pub left: Option<toml::value::Datetime>,
    pub city: Option<String>,
    /// The city's name in other languages: `city_translations = { nl = "Gent" }`.
    #[serde(default)]
    pub city_translations: BTreeMap<String, String>,
    pub coordinates: Option<Spanned<[f64; 2]>>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub services: Vec<Spanned<String>>,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub clients: Vec<String>,
    pub logo: Option<Spanned<String>>,
    pub email: Option<Spanned<String>>,
    pub phone: Option<String>,
    pub matrix: Option<Spanned<String>>,
    #[serde(default)]
    pub size: Size,
    #[serde(default)]
    pub links: Links,
    #[serde(default)]
    pub hiring: Hiring,
    pub summary: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Per language, a hash of the default language's summary and description when
    /// they were translated (`federa translated FILE --language fr`; `coverage::stale_texts`).
    #[serde(default)]
    pub translated_from: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Size {
    pub workers: Option<u32>,
    pub members: Option<u32>,
}

/// Links to a co-op's other places; every value must be an http(s) URL.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Links {
    pub fediverse: Option<Spanned<String>>,
    pub forge: Option<Spanned<String>>,
    pub loomio: Option<Spanned<String>>,
    pub opencollective: Option<Spanned<String>>,
    pub linkedin: Option<Spanned<String>>,
    pub feed: Option<Spanned<String>>,
}

impl Links {
    /// `(kind, url)` pairs in a fixed order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Spanned<String>)> {
        [
            ("fediverse", &self.fediverse),
            ("forge", &self.forge),
            ("loomio", &self.loomio),
            ("opencollective", &self.opencollective),
            ("linkedin", &self.linkedin),
            ("feed", &self.feed),
        ]
        .into_iter()
        .filter_map(|(kind, url)| url.as_ref().map(|u| (kind, u)))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hiring {
    #[serde(default)]
    pub available: bool,
    #[serde(default)]
    pub contract_types: Vec<Spanned<String>>,
    /// `YYYY-MM`: when a co-op not available now takes new work again
    /// (`content::availability`).
    pub from: Option<Spanned<String>>,
}

/// A parsed member file with its location.
#[derive(Debug, Clone)]
pub struct Member {
    pub slug: String,
    /// Path relative to the site root.
    pub file: std::path::PathBuf,
    pub source: String,
    pub data: MemberFile,
    /// The logo file's bytes, read at load time: only a logo that passed every rule of
    /// `content::logo` (None if absent or refused).
    pub logo_bytes: Option<Vec<u8>>,
    /// The detected type of `logo_bytes`: gives the published extension.
    pub logo_kind: Option<crate::content::logo::ImageKind>,
    /// Problems found while loading (a refused logo, a list over its limit: the list
    /// is then cut to the limit), reported by the check stage.
    pub load_problems: Vec<crate::diagnostic::Diagnostic>,
    /// Structural problems (unknown keys, wrong types): a member with any is checked
    /// but never published.
    pub shape: crate::content::data::Shape,
    /// A hash of the file's text and logo: what serve's memos compare to tell whether
    /// anything derived from this member can be reused (see `render::memo`).
    pub fingerprint: u64,
    /// Where an imported member comes from (`imports/`); `None` for a local file.
    pub origin: Option<std::sync::Arc<crate::content::imported::Origin>>,
}

impl Member {
    /// Summary in `lang`, else in the first language of `fallbacks` that has one:
    /// `(text, language it is written in)`.
    pub fn summary<'a>(&'a self, lang: &str, fallbacks: &[&str]) -> Option<(&'a str, &'a str)> {
        let summary = self.data.summary.as_ref()?.get_ref();
        localized(summary, lang, fallbacks)
    }

    /// Description markdown in `lang`, else in the first of `fallbacks` that has one.
    pub fn description<'a>(&'a self, lang: &str, fallbacks: &[&str]) -> Option<(&'a str, &'a str)> {
        localized(&self.data.description, lang, fallbacks)
    }

    /// The city as `lang` writes it (`city_translations`), else `city`.
    pub fn city(&self, lang: &str) -> Option<&str> {
        let own = self
            .data
            .city_translations
            .get(lang)
            .filter(|c| !c.trim().is_empty());
        own.or(self.data.city.as_ref()).map(String::as_str)
    }

    /// The host of the website, lowercased, without `www.`.
    pub fn website_host(&self) -> Option<String> {
        url_host(self.data.website.get_ref())
    }
}

/// Picks the text for `lang`, else for the first language of `fallbacks` (the site's
/// fallback order, `Config::fallback_order`) that has a non-blank one.
pub fn localized<'a>(
    texts: &'a BTreeMap<String, String>,
    lang: &str,
    fallbacks: &[&str],
) -> Option<(&'a str, &'a str)> {
    std::iter::once(lang)
        .chain(fallbacks.iter().copied())
        .find_map(|l| texts.get_key_value(l))
        .filter(|(_, t)| !t.trim().is_empty())
        .or_else(|| {
            fallbacks.iter().find_map(|l| {
                texts
                    .get_key_value(*l)
                    .filter(|(_, t)| !t.trim().is_empty())
            })
        })
        .map(|(l, t)| (t.as_str(), l.as_str()))
}

/// The host part of an http(s) URL, lowercased, without a leading `www.`.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_fall_back_in_the_site_order() {
        let texts: BTreeMap<String, String> = [("fr", "Bonjour"), ("nl", "Hallo")]
            .map(|(l, t)| (l.into(), t.into()))
            .into();
        assert_eq!(
            localized(&texts, "nl", &["en", "fr"]),
            Some(("Hallo", "nl"))
        );
        assert_eq!(
            localized(&texts, "de", &["en", "fr", "nl"]),
            Some(("Bonjour", "fr"))
        );
        assert_eq!(
            localized(&texts, "de", &["en", "nl", "fr"]),
            Some(("Hallo", "nl"))
        );
        assert_eq!(localized(&texts, "de", &["en"]), None);
    }

    #[test]
    fn hosts_ignore_case_www_and_port() {
        assert_eq!(
            url_host("https://WWW.Lumen.example:8443/x").as_deref(),
            Some("lumen.example")
        );
        assert_eq!(url_host("mailto:x@y").as_deref(), None);
    }
}
