//! Federations as templates see them, per language, and their hierarchy (parents
//! above children) for the federations index.

use serde::Serialize;

use crate::content::federation::Federation;
use crate::render::data_routes::DataRoutes;
use crate::render::member_views::{
    contributed_markdown, labelled_links, matrix_to, vocabulary_term, Term,
};
use crate::site::Site;

#[derive(Debug, Clone, Serialize)]
pub struct FederationView {
    pub slug: String,
    pub name: String,
    pub short_name: Option<String>,
    pub url: String,
    pub relation: Term,
    pub website: Option<String>,
    pub countries: Vec<Term>,
    pub languages: Vec<Term>,
    pub founded: Option<u16>,
    pub summary: Option<String>,
    pub summary_lang: Option<String>,
    pub description: Option<String>,
    pub description_lang: Option<String>,
    pub matrix: Option<String>,
    pub matrix_url: Option<String>,
    pub community: Vec<Term>,
    pub parents: Vec<Term>,
    /// Slugs of federations that name this one as a parent.
    pub children: Vec<String>,
    pub member_count: usize,
}

/// What a federation's view needs to know of the listed members: how many of the
/// federation's members are counted (`numbers::card_counts`), and whether a country has
/// listed members (only those have pages).
pub struct Listing<'a> {
    pub member_count: usize,
    pub has_country: &'a dyn Fn(&str) -> bool,
}

pub fn view(
    site: &Site,
    routes: &DataRoutes,
    f: &Federation,
    lang: &str,
    listing: &Listing,
) -> FederationView {
    let d = &f.data;
    let fallbacks = site.config.fallback_order();
    let summary = f.summary(lang, &fallbacks);
    let description = f.description(lang, &fallbacks);
    FederationView {
        slug: f.slug.clone(),
        name: f.name(lang).to_string(),
        short_name: d.short_name.clone(),
        url: routes.url(lang, "federations", Some(&f.slug)),
        relation: vocabulary_term(site, lang, "relation", d.relation.id()),
        website: d.website.as_ref().map(|w| w.get_ref().clone()),
        countries: d
            .countries
            .iter()
            .map(|c| country_term(site, routes, lang, c.get_ref(), listing))
            .collect(),
        languages: d
            .languages
            .iter()
            .map(|l| vocabulary_term(site, lang, "language", l))
            .collect(),
        founded: d.founded,
        summary: summary.map(|(t, _)| t.to_string()),
        summary_lang: summary.map(|(_, l)| l.to_string()),
        description: description.map(|(t, l)| contributed_markdown(t, l)),
        description_lang: description.map(|(_, l)| l.to_string()),
        matrix: d.matrix.as_ref().map(|m| m.get_ref().clone()),
        matrix_url: d.matrix.as_ref().map(|m| matrix_to(m.get_ref())),
        community: labelled_links(site, lang, "community", d.community.iter()),
        parents: d
            .parents
            .iter()
            .map(|p| routes.federation(site, lang, p.get_ref()))
            .collect(),
        children: site
            .federations
            .iter()
            .filter(|c| c.data.parents.iter().any(|p| p.get_ref() == &f.slug))
            .map(|c| c.slug.clone())
            .collect(),
        member_count: listing.member_count,
    }
}

/// A country, linked only when a listed member is there (only those have pages).
fn country_term(
    site: &Site,
    routes: &DataRoutes,
    lang: &str,
    code: &str,
    listing: &Listing,
) -> Term {
    let mut term = routes.country(site, lang, code);
    if !(listing.has_country)(code) {
        term.url = None;
    }
    term
}

/// A federation with the federations below it, for a nested list.
#[derive(Debug, Clone, Serialize)]
pub struct Node<'a> {
    pub federation: &'a FederationView,
    pub children: Vec<Node<'a>>,
}

/// Roots are federations without parents (or whose parents are all unknown); each
/// federation appears under every parent it names. Cycles are cut.
pub fn tree(views: &[FederationView]) -> Vec<Node<'_>> {
    let known = |slug: &str| views.iter().any(|v| v.slug == slug);
    views
        .iter()
        .filter(|v| !v.parents.iter().any(|p| known(&p.id)))
        .map(|v| node(views, v, &mut vec![v.slug.as_str()]))
        .collect()
}

fn node<'a>(
    views: &'a [FederationView],
    view: &'a FederationView,
    path: &mut Vec<&'a str>,
) -> Node<'a> {
    let mut children = Vec::new();
    for slug in &view.children {
        if path.contains(&slug.as_str()) {
            continue;
        }
        if let Some(child) = views.iter().find(|v| &v.slug == slug) {
            path.push(&child.slug);
            children.push(node(views, child, path));
            path.pop();
        }
    }
    Node {
        federation: view,
        children,
    }
}
