//! The search page of each language (`search.html`): a form, the place for results,
//! and the index's URL for `search.js`. Without JavaScript it says that searching
//! needs it and points to the pages that list everything.

use tera::Context;

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::data_pages::uniform_links;
use crate::render::pages::base_context;
use crate::render::search::{index_path, page_path, SECTION};
use crate::render::Shared;
use crate::site::Site;

/// The template of the search page.
pub const TEMPLATE: &str = "search.html";

/// The search page of every language; none when the theme has no `search.html`.
pub fn render(site: &Site, shared: &Shared) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let mut outputs = Vec::new();
    let mut problems = Vec::new();
    if !site.templates.has(TEMPLATE) {
        return (outputs, problems);
    }
    for lang in site.config.languages() {
        match render_one(site, shared, lang) {
            Ok(output) => outputs.push(output),
            Err(problem) => problems.push(problem),
        }
    }
    (outputs, problems)
}

fn render_one(site: &Site, shared: &Shared, lang: &str) -> Result<OutputFile, Diagnostic> {
    let routes = &shared.data_routes;
    let path = page_path(site, lang);
    let url = format!("{}{path}", shared.base_path);
    let mut context: Context = base_context(site, shared, lang, &url);
    let (links, alternates) = uniform_links(site, shared, routes, lang, SECTION, None);
    context.insert("translations", &links);
    context.insert("alternates", &alternates);
    context.insert("canonical", &routes.permalink(&path));
    context.insert("section", SECTION);
    context.insert(
        "search_index_url",
        &format!("{}{}", shared.base_path, index_path(site, lang)),
    );
    context.insert("members_url", &routes.url(lang, "members", None));
    let html = site.templates.render(TEMPLATE, &context)?;
    Ok(OutputFile::new(format!("{path}index.html"), html))
}
