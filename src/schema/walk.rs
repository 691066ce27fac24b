//! The structural walk: compares toml's spanned tree with a `Field` list, reports every
//! problem and repairs the tree (drops what is wrong, puts placeholders where a
//! required field is missing) so that serde can still build a value from it.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml::de::{DeArray, DeTable, DeValue};
use toml::Spanned;

use crate::diagnostic::{nearest, Diagnostic};
use crate::schema::{placeholder, words, Field, Kind, Source};

/// Collects the problems of one file while walking it.
pub struct Walker<'a> {
    source: Source<'a>,
    pub problems: Vec<Diagnostic>,
    /// Top-level fields that were missing, dropped or had dropped parts.
    pub broken: BTreeSet<String>,
    /// Where list items (`services[2]`) and the keys of free tables (`summary.fr`)
    /// are, in the whole file: the content checks point at them.
    pub spans: BTreeMap<String, Range<usize>>,
    /// The fields of the file's top level, for hints about keys written under the
    /// wrong `[table]` line.
    root: &'static [Field],
}

impl<'a> Walker<'a> {
    pub fn new(source: Source<'a>, root: &'static [Field]) -> Walker<'a> {
        Walker {
            source,
            problems: Vec::new(),
            broken: BTreeSet::new(),
            spans: BTreeMap::new(),
            root,
        }
    }

    fn absolute(&self, span: Range<usize>) -> Range<usize> {
        self.source.offset + span.start..self.source.offset + span.end
    }

    fn report(&mut self, span: Range<usize>, message: String, hint: String) {
        let at = self.absolute(span);
        let problem = Diagnostic::at(self.source.path, self.source.file_text, at, message);
        self.problems.push(problem.with_hint(hint));
    }

    fn mark_broken(&mut self, path: &str) {
        let top = path.split('.').next().unwrap_or(path);
        self.broken.insert(top.to_string());
    }

    /// Checks a table (at `span`, `prefix` its dotted path, `` for the top level).
    pub fn table(
        &mut self,
        table: &mut DeTable,
        span: Range<usize>,
        fields: &'static [Field],
        prefix: &str,
    ) {
        let mut dropped: Vec<String> = Vec::new();
        for (key, value) in table.iter_mut() {
            let name: &str = key.get_ref();
            let path = join(prefix, name);
            let keep = match fields.iter().find(|f| f.name == name) {
                None => {
                    self.unknown(key.span(), name, fields, prefix);
                    false
                }
                Some(field) => self.value(value, &field.kind, &path, field.example),
            };
            if !keep {
                self.mark_broken(&path);
                dropped.push(name.to_string());
            }
        }
        for name in &dropped {
            table.remove(name.as_str());
        }
        for field in fields.iter().filter(|f| f.required) {
            if table.iter().any(|(key, _)| key.get_ref() == field.name) {
                continue;
            }
            let path = join(prefix, field.name);
            self.mark_broken(&path);
            if !dropped.iter().any(|d| d == field.name) {
                let where_ = if prefix.is_empty() {
                    String::new()
                } else {
                    format!(" in [{prefix}]")
                };
                self.report(
                    span.start..span.start + 1,
                    format!("missing `{}`{where_}", field.name),
                    format!("add a line `{}`", field.example),
                );
            }
            let key = Spanned::new(0..0, Cow::Borrowed(field.name));
            table.insert(key, Spanned::new(0..0, placeholder(&field.kind)));
        }
    }

    fn unknown(&mut self, span: Range<usize>, name: &str, fields: &[Field], prefix: &str) {
        let path = join(prefix, name);
        let hint = if let Some(best) = nearest(name, fields.iter().map(|f| f.name)) {
            format!("did you mean `{best}`?")
        } else if let Some(hint) = self.misplaced(name, prefix) {
            hint
        } else {
            let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
            format!("remove it; the fields here are: {}", known.join(", "))
        };
        self.report(span, format!("unknown field `{path}`"), hint);
    }

    /// A key written below a `[table]` line that belongs to the top level (or to
    /// another table): the classic TOML slip, explained.
    fn misplaced(&self, name: &str, prefix: &str) -> Option<String> {
        if prefix.is_empty() {
            let table = self.root.iter().find(|f| match f.kind {
                Kind::Table(inner) => inner.iter().any(|i| i.name == name),
                _ => false,
            })?;
            return Some(format!("`{name}` belongs in the [{}] table", table.name));
        }
        self.root.iter().find(|f| f.name == name)?;
        let table = prefix.split('.').next().unwrap_or(prefix);
        Some(format!(
            "lines after a `[{table}]` line belong to that table: move `{name}` above `[{table}]`"
        ))
    }

    /// Checks one value; false when it must be dropped.
    fn value(
        &mut self,
        value: &mut Spanned<DeValue>,
        kind: &Kind,
        path: &str,
        example: &str,
    ) -> bool {
        let span = value.span();
        let v = value.get_mut();
        let fits = match kind {
            Kind::Any => true,
            Kind::Text => v.is_str(),
            Kind::Bool => v.is_bool(),
            Kind::Date => {
                let at = self.absolute(span.clone());
                self.spans.insert(path.to_string(), at);
                v.is_datetime()
            }
            Kind::Integer => integer(v).is_some(),
            Kind::Count => return self.number(span, v, path, example, 0..=i64::from(u32::MAX)),
            Kind::Year => return self.number(span, v, path, example, 1000..=9999),
            Kind::Coordinates => return self.coordinates(span, v, path, example),
            Kind::TextList => return self.text_list(v, span, path, example),
            Kind::Choice(choices) => return self.choice(span, v, choices, path, example),
            Kind::Table(fields) => {
                if let DeValue::Table(table) = v {
                    self.table(table, span, fields, path);
                    return true;
                }
                false
            }
            Kind::Named(inner) => {
                if let DeValue::Table(table) = v {
                    self.named(table, inner, path, example);
                    return true;
                }
                false
            }
            Kind::TableList(fields) => return self.table_list(v, span, fields, path, example),
        };
        if !fits {
            self.wrong_type(span, v, kind, path, example);
        }
        fits
    }

    fn wrong_type(
        &mut self,
        span: Range<usize>,
        v: &DeValue,
        kind: &Kind,
        path: &str,
        example: &str,
    ) {
        let name = path.rsplit('.').next().unwrap_or(path);
        let hint = match self.misplaced(name, path.rsplit_once('.').map_or("", |(p, _)| p)) {
            Some(hint) if path.contains('.') => hint,
            _ => words::type_hint(kind, v, example),
        };
        self.report(
            span,
            format!(
                "`{path}` must be {}, not {}",
                words::expected(kind),
                words::found(v)
            ),
            hint,
        );
    }

    fn number(
        &mut self,
        span: Range<usize>,
        v: &DeValue,
        path: &str,
        example: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> bool {
        let kind = if *range.start() == 1000 {
            Kind::Year
        } else {
            Kind::Count
        };
        match integer(v) {
            Some(n) if range.contains(&n) => true,
            Some(n) => {
                self.report(
                    span,
                    format!("`{path}` must be {}, not {n}", words::expected(&kind)),
                    format!("for example `{example}`"),
                );
                false
            }
            None => {
                self.wrong_type(span, v, &kind, path, example);
                false
            }
        }
    }

    fn coordinates(&mut self, span: Range<usize>, v: &DeValue, path: &str, example: &str) -> bool {
        let numbers = v.as_array().map(|items| {
            items
                .iter()
                .filter(|i| i.get_ref().is_float() || i.get_ref().is_integer())
                .count()
        });
        match (v.as_array().map(|a| a.len()), numbers) {
            (Some(2), Some(2)) => true,
            (Some(len), _) => {
                let message = format!("`{path}` must be two numbers, [latitude, longitude]");
                let got = if len == 2 {
                    "text or other values".to_string()
                } else {
                    format!("{len} values")
                };
                self.report(
                    span,
                    format!("{message}, not {got}"),
                    format!("for example `{example}`"),
                );
                false
            }
            _ => {
                self.wrong_type(span, v, &Kind::Coordinates, path, example);
                false
            }
        }
    }

    fn text_list(
        &mut self,
        v: &mut DeValue,
        span: Range<usize>,
        path: &str,
        example: &str,
    ) -> bool {
        let DeValue::Array(items) = v else {
            self.wrong_type(span, v, &Kind::TextList, path, example);
            return false;
        };
        let mut kept = DeArray::new();
        for item in items.iter() {
            if item.get_ref().is_str() {
                let at = self.absolute(item.span());
                self.spans.insert(format!("{path}[{}]", kept.len()), at);
                kept.push(item.clone());
            } else {
                self.report(
                    item.span(),
                    format!(
                        "each item of `{path}` must be text in quotes, not {}",
                        words::found(item.get_ref())
                    ),
                    format!("for example `{example}`"),
                );
                self.mark_broken(path);
            }
        }
        *items = kept;
        true
    }

    fn choice(
        &mut self,
        span: Range<usize>,
        v: &DeValue,
        choices: &[&str],
        path: &str,
        example: &str,
    ) -> bool {
        let Some(text) = v.as_str() else {
            self.wrong_type(span, v, &Kind::Choice(&[]), path, example);
            return false;
        };
        if choices.contains(&text) {
            return true;
        }
        let hint = match nearest(text, choices.iter().copied()) {
            Some(best) => format!("did you mean `{best}`? (one of: {})", choices.join(", ")),
            None => format!("one of: {}", choices.join(", ")),
        };
        self.report(span, format!("`{path}` cannot be `{text}`"), hint);
        false
    }

    fn named(&mut self, table: &mut DeTable, kind: &Kind, path: &str, example: &str) {
        let mut dropped = Vec::new();
        for (key, value) in table.iter_mut() {
            let name: &str = key.get_ref();
            let at = self.absolute(key.span());
            self.spans.insert(join(path, name), at);
            if !self.value(value, kind, &join(path, name), example) {
                self.mark_broken(path);
                dropped.push(name.to_string());
            }
        }
        for name in &dropped {
            table.remove(name.as_str());
        }
    }

    fn table_list(
        &mut self,
        v: &mut DeValue,
        span: Range<usize>,
        fields: &'static [Field],
        path: &str,
        example: &str,
    ) -> bool {
        let DeValue::Array(items) = v else {
            self.wrong_type(span, v, &Kind::TableList(fields), path, example);
            return false;
        };
        let mut kept = DeArray::new();
        for item in items.iter() {
            let mut item = item.clone();
            let item_span = item.span();
            if let DeValue::Table(table) = item.get_mut() {
                self.table(table, item_span, fields, path);
                kept.push(item);
            } else {
                self.wrong_type(
                    item_span,
                    item.get_ref(),
                    &Kind::Table(fields),
                    path,
                    example,
                );
                self.mark_broken(path);
            }
        }
        *items = kept;
        true
    }
}

/// `a.b` (or `b` at the top level).
fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The value of a TOML integer (any radix, with `_` separators).
fn integer(v: &DeValue) -> Option<i64> {
    let n = v.as_integer()?;
    let digits = n.as_str().replace('_', "");
    let digits = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0o"))
        .or_else(|| digits.strip_prefix("0b"))
        .unwrap_or(&digits);
    i64::from_str_radix(digits, n.radix()).ok()
}
