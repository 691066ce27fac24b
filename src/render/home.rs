//! What the home page adds to a page's context: the newest news, the next events, the
//! members map and links to the sections it invites visitors into.
//!
//! Only the home page (the root section) gets these, so other pages pay nothing.
//! Pure: reads the `Site`, returns nothing but context entries.

use tera::Context;

use crate::diagnostic::Diagnostic;
use crate::render::data_routes::DataRoutes;
use crate::render::events::{self, EventItem};
use crate::render::news::{self, NewsItem};
use crate::render::pages::resolve_link;
use crate::render::{map, Shared};
use crate::site::Site;

/// How many posts and events the home page shows.
pub const LIST_SIZE: usize = 3;

/// The page a "join us" call links to, unless `[extra] join_page` names another.
const JOIN_PAGE: &str = "join.md";

/// Adds `latest_news`, `upcoming_events`, `map`, `map_svg` and `home_links` to the
/// home context.
pub fn extend(
    site: &Site,
    shared: &Shared,
    lang: &str,
    context: &mut Context,
) -> Result<(), Diagnostic> {
    let latest: Vec<NewsItem> = news::posts(site, shared, lang)
        .into_iter()
        .take(LIST_SIZE)
        .collect();
    let upcoming: Vec<EventItem> = events::entries(site, lang)
        .iter()
        .filter(|e| !events::is_past(site, e))
        .take(LIST_SIZE)
        .map(|e| events::list_item(shared, e))
        .collect();
    let routes = &shared.data_routes;
    context.insert("latest_news", &latest);
    context.insert("upcoming_events", &upcoming);
    let view = map::view(site, shared, lang);
    let svg = map::svg(site, shared, lang, &view, false)?;
    context.insert_value("map", view);
    context.insert_value("map_svg", tera::Value::safe_string(&svg));
    context.insert("home_links", &links(site, shared, routes, lang));
    Ok(())
}

/// Section links for the home page's calls to action (absent pages are `None`).
#[derive(serde::Serialize)]
struct HomeLinks {
    members: String,
    federations: String,
    news: Option<String>,
    events: Option<String>,
    join: Option<String>,
}

fn links(site: &Site, shared: &Shared, routes: &DataRoutes, lang: &str) -> HomeLinks {
    let join_page = site
        .config
        .extra
        .get("join_page")
        .and_then(|v| v.as_str())
        .unwrap_or(JOIN_PAGE);
    let page = |path: &str| resolve_link(site, shared, path, lang).filter(|u| !u.is_empty());
    HomeLinks {
        members: routes.url(lang, "members", None),
        federations: routes.url(lang, "federations", None),
        news: page("news/_index.md"),
        events: page("events/_index.md"),
        join: page(join_page),
    }
}
