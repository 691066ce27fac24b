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
