//! The legal notice and privacy pages: `[legal]` in `site.toml` holds what a German
//! Impressum (§ 5 DDG) and a GDPR notice (Art. 13) need, and the pages whose front
//! matter says `template = "legal-notice.html"` or `template = "privacy.html"` show it
//! in the page's language (docs/legal.md).
//!
//! The required fields are checked with the rest of `site.toml` (a missing one is a
//! located error); a page asking for one of these templates on a site without
//! `[legal]` is an error at its `template` line, so no half-empty notice is published.

use serde::{Deserialize, Serialize};

use crate::content::Page;
use crate::diagnostic::Diagnostic;
use crate::schema::{optional as opt, required as req, Field, Kind};

/// Templates that read `[legal]` (as `legal` in their context).
pub const TEMPLATES: [&str; 2] = ["legal-notice.html", "privacy.html"];

/// `[legal]` in `site.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Legal {
    /// The organisation's legal name (also the GDPR controller).
    pub name: String,
    pub legal_form: Option<String>,
    /// Postal address for service of documents (a street address, not a PO box).
    pub address: String,
    /// The people who may represent the organisation (board members, directors).
    pub representatives: Vec<String>,
    /// Register and number, e.g. `Amtsgericht Berlin-Charlottenburg, GnR 123 B`.
    pub register: Option<String>,
    pub vat_id: Option<String>,
    pub email: String,
    pub phone: Option<String>,
    /// Who answers for the editorial content (§ 18 (2) MStV), when not the representatives.
    pub editor: Option<String>,
    /// The company hosting the site, which keeps server logs.
    pub host: String,
    /// The data protection authority visitors may complain to.
    pub supervisory_authority: String,
    pub supervisory_authority_url: Option<String>,
}

/// The shape of `[legal]`, checked key by key with the rest of `site.toml`.
pub const SHAPE: &[Field] = &[
    req("name", Kind::Text, "name = \"Tech Co-ops Europe SCE\""),
    opt("legal_form", Kind::Text, "legal_form = \"SCE mbH\""),
    req(
        "address",
        Kind::Text,
        "address = \"Street 1, 10115 Berlin, Germany\"",
    ),
    req(
        "representatives",
        Kind::TextList,
        "representatives = [\"Alex Martin\"]",
    ),
    opt(
        "register",
        Kind::Text,
        "register = \"Amtsgericht Berlin, GnR 123\"",
    ),
    opt("vat_id", Kind::Text, "vat_id = \"DE123456789\""),
    req(
        "email",
        Kind::Text,
        "email = \"contact@federation.example\"",
    ),
    opt("phone", Kind::Text, "phone = \"+49 30 000000\""),
    opt(
        "editor",
        Kind::Text,
        "editor = \"Alex Martin, address as above\"",
    ),
    req("host", Kind::Text, "host = \"Example Hosting eG, Berlin\""),
    req(
        "supervisory_authority",
        Kind::Text,
        "supervisory_authority = \"Berliner Beauftragte für Datenschutz\"",
    ),
    opt(
        "supervisory_authority_url",
        Kind::Text,
        "supervisory_authority_url = \"https://www.datenschutz-berlin.de/\"",
    ),
];

/// The error for a page that asks for a legal template on a site without `[legal]`.
pub fn missing(page: &Page, template: &str) -> Diagnostic {
    let at = page.source.find(template).unwrap_or(0);
    Diagnostic::at(
        &page.file,
        &page.source,
        at..at + template.len(),
        format!("`{template}` needs a [legal] table in site.toml"),
    )
    .with_hint("add [legal] with name, address, representatives, email, host and supervisory_authority (docs/legal.md)")
}

#[cfg(test)]
mod tests {
    use super::{Legal, SHAPE};
    use crate::schema::accepts_placeholders;

    #[test]
    fn shape_matches_struct() {
        assert!(accepts_placeholders::<Legal>(SHAPE));
    }
}
