//! The shape of every TOML file federa reads (member, federation, page front matter,
//! `site.toml`), checked key by key so that one run reports every structural problem.
//!
//! serde stops at the first error, so a new member file with five mistakes used to
//! take five runs of `check`. Here the text is parsed into toml's spanned tree first;
//! `walk` compares it with a `Field` list, reports every unknown key, wrong type and
//! bad choice in a volunteer's words, removes what is wrong, puts a placeholder where
//! a required field is missing or broken, and only then hands the repaired tree to
//! serde. The typed value then still goes through the content checks, which skip the
//! fields named in `Checked::broken` so nothing is reported twice.
//!
//! This module knows shapes, not meanings: vocabularies, languages, URLs and other
//! rules that need the rest of the site stay in `content::validate` and `config`.

pub mod shapes;
mod walk;
mod words;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::de::{DeArray, DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::toml_error;

/// One key a table may hold.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// A correct line, shown in hints: `founded = 2019`.
    pub example: &'static str,
}

/// What a value must be.
#[derive(Debug)]
pub enum Kind {
    /// Text in quotes.
    Text,
    /// A four-digit year.
    Year,
    /// A whole number, zero or more.
    Count,
    /// A whole number, negative allowed.
    Integer,
    Bool,
    /// `[latitude, longitude]`: two numbers.
    Coordinates,
    /// A list of texts.
    TextList,
    /// One of a fixed set of texts (a Rust enum).
    Choice(&'static [&'static str]),
    /// A TOML date or date-time.
    Date,
    /// A table with known keys.
    Table(&'static [Field]),
    /// A table whose keys are free (languages, menu names) and whose values share a kind.
    Named(&'static Kind),
    /// A list of tables (`[[menus.main]]`).
    TableList(&'static [Field]),
    /// Anything (`[extra]`).
    Any,
}

/// A field that must be present.
pub const fn required(name: &'static str, kind: Kind, example: &'static str) -> Field {
    Field {
        name,
        kind,
        required: true,
        example,
    }
}

/// A field that may be left out.
pub const fn optional(name: &'static str, kind: Kind, example: &'static str) -> Field {
    Field {
        name,
        kind,
        required: false,
        example,
    }
}

/// The result of checking one TOML text against its fields.
#[derive(Debug)]
pub struct Checked<T> {
    /// The typed value, with placeholders where `broken` fields were (None only when
    /// the text is not TOML at all).
    pub value: Option<T>,
    /// Every structural problem found.
    pub problems: Vec<Diagnostic>,
    /// Top-level fields that were missing, of the wrong type or had a bad value: their
    /// value in `value` is a placeholder that later checks must not judge.
    pub broken: BTreeSet<String>,
    /// Byte ranges in the whole file of list items (`services[2]`), of the keys of
    /// free tables (`summary.fr`) and of dates (`date`, `event.start`).
    pub spans: BTreeMap<String, Range<usize>>,
}

/// Where the TOML text sits: `text` starts at byte `offset` of `file_text`, the whole
/// file named `path` in diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub path: &'a Path,
    pub file_text: &'a str,
    pub offset: usize,
    pub text: &'a str,
}

impl<'a> Source<'a> {
    /// A file that is all TOML.
    pub fn whole(path: &'a Path, text: &'a str) -> Source<'a> {
        Source {
            path,
            file_text: text,
            offset: 0,
            text,
        }
    }
}

/// Parses `source` and checks it against `fields`, collecting every problem.
pub fn parse<T: DeserializeOwned>(source: Source, fields: &'static [Field]) -> Checked<T> {
    let mut root = match DeTable::parse(source.text) {
        Ok(root) => root,
        Err(e) => {
            let problem =
                toml_error::diagnostic_in(source.path, source.file_text, source.offset, &e);
            return Checked {
                value: None,
                problems: vec![problem],
                broken: BTreeSet::new(),
                spans: BTreeMap::new(),
            };
        }
    };
    let mut walker = walk::Walker::new(source, fields);
    walker.table(root.get_mut(), 0..0, fields, "");
    let (broken, spans) = (walker.broken, walker.spans);
    let mut problems = walker.problems;
    let value = match T::deserialize(toml::de::Deserializer::from(root)) {
        Ok(value) => Some(value),
        Err(e) => {
            // The walk describes every shape serde accepts, so this only happens when a
            // `Field` list and its struct disagree; say so rather than lose the file.
            problems.push(toml_error::diagnostic_in(
                source.path,
                source.file_text,
                source.offset,
                &e,
            ));
            None
        }
    };
    Checked {
        value,
        problems,
        broken,
        spans,
    }
}

/// A value of the right type that stands in for a missing or broken required field.
pub(crate) fn placeholder(kind: &Kind) -> DeValue<'static> {
    match kind {
        Kind::Year | Kind::Count | Kind::Integer => {
            DeValue::parse("0").map_or(DeValue::Boolean(false), Spanned::into_inner)
        }
        Kind::Bool => DeValue::Boolean(false),
        Kind::Choice(choices) => DeValue::String(Cow::Borrowed(choices.first().unwrap_or(&""))),
        Kind::TextList | Kind::TableList(_) => DeValue::Array(DeArray::new()),
        Kind::Table(_) | Kind::Named(_) | Kind::Any => DeValue::Table(DeTable::new()),
        Kind::Coordinates => {
            DeValue::parse("[0.0, 0.0]").map_or(DeValue::Boolean(false), Spanned::into_inner)
        }
        Kind::Date => DeValue::parse("1970-01-01T00:00:00Z")
            .map_or(DeValue::Boolean(false), Spanned::into_inner),
        Kind::Text => DeValue::String(Cow::Borrowed("")),
    }
}

/// Whether `T` can be read from a table with only its required fields as placeholders:
/// used by tests to prove that each `Field` list matches its struct.
pub fn accepts_placeholders<T: for<'de> Deserialize<'de>>(fields: &'static [Field]) -> bool {
    let mut table = DeTable::new();
    for field in fields.iter().filter(|f| f.required) {
        table.insert(
            Spanned::new(0..0, Cow::Borrowed(field.name)),
            Spanned::new(0..0, placeholder(&field.kind)),
        );
    }
    T::deserialize(toml::de::Deserializer::from(Spanned::new(0..0, table))).is_ok()
}
