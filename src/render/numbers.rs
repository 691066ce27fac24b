//! The site's numbers, defined once: what counts as a member co-op, a worker, a country
//! and a federation. The home totals, the directory, the map caption, the federation
//! cards and the footer all ask here, so no two pages can disagree (docs/members.md,
//! "What the site counts").
//!
//! Pure: reads the `Site`, never formats (templates and Fluent do that).

use serde::Serialize;

use crate::content::federation::Relation;
use crate::content::member::{Member, Status};
use crate::moment::Date;
use crate::render::member_views::MemberCard;
use crate::site::Site;

/// A member co-op is counted when it is `active`. Applicants are listed (on the
/// directory and the map, marked as applicants) but not counted; former members are
/// neither listed nor counted.
pub fn counts_as_member(status: Status) -> bool {
    status == Status::Active
}

/// Whether a member appears on the directory, the map and the term pages.
pub fn is_listed(status: Status) -> bool {
    status != Status::Former
}

/// The same rule, for a member's card (which carries the answer as `is_member`).
pub fn card_counts(card: &MemberCard) -> bool {
    card.is_member
}

/// A federation is counted (home totals, the footer) when it is a member of this
/// federation or forming; observers, sisters and parents are shown, not counted.
pub fn counts_as_federation(relation: Relation) -> bool {
    matches!(relation, Relation::Member | Relation::Forming)
}

/// The headline numbers, counted once per build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Member co-ops (`counts_as_member`).
    pub coops: usize,
    /// Listed applicants, shown beside the count, never in it.
    pub applicants: usize,
    /// The `[size] workers` of member co-ops, added up (a co-op without it adds 0).
    pub workers: u64,
    /// Distinct countries of member co-ops.
    pub countries: usize,
    /// Federations that `counts_as_federation`.
    pub federations: usize,
}

/// Counts the site's members and federations by the rules above.
pub fn totals(site: &Site) -> Totals {
    let members: Vec<_> = site
        .members
        .iter()
        .filter(|m| counts_as_member(m.data.status))
        .collect();
    let mut countries: Vec<&str> = members
        .iter()
        .map(|m| m.data.country.get_ref().as_str())
        .collect();
    countries.sort_unstable();
    countries.dedup();
    Totals {
        coops: members.len(),
        applicants: site
            .members
            .iter()
            .filter(|m| m.data.status == Status::Applicant)
            .count(),
        workers: members
            .iter()
            .filter_map(|m| m.data.size.workers)
            .map(u64::from)
            .sum(),
        countries: countries.len(),
        federations: site
            .federations
            .iter()
            .filter(|f| counts_as_federation(f.data.relation))
            .count(),
    }
}

/// The figures at the end of one year (or, for the build's year, on the build date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearFigures {
    pub year: i32,
    /// Member co-ops on that day (`was_member_on`).
    pub coops: usize,
    /// Their `[size] workers` today, added up: files record no past sizes.
    pub workers: u64,
}

/// Whether `member` was a counted member on `day`, by its dates: it had `joined`, had
/// not yet `left`, and is `active` (or `former` with a `left` date: it counted until
/// then). Applicants and co-ops without a `joined` date are in no year.
pub fn was_member_on(member: &Member, day: Date) -> bool {
    let Some(joined) = member.joined_on() else {
        return false;
    };
    let still_in = match member.left_on() {
        Some(left) => day < left,
        None => counts_as_member(member.data.status),
    };
    joined <= day && still_in && member.data.status != Status::Applicant
}

/// Member co-ops and their workers at the end of every year from the first `joined`
/// year to the build's year, whose row counts on the build date (`Site::now`).
pub fn history(site: &Site) -> Vec<YearFigures> {
    let today = site.now.date;
    let Some(first) = site
        .members
        .iter()
        .filter_map(|m| m.joined_on())
        .map(|d| d.year)
        .min()
    else {
        return Vec::new();
    };
    (first..=today.year)
        .map(|year| {
            let day = if year == today.year {
                today
            } else {
                Date {
                    year,
                    month: 12,
                    day: 31,
                }
            };
            let members: Vec<&Member> = site
                .members
                .iter()
                .map(|m| m.as_ref())
                .filter(|m| was_member_on(m, day))
                .collect();
            YearFigures {
                year,
                coops: members.len(),
                workers: members
                    .iter()
                    .filter_map(|m| m.data.size.workers)
                    .map(u64::from)
                    .sum(),
            }
        })
        .collect()
}
