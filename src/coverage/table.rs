//! The coverage as `check` prints it: one row per language, each column
//! `translated/total percent`, so a new language reads as a few lines rather than one
//! warning per message.

use serde::ser::SerializeMap;
use serde::Serializer;

use super::{Count, Coverage, Part};

/// The table, with a heading line; columns padded to their widest cell.
pub fn human(coverage: &Coverage) -> String {
    let mut rows: Vec<Vec<String>> = vec![std::iter::once("translations".to_string())
        .chain(Part::ALL.iter().map(|p| p.heading().to_string()))
        .collect()];
    for row in &coverage.languages {
        let name = if row.default {
            format!("{} (default)", row.lang)
        } else {
            row.lang.clone()
        };
        let cells = Part::ALL.iter().map(|p| cell(row.count(*p)));
        rows.push(std::iter::once(name).chain(cells).collect());
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (text, width))| match i {
                0 => format!("{text:<width$}"),
                _ => format!("{text:>width$}"),
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The line under the table: how many items it sums up, and where they are listed.
pub fn footer(coverage: &Coverage, verbose: bool) -> String {
    let missing = coverage.missing.len();
    if missing == 0 {
        return "every language has every message, page and text".to_string();
    }
    if verbose {
        format!("{missing} translations missing, each listed above; a build's page translation-status/ shows them too")
    } else {
        format!("{missing} translations missing: `federa check --verbose` lists each with its file, and a build's page translation-status/ shows them")
    }
}

/// `380/412 92%`, or `-` when there is nothing of the kind.
fn cell(count: Count) -> String {
    if count.total == 0 {
        return "-".to_string();
    }
    format!("{}/{} {}%", count.translated, count.total, count.percent())
}

/// A row's counts in JSON: `"messages": {"translated": 380, "total": 412, "percent": 92}`.
pub fn counts_json<S: Serializer>(counts: &[Count; 5], serializer: S) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(counts.len()))?;
    for part in Part::ALL {
        let count = counts[part as usize];
        let value = serde_json::json!({
            "translated": count.translated,
            "total": count.total,
            "percent": count.percent(),
        });
        let key = serde_json::to_value(part).map_err(serde::ser::Error::custom)?;
        map.serialize_entry(key.as_str().unwrap_or_default(), &value)?;
    }
    map.end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coverage::Row;

    #[test]
    fn rows_line_up() {
        let row = |lang: &str, default, n| Row {
            lang: lang.to_string(),
            default,
            counts: [
                Count {
                    translated: n,
                    total: 412,
                },
                Count::default(),
                Count::default(),
                Count::default(),
                Count::default(),
            ],
        };
        let coverage = Coverage {
            languages: vec![row("en", true, 412), row("pl", false, 7)],
            missing: Vec::new(),
            stale: Vec::new(),
        };
        let table = human(&coverage);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[1].starts_with("en (default)  412/412 100%"),
            "{table}"
        );
        let cells: Vec<&str> = lines[2].split_whitespace().collect();
        assert_eq!(cells[..3], ["pl", "7/412", "1%"], "{table}");
        // Right-aligned: the percents end in the same column.
        let end = |line: &str, cell: &str| line.find(cell).map(|at| at + cell.len());
        assert_eq!(end(lines[1], "100%"), end(lines[2], " 1%"), "{table}");
        assert!(lines[2].ends_with('-'), "{table}");
    }
}
