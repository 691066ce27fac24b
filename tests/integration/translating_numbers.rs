//! Numbers and functions inside Fluent messages: the language's grouping, hours and
//! minutes as numbers, and unknown functions as located errors.

use crate::harness::TestSite;

/// A message's numbers use the language's separators and minimum grouping, as the
/// `number` filter does.
#[test]
fn numbers_in_messages_use_the_languages_grouping() {
    let site = TestSite::fixture("polish");
    site.write(
        "i18n/pl/theme.ftl",
        "language-native = Polski\nnumber-group-separator = { \"\\u00A0\" }\nnumber-decimal-separator = ,\n\
         number-grouping-minimum = 2\n\
         skip-to-content = { NUMBER(1234) } i { NUMBER(12345) } i { NUMBER(1234567.5) }\n",
    );
    let run = site.build().success();
    let page = run.page("pl/members/index.html");
    assert_eq!(
        page.text(".skip-link"),
        "1234 i 12\u{a0}345 i 1\u{a0}234\u{a0}567,5"
    );
}

/// Hours and minutes reach Fluent as numbers, so French can write "9 h 30".
#[test]
fn hours_and_minutes_are_numbers() {
    let site = TestSite::fixture("news-events");
    site.write(
        "i18n/fr/dates.ftl",
        "time-short = { $hour } h { NUMBER($minute, minimumIntegerDigits: 2) }\n",
    );
    let run = site
        .build_with(&["--now", "2026-11-25T12:00:00Z"])
        .success();
    let page = run.page("fr/evenements/rencontre/index.html");
    let start = page.text(".event-facts time.dt-start");
    assert!(start.contains(", 9 h 30 –"), "{start}");
    // The theme's own pattern still pads: 09:30.
    let english = run.page("events/gathering/index.html");
    assert!(english.text(".event-facts time.dt-start").contains("09:30"));
}

/// An unknown function used to print "NUMBRE()" in the page; it is an error at its call.
#[test]
fn an_unknown_function_is_a_located_error() {
    let site = TestSite::fixture("spanish");
    site.write(
        "i18n/es/extra.ftl",
        "# Extra\ngreeting = Hola { NUMBRE($count) }\n",
    );
    let run = site.build().failure(1);
    assert!(
        run.stderr()
            .contains("i18n/es/extra.ftl:2:19: error: unknown function `NUMBRE` in a message"),
        "{}",
        run.stderr()
    );
}
