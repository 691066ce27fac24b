//! The pipeline on one screen: load -> check -> render -> write.
//!
//! `Site::load` reads everything (config, content, theme, translations, templates) into
//! one immutable value. `check` and `build` then pass values along; nothing is mutated
//! in place between stages.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use crate::config::Config;
use crate::content::data;
use crate::content::federation::Federation;
use crate::content::member::Member;
use crate::content::{Content, LoadOptions};
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{self, I18n};
use crate::output::OutputFile;
use crate::progress::Progress;
use crate::render::assets::Assets;
use crate::render::data_routes::DataRoutes;
use crate::render::routes::Routes;
use crate::render::templates::Templates;
use crate::render::{self, base_path_of};
use crate::staging::Staging;
use crate::theme::Theme;

/// What `Site::load` reads, relative to the site's folder: serve watches these, and the
/// output folder may be none of them nor inside one.
pub const INPUTS: [&str; 6] = [
    crate::config::FILE,
    crate::content::DIR,
    crate::import::snapshot::DIR,
    crate::i18n::DIR,
    "themes",
    "static",
];

/// Everything a build needs, loaded and parsed. Cloning is cheap for the large parts
/// (shared behind `Arc`), so serve can derive a new site from the last one.
#[derive(Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub content: Arc<Content>,
    pub theme: Arc<Theme>,
    pub i18n: Arc<I18n>,
    pub templates: Arc<Templates>,
    pub routes: Arc<Routes>,
    /// Member co-ops, sorted by slug.
    pub members: Vec<Arc<Member>>,
    /// Federations, sorted by slug.
    pub federations: Vec<Federation>,
    /// People and working groups (`content::people`; only consenting people are shown).
    pub people: Arc<crate::content::people::People>,
    /// Member and federation files with structural problems (unknown keys, wrong
    /// types): checked with the others so every problem shows in one run, never published.
    pub rejected: Arc<Rejected>,
    /// Slugs of `content/federations/*.toml` (including files that failed to parse):
    /// what `organisers` and member `federations` may name.
    pub federation_slugs: std::collections::BTreeSet<String>,
    /// Website hosts of every record of `imports/` (see `content::imported::Merged`).
    pub imported_hosts: Arc<std::collections::BTreeSet<String>>,
    /// What rendering remembers per member (see `render::memo`): shared by the sites
    /// serve derives from this one after member edits, fresh for every full load.
    pub memo: Arc<crate::render::memo::Memo>,
    /// "Now" for this build: splits upcoming from past events (`--now`, else the clock).
    pub now: crate::moment::Moment,
    /// Fingerprinted names of static assets, for `asset()` and the output.
    pub assets: Arc<Assets>,
    /// The data sections' routes, worked out on first use (see `data_routes`).
    data_routes: OnceLock<Arc<DataRoutes>>,
}

/// Data files that `check` reports on but that no page shows.
#[derive(Default)]
pub struct Rejected {
    pub members: Vec<Arc<Member>>,
    pub federations: Vec<Federation>,
}

/// Options shared by `build`, `check` and `serve`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub drafts: bool,
    /// Replaces `base_url` from site.toml (serve uses the local address).
    pub base_url: Option<String>,
    /// Replaces the current time (`--now`), for reproducible builds and tests.
    pub now: Option<crate::moment::Moment>,
    /// Publishes static assets under their own names only (`serve`: a stylesheet edit
    /// then swaps styles in place); builds fingerprint them (`render::assets`).
    pub plain_assets: bool,
    /// Draws a progress line on stderr while loading and rendering (`progress`; the
    /// caller decides with `progress::wanted`).
    pub progress: bool,
    /// Leaves the search indexes out of the render: serve's search thread builds them
    /// after the site is served (`serve::indexer`), so they never delay its first answer.
    pub search_indexes_later: bool,
}

/// The result of loading: a site when nothing fatal happened, and every diagnostic.
pub struct Loaded {
    pub site: Option<Site>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Site {
    /// Loads the site at `root`. Problems in one part do not stop the others from
    /// being read, so all of them are reported together.
    pub fn load(root: &Path, options: &BuildOptions) -> Loaded {
        let mut config = match Config::load(root) {
            Ok(config) => config,
            Err(diagnostics) => {
                return Loaded {
                    site: None,
                    diagnostics,
                }
            }
        };
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.clone();
        }
        let languages: Vec<String> = config.languages().map(str::to_string).collect();
        let mut diagnostics = Vec::new();
        let (content, found) = Content::load(
            root,
            &config,
            LoadOptions {
                drafts: options.drafts,
            },
        );
        diagnostics.extend(found);
        let (theme, found) = Theme::load(root, &config.theme, &languages);
        diagnostics.extend(found);
        let mut sources = theme.i18n.clone();
        let (site_sources, found) = i18n::read_dir(root, &languages);
        sources.extend(site_sources);
        diagnostics.extend(found);
        let (i18n, found) = I18n::build(&languages, config.default_language(), sources);
        diagnostics.extend(found);
        let i18n = Arc::new(i18n);
        let base_path = base_path_of(&config.base());
        let assets = Arc::new(Assets::new(&theme.static_files, !options.plain_assets));
        let templates = match Templates::build(
            theme.templates.clone(),
            Arc::clone(&i18n),
            base_path,
            Arc::clone(&assets),
        ) {
            Ok(templates) => Some(templates),
            Err(found) => {
                diagnostics.extend(found);
                None
            }
        };
        let (routes, found) = Routes::build(&config, &content);
        diagnostics.extend(found);
        let members = data::load_members(root);
        diagnostics.extend(members.problems);
        let federations = data::load_federations(root);
        diagnostics.extend(federations.problems);
        let rejected = Arc::new(Rejected {
            members: members.rejected,
            federations: federations.rejected,
        });
        let federation_slugs = data::data_slugs(root, data::FEDERATIONS);
        let merged = crate::content::imported::merge(
            root,
            members.sound,
            &crate::content::imported::Context {
                federations: &federation_slugs,
                i18n: &i18n,
                default_language: config.default_language(),
                languages: config.languages().collect(),
            },
        );
        diagnostics.extend(merged.problems);
        let members = merged.members;
        let people = Arc::new(crate::content::people::People::load(root));
        let site = templates.map(|templates| Site {
            root: root.to_path_buf(),
            config,
            content: Arc::new(content),
            theme: Arc::new(theme),
            i18n,
            templates: Arc::new(templates),
            routes: Arc::new(routes),
            members,
            federations: federations.sound,
            people,
            rejected,
            federation_slugs,
            imported_hosts: Arc::new(merged.hosts),
            now: options.now.unwrap_or_else(crate::moment::Moment::now),
            assets,
            memo: Arc::default(),
            data_routes: OnceLock::new(),
        });
        Loaded { site, diagnostics }
    }

    /// This site with some member files reloaded from disk (removed when the file is
    /// gone), and the problems found in them: what serve does after a member edit
    /// instead of loading everything again. `changed` are paths relative to the root.
    pub fn with_members_reloaded(&self, changed: &[PathBuf]) -> (Site, Vec<Diagnostic>) {
        let mut site = self.clone();
        site.data_routes = OnceLock::new();
        let mut problems = Vec::new();
        let mut rejected: Vec<Arc<Member>> = site.rejected.members.clone();
        for rel in changed {
            let slug = rel
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            site.members.retain(|m| m.slug != slug);
            rejected.retain(|m| m.slug != slug);
            match data::load_member(&self.root, rel) {
                Some(Ok(member)) if member.shape.is_sound() => site.members.push(member),
                Some(Ok(member)) => rejected.push(member),
                Some(Err(problem)) => problems.push(problem),
                None => {}
            }
        }
        site.members.sort_by(|a, b| a.slug.cmp(&b.slug));
        site.rejected = Arc::new(Rejected {
            members: rejected,
            federations: site.rejected.federations.clone(),
        });
        // Every other file passed these checks when it was loaded; the rules that relate
        // one member file to another are the website hosts they share.
        problems.extend(crate::check::member_files(&site, |slug| {
            changed
                .iter()
                .any(|rel| rel.file_stem() == Some(slug.as_ref()))
        }));
        problems.extend(crate::content::validate::duplicate_hosts(&site.members));
        (site, problems)
    }

    /// Whether reloading the member files `changed` alone could change which imported
    /// co-ops are shown (a local file that hides one by its website, or frees one, or an
    /// imported co-op's slug): then serve loads everything again instead.
    pub fn member_edit_touches_imports(&self, changed: &[PathBuf]) -> bool {
        if self.imported_hosts.is_empty() {
            return false;
        }
        let imported_host = |m: &Member| {
            m.website_host()
                .is_some_and(|h| self.imported_hosts.contains(&h))
        };
        changed.iter().any(|rel| {
            let slug = rel.file_stem().map(|s| s.to_string_lossy().into_owned());
            let before = self
                .members
                .iter()
                .find(|m| Some(&m.slug) == slug.as_ref())
                .is_some_and(|m| m.origin.is_some() || imported_host(m));
            let after =
                matches!(data::load_member(&self.root, rel), Some(Ok(m)) if imported_host(&m));
            before || after
        })
    }

    /// URLs of the data sections and the technology grouping of this site's members,
    /// worked out once per site (serve compares them with the last site's).
    pub fn data_routes(&self) -> Arc<DataRoutes> {
        let routes = self.data_routes.get_or_init(|| {
            let base_url = self.config.base();
            Arc::new(DataRoutes::new(self, &base_path_of(&base_url), &base_url))
        });
        Arc::clone(routes)
    }

    /// Static checks that need the whole site: translation keys used by templates and
    /// menus exist in the default language; other languages' gaps are warnings.
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut problems = crate::check::template_keys(self);
        problems.extend(crate::check::menu_keys(self));
        problems.extend(self.i18n.missing_translations());
        problems.extend(self.i18n.missing_overrides());
        problems.extend(self.i18n.variable_mismatches());
        problems.extend(crate::check::data_files(self));
        problems.extend(crate::check::people_files(self));
        problems.extend(crate::render::collisions::data_page_collisions(self));
        problems.extend(crate::content::translations::missing(
            &self.content,
            &self.config,
        ));
        problems.extend(
            crate::coverage::stale::find(self)
                .into_iter()
                .map(|s| s.warning),
        );
        problems.extend(crate::content::event::check_all(
            &self.content,
            &self.routes,
            &self.federation_slugs,
        ));
        let members = self.members.iter().map(|m| m.slug.clone()).collect();
        let known = crate::content::case_study::Known {
            members: &members,
            i18n: &self.i18n,
            default_language: self.config.default_language(),
        };
        problems.extend(crate::content::case_study::check_all(
            &self.content,
            &self.routes,
            &known,
        ));
        problems
    }
}

/// What a full run produced.
pub struct Report {
    /// Every output (empty after `build`, which writes them as they are rendered).
    pub outputs: Vec<OutputFile>,
    pub diagnostics: Vec<Diagnostic>,
    pub languages: usize,
    /// Files and HTML pages produced.
    pub files: usize,
    pub pages: usize,
    pub elapsed_ms: u128,
    /// `check` only: how much of the site each language has (`crate::coverage`).
    pub coverage: Option<crate::coverage::Coverage>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Load, check and render without writing anything (`federa check`). Outputs are
/// counted and dropped as they are rendered.
pub fn render(root: &Path, options: &BuildOptions) -> Report {
    let started = Instant::now();
    let progress = Progress::start(options.progress);
    let (site, mut diagnostics, mut report) = load_checked(root, options, &progress);
    if let Some(site) = &site {
        let mut seen = std::collections::HashSet::new();
        diagnostics.extend(render::render_each(site, &mut |batch| {
            progress.add(pages_in(&batch));
            for output in batch {
                if output.path.ends_with(".html") && !seen.contains(&output.path) {
                    report.pages += 1;
                }
                seen.insert(output.path);
            }
        }));
        report.files = seen.len();
        report.coverage = Some(crate::coverage::Coverage::of(site));
    }
    progress.finish();
    finish(report, diagnostics, started)
}

/// HTML pages in a batch of outputs (what the progress line counts).
fn pages_in(batch: &[OutputFile]) -> usize {
    batch.iter().filter(|o| o.path.ends_with(".html")).count()
}

/// Loads and checks the site; the report is empty but for the languages.
fn load_checked(
    root: &Path,
    options: &BuildOptions,
    progress: &Progress,
) -> (Option<Site>, Vec<Diagnostic>, Report) {
    progress.phase("loading");
    let Loaded {
        site,
        mut diagnostics,
    } = Site::load(root, options);
    let mut report = Report {
        outputs: Vec::new(),
        diagnostics: Vec::new(),
        languages: 0,
        files: 0,
        pages: 0,
        elapsed_ms: 0,
        coverage: None,
    };
    if let Some(site) = &site {
        progress.phase("checking");
        diagnostics.extend(site.check());
        report.languages = site.config.languages.len();
        progress.set_total(render::expected_pages(site));
        progress.phase("rendering");
    }
    (site, diagnostics, report)
}

/// The report with its diagnostics sorted, without duplicates, and the time taken.
fn finish(mut report: Report, mut diagnostics: Vec<Diagnostic>, started: Instant) -> Report {
    diagnostic::sort(&mut diagnostics);
    diagnostics.dedup();
    report.diagnostics = diagnostics;
    report.elapsed_ms = started.elapsed().as_millis();
    report
}

/// Like `render`, but keeps every output in the report (serve serves from memory), and
/// also returns the loaded site (serve keeps it to update it incrementally), or `None`
/// when it could not be loaded.
pub fn render_keeping_site(root: &Path, options: &BuildOptions) -> (Report, Option<Site>) {
    let started = Instant::now();
    let progress = Progress::start(options.progress);
    let (site, mut diagnostics, mut report) = load_checked(root, options, &progress);
    if let Some(site) = &site {
        let mut outputs = Vec::new();
        let indexes = !options.search_indexes_later;
        let found = render::render_each_with(site, indexes, &mut |batch| {
            progress.add(pages_in(&batch));
            outputs.extend(batch);
        });
        // As `render::render_all`: sorted, the first output of a path wins.
        outputs.sort_by(|a, b| a.path.cmp(&b.path));
        outputs.dedup_by(|a, b| a.path == b.path);
        diagnostics.extend(found);
        report.pages = outputs.iter().filter(|o| o.path.ends_with(".html")).count();
        report.files = outputs.len();
        report.outputs = outputs;
    }
    progress.finish();
    (finish(report, diagnostics, started), site)
}

/// Renders and, when there is no error, swaps the result into `output_dir`. Outputs are
/// written into a staging folder batch by batch as they are rendered (see `staging`),
/// so the site is never held in memory whole; on any error the staging folder is
/// thrown away and `output_dir` is left as it was.
pub fn build(root: &Path, output_dir: &Path, options: &BuildOptions) -> std::io::Result<Report> {
    let started = Instant::now();
    let progress = Progress::start(options.progress);
    let (site, mut diagnostics, mut report) = load_checked(root, options, &progress);
    if let Some(site) = &site {
        let clean = !diagnostics.iter().any(Diagnostic::is_error);
        let mut staging: Option<Staging> = None;
        let mut written = Ok(());
        progress.phase("building");
        diagnostics.extend(render::render_each(site, &mut |batch| {
            progress.add(pages_in(&batch));
            if clean && written.is_ok() {
                written = stage(&mut staging, output_dir, &batch);
            }
        }));
        let failed = diagnostics.iter().any(Diagnostic::is_error);
        if let Some(staging) = staging {
            (report.files, report.pages) = (staging.files, staging.pages);
            if !failed && written.is_ok() {
                progress.phase("swapping");
                staging.commit()?;
            }
        }
        progress.finish();
        // Content errors come first: they say what to fix; a write error only then.
        if !failed {
            written?;
        }
    }
    Ok(finish(report, diagnostics, started))
}

/// Writes `batch` into the staging folder, started on the first batch.
fn stage(
    staging: &mut Option<Staging>,
    output_dir: &Path,
    batch: &[OutputFile],
) -> std::io::Result<()> {
    if staging.is_none() {
        *staging = Some(Staging::new(output_dir)?);
    }
    match staging {
        Some(staging) => staging.add(batch),
        None => Ok(()),
    }
}
