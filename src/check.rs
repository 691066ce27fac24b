//! Whole-site checks that are not tied to one file's syntax: every translation key a
//! template or menu uses must exist in the default language.
//!
//! Keys are found statically (`t(key="...")` with a literal), so a missing key is
//! reported at its position in the template even if no page happens to render it.

use crate::content::validate::{self, Known};
use crate::diagnostic::Diagnostic;
use crate::site::Site;

/// Literal keys passed to `t(...)` in templates that the default language lacks.
pub fn template_keys(site: &Site) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for template in site.templates.sources() {
        for (offset, key) in literal_keys(&template.text) {
            if !site.i18n.defines(key.split('.').next().unwrap_or(key)) {
                problems.push(missing(&template.path, &template.text, offset, key));
            }
        }
    }
    problems
}

/// Member and federation files against the rest of the site.
pub fn data_files(site: &Site) -> Vec<Diagnostic> {
    let mut problems = member_files(site, |_| true);
    problems.extend(federation_files(site, |_| true));
    problems.extend(validate::duplicate_hosts(&site.members));
    problems
}

/// The member files whose slug `pick` selects, each against the rest of the site
/// (those with structural problems too: their content is checked in the same run).
pub fn member_files(site: &Site, pick: impl Fn(&str) -> bool) -> Vec<Diagnostic> {
    let known = known(site);
    site.members
        .iter()
        .chain(&site.rejected.members)
        // Imported members were checked when their snapshot was read (content::imported).
        .filter(|m| m.origin.is_none() && pick(&m.slug))
        .flat_map(|m| validate::member(m, &known))
        .collect()
}

/// The federation files whose slug `pick` selects, each against the rest of the site
/// (those with structural problems too).
pub fn federation_files(site: &Site, pick: impl Fn(&str) -> bool) -> Vec<Diagnostic> {
    let known = known(site);
    site.federations
        .iter()
        .chain(&site.rejected.federations)
        .filter(|f| pick(&f.slug))
        .flat_map(|f| validate::federation(f, &known))
        .collect()
}

/// People and working-group files against the members, federations and vocabulary.
pub fn people_files(site: &Site) -> Vec<Diagnostic> {
    // Files with structural problems still exist: naming them is not a second error.
    let members = site
        .members
        .iter()
        .chain(&site.rejected.members)
        .map(|m| m.slug.clone())
        .collect();
    crate::content::people::check::all(&site.people, &members, &known(site))
}

fn known(site: &Site) -> Known<'_> {
    Known {
        federations: &site.federation_slugs,
        i18n: &site.i18n,
        default_language: site.config.default_language(),
        languages: site.config.languages().collect(),
    }
}

/// Menu labels (Fluent ids) that the default language lacks.
pub fn menu_keys(site: &Site) -> Vec<Diagnostic> {
    let text = std::fs::read_to_string(site.root.join(crate::config::FILE)).unwrap_or_default();
    site.config
        .menus
        .values()
        .flatten()
        .filter(|item| !site.i18n.defines(item.label.get_ref()))
        .map(|item| {
            let span = item.label.span();
            missing(
                std::path::Path::new(crate::config::FILE),
                &text,
                span.start,
                item.label.get_ref(),
            )
        })
        .collect()
}

fn missing(path: &std::path::Path, text: &str, offset: usize, key: &str) -> Diagnostic {
    Diagnostic::at(
        path,
        text,
        offset..offset + key.len().max(1),
        format!("Fluent message `{key}` is not defined in the default language"),
    )
    .with_hint(format!(
        "add `{key} = ...` to a file under i18n/<default language>/"
    ))
}

/// `(byte offset of the key, key)` for each `t(key="...")` call with a literal key.
fn literal_keys(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("t(key=") {
        let at = from + found;
        from = at + 6;
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &text[from..];
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(len) = rest[1..].find(quote) {
            out.push((from + 1, &rest[1..1 + len]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literal_keys_only() {
        let text =
            r#"{{ t(key="a-b", n=1) }} {{ t(key=name) }} {{ at(key="x") }} {{ t(key='c') }}"#;
        let keys: Vec<&str> = literal_keys(text).into_iter().map(|(_, k)| k).collect();
        assert_eq!(keys, ["a-b", "c"]);
        assert_eq!(&text[literal_keys(text)[0].0..][..3], "a-b");
    }
}
