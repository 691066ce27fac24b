//! Context entries of the site's frame (header and footer) that every HTML page shares
//! beyond menus: the federations listed in the footer.
//!
//! Kept apart from `pages::base_context` so themes' needs grow here, not there.

use serde::Serialize;
use tera::Context;

use crate::render::numbers::counts_as_federation;
use crate::render::routes::join_path;
use crate::render::Shared;
use crate::site::Site;

/// A federation linked from the footer.
#[derive(Debug, Clone, Serialize)]
pub struct FederationLink {
    pub name: String,
    pub short_name: Option<String>,
    pub url: String,
}

/// Adds `footer_federations` (member and forming federations, by name),
/// `calendar_url` (the language's iCalendar of all events), `hire_url` (the hire
/// page), `case_studies_url` (the case studies index, if the site has one) and an
/// empty `edit_url`.
pub fn extend(site: &Site, shared: &Shared, lang: &str, context: &mut Context) {
    let segment = site.config.segment(lang, "federations");
    let mut links: Vec<FederationLink> = site
        .federations
        .iter()
        .filter(|f| counts_as_federation(f.data.relation))
        .map(|f| FederationLink {
            name: f.name(lang).to_string(),
            short_name: f.data.short_name.clone(),
            url: format!(
                "{}{}",
                shared.base_path,
                join_path(
                    site.config.default_language(),
                    lang,
                    &[segment.to_string(), f.slug.clone()]
                )
            ),
        })
        .collect();
    links.sort_by(|a, b| a.name.cmp(&b.name));
    context.insert("footer_federations", &links);
    context.insert(
        "calendar_url",
        &crate::render::calendar::calendar_url(site, shared, lang),
    );
    context.insert("hire_url", &shared.data_routes.url(lang, "hire", None));
    let studies = site.routes.get(crate::content::case_study::SECTION, lang);
    let studies_url = studies.map(|r| format!("{}{}", shared.base_path, r.path));
    context.insert("case_studies_url", &studies_url);
    // Pages made from one source file (content pages, member profiles) replace it with
    // that file's "edit this page" address (site.toml `repository`).
    context.insert("edit_url", &None::<String>);
}
