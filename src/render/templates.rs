//! Tera setup: the theme's templates parsed once, plus federa's functions.
//!
//! Functions: `t(key=..., ...)` translates with the page's language taken from the
//! render context (`lang`); `plural_forms(key=...)` gives `[category, sentence]` pairs,
//! one per CLDR plural category of the page's language, with `{n}` for the number, for
//! scripts that count in the browser (`i18n::plurals`); `asset(path=...)` gives the URL
//! of a theme static file, fingerprinted (`render::assets`).
//! Template errors become diagnostics naming the template, line and column.

use std::path::PathBuf;
use std::sync::Arc;

use tera::{ErrorKind, Kwargs, State, Tera, TeraResult, Value};

use crate::diagnostic::Diagnostic;
use crate::escape;
use crate::i18n::{Arg, I18n};
use crate::render::assets::Assets;
use crate::render::search;
use crate::theme::TemplateSource;
use crate::typography;

/// Parsed templates, ready to render from many threads.
pub struct Templates {
    pub tera: Tera,
    sources: Vec<TemplateSource>,
}

impl Templates {
    /// Parses every template; syntax errors are reported all at once.
    pub fn build(
        sources: Vec<TemplateSource>,
        i18n: Arc<I18n>,
        base_path: String,
        assets: Arc<Assets>,
    ) -> Result<Templates, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape::write_markup);
        crate::dates::register(&mut tera, &i18n);
        register_functions(&mut tera, i18n, base_path, assets);
        let mut problems = Vec::new();
        for source in &sources {
            let mut probe = Tera::new();
            match probe.add_raw_template(&source.name, &source.text) {
                Err(e) if matches!(e.kind(), ErrorKind::SyntaxError(_)) => {
                    problems.push(template_diagnostic(&sources, &e));
                }
                _ => {}
            }
        }
        if problems.is_empty() {
            let all = sources.iter().map(|s| (s.name.as_str(), s.text.as_str()));
            if let Err(e) = tera.add_raw_templates(all) {
                problems.push(template_diagnostic(&sources, &e));
            }
        }
        if problems.is_empty() {
            Ok(Templates { tera, sources })
        } else {
            Err(problems)
        }
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders `name`; errors point into the template that failed. A page's `<main>`
    /// gets `data-kind` (`render::search::kind_of`): what the search index calls it.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map(|html| search::mark_kind(html, &search::kind_of(name, context)))
            .map_err(|e| template_diagnostic(&self.sources, &e))
    }

    /// Template sources, for static checks of the keys they use.
    pub fn sources(&self) -> &[TemplateSource] {
        &self.sources
    }
}

fn register_functions(tera: &mut Tera, i18n: Arc<I18n>, base_path: String, assets: Arc<Assets>) {
    let plurals = Arc::clone(&i18n);
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = state
                .get("lang")?
                .ok_or_else(|| tera::Error::message("`t` needs `lang` in the render context"))?;
            let args = fluent_args(&kwargs);
            let args: Vec<(&str, Arg)> =
                args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            // Theme strings keep "co-op" whole at line ends, as page text does.
            i18n.format(&lang, &key, &args)
                .map(|text| typography::keep_words_whole(&text))
                .map_err(tera::Error::message)
        },
    );
    tera.register_function(
        "plural_forms",
        move |kwargs: Kwargs, state: &State| -> TeraResult<Vec<Vec<String>>> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = state.get("lang")?.ok_or_else(|| {
                tera::Error::message("`plural_forms` needs `lang` in the render context")
            })?;
            let forms = plurals
                .plural_forms(&lang, &key)
                .map_err(tera::Error::message)?;
            Ok(forms
                .into_iter()
                .map(|(c, s)| vec![c, typography::keep_words_whole(&s)])
                .collect())
        },
    );
    tera.register_function(
        "asset",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let path: String = kwargs.must_get("path")?;
            Ok(format!("{base_path}{}", assets.url_path(&path)))
        },
    );
    tera.register_function(
        "mailto",
        |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let to: String = kwargs.must_get("to")?;
            let subject: Option<String> = kwargs.get("subject")?;
            let body: Option<String> = kwargs.get("body")?;
            Ok(escape::mailto(&to, subject.as_deref(), body.as_deref()))
        },
    );
    tera.register_filter(
        "json",
        |value: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            // Through serde_json's sorted map: Tera's own map is a HashMap, whose order
            // changes between runs, and output must be byte-identical.
            let json = serde_json::to_value(value)
                .and_then(|v| serde_json::to_string(&v))
                .map_err(|e| tera::Error::message(e.to_string()))?;
            Ok(escape::script_json(&json))
        },
    );
}

fn fluent_args(kwargs: &Kwargs) -> Vec<(String, Arg)> {
    kwargs
        .iter()
        .filter_map(|(k, v)| {
            let name = k.as_str()?.to_string();
            if name == "key" {
                return None;
            }
            let arg = match v.as_f64().or_else(|| v.as_i64().map(|n| n as f64)) {
                Some(n) => Arg::Number(n),
                None => Arg::Text(v.as_str().map_or_else(|| v.to_string(), str::to_string)),
            };
            Some((name, arg))
        })
        .collect()
}

/// A diagnostic for a Tera error, located in the template source when Tera knows where.
fn template_diagnostic(sources: &[TemplateSource], error: &tera::Error) -> Diagnostic {
    let report = match error.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let Some(report) = report else {
        return Diagnostic::file("themes", format!("template error: {error}"));
    };
    let source = sources.iter().find(|s| s.name == report.filename());
    let span = report.span();
    match source {
        Some(source) => {
            let mut d = Diagnostic::at_line_col(
                &source.path,
                &source.text,
                span.start_line,
                span.start_col + 1,
                report.message(),
            );
            if span.start_line == span.end_line && span.end_col > span.start_col {
                d.width = span.end_col - span.start_col;
            }
            d.with_hint("see the template context in docs/theming.md")
        }
        None => Diagnostic::file(
            PathBuf::from(report.filename()),
            report.message().to_string(),
        ),
    }
}
