//! The "hire a co-op" page, in every language: every listed co-op with what a client
//! chooses by (services, technologies, working languages, country, availability) and
//! an enquiry link, and every case study. The page is complete without JavaScript;
//! `hire.js` narrows both lists. Enquiries are prefilled `mailto:` links (to the co-op,
//! else to `[hire] email` of site.toml): no form service, no request to anyone.

use serde::Serialize;
use tera::{Context, Value};

use crate::content::availability::Availability;
use crate::i18n::Collation;
use crate::render::case_studies::StudyItem;
use crate::render::data_pages::DataPage;
use crate::render::list_pages::Listed;
use crate::render::member_views::{label, Term};
use crate::render::Shared;
use crate::site::Site;

/// "March 2027" for a co-op available from a later month, else `None`: the member
/// profile says so beside "not at the moment".
pub fn available_from(
    site: &Site,
    member: &crate::content::member::Member,
    lang: &str,
) -> Option<String> {
    match Availability::of(&member.data.hiring, &month_of(site)) {
        Availability::From(month) => Some(month_label(site, lang, &month)),
        _ => None,
    }
}

/// One co-op on the hire page: its card and what only this page shows.
#[derive(Serialize)]
struct HireCoop {
    card: Value,
    /// `now`, `from` or `no` (`content::availability`).
    availability: &'static str,
    /// "March 2027" in the page's language, for `from`.
    available_from: Option<String>,
    /// Where its enquiry goes: the co-op's address, else the federation's, else none.
    email: Option<String>,
}

/// The choices the hire page's form offers.
#[derive(Serialize)]
struct HireFilters {
    services: Vec<Term>,
    technologies: Vec<Term>,
    languages: Vec<Term>,
    countries: Vec<Term>,
}

/// The hire page of `lang`.
pub(crate) fn page(
    site: &Site,
    shared: &Shared,
    lang: &str,
    listed: &Listed,
    studies: &[StudyItem],
) -> DataPage {
    let today = month_of(site);
    let federation = site.config.hire.email.clone();
    let coops: Vec<HireCoop> = listed
        .cards
        .iter()
        .map(|card| {
            let member = site.members.iter().find(|m| m.slug == card.card.slug);
            let availability = member.map_or(Availability::No, |m| {
                Availability::of(&m.data.hiring, &today)
            });
            let available_from = match &availability {
                Availability::From(month) => Some(month_label(site, lang, month)),
                _ => None,
            };
            let own = member.and_then(|m| m.data.email.as_ref().map(|e| e.get_ref().clone()));
            HireCoop {
                card: card.value.clone(),
                availability: availability.id(),
                available_from,
                email: own.or_else(|| federation.clone()),
            }
        })
        .collect();
    let mut context = Context::new();
    context.insert("filters", &filters(listed, lang));
    context.insert("coops", &coops);
    context.insert("case_studies", studies);
    context.insert("federation_email", &federation);
    let routes = &shared.data_routes;
    let browse: std::collections::BTreeMap<&str, String> =
        ["services", "technologies", "countries"]
            .into_iter()
            .map(|section| (section, routes.url(lang, section, None)))
            .collect();
    context.insert("browse", &browse);
    DataPage {
        template: "hire.html",
        section: "hire",
        item: None,
        context,
    }
}

/// Each value the listed co-ops have, once, in the language's order.
fn filters(listed: &Listed, lang: &str) -> HireFilters {
    let collation = Collation::new(lang);
    let collect = |pick: &dyn Fn(&crate::render::member_views::MemberCard) -> Vec<Term>| {
        let mut terms: Vec<Term> = listed.cards.iter().flat_map(|c| pick(&c.card)).collect();
        terms.sort_by(|a, b| a.id.cmp(&b.id));
        terms.dedup_by(|a, b| a.id == b.id);
        terms.sort_by_cached_key(|t| (collation.key(&t.label), t.id.clone()));
        terms
    };
    HireFilters {
        services: collect(&|c| c.services.clone()),
        technologies: collect(&|c| c.technologies.clone()),
        languages: collect(&|c| c.languages.clone()),
        countries: collect(&|c| vec![c.country.clone()]),
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
