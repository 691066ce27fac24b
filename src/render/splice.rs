//! Long lists of remembered HTML put into a rendered page after the template ran.
//!
//! The directory, the hire page and the services, technologies, countries and
//! federation pages list up to every member's card (12 MB per language at 10,000
//! members), each card rendered once and remembered (`render::cards`). Printing them
//! through the template engine (`{{ card.html | safe }}` in a loop) costs a loop step, a
//! look-up and a copy per card, then the engine's output grows by doubling and is
//! checked as UTF-8 whole, on every render of those pages: most of a member edit's time
//! in `federa serve` at 10,000 members.
//!
//! So the template gets, as `members_html` (or `coops_html`), a short marker instead:
//! a comment with a number drawn once per process, which no contributed text can know.
//! The template prints it where the list goes (`{{ members_html }}`), and `fill` writes
//! each entry's HTML and a newline in its place, copying the list once. Themes that
//! loop over `members` themselves still can: the entries are in the context too. Each
//! entry's HTML is kept beside its template value (`Card::html`), so that copying it
//! needs no look-up in the value.

use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, OnceLock};

use tera::{Context, Value};

/// Entries' HTML, which goes where a template printed `marker`.
pub struct Block {
    marker: String,
    html: Vec<Arc<str>>,
}

impl Block {
    /// The block of `html` (one entry's each), for the context variable `name`.
    pub fn new(name: &str, html: Vec<Arc<str>>) -> Block {
        Block {
            marker: format!("<!--federa:{name}:{:016x}-->", nonce()),
            html,
        }
    }

    /// Puts a list into `context`: `list` the entries' template values, `html` the
    /// marker where their HTML goes; returns the block for `fill`.
    pub fn insert(
        context: &mut Context,
        (list, html): (&'static str, &'static str),
        entries: impl Iterator<Item = (Value, Arc<str>)>,
    ) -> Block {
        let (values, pieces): (Vec<Value>, Vec<Arc<str>>) = entries.unzip();
        let block = Block::new(html, pieces);
        context.insert_value(html, block.marker());
        context.insert_value(list, Value::from(values));
        block
    }

    /// What the template gets: the marker, printed as it is.
    pub fn marker(&self) -> Value {
        Value::safe_string(&self.marker)
    }

    /// The length of what `fill` writes for this block.
    fn len(&self) -> usize {
        self.html.iter().map(|html| html.len() + 1).sum()
    }

    fn write(&self, out: &mut String) {
        for html in &self.html {
            out.push_str(html);
            out.push('\n');
        }
    }
}

/// A number drawn once per process: markers cannot be written in advance.
fn nonce() -> u64 {
    static NONCE: OnceLock<u64> = OnceLock::new();
    *NONCE.get_or_init(|| RandomState::new().hash_one("federa splice"))
}

/// `html` with every marker of `blocks` replaced by that block's entries.
pub fn fill(html: String, blocks: &[Block]) -> String {
    let mut found: Vec<(usize, &Block)> = blocks
        .iter()
        .flat_map(|block| {
            html.match_indices(block.marker.as_str())
                .map(move |(at, _)| (at, block))
        })
        .collect();
    if found.is_empty() {
        return html;
    }
    found.sort_by_key(|(at, _)| *at);
    let size = html.len() + found.iter().map(|(_, block)| block.len()).sum::<usize>();
    let mut out = String::with_capacity(size);
    let mut from = 0;
    for (at, block) in found {
        out.push_str(&html[from..at]);
        block.write(&mut out);
        from = at + block.marker.len();
    }
    out.push_str(&html[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(html: &str) -> Arc<str> {
        Arc::from(html)
    }

    #[test]
    fn markers_become_the_entries_html_each_time_they_are_printed() {
        let cards = Block::new("members", vec![entry("<li>a</li>"), entry("<li>b</li>")]);
        let coops = Block::new("coops", vec![entry("<li>c</li>")]);
        let marker = |b: &Block| b.marker().as_str().unwrap_or_default().to_string();
        let page = format!(
            "<ul>{}</ul><ul>{}</ul><ol>{}</ol>",
            marker(&cards),
            marker(&coops),
            marker(&cards)
        );
        assert_eq!(
            fill(page, &[cards, coops]),
            "<ul><li>a</li>\n<li>b</li>\n</ul><ul><li>c</li>\n</ul><ol><li>a</li>\n<li>b</li>\n</ol>"
        );
    }

    #[test]
    fn text_that_only_looks_like_a_marker_is_left_alone() {
        let cards = Block::new("members", vec![entry("<li>a</li>")]);
        let page = "<p>&lt;!--federa:members:0000000000000000--&gt; <!--federa:members:1--></p>";
        assert_eq!(fill(page.to_string(), &[cards]), page);
    }
}
