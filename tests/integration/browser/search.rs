//! The search page in the browser: a French search for "Django" lists the French and
//! the Belgian Django co-ops (from the index built at build time, with no request to
//! another origin), the query is kept in the URL, typing narrows the results, the page
//! fits 320 and 1280 px, and without JavaScript it explains what to do instead.

use serde_json::{json, Value};

use super::Suite;

/// Waits until search.js has loaded the index and shown results for the query.
const RESULTS: &str = "var done = arguments[arguments.length - 1];
var tries = 0;
(function poll() {
  var status = document.getElementById('search-status');
  var links = Array.from(document.querySelectorAll('#search-results .search-result h2 a'));
  if ((links.length || status.textContent === status.dataset.none) || tries++ > 50) {
    done([links.map(function (a) { return a.getAttribute('href'); }), status.textContent,
          document.getElementById('search-without-script').hidden]);
  } else { setTimeout(poll, 50); }
})();";

impl Suite {
    pub fn search_page(&mut self) {
        for (width, height, mobile) in [(320, 700, true), (1280, 900, false)] {
            self.browser.viewport(width, height, mobile);
            self.visit("/fr/recherche/?q=Django");
            let found = self.browser.js_async(RESULTS, json!([]));
            let links: Vec<&str> = found[0]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            for coop in ["/fr/membres/code-garrigue/", "/fr/membres/lumen-digital/"] {
                assert!(links.contains(&coop), "{coop} among {found}");
            }
            assert!(
                found[1]
                    .as_str()
                    .is_some_and(|s| s.contains("pages trouvées")),
                "the count in French: {found}"
            );
            assert_eq!(found[2], json!(true), "the no-script text is hidden");
            self.no_horizontal_overflow(&format!("search at {width}px"), width);
            self.axe(&format!("/fr/recherche/ at {width}px"));
            self.browser
                .screenshot(&self.shots.join(format!("search-fr-{width}.png")));
            self.check_logs("search");
        }
        self.browser.viewport(1280, 900, false);
        self.search_narrows_as_one_types();
        self.search_without_javascript();
    }

    /// Typing a second word keeps only the pages with both; the URL is left alone until
    /// the form is sent.
    fn search_narrows_as_one_types(&mut self) {
        self.visit("/de/suche/");
        self.browser.js_async(RESULTS, json!([]));
        self.browser.type_into("#search-q", "django montpellier");
        let found = self.browser.js_async(RESULTS, json!([]));
        let links = found[0].as_array().cloned().unwrap_or_default();
        assert!(
            links.contains(&json!("/de/mitglieder/code-garrigue/"))
                && !links.contains(&json!("/de/mitglieder/lumen-digital/")),
            "the Django co-op of Montpellier, not the one of Brussels: {found}"
        );
        self.js("document.getElementById('search-form').requestSubmit();");
        let url = self.browser.current_url();
        assert!(
            url.ends_with("/de/suche/?q=django+montpellier"),
            "query kept in the URL: {url}"
        );
        self.check_logs("search as one types");
    }

    fn search_without_javascript(&mut self) {
        self.browser.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": true}),
        );
        self.visit("/nl/zoeken/");
        let state = self.js(
            "var box = document.getElementById('search-without-script');
             return [box.hidden, box.querySelectorAll('a').length > 1, box.textContent.indexOf('JavaScript') >= 0];",
        );
        self.browser
            .screenshot(&self.shots.join("search-nl-nojs-1280.png"));
        self.browser.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": false}),
        );
        assert_eq!(
            state,
            json!([false, true, true]),
            "without JavaScript: says so, links to the directory and the menu's pages"
        );
    }
}
