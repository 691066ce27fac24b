//! A page: `+++` front matter and a markdown body, parsed and rendered the way member
//! descriptions are (raw HTML escaped). No input may panic.
#![no_main]

use std::path::Path;

use federa::content::page::Page;
use federa::markdown::{self, Flavor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let file = Path::new("content/fuzz.md");
    match Page::parse(file, text.to_string(), "en", "fuzz".to_string(), false) {
        Ok(page) => {
            let _ = markdown::render(page.body(), Flavor { escape_html: true }, &|_| None);
        }
        Err(problems) => {
            for problem in problems {
                let _ = problem.to_string();
            }
        }
    }
});
