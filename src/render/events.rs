//! Events: the `/events/` section (upcoming, then past, relative to `Site::now`) and
//! each event page with its dates, place, organisers, JSON-LD `Event`, h-event markup
//! (in the template) and its own `event.ics` beside the page.
//!
//! The `[event]` table of the file shown is used, else the original's, so translations
//! need not repeat it. Invalid events are reported by `content::event::check` and left
//! out here. Pure: returns outputs, writes nothing.

use serde::Serialize;
use serde_json::{json, Value};

use crate::content::event::{EventInfo, EventTimes};
use crate::content::Page;
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::pages::{self, Prepared};
use crate::render::routes::{join_path, PageRoute};
use crate::render::{calendar, Shared};
use crate::site::Site;

/// One event as shown in one language.
pub struct EventEntry<'a> {
    pub key: &'a str,
    /// The file shown (a translation, or the original on a fallback page).
    pub page: &'a Page,
    pub route: &'a PageRoute,
    pub info: &'a EventInfo,
    pub times: EventTimes,
}

/// A link to an organising federation.
#[derive(Debug, Clone, Serialize)]
pub struct Organiser {
    pub slug: String,
    pub name: String,
    pub url: String,
}

/// An event in the upcoming or past list.
#[derive(Debug, Clone, Serialize)]
pub struct EventItem<'a> {
    pub title: &'a str,
    pub url: String,
    pub start: String,
    pub end: Option<String>,
    pub location: Option<&'a str>,
    pub city: Option<&'a str>,
    pub is_online: bool,
    pub summary: Option<String>,
    pub content_lang: &'a str,
    pub is_fallback: bool,
}

/// The `event` an event page's template sees.
#[derive(Debug, Clone, Serialize)]
pub struct EventView<'a> {
    pub start: String,
    pub end: Option<String>,
    pub is_all_day: bool,
    pub is_past: bool,
    pub location: Option<&'a str>,
    pub address: Option<&'a str>,
    pub city: Option<&'a str>,
    pub online_url: Option<&'a str>,
    pub organisers: Vec<Organiser>,
    /// This event's `.ics`, and the language's calendar of all events.
    pub ics_url: String,
    pub calendar_url: String,
    /// schema.org `Event`, for `{{ event.json_ld | json | safe }}`.
    pub json_ld: Value,
}

/// The event behind `key` in `lang`, if it is valid.
pub fn entry<'a>(site: &'a Site, key: &'a str, lang: &str) -> Option<EventEntry<'a>> {
    let route = site.routes.get(key, lang)?;
    let page = &site.content.pages[route.page];
    let info = page.front.event.as_ref().or_else(|| {
        let original = site.routes.original(key)?;
        site.content.pages[original.page].front.event.as_ref()
    })?;
    Some(EventEntry {
        key,
        page,
        route,
        info,
        times: info.times()?,
    })
}

/// Every valid event in `lang`, by start time (then key).
pub fn entries<'a>(site: &'a Site, lang: &str) -> Vec<EventEntry<'a>> {
    let mut all: Vec<EventEntry> = site
        .routes
        .children(crate::content::event::SECTION)
        .filter_map(|key| entry(site, key, lang))
        .collect();
    all.sort_by_key(|e| (e.times.start.unix(), e.key));
    all
}

/// Whether the event is over at the build's `now`.
pub fn is_past(site: &Site, event: &EventEntry) -> bool {
    event.times.over_at() <= site.now.unix()
}

/// Renders the events section with `upcoming` (soonest first) and `past` (latest first).
pub fn render_list(
    site: &Site,
    shared: &Shared,
    mut prepared: Prepared,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let (mut past, upcoming): (Vec<EventEntry>, Vec<EventEntry>) = entries(site, lang)
        .into_iter()
        .partition(|e| is_past(site, e));
    past.reverse();
    let upcoming: Vec<EventItem> = upcoming.iter().map(|e| list_item(shared, e)).collect();
    let past: Vec<EventItem> = past.iter().map(|e| list_item(shared, e)).collect();
    prepared.context.insert("upcoming", &upcoming);
    prepared.context.insert("past", &past);
    prepared
        .context
        .insert("calendar_url", &calendar::calendar_url(site, shared, lang));
    pages::finish(site, prepared)
}

pub(crate) fn list_item<'a>(shared: &Shared, e: &EventEntry<'a>) -> EventItem<'a> {
    EventItem {
        title: &e.page.front.title,
        url: format!("{}{}", shared.base_path, e.route.path),
        start: e.times.start.to_string(),
        end: e.times.end.map(|m| m.to_string()),
        location: e.info.location.as_deref(),
        city: e.info.city.as_deref(),
        is_online: e.info.online_url.is_some(),
        summary: e.page.summary().map(str::to_string),
        content_lang: &e.page.lang,
        is_fallback: e.route.is_fallback,
    }
}

/// Renders one event page and its `event.ics`.
pub fn render_event(
    site: &Site,
    shared: &Shared,
    mut prepared: Prepared,
    lang: &str,
) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let key = prepared.page.key.as_str();
    let Some(event) = entry(site, key, lang) else {
        return pages::finish(site, prepared);
    };
    let view = view(site, shared, &event, lang);
    prepared.context.insert("event", &view);
    let ics = calendar::single(site, shared, &event, lang);
    let (mut outputs, problems) = pages::finish(site, prepared);
    outputs.push(OutputFile::new(
        format!("{}{}", event.route.path, calendar::EVENT_FILE),
        ics,
    ));
    (outputs, problems)
}

fn view<'a>(site: &Site, shared: &Shared, event: &EventEntry<'a>, lang: &str) -> EventView<'a> {
    let organisers: Vec<Organiser> = event
        .info
        .organisers
        .iter()
        .map(|slug| organiser(site, shared, slug, lang))
        .collect();
    let url = format!("{}{}", shared.base_path, event.route.path);
    EventView {
        start: event.times.start.to_string(),
        end: event.times.end.map(|m| m.to_string()),
        is_all_day: event.times.start.is_all_day(),
        is_past: is_past(site, event),
        location: event.info.location.as_deref(),
        address: event.info.address.as_deref(),
        city: event.info.city.as_deref(),
        online_url: event.info.online_url.as_deref(),
        json_ld: json_ld(shared, event, &organisers),
        organisers,
        ics_url: format!("{url}{}", calendar::EVENT_FILE),
        calendar_url: calendar::calendar_url(site, shared, lang),
    }
}

/// An organising federation: its page in `lang` (named by its slug until federation
/// data is loaded into `Site`).
fn organiser(site: &Site, shared: &Shared, slug: &str, lang: &str) -> Organiser {
    let segments = [
        site.config.segment(lang, "federations").to_string(),
        slug.to_string(),
    ];
    let name = site
        .federations
        .iter()
        .find(|f| f.slug == slug)
        .map_or(slug, |f| f.name(lang));
    Organiser {
        slug: slug.to_string(),
        name: name.to_string(),
        url: format!(
            "{}{}",
            shared.base_url,
            join_path(site.config.default_language(), lang, &segments)
        ),
    }
}

/// schema.org `Event` for search engines and calendars.
fn json_ld(shared: &Shared, event: &EventEntry, organisers: &[Organiser]) -> Value {
    let info = event.info;
    let mut locations = Vec::new();
    if info.location.is_some() || info.address.is_some() {
        locations.push(without_nulls(json!({
            "@type": "Place",
            "name": info.location.as_deref().or(info.address.as_deref()),
            "address": info.address,
        })));
    }
    if let Some(url) = &info.online_url {
        locations.push(json!({ "@type": "VirtualLocation", "url": url }));
    }
    let mode = match (info.online_url.is_some(), info.address.is_some()) {
        (true, true) => "MixedEventAttendanceMode",
        (true, false) => "OnlineEventAttendanceMode",
        _ => "OfflineEventAttendanceMode",
    };
    without_nulls(json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.page.front.title,
        "description": event.page.front.description,
        "url": format!("{}{}", shared.base_url, event.route.path),
        "inLanguage": event.page.lang,
        "startDate": event.times.start.to_string(),
        "endDate": event.times.end.map(|m| m.to_string()),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": format!("https://schema.org/{mode}"),
        "location": locations,
        "organizer": organisers.iter().map(|o| json!({
            "@type": "Organization",
            "name": o.name,
            "url": o.url,
        })).collect::<Vec<_>>(),
    }))
}

/// Drops absent fields (`"endDate": null`) from a JSON object.
fn without_nulls(mut value: Value) -> Value {
    if let Value::Object(map) = &mut value {
        map.retain(|_, v| !v.is_null());
    }
    value
}
