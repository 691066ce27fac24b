//! Rules across data files: vocabularies, federation slugs, URLs, Matrix ids, country
//! codes, coordinates, logos, summaries. Every rule reports at the offending value.
//!
//! Runs in the check stage because vocabularies are Fluent messages: a service `x` is
//! valid when the default language defines `service-x`.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use crate::content::countries::is_country_code;
use crate::content::federation::Federation;
use crate::content::geo;
use crate::content::limits;
use crate::content::lists;
use crate::content::member::Member;
use crate::diagnostic::{nearest, Diagnostic};
use crate::i18n::I18n;

/// What the rules need to know about the rest of the site.
pub struct Known<'a> {
    pub federations: &'a BTreeSet<String>,
    pub i18n: &'a I18n,
    pub default_language: &'a str,
    /// The site's languages, in their configured order.
    pub languages: Vec<&'a str>,
}

/// Collects diagnostics for one file.
pub struct Findings<'a> {
    file: &'a Path,
    source: &'a str,
    found: Vec<Diagnostic>,
}

impl<'a> Findings<'a> {
    /// Findings for the file `file` (text `source`), starting with `found`.
    pub fn new(file: &'a Path, source: &'a str, found: Vec<Diagnostic>) -> Findings<'a> {
        Findings {
            file,
            source,
            found,
        }
    }

    /// Every diagnostic collected.
    pub fn into_found(self) -> Vec<Diagnostic> {
        self.found
    }

    pub fn at(&mut self, span: Range<usize>, message: String, hint: String) {
        self.found
            .push(Diagnostic::at(self.file, self.source, span, message).with_hint(hint));
    }

    pub fn warn(&mut self, span: Range<usize>, message: String, hint: String) {
        let problem = Diagnostic::at(self.file, self.source, span, message);
        self.found.push(problem.with_hint(hint).warning());
    }
}

/// Every problem of a member file: its structural ones (found at load) and those of
/// its content; fields whose value was broken are not judged again.
pub fn member(m: &Member, known: &Known) -> Vec<Diagnostic> {
    let mut f = Findings {
        file: &m.file,
        source: &m.source,
        found: m.shape.problems.clone(),
    };
    let d = &m.data;
    let sound = |field: &str| !m.shape.broken.contains(field);
    if sound("name") && d.name.trim().is_empty() {
        let at = m.source.find("name").unwrap_or(0);
        f.at(
            at..at + 4,
            "the co-op's name is empty".into(),
            "write its name, e.g. `name = \"Lumen Digital\"`".into(),
        );
    }
    if sound("country") {
        country(&mut f, &d.country);
    }
    if sound("website") {
        http_url(&mut f, &d.website, "website");
    }
    for (kind, url) in d.links.iter() {
        http_url(&mut f, url, kind);
    }
    if sound("federations") && d.federations.get_ref().is_empty() {
        f.at(
            d.federations.span(),
            "a member belongs to at least one federation".into(),
            known_list(known.federations),
        );
    }
    for slug in d.federations.get_ref().iter().take(limits::FEDERATIONS) {
        federation_slug(&mut f, slug, known.federations);
    }
    if sound("coop_type") {
        vocabulary(&mut f, known, "coop-type", &d.coop_type);
    }
    for service in d.services.iter().take(limits::SERVICES) {
        vocabulary(&mut f, known, "service", service);
    }
    for contract in d.hiring.contract_types.iter().take(limits::CONTRACT_TYPES) {
        vocabulary(&mut f, known, "contract-type", contract);
    }
    if let Some((span, message, hint)) = crate::content::availability::problem(&d.hiring) {
        f.at(span, message, hint);
    }
    if let Some(matrix) = &d.matrix {
        matrix_id(&mut f, matrix);
    }
    if let Some(email) = &d.email {
        if !is_email(email.get_ref()) {
            f.at(
                email.span(),
                format!("`{}` is not an email address", email.get_ref()),
                "write it as `name@example.org`".into(),
            );
        }
    }
    if let Some(coordinates) = &d.coordinates {
        let country = Some(d.country.get_ref().as_str()).filter(|_| sound("country"));
        geo::check(&mut f, coordinates, country);
    }
    f.found.extend(m.load_problems.iter().cloned());
    crate::content::membership::check(&mut f, m);
    lists::member(&mut f, m, known);
    f.found
}

pub fn federation(fed: &Federation, known: &Known) -> Vec<Diagnostic> {
    let mut f = Findings {
        file: &fed.file,
        source: &fed.source,
        found: fed.shape.problems.clone(),
    };
    let d = &fed.data;
    f.found.extend(limits::federation(fed));
    for code in d.countries.iter().take(limits::COUNTRIES) {
        country(&mut f, code);
    }
    if let Some(website) = &d.website {
        http_url(&mut f, website, "website");
    }
    for (kind, url) in d.community.iter() {
        match url.get_ref().strip_prefix("mailto:") {
            Some(address) if kind == "mailing_list" => {
                if !is_email(address) {
                    f.at(
                        url.span(),
                        format!("`{kind}` must be an email address after `mailto:`"),
                        "write it as `mailto:list@example.org`".into(),
                    );
                }
            }
            _ => http_url(&mut f, url, kind),
        }
    }
    if let Some(source) = &d.members_source {
        // A file path inside the site is a source too (`federa import`).
        if !crate::import::fetch::is_local_path(source.url.get_ref()) {
            http_url(&mut f, &source.url, "members_source.url");
        }
    }
    for parent in d.parents.iter().take(limits::PARENTS) {
        federation_slug(&mut f, parent, known.federations);
        if parent.get_ref() == &fed.slug {
            f.at(
                parent.span(),
                "a federation cannot be its own parent".into(),
                "remove it from `parents`".into(),
            );
        }
    }
    if let Some(matrix) = &d.matrix {
        matrix_id(&mut f, matrix);
    }
    lists::federation(&mut f, fed, known);
    f.found
}

/// Two members with the same website host are probably one co-op entered twice.
/// (Serve runs this after every member edit: hashed, not ordered, look-ups.)
pub fn duplicate_hosts(members: &[std::sync::Arc<Member>]) -> Vec<Diagnostic> {
    let mut seen: HashMap<String, &Member> = HashMap::with_capacity(members.len());
    let mut found = Vec::new();
    for m in members {
        let Some(host) = m.website_host() else {
            continue;
        };
        if let Some(first) = seen.get(&host) {
            found.push(
                Diagnostic::at(
                    &m.file,
                    &m.source,
                    m.data.website.span(),
                    format!(
                        "website host `{host}` is also used by {}",
                        first.file.display()
                    ),
                )
                .warning()
                .with_hint("is this the same co-op twice? merge the files, or correct the website"),
            );
        } else {
            seen.insert(host, m);
        }
    }
    found
}

fn country(f: &mut Findings, code: &Spanned<String>) {
    if code.get_ref().trim().is_empty() {
        f.at(
            code.span(),
            "the country is empty".into(),
            "write its ISO 3166-1 code, e.g. `country = \"BE\"`".into(),
        );
    } else if !is_country_code(code.get_ref()) {
        let upper = code.get_ref().to_ascii_uppercase();
        let hint = if is_country_code(&upper) {
            format!("country codes are upper case: `{upper}`")
        } else {
            "use an ISO 3166-1 alpha-2 code such as `BE`, `FR`, `GB`".to_string()
        };
        f.at(
            code.span(),
            format!("`{}` is not an ISO 3166-1 country code", code.get_ref()),
            hint,
        );
    }
}

/// URLs from data must be http(s): anything else (`javascript:`, `data:`) is refused.
pub(crate) fn http_url(f: &mut Findings, url: &Spanned<String>, field: &str) {
    let text = url.get_ref();
    if !is_http_url(text) {
        f.at(
            url.span(),
            format!(
                "`{field}` must be an http(s) URL, not `{}`",
                text.escape_debug()
            ),
            "write a full address such as `https://example.org/`".into(),
        );
    }
}

/// An email address as far as a link needs: `name@host`, with nothing that could end
/// it early in HTML, a feed or a calendar line.
pub fn is_email(text: &str) -> bool {
    text.split_once('@')
        .is_some_and(|(name, host)| !name.is_empty() && !host.is_empty())
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'))
}

/// An http(s) URL with a host and nothing that could end it early in HTML, a feed or a
/// calendar line: no whitespace, control characters, quotes or angle brackets.
pub fn is_http_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

fn federation_slug(f: &mut Findings, slug: &Spanned<String>, known: &BTreeSet<String>) {
    if known.contains(slug.get_ref()) {
        return;
    }
    let hint = match nearest(slug.get_ref(), known.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`?"),
        None => known_list(known),
    };
    f.at(
        slug.span(),
        format!("unknown federation `{}`", slug.get_ref()),
        hint,
    );
}

fn known_list(known: &BTreeSet<String>) -> String {
    let list: Vec<&str> = known.iter().map(String::as_str).collect();
    format!(
        "federations are the files of content/federations/: {}",
        list.join(", ")
    )
}

/// A controlled value `v` is valid when the default language defines `<prefix>-<v>`.
pub(crate) fn vocabulary(f: &mut Findings, known: &Known, prefix: &str, value: &Spanned<String>) {
    let Some(hint) = unknown_word(known.i18n, prefix, value.get_ref(), known.default_language)
    else {
        return;
    };
    let what = prefix.replace('-', " ");
    f.at(
        value.span(),
        format!("unknown {what} `{}`", value.get_ref()),
        hint,
    );
}

/// The hint for a controlled value `<prefix>-<value>` the default language does not
/// define, or `None` when it is defined. Shared by member files and case studies.
pub fn unknown_word(
    i18n: &I18n,
    prefix: &str,
    value: &str,
    default_language: &str,
) -> Option<String> {
    if i18n.defines(&format!("{prefix}-{value}")) {
        return None;
    }
    let choices: Vec<&str> = i18n
        .message_ids()
        .filter_map(|m| m.strip_prefix(prefix)?.strip_prefix('-'))
        .collect();
    // A near miss is a typo: suggesting a new message would invite it into the
    // vocabulary, so the way to add a value is only shown when nothing is close.
    Some(match nearest(value, choices.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!(
            "known values: {}; a site adds its own with a `{prefix}-<id>` message in i18n/{default_language}/",
            choices.join(", "),
        ),
    })
}

/// `@user:server`, `#alias:server` or `!room:server` (DESIGN/NOTES: Matrix ids).
pub fn is_matrix_id(id: &str) -> bool {
    let Some(sigil) = id.chars().next() else {
        return false;
    };
    let Some((local, server)) = id[1..].split_once(':') else {
        return false;
    };
    let local_ok = match sigil {
        '@' => {
            !local.is_empty()
                && local
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._=/+-".contains(&b))
        }
        '#' | '!' => !local.is_empty() && !local.contains(|c: char| c.is_whitespace() || c == ':'),
        _ => false,
    };
    let (host, port) = server
        .split_once(':')
        .map_or((server, None), |(h, p)| (h, Some(p)));
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    local_ok
        && host_ok
        && port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

pub(crate) fn matrix_id(f: &mut Findings, id: &Spanned<String>) {
    if !is_matrix_id(id.get_ref()) {
        f.at(
            id.span(),
            format!("`{}` is not a Matrix id", id.get_ref()),
            "write `@user:server.org` for a person or `#room:server.org` for a room".into(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_ids() {
        for ok in [
            "@alice:matrix.org",
            "#tce:matrix.org",
            "!abc:example.org",
            "@a.b:host.example:8448",
        ] {
            assert!(is_matrix_id(ok), "{ok}");
        }
        for bad in [
            "alice:matrix.org",
            "@Alice:matrix.org",
            "#room",
            "@a:",
            "#a b:x.org",
            "@a:ho st",
        ] {
            assert!(!is_matrix_id(bad), "{bad}");
        }
    }
}
