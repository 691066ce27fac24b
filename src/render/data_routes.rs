//! URLs of the built-in data sections (members, federations, services, technologies,
//! countries) in every language, and the grouping of technologies by name.
//!
//! Segments come from `[segments.<lang>]` in site.toml; item slugs are not translated
//! (a member's slug is its file name; a technology's is derived from its name).

use std::collections::{BTreeMap, HashMap};

use crate::content::member::Member;
use crate::markdown::slugify;
use crate::render::member_views::{label, Term};
use crate::render::routes::join_path;
use crate::site::Site;

/// One technology: the spelling shown and the members using it.
#[derive(Debug, Clone)]
pub struct Technology {
    pub name: String,
    pub members: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct DataRoutes {
    base_path: String,
    base_url: String,
    default_language: String,
    /// language -> section -> translated segment.
    segments: BTreeMap<String, BTreeMap<&'static str, String>>,
    /// slug -> technology, grouped case-insensitively.
    pub technologies: BTreeMap<String, Technology>,
    /// Every spelling members use -> its technology slug (slugs are asked for often).
    technology_slugs: HashMap<String, String>,
}

/// A built-in section's folder name and whether it has a page per item.
pub const DATA_SECTIONS: [&str; 6] = [
    "members",
    "federations",
    "services",
    "technologies",
    "countries",
    "hire",
];

impl DataRoutes {
    /// The routes of `site`'s data under `base_url` (whose path part is `base_path`).
    pub fn new(site: &Site, base_path: &str, base_url: &str) -> DataRoutes {
        let segments = site
            .config
            .languages()
            .map(|lang| {
                // The search page is not a data section but is routed like one.
                let of_lang = DATA_SECTIONS
                    .iter()
                    .chain([&crate::render::search::SECTION])
                    .map(|section| (*section, site.config.segment(lang, section).to_string()))
                    .collect();
                (lang.to_string(), of_lang)
            })
            .collect();
        let (technologies, technology_slugs) = group_technologies(&site.members);
        DataRoutes {
            base_path: base_path.to_string(),
            base_url: base_url.to_string(),
            default_language: site.config.default_language().to_string(),
            segments,
            technologies,
            technology_slugs,
        }
    }

    /// URL path (relative to the base) of a section index or item.
    pub fn path(&self, lang: &str, section: &'static str, item: Option<&str>) -> String {
        let segment = self
            .segments
            .get(lang)
            .and_then(|of_lang| of_lang.get(section))
            .map_or(section, String::as_str);
        match item {
            Some(item) => join_path(&self.default_language, lang, &[segment, item]),
            None => join_path(&self.default_language, lang, &[segment]),
        }
    }

    pub fn url(&self, lang: &str, section: &'static str, item: Option<&str>) -> String {
        format!("{}{}", self.base_path, self.path(lang, section, item))
    }

    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    pub fn member_url(&self, lang: &str, slug: &str) -> String {
        self.url(lang, "members", Some(slug))
    }

    /// Logos are published once, language-independently, under `logos/`.
    /// The extension comes from the detected image type, never from the file name, so
    /// only a logo that passed `content::logo` has a path.
    pub fn logo_path(m: &Member) -> Option<String> {
        let ext = m.logo_kind?.extension();
        Some(format!("logos/{}.{ext}", m.slug))
    }

    pub fn logo_url(&self, m: &Member) -> Option<String> {
        DataRoutes::logo_path(m).map(|p| format!("{}{p}", self.base_path))
    }

    pub fn service(&self, site: &Site, lang: &str, id: &str) -> Term {
        Term {
            id: id.to_string(),
            label: label(site, lang, &format!("service-{id}"), id),
            url: Some(self.url(lang, "services", Some(id))),
        }
    }

    /// The slug of a technology spelled `name` (`technology_slug`, looked up).
    pub fn technology_id(&self, name: &str) -> String {
        self.technology_id_ref(name).into_owned()
    }

    /// Like `technology_id`, borrowed when a member uses that spelling.
    pub fn technology_id_ref(&self, name: &str) -> std::borrow::Cow<'_, str> {
        match self.technology_slugs.get(name) {
            Some(slug) => std::borrow::Cow::Borrowed(slug),
            None => std::borrow::Cow::Owned(technology_slug(name)),
        }
    }

    /// The spelling shown for a technology (the most common one among members).
    pub fn technology_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.technology_slugs
            .get(name)
            .and_then(|slug| self.technologies.get(slug))
            .map_or(name, |t| t.name.as_str())
    }

    pub fn technology(&self, lang: &str, name: &str) -> Term {
        let slug = self.technology_id(name);
        let shown = self
            .technologies
            .get(&slug)
            .map_or(name, |t| t.name.as_str());
        Term {
            id: slug.clone(),
            label: shown.to_string(),
            url: Some(self.url(lang, "technologies", Some(&slug))),
        }
    }

    pub fn federation(&self, site: &Site, lang: &str, slug: &str) -> Term {
        let shown = site
            .federations
            .iter()
            .find(|f| f.slug == slug)
            .map_or(slug, |f| f.label());
        let _ = lang;
        Term {
            id: slug.to_string(),
            label: shown.to_string(),
            url: Some(self.url(lang, "federations", Some(slug))),
        }
    }

    pub fn country(&self, site: &Site, lang: &str, code: &str) -> Term {
        let lower = code.to_ascii_lowercase();
        Term {
            id: code.to_string(),
            label: label(site, lang, &format!("country-{code}"), code),
            url: Some(self.url(lang, "countries", Some(&lower))),
        }
    }
}

/// `C++` -> `cplusplus`, `Vue.js` -> `vue-js`, `C#` -> `csharp`.
pub fn technology_slug(name: &str) -> String {
    let spelled = name.replace('+', "plus").replace('#', "sharp");
    let slug = slugify(&spelled);
    if slug.is_empty() {
        "other".to_string()
    } else {
        slug
    }
}

/// Groups technologies case-insensitively; shows the most common spelling (ties: the
/// alphabetically first, so output is deterministic).
/// Also returns each spelling's slug.
fn group_technologies(
    members: &[std::sync::Arc<Member>],
) -> (BTreeMap<String, Technology>, HashMap<String, String>) {
    let mut spellings: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut users: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut slugs: HashMap<String, String> = HashMap::new();
    for (index, m) in members.iter().enumerate() {
        for name in &m.data.technologies {
            let slug = slugs
                .entry(name.clone())
                .or_insert_with(|| technology_slug(name))
                .clone();
            *spellings
                .entry(slug.clone())
                .or_default()
                .entry(name.as_str())
                .or_default() += 1;
            let list = users.entry(slug).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
    }
    let technologies = spellings
        .into_iter()
        .map(|(slug, names)| {
            let name = names
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map_or(String::new(), |(n, _)| n.to_string());
            let members = users.remove(&slug).unwrap_or_default();
            (slug, Technology { name, members })
        })
        .collect();
    (technologies, slugs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn technology_slugs_keep_symbols_distinct() {
        assert_eq!(technology_slug("Vue.js"), "vue-js");
        assert_eq!(technology_slug("C++"), "cplusplus");
        assert_eq!(technology_slug("C#"), "csharp");
        assert_eq!(technology_slug("django"), technology_slug("Django"));
    }
}
