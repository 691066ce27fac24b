//! Coverage of the texts in member and federation files: `[summary]` and
//! `[description]` tables, one entry per language. A co-op writes in its own
//! languages, so a missing entry is not a warning (`check --strict` passes); it is
//! counted, and listed by `check --verbose` and the translation-status page.

use std::collections::BTreeMap;
use std::path::Path;

use toml::Spanned;

use super::{Count, Gap, Part};
use crate::diagnostic::Diagnostic;
use crate::site::Site;

/// One text table of a member or federation file.
struct Text<'a> {
    part: Part,
    /// `lumen (summary)`: what the status page and `--verbose` name.
    item: String,
    file: &'a Path,
    source: &'a str,
    /// Byte offset of the table (or inline table) in the file.
    offset: usize,
    languages: Vec<&'a str>,
}

/// Every text table of the site's own member and federation files.
fn texts(site: &Site) -> Vec<Text<'_>> {
    let mut out = Vec::new();
    for m in site.members.iter().filter(|m| m.origin.is_none()) {
        let (file, source) = (m.file.as_path(), m.source.as_str());
        out.extend(summary(
            Part::MemberSummaries,
            &m.slug,
            file,
            source,
            &m.data.summary,
        ));
        out.extend(description(
            Part::MemberDescriptions,
            &m.slug,
            file,
            source,
            &m.data.description,
        ));
    }
    for f in &site.federations {
        let (file, source) = (f.file.as_path(), f.source.as_str());
        out.extend(summary(
            Part::FederationTexts,
            &f.slug,
            file,
            source,
            &f.data.summary,
        ));
        out.extend(description(
            Part::FederationTexts,
            &f.slug,
            file,
            source,
            &f.data.description,
        ));
    }
    out
}

fn summary<'a>(
    part: Part,
    slug: &str,
    file: &'a Path,
    source: &'a str,
    table: &'a Option<Spanned<BTreeMap<String, String>>>,
) -> Option<Text<'a>> {
    let table = table.as_ref()?;
    let offset = source[..table.span().start]
        .rfind("[summary]")
        .unwrap_or(table.span().start);
    text(
        part,
        format!("{slug} (summary)"),
        file,
        source,
        offset,
        table.get_ref(),
    )
}

fn description<'a>(
    part: Part,
    slug: &str,
    file: &'a Path,
    source: &'a str,
    table: &'a BTreeMap<String, String>,
) -> Option<Text<'a>> {
    let offset = source
        .find("[description]")
        .or_else(|| source.find("description"))?;
    text(
        part,
        format!("{slug} (description)"),
        file,
        source,
        offset,
        table,
    )
}

fn text<'a>(
    part: Part,
    item: String,
    file: &'a Path,
    source: &'a str,
    offset: usize,
    table: &'a BTreeMap<String, String>,
) -> Option<Text<'a>> {
    let languages = written_languages(table);
    (!languages.is_empty()).then_some(Text {
        part,
        item,
        file,
        source,
        offset,
        languages,
    })
}

/// The languages a text table is written in: its entries with some text.
pub(super) fn written_languages(table: &BTreeMap<String, String>) -> Vec<&str> {
    table
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(lang, _)| lang.as_str())
        .collect()
}

/// One gap per text table and site language it lacks.
pub(super) fn gaps(site: &Site) -> Vec<Gap> {
    let mut out = Vec::new();
    for text in texts(site) {
        for lang in site
            .config
            .languages()
            .filter(|l| !text.languages.contains(l))
        {
            let shown = text.languages.join("/");
            let warning = Diagnostic::at(
                text.file,
                text.source,
                text.offset..text.offset + 1,
                format!("{} is not written in `{lang}`", text.item),
            )
            .warning()
            .with_hint(format!(
                "add `{lang} = \"...\"` to this table; until then `{lang}` pages show the {shown} text with a notice"
            ));
            out.push(super::gap(text.part, lang, &text.item, &warning));
        }
    }
    out
}

/// How many items of each part there are, in `Part::ALL` order: worked out once for
/// every language's row (a site of 10,000 members has 20,000 texts to walk).
pub(super) fn totals(site: &Site) -> [usize; 5] {
    let mut totals = [0; 5];
    totals[Part::Messages as usize] = site.i18n.message_count();
    totals[Part::Pages as usize] =
        crate::content::translations::languages_by_page(&site.content, &site.config).len();
    for text in texts(site) {
        totals[text.part as usize] += 1;
    }
    totals
}

/// `lang`'s counts: everything there is (`totals`), less what `lang` lacks.
pub(super) fn counts(totals: &[usize; 5], missing: &[Gap], lang: &str) -> [Count; 5] {
    let mut absent = [0; 5];
    for gap in missing.iter().filter(|g| g.lang == lang) {
        absent[gap.part as usize] += 1;
    }
    Part::ALL.map(|part| Count {
        translated: totals[part as usize].saturating_sub(absent[part as usize]),
        total: totals[part as usize],
    })
}
