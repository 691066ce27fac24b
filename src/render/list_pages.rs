//! The list pages of the federation data, per language: the member directory, the
//! federations index and federation pages, and the services, technologies and
//! countries indexes with a page per value. They are built from the member cards of
//! `render::cards`, shared between pages; `data_pages` renders them.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Value};

use crate::i18n::Collation;
use crate::render::cards::LanguageCard;
use crate::render::case_studies::StudyItem;
use crate::render::data_pages::DataPage;
use crate::render::data_routes::DataRoutes;
use crate::render::federation_views::{self, FederationView};
use crate::render::member_views::{MemberCard, Term};
use crate::render::numbers::card_counts;
/// The totals moved to `render::numbers`; kept here for the callers that name them.
pub use crate::render::numbers::{totals, Totals};
use crate::render::splice::Block;
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

/// The values members are grouped by, as their cards carry them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Countries,
    Federations,
    Services,
    Technologies,
    Languages,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Countries,
        Kind::Federations,
        Kind::Services,
        Kind::Technologies,
        Kind::Languages,
    ];

    fn terms(self, card: &MemberCard) -> &[Term] {
        match self {
            Kind::Countries => std::slice::from_ref(&card.country),
            Kind::Federations => &card.federations,
            Kind::Services => &card.services,
            Kind::Technologies => &card.technologies,
            Kind::Languages => &card.languages,
        }
    }
}

/// Which listed members have each value, by kind and value id. Ids do not depend on
/// the language, so this is worked out once for all languages.
pub(crate) struct Groups {
    by_kind: [std::collections::BTreeMap<String, Vec<usize>>; 5],
}

impl Groups {
    /// Groups the members of `cards` (one language's, in member order). Grouped by
    /// hash (ten thousand cards' values, each looked up), then ordered once.
    pub(crate) fn new(cards: &[LanguageCard]) -> Groups {
        type ByValue<'c> = HashMap<&'c str, Vec<usize>, foldhash::fast::RandomState>;
        let mut by_kind: [ByValue; 5] = Default::default();
        for (index, card) in cards.iter().enumerate() {
            for (kind, groups) in Kind::ALL.iter().zip(by_kind.iter_mut()) {
                for term in kind.terms(&card.card) {
                    let members = groups.entry(term.id.as_str()).or_default();
                    if members.last() != Some(&index) {
                        members.push(index);
                    }
                }
            }
        }
        let by_kind = by_kind.map(|groups| {
            groups
                .into_iter()
                .map(|(id, members)| (id.to_string(), members))
                .collect()
        });
        Groups { by_kind }
    }

    fn of(&self, kind: Kind) -> &std::collections::BTreeMap<String, Vec<usize>> {
        &self.by_kind[kind as usize]
    }
}

/// The cards of listed (not former) members in one language (see `render::cards`):
/// list pages share them instead of building and rendering each card again.
pub(crate) struct Listed<'a> {
    pub(crate) cards: Vec<LanguageCard>,
    pub(crate) groups: &'a Groups,
}

/// Puts `cards` into `context` as `members` (the serialised cards) and `members_html`
/// (the marker where their HTML goes: `render::splice`); returns that block.
fn insert_members<'c>(
    context: &mut Context,
    cards: impl Iterator<Item = &'c LanguageCard>,
) -> Block {
    let entries = cards.map(|card| (card.value.clone(), Arc::clone(&card.html)));
    Block::insert(context, ("members", "members_html"), entries)
}

impl Listed<'_> {
    /// The indexes (in card order) of the members with the value `id` of `kind`.
    fn members_with(&self, kind: Kind, id: &str) -> &[usize] {
        self.groups.of(kind).get(id).map_or(&[], Vec::as_slice)
    }

    /// The cards of the members at `indexes`.
    fn picked<'s>(&'s self, indexes: &'s [usize]) -> impl Iterator<Item = &'s LanguageCard> {
        indexes.iter().map(|i| &self.cards[*i])
    }

    /// Every value of `kind`, each once, by label in the language's order (`collation`).
    pub(crate) fn sorted_values(&self, kind: Kind, collation: &Collation) -> Vec<Term> {
        let mut terms: Vec<Term> = self.values(kind).map(|(t, _)| t.clone()).collect();
        terms.sort_by_cached_key(|t| (collation.key(&t.label), t.id.clone()));
        terms
    }

    /// Every value of `kind`, each once, in this language (from the first card that has
    /// it), with the members that have it.
    fn values(&self, kind: Kind) -> impl Iterator<Item = (&Term, &[usize])> {
        self.groups
            .of(kind)
            .iter()
            .filter_map(move |(id, members)| {
                let first = self.cards.get(*members.first()?)?;
                let term = kind.terms(&first.card).iter().find(|t| &t.id == id)?;
                Some((term, members.as_slice()))
            })
    }
}

pub(crate) fn directory(
    site: &Site,
    lang: &str,
    listed: &Listed,
    shared: &Shared,
) -> Result<DataPage, crate::diagnostic::Diagnostic> {
    let collation = Collation::new(lang);
    let filters = Filters {
        countries: listed.sorted_values(Kind::Countries, &collation),
        federations: listed.sorted_values(Kind::Federations, &collation),
        services: listed.sorted_values(Kind::Services, &collation),
        technologies: listed.sorted_values(Kind::Technologies, &collation),
        languages: listed.sorted_values(Kind::Languages, &collation),
    };
    let mut context = Context::new();
    let block = insert_members(&mut context, listed.cards.iter());
    context.insert("filters", &filters);
    context.insert("totals", &shared.totals);
    let map = crate::render::map::view(site, shared, lang);
    let svg = crate::render::map::svg(site, shared, lang, &map, true)?;
    context.insert_value("map", map);
    context.insert_value("map_svg", Value::safe_string(&svg));
    Ok(DataPage {
        template: "members.html",
        section: "members",
        item: None,
        context,
        blocks: vec![block],
    })
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
    let has_country = |code: &str| listed.groups.of(Kind::Countries).contains_key(code);
    let views: Vec<FederationView> = site
        .federations
        .iter()
        .map(|f| {
            let listing = federation_views::Listing {
                member_count: listed
                    .members_with(Kind::Federations, &f.slug)
                    .iter()
                    .filter(|i| card_counts(&listed.cards[**i].card))
                    .count(),
                has_country: &has_country,
            };
            federation_views::view(site, routes, f, lang, &listing)
        })
        .collect();
    let mut pages = Vec::new();
    for (fed, view) in site.federations.iter().zip(&views) {
        if !wanted("federations", Some(&fed.slug)) {
            continue;
        }
        let members = listed.picked(listed.members_with(Kind::Federations, &fed.slug));
        let mut context = Context::new();
        context.insert(
            "json_ld",
            &structured::federation_json_ld(site, routes, fed, lang),
        );
        context.insert("federation", view);
        context.insert("edit_url", &site.config.edit_url(&fed.file));
        let block = insert_members(&mut context, members);
        pages.push(DataPage {
            template: "federation.html",
            section: "federations",
            item: Some(fed.slug.clone()),
            context,
            blocks: vec![block],
        });
    }
    if !wanted("federations", None) {
        return pages;
    }
    let mut context = Context::new();
    context.insert("groups", &federation_groups(site, &views, lang));
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
        blocks: Vec::new(),
    });
    pages
}

/// Federations of one kind of relation, for the federations index: `id` is `members`
/// (counted: `numbers::counts_as_federation`), `parents` or `others` (sisters and
/// observers). Each federation is in exactly one group, by name.
#[derive(Serialize)]
struct FederationGroup<'a> {
    id: &'static str,
    federations: Vec<&'a FederationView>,
}

fn federation_groups<'a>(
    site: &Site,
    views: &'a [FederationView],
    lang: &str,
) -> Vec<FederationGroup<'a>> {
    use crate::content::federation::Relation;
    let group_of = |relation: Relation| {
        if crate::render::numbers::counts_as_federation(relation) {
            "members"
        } else if relation == Relation::Parent {
            "parents"
        } else {
            "others"
        }
    };
    let mut groups: Vec<FederationGroup> = ["members", "parents", "others"]
        .into_iter()
        .map(|id| FederationGroup {
            id,
            federations: Vec::new(),
        })
        .collect();
    for (federation, view) in site.federations.iter().zip(views) {
        let id = group_of(federation.data.relation);
        if let Some(group) = groups.iter_mut().find(|g| g.id == id) {
            group.federations.push(view);
        }
    }
    let collation = Collation::new(lang);
    for group in &mut groups {
        group
            .federations
            .sort_by_cached_key(|v| (collation.key(&v.name), v.slug.clone()));
    }
    groups.retain(|g| !g.federations.is_empty());
    groups
}

/// An index entry: a value and how many members it has.
#[derive(Serialize)]
struct TermCount {
    term: Term,
    count: usize,
}

/// The services, technologies and countries pages that `wanted` selects, and their
/// indexes if selected.
pub(crate) fn term_pages(
    lang: &str,
    listed: &Listed,
    studies: &[StudyItem],
    wanted: &Wanted,
) -> Vec<DataPage> {
    let mut pages = Vec::new();
    let collation = Collation::new(lang);
    let kinds: [(&'static str, Kind); 3] = [
        ("services", Kind::Services),
        ("technologies", Kind::Technologies),
        ("countries", Kind::Countries),
    ];
    for (section, kind) in kinds {
        for (term, members) in listed.values(kind) {
            let item = if section == "countries" {
                term.id.to_ascii_lowercase()
            } else {
                term.id.clone()
            };
            if !wanted(section, Some(&item)) {
                continue;
            }
            let mut context = Context::new();
            context.insert("kind", section);
            context.insert("term", term);
            let block = insert_members(&mut context, listed.picked(members));
            let about: Vec<&StudyItem> = studies
                .iter()
                .filter(|s| {
                    let terms = match kind {
                        Kind::Services => &s.services,
                        Kind::Technologies => &s.technologies,
                        _ => &s.countries,
                    };
                    terms.iter().any(|t| t.id == term.id)
                })
                .collect();
            context.insert("case_studies", &about);
            pages.push(DataPage {
                template: "term.html",
                section,
                item: Some(item),
                context,
                blocks: vec![block],
            });
        }
        if !wanted(section, None) {
            continue;
        }
        let mut index: Vec<TermCount> = listed
            .values(kind)
            .map(|(term, members)| TermCount {
                term: term.clone(),
                count: members.len(),
            })
            .collect();
        index.sort_by_cached_key(|t| (collation.key(&t.term.label), t.term.id.clone()));
        let mut context = Context::new();
        context.insert("kind", section);
        context.insert("terms", &index);
        pages.push(DataPage {
            template: "terms.html",
            section,
            item: None,
            context,
            blocks: Vec::new(),
        });
    }
    pages
}
