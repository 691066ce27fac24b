//! The `[event]` table of an event page's front matter.

use serde::Deserialize;
use toml::value::Datetime;

/// When and where an event happens. Times are RFC 3339 with an offset.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventInfo {
    pub start: Datetime,
    pub end: Option<Datetime>,
    pub location: Option<String>,
    pub address: Option<String>,
    pub online_url: Option<String>,
    #[serde(default)]
    pub organisers: Vec<String>,
}
