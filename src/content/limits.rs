//! How long a data file's lists may be, and how large its numbers.
//!
//! Every value in a list becomes links, cards or whole pages in every language (one
//! technology is a page per language), and an unknown value becomes a diagnostic: a
//! file with 8,000 technologies made 32,568 pages. The limits are far above what a
//! real co-op writes (docs/members.md lists them); past one, the list is an error at
//! the first value too many, and only the values within the limit are checked further.

use std::ops::Range;

use toml::Spanned;

use crate::content::federation::Federation;
use crate::content::member::{Member, MemberFile};
use crate::diagnostic::Diagnostic;

/// Services a member may list.
pub const SERVICES: usize = 30;
/// Technologies a member may list.
pub const TECHNOLOGIES: usize = 50;
/// Languages a member or federation may list.
pub const LANGUAGES: usize = 30;
/// Federations a member may belong to.
pub const FEDERATIONS: usize = 20;
/// Clients a member may list.
pub const CLIENTS: usize = 50;
/// Contract types a member may list.
pub const CONTRACT_TYPES: usize = 10;
/// Countries a federation may cover.
pub const COUNTRIES: usize = 60;
/// Parent federations a federation may have.
pub const PARENTS: usize = 20;
/// The largest `[size] workers` or `members` count.
pub const SIZE: u32 = 100_000;

/// Every limit a member file goes over.
pub fn member(m: &Member) -> Vec<Diagnostic> {
    let d = &m.data;
    let mut found = Vec::new();
    let mut spanned = |key: &str, items: &[Spanned<String>], limit: usize| {
        if let Some(extra) = items.get(limit) {
            found.push(too_many(m, extra.span(), key, items.len(), limit));
        }
    };
    spanned("services", &d.services, SERVICES);
    spanned("federations", d.federations.get_ref(), FEDERATIONS);
    spanned("contract_types", &d.hiring.contract_types, CONTRACT_TYPES);
    for (key, len, limit) in [
        ("technologies", d.technologies.len(), TECHNOLOGIES),
        ("languages", d.languages.len(), LANGUAGES),
        ("clients", d.clients.len(), CLIENTS),
    ] {
        if len > limit {
            found.push(too_many(m, key_span(&m.source, key), key, len, limit));
        }
    }
    for (key, value) in [("workers", d.size.workers), ("members", d.size.members)] {
        if let Some(value) = value.filter(|v| *v > SIZE) {
            found.push(
                Diagnostic::at(
                    &m.file,
                    &m.source,
                    key_span(&m.source, key),
                    format!("`{key} = {value}` is more than {SIZE}"),
                )
                .with_hint(format!(
                    "[size] counts people; the largest accepted value is {SIZE}"
                )),
            );
        }
    }
    found
}

/// Cuts a member's lists to their limits (after `member` reported them).
pub fn truncate(data: &mut MemberFile) {
    data.services.truncate(SERVICES);
    data.technologies.truncate(TECHNOLOGIES);
    data.languages.truncate(LANGUAGES);
    data.clients.truncate(CLIENTS);
    data.hiring.contract_types.truncate(CONTRACT_TYPES);
    data.federations.get_mut().truncate(FEDERATIONS);
}

/// Every limit a federation file goes over.
pub fn federation(f: &Federation) -> Vec<Diagnostic> {
    let d = &f.data;
    let mut found = Vec::new();
    for (key, items, limit) in [
        ("countries", &d.countries, COUNTRIES),
        ("parents", &d.parents, PARENTS),
    ] {
        if let Some(extra) = items.get(limit) {
            found.push(list_error(
                &f.file,
                &f.source,
                extra.span(),
                key,
                items.len(),
                limit,
            ));
        }
    }
    if d.languages.len() > LANGUAGES {
        let span = key_span(&f.source, "languages");
        found.push(list_error(
            &f.file,
            &f.source,
            span,
            "languages",
            d.languages.len(),
            LANGUAGES,
        ));
    }
    found
}

fn too_many(m: &Member, span: Range<usize>, key: &str, len: usize, limit: usize) -> Diagnostic {
    list_error(&m.file, &m.source, span, key, len, limit)
}

fn list_error(
    file: &std::path::Path,
    source: &str,
    span: Range<usize>,
    key: &str,
    len: usize,
    limit: usize,
) -> Diagnostic {
    Diagnostic::at(
        file,
        source,
        span,
        format!("`{key}` lists {len} values; the limit is {limit}"),
    )
    .with_hint(format!(
        "keep the {limit} that matter most (docs/members.md lists every limit)"
    ))
}

/// The span of `key` where a line starts with `key =` (else the file's start).
fn key_span(source: &str, key: &str) -> Range<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                let at = offset + line.len() - trimmed.len();
                return at..at + key.len();
            }
        }
        offset += line.len();
    }
    0..1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_at_line_starts_only() {
        let src = "name = \"technologies\"\n  technologies = [\"a\"]\n";
        assert_eq!(&src[key_span(src, "technologies")], "technologies");
        assert_eq!(key_span(src, "technologies").start, 24);
        assert_eq!(key_span(src, "nope"), 0..1);
    }
}
