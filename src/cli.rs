//! The command line: clap derive, doc comments are the `--help` text.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::moment::Moment;

/// federa builds multilingual websites for federations of tech co-operatives.
#[derive(Debug, Parser)]
#[command(name = "federa", version, about, long_about = None)]
pub struct Cli {
    /// The site's folder (the one holding site.toml).
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,
    /// No progress line while building (it is drawn on stderr only when that is a
    /// terminal and `NO_COLOR` is not set).
    #[arg(long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (atomically: a failed build changes nothing).
    Build {
        /// Output folder, relative to the current directory; replaced whole, so it may not
        /// be the site's folder, an input folder or inside one, nor (without `--force`)
        /// a non-empty folder that federa did not write.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write into a non-empty output folder that federa did not write (it has no
        /// `.federa-output` file), deleting what it holds. Never allows the site's own
        /// folder, its input folders or anything inside them.
        #[arg(long)]
        force: bool,
        /// Publish under this URL instead of site.toml's base_url (http or https).
        #[arg(long, value_parser = parse_base_url, value_name = "URL")]
        base_url: Option<String>,
        /// Include pages marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Treat this RFC 3339 time as "now" (upcoming vs past events, calendar stamps),
        /// for reproducible builds and tests; default: the current time.
        #[arg(long, value_parser = parse_now, value_name = "RFC3339")]
        now: Option<Moment>,
    },
    /// Load, validate and render the site without writing anything.
    Check {
        /// How to print problems.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Treat warnings (e.g. missing translations) as errors.
        #[arg(long)]
        strict: bool,
        /// List every missing translation (message, page, summary, description) with
        /// its file, instead of only the table of totals per language.
        #[arg(long)]
        verbose: bool,
        /// Include pages marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Treat this RFC 3339 time as "now" (upcoming vs past events, calendar stamps),
        /// for reproducible builds and tests; default: the current time.
        #[arg(long, value_parser = parse_now, value_name = "RFC3339")]
        now: Option<Moment>,
    },
    /// Mark translations as up to date with their original: records a hash of the
    /// original's text in each page's front matter (`translated_from`), or in a member or
    /// federation file's `[translated_from]` table, so `check` can tell when the original
    /// changes afterwards.
    Translated {
        /// Translated pages, e.g. `content/about.fr.md`, or member and federation files
        /// whose `--language` texts were translated, e.g. `content/members/lumen.toml`.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// For member and federation files: the language whose `[summary]` and
        /// `[description]` entries were translated (records `[translated_from]`).
        #[arg(long, value_name = "LANG")]
        language: Option<String>,
    },
    /// Preview the site: build, serve it locally, rebuild and reload browsers on every change.
    Serve {
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; 0.0.0.0 shows the preview to your whole network (open it by
        /// IP address there: host names other than localhost are refused).
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Open the site in the default browser once it is served.
        #[arg(long)]
        open: bool,
        /// Poll for changes instead of using native file events (network or container
        /// file systems where events do not arrive).
        #[arg(long)]
        poll: bool,
        /// Output folder for the preview, relative to the current directory (default:
        /// `public.serve` in the site's folder); keep it apart from `public/`, as its pages
        /// carry the local URL.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write into a non-empty output folder that federa did not write (it has no
        /// `.federa-output` file), deleting what it holds. Never allows the site's own
        /// folder, its input folders or anything inside them.
        #[arg(long)]
        force: bool,
        /// Include pages marked `draft = true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new site in DIR that builds at once: site.toml (explained in place), first
    /// pages and a join page in every language, the site's federation file, .gitignore,
    /// netlify.toml and CI workflows that check every pull request.
    Init {
        /// Folder to create (must be empty or absent).
        dir: PathBuf,
        /// The site's default language (files without a language suffix).
        #[arg(long, default_value = "en", value_name = "LANG")]
        language: String,
        /// Every language of the site, comma-separated (default: en, fr, nl, de with the
        /// default language first). init writes en, fr, nl and de.
        #[arg(long, value_delimiter = ',', value_name = "LANG,LANG")]
        languages: Option<Vec<String>>,
    },
    /// Fetch the members.json named by `[members_source] url` of federation files into
    /// `imports/<federation>.json` snapshots (the only command that uses the network).
    Import {
        /// Slugs of the federations to import (default: every one with a `[members_source]`).
        #[arg(value_name = "FEDERATION")]
        federations: Vec<String>,
        /// Print, per co-op, what would be added, changed or removed; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Create new content from a template.
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A markdown page, e.g. `federa new page about.fr.md` or `news/hello.md`.
    Page {
        /// Path under content/, ending in `.md` (language suffix optional).
        path: PathBuf,
    },
    /// A member co-op file, `content/members/SLUG.toml`, with the site's languages;
    /// a new co-op is an applicant.
    Member {
        /// The co-op's slug: lowercase letters, digits, hyphens.
        slug: String,
    },
    /// A federation file, `content/federations/SLUG.toml`, with the site's languages.
    Federation {
        /// The federation's slug: lowercase letters, digits, hyphens.
        slug: String,
    },
    /// An event, `content/events/SLUG.md`, with a commented `[event]` table to fill in.
    Event {
        /// The event's file name and URL segment: lowercase letters, digits, hyphens.
        slug: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line:col: error: message`, the source line, a caret and a hint (stderr).
    Human,
    /// A JSON array of diagnostics (stdout).
    Json,
    /// GitHub/Forgejo Actions workflow commands, shown as annotations on the pull
    /// request (stdout), plus the human text (stderr).
    Github,
    /// A GitLab Code Quality report (stdout: redirect it to the report file), plus the
    /// human text (stderr).
    Gitlab,
}

/// `--base-url`: an absolute http(s) URL, as `base_url` in site.toml must be.
fn parse_base_url(text: &str) -> Result<String, String> {
    if crate::content::validate::is_http_url(text) {
        Ok(text.to_string())
    } else {
        Err("expected an absolute http(s) URL such as https://example.org/".to_string())
    }
}

/// `--now`: an RFC 3339 date-time with offset (a date alone means its midnight UTC).
fn parse_now(text: &str) -> Result<Moment, String> {
    Moment::parse(text).map_err(|e| format!("expected RFC 3339 like 2026-11-25T12:00:00Z: {e}"))
}
