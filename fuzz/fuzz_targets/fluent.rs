//! A `.ftl` file: federa's guard must refuse whatever fluent-syntax would panic on
//! (fluent-rs #389). libfuzzer's panic hook aborts even inside `catch_unwind`, so a
//! panic that only the `catch_unwind` backstop in `i18n::parse` catches is found here.
#![no_main]

use std::path::PathBuf;

use federa::i18n::{parse, FtlSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let source = FtlSource {
        path: PathBuf::from("i18n/en/fuzz.ftl"),
        lang: "en".to_string(),
        text: text.to_string(),
    };
    for problem in parse(&source).1 {
        let _ = problem.to_string();
    }
});
