//! The site's numbers, defined once: what counts as a member co-op, a worker, a country
//! and a federation. The home totals, the directory, the map caption, the federation
//! cards and the footer all ask here, so no two pages can disagree (docs/members.md,
//! "What the site counts").
//!
//! Pure: reads the `Site`, never formats (templates and Fluent do that).

use serde::Serialize;

use crate::content::federation::Relation;
use crate::content::member::Status;
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
