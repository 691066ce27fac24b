//! From a request line to a response: the site's files, the language's 404 page, and
//! serve's own endpoints under `/__federa/`.
//!
//! This is where the reload script is added, to HTML *responses* only: the files on disk
//! stay exactly what `build` would write (with the local base URL). The script is an
//! external file, not an inline one, so the site's Content-Security-Policy still holds
//! while previewing. No I/O happens here; `http` does the sockets.

use crate::serve::mime;
use crate::serve::state::{Files, State};
use crate::serve::url::{self, Refused};

/// The live-reload script's URL.
pub const SCRIPT_PATH: &str = "/__federa/livereload.js";
/// The Server-Sent Events stream's URL.
pub const EVENTS_PATH: &str = "/__federa/events";
/// The JSON build status's URL: `{"ok": false, "errors": "..."}`.
pub const STATUS_PATH: &str = "/__federa/status";

const SCRIPT: &str = include_str!("livereload.js");

/// A complete response (the event stream is handled by `http`).
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

/// What to answer.
#[derive(Debug)]
pub enum Reply {
    Full(Response),
    /// Keep the connection open and stream reload events.
    Events,
}

/// Answers one request. Only GET and HEAD exist; HEAD is GET without the body (the
/// caller drops it).
pub fn respond(state: &State, method: &str, target: &str) -> Reply {
    if method != "GET" && method != "HEAD" {
        let mut response = text(405, "only GET and HEAD are served\n");
        response.headers.push(("Allow", "GET, HEAD".into()));
        return Reply::Full(response);
    }
    let path = match url::decode_path(target) {
        Ok(path) => path,
        Err(Refused(why)) => return Reply::Full(text(400, &format!("refused: {why}\n"))),
    };
    Reply::Full(match path.as_str() {
        EVENTS_PATH => return Reply::Events,
        SCRIPT_PATH => Response::new(200, mime::content_type("x.js"), SCRIPT.as_bytes()),
        STATUS_PATH => status(state),
        _ => file(&state.files(), &path, target),
    })
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: &[u8]) -> Response {
        let body = if mime::is_html(content_type) {
            inject_script(body)
        } else {
            body.to_vec()
        };
        Response {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body,
        }
    }
}

fn file(files: &Files, path: &str, target: &str) -> Response {
    let key = url::output_key(path);
    if let Some(bytes) = files.get(&key) {
        return Response::new(200, mime::content_type(&key), bytes);
    }
    if !path.ends_with('/') && files.contains_key(&format!("{key}/index.html")) {
        // `/about` -> `/about/`, as static hosts do, so relative links keep working.
        let raw_path = target.split(['?', '#']).next().unwrap_or(target);
        let mut response = text(301, "moved\n");
        response.headers.push(("Location", format!("{raw_path}/")));
        return response;
    }
    not_found(files, path)
}

/// The 404 page of the language folder the path is under, else the default language's.
fn not_found(files: &Files, path: &str) -> Response {
    let localized = url::first_segment(path).map(|lang| format!("{lang}/404.html"));
    let page = localized
        .iter()
        .chain(std::iter::once(&"404.html".to_string()))
        .find_map(|key| files.get(key).cloned());
    match page {
        Some(bytes) => Response::new(404, mime::content_type("404.html"), &bytes),
        None if files.is_empty() => builtin_page(503, "The site has not been built yet"),
        None => builtin_page(404, "Not found"),
    }
}

/// A minimal page, for when the site itself has none to show; the injected script still
/// shows the error overlay and reloads once the site builds.
fn builtin_page(status: u16, title: &str) -> Response {
    let html = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{title}</title></head>\n<body><h1>{title}</h1>\
         <p>federa serve: see the terminal for details.</p></body></html>\n"
    );
    Response::new(status, mime::content_type("x.html"), html.as_bytes())
}

fn status(state: &State) -> Response {
    let problems = state.problems();
    let json = serde_json::json!({ "ok": problems.is_none(), "errors": problems });
    Response::new(
        200,
        mime::content_type("x.json"),
        json.to_string().as_bytes(),
    )
}

fn text(status: u16, body: &str) -> Response {
    Response::new(status, mime::content_type("x.txt"), body.as_bytes())
}

/// Adds the reload script tag before the last `</body>` (or at the end).
pub fn inject_script(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\" defer></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::{inject_script, respond, Reply, Response};
    use crate::serve::state::{Files, State};

    fn state() -> State {
        let state = State::default();
        let mut files = Files::new();
        for (key, body) in [
            ("index.html", "<html><body>home</body></html>"),
            ("about/index.html", "<body>about</body>"),
            ("404.html", "<body>en 404</body>"),
            ("fr/404.html", "<body>fr 404</body>"),
            ("style.css", "body{}"),
        ] {
            files.insert(key.into(), std::sync::Arc::new(body.into()));
        }
        state.set_files(files);
        state
    }

    fn get(state: &State, method: &str, target: &str) -> Response {
        match respond(state, method, target) {
            Reply::Full(response) => response,
            Reply::Events => panic!("unexpected event stream for {target}"),
        }
    }

    #[test]
    fn serves_files_with_the_script_in_html_only() {
        let state = state();
        let home = get(&state, "GET", "/?x=1");
        assert_eq!(home.status, 200);
        assert_eq!(
            String::from_utf8_lossy(&home.body),
            "<html><body>home<script src=\"/__federa/livereload.js\" defer></script></body></html>"
        );
        let css = get(&state, "HEAD", "/style.css");
        assert_eq!(css.body, b"body{}");
        let moved = get(&state, "GET", "/about?x");
        assert_eq!(moved.status, 301);
        assert!(moved.headers.contains(&("Location", "/about/".into())));
    }

    #[test]
    fn language_aware_404_and_refusals() {
        let state = state();
        let fr = get(&state, "GET", "/fr/nope/");
        assert_eq!(fr.status, 404);
        assert!(String::from_utf8_lossy(&fr.body).contains("fr 404"));
        let nl = get(&state, "GET", "/nl/nope/");
        assert!(String::from_utf8_lossy(&nl.body).contains("en 404"));
        assert_eq!(get(&state, "GET", "/%2e%2e%2fetc/passwd").status, 400);
        assert_eq!(get(&state, "POST", "/").status, 405);
        assert!(matches!(
            respond(&state, "GET", "/__federa/events"),
            Reply::Events
        ));
    }

    #[test]
    fn script_goes_at_the_end_without_body_tag() {
        assert_eq!(
            inject_script(b"<p>x</p>"),
            b"<p>x</p><script src=\"/__federa/livereload.js\" defer></script>"
        );
    }
}
