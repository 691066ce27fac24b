//! Pages of the federation data, in every language: the member directory and
//! profiles, federations (index with the hierarchy, one page each), and the services,
//! technologies and countries indexes with one page per value.

use rayon::prelude::{IntoParallelIterator, IntoParallelRefIterator, ParallelIterator};
use serde::Serialize;
use tera::Context;

use crate::content::member::Status;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::data_routes::DataRoutes;
use crate::render::federation_views::{self, FederationView};
use crate::render::member_views::{self, MemberCard, Term};
use crate::render::pages::base_context;
use crate::render::views::{Alternate, LanguageLink};
use crate::render::{structured, Shared};
use crate::site::Site;

/// Every data page of every language.
pub fn render(site: &Site, shared: &Shared) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let routes = DataRoutes::new(site, shared);
    let languages: Vec<&str> = site.config.languages().collect();
    let results: Vec<(Vec<OutputFile>, Vec<Diagnostic>)> = languages
        .into_par_iter()
        .map(|lang| render_language(site, shared, &routes, lang))
        .collect();
    let mut outputs: Vec<OutputFile> = site
        .members
        .iter()
        .filter_map(|m| {
            Some(OutputFile::new(
                DataRoutes::logo_path(m)?,
                m.logo_bytes.clone()?,
            ))
        })
        .collect();
    let mut problems = Vec::new();
    for (files, found) in results {
        outputs.extend(files);
        problems.extend(found);
    }
    (outputs, problems)
}

/// One page to render: template, output path, and its own context entries.
struct DataPage {
    template: &'static str,
    section: &'static str,
    item: Option<String>,
    context: Context,
}

fn render_language(
    site: &Site,
    shared: &Shared,
    routes: &DataRoutes,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let cards: Vec<MemberCard> = site
        .members
        .par_iter()
        .map(|m| member_views::card(site, routes, m, lang))
        .collect();
    let listed: Vec<&MemberCard> = site
        .members
        .iter()
        .zip(&cards)
        .filter(|(m, _)| m.data.status != Status::Former)
        .map(|(_, c)| c)
        .collect();
    let mut pages = vec![directory(site, routes, lang, &listed)];
    pages.extend(federation_pages(site, routes, lang, &listed));
    pages.extend(term_pages(site, routes, lang, &listed));
    let mut results: Vec<Result<OutputFile, Diagnostic>> = site
        .members
        .par_iter()
        .map(|m| {
            let profile = member_views::profile(site, routes, m, lang);
            let mut context = Context::new();
            context.insert(
                "json_ld",
                &structured::member_json_ld(site, routes, m, &profile),
            );
            context.insert("member", &profile);
            let page = DataPage {
                template: "member.html",
                section: "members",
                item: Some(m.slug.clone()),
                context,
            };
            render_one(site, shared, routes, lang, page)
        })
        .collect();
    results.extend(
        pages
            .into_par_iter()
            .map(|page| render_one(site, shared, routes, lang, page))
            .collect::<Vec<_>>(),
    );
    let mut outputs = Vec::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(file) => outputs.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    (outputs, problems)
}

fn render_one(
    site: &Site,
    shared: &Shared,
    routes: &DataRoutes,
    lang: &str,
    page: DataPage,
) -> Result<OutputFile, Diagnostic> {
    let path = routes.path(lang, page.section, page.item.as_deref());
    let url = format!("{}{}", shared.base_path, path);
    let mut context = base_context(site, shared, lang, &url);
    let (links, alternates) = uniform_links(
        site,
        shared,
        routes,
        lang,
        page.section,
        page.item.as_deref(),
    );
    context.insert("translations", &links);
    context.insert("alternates", &alternates);
    context.insert("canonical", &routes.permalink(&path));
    context.insert("section", page.section);
    context.extend(page.context);
    let html = site.templates.render(page.template, &context)?;
    Ok(OutputFile::new(format!("{path}index.html"), html))
}

/// Data pages exist, translated, in every language: every language is an alternate.
fn uniform_links(
    site: &Site,
    shared: &Shared,
    routes: &DataRoutes,
    lang: &str,
    section: &'static str,
    item: Option<&str>,
) -> (Vec<LanguageLink>, Vec<Alternate>) {
    let mut links = Vec::new();
    let mut alternates = Vec::new();
    for other in &shared.languages {
        let path = routes.path(&other.lang, section, item);
        alternates.push(Alternate {
            hreflang: other.lang.clone(),
            href: routes.permalink(&path),
        });
        links.push(LanguageLink {
            lang: other.lang.clone(),
            name: other.name.clone(),
            url: format!("{}{path}", shared.base_path),
            is_current: other.lang == lang,
            is_translated: true,
        });
    }
    let default_path = routes.path(site.config.default_language(), section, item);
    alternates.push(Alternate {
        hreflang: "x-default".to_string(),
        href: routes.permalink(&default_path),
    });
    (links, alternates)
}

/// The values offered by the directory's filters.
#[derive(Serialize)]
struct Filters {
    countries: Vec<Term>,
    federations: Vec<Term>,
    services: Vec<Term>,
    technologies: Vec<Term>,
    languages: Vec<Term>,
}

fn directory(site: &Site, routes: &DataRoutes, lang: &str, cards: &[&MemberCard]) -> DataPage {
    let collect = |pick: &TermsOf| -> Vec<Term> {
        let mut terms: Vec<Term> = cards.iter().flat_map(|c| pick(c)).collect();
        terms.sort_by(|a, b| {
            a.label
                .to_lowercase()
                .cmp(&b.label.to_lowercase())
                .then_with(|| a.id.cmp(&b.id))
        });
        terms.dedup_by(|a, b| a.id == b.id);
        terms
    };
    let filters = Filters {
        countries: collect(&|c| vec![c.country.clone()]),
        federations: collect(&|c| c.federations.clone()),
        services: collect(&|c| c.services.clone()),
        technologies: collect(&|c| c.technologies.clone()),
        languages: collect(&|c| c.languages.clone()),
    };
    let mut context = Context::new();
    context.insert("members", cards);
    context.insert("filters", &filters);
    context.insert("totals", &totals(site));
    context.insert("map", &crate::render::map::view(site, routes, lang));
    DataPage {
        template: "members.html",
        section: "members",
        item: None,
        context,
    }
}

/// Headline numbers for the home page and directory.
#[derive(Debug, Clone, Serialize)]
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

fn federation_pages(
    site: &Site,
    routes: &DataRoutes,
    lang: &str,
    cards: &[&MemberCard],
) -> Vec<DataPage> {
    let views: Vec<FederationView> = site
        .federations
        .iter()
        .map(|f| federation_views::view(site, routes, f, lang, cards))
        .collect();
    let mut pages = Vec::new();
    for (fed, view) in site.federations.iter().zip(&views) {
        let members: Vec<&MemberCard> = cards
            .iter()
            .copied()
            .filter(|c| c.federations.iter().any(|t| t.id == fed.slug))
            .collect();
        let mut context = Context::new();
        context.insert(
            "json_ld",
            &structured::federation_json_ld(site, routes, fed, lang),
        );
        context.insert("federation", view);
        context.insert("members", &members);
        pages.push(DataPage {
            template: "federation.html",
            section: "federations",
            item: Some(fed.slug.clone()),
            context,
        });
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
type TermsOf = dyn Fn(&MemberCard) -> Vec<Term>;

/// An index entry: a value and how many members it has.
#[derive(Serialize)]
struct TermCount {
    term: Term,
    count: usize,
}

fn term_pages(
    site: &Site,
    routes: &DataRoutes,
    lang: &str,
    cards: &[&MemberCard],
) -> Vec<DataPage> {
    let mut pages = Vec::new();
    let kinds: [(&'static str, &TermsOf); 3] = [
        ("services", &|c| c.services.clone()),
        ("technologies", &|c| c.technologies.clone()),
        ("countries", &|c| vec![c.country.clone()]),
    ];
    for (section, pick) in kinds {
        let mut groups: std::collections::BTreeMap<String, (Term, Vec<&MemberCard>)> =
            Default::default();
        for card in cards {
            for term in pick(card) {
                groups
                    .entry(term.id.clone())
                    .or_insert_with(|| (term.clone(), Vec::new()))
                    .1
                    .push(card);
            }
        }
        let mut index: Vec<TermCount> = groups
            .values()
            .map(|(term, members)| TermCount {
                term: term.clone(),
                count: members.len(),
            })
            .collect();
        index.sort_by(|a, b| {
            a.term
                .label
                .to_lowercase()
                .cmp(&b.term.label.to_lowercase())
        });
        for (id, (term, members)) in groups {
            let mut context = Context::new();
            context.insert("kind", section);
            context.insert("term", &term);
            context.insert("members", &members);
            let item = if section == "countries" {
                id.to_ascii_lowercase()
            } else {
                id
            };
            pages.push(DataPage {
                template: "term.html",
                section,
                item: Some(item),
                context,
            });
        }
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
    let _ = (site, routes, lang);
    pages
}
