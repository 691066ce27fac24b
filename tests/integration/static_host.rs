//! A tiny static host for the tests: serves a built site on 127.0.0.1 the way Netlify
//! would, from the `_headers` and `_redirects` files the build wrote (so the tests check
//! the rules really deployed, not a copy), optionally under a sub-path (`/federation/`).
//!
//! What it emulates: header rules whose pattern is an exact path or a prefix ending in
//! `*` (all matching rules apply); redirect rules tried top to bottom, a forced one
//! (`301!`) even where a file exists, others only where none does; a `404` rule serves
//! its target with status 404. Also the parsers the hosting tests use on those files.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// `_headers`: path patterns and their headers, in file order.
pub type HeaderRules = Vec<(String, Vec<(String, String)>)>;

/// One `_redirects` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    pub from: String,
    pub to: String,
    pub status: u16,
    /// `!` after the status: applies even where a file exists.
    pub force: bool,
}

/// Parses a `_headers` file; panics on a line that is neither a path, an indented
/// `Name: value`, a comment nor blank.
pub fn parse_headers(text: &str) -> HeaderRules {
    let mut rules: HeaderRules = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with('/') {
            rules.push((line.trim_end().to_string(), Vec::new()));
            continue;
        }
        let (name, value) = line
            .trim()
            .split_once(": ")
            .unwrap_or_else(|| panic!("_headers: not `Name: value`: {line:?}"));
        assert!(
            line.starts_with(' '),
            "_headers: header not indented: {line:?}"
        );
        let rule = rules
            .last_mut()
            .unwrap_or_else(|| panic!("_headers: header before any path: {line:?}"));
        rule.1.push((name.to_string(), value.to_string()));
    }
    rules
}

/// Parses a `_redirects` file; panics on a malformed line.
pub fn parse_redirects(text: &str) -> Vec<Redirect> {
    let mut rules = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [from, to, status] = fields[..] else {
            panic!("_redirects: expected `from to status`: {line:?}");
        };
        assert!(
            from.starts_with('/'),
            "_redirects: `from` is a path: {line:?}"
        );
        let force = status.ends_with('!');
        let status = status
            .trim_end_matches('!')
            .parse()
            .unwrap_or_else(|_| panic!("_redirects: bad status: {line:?}"));
        rules.push(Redirect {
            from: from.to_string(),
            to: to.to_string(),
            status,
            force,
        });
    }
    rules
}

/// Netlify's patterns as generated: exact paths, or a prefix ending in `*`.
pub fn matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path || pattern.strip_suffix('/') == Some(path),
    }
}

/// What the server knows of the site it serves.
struct Site {
    root: PathBuf,
    mount: String,
    headers: HeaderRules,
    redirects: Vec<Redirect>,
}

/// A running server; its thread ends with the test process.
pub struct Server {
    pub origin: String,
}

impl Server {
    /// Serves `root` at `/` on a free port.
    pub fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        Server::on(listener, root, "/")
    }

    /// Serves `root` under `mount` (`/federation/`) on `listener`.
    pub fn on(listener: TcpListener, root: PathBuf, mount: &str) -> Server {
        let read = |name: &str| std::fs::read_to_string(root.join(name)).unwrap_or_default();
        let site = Arc::new(Site {
            headers: parse_headers(&read("_headers")),
            redirects: parse_redirects(&read("_redirects")),
            mount: mount.to_string(),
            root,
        });
        let origin = format!("http://{}", listener.local_addr().expect("address"));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = Arc::clone(&site);
                std::thread::spawn(move || handle(stream, &site));
            }
        });
        Server { origin }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// GET `path` (not following redirects).
    pub fn get(&self, path: &str) -> Reply {
        let address = self.origin.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read reply");
        Reply::parse(&raw)
    }
}

/// One HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    fn parse(raw: &[u8]) -> Reply {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of head");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("status line");
        let headers = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Reply {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn handle(mut stream: TcpStream, site: &Site) {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain the request headers.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let (status, location, file) = resolve(site, &path);
    let body = file
        .as_ref()
        .map(|f| std::fs::read(f).unwrap_or_default())
        .unwrap_or_default();
    let kind = file.as_deref().map_or("text/plain", content_type);
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(location) = location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    for (pattern, headers) in &site.headers {
        if matches(pattern, &path) {
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
    }
    head.push_str("\r\n");
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&body));
}

/// Status, `Location` and file for a URL path, as Netlify would answer.
fn resolve(site: &Site, path: &str) -> (&'static str, Option<String>, Option<PathBuf>) {
    let file = file_at(site, path);
    for rule in &site.redirects {
        if !matches(&rule.from, path) || (file.is_some() && !rule.force) {
            continue;
        }
        match rule.status {
            301 | 302 => {
                let status = if rule.status == 301 {
                    "301 Moved Permanently"
                } else {
                    "302 Found"
                };
                return (status, Some(rule.to.clone()), None);
            }
            404 => return ("404 Not Found", None, file_at(site, &rule.to)),
            other => panic!("static host: status {other} not emulated"),
        }
    }
    match file {
        Some(file) => ("200 OK", None, Some(file)),
        None => ("404 Not Found", None, None),
    }
}

/// The file serving URL `path` (`index.html` for a folder), if any, inside the mount.
fn file_at(site: &Site, path: &str) -> Option<PathBuf> {
    let rel = path.strip_prefix(&site.mount)?;
    if rel.split('/').any(|s| s == ".." || s == ".") {
        return None;
    }
    let mut file = site.root.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "xml" => "application/xml",
        "ics" => "text/calendar; charset=utf-8",
        _ => "application/octet-stream",
    }
}
