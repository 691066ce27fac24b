//! Typography of rendered text, by language: the quotation marks each language uses,
//! French spacing before `; : ! ?`, and "co-op" kept whole at line ends.
//!
//! Markdown comes through pulldown-cmark's smart punctuation with English quotes
//! (“ ” ‘ ’); `Typography::localise` turns them into the page language's (« » with
//! narrow no-break spaces in French, „ “ and ‚ ‘ in German; Dutch and English keep
//! “ ” ‘ ’, the curly quotes Dutch style guides such as Onze Taal accept). It works on
//! plain text only: the markdown renderer calls it for text outside code, and never
//! for URLs or attributes. `keep_words_whole` is also applied to the theme's strings.

/// No-break narrow space (U+202F), the French thin space before `; : ! ?` and inside « ».
pub const NARROW_NBSP: char = '\u{202F}';

/// Non-breaking hyphen (U+2011): "co‑op" never breaks across lines at its hyphen.
pub const NB_HYPHEN: char = '\u{2011}';

/// The typographic rules of one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Typography {
    /// English quotes as smart punctuation gives them (English, Dutch, and languages
    /// without rules here).
    #[default]
    Curly,
    French,
    German,
}

/// What `localise` must remember between the text pieces of one paragraph: how many
/// single quotes are open, to tell a closing ’ from an apostrophe.
#[derive(Debug, Default)]
pub struct QuoteState {
    open_single: usize,
}

impl Typography {
    /// The rules for a language tag (`fr`, `fr-CH`, `de-AT`, ...).
    pub fn for_language(lang: &str) -> Typography {
        match lang.split(['-', '_']).next().unwrap_or_default() {
            "fr" => Typography::French,
            "de" => Typography::German,
            _ => Typography::Curly,
        }
    }

    /// `text` with this language's quotes and spacing, and "co-op" kept whole.
    pub fn localise(self, text: &str, state: &mut QuoteState) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (self, c) {
                (_, '‘') => {
                    state.open_single += 1;
                    out.push(self.single_open());
                }
                (_, '’') if state.open_single > 0 => {
                    state.open_single -= 1;
                    out.push(self.single_close());
                }
                (Typography::French, '“') => {
                    out.push('«');
                    out.push(NARROW_NBSP);
                }
                (Typography::French, '”') => {
                    trim_space(&mut out);
                    out.push(NARROW_NBSP);
                    out.push('»');
                }
                (Typography::German, '“') => out.push('„'),
                (Typography::German, '”') => out.push('“'),
                (Typography::French, ';' | ':' | '!' | '?' | '»') => {
                    french_space_before(&mut out, chars.peek().copied());
                    out.push(c);
                }
                (Typography::French, ' ') if out.ends_with('«') => out.push(NARROW_NBSP),
                _ => out.push(c),
            }
        }
        keep_words_whole(&out)
    }

    fn single_open(self) -> char {
        match self {
            Typography::German => '‚',
            Typography::Curly | Typography::French => '‘',
        }
    }

    fn single_close(self) -> char {
        match self {
            Typography::German => '‘',
            Typography::Curly | Typography::French => '’',
        }
    }
}

/// Drops a plain or no-break space at the end of `out` (the writer's own, about to be
/// replaced by the narrow one).
fn trim_space(out: &mut String) {
    while out.ends_with([' ', '\u{A0}', NARROW_NBSP]) {
        out.pop();
    }
}

/// Before `; : ! ? »` French puts a narrow no-break space: the writer's space becomes
/// one, and one is added between a word and a mark that ends it (followed by a space,
/// the end or closing punctuation: not "http://", "10:30" or "?q=", nor inside "?!").
fn french_space_before(out: &mut String, next: Option<char>) {
    let Some(previous) = out.chars().next_back() else {
        return;
    };
    if matches!(previous, ' ' | '\u{A0}' | NARROW_NBSP) {
        trim_space(out);
        if !out.is_empty() {
            out.push(NARROW_NBSP);
        }
    } else if (previous.is_alphanumeric() || previous == '»' || previous == ')')
        && next.is_none_or(|c| c.is_whitespace() || "!?)”»\"'.,".contains(c))
        && !in_address(out)
    {
        out.push(NARROW_NBSP);
    }
}

/// Whether the word being written looks like a web or mail address ("example.org/?q").
fn in_address(out: &str) -> bool {
    let word = out.rsplit(char::is_whitespace).next().unwrap_or_default();
    word.contains(['/', '@']) || word.starts_with("www.")
}

/// `text` with the hyphen of "co-op" and "co-ops" (any case) made non-breaking, so the
/// word never ends a line as "co-". Not inside web or mail addresses ("co-op.example",
/// "@co-op"): only a word that stands alone.
pub fn keep_words_whole(text: &str) -> String {
    if !text.to_ascii_lowercase().contains("co-op") {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 4);
    let mut last = 0;
    let lower = text.to_ascii_lowercase();
    for (at, _) in lower.match_indices("co-op") {
        let before = text[..at].chars().next_back();
        let mut end = at + 5;
        if bytes
            .get(end)
            .is_some_and(|b| b.eq_ignore_ascii_case(&b's'))
        {
            end += 1;
        }
        let after = text[end..].chars().next();
        let after_next = text[end..].chars().nth(1);
        let starts_word = before.is_none_or(|c| !(c.is_alphanumeric() || "./@-_".contains(c)));
        let ends_word = after.is_none_or(|c| !(c.is_alphanumeric() || "-_@/".contains(c)))
            && !(after == Some('.') && after_next.is_some_and(char::is_alphanumeric));
        if starts_word && ends_word {
            out.push_str(&text[last..at + 2]);
            out.push(NB_HYPHEN);
            last = at + 3;
        }
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn localise(lang: &str, text: &str) -> String {
        Typography::for_language(lang).localise(text, &mut QuoteState::default())
    }

    #[test]
    fn quotes_follow_the_language() {
        let text = "She said “we’re ‘in’ it”.";
        assert_eq!(localise("en", text), text);
        assert_eq!(localise("nl", text), text);
        assert_eq!(localise("de", text), "She said „we’re ‚in‘ it“.");
        assert_eq!(
            localise("fr", text),
            "She said «\u{202F}we’re ‘in’ it\u{202F}»."
        );
    }

    #[test]
    fn french_spacing_before_high_punctuation() {
        assert_eq!(
            localise("fr-CH", "Europe : ce que ; vrai ! Oui? Non!? Voir: http://x.org/?q à 10:30."),
            "Europe\u{202F}: ce que\u{202F}; vrai\u{202F}! Oui\u{202F}? Non\u{202F}!? Voir\u{202F}: http://x.org/?q à 10:30."
        );
        assert_eq!(localise("fr", "« oui »"), "«\u{202F}oui\u{202F}»");
        assert_eq!(localise("en", "Really ? Yes!"), "Really ? Yes!");
    }

    #[test]
    fn co_op_never_breaks_at_its_hyphen_but_addresses_stay() {
        assert_eq!(
            keep_words_whole("Co-ops, a co-op. CO-OPS co-operative"),
            "Co\u{2011}ops, a co\u{2011}op. CO\u{2011}OPS co-operative"
        );
        assert_eq!(
            keep_words_whole("www.co-op.example me@co-op.coop tech-co-op"),
            "www.co-op.example me@co-op.coop tech-co-op"
        );
        assert_eq!(localise("de", "Tech-Co-ops"), "Tech-Co-ops");
    }
}
