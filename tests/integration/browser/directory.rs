//! The directory when no co-op matches: the page says so in the visitor's language,
//! offers a reset, and the map caption follows the list.

use serde_json::json;

use super::Suite;

impl Suite {
    pub fn empty_filter_result(&mut self) {
        self.browser.viewport(375, 812, true);
        self.visit("/de/mitglieder/?q=zzzz-keine-genossenschaft");
        let state = self.js("var status = document.getElementById('filter-status');
             var caption = document.getElementById('map-caption');
             return [document.querySelectorAll('#member-list .member-card:not([hidden])').length,
                     status.textContent === status.dataset.none,
                     document.getElementById('filter-empty').hidden,
                     caption.textContent === caption.dataset.none,
                     document.querySelectorAll('.directory-map .map-marker:not([hidden])').length,
                     status.textContent];");
        let flags = state
            .as_array()
            .map(|a| a[..5].to_vec())
            .unwrap_or_default();
        assert_eq!(
            flags,
            vec![json!(0), json!(true), json!(false), json!(true), json!(0)],
            "no card, the 'none' sentence, the reset shown, the caption says none, no marker: {state}"
        );
        assert!(
            state[5]
                .as_str()
                .is_some_and(|s| s.starts_with("Keine Genossenschaft")),
            "in German: {}",
            state[5]
        );
        self.browser
            .screenshot(&self.shots.join("directory-de-375-empty.png"));
        // A script click: under phone emulation chromedriver aims by the real window.
        self.js("document.querySelector('#filter-empty button').click();");
        let after = self.browser.js_async(
            "var done = arguments[arguments.length - 1];
             setTimeout(function () { var c = document.getElementById('map-caption');
               done([document.querySelectorAll('#member-list .member-card[hidden]').length,
                     document.getElementById('filter-empty').hidden, c.textContent.indexOf(c.dataset.none) < 0]); }, 100);",
            json!([]),
        );
        assert_eq!(
            after,
            json!([0, true, true]),
            "the reset shows everyone again"
        );
        self.check_logs("empty filter result");
    }
}

impl Suite {
    /// On a phone: the filters are folded, map markers are tap-sized, and a group of
    /// nearby co-ops on the map narrows the list to them, behind a check box named
    /// after the group; on a wide screen the filters are open.
    pub fn map_groups_filter_the_directory(&mut self) {
        self.browser.viewport(375, 812, true);
        self.visit("/fr/membres/");
        let sizes = self.js(
            "var group = document.querySelector('.directory-map .map-group circle').getBoundingClientRect();
             var hit = document.querySelector('.directory-map .map-hit').getBoundingClientRect();
             return [document.getElementById('filters-panel').open, group.width >= 24, hit.width >= 24];",
        );
        assert_eq!(
            sizes,
            json!([false, true, true]),
            "folded filters, 24 px targets"
        );
        let chosen = self.js(
            "var groups = Array.from(document.querySelectorAll('.directory-map .map-group'));
             var g = groups.sort(function (a, b) { return b.textContent.length - a.textContent.length; })[0];
             g.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
             var urls = (g.dataset.members + ' ' + g.dataset.applicants).split(' ').filter(Boolean);
             var shown = Array.from(document.querySelectorAll('#member-list .member-card'))
               .filter(function (c) { return !c.hidden; })
               .map(function (c) { return c.querySelector('.p-name').getAttribute('href'); });
             return [urls.sort().join(' ') === shown.sort().join(' '), shown.length > 1,
                     document.getElementById('f-near').checked,
                     document.getElementById('f-near-label').textContent === g.dataset.label,
                     window.location.search === '?near=' + g.dataset.near,
                     g.querySelector('text').textContent === String(shown.length)];",
        );
        assert_eq!(
            chosen,
            json!([true, true, true, true, true, true]),
            "the group's co-ops only, named, in the URL"
        );
        self.browser
            .screenshot(&self.shots.join("directory-fr-375-group.png"));
        self.js("document.querySelector('#member-filters button[type=reset]').click();");
        let after = self.browser.js_async(
            "var done = arguments[arguments.length - 1];
             setTimeout(function () { done([document.querySelectorAll('#member-list .member-card[hidden]').length,
               document.getElementById('f-near').checked]); }, 100);",
            json!([]),
        );
        assert_eq!(after, json!([0, false]), "the reset drops the group");
        self.browser.viewport(1280, 900, false);
        self.visit("/de/mitglieder/?near=kraanvogel-ict");
        let wide = self.js("return [document.getElementById('filters-panel').open,
                     getComputedStyle(document.querySelector('#filters-panel > summary')).display,
                     document.getElementById('f-near').checked];");
        assert_eq!(
            wide,
            json!([true, "none", true]),
            "open filters on wide screens"
        );
        self.check_logs("map groups");
    }
}
