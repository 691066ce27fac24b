//! Values listed twice in a data file (`technologies = ["WordPress", "WordPress"]`):
//! each shows twice on the co-op's card and profile, so the second one is an error.
//! Technologies are proper nouns whose spelling varies, so they compare ignoring case.

use std::collections::BTreeMap;

use crate::content::data::Shape;
use crate::content::validate::Findings;

/// How two values are compared.
#[derive(Debug, Clone, Copy)]
pub enum Compare {
    Exact,
    IgnoringCase,
}

/// Reports every value of the list `path` that repeats an earlier one.
pub fn duplicates<'a>(
    f: &mut Findings,
    shape: &Shape,
    path: &str,
    items: impl Iterator<Item = &'a str>,
    compare: Compare,
) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (i, item) in items.enumerate() {
        let folded = match compare {
            Compare::Exact => item.to_string(),
            Compare::IgnoringCase => item.to_lowercase(),
        };
        let Some(first) = seen.get(&folded) else {
            seen.insert(folded, item);
            continue;
        };
        let span = shape.span(&format!("{path}[{i}]")).unwrap_or(0..1);
        let already = if *first == item {
            format!("`{item}` is already listed")
        } else {
            format!("`{item}` is already listed as `{first}`")
        };
        f.at(
            span,
            format!("`{item}` appears twice in `{path}`"),
            format!("{already}: remove this one"),
        );
    }
}
