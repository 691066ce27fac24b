//! A tiny static file server for the browser tests: the built site on 127.0.0.1, with
//! the response headers that netlify.toml declares (read from the file, so the browser
//! tests check the policy that is really deployed), and Netlify's per-language 404s.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// `[[headers]]` rules of netlify.toml: a path pattern and its headers.
type Rules = Vec<(String, Vec<(String, String)>)>;

/// A running server; its thread ends with the test process.
pub struct Server {
    pub origin: String,
}

impl Server {
    pub fn start(root: PathBuf, netlify_toml: &Path) -> Server {
        let rules = Arc::new(header_rules(netlify_toml));
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let origin = format!("http://{}", listener.local_addr().expect("address"));
        let root = Arc::new(root);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, rules) = (Arc::clone(&root), Arc::clone(&rules));
                std::thread::spawn(move || handle(stream, &root, &rules));
            }
        });
        Server { origin }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

/// Reads the `[[headers]]` tables of netlify.toml.
pub fn header_rules(path: &Path) -> Rules {
    let text = std::fs::read_to_string(path).expect("read netlify.toml");
    let config: toml::Table = text.parse().expect("netlify.toml parses");
    let tables = config
        .get("headers")
        .and_then(|h| h.as_array())
        .cloned()
        .unwrap_or_default();
    tables
        .iter()
        .filter_map(|table| {
            let pattern = table.get("for")?.as_str()?.to_string();
            let values = table.get("values")?.as_table()?;
            let headers = values
                .iter()
                .filter_map(|(k, v)| {
                    Some((
                        k.clone(),
                        v.as_str()?.split_whitespace().collect::<Vec<_>>().join(" "),
                    ))
                })
                .collect();
            Some((pattern, headers))
        })
        .collect()
}

/// Netlify's patterns as used here: exact paths, or a prefix ending in `*`.
fn matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

fn handle(mut stream: TcpStream, root: &Path, rules: &Rules) {
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
    let (status, file) = resolve(root, &path);
    let body = std::fs::read(&file).unwrap_or_default();
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        content_type(&file),
        body.len()
    );
    for (pattern, headers) in rules {
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

/// The file for a URL path, or the 404 page of its language folder.
fn resolve(root: &Path, path: &str) -> (&'static str, PathBuf) {
    let rel = path.trim_start_matches('/');
    let safe = !rel.split('/').any(|s| s == ".." || s == ".");
    let mut file = root.join(rel);
    if safe && file.is_dir() {
        file = file.join("index.html");
    }
    if safe && file.is_file() {
        return ("200 OK", file);
    }
    let lang = rel.split('/').next().unwrap_or("");
    let localized = root.join(lang).join("404.html");
    if !lang.is_empty() && localized.is_file() {
        ("404 Not Found", localized)
    } else {
        ("404 Not Found", root.join("404.html"))
    }
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
