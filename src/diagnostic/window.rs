//! The part of a source line a diagnostic shows: at most `WIDTH` characters around
//! the caret, with `…` where the line was cut.
//!
//! A diagnostic used to copy its whole source line: 8,000 unknown services on one
//! line made 8,000 copies of that line (gigabytes of memory and of stderr). A window
//! keeps each diagnostic small whatever the input, and the caret stays under the same
//! character. Control characters are shown as `�` so a hostile file cannot drive the
//! terminal that prints the diagnostic.

/// The most characters of a source line a diagnostic shows.
pub const WIDTH: usize = 100;

/// Characters kept before the caret when the line must be cut.
const BEFORE: usize = 40;

/// A cut of one source line: its text, and the caret's 1-based column and width in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub text: String,
    pub caret_col: usize,
    pub width: usize,
}

/// The window of `line` around 1-based character column `col`, underlining `width`
/// characters (clipped to the window).
pub fn cut(line: &str, col: usize, width: usize) -> Window {
    let total = line.chars().count();
    let caret = col.saturating_sub(1).min(total);
    let (start, end) = if total <= WIDTH {
        (0, total)
    } else {
        let start = caret.saturating_sub(BEFORE).min(total - WIDTH);
        (start, start + WIDTH)
    };
    let mut text = String::with_capacity(WIDTH * 2);
    if start > 0 {
        text.push('…');
    }
    text.extend(line.chars().skip(start).take(end - start).map(printable));
    if end < total {
        text.push('…');
    }
    let lead = usize::from(start > 0);
    Window {
        text,
        caret_col: caret - start + lead + 1,
        width: width.clamp(1, (end - caret).max(1)),
    }
}

/// Shows control characters (but tab) as the replacement character.
pub fn printable(c: char) -> char {
    if c.is_control() && c != '\t' {
        '\u{fffd}'
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_kept_whole() {
        let w = cut("title = 1", 9, 1);
        assert_eq!(
            w,
            Window {
                text: "title = 1".into(),
                caret_col: 9,
                width: 1
            }
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = format!("services = [{}\"bad\"]", "\"ok\", ".repeat(2000));
        let col = line.find("\"bad\"").expect("bad") + 1;
        let w = cut(&line, col, 5);
        assert_eq!(
            w.text.chars().count(),
            WIDTH + 1,
            "one … at the start, none at the end"
        );
        assert!(w.text.starts_with('…'));
        let under: String = w.text.chars().skip(w.caret_col - 1).take(w.width).collect();
        assert_eq!(under, "\"bad\"");
        let middle = cut(&"é".repeat(500), 250, 3);
        assert!(middle.text.starts_with('…') && middle.text.ends_with('…'));
        assert_eq!(middle.caret_col, BEFORE + 2);
        assert_eq!(middle.text.chars().count(), WIDTH + 2);
    }

    #[test]
    fn control_characters_are_not_printed() {
        assert_eq!(cut("a\u{1b}[2Jb\tc", 1, 1).text, "a\u{fffd}[2Jb\tc");
    }
}
