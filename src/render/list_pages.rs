//! The list pages of the federation data, per language: the member directory, the
//! federations index and federation pages, and the services, technologies and
//! countries indexes with a page per value. They are built from the member cards of
//! `render::cards`, shared between pages; `data_pages` renders them.

use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Value};

use crate::content::member::Status;
use crate::render::cards::Card;
use crate::render::data_pages::DataPage;
use crate::render::data_routes::DataRoutes;
use crate::render::federation_views::{self, FederationView};
use crate::render::member_views::{MemberCard, Term};
use crate::render::{structured, Shared};
use crate::site::Site;

/// The values offered by the directory's filters.
#[derive(Serialize)]
struct Filters {
    countries: Vec<Term>,
    federations: Vec<Term>,
    services: Vec<Term>,
    technologies: Vec<Term>,
    languages: Vec<Term>,
}

/// The cards of listed (not former) members in one language (see `render::cards`):
/// list pages share them instead of building and rendering each card again.
pub(crate) struct Listed {
    pub(crate) cards: Vec<Arc<Card>>,
}

impl Listed {
    /// The serialised cards that `keep` selects, as one template array.
    fn subset(&self, keep: impl Fn(&MemberCard) -> bool) -> Value {
        let picked: Vec<Value> = self
            .cards
            .iter()
            .filter(|c| keep(&c.card))
            .map(|c| c.value.clone())
            .collect();
        Value::from(picked)
    }

    fn all(&self) -> Value {
        self.subset(|_| true)
    }
}

pub(crate) fn directory(
    site: &Site,
    routes: &DataRoutes,
    lang: &str,
    listed: &Listed,
    shared: &Shared,
) -> DataPage {
    // Each value once (a value's label is the same on every card), by label.
    let collect = |pick: &TermsOf| -> Vec<Term> {
        let mut unique: std::collections::HashMap<&str, &Term> = Default::default();
        for term in listed.cards.iter().flat_map(|c| pick(&c.card)) {
            unique.entry(term.id.as_str()).or_insert(term);
        }
        let mut terms: Vec<Term> = unique.into_values().cloned().collect();
        terms.sort_by_cached_key(|t| (t.label.to_lowercase(), t.id.clone()));
        terms
    };
    let filters = Filters {
        countries: collect(&|c| std::slice::from_ref(&c.country)),
        federations: collect(&|c| &c.federations),
        services: collect(&|c| &c.services),
        technologies: collect(&|c| &c.technologies),
        languages: collect(&|c| &c.languages),
    };
    let mut context = Context::new();
    context.insert_value("members", listed.all());
    context.insert("filters", &filters);
    context.insert("totals", &shared.totals);
    context.insert_value("map", crate::render::map::view(site, routes, lang));
    DataPage {
        template: "members.html",
        section: "members",
        item: None,
        context,
    }
}

/// Headline numbers for the home page and directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub coops: usize,
    pub workers: u64,
    pub countries: usize,
    pub federations: usize,
}

/// Counts active members only; federations that are members or forming.
pub fn totals(site: &Site) -> Totals {
    use crate::content::federation::Relation;
    let active: Vec<_> = site
        .members
        .iter()
        .filter(|m| m.data.status == Status::Active)
        .collect();
    let mut countries: Vec<&str> = active
        .iter()
        .map(|m| m.data.country.get_ref().as_str())
        .collect();
    countries.sort_unstable();
    countries.dedup();
    Totals {
        coops: active.len(),
        workers: active
            .iter()
            .filter_map(|m| m.data.size.workers)
            .map(u64::from)
            .sum(),
        countries: countries.len(),
        federations: site
            .federations
            .iter()
            .filter(|f| matches!(f.data.relation, Relation::Member | Relation::Forming))
            .count(),
    }
}

/// Which pages of a list to build: `(section, item)`, as in `data_pages::Selection`.
pub(crate) type Wanted<'a> = dyn Fn(&'static str, Option<&str>) -> bool + Sync + 'a;

/// The federation pages that `wanted` selects, and the federations index if selected.
pub(crate) fn federation_pages(
    site: &Site,
    routes: &DataRoutes,
    lang: &str,
    listed: &Listed,
    wanted: &Wanted,
) -> Vec<DataPage> {
    let cards: Vec<&MemberCard> = listed.cards.iter().map(|c| &c.card).collect();
    let views: Vec<FederationView> = site
        .federations
        .iter()
        .map(|f| federation_views::view(site, routes, f, lang, &cards))
        .collect();
    let mut pages = Vec::new();
    for (fed, view) in site.federations.iter().zip(&views) {
        if !wanted("federations", Some(&fed.slug)) {
            continue;
        }
        let members = listed.subset(|c| c.federations.iter().any(|t| t.id == fed.slug));
        let mut context = Context::new();
        context.insert(
            "json_ld",
            &structured::federation_json_ld(site, routes, fed, lang),
        );
        context.insert("federation", view);
        context.insert_value("members", members);
        pages.push(DataPage {
            template: "federation.html",
            section: "federations",
            item: Some(fed.slug.clone()),
            context,
        });
    }
    if !wanted("federations", None) {
        return pages;
    }
    let mut context = Context::new();
    context.insert("tree", &federation_views::tree(&views));
    context.insert(
        "sisters",
        &views
            .iter()
            .filter(|v| v.relation.id == "sister")
            .collect::<Vec<_>>(),
    );
    pages.push(DataPage {
        template: "federations.html",
        section: "federations",
        item: None,
        context,
    });
    pages
}

/// Picks the values of one kind (services, technologies, country) from a card.
type TermsOf = dyn for<'a> Fn(&'a MemberCard) -> &'a [Term];

/// An index entry: a value and how many members it has.
#[derive(Serialize)]
struct TermCount {
    term: Term,
    count: usize,
}

/// The services, technologies and countries pages that `wanted` selects, and their
/// indexes if selected.
pub(crate) fn term_pages(listed: &Listed, wanted: &Wanted) -> Vec<DataPage> {
    let mut pages = Vec::new();
    let kinds: [(&'static str, &TermsOf); 3] = [
        ("services", &|c| &c.services),
        ("technologies", &|c| &c.technologies),
        ("countries", &|c| std::slice::from_ref(&c.country)),
    ];
    for (section, pick) in kinds {
        let mut groups: std::collections::BTreeMap<&str, (&Term, Vec<usize>)> = Default::default();
        for (index, card) in listed.cards.iter().enumerate() {
            for term in pick(&card.card) {
                groups
                    .entry(term.id.as_str())
                    .or_insert_with(|| (term, Vec::new()))
                    .1
                    .push(index);
            }
        }
        for (id, (term, members)) in &groups {
            let item = if section == "countries" {
                id.to_ascii_lowercase()
            } else {
                id.to_string()
            };
            if !wanted(section, Some(&item)) {
                continue;
            }
            let mut context = Context::new();
            context.insert("kind", section);
            context.insert("term", term);
            let values: Vec<Value> = members
                .iter()
                .map(|i| listed.cards[*i].value.clone())
                .collect();
            context.insert_value("members", Value::from(values));
            pages.push(DataPage {
                template: "term.html",
                section,
                item: Some(item),
                context,
            });
        }
        if !wanted(section, None) {
            continue;
        }
        let mut index: Vec<TermCount> = groups
            .values()
            .map(|(term, members)| TermCount {
                term: (*term).clone(),
                count: members.len(),
            })
            .collect();
        index.sort_by_cached_key(|t| t.term.label.to_lowercase());
        let mut context = Context::new();
        context.insert("kind", section);
        context.insert("terms", &index);
        pages.push(DataPage {
            template: "terms.html",
            section,
            item: None,
            context,
        });
    }
    pages
}
