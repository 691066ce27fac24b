//! A member file as a contributor may send it: parsing (control characters, TOML, the
//! typed schema) must end in a value or a located diagnostic, never a panic, and
//! printing the diagnostic (its bounded source window) must not panic either.
#![no_main]

use std::path::Path;

use federa::content::federation::FederationFile;
use federa::content::member::MemberFile;
use federa::content::data::parse_text;
use federa::schema::shapes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let member = Path::new("content/members/fuzz.toml");
    for problem in parse_text::<MemberFile>(member, text, shapes::MEMBER).problems {
        let _ = problem.to_string();
    }
    let federation = Path::new("content/federations/fuzz.toml");
    for problem in parse_text::<FederationFile>(federation, text, shapes::FEDERATION).problems {
        let _ = problem.to_string();
    }
});
