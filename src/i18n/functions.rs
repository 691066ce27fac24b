//! Functions called in messages: only the ones federa provides may appear.
//!
//! Fluent resolves an unknown function (`DATETIME($when)`, a typo like `NUMBRE($n)`)
//! to literal text such as "NUMBRE()" at render time; finding it when the file is read
//! turns that into an error at its line and column.

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::FtlSource;
use crate::diagnostic::Diagnostic;

/// The functions messages may call (Fluent's built-in `NUMBER`).
const KNOWN: [&str; 1] = ["NUMBER"];

/// An error for every call of a function federa does not provide, at the call.
pub(super) fn unknown_functions(source: &FtlSource, resource: &FluentResource) -> Vec<Diagnostic> {
    let mut found = References::default();
    for entry in resource.entries() {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => continue,
        };
        value
            .into_iter()
            .chain(attributes.iter().map(|a| &a.value))
            .for_each(|pattern| in_pattern(pattern, &mut found));
    }
    let mut search_from = 0;
    found
        .calls
        .into_iter()
        .filter(|name| !KNOWN.contains(name))
        .map(|name| {
            let call = format!("{name}(");
            let start = source.text[search_from..]
                .find(&call)
                .map_or(search_from, |at| search_from + at);
            search_from = start + name.len();
            Diagnostic::at(
                &source.path,
                &source.text,
                start..start + name.len(),
                format!("unknown function `{name}` in a message"),
            )
            .with_hint(format!(
                "messages may call {}, e.g. `{{ NUMBER($count) }}`; write the text without it",
                KNOWN.join(", ")
            ))
        })
        .collect()
}

/// What a pattern refers to: functions it calls and variables it reads.
#[derive(Default)]
pub(super) struct References<'s> {
    pub calls: Vec<&'s str>,
    pub variables: std::collections::BTreeSet<&'s str>,
    /// Variables given to `NUMBER()` as its value (`NUMBER($count)`).
    pub numbered: Vec<&'s str>,
}

/// The variables `pattern` gives to `NUMBER()`.
pub(super) fn numbered<'s>(pattern: &Pattern<&'s str>) -> Vec<&'s str> {
    let mut found = References::default();
    in_pattern(pattern, &mut found);
    found.numbered
}

/// The variables `pattern` reads, in selectors, variants and function arguments too.
pub(super) fn variables<'s>(pattern: &Pattern<&'s str>) -> std::collections::BTreeSet<&'s str> {
    let mut found = References::default();
    in_pattern(pattern, &mut found);
    found.variables
}

fn in_pattern<'s>(pattern: &Pattern<&'s str>, found: &mut References<'s>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, found);
        }
    }
}

fn in_expression<'s>(expression: &Expression<&'s str>, found: &mut References<'s>) {
    match expression {
        Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                in_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => in_inline(inline, found),
    }
}

fn in_inline<'s>(inline: &InlineExpression<&'s str>, found: &mut References<'s>) {
    match inline {
        InlineExpression::FunctionReference { id, arguments } => {
            found.calls.push(id.name);
            if let (true, Some(InlineExpression::VariableReference { id })) =
                (id.name == "NUMBER", arguments.positional.first())
            {
                found.numbered.push(id.name);
            }
            let named = arguments.named.iter().map(|n| &n.value);
            for argument in arguments.positional.iter().chain(named) {
                in_inline(argument, found);
            }
        }
        InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name);
        }
        InlineExpression::Placeable { expression } => in_expression(expression, found),
        _ => {}
    }
}
