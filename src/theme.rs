//! Themes: templates, static files and translations.
//!
//! The default theme is embedded in the binary so `federa init` sites build anywhere.
//! A site's own `themes/<name>/` folder is layered on top, file by file, so a
//! federation can override one template or one stylesheet without forking the theme.
//! The site's `static/` folder comes last and overrides both. A theme's `data/` holds
//! inputs for the renderer (the members map outline), overridable the same way.

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::diagnostic::Diagnostic;
use crate::i18n::FtlSource;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Name of the theme that ships inside the binary.
pub const DEFAULT: &str = "default";

/// A template's name (as used by `extends`/`include`), display path and text.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    pub name: String,
    pub path: PathBuf,
    pub text: String,
}

/// A file copied verbatim into the output.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path relative to the output root, with `/` separators.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Everything a theme contributes, with overrides already applied.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub templates: Vec<TemplateSource>,
    pub static_files: Vec<StaticFile>,
    /// Theme translations (the site's `i18n/` is layered on top by `i18n`).
    pub i18n: Vec<FtlSource>,
    /// Files under the theme's `data/` (such as the members map outline), by path
    /// relative to that folder; read by the renderer, not published.
    pub data: std::collections::BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Loads theme `name` for a site at `root`, for the given languages, with the
    /// problems found (a missing theme, a symbolic link: see `input`).
    pub fn load(root: &Path, name: &str, languages: &[String]) -> (Theme, Vec<Diagnostic>) {
        let mut files: Vec<(String, Vec<u8>, PathBuf)> = Vec::new();
        let mut problems = Vec::new();
        let base = PathBuf::from("themes").join(name);
        if name == DEFAULT {
            collect_embedded(&DEFAULT_THEME, &base, &mut files);
        }
        match crate::input::metadata(root, &base) {
            Ok(Some(kind)) if kind.is_dir() => collect_disk(root, &base, &mut files, &mut problems),
            Ok(_) if name == DEFAULT => {}
            Ok(_) => problems.push(
                Diagnostic::file(crate::config::FILE, format!("theme `{name}` not found"))
                    .with_hint(format!(
                        "create {} or use `theme = \"default\"`",
                        base.display()
                    )),
            ),
            Err(problem) => problems.push(problem),
        }
        let mut extra = Vec::new();
        collect_disk(root, Path::new("static"), &mut extra, &mut problems);
        files.extend(
            extra
                .into_iter()
                .map(|(rel, bytes, path)| (format!("static/{rel}"), bytes, path)),
        );
        (Theme::from_files(files, languages), problems)
    }

    /// Builds the theme from `(relative path, bytes, display path)`; later files win.
    fn from_files(files: Vec<(String, Vec<u8>, PathBuf)>, languages: &[String]) -> Theme {
        let mut by_path = std::collections::BTreeMap::new();
        for (rel, bytes, display) in files {
            by_path.insert(rel, (bytes, display));
        }
        let mut theme = Theme::default();
        for (rel, (bytes, display)) in by_path {
            if let Some(name) = rel.strip_prefix("templates/") {
                theme.templates.push(TemplateSource {
                    name: name.to_string(),
                    path: display,
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                });
            } else if let Some(path) = rel.strip_prefix("static/") {
                theme.static_files.push(StaticFile {
                    path: path.to_string(),
                    bytes,
                });
            } else if let Some(name) = rel.strip_prefix("data/") {
                theme.data.insert(name.to_string(), bytes);
            } else if let Some(ftl) = rel.strip_prefix("i18n/") {
                let lang = ftl.split('/').next().unwrap_or("");
                if languages.iter().any(|l| l == lang) && ftl.ends_with(".ftl") {
                    theme.i18n.push(FtlSource {
                        path: display,
                        lang: lang.to_string(),
                        text: String::from_utf8_lossy(&bytes).into_owned(),
                    });
                }
            }
        }
        theme
    }
}

/// The embedded default theme's files, for `federa init` and tests.
pub fn embedded_files() -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    walk_embedded(&DEFAULT_THEME, &mut |path, bytes| {
        out.push((path.to_string(), bytes))
    });
    out
}

fn walk_embedded<'a>(dir: &'a Dir<'a>, visit: &mut dyn FnMut(&str, &'a [u8])) {
    for file in dir.files() {
        visit(
            &file.path().to_string_lossy().replace('\\', "/"),
            file.contents(),
        );
    }
    for sub in dir.dirs() {
        walk_embedded(sub, visit);
    }
}

fn collect_embedded(dir: &Dir<'static>, base: &Path, out: &mut Vec<(String, Vec<u8>, PathBuf)>) {
    walk_embedded(dir, &mut |rel, bytes| {
        out.push((rel.to_string(), bytes.to_vec(), base.join(rel)));
    });
}

/// The files under `base` (relative to `root`) as `(path under base, bytes, display
/// path)`; symbolic links and unreadable files go to `problems`.
fn collect_disk(
    root: &Path,
    base: &Path,
    out: &mut Vec<(String, Vec<u8>, PathBuf)>,
    problems: &mut Vec<Diagnostic>,
) {
    let (entries, found) = crate::input::walk(root, base, &|_| false);
    problems.extend(found);
    for entry in entries.into_iter().filter(|e| !e.is_dir) {
        let Ok(rel) = entry.rel.strip_prefix(base) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        match crate::input::read(root, &entry.rel) {
            Ok(bytes) => out.push((rel, bytes, entry.rel.clone())),
            Err(problem) => problems.push(problem),
        }
    }
}
