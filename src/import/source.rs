//! Importing one source: fetch, validate, compare with the previous snapshot, write.

use std::path::Path;

use serde_json::Value;

use crate::config::Config;
use crate::content::federation::Federation;
use crate::diagnostic::Diagnostic;
use crate::import::fetch::fetch;
use crate::import::record::{FederationsDocument, MembersDocument, SCHEMA};
use crate::import::snapshot::{self, Snapshot};
use crate::moment::Moment;

/// Imports `federation`'s source; the line to print, or the problem on its `url`.
pub fn import(
    root: &Path,
    config: &Config,
    federation: &Federation,
    dry_run: bool,
) -> Result<String, Diagnostic> {
    let url = &federation
        .data
        .members_source
        .as_ref()
        .expect("only federations with a source are selected")
        .url;
    let located = |message: String, hint: &str| {
        Diagnostic::at(&federation.file, &federation.source, url.span(), message).with_hint(hint)
    };
    let next = fetch_snapshot(root, config, &federation.slug, url.get_ref())
        .map_err(|(message, hint)| located(message, hint))?;
    let rel = snapshot::path_of(&federation.slug);
    let previous_text = std::fs::read_to_string(root.join(&rel)).ok();
    let previous: Option<Snapshot> = previous_text
        .as_deref()
        .and_then(|text| serde_json::from_str(text).ok());
    let next = next.keeping_date_of(previous.as_ref());
    let text = next.to_json();
    let count = next.members.len();
    let source = url.get_ref();
    if previous_text.as_deref() == Some(text.as_str()) {
        return Ok(format!(
            "{}: {count} co-ops from {source}, unchanged",
            rel.display()
        ));
    }
    let changes = snapshot::changes(previous.as_ref(), &next);
    let mut report = if dry_run {
        format!(
            "{} would change ({count} co-ops from {source}; nothing written):",
            rel.display()
        )
    } else {
        snapshot::write_atomically(root, &rel, &text).map_err(|e| {
            located(
                format!("cannot write {}: {e}", rel.display()),
                "check that the site's folder is writable",
            )
        })?;
        format!("{}: {count} co-ops from {source}, written:", rel.display())
    };
    if changes.is_empty() {
        report.push_str("\n  (details of the source changed, no co-op did)");
    }
    for line in changes {
        report.push('\n');
        report.push_str(&line);
    }
    Ok(report)
}

type Problem = (String, &'static str);

fn fetch_snapshot(
    root: &Path,
    config: &Config,
    federation: &str,
    url: &str,
) -> Result<Snapshot, Problem> {
    const FETCH_HINT: &str = "check the address in a browser; the previous snapshot is kept";
    let bytes = fetch(root, url)
        .map_err(|e| (format!("cannot fetch the members list: {e}"), FETCH_HINT))?
        .ok_or_else(|| {
            (
                format!("cannot fetch the members list: {url} was not found"),
                FETCH_HINT,
            )
        })?;
    let document = parse_members(&bytes)?;
    let source_federations = fetch_federations(root, &beside(url, "federations.json"))?;
    let own = normalized(&config.base_url);
    if normalized(&document.base_url) == own {
        return Err((
            format!("{url} is this site's own members.json"),
            "a federation imports the members.json of another site",
        ));
    }
    let mut members = Vec::new();
    for mut record in document.members {
        let origin = record
            .source
            .clone()
            .unwrap_or_else(|| document.base_url.clone());
        // Records this site published and the source imported: never back in circles.
        if normalized(&origin) == own {
            continue;
        }
        record.source = Some(origin);
        members.push(record);
    }
    members.sort_by(|a, b| a.slug.cmp(&b.slug));
    if let Some(pair) = members.windows(2).find(|p| p[0].slug == p[1].slug) {
        return Err((
            format!("the members list names the slug `{}` twice", pair[0].slug),
            "ask the source's maintainers to fix their members.json",
        ));
    }
    Ok(Snapshot {
        schema: snapshot::SCHEMA.to_string(),
        federation: federation.to_string(),
        source_url: url.to_string(),
        base_url: document.base_url,
        default_language: document.default_language,
        languages: document.languages,
        imported: today(),
        source_federations,
        members,
    })
}

fn parse_members(bytes: &[u8]) -> Result<MembersDocument, Problem> {
    const SOURCE_HINT: &str = "the source must publish the members.json that `federa build` writes; the previous snapshot is kept";
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        (
            format!("the members list is not valid JSON: {e}"),
            SOURCE_HINT,
        )
    })?;
    schema_id(&value, "members")?;
    let document: MembersDocument = serde_json::from_value(value).map_err(|e| {
        (
            format!("the members list does not match the {SCHEMA} schema: {e}"),
            SOURCE_HINT,
        )
    })?;
    match document.schema_problem() {
        Some(problem) => Err((
            format!("the members list does not match the {SCHEMA} schema: {problem}"),
            SOURCE_HINT,
        )),
        None => Ok(document),
    }
}

/// The `"schema"` id: this version's, or a clear refusal of a newer or unknown one.
fn schema_id(value: &Value, what: &str) -> Result<(), Problem> {
    match value.get("schema").and_then(Value::as_str) {
        Some(SCHEMA) => Ok(()),
        Some(newer) if newer.starts_with("federa/members/v") => Err((
            format!("the {what} list is in format `{newer}`, and this federa reads `{SCHEMA}`"),
            "the source uses a newer federa: update federa (`cargo install federa`) and import again",
        )),
        Some(other) => Err((
            format!("the {what} list is in an unknown format `{other}`, expected `{SCHEMA}`"),
            "point `url` at the members.json that a federa site publishes",
        )),
        None => Err((
            format!("the {what} list has no `\"schema\": \"{SCHEMA}\"`: it is not a federa export"),
            "point `url` at the members.json that a federa site publishes",
        )),
    }
}

fn fetch_federations(
    root: &Path,
    location: &str,
) -> Result<Vec<crate::import::record::FederationRecord>, Problem> {
    const HINT: &str =
        "federations.json beside members.json is optional, but must be valid when present";
    let Some(bytes) =
        fetch(root, location).map_err(|e| (format!("cannot fetch {location}: {e}"), HINT))?
    else {
        return Ok(Vec::new());
    };
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| (format!("{location} is not valid JSON: {e}"), HINT))?;
    schema_id(&value, "federations")?;
    let document: FederationsDocument = serde_json::from_value(value).map_err(|e| {
        (
            format!("{location} does not match the {SCHEMA} schema: {e}"),
            HINT,
        )
    })?;
    debug_assert_eq!(document.schema, SCHEMA);
    let mut federations = document.federations;
    federations.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(federations)
}

/// `name` in the same folder as `location` (a URL or a file path).
fn beside(location: &str, name: &str) -> String {
    let path = location.split(['?', '#']).next().unwrap_or(location);
    match path.rsplit_once('/') {
        Some((dir, _)) if !dir.ends_with('/') => format!("{dir}/{name}"),
        _ if !location.contains("://") => name.to_string(),
        _ => format!("{}/{name}", path.trim_end_matches('/')),
    }
}

fn normalized(url: &str) -> String {
    url.trim_end_matches('/').to_ascii_lowercase()
}

fn today() -> String {
    let date = Moment::now().date;
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_file_beside() {
        assert_eq!(
            beside("https://a.example/members.json", "federations.json"),
            "https://a.example/federations.json"
        );
        assert_eq!(
            beside("https://a.example/x/members.json?v=1", "f.json"),
            "https://a.example/x/f.json"
        );
        assert_eq!(beside("members.json", "f.json"), "f.json");
        assert_eq!(beside("data/members.json", "f.json"), "data/f.json");
    }
}
