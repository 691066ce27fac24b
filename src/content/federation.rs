//! National and partner federations: `content/federations/<slug>.toml`.
//!
//! A federation's member list is not stored here: it is derived from the members'
//! `federations` field (one source of truth). Cross-file rules live in
//! `content::validate`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// How a federation relates to this site's federation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Member,
    Forming,
    Observer,
    Sister,
    Parent,
}

impl Relation {
    pub fn id(self) -> &'static str {
        match self {
            Relation::Member => "member",
            Relation::Forming => "forming",
            Relation::Observer => "observer",
            Relation::Sister => "sister",
            Relation::Parent => "parent",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FederationFile {
    pub name: String,
    pub short_name: Option<String>,
    #[serde(default)]
    pub countries: Vec<Spanned<String>>,
    pub relation: Relation,
    pub website: Option<Spanned<String>>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub founded: Option<u16>,
    #[serde(default)]
    pub parents: Vec<Spanned<String>>,
    pub matrix: Option<Spanned<String>>,
    #[serde(default)]
    pub community: Community,
    pub members_source: Option<MembersSource>,
    pub summary: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Per language, a hash of the default language's summary and description when
    /// they were translated (`federa translated FILE --language fr`; `coverage::stale_texts`).
    #[serde(default)]
    pub translated_from: BTreeMap<String, String>,
    /// The name in other languages: `name_translations = { fr = "Fédération belge…" }`.
    #[serde(default)]
    pub name_translations: BTreeMap<String, String>,
}

/// Where a federation's community gathers; every value is a URL.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    pub forum: Option<Spanned<String>>,
    pub loomio: Option<Spanned<String>>,
    pub wiki: Option<Spanned<String>>,
    pub mailing_list: Option<Spanned<String>>,
    pub fediverse: Option<Spanned<String>>,
}

impl Community {
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Spanned<String>)> {
        [
            ("forum", &self.forum),
            ("loomio", &self.loomio),
            ("wiki", &self.wiki),
            ("mailing_list", &self.mailing_list),
            ("fediverse", &self.fediverse),
        ]
        .into_iter()
        .filter_map(|(kind, url)| url.as_ref().map(|u| (kind, u)))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembersSource {
    pub url: Spanned<String>,
}

#[derive(Debug, Clone)]
pub struct Federation {
    pub slug: String,
    pub file: std::path::PathBuf,
    pub source: String,
    pub data: FederationFile,
    /// Structural problems: a federation with any is checked but never published.
    pub shape: crate::content::data::Shape,
}

impl Federation {
    /// Summary in `lang`, else in the first of `fallbacks` that has one.
    pub fn summary<'a>(&'a self, lang: &str, fallbacks: &[&str]) -> Option<(&'a str, &'a str)> {
        let summary = self.data.summary.as_ref()?.get_ref();
        crate::content::member::localized(summary, lang, fallbacks)
    }

    /// Description in `lang`, else in the first of `fallbacks` that has one.
    pub fn description<'a>(&'a self, lang: &str, fallbacks: &[&str]) -> Option<(&'a str, &'a str)> {
        crate::content::member::localized(&self.data.description, lang, fallbacks)
    }

    /// The name as `lang` writes it (`name_translations`), else `name`.
    pub fn name(&self, lang: &str) -> &str {
        let own = self
            .data
            .name_translations
            .get(lang)
            .filter(|n| !n.trim().is_empty());
        own.unwrap_or(&self.data.name)
    }

    /// `short_name` if given, else `name`.
    pub fn label(&self) -> &str {
        self.data.short_name.as_deref().unwrap_or(&self.data.name)
    }
}
