//! Member co-ops as templates see them, per language: cards for lists and full
//! profiles. Labels of controlled values are translated here, once per language.

use serde::Serialize;

use crate::content::member::Member;
use crate::markdown::{self, Flavor};
use crate::render::data_routes::DataRoutes;
use crate::site::Site;
use crate::typography::Typography;

/// A linked, translated value (a service, technology, federation, country, language).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub id: String,
    pub label: String,
    pub url: Option<String>,
}

/// What a directory card shows.
#[derive(Debug, Clone, Serialize)]
pub struct MemberCard {
    pub slug: String,
    pub name: String,
    pub url: String,
    pub logo_url: Option<String>,
    pub city: Option<String>,
    pub country: Term,
    pub summary: Option<String>,
    pub summary_lang: String,
    pub services: Vec<Term>,
    pub technologies: Vec<Term>,
    pub federations: Vec<Term>,
    pub languages: Vec<Term>,
    pub hiring: bool,
    pub status: Term,
    /// Counted as a member co-op (`render::numbers`); applicants are listed, not counted.
    pub is_member: bool,
    pub workers: Option<u32>,
    /// For an imported co-op: each federation that lists it and when (see `provenance`).
    pub provenance: Vec<Provenance>,
    /// Lowercase text the directory's free-text filter searches.
    pub search_text: String,
}

/// `Listed by <federation>, imported <date>`: one source of an imported co-op.
#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    pub federation: String,
    pub imported: String,
}

/// The sources of an imported member (empty for a local file).
fn provenance(site: &Site, m: &Member, lang: &str) -> Vec<Provenance> {
    let Some(origin) = &m.origin else {
        return Vec::new();
    };
    origin
        .listings
        .iter()
        .map(|listing| Provenance {
            federation: site
                .federations
                .iter()
                .find(|f| f.slug == listing.federation)
                .map_or(listing.federation.clone(), |f| f.name(lang).to_string()),
            imported: listing.imported.clone(),
        })
        .collect()
}

/// Everything a profile page adds to the card.
#[derive(Debug, Clone, Serialize)]
pub struct MemberProfile {
    pub card: MemberCard,
    pub website: String,
    pub legal_form: Option<String>,
    pub founded: Option<u16>,
    pub coop_type: Term,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub matrix: Option<String>,
    pub matrix_url: Option<String>,
    pub members: Option<u32>,
    pub links: Vec<Term>,
    pub contract_types: Vec<Term>,
    pub clients: Vec<String>,
    pub description: Option<String>,
    pub description_lang: Option<String>,
    pub coordinates: Option<[f64; 2]>,
}

pub fn label(site: &Site, lang: &str, id: &str, fallback: &str) -> String {
    site.i18n.format_or(lang, id, fallback).into_owned()
}

pub fn card(site: &Site, routes: &DataRoutes, m: &Member, lang: &str) -> MemberCard {
    let d = &m.data;
    let fallbacks = site.config.fallback_order();
    let (summary, summary_lang) = m
        .summary(lang, &fallbacks)
        .map_or((None, lang), |(t, l)| (Some(t.to_string()), l));
    let services: Vec<Term> = d
        .services
        .iter()
        .map(|s| routes.service(site, lang, s.get_ref()))
        .collect();
    let technologies: Vec<Term> = d
        .technologies
        .iter()
        .map(|t| routes.technology(lang, t))
        .collect();
    let federations = d
        .federations
        .get_ref()
        .iter()
        .map(|f| routes.federation(site, lang, f.get_ref()))
        .collect();
    let languages = d
        .languages
        .iter()
        .map(|l| vocabulary_term(site, lang, "language", l))
        .collect();
    let country = routes.country(site, lang, d.country.get_ref());
    let city = m.city(lang).map(str::to_string);
    let search_text = [
        d.name.as_str(),
        summary.as_deref().unwrap_or(""),
        city.as_deref().unwrap_or(""),
        &country.label,
    ]
    .into_iter()
    .chain(technologies.iter().map(|t| t.label.as_str()))
    .chain(services.iter().map(|s| s.label.as_str()))
    .collect::<Vec<_>>()
    .join(" ")
    .to_lowercase();
    MemberCard {
        slug: m.slug.clone(),
        name: d.name.clone(),
        url: routes.member_url(lang, &m.slug),
        logo_url: m.logo_bytes.as_ref().and(routes.logo_url(m)),
        city,
        country,
        summary,
        summary_lang: summary_lang.to_string(),
        services,
        technologies,
        federations,
        languages,
        hiring: d.hiring.available,
        status: vocabulary_term(site, lang, "status", d.status.id()),
        is_member: crate::render::numbers::counts_as_member(d.status),
        workers: d.size.workers,
        provenance: provenance(site, m, lang),
        search_text,
    }
}

pub fn profile(site: &Site, routes: &DataRoutes, m: &Member, lang: &str) -> MemberProfile {
    let d = &m.data;
    let fallbacks = site.config.fallback_order();
    let description = m.description(lang, &fallbacks);
    let term = |prefix: &str, id: &str| vocabulary_term(site, lang, prefix, id);
    let mut card = card(site, routes, m, lang);
    if d.status == crate::content::member::Status::Former {
        // Former members are not in the lists, so their profile does not link to them.
        for term in card
            .services
            .iter_mut()
            .chain(card.technologies.iter_mut())
            .chain([&mut card.country])
        {
            term.url = None;
        }
    }
    MemberProfile {
        card,
        website: d.website.get_ref().clone(),
        legal_form: d.legal_form.clone(),
        founded: d.founded,
        coop_type: term("coop-type", d.coop_type.get_ref()),
        email: d.email.as_ref().map(|e| e.get_ref().clone()),
        phone: d.phone.clone(),
        matrix: d.matrix.as_ref().map(|m| m.get_ref().clone()),
        matrix_url: d.matrix.as_ref().map(|m| matrix_to(m.get_ref())),
        members: d.size.members,
        links: labelled_links(site, lang, "link", d.links.iter()),
        contract_types: d
            .hiring
            .contract_types
            .iter()
            .map(|c| term("contract-type", c.get_ref()))
            .collect(),
        clients: d.clients.clone(),
        description: description.map(|(text, l)| contributed_markdown(text, l)),
        description_lang: description.map(|(_, l)| l.to_string()),
        coordinates: d.coordinates.as_ref().map(|c| *c.get_ref()),
    }
}

/// A controlled value with its translated label (`<prefix>-<id>`), not linked.
pub fn vocabulary_term(site: &Site, lang: &str, prefix: &str, id: &str) -> Term {
    Term {
        id: id.to_string(),
        label: label(site, lang, &format!("{prefix}-{id}"), id),
        url: None,
    }
}

/// Links of a data file (`[links]`, `[community]`) with labels `<prefix>-<kind>`.
pub fn labelled_links<'a>(
    site: &Site,
    lang: &str,
    prefix: &str,
    links: impl Iterator<Item = (&'static str, &'a toml::Spanned<String>)>,
) -> Vec<Term> {
    links
        .map(|(kind, url)| Term {
            id: kind.to_string(),
            label: label(site, lang, &format!("{prefix}-{kind}"), kind),
            url: Some(url.get_ref().clone()),
        })
        .collect()
}

/// Markdown contributed in data files: raw HTML shown as text, only safe link schemes,
/// the typography of its language `lang`.
pub fn contributed_markdown(text: &str, lang: &str) -> String {
    let flavor = Flavor {
        escape_html: true,
        typography: Typography::for_language(lang),
    };
    markdown::render(text, flavor, &|_| None).html
}

/// `https://matrix.to/#/<id>` with the id percent-encoded (`#` -> `%23`, `:` -> `%3A`).
pub fn matrix_to(id: &str) -> String {
    let mut out = String::from("https://matrix.to/#/");
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_links_are_percent_encoded() {
        assert_eq!(
            matrix_to("#tce:matrix.org"),
            "https://matrix.to/#/%23tce%3Amatrix.org"
        );
        assert_eq!(matrix_to("@a:b.org"), "https://matrix.to/#/%40a%3Ab.org");
    }
}
