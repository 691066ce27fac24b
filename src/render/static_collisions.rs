//! A static file (the site's `static/` or the theme's) at the path of an output federa
//! generates: either an intended override or an error, never a silent loser.
//!
//! `robots.txt` is the one generated file a site may replace on purpose (to keep some
//! crawlers out): the static file is published and the generated one dropped. Any other
//! collision — the sitemap, `_redirects`, `_headers`, a feed, a page, a logo — is an
//! error at the static file naming the generated output, since one of the two would
//! otherwise hide the other. Rendering passes every generated batch through a
//! `Guard` before the static files are published.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::host_files;
use crate::render::sitemap;
use crate::site::Site;

/// Generated outputs that a static file replaces on purpose.
pub const OVERRIDABLE: [&str; 1] = [sitemap::ROBOTS];

/// Watches generated outputs for paths a static file also takes.
pub struct Guard {
    static_paths: BTreeSet<String>,
    root: PathBuf,
    theme: String,
    problems: Vec<Diagnostic>,
}

impl Guard {
    pub fn new(site: &Site) -> Guard {
        Guard {
            static_paths: site
                .theme
                .static_files
                .iter()
                .map(|f| f.path.clone())
                .collect(),
            root: site.root.clone(),
            theme: site.config.theme.clone(),
            problems: Vec::new(),
        }
    }

    /// `batch` of generated outputs without those a static file replaces on purpose;
    /// any other output at a static file's path is reported.
    pub fn screen(&mut self, mut batch: Vec<OutputFile>) -> Vec<OutputFile> {
        if self.static_paths.is_empty() {
            return batch;
        }
        batch.retain(|output| {
            if !self.static_paths.contains(&output.path) {
                return true;
            }
            if OVERRIDABLE.contains(&output.path.as_str()) {
                return false;
            }
            let problem = collision(&self.static_source(&output.path), &output.path);
            self.problems.push(problem);
            true
        });
        batch
    }

    /// The collisions seen, one per path.
    pub fn into_problems(mut self) -> Vec<Diagnostic> {
        self.problems.dedup();
        self.problems
    }

    /// Where static file `path` comes from: the site's `static/` wins over the theme's.
    fn static_source(&self, path: &str) -> PathBuf {
        let site_static = Path::new("static").join(path);
        if self.root.join(&site_static).is_file() {
            site_static
        } else {
            Path::new("themes")
                .join(&self.theme)
                .join("static")
                .join(path)
        }
    }
}

fn collision(static_file: &Path, generated: &str) -> Diagnostic {
    Diagnostic::file(
        static_file,
        format!(
            "this file takes the path of {}, which federa generates; one would hide the other",
            describe(generated)
        ),
    )
    .with_hint(format!(
        "rename or remove {}: of the generated files only `robots.txt` may be replaced from static/ (docs/deploy.md)",
        static_file.display()
    ))
}

/// A generated output as a volunteer would recognise it.
fn describe(path: &str) -> String {
    let what = match path {
        sitemap::FILE => "the sitemap",
        host_files::REDIRECTS => "the redirect rules for static hosts",
        host_files::HEADERS => "the response headers for static hosts",
        _ if path.ends_with(".html") => "the page",
        _ => "the file",
    };
    format!("{what} `{path}`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme;

    fn default_theme_has(path: &str) -> bool {
        theme::embedded_files()
            .iter()
            .any(|(file, _)| file.strip_prefix("static/") == Some(path))
    }

    #[test]
    fn the_default_theme_collides_with_nothing_generated() {
        for generated in [
            sitemap::FILE,
            sitemap::ROBOTS,
            host_files::REDIRECTS,
            host_files::HEADERS,
        ] {
            assert!(!default_theme_has(generated), "{generated}");
        }
    }

    #[test]
    fn descriptions_name_the_output() {
        assert_eq!(describe("sitemap.xml"), "the sitemap `sitemap.xml`");
        assert_eq!(describe("fr/404.html"), "the page `fr/404.html`");
    }
}
