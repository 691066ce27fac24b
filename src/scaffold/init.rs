//! What `federa init` writes: a site that builds at once, passes `check --strict`, and
//! can take its first member by pull request — `site.toml` explained in place, the
//! first pages and a join page in every language, the site's own federation file, and
//! the files for git, Netlify and CI (`hosting`). The shared vocabulary (services, co-op
//! types...) comes with the default theme, so it is not copied.

use crate::config::SECTIONS;
use crate::scaffold::hosting;
use crate::scaffold::texts::{self, Texts};

/// The languages of a new site.
#[derive(Debug, Clone)]
pub struct Languages {
    pub default: String,
    /// In the order given; holds `default`.
    pub all: Vec<String>,
}

impl Languages {
    /// Checks that `init` can write every language (those the default theme translates).
    pub fn new(default: &str, all: Option<Vec<String>>) -> Result<Languages, String> {
        let all = all.unwrap_or_else(|| {
            let mut all = vec![default.to_string()];
            all.extend(
                texts::ALL
                    .iter()
                    .map(|t| t.lang.to_string())
                    .filter(|l| l != default),
            );
            all
        });
        let known: Vec<&str> = texts::ALL.iter().map(|t| t.lang).collect();
        if let Some(unknown) = all
            .iter()
            .chain([&default.to_string()])
            .find(|l| texts::of(l).is_none())
        {
            return Err(format!(
                "`init` writes sites in {} (the languages of the default theme), not `{unknown}`; start with those and add `{unknown}` afterwards (docs/content.md)",
                known.join(", ")
            ));
        }
        if !all.iter().any(|l| l == default) {
            return Err(format!(
                "--languages must include the default language `{default}`"
            ));
        }
        Ok(Languages {
            default: default.to_string(),
            all,
        })
    }

    fn texts(&self) -> impl Iterator<Item = &'static Texts> + '_ {
        self.all.iter().filter_map(|l| texts::of(l))
    }

    /// `""` for the default language, `.fr` for the others: the file suffix.
    fn suffix(&self, lang: &str) -> String {
        if lang == self.default {
            String::new()
        } else {
            format!(".{lang}")
        }
    }
}

/// Every file of a new site, `(path, text)`; `federation` is the slug of its own
/// federation file.
pub fn files(languages: &Languages, federation: &str) -> Vec<(String, String)> {
    let mut files = vec![("site.toml".to_string(), site_toml(languages))];
    for t in languages.texts() {
        let sfx = languages.suffix(t.lang);
        files.push((
            format!("i18n/{}/site.ftl", t.lang),
            format!(
                "site-title = {}\nsite-tagline = {}\n{}",
                t.site_title, t.tagline, t.menu
            ),
        ));
        let slug = |slug: &str, file: &str| {
            if slug == file {
                String::new()
            } else {
                format!("slug = \"{slug}\"\n")
            }
        };
        let example = member_example(federation, &languages.default);
        let pages = [
            (
                "_index",
                t.home_title,
                String::new(),
                t.home_body.to_string(),
            ),
            (
                "about",
                t.about_title,
                slug(t.about_slug, "about") + "weight = 10\n",
                t.about_body.to_string(),
            ),
            (
                "join",
                t.join_title,
                slug(t.join_slug, "join") + "weight = 20\n",
                t.join_body.replace("{example}", &example),
            ),
            (
                "news/_index",
                t.news_title,
                "sort_by = \"date\"\n".to_string(),
                String::new(),
            ),
            (
                "events/_index",
                t.events_title,
                String::new(),
                String::new(),
            ),
        ];
        for (name, title, front, body) in pages {
            files.push((
                format!("content/{name}{sfx}.md"),
                format!("+++\ntitle = \"{title}\"\n{front}+++\n\n{body}\n"),
            ));
        }
    }
    files.push((
        format!("content/federations/{federation}.toml"),
        federation_file(languages),
    ));
    files.push(("static/.gitkeep".to_string(), String::new()));
    files.extend(
        hosting::FILES
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string())),
    );
    files
}

fn member_example(federation: &str, default: &str) -> String {
    format!(
        "```toml\nname = \"Lumen Digital\"\ncountry = \"BE\"\nwebsite = \"https://lumen.example.org/\"\nfederations = [\"{federation}\"]\ncoop_type = \"worker\"\nstatus = \"applicant\"\ncity = \"Brussels\"\ncoordinates = [50.85, 4.35]\nlanguages = [\"fr\", \"nl\", \"en\"]\nservices = [\"web-development\", \"hosting\"]\ntechnologies = [\"Django\", \"Rust\"]\n\n[summary]\n{default} = \"One sentence about the co-op.\"\n```"
    )
}

fn federation_file(languages: &Languages) -> String {
    let name = texts::of(&languages.default).map_or("Our federation", |t| t.site_title);
    let summaries: String = languages
        .texts()
        .map(|t| format!("{} = \"{}\"\n", t.lang, t.federation_summary))
        .collect();
    format!(
        "# This site's own federation: members name it in their `federations` list.\n# Every field is described in the federa guide for member and federation files.\nname = \"{name}\"\nrelation = \"member\"\n# countries = [\"BE\"]             # ISO 3166-1 codes\n# website = \"https://example.org/\"\n\n[summary]\n{summaries}"
    )
}

fn site_toml(languages: &Languages) -> String {
    let quoted: Vec<String> = languages.all.iter().map(|l| format!("\"{l}\"")).collect();
    let mut text = format!(
        r#"# The configuration of this site. Each key is explained above it; `federa check`
# reports any mistake here with its line and column.

# The address the site is published at (it may have a path: https://example.org/fed/).
base_url = "https://example.org/"
# The language of content files without a language suffix (about.md); translations
# are about.fr.md, about.nl.md...
default_language = "{default}"
# Every language the site is published in, in the order of the language switcher.
languages = [{list}]
# "default" is the theme built into federa; a folder themes/default/ overrides its files.
theme = "default"
# The repository that holds this site, once it exists: every page and member profile
# then links to its source file ("edit this page"), so people can propose changes.
# repository = "https://codeberg.org/our-federation/website"
# The edit link, when your forge's differs from the usual one: {{repository}} and
# {{path}} are replaced (the default guesses from the address: GitHub, GitLab, Forgejo).
# edit_url = "{{repository}}/_edit/main/{{path}}"

# The main menu. `label` is a message of i18n/<language>/site.ftl; the target is a
# content `page`, a built-in `section` (members, federations) or a `url`.
"#,
        default = languages.default,
        list = quoted.join(", ")
    );
    for (label, target) in [
        ("menu-about", "page = \"about.md\""),
        ("menu-members", "section = \"members\""),
        ("menu-federations", "section = \"federations\""),
        ("menu-news", "page = \"news/_index.md\""),
        ("menu-events", "page = \"events/_index.md\""),
        ("menu-join", "page = \"join.md\""),
    ] {
        text.push_str(&format!(
            "[[menus.main]]\nlabel = \"{label}\"\n{target}\n\n"
        ));
    }
    text.push_str(
        "# How many news posts each page of the news list shows.\n[news]\npage_size = 10\n\n",
    );
    text.push_str(
        "# The URL segments of the built-in sections in each language (/fr/membres/...).\n",
    );
    for t in languages.texts() {
        text.push_str(&format!("[segments.{}]\n", t.lang));
        for (section, segment) in SECTIONS.iter().zip(t.segments) {
            text.push_str(&format!("{section} = \"{segment}\"\n"));
        }
        text.push_str(&format!("page = \"{}\"\n", t.page_segment));
        text.push('\n');
    }
    text
}
