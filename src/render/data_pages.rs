//! Pages of the federation data, in every language: the member directory and
//! profiles, federations (index with the hierarchy, one page each), and the services,
//! technologies and countries indexes with one page per value.

use std::sync::Arc;

use rayon::prelude::{
    IndexedParallelIterator, IntoParallelIterator, IntoParallelRefIterator, ParallelIterator,
};
use tera::Context;

use crate::content::member::{Member, Status};
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::cards::{self, Card, LanguageCard};
use crate::render::case_studies::StudyItem;
use crate::render::data_routes::DataRoutes;
use crate::render::list_pages::{directory, federation_pages, term_pages, Groups, Listed};
use crate::render::member_views;
use crate::render::pages::base_context;
use crate::render::splice::{self, Block};
use crate::render::views::{Alternate, LanguageLink};
use crate::render::{structured, Shared};
use crate::site::Site;

/// Every data page of every language, handed to `emit` one language at a time (the
/// logos first): what a full build does.
pub fn render_each(
    site: &Site,
    shared: &Shared,
    emit: &mut dyn FnMut(Vec<OutputFile>),
) -> Vec<Diagnostic> {
    let (cards, groups) = match all_cards(site, shared) {
        Ok(built) => built,
        Err(problem) => return vec![problem],
    };
    emit(logos(site, &Selection::All));
    let mut problems = Vec::new();
    for (lang, cards) in site.config.languages().zip(cards) {
        let listed = Listed {
            cards,
            groups: &groups,
        };
        let (outputs, found) = render_language(
            site,
            shared,
            &shared.data_routes,
            lang,
            &listed,
            &Selection::All,
        );
        emit(outputs);
        problems.extend(found);
    }
    problems
}

/// Which data pages to render: all, or only some `(section, item)` pages (in every
/// language) and the logos of some members. Serve uses the latter after a member edit;
/// both go through the same code, so a partial render equals the full one page for page.
pub enum Selection {
    All,
    Only {
        pages: std::collections::BTreeSet<(&'static str, Option<String>)>,
        logos: std::collections::BTreeSet<String>,
    },
}

impl Selection {
    fn page(&self, section: &'static str, item: Option<&str>) -> bool {
        match self {
            Selection::All => true,
            Selection::Only { pages, .. } => pages.contains(&(section, item.map(str::to_string))),
        }
    }

    /// The members whose profile is selected, in member order: a partial render looks
    /// up its few pages instead of asking for each of thousands of members.
    fn members<'a>(&self, site: &'a Site) -> Vec<&'a Arc<Member>> {
        match self {
            Selection::All => site.members.iter().collect(),
            Selection::Only { pages, .. } => pages
                .iter()
                .filter(|(section, _)| *section == "members")
                .filter_map(|(_, slug)| {
                    let slug = slug.as_deref()?;
                    let at = site
                        .members
                        .binary_search_by(|m| m.slug.as_str().cmp(slug))
                        .ok()?;
                    site.members.get(at)
                })
                .collect(),
        }
    }

    fn logo(&self, slug: &str) -> bool {
        match self {
            Selection::All => true,
            Selection::Only { logos, .. } => logos.contains(slug),
        }
    }
}

/// The selected data pages of every language, and the selected logos.
pub fn render_selected(
    site: &Site,
    shared: &Shared,
    selection: &Selection,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let routes = &shared.data_routes;
    let languages: Vec<&str> = site.config.languages().collect();
    let (cards, groups) = match all_cards(site, shared) {
        Ok(built) => built,
        Err(problem) => return (Vec::new(), vec![problem]),
    };
    let results: Vec<(Vec<OutputFile>, Vec<Diagnostic>)> = languages
        .into_par_iter()
        .zip(cards.into_par_iter())
        .map(|(lang, cards)| {
            let listed = Listed {
                cards,
                groups: &groups,
            };
            render_language(site, shared, routes, lang, &listed, selection)
        })
        .collect();
    let mut outputs = logos(site, selection);
    let mut problems = Vec::new();
    for (files, found) in results {
        outputs.extend(files);
        problems.extend(found);
    }
    (outputs, problems)
}

/// Per language (in configured order), the cards of listed members.
type CardsByLanguage = Vec<Vec<LanguageCard>>;

/// The cards of every language and the grouping of members by value they share.
fn all_cards(site: &Site, shared: &Shared) -> Result<(CardsByLanguage, Groups), Diagnostic> {
    let languages: Vec<&str> = site.config.languages().collect();
    let by_member: Vec<Arc<Vec<Card>>> = site
        .members
        .par_iter()
        .filter(|m| m.data.status != Status::Former)
        .map(|m| cards::cards(site, shared, m, &languages))
        .collect::<Result<_, _>>()?;
    let of_language = |index: usize| -> Vec<LanguageCard> {
        by_member
            .iter()
            .map(|all| LanguageCard::new(Arc::clone(all), index))
            .collect()
    };
    let first = of_language(0);
    // Grouping thousands of cards by value takes as long as the other languages' lists.
    let (groups, others) = rayon::join(
        || Groups::new(&first),
        || (1..languages.len()).map(of_language).collect::<Vec<_>>(),
    );
    let mut cards: CardsByLanguage = vec![first];
    cards.extend(others);
    Ok((cards, groups))
}

/// The selected members' logos, published once for all languages.
fn logos(site: &Site, selection: &Selection) -> Vec<OutputFile> {
    site.members
        .iter()
        .filter(|m| selection.logo(&m.slug))
        .filter_map(|m| {
            Some(OutputFile::new(
                DataRoutes::logo_path(m)?,
                m.logo_bytes.clone()?,
            ))
        })
        .collect()
}

/// One page to render: template, output path, and its own context entries.
pub(crate) struct DataPage {
    pub(crate) template: &'static str,
    pub(crate) section: &'static str,
    pub(crate) item: Option<String>,
    pub(crate) context: Context,
    /// Lists of remembered HTML put in after the template ran (`render::splice`).
    pub(crate) blocks: Vec<Block>,
}

/// A service's label as it reads mid-sentence (`service-<id>.inline`, "web
/// development"), when the language gives one: the term page's title puts it inside a
/// sentence, where the label's capital ("Web development") would be wrong.
fn with_inline_label(site: &Site, lang: &str, mut page: DataPage) -> DataPage {
    if let (true, Some(id)) = (page.section == "services", &page.item) {
        if let Ok(inline) = site.i18n.format(lang, &format!("service-{id}.inline"), &[]) {
            page.context.insert("term_inline", &inline);
        }
    }
    page
}

fn render_language(
    site: &Site,
    shared: &Shared,
    routes: &DataRoutes,
    lang: &str,
    listed: &Listed,
    selection: &Selection,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let wanted = |section: &'static str, item: Option<&str>| selection.page(section, item);
    let mut pages = Vec::new();
    if wanted("members", None) {
        match directory(site, lang, listed, shared) {
            Ok(page) => pages.push(page),
            Err(problem) => return (Vec::new(), vec![problem]),
        }
    }
    let studies = crate::render::case_studies::items(site, shared, lang);
    if wanted("hire", None) {
        match crate::render::hire::page(site, shared, lang, listed, &studies) {
            Ok(page) => pages.push(page),
            Err(problem) => return (Vec::new(), vec![problem]),
        }
    }
    pages.extend(federation_pages(site, routes, lang, listed, &wanted));
    pages.extend(
        term_pages(lang, listed, &studies, &wanted)
            .into_iter()
            .map(|page| with_inline_label(site, lang, page)),
    );
    let mut results: Vec<Result<OutputFile, Diagnostic>> = selection
        .members(site)
        .into_par_iter()
        .map(|m| {
            let profile = member_views::profile(site, routes, m, lang);
            let mut context = Context::new();
            context.insert(
                "json_ld",
                &structured::member_json_ld(site, routes, m, &profile),
            );
            context.insert("member", &profile);
            let own: Vec<&StudyItem> = studies
                .iter()
                .filter(|s| s.coops.iter().any(|c| c.slug == m.slug))
                .collect();
            context.insert("case_studies", &own);
            context.insert(
                "available_from",
                &crate::render::hire::available_from(site, m, lang),
            );
            match &m.origin {
                None => context.insert("edit_url", &site.config.edit_url(&m.file)),
                // An imported co-op's own page is on the site that lists it.
                Some(origin) => {
                    if let Some(source) = origin.canonical(lang) {
                        context.insert("canonical", source);
                    }
                }
            }
            let page = DataPage {
                template: "member.html",
                section: "members",
                item: Some(m.slug.clone()),
                context,
                blocks: Vec::new(),
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
    let html = splice::fill(
        site.templates.render(page.template, &context)?,
        &page.blocks,
    );
    Ok(OutputFile::new(format!("{path}index.html"), html))
}

/// Data pages exist, translated, in every language: every language is an alternate.
pub(crate) fn uniform_links(
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

/// Every data page as `(section, item)`, the same in each language: for the sitemap.
/// Term pages exist for values used by listed (not former) members.
pub fn page_ids(site: &Site) -> Vec<(&'static str, Option<String>)> {
    let listed: Vec<_> = site
        .members
        .iter()
        .filter(|m| m.data.status != Status::Former)
        .collect();
    let mut terms: std::collections::BTreeSet<(&'static str, String)> = Default::default();
    for m in &listed {
        terms.extend(
            m.data
                .services
                .iter()
                .map(|s| ("services", s.get_ref().clone())),
        );
        terms.extend(m.data.technologies.iter().map(|t| {
            (
                "technologies",
                crate::render::data_routes::technology_slug(t),
            )
        }));
        terms.insert(("countries", m.data.country.get_ref().to_ascii_lowercase()));
    }
    let mut ids: Vec<(&'static str, Option<String>)> = crate::render::data_routes::DATA_SECTIONS
        .iter()
        .map(|s| (*s, None))
        .collect();
    ids.extend(
        site.members
            .iter()
            .map(|m| ("members", Some(m.slug.clone()))),
    );
    ids.extend(
        site.federations
            .iter()
            .map(|f| ("federations", Some(f.slug.clone()))),
    );
    ids.extend(terms.into_iter().map(|(section, id)| (section, Some(id))));
    ids
}
