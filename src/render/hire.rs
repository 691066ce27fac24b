//! The "hire a co-op" page, in every language: every listed co-op with what a client
//! chooses by (services, technologies, working languages, country, availability) and
//! an enquiry link, and every case study. The page is complete without JavaScript;
//! `hire.js` narrows both lists. Enquiries are prefilled `mailto:` links (to the co-op,
//! else to `[hire] email` of site.toml): no form service, no request to anyone.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use serde::Serialize;
use tera::{Context, Value};

use crate::content::availability::Availability;
use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::i18n::Collation;
use crate::render::cards::LanguageCard;
use crate::render::case_studies::StudyItem;
use crate::render::data_pages::DataPage;
use crate::render::list_pages::{Kind, Listed};
use crate::render::member_views::{label, Term};
use crate::render::splice::Block;
use crate::render::Shared;
use crate::site::Site;

/// "March 2027" for a co-op available from a later month, else `None`: the member
/// profile says so beside "not at the moment".
pub fn available_from(site: &Site, member: &Member, lang: &str) -> Option<String> {
    match Availability::of(&member.data.hiring, &month_of(site)) {
        Availability::From(month) => Some(month_label(site, lang, &month)),
        _ => None,
    }
}

/// One co-op on the hire page: its card and what only this page shows.
#[derive(Serialize)]
struct HireCoop<'a> {
    card: &'a Value,
    /// `now`, `from` or `no` (`content::availability`).
    availability: &'static str,
    /// "March 2027" in the page's language, for `from`.
    available_from: Option<String>,
    /// Where its enquiry goes: the co-op's address, else the federation's, else none.
    email: Option<String>,
}

/// A co-op as `hire.html` gets it: `HireCoop` and, as `html`, what `hire-coop.html`
/// made of it.
#[derive(Serialize)]
struct WithHtml<'a> {
    #[serde(flatten)]
    coop: &'a HireCoop<'a>,
    html: &'a str,
}

/// A co-op's hire page entry in one language, as remembered (`render::memo`): its
/// template value (`WithHtml`) and, for `render::splice`, its HTML.
pub struct HireEntry {
    value: Value,
    html: Arc<str>,
}

/// The choices the hire page's form offers.
#[derive(Serialize)]
struct HireFilters {
    services: Vec<Term>,
    technologies: Vec<Term>,
    languages: Vec<Term>,
    countries: Vec<Term>,
}

/// The hire page of `lang`. Each co-op's entry is rendered with `hire-coop.html` once
/// and remembered (`render::memo`) while its card and the month are unchanged, so a
/// member edit in `serve` renders one entry, not every co-op's.
pub(crate) fn page(
    site: &Site,
    shared: &Shared,
    lang: &str,
    listed: &Listed,
    studies: &[StudyItem],
) -> Result<DataPage, Diagnostic> {
    let today = month_of(site);
    let coops: Vec<Arc<HireEntry>> = listed
        .cards
        .iter()
        .map(|card| {
            let slug = card.card.slug.as_str();
            site.memo
                .hire_coops
                .get_or(lang, slug, inputs_of(card, &today), || {
                    let member = site
                        .members
                        .binary_search_by(|m| m.slug.as_str().cmp(slug))
                        .ok()
                        .map(|i| site.members[i].as_ref());
                    coop_value(site, shared, lang, card, member, &today)
                })
        })
        .collect::<Result<_, _>>()?;
    let federation = &site.config.hire.email;
    let mut context = Context::new();
    context.insert("filters", &filters(listed, lang));
    let entries = coops
        .iter()
        .map(|coop| (coop.value.clone(), Arc::clone(&coop.html)));
    let block = Block::insert(&mut context, ("coops", "coops_html"), entries);
    context.insert("case_studies", studies);
    context.insert("federation_email", federation);
    let routes = &shared.data_routes;
    let browse: std::collections::BTreeMap<&str, String> =
        ["services", "technologies", "countries"]
            .into_iter()
            .map(|section| (section, routes.url(lang, section, None)))
            .collect();
    context.insert("browse", &browse);
    Ok(DataPage {
        template: "hire.html",
        section: "hire",
        item: None,
        context,
        blocks: vec![block],
    })
}

/// What a co-op's entry is made of besides the site's templates, translations and
/// `[hire]` settings (a change to those gives serve a fresh memo): its card's inputs
/// (the member's file among them) and the month, which decides "available from".
fn inputs_of(card: &LanguageCard, month: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    card.inputs.hash(&mut hasher);
    month.hash(&mut hasher);
    hasher.finish()
}

/// One co-op's entry: `HireCoop` with its `hire-coop.html` rendering as `html`.
fn coop_value(
    site: &Site,
    shared: &Shared,
    lang: &str,
    card: &LanguageCard,
    member: Option<&Member>,
    today: &str,
) -> Result<HireEntry, Diagnostic> {
    let availability = member.map_or(Availability::No, |m| {
        Availability::of(&m.data.hiring, today)
    });
    let available_from = match &availability {
        Availability::From(month) => Some(month_label(site, lang, month)),
        _ => None,
    };
    let own = member.and_then(|m| m.data.email.as_ref().map(|e| e.get_ref().clone()));
    let coop = HireCoop {
        card: &card.value,
        availability: availability.id(),
        available_from,
        email: own.or_else(|| site.config.hire.email.clone()),
    };
    let mut context = crate::render::pages::base_context(site, shared, lang, "");
    context.insert("coop", &coop);
    let html = site.templates.render("hire-coop.html", &context)?;
    Ok(HireEntry {
        value: Value::from_serializable(&WithHtml {
            coop: &coop,
            html: &html,
        }),
        html: Arc::from(html),
    })
}

/// Each value the listed co-ops have, once, in the language's order.
fn filters(listed: &Listed, lang: &str) -> HireFilters {
    let collation = Collation::new(lang);
    HireFilters {
        services: listed.sorted_values(Kind::Services, &collation),
        technologies: listed.sorted_values(Kind::Technologies, &collation),
        languages: listed.sorted_values(Kind::Languages, &collation),
        countries: listed.sorted_values(Kind::Countries, &collation),
    }
}

/// The build's month, `YYYY-MM` (from `--now` when given).
fn month_of(site: &Site) -> String {
    site.now.to_string().chars().take(7).collect()
}

/// "March 2027" for `2027-03`, with the month named by the language's `month-N`.
fn month_label(site: &Site, lang: &str, month: &str) -> String {
    let (year, number) = month.split_at(4);
    let number = number.trim_start_matches('-').trim_start_matches('0');
    let name = label(site, lang, &format!("month-{number}"), number);
    format!("{name} {year}")
}
