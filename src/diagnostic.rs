//! Diagnostics: one problem in a source file, located by line and column.
//!
//! Every stage reports problems as `Diagnostic` values instead of failing early, so a
//! run can show all of them at once. This module only formats; it never reads files:
//! callers pass the source text they already hold.

use std::fmt;
use std::path::{Path, PathBuf};

mod window;
pub use window::WIDTH as SOURCE_WINDOW;

/// How bad a problem is: errors fail the build, warnings only `check --strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, with everything needed to point a contributor at it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root (or a pseudo path for embedded theme files).
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns a whole file.
    pub line: usize,
    /// 1-based column in characters.
    pub col: usize,
    pub message: String,
    /// The offending source line, without its line ending: at most
    /// `SOURCE_WINDOW` characters around the problem, `…` where it was cut.
    pub source_line: Option<String>,
    /// 1-based column of the caret in `source_line` (`col` counts in the whole line).
    pub source_col: usize,
    /// Width of the caret underline in characters (at least 1).
    pub width: usize,
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem about a whole file, with no position inside it.
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            col: 0,
            message: message.into(),
            source_line: None,
            source_col: 0,
            width: 1,
            hint: None,
        }
    }

    /// A problem at a byte range of `source`.
    pub fn at(
        path: impl Into<PathBuf>,
        source: &str,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic::at_location(
            path,
            source,
            Location::of(source, span.start),
            span,
            message,
        )
    }

    /// Like `at`, with the location looked up in `index` (built once per file): for
    /// callers that report many problems in one large file.
    pub fn at_indexed(
        path: impl Into<PathBuf>,
        source: &str,
        index: &LineIndex,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic::at_location(
            path,
            source,
            index.location(source, span.start),
            span,
            message,
        )
    }

    fn at_location(
        path: impl Into<PathBuf>,
        source: &str,
        loc: Location,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let rest = source.get(loc.line_start..).unwrap_or("");
        let line_text = rest.split('\n').next().unwrap_or("");
        let line_text = line_text.strip_suffix('\r').unwrap_or(line_text);
        let end = span
            .end
            .min(loc.line_start + line_text.len())
            .max(span.start);
        let width = source
            .get(span.start..end)
            .map_or(1, |s| s.chars().count())
            .max(1);
        let shown = window::cut(line_text, loc.col, width);
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: loc.line,
            col: loc.col,
            message: message.into(),
            source_line: Some(shown.text),
            source_col: shown.caret_col,
            width: shown.width,
            hint: None,
        }
    }

    /// A problem at a 1-based line and column whose source line is known.
    pub fn at_line_col(
        path: impl Into<PathBuf>,
        source: &str,
        line: usize,
        col: usize,
        message: impl Into<String>,
    ) -> Self {
        let offset = line_col_to_offset(source, line, col);
        Diagnostic::at(path, source, offset..offset + 1, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The `path:line:col` prefix (just `path` for whole-file problems).
    pub fn location(&self) -> String {
        if self.line == 0 {
            display_path(&self.path)
        } else {
            format!("{}:{}:{}", display_path(&self.path), self.line, self.col)
        }
    }
}

fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message: String = self.message.chars().map(window::printable).collect();
        let location: String = self.location().chars().map(window::printable).collect();
        writeln!(f, "{location}: {label}: {message}")?;
        if let Some(text) = &self.source_line {
            let gutter = self.line.to_string();
            let pad = " ".repeat(gutter.len());
            let lead: String = text
                .chars()
                .take(self.source_col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, " {gutter} | {text}")?;
            writeln!(f, " {pad} | {lead}{}", "^".repeat(self.width))?;
        }
        if let Some(hint) = &self.hint {
            let hint: String = hint.chars().map(window::printable).collect();
            writeln!(f, "  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// A 1-based line and column, plus the byte offset where that line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
    pub line_start: usize,
}

impl Location {
    /// Line and column (in characters) of a byte offset.
    pub fn of(source: &str, offset: usize) -> Location {
        let offset = offset.min(source.len());
        let before = source.get(..offset).unwrap_or(source);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            line: before.matches('\n').count() + 1,
            col: before[line_start..].chars().count() + 1,
            line_start,
        }
    }
}

/// Where each line of a text starts: finds the line of an offset in O(log lines).
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The same as `Location::of(source, offset)`; `source` is the indexed text.
    pub fn location(&self, source: &str, offset: usize) -> Location {
        let offset = offset.min(source.len());
        let line = self.starts.partition_point(|start| *start <= offset).max(1);
        let line_start = self.starts[line - 1];
        Location {
            line,
            col: source
                .get(line_start..offset)
                .map_or(0, |s| s.chars().count())
                + 1,
            line_start,
        }
    }
}

fn line_col_to_offset(source: &str, line: usize, col: usize) -> usize {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = source.get(line_start..).unwrap_or("");
    line_start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// The known word closest to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d <= (k.len().max(word.len()) / 3).max(2))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Sorts diagnostics by file and position so output is stable across runs.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.line, a.col, &a.message).cmp(&(&b.path, b.line, b.col, &b.message))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_offsets_in_characters() {
        let src = "a = 1\nbé = x\n";
        let loc = Location::of(src, src.find('x').expect("x present"));
        assert_eq!((loc.line, loc.col), (2, 6));
    }

    #[test]
    fn formats_caret_under_span() {
        let src = "title = 1\ntitel = \"x\"\n";
        let d =
            Diagnostic::at("a.md", src, 10..15, "unknown field").with_hint("did you mean `title`?");
        let text = d.to_string();
        assert!(text.starts_with("a.md:2:1: error: unknown field\n"));
        assert!(text.contains(" 2 | titel = \"x\"\n   | ^^^^^\n"));
    }

    #[test]
    fn suggests_nearest_word() {
        assert_eq!(nearest("titel", ["title", "date", "slug"]), Some("title"));
        assert_eq!(nearest("zzzzzz", ["title", "date"]), None);
    }

    #[test]
    fn line_index_agrees_with_scanning() {
        let src = "a = 1\nbé = x\n\nlast";
        let index = LineIndex::new(src);
        for offset in 0..=src.len() {
            if src.is_char_boundary(offset) {
                assert_eq!(
                    index.location(src, offset),
                    Location::of(src, offset),
                    "{offset}"
                );
            }
        }
    }

    #[test]
    fn long_source_lines_are_windowed() {
        let src = format!("services = [{}\"bad\"]\n", "\"ok\", ".repeat(8000));
        let at = src.find("\"bad\"").expect("bad");
        let d = Diagnostic::at("m.toml", &src, at..at + 5, "unknown service");
        let shown = d.source_line.as_deref().expect("line");
        assert!(shown.chars().count() <= SOURCE_WINDOW + 2);
        let text = d.to_string();
        let lines: Vec<&str> = text.lines().collect();
        let caret_at = lines[2].chars().position(|c| c == '^').expect("caret");
        let under: String = lines[1].chars().skip(caret_at).take(5).collect();
        assert_eq!(under, "\"bad\"");
        assert_eq!(d.col, at + 1);
    }

    #[test]
    fn line_col_round_trips() {
        let src = "one\ntwo three\n";
        assert_eq!(line_col_to_offset(src, 2, 5), 8);
    }
}
