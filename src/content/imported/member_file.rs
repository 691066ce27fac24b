//! One snapshot record as a member file: the record is written out as the TOML a
//! contributor would have written and parsed by the same code as `content/members/`,
//! so imported text meets every rule and limit that local files meet.
//!
//! Left out on purpose: the record's `federations` (slugs of the *source* site; the
//! importing federation and any other source listing the co-op take their place) and
//! `logo` (a URL: builds never fetch anything).

use toml::{Table, Value};

use crate::import::record::Record;

/// The TOML text of `record` as a member of `federations`.
pub fn toml_text(record: &Record, federations: &[String]) -> String {
    let mut table = Table::new();
    let mut put = |key: &str, value: Value| {
        table.insert(key.to_string(), value);
    };
    put("name", text(&record.name));
    put("country", text(&record.country));
    put("website", text(&record.website));
    put("federations", list(federations));
    put("coop_type", text(&record.coop_type));
    put("status", text(&record.status));
    let optional = [
        ("legal_form", &record.legal_form),
        ("city", &record.city),
        ("email", &record.email),
        ("phone", &record.phone),
        ("matrix", &record.matrix),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            put(key, text(value));
        }
    }
    if let Some(year) = record.founded {
        put("founded", Value::Integer(i64::from(year)));
    }
    // A date that does not parse stays text: the member check then says where.
    for (key, value) in [("joined", &record.joined), ("left", &record.left)] {
        if let Some(value) = value {
            let date = value.parse().map(Value::Datetime);
            put(key, date.unwrap_or_else(|_| text(value)));
        }
    }
    if let Some(c) = record.coordinates {
        put(
            "coordinates",
            Value::Array(vec![Value::Float(c.lat), Value::Float(c.lon)]),
        );
    }
    put("languages", list(&record.languages));
    put("services", list(&record.services));
    put("technologies", list(&record.technologies));
    put("clients", list(&record.clients));
    let mut size = Table::new();
    for (key, value) in [
        ("workers", record.size.workers),
        ("members", record.size.members),
    ] {
        if let Some(n) = value {
            size.insert(key.into(), Value::Integer(i64::from(n)));
        }
    }
    put("size", Value::Table(size));
    put("links", strings(&record.links));
    let mut hiring = Table::new();
    hiring.insert("available".into(), Value::Boolean(record.hiring.available));
    hiring.insert("contract_types".into(), list(&record.hiring.contract_types));
    if let Some(from) = &record.hiring.from {
        hiring.insert("from".into(), Value::String(from.clone()));
    }
    put("hiring", Value::Table(hiring));
    put("summary", strings(&record.summary));
    put("description", strings(&record.description));
    toml::to_string(&table).unwrap_or_default()
}

fn text(value: &str) -> Value {
    Value::String(value.to_string())
}

fn list(values: &[String]) -> Value {
    Value::Array(values.iter().map(|v| text(v)).collect())
}

fn strings(map: &std::collections::BTreeMap<String, String>) -> Value {
    Value::Table(map.iter().map(|(k, v)| (k.clone(), text(v))).collect())
}
