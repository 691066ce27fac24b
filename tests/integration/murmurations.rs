//! Murmurations profiles: every listed member, local and imported, is published as a
//! profile valid against Murmurations' organizations_schema-v1.0.0 (a bundled copy in
//! tests/fixtures/murmurations/, see its README), and the index lists exactly them.

use std::collections::BTreeSet;

use crate::harness::{fixtures, TestSite};

#[test]
fn every_member_has_a_profile_valid_against_the_organizations_schema() {
    let site = TestSite::fixture("federation");
    // The repository's own sample snapshot: imported co-ops get profiles too.
    let snapshot = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("imports/fr-tech-coop.json"),
    )
    .expect("the repository's sample snapshot");
    site.write_bytes("imports/fr-tech-coop.json", &snapshot);
    let run = site.build().success();
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(fixtures().join("murmurations/organizations_schema-v1.0.0.json"))
            .expect("schema"),
    )
    .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let members: serde_json::Value =
        serde_json::from_slice(&run.bytes("members.json")).expect("members.json");
    let listed: BTreeSet<String> = members["members"]
        .as_array()
        .expect("members")
        .iter()
        .filter(|m| m["status"] != "former")
        .map(|m| {
            format!(
                "https://example.org/fed/murmurations/{}.json",
                m["slug"].as_str().expect("slug")
            )
        })
        .collect();
    assert!(
        listed
            .iter()
            .any(|u| u.ends_with("/octets-solidaires.json")),
        "{listed:?}"
    );
    let index: serde_json::Value =
        serde_json::from_slice(&run.bytes("murmurations/index.json")).expect("index");
    let indexed: BTreeSet<String> = index["profiles"]
        .as_array()
        .expect("profiles")
        .iter()
        .map(|u| u.as_str().expect("url").to_string())
        .collect();
    assert_eq!(indexed, listed);
    for url in &indexed {
        let rel = url.trim_start_matches("https://example.org/fed/");
        let profile: serde_json::Value =
            serde_json::from_slice(&run.bytes(rel)).expect("profile is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&profile)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{rel}: {errors:?}");
        assert_eq!(profile["linked_schemas"][0], "organizations_schema-v1.0.0");
    }
    let glen: serde_json::Value =
        serde_json::from_slice(&run.bytes("murmurations/glen-code.json")).expect("profile");
    assert_eq!(glen["primary_url"], "https://glencode.example");
    assert_eq!(
        glen["geolocation"],
        serde_json::json!({"lat": 55.86, "lon": -4.25})
    );
}
