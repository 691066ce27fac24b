//! Imported co-ops: the snapshots `federa import` wrote (`imports/<federation>.json`)
//! become members of that federation, next to the local member files.
//!
//! Snapshot data is untrusted (DESIGN §6): each record is turned into member-file
//! TOML and parsed, bounded and validated like a local file. A record that breaks a
//! rule is left out with a warning naming the snapshot and the co-op, never an error
//! that stops the build; a vocabulary id this site does not know is kept (shown by its
//! id) with a warning. Identity is the website host: a local file wins over an import,
//! and a co-op listed by several sources is one member of all their federations.

mod member_file;

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::{IntoParallelIterator, ParallelIterator};

use crate::content::data::{parse_text, Shape};
use crate::content::limits;
use crate::content::member::{url_host, Member, MemberFile};
use crate::content::validate::{self, Known};
use crate::diagnostic::Diagnostic;
use crate::i18n::I18n;
use crate::import::record::Record;
use crate::import::snapshot::{Snapshot, DIR, SCHEMA};
use crate::input;
use crate::schema::shapes;

/// Where an imported member comes from: shown on its card and profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    /// Every source that lists the co-op, in snapshot order.
    pub listings: Vec<Listing>,
    /// The co-op's profile URL on the first source site, per language.
    pub urls: BTreeMap<String, String>,
    pub source_default_language: String,
    /// The site the record was first published by (re-exported as `source`).
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Listing {
    /// This site's federation whose `[members_source]` lists the co-op.
    pub federation: String,
    /// `YYYY-MM-DD`, the day its snapshot last changed.
    pub imported: String,
}

impl Origin {
    /// The source's profile in `lang`, else in its default language.
    pub fn canonical(&self, lang: &str) -> Option<&str> {
        self.urls
            .get(lang)
            .or_else(|| self.urls.get(&self.source_default_language))
            .or_else(|| self.urls.values().next())
            .map(String::as_str)
    }
}

/// What the imported members are checked against.
pub struct Context<'a> {
    pub federations: &'a BTreeSet<String>,
    pub i18n: &'a I18n,
    pub default_language: &'a str,
    /// The site's languages, in their configured order.
    pub languages: Vec<&'a str>,
}

/// What `merge` gives: every member, the website hosts of every snapshot record
/// (shown or hidden by a local file: what a member edit must not touch to be
/// re-rendered on its own, see `Site::member_edit_touches_imports`), the problems.
pub struct Merged {
    pub members: Vec<Arc<Member>>,
    pub hosts: BTreeSet<String>,
    pub problems: Vec<Diagnostic>,
}

/// `local` members plus those of every snapshot, sorted by slug.
pub fn merge(root: &Path, local: Vec<Arc<Member>>, context: &Context) -> Merged {
    let (snapshots, mut problems) = read_snapshots(root, context.federations);
    let mut taken_hosts: BTreeSet<String> = local.iter().filter_map(|m| m.website_host()).collect();
    let mut slugs: BTreeSet<String> = local.iter().map(|m| m.slug.clone()).collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut by_host: BTreeMap<String, usize> = BTreeMap::new();
    let mut hosts = BTreeSet::new();
    for (rel, snapshot) in &snapshots {
        let listing = Listing {
            federation: snapshot.federation.clone(),
            imported: snapshot.imported.clone(),
        };
        for record in &snapshot.members {
            let Some(host) = url_host(&record.website) else {
                continue;
            };
            hosts.insert(host.clone());
            if let Some(&index) = by_host.get(&host) {
                problems.extend(conflict(&candidates[index], rel, record));
                let listings: &mut Vec<Listing> = &mut candidates[index].listings;
                if !listings.iter().any(|l| l.federation == listing.federation) {
                    listings.push(listing.clone());
                }
                continue;
            }
            if !taken_hosts.insert(host.clone()) {
                continue; // a local member file with this website wins
            }
            let Some(slug) = free_slug(&mut slugs, &record.slug, &snapshot.federation) else {
                problems.push(skipped(rel, record, "its slug is taken here".into()));
                continue;
            };
            by_host.insert(host, candidates.len());
            candidates.push(Candidate {
                rel,
                snapshot,
                record,
                slug,
                listings: vec![listing.clone()],
            });
        }
    }
    let mut members = local;
    // Each record is parsed and checked like a member file: in parallel, as those are
    // (`data::load_all`), so imported co-ops load as fast as local ones (issue 11).
    let checked: Vec<_> = candidates
        .into_par_iter()
        .map(|candidate| candidate.member(context))
        .collect();
    for result in checked {
        match result {
            Ok((member, warnings)) => {
                members.push(Arc::new(member));
                problems.extend(warnings);
            }
            Err(problem) => problems.push(problem),
        }
    }
    members.sort_by(|a, b| a.slug.cmp(&b.slug));
    Merged {
        members,
        hosts,
        problems,
    }
}

/// The record's slug, or `<slug>-<federation>` when a local member has it.
fn free_slug(taken: &mut BTreeSet<String>, slug: &str, federation: &str) -> Option<String> {
    [slug.to_string(), format!("{slug}-{federation}")]
        .into_iter()
        .find(|s| taken.insert(s.clone()))
}

/// Two sources list one co-op (same website) with different data: memberships merge,
/// the first source's data is shown, and the maintainers are told.
fn conflict(first: &Candidate, rel: &Path, record: &Record) -> Option<Diagnostic> {
    let comparable = |r: &Record| {
        let mut r = r.clone();
        r.slug.clear();
        r.urls.clear();
        r.federations.clear();
        r.source = None;
        r.website.clear();
        r
    };
    (comparable(first.record) != comparable(record)).then(|| {
        Diagnostic::file(
            rel,
            format!(
                "co-op `{}` ({}) is also listed by {} with other details: that source's are shown",
                record.slug,
                record.name,
                first.rel.display()
            ),
        )
        .with_hint("both federations list it; ask their maintainers to agree on its data")
        .warning()
    })
}

fn skipped(rel: &Path, record: &Record, why: String) -> Diagnostic {
    Diagnostic::file(rel, format!("co-op `{}` ({}) is left out: {why}", record.slug, record.name))
        .with_hint("the source's data breaks a rule of this site; ask its maintainers to fix it, then run `federa import` again")
        .warning()
}

struct Candidate<'a> {
    rel: &'a Path,
    snapshot: &'a Snapshot,
    record: &'a Record,
    slug: String,
    listings: Vec<Listing>,
}

impl Candidate<'_> {
    fn member(self, context: &Context) -> Result<(Member, Vec<Diagnostic>), Diagnostic> {
        // A snapshot arrives by pull request too: its source links are checked again.
        let links = self.record.urls.values().chain(&self.record.source);
        if let Some(bad) = links
            .chain([&self.snapshot.base_url])
            .find(|u| !validate::is_http_url(u))
        {
            let why = format!("`{bad}` is not an http(s) URL");
            return Err(skipped(self.rel, self.record, why));
        }
        let federations: Vec<String> = self.listings.iter().map(|l| l.federation.clone()).collect();
        let source = member_file::toml_text(self.record, &federations);
        let checked = parse_text::<MemberFile>(self.rel, &source, shapes::MEMBER);
        if let Some(problem) = checked.problems.into_iter().next() {
            return Err(skipped(self.rel, self.record, problem.message));
        }
        let data = checked
            .value
            .ok_or_else(|| skipped(self.rel, self.record, "not a member record".to_string()))?;
        let shape = Shape {
            problems: Vec::new(),
            broken: checked.broken,
            spans: checked.spans,
        };
        let origin = Origin {
            listings: self.listings,
            urls: self.record.urls.clone(),
            source_default_language: self.snapshot.default_language.clone(),
            source: self
                .record
                .source
                .clone()
                .unwrap_or_else(|| self.snapshot.base_url.clone()),
        };
        let mut hasher = DefaultHasher::new();
        source.hash(&mut hasher);
        origin.hash(&mut hasher);
        let mut member = Member {
            slug: self.slug,
            file: self.rel.to_path_buf(),
            source,
            data,
            shape,
            logo_bytes: None,
            logo_kind: None,
            load_problems: Vec::new(),
            fingerprint: hasher.finish(),
            origin: Some(Arc::new(origin)),
        };
        if let Some(problem) = limits::member(&member).into_iter().next() {
            return Err(skipped(self.rel, self.record, problem.message));
        }
        limits::truncate(&mut member.data);
        let mut checked = member.clone();
        let unknown = unknown_vocabulary(&mut checked, context.i18n);
        summary_in_default_language(&mut checked, context.default_language);
        let known = Known {
            federations: context.federations,
            i18n: context.i18n,
            default_language: context.default_language,
            languages: context.languages.clone(),
        };
        if let Some(problem) = validate::member(&checked, &known)
            .into_iter()
            .find(Diagnostic::is_error)
        {
            return Err(skipped(self.rel, self.record, problem.message));
        }
        let warnings = unknown
            .into_iter()
            .map(|id| {
                Diagnostic::file(self.rel, format!("co-op `{}` ({}) uses {id}, which this site does not define: shown by its id", self.record.slug, self.record.name))
                    .with_hint(format!("to show it translated, add the message to i18n/{}/", context.default_language))
                    .warning()
            })
            .collect();
        Ok((member, warnings))
    }
}

/// Takes out of `member` the vocabulary ids that `i18n` does not define (so that the
/// other rules can be checked) and returns them as `` kind `id` `` descriptions.
fn unknown_vocabulary(member: &mut Member, i18n: &I18n) -> Vec<String> {
    let mut unknown = Vec::new();
    let d = &mut member.data;
    let mut keep = |prefix: &str, id: &str| {
        let defined = i18n.defines(&format!("{prefix}-{id}"));
        if !defined {
            unknown.push(format!("{} `{id}`", prefix.replace('-', " ")));
        }
        defined
    };
    d.services.retain(|s| keep("service", s.get_ref()));
    d.hiring
        .contract_types
        .retain(|c| keep("contract-type", c.get_ref()));
    if !keep("coop-type", d.coop_type.get_ref()) {
        let span = d.coop_type.span();
        d.coop_type = toml::Spanned::new(span, "other".to_string());
    }
    unknown
}

/// A summary in any language is enough for a co-op of another site (it may write only
/// its own site's language): for the rules, one is copied into the default language.
fn summary_in_default_language(member: &mut Member, default_language: &str) {
    if let Some(summary) = member.data.summary.as_mut() {
        let span = summary.span();
        let mut texts = summary.get_ref().clone();
        if let Some(any) = texts.values().next().cloned() {
            texts.entry(default_language.to_string()).or_insert(any);
        }
        *summary = toml::Spanned::new(span, texts);
    }
}

/// Every `imports/*.json`, parsed, for federations that exist; errors for the rest.
fn read_snapshots(
    root: &Path,
    federations: &BTreeSet<String>,
) -> (Vec<(PathBuf, Snapshot)>, Vec<Diagnostic>) {
    if !root.join(DIR).is_dir() {
        return (Vec::new(), Vec::new());
    }
    let (entries, mut problems) = input::list(root, Path::new(DIR));
    let mut snapshots = Vec::new();
    let mut files: Vec<PathBuf> = entries
        .into_iter()
        .filter(|e| !e.is_dir)
        .map(|e| e.rel)
        .collect();
    files.sort();
    for rel in files {
        match read_snapshot(root, &rel, federations) {
            Ok(snapshot) => snapshots.push((rel, snapshot)),
            Err(problem) => problems.push(problem),
        }
    }
    (snapshots, problems)
}

fn read_snapshot(
    root: &Path,
    rel: &Path,
    federations: &BTreeSet<String>,
) -> Result<Snapshot, Diagnostic> {
    const HINT: &str = "imports/ holds the `<federation>.json` files that `federa import` writes; import again rather than editing them";
    if rel.extension().is_none_or(|e| e != "json") {
        return Err(
            Diagnostic::file(rel, "this file is not a snapshot and would be ignored")
                .with_hint(HINT),
        );
    }
    let text = input::read_text(root, rel)?;
    let snapshot: Snapshot = serde_json::from_str(&text).map_err(|e| {
        Diagnostic::file(
            rel,
            format!("not a snapshot written by `federa import` ({SCHEMA}): {e}"),
        )
        .with_hint(HINT)
    })?;
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if snapshot.schema != SCHEMA || snapshot.federation != stem || !federations.contains(&stem) {
        return Err(Diagnostic::file(rel, format!("this snapshot is not one of a federation of this site (content/federations/{stem}.toml), in format {SCHEMA}")).with_hint(HINT));
    }
    Ok(snapshot)
}

#[cfg(test)]
mod tests;
