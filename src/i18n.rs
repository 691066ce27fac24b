//! Fluent translations: one concurrent bundle per language, built once, shared by
//! every rendering thread.
//!
//! Sources are layered: the theme's `i18n/<lang>/*.ftl` first, then the site's
//! `i18n/<lang>/*.ftl`, which override the theme message by message. Lookups fall back
//! from the page language to the default language; a message missing there is an error.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;

mod collation;
mod fluent_guard;
mod functions;
mod numbers;
pub use collation::Collation;
pub use numbers::{write as write_number, Separators};
mod missing;
mod plurals;
pub use missing::MissingMessage;

/// The site's translation folder, relative to the root.
pub const DIR: &str = "i18n";

type Bundle = FluentBundle<FluentResource>;

/// One `.ftl` file, already read.
#[derive(Debug, Clone)]
pub struct FtlSource {
    /// Path for diagnostics (relative to the site root).
    pub path: PathBuf,
    pub lang: String,
    pub text: String,
}

/// Where a message is defined: for diagnostics about it.
#[derive(Debug, Clone)]
struct Definition {
    path: PathBuf,
    offset: usize,
}

/// All bundles of the site.
pub struct I18n {
    default_language: String,
    bundles: BTreeMap<String, Bundle>,
    /// Message id -> where the default language defines it.
    defined: BTreeMap<String, Definition>,
    /// Sources kept for diagnostics (indexed by path).
    sources: BTreeMap<PathBuf, String>,
    /// `(language, message id)` -> where it is defined last (the definition in use).
    definitions: BTreeMap<(String, String), Definition>,
    /// The theme's own default-language text of each message (before site overrides).
    theme_defaults: BTreeMap<String, String>,
}

/// A value passed to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A number written with the language's separators: `1 234`.
    Number(f64),
    /// A number written without grouping: years (`2026`), hours and minutes.
    Ungrouped(f64),
    Text(String),
}

impl I18n {
    /// Builds bundles for `languages` from `sources` (theme first, then site: later
    /// sources override earlier ones). Syntax errors are returned with their position.
    pub fn build(
        languages: &[String],
        default_language: &str,
        sources: Vec<FtlSource>,
    ) -> (I18n, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut bundles = BTreeMap::new();
        for lang in languages {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::format_value));
            if let Err(e) = bundle.add_builtins() {
                problems.push(Diagnostic::file(
                    DIR,
                    format!("cannot add Fluent builtins: {e:?}"),
                ));
            }
            bundles.insert(lang.clone(), bundle);
        }
        let mut defined = BTreeMap::new();
        let mut definitions = BTreeMap::new();
        let mut theme_defaults = BTreeMap::new();
        let mut kept = BTreeMap::new();
        for source in sources {
            let Some(bundle) = bundles.get_mut(&source.lang) else {
                continue;
            };
            let (resource, found) = parse(&source);
            problems.extend(found);
            let Some(resource) = resource else {
                continue;
            };
            for (id, offset) in message_offsets(&resource) {
                let path = source.path.clone();
                if source.lang == default_language && !path.starts_with(DIR) {
                    theme_defaults.insert(id.clone(), missing::entry_text(&source.text, offset));
                }
                if source.lang == default_language {
                    let path = path.clone();
                    defined.insert(id.clone(), Definition { path, offset });
                }
                definitions.insert((source.lang.clone(), id), Definition { path, offset });
            }
            bundle.add_resource_overriding(resource);
            kept.insert(source.path.clone(), source.text);
        }
        let i18n = I18n {
            default_language: default_language.to_string(),
            bundles,
            defined,
            sources: kept,
            definitions,
            theme_defaults,
        };
        i18n.remember_separators();
        (i18n, problems)
    }

    /// Whether the default language defines `id`: the test for controlled vocabularies.
    pub fn defines(&self, id: &str) -> bool {
        self.defined.contains_key(id)
    }

    /// Whether `lang` has its own translation of `id` (no fallback).
    pub fn has_own(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }

    /// Message ids the default language defines, sorted.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.defined.keys().map(String::as_str)
    }

    /// Formats message `id` in `lang`, falling back to the default language.
    pub fn format(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let bundle = [lang, self.default_language.as_str()]
            .into_iter()
            .filter_map(|l| self.bundles.get(l))
            .find(|b| b.has_message(message_id))
            .ok_or_else(|| format!("unknown Fluent message `{id}`"))?;
        let message = bundle
            .get_message(message_id)
            .ok_or_else(|| format!("unknown Fluent message `{id}`"))?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or_else(|| format!("Fluent message `{id}` has no value"))?;
        if let Some(problem) = self.number_of_text(lang, message_id, pattern, args) {
            return Err(problem);
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Ungrouped(n) => {
                    let options = FluentNumberOptions {
                        use_grouping: false,
                        ..FluentNumberOptions::default()
                    };
                    FluentValue::Number(FluentNumber::new(*n, options))
                }
                Arg::Text(t) => FluentValue::from(t.clone()),
            };
            fluent_args.set(name.to_string(), value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        match errors.first() {
            Some(e) => Err(format!("Fluent message `{id}` in `{lang}`: {e}")),
            None => Ok(text.into_owned()),
        }
    }

    /// Formats `id`, or returns `fallback` when no language defines it.
    pub fn format_or<'a>(&self, lang: &str, id: &str, fallback: &'a str) -> Cow<'a, str> {
        match self.format(lang, id, &[]) {
            Ok(text) => Cow::Owned(text),
            Err(_) => Cow::Borrowed(fallback),
        }
    }
}

/// Parses one `.ftl` file. Syntax errors come with the resource (the parser recovers
/// entry by entry, so the file's good messages still count); a control character, or
/// an input the parser would panic on, gives no resource at all.
pub fn parse(source: &FtlSource) -> (Option<FluentResource>, Vec<Diagnostic>) {
    if let Some(problem) = crate::input::control_character(&source.path, &source.text) {
        return (None, vec![problem]);
    }
    if let Some(problem) = fluent_guard::unicode_escape(&source.path, &source.text) {
        return (None, vec![problem]);
    }
    let text = source.text.clone();
    // fluent-syntax has panicked on malformed input (fluent-rs #389, guarded above):
    // whatever else might, a contributor's typo must give an error, never a crash.
    match std::panic::catch_unwind(|| FluentResource::try_new(text)) {
        Ok(Ok(resource)) => {
            let problems = functions::unknown_functions(source, &resource);
            (Some(resource), problems)
        }
        Ok(Err((resource, errors))) => {
            let mut problems: Vec<Diagnostic> = errors
                .iter()
                .map(|e| syntax_diagnostic(source, e))
                .collect();
            problems.extend(functions::unknown_functions(source, &resource));
            (Some(resource), problems)
        }
        Err(_) => (
            None,
            vec![
                Diagnostic::file(&source.path, "the Fluent parser failed on this file")
                    .with_hint("look for an unusual escape sequence or character, and simplify it"),
            ],
        ),
    }
}

fn message_offsets(resource: &FluentResource) -> Vec<(String, usize)> {
    let source = resource.source();
    let mut search_from = 0;
    let mut out = Vec::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name;
            let offset = find_definition(source, id, search_from).unwrap_or(search_from);
            search_from = offset;
            out.push((id.to_string(), offset));
        }
    }
    out
}

/// Byte offset of `id =` at the start of a line, searching from `from`.
fn find_definition(source: &str, id: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(found) = source.get(at..)?.find(id) {
        let pos = at + found;
        let line_start = pos == 0 || source.as_bytes()[pos - 1] == b'\n';
        let rest = source[pos + id.len()..].trim_start_matches([' ', '\t']);
        if line_start && rest.starts_with('=') {
            return Some(pos);
        }
        at = pos + id.len();
    }
    None
}

fn syntax_diagnostic(source: &FtlSource, error: &fluent_syntax::parser::ParserError) -> Diagnostic {
    Diagnostic::at(
        &source.path,
        &source.text,
        blame_span(&source.text, error.pos.clone()),
        format!("Fluent syntax error: {}", error.kind),
    )
    .with_hint("see https://projectfluent.org/fluent/guide/ for the syntax")
}

/// The parser reports a missing closing token at the start of the next line; point at
/// the end of the line that lacks it instead.
fn blame_span(text: &str, pos: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let at_line_start = pos.start > 0 && text.as_bytes().get(pos.start - 1) == Some(&b'\n');
    if !at_line_start {
        return pos;
    }
    let end = text[..pos.start].trim_end().len();
    end..end + 1
}

/// Reads the site's `.ftl` files (`i18n/<lang>/*.ftl` under `root`) for each language,
/// in a stable order; problems (such as symbolic links) are returned beside them.
pub fn read_dir(root: &Path, languages: &[String]) -> (Vec<FtlSource>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for lang in languages {
        let (entries, found) = crate::input::list(root, &Path::new(DIR).join(lang));
        problems.extend(found);
        let files = entries
            .into_iter()
            .filter(|e| !e.is_dir && e.rel.extension().is_some_and(|x| x == "ftl"));
        for file in files {
            match crate::input::read_text(root, &file.rel) {
                Ok(text) => out.push(FtlSource {
                    path: file.rel,
                    lang: lang.clone(),
                    text,
                }),
                Err(problem) => problems.push(problem),
            }
        }
    }
    (out, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n(files: &[(&str, &str)]) -> (I18n, Vec<Diagnostic>) {
        let sources = files
            .iter()
            .map(|(lang, text)| FtlSource {
                path: PathBuf::from(format!("i18n/{lang}/main.ftl")),
                lang: lang.to_string(),
                text: text.to_string(),
            })
            .collect();
        I18n::build(&["en".into(), "fr".into()], "en", sources)
    }

    const COUNT: &str = "count = { $n ->\n    [one] one co-op\n   *[other] { $n } co-ops\n}\n";

    #[test]
    fn french_plural_treats_zero_as_one() {
        let fr =
            "count = { $n ->\n    [one] { $n } coopérative\n   *[other] { $n } coopératives\n}\n";
        let (i18n, problems) = i18n(&[("en", COUNT), ("fr", fr)]);
        assert!(problems.is_empty());
        let n = |lang, n| {
            i18n.format(lang, "count", &[("n", Arg::Number(n))])
                .expect("formats")
        };
        assert_eq!(n("en", 0.0), "0 co-ops");
        assert_eq!(n("fr", 0.0), "0 coopérative");
        assert_eq!(n("en", 1.0), "one co-op");
    }

    #[test]
    fn falls_back_to_default_language_and_lists_missing() {
        let (i18n, _) = i18n(&[
            ("en", "hello = Hello\nbye = Bye\n"),
            ("fr", "hello = Bonjour\n"),
        ]);
        assert_eq!(i18n.format("fr", "bye", &[]).as_deref(), Ok("Bye"));
        let missing = i18n.missing_translations();
        assert_eq!(missing.len(), 1);
        assert_eq!((missing[0].line, missing[0].col), (2, 1));
        assert!(i18n.format("fr", "nope", &[]).is_err());
    }

    #[test]
    fn reports_syntax_errors_with_position() {
        let (_, problems) = i18n(&[("en", "ok = fine\nbroken = { $x\n")]);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].col), (2, 14));
    }
}
