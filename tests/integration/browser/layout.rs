//! Layout checks of the default theme that axe-core does not make: no page is wider
//! than the window, in any language, from a 320 px phone up to a 1280 px desktop.
//!
//! Long German and Dutch words are what break a layout that English fits, so every
//! check runs in every language. Measuring is one script call per page: the 320 px pass
//! takes no screenshots and runs no axe, to keep the suite short in CI.

use serde_json::{json, Value};

use super::Suite;

/// Pages checked for overflow only (no axe, no screenshot), by their English path, in
/// addition to the pages of `PAGES`.
pub const MORE_PAGES: [&str; 8] = [
    "/about/",
    "/governance/",
    "/federations/",
    "/events/",
    "/events/accessibility-clinic-2027/",
    "/news/call-european-gathering/",
    "/countries/be/",
    "/services/",
];

/// The widths every page is measured at: (width, height, mobile).
pub const WIDTHS: [(u32, u32, bool); 3] = [(320, 640, true), (375, 812, true), (1280, 900, false)];

/// Lists the page's width and the elements that stick out past the window's right edge
/// (the deepest ones, which are the cause rather than their containers).
const MEASURE: &str = "
var limit = arguments[0];
var wide = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width === 0 || r.right <= limit + 0.5) { return; }
  for (var p = e.parentElement; p; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') { return; }
  }
  var inner = Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > limit + 0.5; });
  if (!inner) {
    var name = e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '');
    wide.push(name + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\" to ' + Math.round(r.right) + 'px');
  }
});
return [document.documentElement.scrollWidth, window.innerWidth, wide.slice(0, 4)];";

impl Suite {
    /// Records a failure if the page is wider than the window, `width` px. (A phone's
    /// browser widens its layout viewport to the content, so `innerWidth` alone would
    /// hide the overflow: compare with the width set.)
    pub fn no_horizontal_overflow(&mut self, what: &str, width: u32) {
        let found = self.browser.js(MEASURE, json!([width]));
        let widest = found[0].as_u64().max(found[1].as_u64()).unwrap_or(u64::MAX);
        if widest > u64::from(width) {
            let culprits: Vec<&str> = found[2]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            self.failures.push(format!(
                "{what}: page is {widest} px wide in a {width} px window: {}",
                culprits.join("; ")
            ));
        }
    }

    /// The language versions of `path` (an English path), as `(lang, href)`, read from
    /// the page's language switcher.
    pub fn translations_of(&mut self, path: &str) -> Vec<(String, String)> {
        self.visit(path);
        let links = self.js("return Array.from(document.querySelectorAll('.languages a')).map(function (a) { return [a.lang, a.getAttribute('href')]; });");
        links
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|l| {
                (
                    l[0].as_str().unwrap_or_default().to_string(),
                    l[1].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// `MORE_PAGES` and every language's 404 page, at every width: overflow only.
    pub fn more_pages_fit_every_width(&mut self) {
        let mut hrefs: Vec<String> = Vec::new();
        for path in MORE_PAGES {
            hrefs.extend(self.translations_of(path).into_iter().map(|(_, h)| h));
        }
        assert_eq!(hrefs.len(), MORE_PAGES.len() * 4, "four languages per page");
        hrefs.extend(["/no-such-page/", "/fr/no-such-page/", "/nl/x/", "/de/x/"].map(String::from));
        for (width, height, mobile) in WIDTHS {
            self.browser.viewport(width, height, mobile);
            for href in &hrefs {
                self.visit(href);
                // The 404 pages answer 404, which the console reports: that is expected.
                self.failures
                    .retain(|f| !(f.starts_with(href.as_str()) && f.contains("status of 404")));
                self.no_horizontal_overflow(&format!("{href} at {width}px"), width);
            }
        }
    }

    /// The pages of `PAGES` at 320 px (375 and 1280 are measured with axe and screenshots).
    pub fn pages_fit_320(&mut self, targets: &[(&str, String, String)]) {
        let (width, height, mobile) = WIDTHS[0];
        self.browser.viewport(width, height, mobile);
        for (_, _, href) in targets {
            self.visit(href);
            self.no_horizontal_overflow(&format!("{href} at {width}px"), width);
        }
    }
}

/// The tops of the wide menu's links (all equal when it fits one row) and the header's
/// height.
const HEADER: &str = "
var tops = Array.from(document.querySelectorAll('.menu-wide a')).filter(function (a) { return a.offsetParent; }).map(function (a) { return a.getBoundingClientRect().top; });
return [tops, document.querySelector('.site-header').getBoundingClientRect().height];";

impl Suite {
    /// At 1280 px the main menu is one row; on phones the header stays compact.
    pub fn header_fits(&mut self, what: &str, width: u32) {
        let found = self.js(HEADER);
        let tops: Vec<f64> = found[0]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_f64).collect())
            .unwrap_or_default();
        let height = found[1].as_f64().unwrap_or(f64::MAX);
        if width >= 1280 && (tops.is_empty() || tops.iter().any(|t| (t - tops[0]).abs() > 1.0)) {
            self.failures.push(format!(
                "{what}: the menu is not one row: link tops {tops:?}"
            ));
        }
        if width < 600 && height > 140.0 {
            self.failures
                .push(format!("{what}: the header is {height} px tall on a phone"));
        }
    }
}

impl Suite {
    /// On a phone the menu is behind a "Menu" button that works without script, and
    /// opens over the page with every link inside the window.
    pub fn compact_menu_opens(&mut self) {
        let (width, height, mobile) = WIDTHS[1];
        self.browser.viewport(width, height, mobile);
        self.visit("/de/");
        let closed = self.js("return document.querySelector('.menu-panel a').checkVisibility();");
        self.browser.click(".menu-compact summary");
        let links = self.js(
            "return Array.from(document.querySelectorAll('.menu-panel a')).map(function (a) { var r = a.getBoundingClientRect(); return a.checkVisibility() && r.width > 0 && r.left >= 0 && r.right <= window.innerWidth; });",
        );
        let visible = links
            .as_array()
            .map_or(0, |l| l.iter().filter(|v| **v == json!(true)).count());
        if closed != json!(false) || visible == 0 || Some(visible) != links.as_array().map(Vec::len)
        {
            self.failures.push(format!(
                "compact menu: a link visible while closed: {closed}; visible when open: {links}"
            ));
        }
        self.browser
            .screenshot(&self.shots.join(format!("menu-de-{width}-open.png")));
    }
}

impl Suite {
    /// The footer reaches the bottom of a short page (the 404), and the menu marks the
    /// section of a page inside it (an event under "Events").
    pub fn footer_and_current_section(&mut self) {
        // A tall window, so the 404 page is shorter than it.
        self.browser.viewport(1280, 1600, false);
        self.visit("/fr/no-such-page/");
        self.failures
            .retain(|f| !(f.starts_with("/fr/no-such-page/") && f.contains("status of 404")));
        let gap = self.js("return window.innerHeight - document.querySelector('.site-footer').getBoundingClientRect().bottom;");
        if gap.as_f64().is_none_or(|g| g.abs() > 1.0) {
            self.failures.push(format!(
                "404 at 1280px: the footer ends {gap} px above the window's bottom"
            ));
        }
        self.browser.viewport(1280, 900, false);
        self.visit("/events/accessibility-clinic-2027/");
        let marked = self.js("var a = document.querySelector('.menu-wide a[aria-current]'); return a ? [a.getAttribute('aria-current'), a.getAttribute('href')] : null;");
        if marked != json!(["true", "/events/"]) {
            self.failures.push(format!(
                "an event page marks the Events section in the menu: {marked}"
            ));
        }
    }
}

/// In print: no navigation, footer or filters; profile and event links show their
/// address; nothing wider than the page.
const PRINT: &str = "
var hidden = ['.menu-wide', '.menu-compact', '.topbar', '.site-footer'].every(function (s) {
  var e = document.querySelector(s); return !e || getComputedStyle(e).display === 'none'; });
var link = document.querySelector('.member-profile a.u-url, .event a[href^=\"http\"]');
var after = link ? getComputedStyle(link, '::after').content : 'none';
return [hidden, after.indexOf('http') >= 0, document.documentElement.scrollWidth <= window.innerWidth];";

const DARK_HERO: &str = "
function lum(c) { var v = c.match(/[0-9.]+/g).slice(0, 3).map(function (x) { x = x / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
var a = lum(getComputedStyle(document.body).backgroundColor), b = lum(getComputedStyle(document.querySelector('.hero')).backgroundColor);
return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);";

impl Suite {
    /// Print stylesheet of a profile and an event (emulated print media), and the dark
    /// scheme's hero set apart from the page.
    pub fn print_and_dark(&mut self) {
        self.browser.viewport(800, 1100, false);
        self.browser
            .cdp("Emulation.setEmulatedMedia", json!({"media": "print"}));
        for (name, path) in [
            ("member", "/members/libre-maille/"),
            ("event", "/events/european-gathering-2027/"),
        ] {
            self.visit(path);
            let found = self.js(PRINT);
            if found != json!([true, true, true]) {
                self.failures.push(format!(
                    "{path} in print: [navigation hidden, link addresses shown, fits]: {found}"
                ));
            }
            self.browser
                .screenshot(&self.shots.join(format!("{name}-en-print.png")));
        }
        self.browser.cdp(
            "Emulation.setEmulatedMedia",
            json!({"media": "", "features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
        );
        self.browser.viewport(375, 812, true);
        self.visit("/");
        // WCAG contrast ratio of the hero's background against the page's: a band
        // that reads as one (the old dark hero was 1.2:1).
        let ratio = self.js(DARK_HERO);
        if ratio.as_f64().is_none_or(|r| r < 1.4) {
            self.failures
                .push(format!("dark scheme: hero against page only {ratio}:1"));
        }
        self.browser
            .screenshot(&self.shots.join("home-en-375-dark.png"));
        self.browser.cdp(
            "Emulation.setEmulatedMedia",
            json!({"media": "", "features": []}),
        );
    }
}
