//! The default theme in real headless Chromium, driven over WebDriver (chromedriver),
//! against this repository's own site served on 127.0.0.1 with the headers and 404 rules
//! of the `_headers` and `_redirects` files its build writes (`static_host`).
//!
//! Checks: the Content-Security-Policy is enforced and no page violates it; no console
//! errors; no request leaves the origin; the language switcher lands on translations
//! and on fallback pages; directory filters narrow the list, the map and the URL; the
//! full directory is there without JavaScript; axe-core finds no serious or critical
//! violation on the home, directory, member, federation, news and event pages, in every
//! language, at 375 and 1280 px (and in the dark scheme in English); no page is wider
//! than the window at 320, 375 or 1280 px, in any language, the menu is one row at 1280
//! px and behind a working "Menu" button on phones, short pages keep the footer at the
//! bottom, print and the dark scheme hold (`layout`); an empty filter result says so and
//! offers a reset, and a group of nearby co-ops on the map narrows the list to them
//! (`directory`); the hire page's filters narrow co-ops and case studies (`hire`);
//! the live count uses all four Polish plural forms (`plurals`, on the Polish
//! fixture); a French search for "Django" finds the French and Belgian Django
//! co-ops, and the search page fits and explains itself without JavaScript
//! (`search`). Screenshots go to `target/screenshots/`.
//!
//! Needs `chromium`, `chromedriver` and axe-core (`AXE_CORE_JS`, else
//! `target/npm/node_modules/axe-core/axe.min.js`). Without them the suite says so loudly
//! and passes, unless `FEDERA_REQUIRE_BROWSER=1` (set by `.ci/run`) makes that a failure.
//! One browser session serves every check, to stay fast on two cores.

mod directory;
mod hire;
mod layout;
mod plurals;
mod search;
mod webdriver;

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::harness::{bin, TestSite};
use crate::static_host::Server;
use webdriver::Browser;

/// Pages checked in every language, by their English path.
const PAGES: [(&str, &str); 10] = [
    ("home", "/"),
    ("directory", "/members/"),
    ("member", "/members/libre-maille/"),
    ("federation", "/federations/febe-tech/"),
    ("news", "/news/"),
    ("event", "/events/european-gathering-2027/"),
    ("governance", "/governance/"),
    ("working-group", "/governance/joint-bids/"),
    ("press", "/press/"),
    ("legal", "/legal/"),
];

/// Pinned "now": keeps the 2027 events upcoming whatever the date.
const NOW: &str = "2026-11-20T12:00:00+00:00";

struct Suite {
    browser: Browser,
    server: Server,
    axe: String,
    shots: PathBuf,
    failures: Vec<String>,
    _out: tempfile::TempDir,
}

#[test]
fn default_theme_in_headless_chromium() {
    let Some(mut suite) = Suite::start() else {
        return;
    };
    suite.csp_is_enforced();
    suite.language_switcher();
    suite.directory_filters();
    suite.directory_without_javascript();
    suite.empty_filter_result();
    suite.map_groups_filter_the_directory();
    suite.hire_filters();
    suite.polish_live_count();
    suite.pages_in_every_language();
    suite.more_pages_fit_every_width();
    suite.compact_menu_opens();
    suite.footer_and_current_section();
    suite.print_and_dark();
    suite.search_page();
    assert!(
        suite.failures.is_empty(),
        "{} problem(s) in the browser:\n- {}",
        suite.failures.len(),
        suite.failures.join("\n- ")
    );
}

/// Says loudly, past the test harness's capture, that the suite did not run.
fn skip(missing: &str) -> Option<Suite> {
    let required = std::env::var("FEDERA_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "FEDERA_REQUIRE_BROWSER=1 but {missing}: install chromium, chromium-driver and axe-core (see .ci/run)"
    );
    let banner = "=".repeat(78);
    let _ = writeln!(
        std::io::stderr(),
        "\n{banner}\nSKIPPED: browser tests of the default theme ({missing}).\n\
         To run them: apt-get install chromium chromium-driver;\n\
         npm install --prefix target/npm axe-core (or set AXE_CORE_JS=/path/axe.min.js);\n\
         FEDERA_REQUIRE_BROWSER=1 makes a missing browser a failure.\n{banner}"
    );
    None
}

fn tool(env: &str, candidates: &[&str]) -> Option<PathBuf> {
    if let Ok(path) = std::env::var(env) {
        return Some(PathBuf::from(path)).filter(|p| p.is_file());
    }
    candidates.iter().map(PathBuf::from).find(|p| p.is_file())
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

impl Suite {
    fn start() -> Option<Suite> {
        let Some(chromium) = tool(
            "FEDERA_CHROMIUM",
            &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        ) else {
            return skip("no chromium");
        };
        let Some(driver) = tool("FEDERA_CHROMEDRIVER", &["/usr/bin/chromedriver"]) else {
            return skip("no chromedriver");
        };
        let default_axe = target_dir().join("npm/node_modules/axe-core/axe.min.js");
        let Some(axe) = tool("AXE_CORE_JS", &[default_axe.to_str().unwrap_or("")]) else {
            return skip("no axe-core");
        };
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let out = tempfile::tempdir().expect("temp dir");
        let public = out.path().join("public");
        let built = bin()
            .arg("--root")
            .arg(root)
            .args(["build", "--now", NOW, "-o"])
            .arg(&public)
            .output()
            .expect("run federa");
        assert!(
            built.status.success(),
            "{}",
            String::from_utf8_lossy(&built.stderr)
        );
        let shots = target_dir().join("screenshots");
        std::fs::create_dir_all(&shots).expect("screenshots dir");
        Some(Suite {
            browser: Browser::start(&chromium, &driver),
            server: Server::start(public),
            axe: std::fs::read_to_string(axe).expect("read axe-core"),
            shots,
            failures: Vec::new(),
            _out: out,
        })
    }

    /// Opens `path` and records console errors and requests to other origins.
    fn visit(&mut self, path: &str) {
        self.browser.goto(&self.server.url(path));
        self.check_logs(path);
    }

    fn check_logs(&mut self, path: &str) {
        let origin = self.server.origin.clone();
        self.check_logs_from(&origin, path);
    }

    /// Console errors, CSP reports and requests to any origin but `origin` (the server
    /// of the site under test) since the last check.
    fn check_logs_from(&mut self, origin: &str, path: &str) {
        for entry in self.browser.log("browser") {
            let message = entry["message"].as_str().unwrap_or_default();
            if entry["level"] == "SEVERE" || message.contains("Content Security Policy") {
                self.failures.push(format!("{path}: console: {message}"));
            }
        }
        for entry in self.browser.log("performance") {
            let Some(text) = entry["message"].as_str() else {
                continue;
            };
            let Ok(event) = serde_json::from_str::<Value>(text) else {
                continue;
            };
            if event["message"]["method"] != "Network.requestWillBeSent" {
                continue;
            }
            let url = event["message"]["params"]["request"]["url"]
                .as_str()
                .unwrap_or_default();
            let web = ["http:", "https:", "ws:", "wss:"]
                .iter()
                .any(|s| url.starts_with(s));
            if web && !url.starts_with(&format!("{origin}/")) {
                self.failures
                    .push(format!("{path}: request to another origin: {url}"));
            }
        }
    }

    fn js(&self, script: &str) -> Value {
        self.browser.js(script, json!([]))
    }

    /// The CSP header is really enforced: an injected inline script is refused.
    fn csp_is_enforced(&mut self) {
        self.visit("/");
        let refused = self.browser.js_async(
            "var done = arguments[arguments.length - 1];
             document.addEventListener('securitypolicyviolation', function (e) { done(e.violatedDirective); });
             var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';
             document.body.appendChild(s);
             setTimeout(function () { done(window.inlineRan ? 'ran' : 'silent'); }, 2000);",
            json!([]),
        );
        assert!(
            refused
                .as_str()
                .is_some_and(|d| d.starts_with("script-src")),
            "inline script was not refused by the CSP: {refused}"
        );
        let _ = self.browser.log("browser");
        let _ = self.browser.log("performance");
    }

    fn language_switcher(&mut self) {
        self.visit("/about/");
        let href =
            self.js("return document.querySelector('.languages a[lang=fr]').getAttribute('href');");
        self.browser.click(".languages a[lang=fr]");
        assert_eq!(
            self.browser.current_url(),
            self.server.url(href.as_str().unwrap_or("?"))
        );
        assert_eq!(self.js("return document.documentElement.lang;"), "fr");
        assert_eq!(
            self.js("return document.querySelectorAll('.fallback-notice').length;"),
            0
        );
        // On a site with a post in English only (the `multilingual` fixture; this
        // repository's pages are all translated), the switcher leads to the fallback page.
        let site = TestSite::fixture("multilingual");
        let config = std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml");
        site.write(
            "site.toml",
            &config.replace("https://example.org/fed/", "https://example.org/"),
        );
        let _ = site.build().success();
        let fixture = Server::start(site.out());
        self.check_logs("switcher");
        self.browser.goto(&fixture.url("/news/older/"));
        let de = ".languages a[lang=de]";
        assert_eq!(
            self.js(&format!("return document.querySelector('{de}').className;")),
            "untranslated"
        );
        self.browser.click(de);
        assert!(
            self.browser.current_url().ends_with("/de/news/older/"),
            "{}",
            self.browser.current_url()
        );
        assert_eq!(self.js("return document.documentElement.lang;"), "de");
        assert_eq!(
            self.js("return document.querySelectorAll('.fallback-notice').length;"),
            1
        );
        assert_eq!(
            self.js("return document.querySelector('article').lang;"),
            "en"
        );
        self.check_logs_from(&fixture.origin, "switcher (fixture)");
    }

    fn visible_cards(&self) -> Value {
        self.js("return Array.from(document.querySelectorAll('#member-list .member-card')).filter(function (c) { return !c.hidden; }).map(function (c) { return c.dataset.country; });")
    }

    fn directory_filters(&mut self) {
        self.visit("/members/");
        let total = self.visible_cards().as_array().map_or(0, Vec::len);
        assert!(total > 10, "directory lists the members ({total})");
        assert_eq!(
            self.js("return document.getElementById('member-filters').hidden;"),
            false
        );
        self.browser.click("#f-country option[value=FR]");
        let shown = self.visible_cards();
        let shown = shown.as_array().expect("list");
        assert!(
            !shown.is_empty() && shown.len() < total,
            "country filter narrows {total} to {}",
            shown.len()
        );
        assert!(shown.iter().all(|c| c == "FR"), "{shown:?}");
        assert!(
            self.browser.current_url().ends_with("/members/?country=FR"),
            "{}",
            self.browser.current_url()
        );
        let markers = self.js(
            "return document.querySelectorAll('.directory-map .map-marker:not([hidden])').length;",
        );
        assert!(
            markers
                .as_u64()
                .is_some_and(|m| m > 0 && m as usize <= shown.len()),
            "map follows the filter: {markers}"
        );
        // The status counts member co-ops only (render::numbers); applicants apart.
        let members = self.js("return document.querySelectorAll('#member-list .member-card[data-member=yes]:not([hidden])').length;");
        let status = self.js("return document.getElementById('filter-status').textContent;");
        assert!(
            status
                .as_str()
                .is_some_and(|s| s.starts_with(&members.to_string())),
            "status {status} counts the {members} member co-ops shown"
        );
        self.browser.type_into("#f-text", "nextcloud");
        assert!(
            self.browser.current_url().contains("q=nextcloud"),
            "{}",
            self.browser.current_url()
        );
        let narrower = self.visible_cards().as_array().map_or(0, Vec::len);
        assert!(
            narrower >= 1 && narrower <= shown.len(),
            "text filter: {narrower}"
        );
        // A shared URL opens with its filter applied; the reset button shows everyone.
        self.visit("/members/?service=hosting");
        assert_eq!(
            self.js("return document.getElementById('f-service').value;"),
            "hosting"
        );
        let hosting = self.visible_cards().as_array().map_or(0, Vec::len);
        assert!(
            hosting > 0 && hosting < total,
            "service filter from the URL: {hosting}"
        );
        self.browser.click("#member-filters button[type=reset]");
        let after = self.browser.js_async(
            "var done = arguments[arguments.length - 1];
             setTimeout(function () { done(Array.from(document.querySelectorAll('#member-list .member-card')).filter(function (c) { return !c.hidden; }).length); }, 100);",
            json!([]),
        );
        assert_eq!(after, json!(total), "reset shows the whole directory");
        assert!(
            self.browser.current_url().ends_with("/members/"),
            "{}",
            self.browser.current_url()
        );
        self.check_logs("directory filters");
    }

    fn directory_without_javascript(&mut self) {
        self.browser.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": true}),
        );
        self.visit("/fr/membres/");
        let state = self.js(
            "return [document.querySelectorAll('#member-list .member-card').length,
                     document.querySelectorAll('#member-list .member-card[hidden]').length,
                     document.getElementById('member-filters').hidden];",
        );
        self.browser
            .screenshot(&self.shots.join("directory-fr-nojs-1280.png"));
        self.browser.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": false}),
        );
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let local = std::fs::read_dir(root.join("content/members"))
            .expect("members folder")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
            .filter(|e| {
                !std::fs::read_to_string(e.path())
                    .unwrap_or_default()
                    .contains("status = \"former\"")
            })
            .count();
        // Co-ops imported from national sites (imports/*.json) are listed too.
        let imported: usize = std::fs::read_dir(root.join("imports"))
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter_map(|e| std::fs::read(e.path()).ok())
                    .filter_map(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
                    .filter_map(|snapshot| snapshot["members"].as_array().cloned())
                    .flatten()
                    .filter(|m| m["status"] != "former")
                    .count()
            })
            .unwrap_or(0);
        let expected = local + imported;
        assert_eq!(
            state,
            json!([expected, 0, true]),
            "every listed member, no filter form, without JavaScript"
        );
    }

    /// Every page kind, in every language, at phone and desktop widths.
    fn pages_in_every_language(&mut self) {
        let mut targets = Vec::new();
        for (kind, path) in PAGES {
            for (lang, href) in self.translations_of(path) {
                targets.push((kind, lang, href));
            }
        }
        assert_eq!(targets.len(), PAGES.len() * 4, "four languages per page");
        self.pages_fit_320(&targets);
        for (width, height, mobile) in [(375, 812, true), (1280, 900, false)] {
            self.browser.viewport(width, height, mobile);
            for (kind, lang, href) in &targets {
                self.visit(href);
                self.axe(&format!("{href} at {width}px"));
                self.no_horizontal_overflow(&format!("{href} at {width}px"), width);
                self.header_fits(&format!("{href} at {width}px"), width);
                self.browser
                    .screenshot(&self.shots.join(format!("{kind}-{lang}-{width}.png")));
            }
        }
        self.browser.cdp(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
        );
        for (kind, lang, href) in targets.iter().filter(|t| t.1 == "en") {
            self.visit(href);
            self.axe(&format!("{href} in the dark scheme"));
            self.browser
                .screenshot(&self.shots.join(format!("{kind}-{lang}-1280-dark.png")));
        }
        self.browser
            .cdp("Emulation.setEmulatedMedia", json!({"features": []}));
    }

    /// Runs axe-core's WCAG 2.x A/AA rules; serious and critical violations fail.
    fn axe(&mut self, what: &str) {
        self.browser
            .js(&format!("{}\n;return true;", self.axe), json!([]));
        let found = self.browser.js_async(
            "var done = arguments[arguments.length - 1];
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
               .then(function (r) { if (r.passes.length < 10) { done(['axe ran only ' + r.passes.length + ' rules']); return; } done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                 .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' [' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ') + ']'; })); })
               .catch(function (e) { done(['axe failed: ' + e]); });",
            json!([]),
        );
        for violation in found.as_array().cloned().unwrap_or_default() {
            self.failures.push(format!(
                "{what}: {}",
                violation.as_str().unwrap_or_default()
            ));
        }
    }
}
