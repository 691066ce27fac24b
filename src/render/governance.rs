//! The governance page and working-group pages, from `content/people/` and
//! `content/working-groups/`: the page whose front matter says
//! `template = "governance.html"` gets the people by role and the working groups, and
//! each group gets a page below it (`<governance page>/<group slug>/`), in every
//! language that page has.
//!
//! Only published people (`Person::is_published`) are ever turned into a view: the
//! others are skipped here, so no template can show them. Photos are published as
//! `people/<slug>.<ext>` for published people only.

use std::collections::BTreeSet;

use serde::Serialize;
use tera::Context;

use crate::content::member::localized;
use crate::content::people::{Person, WorkingGroup};
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::member_views::{matrix_to, vocabulary_term, Term};
use crate::render::pages::base_context;
use crate::render::routes::PageRoute;
use crate::render::views::{language_links, Alternate, LanguageLink};
use crate::render::Shared;
use crate::site::Site;

/// The template that turns a page into the governance page.
pub const TEMPLATE: &str = "governance.html";
/// The template of each working group's page.
const GROUP_TEMPLATE: &str = "working-group.html";
/// Roles shown first, in this order; other roles a site defines follow by id.
const ROLE_ORDER: [&str; 5] = [
    "council-member",
    "delegate",
    "finance-committee",
    "secretariat",
    "convenor",
];

/// One published person, as templates see them.
#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub slug: String,
    pub name: String,
    pub pronouns: Option<String>,
    pub roles: Vec<Term>,
    pub coop: Option<Term>,
    pub federation: Option<Term>,
    pub languages: Vec<Term>,
    pub matrix: Option<String>,
    pub matrix_url: Option<String>,
    /// Only when the person agreed to publish it.
    pub email: Option<String>,
    pub photo_url: Option<String>,
}

/// A role and the published people who hold it.
#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    pub role: Term,
    pub people: Vec<PersonView>,
}

/// One working group.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub slug: String,
    pub name: String,
    pub name_lang: String,
    pub purpose: String,
    pub purpose_lang: String,
    pub url: String,
    pub matrix: Option<String>,
    pub matrix_url: Option<String>,
    pub loomio: Option<String>,
    /// Published members only.
    pub members: Vec<PersonView>,
}

/// Adds `roles` and `working_groups` to the governance page's context; `page_path` is
/// its route's path (groups' pages are below it).
pub fn extend(site: &Site, shared: &Shared, lang: &str, page_path: &str, context: &mut Context) {
    context.insert("roles", &roles(site, shared, lang));
    context.insert("working_groups", &groups(site, shared, lang, page_path));
}

fn person(site: &Site, shared: &Shared, lang: &str, p: &Person) -> PersonView {
    let d = &p.data;
    let routes = &shared.data_routes;
    let coop = d.member.as_ref().and_then(|slug| {
        let member = site.members.iter().find(|m| &m.slug == slug.get_ref())?;
        Some(Term {
            id: member.slug.clone(),
            label: member.data.name.clone(),
            url: Some(routes.member_url(lang, &member.slug)),
        })
    });
    PersonView {
        slug: p.slug.clone(),
        name: d.name.clone(),
        pronouns: d.pronouns.clone(),
        roles: d
            .roles
            .iter()
            .map(|r| vocabulary_term(site, lang, "role", r.get_ref()))
            .collect(),
        coop,
        federation: d
            .federation
            .as_ref()
            .filter(|f| {
                site.federations
                    .iter()
                    .any(|known| &known.slug == f.get_ref())
            })
            .map(|f| routes.federation(site, lang, f.get_ref())),
        languages: d
            .languages
            .iter()
            .map(|l| vocabulary_term(site, lang, "language", l))
            .collect(),
        matrix: d.matrix.as_ref().map(|m| m.get_ref().clone()),
        matrix_url: d.matrix.as_ref().map(|m| matrix_to(m.get_ref())),
        email: p.public_email().map(str::to_string),
        photo_url: photo_path(p).map(|path| format!("{}{path}", shared.base_path)),
    }
}

/// Where a published person's photo is published (its type decides the extension).
fn photo_path(p: &Person) -> Option<String> {
    let photo = p.photo.as_ref().filter(|_| p.is_published())?;
    Some(format!("people/{}.{}", p.slug, photo.kind.extension()))
}

/// Published people grouped by role, roles in `ROLE_ORDER` then by id, people by name.
fn roles(site: &Site, shared: &Shared, lang: &str) -> Vec<RoleView> {
    let published: Vec<&Person> = site
        .people
        .persons
        .iter()
        .filter(|p| p.is_published())
        .collect();
    let mut ids: Vec<&str> = published
        .iter()
        .flat_map(|p| p.data.roles.iter().map(|r| r.get_ref().as_str()))
        .collect();
    let rank = |id: &str| {
        ROLE_ORDER
            .iter()
            .position(|r| *r == id)
            .unwrap_or(ROLE_ORDER.len())
    };
    ids.sort_by(|a, b| (rank(a), *a).cmp(&(rank(b), *b)));
    ids.dedup();
    ids.into_iter()
        .map(|id| {
            let mut people: Vec<PersonView> = published
                .iter()
                .filter(|p| p.data.roles.iter().any(|r| r.get_ref() == id))
                .map(|p| person(site, shared, lang, p))
                .collect();
            people.sort_by(|a, b| a.name.cmp(&b.name));
            RoleView {
                role: vocabulary_term(site, lang, "role", id),
                people,
            }
        })
        .collect()
}

fn groups(site: &Site, shared: &Shared, lang: &str, page_path: &str) -> Vec<GroupView> {
    let fallbacks = site.config.fallback_order();
    site.people
        .groups
        .iter()
        .filter(|g| g.shape.is_sound())
        .filter_map(|g| group(site, shared, lang, page_path, g, &fallbacks))
        .collect()
}

fn group(
    site: &Site,
    shared: &Shared,
    lang: &str,
    page_path: &str,
    g: &WorkingGroup,
    fallbacks: &[&str],
) -> Option<GroupView> {
    let d = &g.data;
    let (name, name_lang) = localized(d.name.get_ref(), lang, fallbacks)?;
    let (purpose, purpose_lang) = localized(d.purpose.get_ref(), lang, fallbacks)?;
    Some(GroupView {
        slug: g.slug.clone(),
        name: name.to_string(),
        name_lang: name_lang.to_string(),
        purpose: purpose.to_string(),
        purpose_lang: purpose_lang.to_string(),
        url: format!("{}{page_path}{}/", shared.base_path, g.slug),
        matrix: d.matrix.as_ref().map(|m| m.get_ref().clone()),
        matrix_url: d.matrix.as_ref().map(|m| matrix_to(m.get_ref())),
        loomio: d.loomio.as_ref().map(|l| l.get_ref().clone()),
        members: d
            .members
            .iter()
            .filter_map(|slug| site.people.published(slug.get_ref()))
            .map(|p| person(site, shared, lang, p))
            .collect(),
    })
}

/// Every working group's page below every governance page, and published photos.
pub fn render(site: &Site, shared: &Shared) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let mut outputs: Vec<OutputFile> = site
        .people
        .persons
        .iter()
        .filter_map(|p| {
            Some(OutputFile::new(
                photo_path(p)?,
                p.photo.as_ref()?.bytes.clone(),
            ))
        })
        .collect();
    let mut problems = Vec::new();
    for (key, lang, route) in governance_routes(site) {
        let page_url = format!("{}{}", shared.base_path, route.path);
        for view in groups(site, shared, lang, &route.path) {
            let mut context = base_context(site, shared, lang, &view.url);
            let (links, alternates) = group_links(site, shared, key, lang, &view.slug);
            context.insert("translations", &links);
            context.insert("alternates", &alternates);
            context.insert(
                "canonical",
                &format!("{}{}{}/", shared.base_url, route.path, view.slug),
            );
            context.insert("governance_url", &page_url);
            context.insert("group", &view);
            match site.templates.render(GROUP_TEMPLATE, &context) {
                Ok(html) => outputs.push(OutputFile::new(
                    format!("{}{}/index.html", route.path, view.slug),
                    html,
                )),
                Err(problem) => problems.push(problem),
            }
        }
    }
    (outputs, problems)
}

/// `(key, language, route)` of every page that uses the governance template.
fn governance_routes(site: &Site) -> impl Iterator<Item = (&str, &str, &PageRoute)> {
    site.routes.iter().filter(|(_, _, route)| {
        site.content.pages[route.page].front.template.as_deref() == Some(TEMPLATE)
    })
}

/// The paths of the governance pages: serve renders everything when they change.
pub fn page_paths(site: &Site) -> BTreeSet<String> {
    governance_routes(site)
        .map(|(_, _, r)| r.path.clone())
        .collect()
}

/// A group page's language switcher and alternates: its governance page's, one level
/// down (every language has the group, in its own words or its fallback's).
fn group_links(
    site: &Site,
    shared: &Shared,
    key: &str,
    lang: &str,
    slug: &str,
) -> (Vec<LanguageLink>, Vec<Alternate>) {
    let (mut links, mut alternates) = language_links(site, shared, key, lang);
    for link in &mut links {
        link.url = format!("{}{slug}/", link.url);
    }
    for alternate in &mut alternates {
        alternate.href = format!("{}{slug}/", alternate.href);
    }
    (links, alternates)
}

/// Sitemap entries of the group pages below governance pages in their own language:
/// `(URL, alternates)`.
pub fn sitemap_entries(site: &Site, shared: &Shared) -> Vec<(String, Vec<Alternate>)> {
    let mut entries = Vec::new();
    for (key, lang, route) in governance_routes(site).filter(|(_, _, r)| !r.is_fallback) {
        for group in site.people.groups.iter().filter(|g| g.shape.is_sound()) {
            let (_, alternates) = group_links(site, shared, key, lang, &group.slug);
            entries.push((
                format!("{}{}{}/", shared.base_url, route.path, group.slug),
                alternates,
            ));
        }
    }
    entries
}

/// How many group pages `render` writes (for the progress line's total).
pub fn page_count(site: &Site) -> usize {
    let groups = site
        .people
        .groups
        .iter()
        .filter(|g| g.shape.is_sound())
        .count();
    governance_routes(site).count() * groups
}

/// Whether a published person names one of the co-ops `slugs`: the governance pages
/// show its name, so serve renders everything after an edit of it.
pub fn names_any_member(site: &Site, slugs: &BTreeSet<String>) -> bool {
    site.people.persons.iter().any(|p| {
        p.is_published()
            && p.data
                .member
                .as_ref()
                .is_some_and(|m| slugs.contains(m.get_ref()))
    })
}
