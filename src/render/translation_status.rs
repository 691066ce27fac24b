//! The translation-status page, `translation-status/` in every language: the coverage
//! table of `federa check` and, per language, what is out of date and what is missing,
//! with links to the files to open, for volunteers who never open a terminal.
//!
//! Not a page of the site's content: `noindex`, in no menu and not in the sitemap.

use serde::Serialize;

use crate::coverage::{Coverage, Gap, Part};
use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::pages::base_context;
use crate::render::views::{Alternate, LanguageLink};
use crate::render::Shared;
use crate::site::Site;

/// The page's folder under each language's root.
pub const SEGMENT: &str = "translation-status";

/// One language's table row.
#[derive(Serialize)]
struct RowView {
    lang: String,
    name: String,
    default: bool,
    /// `(translated, total, percent)` per column, `None` for nothing to translate.
    cells: Vec<Option<(usize, usize, usize)>>,
}

/// A file, with its edit link when the site names its repository.
#[derive(Serialize)]
struct FileView {
    path: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct ItemView {
    item: String,
    /// Where the original is (a page, a member file, a message's `.ftl` file).
    source: FileView,
    /// Pages only: the file a translation would be.
    create: Option<String>,
}

#[derive(Serialize)]
struct PartView {
    /// Fluent id of the heading.
    heading: &'static str,
    /// How many are missing (more than `items` holds when they are over `LISTED`).
    count: usize,
    items: Vec<ItemView>,
}

/// Items listed per kind and language: past a few hundred a list helps nobody, and a
/// federation of thousands of co-ops would make the page slow to render on every edit.
const LISTED: usize = 200;

#[derive(Serialize)]
struct StaleView {
    translation: FileView,
    original: FileView,
}

#[derive(Serialize)]
struct LanguageView {
    lang: String,
    name: String,
    stale: Vec<StaleView>,
    parts: Vec<PartView>,
}

/// The Fluent id of a column's heading.
fn heading(part: Part) -> &'static str {
    match part {
        Part::Messages => "status-messages",
        Part::Pages => "status-pages",
        Part::MemberSummaries => "status-summaries",
        Part::MemberDescriptions => "status-descriptions",
        Part::FederationTexts => "status-federation-texts",
    }
}

/// The page in every language (coverage worked out once).
pub fn render(site: &Site, shared: &Shared) -> (Vec<OutputFile>, Vec<Diagnostic>) {
    let coverage = Coverage::of(site);
    let rows = rows(site, shared, &coverage);
    let details: Vec<LanguageView> = shared
        .languages
        .iter()
        .map(|l| language(site, &coverage, &l.lang, &l.name))
        .filter(|l| !l.stale.is_empty() || !l.parts.is_empty())
        .collect();
    let headings: Vec<&str> = Part::ALL.into_iter().map(heading).collect();
    let default = site.config.default_language();
    let mut outputs = Vec::new();
    let mut problems = Vec::new();
    for lang in site.config.languages() {
        let prefix = crate::render::routes::language_root(site.config.default_language(), lang);
        let url = format!("{}{prefix}{SEGMENT}/", shared.base_path);
        let mut context = base_context(site, shared, lang, &url);
        context.insert("translations", &switcher(site, shared, lang));
        context.insert("alternates", &Vec::<Alternate>::new());
        context.insert(
            "canonical",
            &format!("{}{prefix}{SEGMENT}/", shared.base_url),
        );
        context.insert("rows", &rows);
        context.insert("headings", &headings);
        // A language's translators read its own list; the default language's page has all.
        let shown: Vec<&LanguageView> = details
            .iter()
            .filter(|d| lang == default || d.lang == lang)
            .collect();
        context.insert("details", &shown);
        match site.templates.render("translation-status.html", &context) {
            Ok(html) => outputs.push(OutputFile::new(
                format!("{prefix}{SEGMENT}/index.html"),
                html,
            )),
            Err(problem) => problems.push(problem),
        }
    }
    (outputs, problems)
}

/// The language switcher: this page in every language.
fn switcher(site: &Site, shared: &Shared, lang: &str) -> Vec<LanguageLink> {
    shared
        .languages
        .iter()
        .map(|other| {
            let prefix =
                crate::render::routes::language_root(site.config.default_language(), &other.lang);
            LanguageLink {
                lang: other.lang.clone(),
                name: other.name.clone(),
                url: format!("{}{prefix}{SEGMENT}/", shared.base_path),
                is_current: other.lang == lang,
                is_translated: true,
            }
        })
        .collect()
}

fn rows(site: &Site, shared: &Shared, coverage: &Coverage) -> Vec<RowView> {
    coverage
        .languages
        .iter()
        .map(|row| RowView {
            lang: row.lang.clone(),
            name: native_name(shared, &row.lang),
            default: row.default,
            cells: Part::ALL
                .iter()
                .map(|p| row.count(*p))
                .map(|c| (c.total > 0).then_some((c.translated, c.total, c.percent())))
                .collect(),
        })
        .filter(|_| site.config.languages.len() > 1)
        .collect()
}

fn native_name(shared: &Shared, lang: &str) -> String {
    shared
        .languages
        .iter()
        .find(|l| l.lang == lang)
        .map_or_else(|| lang.to_string(), |l| l.name.clone())
}

fn language(site: &Site, coverage: &Coverage, lang: &str, name: &str) -> LanguageView {
    let file = |path: &std::path::Path| FileView {
        path: path.to_string_lossy().replace('\\', "/"),
        // Only the site's own files are in its repository (not the embedded theme's).
        url: (path.starts_with(crate::content::DIR) || path.starts_with(crate::i18n::DIR))
            .then(|| site.config.edit_url(path))
            .flatten(),
    };
    let stale = coverage
        .stale
        .iter()
        .filter(|s| s.lang == lang)
        .map(|s| StaleView {
            translation: file(&s.path),
            original: file(&s.original),
        })
        .collect();
    let parts = Part::ALL
        .into_iter()
        .filter_map(|part| {
            let gaps: Vec<&Gap> = coverage
                .missing_in(lang)
                .filter(|g| g.part == part)
                .collect();
            let items = gaps
                .iter()
                .take(LISTED)
                .map(|g| item(site, g, &file))
                .collect();
            (!gaps.is_empty()).then_some(PartView {
                heading: heading(part),
                count: gaps.len(),
                items,
            })
        })
        .collect();
    LanguageView {
        lang: lang.to_string(),
        name: name.to_string(),
        stale,
        parts,
    }
}

fn item(site: &Site, gap: &Gap, file: &dyn Fn(&std::path::Path) -> FileView) -> ItemView {
    ItemView {
        item: gap.item.clone(),
        source: file(&gap.path),
        create: (gap.part == Part::Pages)
            .then(|| crate::content::translations::suffixed(&gap.path, &gap.lang, &site.config)),
    }
}
