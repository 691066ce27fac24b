//! Unit tests of `dates` against the default theme's real Fluent files.

use std::path::PathBuf;

use super::*;
use crate::i18n::FtlSource;

fn i18n(languages: &[&str]) -> I18n {
    let sources = ["en", "fr", "nl", "de"]
        .iter()
        .filter(|lang| languages.contains(lang))
        .map(|lang| FtlSource {
            path: PathBuf::from(format!("themes/default/i18n/{lang}/dates.ftl")),
            lang: lang.to_string(),
            text: match *lang {
                "en" => include_str!("../themes/default/i18n/en/dates.ftl"),
                "fr" => include_str!("../themes/default/i18n/fr/dates.ftl"),
                "nl" => include_str!("../themes/default/i18n/nl/dates.ftl"),
                _ => include_str!("../themes/default/i18n/de/dates.ftl"),
            }
            .to_string(),
        })
        .collect();
    let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
    let (i18n, problems) = I18n::build(&languages, "en", sources);
    assert!(problems.is_empty(), "{problems:?}");
    i18n
}

fn date(text: &str) -> Date {
    Moment::parse(text).expect("valid date").date
}

#[test]
fn long_dates_in_four_languages() {
    let i18n = i18n(&["en", "fr", "nl", "de"]);
    let d = date("2026-11-25");
    let f = |lang| format_date(&i18n, lang, d).expect("formats");
    assert_eq!(f("en"), "25 November 2026");
    assert_eq!(f("fr"), "25 novembre 2026");
    assert_eq!(f("nl"), "25 november 2026");
    assert_eq!(f("de"), "25. November 2026");
    let first = date("2027-05-01");
    assert_eq!(
        format_date(&i18n, "fr", first).as_deref(),
        Ok("1er mai 2027")
    );
    assert_eq!(
        format_date(&i18n, "de", first).as_deref(),
        Ok("1. Mai 2027")
    );
}

#[test]
fn ranges_collapse_shared_month_and_year() {
    let i18n = i18n(&["en", "fr", "nl", "de"]);
    let r = |lang, a, b| format_date_range(&i18n, lang, date(a), date(b)).expect("formats");
    assert_eq!(r("en", "2027-05-20", "2027-05-21"), "20–21 May 2027");
    assert_eq!(r("de", "2027-05-20", "2027-05-21"), "20.–21. Mai 2027");
    assert_eq!(r("fr", "2027-05-01", "2027-05-03"), "1er–3 mai 2027");
    assert_eq!(
        r("nl", "2026-09-30", "2026-10-02"),
        "30 september – 2 oktober 2026"
    );
    assert_eq!(
        r("de", "2026-12-30", "2027-01-02"),
        "30. Dezember 2026 – 2. Januar 2027"
    );
    assert_eq!(r("en", "2027-01-14", "2027-01-14"), "14 January 2027");
}

#[test]
fn times_keep_their_offset_and_name_it() {
    let i18n = i18n(&["en", "de"]);
    let m = |t: &str| Moment::parse(t).expect("valid");
    let t = |lang, a: &str, b: Option<&str>| {
        let end = b.map(m);
        format_time_range(&i18n, lang, &m(a), end.as_ref()).expect("formats")
    };
    assert_eq!(
        t(
            "en",
            "2027-01-14T18:00:00+01:00",
            Some("2027-01-14T19:30:00+01:00")
        ),
        "18:00–19:30 (UTC+01:00)"
    );
    assert_eq!(t("en", "2027-01-14T09:05:00Z", None), "09:05 (UTC)");
    assert_eq!(
        t(
            "de",
            "2027-05-20T09:30:00+02:00",
            Some("2027-05-21T17:00:00+02:00")
        ),
        "20. Mai 2027, 09:30 – 21. Mai 2027, 17:00 (UTC+02:00)"
    );
    assert_eq!(
        t(
            "en",
            "2027-03-27T22:00:00+01:00",
            Some("2027-03-28T04:00:00+02:00")
        ),
        "27 March 2027, 22:00 (UTC+01:00) – 28 March 2027, 04:00 (UTC+02:00)"
    );
    assert_eq!(t("en", "2027-05-20", Some("2027-05-21")), "");
}

#[test]
fn numbers_use_the_language_separators() {
    let i18n = i18n(&["en", "fr", "nl", "de"]);
    assert_eq!(format_number(&i18n, "en", 1234567.0), "1,234,567");
    assert_eq!(format_number(&i18n, "de", 12345.5), "12.345,5");
    assert_eq!(format_number(&i18n, "fr", 1234.0), "1\u{202F}234");
    assert_eq!(format_number(&i18n, "nl", -999.25), "-999,25");
    assert_eq!(format_number(&i18n, "en", 42.0), "42");
}

#[test]
fn a_language_without_patterns_falls_back_to_the_default() {
    let sources = vec![FtlSource {
        path: PathBuf::from("themes/default/i18n/en/dates.ftl"),
        lang: "en".into(),
        text: include_str!("../themes/default/i18n/en/dates.ftl").into(),
    }];
    let (i18n, _) = I18n::build(&["en".into(), "pl".into()], "en", sources);
    assert_eq!(
        format_date(&i18n, "pl", date("2026-11-25")).as_deref(),
        Ok("25 November 2026")
    );
}
