//! List limits, bounded diagnostics and numbers with a documented maximum.

use std::time::{Duration, Instant};

use super::{edit, expect_at, failing_run, fails_at};
use crate::harness::TestSite;

const KIEZ: &str = "content/members/kiez-code.toml";

#[test]
fn eight_thousand_services_on_one_line_give_one_small_located_error() {
    let site = TestSite::fixture("federation");
    let services: Vec<String> = (0..8000).map(|i| format!("\"unknown-{i}\"")).collect();
    edit(
        &site,
        KIEZ,
        "services = [\"mobile-apps\", \"ux-design\", \"web-development\"]",
        &format!("services = [{}]", services.join(", ")),
    );
    // Column of the 31st value: `services = [` is 12 characters.
    let col = 13 + services[..30].iter().map(|s| s.len() + 2).sum::<usize>();
    let run = failing_run(
        &site,
        &format!("{KIEZ}:12:{col}: error:"),
        "`services` lists 8000 values; the limit is 30",
    );
    let stderr = run.stderr();
    assert!(stderr.len() < 40_000, "stderr is {} bytes", stderr.len());
    let source_lines = stderr.lines().filter(|l| l.starts_with(" 12 | "));
    assert!(source_lines.clone().count() > 0);
    assert!(
        source_lines.clone().all(|l| l.chars().count() < 120),
        "a source line longer than its window"
    );
}

#[test]
fn eight_thousand_technologies_are_refused_without_rendering_them() {
    let site = TestSite::fixture("federation");
    let techs: Vec<String> = (0..8000).map(|i| format!("\"tech{i}\"")).collect();
    edit(
        &site,
        KIEZ,
        "technologies = [\"Flutter\", \"Kotlin\", \"vue.js\"]",
        &format!("technologies = [{}]", techs.join(", ")),
    );
    let started = Instant::now();
    fails_at(
        &site,
        &format!("{KIEZ}:13:1: error:"),
        "`technologies` lists 8000 values; the limit is 50",
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn a_size_over_the_documented_maximum_is_an_error() {
    let site = TestSite::fixture("federation");
    edit(&site, KIEZ, "workers = 6", "workers = 4294967295");
    fails_at(
        &site,
        &format!("{KIEZ}:18:1: error:"),
        "`workers = 4294967295` is more than 100000",
    );
}

#[test]
fn not_translated_warnings_stay_linear_in_the_number_of_messages() {
    // 10,000 messages after 5 MB of comments: a warning that scans the file up to its
    // message (as each did) makes 30,000 scans of megabytes, minutes of work.
    let site = TestSite::fixture("federation");
    let mut text = format!("# {}\n", "x".repeat(98)).repeat(50_000);
    text.extend((0..10_000).map(|i| format!("bulk-{i} = Text {i}\n")));
    site.write("i18n/en/bulk.ftl", &text);
    let started = Instant::now();
    let run = site.run(&["check", "--verbose"]).success();
    let elapsed = started.elapsed();
    expect_at(
        &run,
        "i18n/en/bulk.ftl:60000:1: warning:",
        "`bulk-9999` is not translated into `",
    );
    assert!(elapsed < Duration::from_secs(20), "check took {elapsed:?}");
}

#[test]
fn technologies_and_clients_without_a_name_are_errors() {
    // Found in review: "", ".." and "  " were accepted and shared /technologies/other/.
    let site = TestSite::fixture("federation");
    edit(
        &site,
        KIEZ,
        "technologies = [\"Flutter\", \"Kotlin\", \"vue.js\"]",
        "technologies = [\"Flutter\", \"\", \"..\", \"  \"]",
    );
    let run = failing_run(
        &site,
        &format!("{KIEZ}:13:28: error:"),
        "`` in `technologies` is not a name",
    );
    for (col, shown) in [(32, "`..`"), (38, "`  `")] {
        expect_at(
            &run,
            &format!("{KIEZ}:13:{col}: error:"),
            &format!("{shown} in `technologies` is not a name"),
        );
    }
}
