//! What makes a member or federation file portable between federa sites: its texts
//! may be in any of the site's languages, and every language code in it is checked.
//!
//! A summary is required in at least one of the site's languages, not necessarily the
//! default one, so a French-only co-op validates on a French-default national site and
//! on the English-default European site alike; pages then fall back across languages
//! (`Member::summary`) with the untranslated notice. Codes are judged by
//! `content::languages`.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::content::data::Shape;
use crate::content::languages::{judge, Verdict};
use crate::content::validate::{Findings, Known};

/// The `[summary]` rule: text in at least one of the site's languages.
pub fn summary(
    f: &mut Findings,
    summary: Option<&Spanned<BTreeMap<String, String>>>,
    known: &Known,
) {
    let languages = known.languages.join(", ");
    let example = format!(
        "{} = \"One sentence about the co-op.\"",
        known.default_language
    );
    match summary {
        Some(s)
            if known
                .languages
                .iter()
                .any(|l| s.get_ref().get(*l).is_some_and(|t| !t.trim().is_empty())) => {}
        Some(s) => f.at(
            s.span(),
            format!("the summary has no text in any of this site's languages ({languages})"),
            format!("add a line such as `{example}` under [summary]; one language is enough"),
        ),
        None => f.at(
            0..1,
            "missing [summary]".into(),
            format!(
                "add a [summary] table with a line such as `{example}`; one language is enough"
            ),
        ),
    }
}

/// The keys of `[summary]` and `[description]`: language codes this site can show.
pub fn text_languages<'a>(
    f: &mut Findings,
    shape: &Shape,
    table: &str,
    keys: impl Iterator<Item = &'a String>,
    known: &Known,
) {
    for key in keys {
        let Some(span) = shape.span(&format!("{table}.{key}")) else {
            continue;
        };
        match judge(key, &known.languages, known.i18n) {
            Verdict::Published => {}
            Verdict::NotPublished => f.warn(
                span,
                format!(
                    "this site does not publish `{key}`: the `{table}.{key}` text is never shown"
                ),
                format!(
                    "keep it if other sites show it; this site's languages are {}",
                    known.languages.join(", ")
                ),
            ),
            Verdict::Wrong { message, hint } => f.at(span, message, hint),
        }
    }
}

/// A co-op's or federation's working languages, `languages = [...]`.
pub fn working_languages(f: &mut Findings, shape: &Shape, codes: &[String], known: &Known) {
    for (i, code) in codes.iter().enumerate() {
        if let Verdict::Wrong { message, hint } = judge(code, &known.languages, known.i18n) {
            let span = shape.span(&format!("languages[{i}]")).unwrap_or(0..1);
            f.at(span, message, hint);
        }
    }
}
