//! federa: a static site generator for federations of tech co-operatives.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! load    site.toml + content/ + i18n/ + theme -> Site     (config, content, theme, i18n)
//! check   Site                                 -> diagnostics (check, render::routes)
//! render  Site x languages (Tera, rayon)       -> OutputFile batches, in memory (render)
//! write   batches as they come -> staging dir  -> atomic swap into the output (staging)
//! serve   watch -> render -> write changed -> live reload                  (serve)
//! ```
//!
//! `run` dispatches the command line to those stages and maps the outcome to an exit
//! code: 0 success, 1 content or template errors, 2 usage errors (clap's own, and an
//! output folder that `output_guard` refuses).

pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod coverage;
pub mod dates;
pub mod diagnostic;
pub mod escape;
pub mod i18n;
pub mod import;
pub mod input;
pub mod legal;
pub mod markdown;
pub mod moment;
pub mod output;
pub mod output_guard;
pub mod progress;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod site;
pub mod spare;
pub mod staging;
pub mod swap;
pub mod theme;
pub mod toml_error;
pub mod typography;

use std::path::Path;
use std::process::ExitCode;

use cli::{Cli, Command, Format, NewCommand};
use diagnostic::Diagnostic;
use site::BuildOptions;

/// Exit code for content, template or I/O errors.
pub const EXIT_ERRORS: u8 = 1;
/// Exit code for usage errors.
pub const EXIT_USAGE: u8 = 2;

/// Runs one command line.
pub fn run(cli: Cli) -> ExitCode {
    let root = cli.root.clone();
    let progress = progress::wanted(cli.quiet);
    match cli.command {
        Command::Build {
            output,
            force,
            base_url,
            drafts,
            now,
        } => {
            let output = output.unwrap_or_else(|| root.join("public"));
            let target = match output_guard::check(&root, &output, force) {
                Ok(target) => target,
                Err(refusal) => return refuse(&refusal),
            };
            tidy(&target, &output);
            let options = BuildOptions {
                drafts,
                base_url,
                now,
                plain_assets: false,
                progress,
                search_indexes_later: false,
            };
            build(&root, &output, &target, &options)
        }
        Command::Serve {
            port,
            bind,
            open,
            poll,
            output,
            force,
            drafts,
        } => {
            let output = output.unwrap_or_else(|| root.join("public.serve"));
            match output_guard::check(&root, &output, force) {
                Ok(output) => serve::run(
                    &root,
                    &serve::ServeOptions {
                        port,
                        bind,
                        open,
                        poll,
                        output,
                        drafts,
                        progress,
                    },
                ),
                Err(refusal) => refuse(&refusal),
            }
        }
        Command::Translated { paths, language } => {
            finish(coverage::stale::mark(&root, &paths, language.as_deref()))
        }
        Command::Check {
            format,
            strict,
            verbose,
            drafts,
            now,
        } => {
            let options = BuildOptions {
                drafts,
                now,
                // JSON goes to stdout; the line would only be noise around it.
                progress: progress && format == Format::Human,
                ..BuildOptions::default()
            };
            check(&root, format, CheckOutput { strict, verbose }, &options)
        }
        Command::Init {
            dir,
            language,
            languages,
        } => finish(
            scaffold::Languages::new(&language, languages)
                .and_then(|languages| scaffold::init(&dir, &languages))
                .map(|files| {
                    format!(
                        "created a new site in {} ({files} files); try `federa --root {} serve`",
                        dir.display(),
                        dir.display()
                    )
                }),
        ),
        Command::New {
            what: NewCommand::Federation { slug },
        } => finish(scaffold::new_federation(&root, &slug).map(|created| {
            format!(
                "created {}; fill it in, then run `federa check` to see what is missing",
                created.display()
            )
        })),
        Command::Import {
            federations,
            dry_run,
        } => import::run(
            &root,
            &import::ImportOptions {
                federations,
                dry_run,
            },
        ),
        Command::New {
            what: NewCommand::Page { path },
        } => finish(
            scaffold::new_page(&root, &path)
                .map(|created| format!("created {}", created.display())),
        ),
        Command::New {
            what: NewCommand::Member { slug },
        } => finish(scaffold::new_member(&root, &slug).map(|created| {
            format!(
                "created {}; fill it in, then run `federa check` to see what is missing",
                created.display()
            )
        })),
        Command::New {
            what: NewCommand::Event { slug },
        } => finish(
            scaffold::new_event(&root, &slug)
                .map(|created| format!("created {}", created.display())),
        ),
    }
}

/// Builds into `target` (`output` resolved by `output_guard`; messages name `output`).
fn build(root: &Path, output: &Path, target: &Path, options: &BuildOptions) -> ExitCode {
    let report = match site::build(root, target, options) {
        Ok(report) => report,
        Err(e) => return fail(&format!("cannot write {}: {e}", output.display())),
    };
    let errors: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    print_diagnostics(&errors);
    if report.has_errors() {
        eprintln!(
            "{}; {} left unchanged",
            summary_of_errors(&report.diagnostics),
            output.display()
        );
        return ExitCode::from(EXIT_ERRORS);
    }
    let warnings = report.diagnostics.len();
    if warnings > 0 {
        eprintln!(
            "{warnings} warnings (such as missing translations): run `federa check` to list them"
        );
    }
    println!(
        "built {} languages, {} pages, {} files in {} ms",
        report.languages, report.pages, report.files, report.elapsed_ms
    );
    ExitCode::SUCCESS
}

/// Before a build: puts back an output that a build stopped half way had moved aside,
/// and removes the staging folders of builds that are gone. Problems here only warn:
/// the build that follows reports whatever really stops it.
fn tidy(target: &Path, output: &Path) {
    match swap::recover(target) {
        Ok(Some(old)) => eprintln!(
            "warning: {} was missing: put back the previous output from {}, left by a \
             build that was stopped half way",
            output.display(),
            old.display()
        ),
        Ok(None) => {}
        Err(e) => eprintln!(
            "warning: {} is missing and the previous output cannot be put back: {e}",
            output.display()
        ),
    }
    if let Err(e) = swap::remove_stale(target) {
        eprintln!(
            "warning: cannot remove the folders that stopped builds left beside {}: {e}",
            output.display()
        );
    }
}

/// A refused output folder: a usage error, reported before anything is written.
fn refuse(refusal: &Diagnostic) -> ExitCode {
    eprint!("{refusal}");
    ExitCode::from(EXIT_USAGE)
}

/// How `check` reports: `--strict` and `--verbose`.
#[derive(Debug, Clone, Copy)]
struct CheckOutput {
    strict: bool,
    verbose: bool,
}

fn check(root: &Path, format: Format, output: CheckOutput, options: &BuildOptions) -> ExitCode {
    let report = site::render(root, options);
    let failed = report
        .diagnostics
        .iter()
        .any(|d| d.is_error() || output.strict);
    match format {
        Format::Json => {
            let json = serde_json::json!({
                "diagnostics": report.diagnostics,
                "coverage": report.coverage,
            });
            match serde_json::to_string_pretty(&json) {
                Ok(json) => println!("{json}"),
                Err(e) => return fail(&e.to_string()),
            }
        }
        Format::Github | Format::Gitlab => {
            if format == Format::Github {
                print!("{}", report::github(&report.diagnostics));
            } else {
                println!("{}", report::gitlab(&report.diagnostics));
            }
            print_check_text(&report, output.verbose);
            eprintln!("{}", check_summary(&report, failed));
        }
        Format::Human => {
            print_check_text(&report, output.verbose);
            if failed {
                eprintln!("{}", check_summary(&report, failed));
            } else {
                println!("{}", check_summary(&report, failed));
            }
        }
    }
    if failed {
        ExitCode::from(EXIT_ERRORS)
    } else {
        ExitCode::SUCCESS
    }
}

/// `check`'s text on stderr: the diagnostics, except (without `--verbose`) the
/// warnings about each missing message, which the coverage table after them sums up.
fn print_check_text(report: &site::Report, verbose: bool) {
    let Some(coverage) = &report.coverage else {
        return print_diagnostics(&report.diagnostics);
    };
    let shown: Vec<Diagnostic> = if verbose {
        let texts = coverage.missing.iter().filter(|g| g.part.is_text());
        let texts = texts.map(|g| &g.warning);
        report.diagnostics.iter().chain(texts).cloned().collect()
    } else {
        let summarised = coverage.summarised();
        report
            .diagnostics
            .iter()
            .filter(|d| !summarised.contains(&coverage::key(d)))
            .cloned()
            .collect()
    };
    print_diagnostics(&shown);
    if coverage.languages.len() > 1 {
        eprint!("{}", coverage::table::human(coverage));
        eprintln!("{}", coverage::table::footer(coverage, verbose));
    }
}

/// The last line of `check`: what failed, or what was checked.
fn check_summary(report: &site::Report, failed: bool) -> String {
    if failed {
        summary_of_errors(&report.diagnostics)
    } else {
        format!(
            "ok: {} pages in {} languages, {} warnings",
            report.pages,
            report.languages,
            report.diagnostics.len()
        )
    }
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}

fn summary_of_errors(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    format!("failed: {errors} errors, {warnings} warnings")
}

fn finish(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(EXIT_ERRORS)
}
