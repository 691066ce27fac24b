//! The fields of each TOML file, as documented in docs/members.md, docs/content.md and
//! README: kept beside each other so the four shapes read alike. Each list must match
//! its serde struct; the tests below deserialize every choice and placeholder to prove it.

use crate::schema::{optional as opt, required as req, Field, Kind};

const URL: Kind = Kind::Text;

const SIZE: &[Field] = &[
    opt("workers", Kind::Count, "workers = 12"),
    opt("members", Kind::Count, "members = 9"),
];

const LINKS: &[Field] = &[
    opt(
        "fediverse",
        URL,
        "fediverse = \"https://social.example/@coop\"",
    ),
    opt("forge", URL, "forge = \"https://codeberg.org/coop\""),
    opt("loomio", URL, "loomio = \"https://www.loomio.com/coop\""),
    opt(
        "opencollective",
        URL,
        "opencollective = \"https://opencollective.com/coop\"",
    ),
    opt(
        "linkedin",
        URL,
        "linkedin = \"https://www.linkedin.com/company/coop\"",
    ),
    opt("feed", URL, "feed = \"https://coop.example/feed.xml\""),
];

const HIRING: &[Field] = &[
    opt("available", Kind::Bool, "available = true"),
    opt(
        "contract_types",
        Kind::TextList,
        "contract_types = [\"fixed-price\"]",
    ),
    opt("from", Kind::Text, "from = \"2027-03\""),
];

/// Membership statuses (`content::member::Status`).
pub const STATUSES: &[&str] = &["active", "applicant", "former"];

/// A member file, `content/members/<slug>.toml`.
pub const MEMBER: &[Field] = &[
    req("name", Kind::Text, "name = \"Lumen Digital\""),
    req("country", Kind::Text, "country = \"BE\""),
    req("website", URL, "website = \"https://lumen.example.org/\""),
    req(
        "federations",
        Kind::TextList,
        "federations = [\"febe-tech\"]",
    ),
    req("coop_type", Kind::Text, "coop_type = \"worker\""),
    opt("status", Kind::Choice(STATUSES), "status = \"applicant\""),
    opt("legal_form", Kind::Text, "legal_form = \"SC\""),
    opt("founded", Kind::Year, "founded = 2019"),
    opt("joined", Kind::Date, "joined = 2025-03-01"),
    opt("left", Kind::Date, "left = 2027-01-31"),
    opt("city", Kind::Text, "city = \"Brussels\""),
    opt(
        "city_translations",
        Kind::Named(&Kind::Text),
        "city_translations = { nl = \"Brussel\", fr = \"Bruxelles\" }",
    ),
    opt(
        "coordinates",
        Kind::Coordinates,
        "coordinates = [50.85, 4.35]",
    ),
    opt("languages", Kind::TextList, "languages = [\"fr\", \"nl\"]"),
    opt(
        "services",
        Kind::TextList,
        "services = [\"web-development\"]",
    ),
    opt(
        "technologies",
        Kind::TextList,
        "technologies = [\"Rust\", \"Django\"]",
    ),
    opt("clients", Kind::TextList, "clients = [\"City of Ghent\"]"),
    opt("logo", Kind::Text, "logo = \"lumen.svg\""),
    opt("email", Kind::Text, "email = \"hello@lumen.example.org\""),
    opt("phone", Kind::Text, "phone = \"+32 2 000 00 00\""),
    opt("matrix", Kind::Text, "matrix = \"#lumen:matrix.org\""),
    opt("size", Kind::Table(SIZE), "[size] workers = 12"),
    opt(
        "links",
        Kind::Table(LINKS),
        "[links] forge = \"https://codeberg.org/coop\"",
    ),
    opt("hiring", Kind::Table(HIRING), "[hiring] available = true"),
    opt(
        "summary",
        Kind::Named(&Kind::Text),
        "en = \"One sentence about the co-op.\"",
    ),
    opt(
        "description",
        Kind::Named(&Kind::Text),
        "en = \"\"\"A few paragraphs.\"\"\"",
    ),
    opt(
        "translated_from",
        Kind::Named(&Kind::Text),
        "[translated_from] fr = \"3f2a9c0d1e4b5a67\"",
    ),
];

const COMMUNITY: &[Field] = &[
    opt("forum", URL, "forum = \"https://forum.example.org/\""),
    opt("loomio", URL, "loomio = \"https://www.loomio.com/group\""),
    opt("wiki", URL, "wiki = \"https://wiki.example.org/\""),
    opt(
        "mailing_list",
        URL,
        "mailing_list = \"mailto:list@example.org\"",
    ),
    opt(
        "fediverse",
        URL,
        "fediverse = \"https://social.example/@fed\"",
    ),
];

const MEMBERS_SOURCE: &[Field] = &[req(
    "url",
    URL,
    "url = \"https://federation.example/members.json\"",
)];

/// Federation relations (`content::federation::Relation`).
pub const RELATIONS: &[&str] = &["member", "forming", "observer", "sister", "parent"];

/// A federation file, `content/federations/<slug>.toml`.
pub const FEDERATION: &[Field] = &[
    req("name", Kind::Text, "name = \"Tech Co-ops Belgium\""),
    opt(
        "name_translations",
        Kind::Named(&Kind::Text),
        "name_translations = { fr = \"Fédération belge des coopératives du numérique\" }",
    ),
    opt("short_name", Kind::Text, "short_name = \"TCB\""),
    opt("countries", Kind::TextList, "countries = [\"BE\"]"),
    req("relation", Kind::Choice(RELATIONS), "relation = \"member\""),
    opt("website", URL, "website = \"https://federation.example/\""),
    opt("languages", Kind::TextList, "languages = [\"fr\", \"nl\"]"),
    opt("founded", Kind::Year, "founded = 2019"),
    opt("parents", Kind::TextList, "parents = [\"tce\"]"),
    opt("matrix", Kind::Text, "matrix = \"#federation:matrix.org\""),
    opt(
        "community",
        Kind::Table(COMMUNITY),
        "[community] forum = \"https://...\"",
    ),
    opt(
        "members_source",
        Kind::Table(MEMBERS_SOURCE),
        "[members_source] url = \"https://...\"",
    ),
    opt(
        "summary",
        Kind::Named(&Kind::Text),
        "en = \"One sentence about the federation.\"",
    ),
    opt(
        "description",
        Kind::Named(&Kind::Text),
        "en = \"\"\"A few paragraphs.\"\"\"",
    ),
    opt(
        "translated_from",
        Kind::Named(&Kind::Text),
        "[translated_from] fr = \"3f2a9c0d1e4b5a67\"",
    ),
];

const EVENT: &[Field] = &[
    req("start", Kind::Date, "start = 2027-05-20T09:30:00+02:00"),
    opt("end", Kind::Date, "end = 2027-05-20T17:00:00+02:00"),
    opt("location", Kind::Text, "location = \"Venue name\""),
    opt("address", Kind::Text, "address = \"Street 1, 1000 City\""),
    opt("city", Kind::Text, "city = \"Brussels\""),
    opt(
        "online_url",
        URL,
        "online_url = \"https://meet.example.org/room\"",
    ),
    opt("organisers", Kind::TextList, "organisers = [\"tce\"]"),
];

/// Section orders (`content::page::SortBy`).
pub const SORT_BY: &[&str] = &["date", "weight", "title"];

/// The `+++` front matter of a page.
pub const FRONT_MATTER: &[Field] = &[
    req("title", Kind::Text, "title = \"About us\""),
    opt(
        "description",
        Kind::Text,
        "description = \"One sentence for search engines.\"",
    ),
    opt("date", Kind::Date, "date = 2026-11-20"),
    opt("updated", Kind::Date, "updated = 2026-11-21"),
    opt("draft", Kind::Bool, "draft = true"),
    opt("slug", Kind::Text, "slug = \"a-propos\""),
    opt("template", Kind::Text, "template = \"page.html\""),
    opt("weight", Kind::Integer, "weight = 10"),
    opt("aliases", Kind::TextList, "aliases = [\"/old-address/\"]"),
    opt("sort_by", Kind::Choice(SORT_BY), "sort_by = \"date\""),
    opt(
        "event",
        Kind::Table(EVENT),
        "[event] start = 2027-05-20T09:30:00+02:00",
    ),
    opt(
        "case_study",
        Kind::Table(CASE_STUDY),
        "[case_study] coops = [\"lumen-digital\"]",
    ),
    opt("extra", Kind::Any, "[extra] key = \"value\""),
    opt(
        "translated_from",
        Kind::Text,
        "translated_from = \"3f2a9c0d1e4b5a67\"",
    ),
];

/// The `[case_study]` table of a case study (`content::case_study::CaseStudyInfo`).
const CASE_STUDY: &[Field] = &[
    req("coops", Kind::TextList, "coops = [\"lumen-digital\"]"),
    opt(
        "services",
        Kind::TextList,
        "services = [\"web-development\"]",
    ),
    opt(
        "technologies",
        Kind::TextList,
        "technologies = [\"Django\"]",
    ),
    req("sector", Kind::Text, "sector = \"public\""),
    req("year", Kind::Year, "year = 2025"),
    opt("client", Kind::Text, "client = \"Town library\""),
    opt(
        "client_url",
        URL,
        "client_url = \"https://library.example\"",
    ),
];

const MENU_ITEM: &[Field] = &[
    req("label", Kind::Text, "label = \"menu-about\""),
    opt("page", Kind::Text, "page = \"about.md\""),
    opt("section", Kind::Text, "section = \"members\""),
    opt("url", URL, "url = \"https://example.org/\""),
];

const SEGMENTS: &[Field] = &[
    opt("members", Kind::Text, "members = \"membres\""),
    opt("federations", Kind::Text, "federations = \"federations\""),
    opt("services", Kind::Text, "services = \"services\""),
    opt(
        "technologies",
        Kind::Text,
        "technologies = \"technologies\"",
    ),
    opt("countries", Kind::Text, "countries = \"pays\""),
    opt("news", Kind::Text, "news = \"actualites\""),
    opt("events", Kind::Text, "events = \"evenements\""),
    opt(
        "case-studies",
        Kind::Text,
        "case-studies = \"etudes-de-cas\"",
    ),
    opt("hire", Kind::Text, "hire = \"engager\""),
    opt("page", Kind::Text, "page = \"pagina\""),
    opt("search", Kind::Text, "search = \"recherche\""),
];

const NEWS: &[Field] = &[opt("page_size", Kind::Count, "page_size = 10")];

const HIRE: &[Field] = &[opt(
    "email",
    Kind::Text,
    "email = \"hello@federation.example\"",
)];

/// `site.toml`.
pub const SITE: &[Field] = &[
    req("base_url", URL, "base_url = \"https://example.org/\""),
    req("default_language", Kind::Text, "default_language = \"en\""),
    req("languages", Kind::TextList, "languages = [\"en\", \"fr\"]"),
    opt("theme", Kind::Text, "theme = \"default\""),
    opt(
        "repository",
        URL,
        "repository = \"https://codeberg.org/our-federation/site\"",
    ),
    opt(
        "edit_url",
        Kind::Text,
        "edit_url = \"{repository}/_edit/main/{path}\"",
    ),
    opt(
        "menus",
        Kind::Named(&Kind::TableList(MENU_ITEM)),
        "[[menus.main]] label = \"menu-about\"",
    ),
    opt(
        "segments",
        Kind::Named(&Kind::Table(SEGMENTS)),
        "[segments.fr] members = \"membres\"",
    ),
    opt("news", Kind::Table(NEWS), "[news] page_size = 10"),
    opt(
        "hire",
        Kind::Table(HIRE),
        "[hire] email = \"hello@federation.example\"",
    ),
    opt("data_licence", Kind::Text, "data_licence = \"CC-BY-4.0\""),
    opt(
        "legal",
        Kind::Table(crate::legal::SHAPE),
        "[legal] name = \"Our Federation\"",
    ),
    opt("extra", Kind::Any, "[extra] key = \"value\""),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::federation::{FederationFile, Relation};
    use crate::content::member::{MemberFile, Status};
    use crate::content::page::{FrontMatter, SortBy};
    use crate::schema::accepts_placeholders;

    #[test]
    fn shapes_match_their_structs() {
        assert!(accepts_placeholders::<MemberFile>(MEMBER));
        assert!(accepts_placeholders::<FederationFile>(FEDERATION));
        assert!(accepts_placeholders::<FrontMatter>(FRONT_MATTER));
        assert!(accepts_placeholders::<Config>(SITE));
    }

    #[test]
    fn choices_are_the_enums_values() {
        let read = |s: &str| toml::Value::String(s.to_string());
        for s in STATUSES {
            assert!(Status::deserialize(read(s)).is_ok(), "{s}");
        }
        for s in RELATIONS {
            assert!(Relation::deserialize(read(s)).is_ok(), "{s}");
        }
        for s in SORT_BY {
            assert!(SortBy::deserialize(read(s)).is_ok(), "{s}");
        }
    }

    use serde::Deserialize;
}
