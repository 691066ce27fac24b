//! What translators have left to do in the interface messages: messages a language
//! lacks, site-level overrides (such as `site-title`) a language does not repeat, and
//! variables a translation drops or invents compared to the default language.
//!
//! All are warnings: the site still renders (with the default language's text, the
//! theme's generic text, or a message that misses a value), but a translator should know.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Definition, I18n, DIR};
use crate::diagnostic::{Diagnostic, LineIndex};

/// One message a language lacks, with the warning that points at its definition in the
/// default language.
#[derive(Debug, Clone)]
pub struct MissingMessage {
    pub lang: String,
    pub id: String,
    pub warning: Diagnostic,
}

impl I18n {
    /// How many messages the default language defines (every language's total).
    pub fn message_count(&self) -> usize {
        self.defined.len()
    }

    /// How many of the default language's messages `lang` translates itself.
    pub fn translated_count(&self, lang: &str) -> usize {
        self.defined
            .keys()
            .filter(|id| self.has_own(lang, id))
            .count()
    }

    /// Warnings for every message of the default language that another language lacks.
    pub fn missing_translations(&self) -> Vec<Diagnostic> {
        self.missing_messages()
            .into_iter()
            .map(|m| m.warning)
            .collect()
    }

    /// Every message of the default language that another language lacks. Linear in the
    /// number of messages: one line index per file, one lookup per message and language.
    pub fn missing_messages(&self) -> Vec<MissingMessage> {
        let indexes = self.line_indexes();
        let mut out = Vec::new();
        for (lang, bundle) in &self.bundles {
            if *lang == self.default_language {
                continue;
            }
            for (id, def) in self
                .defined
                .iter()
                .filter(|(id, _)| !bundle.has_message(id))
            {
                let message = format!(
                    "message `{id}` is not translated into `{lang}`; `{}` is shown instead",
                    self.default_language
                );
                let warning = self
                    .locate(&indexes, def, id.len(), message)
                    .warning()
                    .with_hint(add_hint(id, lang, &def.path));
                out.push(MissingMessage {
                    lang: lang.clone(),
                    id: id.clone(),
                    warning,
                });
            }
        }
        out
    }

    /// A message the site's own `i18n/<default>/` sets (overriding the theme) that
    /// another language's `i18n/<lang>/` does not: that language silently shows the
    /// theme's generic text, such as its `site-title`.
    pub fn missing_overrides(&self) -> Vec<Diagnostic> {
        let indexes = self.line_indexes();
        let mut out = Vec::new();
        let changed = |id: &String, def: &Definition| {
            let text = self
                .sources
                .get(&def.path)
                .map(|s| entry_text(s, def.offset));
            text.as_ref() != self.theme_defaults.get(id)
        };
        // A site text equal to the theme's (a copied vocabulary) changes nothing.
        let overrides = self
            .defined
            .iter()
            .filter(|(id, d)| is_site_file(&d.path) && changed(id, d));
        for (id, def) in overrides {
            for lang in self.bundles.keys().filter(|l| **l != self.default_language) {
                let theirs = self.definitions.get(&(lang.clone(), id.clone()));
                if theirs.is_none_or(|d| is_site_file(&d.path)) {
                    continue;
                }
                let message = format!(
                    "`{id}` is set for this site in {DIR}/{}/ but not in {DIR}/{lang}/: `{lang}` pages show the theme's generic text",
                    self.default_language
                );
                out.push(
                    self.locate(&indexes, def, id.len(), message)
                        .warning()
                        .with_hint(format!("add `{id} = ...` to a file under {DIR}/{lang}/")),
                );
            }
        }
        out
    }

    /// Translations that drop a variable of the default language's message (a value the
    /// reader never sees) or use one it does not have (the template may not pass it).
    pub fn variable_mismatches(&self) -> Vec<Diagnostic> {
        let indexes = self.line_indexes();
        let mut out = Vec::new();
        for id in self.defined.keys() {
            let Some(expected) = self.variables(&self.default_language, id) else {
                continue;
            };
            for lang in self.bundles.keys().filter(|l| **l != self.default_language) {
                let (Some(found), Some(def)) = (
                    self.variables(lang, id),
                    self.definitions.get(&(lang.clone(), id.clone())),
                ) else {
                    continue;
                };
                let dropped: Vec<String> = expected.difference(&found).cloned().collect();
                let invented: Vec<String> = found.difference(&expected).cloned().collect();
                let message = match (dropped.is_empty(), invented.is_empty()) {
                    (true, true) => continue,
                    (false, true) => format!("`{id}` in `{lang}` leaves out {}", listed(&dropped)),
                    (true, false) => format!(
                        "`{id}` in `{lang}` uses {}, which the `{}` message does not",
                        listed(&invented),
                        self.default_language
                    ),
                    (false, false) => format!(
                        "`{id}` in `{lang}` leaves out {} and uses {} instead",
                        listed(&dropped),
                        listed(&invented)
                    ),
                };
                out.push(
                    self.locate(&indexes, def, id.len(), message)
                        .warning()
                        .with_hint(format!(
                            "use the same variables as the `{}` message: {}",
                            self.default_language,
                            listed(&expected.iter().cloned().collect::<Vec<_>>())
                        )),
                );
            }
        }
        out
    }

    /// The variables message `id` reads in `lang`'s own bundle (value and attributes).
    fn variables(&self, lang: &str, id: &str) -> Option<std::collections::BTreeSet<String>> {
        let message = self.bundles.get(lang)?.get_message(id)?;
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        Some(
            patterns
                .flat_map(super::functions::variables)
                .map(str::to_string)
                .collect(),
        )
    }

    fn line_indexes(&self) -> BTreeMap<&PathBuf, LineIndex> {
        self.sources
            .iter()
            .map(|(path, text)| (path, LineIndex::new(text)))
            .collect()
    }

    fn locate(
        &self,
        indexes: &BTreeMap<&PathBuf, LineIndex>,
        def: &Definition,
        len: usize,
        message: String,
    ) -> Diagnostic {
        let span = def.offset..def.offset + len;
        match (self.sources.get(&def.path), indexes.get(&def.path)) {
            (Some(text), Some(index)) => {
                Diagnostic::at_indexed(&def.path, text, index, span, message)
            }
            _ => Diagnostic::file(&def.path, message),
        }
    }
}

/// The text of the entry defined at `offset`: its first line and the indented lines
/// after it, without the `id =` and attributes (to compare a site's message with the theme's).
pub(super) fn entry_text(source: &str, offset: usize) -> String {
    let rest = source.get(offset..).unwrap_or("");
    let mut lines = rest.lines();
    let first = lines.next().unwrap_or("");
    let value = first
        .split_once('=')
        .map_or(first, |(_, v)| v)
        .trim()
        .to_string();
    let more = lines
        .take_while(|l| l.starts_with([' ', '\t']) || l.trim().is_empty())
        .filter(|l| !l.trim_start().starts_with('.'));
    more.fold(value, |text, line| text + "\n" + line.trim_end())
        .trim_end()
        .to_string()
}

/// `$a`, `$b` and `$c`.
fn listed(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`${n}`")).collect();
    match names.split_last() {
        None => "no variables".to_string(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Whether a `.ftl` file is the site's own (`i18n/...`) rather than the theme's.
fn is_site_file(path: &Path) -> bool {
    path.starts_with(DIR)
}

/// Where to add a missing message: the site's folder for the site's own messages; for a
/// theme message, the site's folder too, or the theme's, to translate it for every site.
fn add_hint(id: &str, lang: &str, defined_in: &Path) -> String {
    if is_site_file(defined_in) {
        return format!("add `{id} = ...` to a file under {DIR}/{lang}/ (the site's own messages)");
    }
    let theme_file = defined_in
        .parent()
        .and_then(Path::parent)
        .zip(defined_in.file_name())
        .map(|(folder, name)| folder.join(lang).join(name));
    match theme_file {
        Some(file) => format!(
            "a theme message: translate it for every site in `{}`, or for this site only in a file under {DIR}/{lang}/",
            file.display()
        ),
        None => format!("add `{id} = ...` to a file under {DIR}/{lang}/"),
    }
}

impl I18n {
    /// `NUMBER($name)` where the template passes `$name` as text: Fluent would print
    /// "NUMBER()" in the page, so it is an error naming the message's file and line.
    pub(super) fn number_of_text(
        &self,
        lang: &str,
        id: &str,
        pattern: &fluent_syntax::ast::Pattern<&str>,
        args: &[(&str, super::Arg)],
    ) -> Option<String> {
        let is_text = |name: &str| {
            args.iter().any(|(n, v)| {
                *n == name && matches!(v, super::Arg::Text(t) if t.trim().parse::<f64>().is_err())
            })
        };
        if !args.iter().any(|(_, v)| matches!(v, super::Arg::Text(_))) {
            return None;
        }
        let name = super::functions::numbered(pattern)
            .into_iter()
            .find(|n| is_text(n))?;
        let place = [lang, self.default_language.as_str()]
            .into_iter()
            .find_map(|l| self.definitions.get(&(l.to_string(), id.to_string())))
            .map(|def| {
                let text = self.sources.get(&def.path).map_or("", String::as_str);
                let line = text[..def.offset.min(text.len())].matches('\n').count() + 1;
                format!("{}:{line}: ", def.path.display())
            })
            .unwrap_or_default();
        Some(format!(
            "{place}Fluent message `{id}` in `{lang}` applies NUMBER() to `${name}`, which is text here; write `{{ ${name} }}` without NUMBER()"
        ))
    }
}
