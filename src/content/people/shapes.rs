//! The fields of people and working-group files, as docs/people.md lists them (the
//! key-by-key check of `schema`; each list must match its serde struct).

use crate::schema::{optional as opt, required as req, Field, Kind};

const CONSENT: &[Field] = &[
    req("published", Kind::Bool, "published = true"),
    req("date", Kind::Date, "date = 2026-10-01"),
    opt("email", Kind::Bool, "email = true"),
];

/// A person, `content/people/<slug>.toml`.
pub const PERSON: &[Field] = &[
    req("name", Kind::Text, "name = \"Alex Martin\""),
    opt("pronouns", Kind::Text, "pronouns = \"they/them\""),
    opt("roles", Kind::TextList, "roles = [\"council-member\"]"),
    opt("member", Kind::Text, "member = \"lumen-digital\""),
    opt("federation", Kind::Text, "federation = \"febe-tech\""),
    opt("languages", Kind::TextList, "languages = [\"fr\", \"en\"]"),
    opt("matrix", Kind::Text, "matrix = \"@alex:matrix.example\""),
    opt("email", Kind::Text, "email = \"alex@lumen.example\""),
    opt("photo", Kind::Text, "photo = \"alex-martin.jpg\""),
    opt(
        "consent",
        Kind::Table(CONSENT),
        "[consent] published = true",
    ),
];

/// A working group, `content/working-groups/<slug>.toml`.
pub const WORKING_GROUP: &[Field] = &[
    req("name", Kind::Named(&Kind::Text), "en = \"Joint bids\""),
    req(
        "purpose",
        Kind::Named(&Kind::Text),
        "en = \"What the group does.\"",
    ),
    opt("matrix", Kind::Text, "matrix = \"#bids:matrix.example\""),
    opt(
        "loomio",
        Kind::Text,
        "loomio = \"https://www.loomio.com/bids\"",
    ),
    opt("members", Kind::TextList, "members = [\"alex-martin\"]"),
];

#[cfg(test)]
mod tests {
    use super::{PERSON, WORKING_GROUP};
    use crate::content::people::{PersonFile, WorkingGroupFile};
    use crate::schema::accepts_placeholders;

    #[test]
    fn shapes_match_their_structs() {
        assert!(accepts_placeholders::<PersonFile>(PERSON));
        assert!(accepts_placeholders::<WorkingGroupFile>(WORKING_GROUP));
    }
}
