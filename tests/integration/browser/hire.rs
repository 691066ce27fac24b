//! The hire page and the case studies in the browser: choosing French, Django and
//! Belgium + France (a multiple select) narrows the co-ops to the French-speaking
//! Django co-ops of those two countries, the case studies to theirs, the URL keeps the
//! choice and the enquiry links name it; availability narrows further. The pages pass
//! axe-core and fit 320 and 1280 px windows in French and German.

use serde_json::{json, Value};

use super::Suite;

/// Hire and case study pages, by language, checked for overflow, axe and screenshots.
const PAGES: [(&str, &str, &str); 4] = [
    ("hire", "fr", "/fr/engager/"),
    ("hire", "de", "/de/beauftragen/"),
    ("case-studies", "fr", "/fr/etudes-de-cas/"),
    (
        "case-study",
        "de",
        "/de/fallstudien/shared-library-catalogue/",
    ),
];

impl Suite {
    /// The profile links of the co-ops the hire list shows.
    fn shown_coops(&self) -> Value {
        self.js("return Array.from(document.querySelectorAll('#hire-list > li')).filter(function (c) { return !c.hidden; }).map(function (c) { return c.querySelector('h3 a').getAttribute('href'); }).sort();")
    }

    pub fn hire_filters(&mut self) {
        self.browser.viewport(1280, 900, false);
        self.visit("/fr/engager/");
        assert_eq!(
            self.js("return [document.getElementById('hire-filters').hidden, document.querySelector('.hire-browse').hidden];"),
            json!([false, true]),
            "the script shows the form instead of the browse links"
        );
        let total = self.shown_coops().as_array().map_or(0, Vec::len);
        self.browser.click("#h-technology option[value=django]");
        self.browser.click("#h-language option[value=fr]");
        // A multiple select: chosen as a visitor's Ctrl-click would.
        self.js("var s = document.getElementById('h-country');
                 ['BE', 'FR'].forEach(function (c) { s.querySelector('option[value=' + c + ']').selected = true; });
                 s.dispatchEvent(new Event('change', {bubbles: true}));");
        assert_eq!(
            self.shown_coops(),
            json!([
                "/fr/membres/atelier-libre/",
                "/fr/membres/code-garrigue/",
                "/fr/membres/lumen-digital/"
            ]),
            "French-speaking Django co-ops in Belgium or France, out of {total}"
        );
        assert!(
            self.browser.current_url().ends_with(
                "/fr/engager/?technologies=django&languages=fr&countries=BE&countries=FR"
            ),
            "{}",
            self.browser.current_url()
        );
        let studies = self.js("return Array.from(document.querySelectorAll('#hire-studies > li')).filter(function (c) { return !c.hidden; }).map(function (c) { return c.querySelector('h3 a').getAttribute('href'); });");
        assert_eq!(
            studies,
            json!(["/fr/etudes-de-cas/shared-library-catalogue/"])
        );
        let mail = self.js("return decodeURIComponent(document.querySelector('a[data-mailto=\"hello@lumen-digital.example\"]').href);");
        assert!(
            mail.as_str().is_some_and(
                |m| m.contains("Nos besoins\u{202f}: Django, français, Belgique, France")
            ),
            "the enquiry names the needs: {mail}"
        );
        let status = self.js(
            "return document.querySelector(\".filter-status[data-for='hire-list']\").textContent;",
        );
        assert_eq!(status, "3 coopératives correspondent.");
        self.browser.click("#h-availability option[value=now]");
        assert_eq!(
            self.shown_coops(),
            json!(["/fr/membres/code-garrigue/", "/fr/membres/lumen-digital/"]),
            "an imported co-op not taking work is left out"
        );
        self.check_logs("hire filters");
        self.hire_pages_fit();
    }

    /// axe-core, no overflow at 320 and 1280 px, screenshots, in French and German.
    fn hire_pages_fit(&mut self) {
        for (width, height, mobile) in [(320, 640, true), (1280, 900, false)] {
            self.browser.viewport(width, height, mobile);
            for (kind, lang, path) in PAGES {
                self.visit(path);
                let what = format!("{path} at {width}px");
                self.axe(&what);
                self.no_horizontal_overflow(&what, width);
                self.browser
                    .screenshot(&self.shots.join(format!("{kind}-{lang}-{width}.png")));
            }
        }
    }
}
