//! The directory's live count in Polish, whose plurals have four forms: the browser picks
//! the sentence of the right CLDR category for 1, 2, 5 and 22 matching co-ops (it used
//! to know only `one` and `other`: "2 pasującej spółdzielni").

use crate::harness::TestSite;
use crate::static_host::Server;

use super::Suite;

/// The Polish fixture with co-ops 2 to 22, whose summaries let a search match
/// exactly 2 ("rare"), 5 ("small"), 22 ("co-op") or 1 ("kraków", co-op 1 only).
fn polish_directory() -> TestSite {
    let site = TestSite::fixture("polish");
    for n in 2..=22 {
        let kind = match n {
            2..=3 => "rare",
            4..=8 => "small",
            _ => "big",
        };
        site.write(
            &format!("content/members/member-{n:02}.toml"),
            &format!(
                "name = \"Spółdzielnia {n}\"\nwebsite = \"https://s{n}.example.org/\"\n\
                 federations = [\"pl-tech\"]\ncoop_type = \"worker\"\ncountry = \"PL\"\n\
                 city = \"Gdańsk\"\ncoordinates = [54.35, 18.65]\n\n[summary]\nen = \"A {kind} co-op.\"\n"
            ),
        );
    }
    site
}

impl Suite {
    pub fn polish_live_count(&mut self) {
        let site = polish_directory();
        let _ = site.build().success();
        let server = Server::start(site.out());
        for (query, want) in [
            ("krak", "1 pasująca spółdzielnia."),
            ("rare", "2 pasujące spółdzielnie."),
            ("small", "5 pasujących spółdzielni."),
            ("co-op", "22 pasujące spółdzielnie."),
        ] {
            self.browser
                .goto(&server.url(&format!("/pl/members/?q={query}")));
            self.check_logs_from(&server.origin, "Polish directory");
            let shown = self.js("return document.getElementById('filter-status').textContent;");
            if shown.as_str() != Some(want) {
                self.failures.push(format!(
                    "Polish live count for `{query}`: {shown}, wanted {want:?}"
                ));
            }
        }
    }
}
