//! `federa serve`: build, serve on a local address, rebuild on change, reload browsers.
//!
//! The shape is mdBook's: build once, HTTP on its own threads (`http`), the watcher's
//! events debounced on the main thread (`watch`), and on each batch an in-memory render
//! whose changed outputs are served and announced (`rebuild`), then written to disk by
//! a thread of their own (`disk`) while another refreshes the search indexes (`indexer`). Serve's state is
//! one `State` value shared with the HTTP threads; there are no statics. Broken content
//! never stops the server: the last good site stays up and the errors are shown.
//!
//! Serve writes to its own folder (`public.serve/` by default), never to `public/`: its
//! pages carry the local base URL and must not be mistaken for a deployable build.

pub mod busy;
pub mod disk;
pub mod head;
pub mod host;
pub mod http;
pub mod incremental;
pub mod indexer;
pub mod limits;
pub mod mime;
pub mod panics;
pub mod rebuild;
pub mod respond;
pub mod state;
pub mod url;
pub mod watch;
pub mod wire;

use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use crate::serve::busy::Busy;
use crate::serve::indexer::Indexer;
use crate::serve::rebuild::Builder;
use crate::serve::state::State;
use crate::serve::watch::{Message, Watch};
use crate::site::BuildOptions;
use crate::EXIT_ERRORS;

/// How long the inputs must stay quiet before a rebuild: editors write in bursts.
const QUIET: Duration = Duration::from_millis(20);

/// The serve command line.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub port: u16,
    pub bind: IpAddr,
    pub open: bool,
    pub poll: bool,
    /// Where the preview is written (relative to the current directory), once
    /// `output_guard::check` allowed it.
    pub output: PathBuf,
    pub drafts: bool,
    /// Draw a progress line during the first build (`progress::wanted`).
    pub progress: bool,
}

/// Runs `federa serve` until Ctrl-C. Exits 1 only when it cannot start at all.
pub fn run(root: &Path, options: &ServeOptions) -> ExitCode {
    match serve(root, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_ERRORS)
        }
    }
}

fn serve(root: &Path, options: &ServeOptions) -> Result<(), String> {
    let root = root
        .canonicalize()
        .map_err(|e| format!("cannot open the site folder {}: {e}", root.display()))?;
    let output = prepare_output(&options.output)?;
    let listener = bind(options)?;
    let url = local_url(&listener)?;
    let busy = Busy::default();
    let disk = crate::serve::disk::Disk::start(output.clone(), busy.clone())
        .map_err(|e| format!("cannot start writing {}: {e}", output.display()))?;
    let state = Arc::new(State::default());
    let indexer = Indexer::start(Arc::clone(&state), disk.queue(), busy.clone())
        .map_err(|e| format!("cannot start the search thread: {e}"))?;
    let builder = Builder {
        root: root.clone(),
        output: output.clone(),
        disk,
        options: BuildOptions {
            drafts: options.drafts,
            base_url: Some(url.clone()),
            plain_assets: true,
            ..BuildOptions::default()
        },
        last: std::sync::Mutex::new(None),
        indexer,
        busy,
    };
    // Unwind safety (here and below): the served site is swapped whole and `State`'s
    // locks ignore poisoning, so a panic leaves the last good site in place; the
    // builder's kept site is whole or gone, and gone means the next rebuild is full.
    if let Err(panic) = panics::catch(|| builder.first(&state, options.progress)) {
        rebuild::crashed(&state, "the first build", &panic);
    }
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Message::Stop);
    })
    .map_err(|e| format!("cannot handle Ctrl-C: {e}"))?;
    let mut watch = Watch::start(&root, &output, options.poll, tx)
        .map_err(|e| format!("cannot watch {}: {e} (try `--poll`)", root.display()))?;
    http::spawn(listener, Arc::clone(&state))
        .map_err(|e| format!("cannot start the HTTP server: {e}"))?;
    println!("serving {url} (Ctrl-C to stop)");
    if options.open {
        open_browser(&url);
    }
    while let Some(changed) = watch::next_batch(&rx, QUIET) {
        watch.refresh(&changed);
        if let Err(panic) = panics::catch(|| builder.rebuild(&state, &changed)) {
            let what = format!("{} changed", watch::describe(&root, &changed));
            rebuild::crashed(&state, &what, &panic);
        }
    }
    state.hub.close();
    // The folder then holds the last good site, with its refreshed indexes.
    builder.indexer.finish();
    builder.disk.finish();
    println!("stopped");
    Ok(())
}

/// Creates the output folder (already allowed by `output_guard::check`) and marks it as
/// federa's.
fn prepare_output(output: &Path) -> Result<PathBuf, String> {
    std::fs::create_dir_all(output)
        .and_then(|()| crate::output_guard::write_marker(output))
        .and_then(|()| output.canonicalize())
        .map_err(|e| format!("cannot create {}: {e}", output.display()))
}

fn bind(options: &ServeOptions) -> Result<TcpListener, String> {
    let addr = SocketAddr::new(options.bind, options.port);
    TcpListener::bind(addr).map_err(|e| match e.kind() {
        io::ErrorKind::AddrInUse => format!(
            "{addr} is already in use (another `federa serve`?); choose another port, \
             e.g. `federa serve --port {}`",
            options.port.wrapping_add(1).max(1024)
        ),
        _ => format!("cannot listen on {addr}: {e}"),
    })
}

/// The site's base URL while serving. An unspecified bind address (`0.0.0.0`) is
/// reachable on loopback too, so links use that.
fn local_url(listener: &TcpListener) -> Result<String, String> {
    let mut addr = listener
        .local_addr()
        .map_err(|e| format!("cannot read the listening address: {e}"))?;
    if addr.ip().is_unspecified() {
        addr.set_ip(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    Ok(format!("http://{addr}/"))
}

/// Opens `url` in the desktop's browser; a failure is only a warning.
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else {
        std::process::Command::new("xdg-open")
    };
    match command.arg(url).spawn() {
        // Reap the launcher so it does not linger as a zombie.
        Ok(mut child) => drop(std::thread::spawn(move || child.wait())),
        Err(e) => eprintln!("warning: cannot open a browser ({e}); visit {url}"),
    }
}
