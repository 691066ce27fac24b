//! `federa serve` through the real binary: HTTP, watching, live reload, error overlay.
//!
//! Each test starts its own server on a free port over a temp copy of a fixture, and a
//! guard kills it at the end. Waits are bounded polls (never timed assertions), so the
//! tests stay quick on a busy machine and fail with a message instead of hanging.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{bin, TestSite};

/// Longest wait for anything: startup, a rebuild, an event.
pub(crate) const PATIENCE: Duration = Duration::from_secs(10);

/// A running `federa serve`, killed when dropped.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) port: u16,
    pub(crate) site: TestSite,
}

impl Server {
    #[track_caller]
    pub(crate) fn start(fixture: &str) -> Server {
        Server::launch(TestSite::fixture(fixture), &[])
    }

    /// Serves `site` with extra `serve` arguments; returns once the first build is done
    /// (the server accepts connections only then), whether it succeeded or not.
    #[track_caller]
    pub(crate) fn launch(site: TestSite, args: &[&str]) -> Server {
        let port = free_port();
        let log = std::fs::File::create(site.root().join("serve.log")).expect("log file");
        let child = bin()
            .arg("--root")
            .arg(site.root())
            .args(["serve", "--port", &port.to_string(), "-o"])
            .arg(site.root().join("public.serve"))
            .args(args)
            .stdout(log.try_clone().expect("log handle"))
            .stderr(log)
            .stdin(Stdio::null())
            .spawn()
            .expect("start federa serve");
        let server = Server { child, port, site };
        server.wait_for("the server to start", || {
            server.try_get("/__federa/status").is_some()
        });
        server
    }

    pub(crate) fn log(&self) -> String {
        std::fs::read_to_string(self.site.root().join("serve.log")).unwrap_or_default()
    }

    #[track_caller]
    pub(crate) fn get(&self, path: &str) -> Reply {
        self.request("GET", path)
    }

    #[track_caller]
    pub(crate) fn request(&self, method: &str, path: &str) -> Reply {
        send(self.port, method, path)
            .unwrap_or_else(|e| panic!("{method} {path} failed: {e}\nserver log:\n{}", self.log()))
    }

    pub(crate) fn try_get(&self, path: &str) -> Option<Reply> {
        send(self.port, "GET", path).ok()
    }

    /// Polls `done` until it holds, for at most `PATIENCE`.
    #[track_caller]
    pub(crate) fn wait_for(&self, what: &str, mut done: impl FnMut() -> bool) {
        let started = Instant::now();
        while !done() {
            assert!(
                started.elapsed() < PATIENCE,
                "gave up waiting for {what}; server log:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `path` serves a body containing `text`.
    #[track_caller]
    pub(crate) fn wait_for_text(&self, path: &str, text: &str) {
        self.wait_for(&format!("`{text}` at {path}"), || {
            self.try_get(path).is_some_and(|r| r.body.contains(text))
        });
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP response.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) head: String,
    pub(crate) body: String,
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    listener.local_addr().expect("local address").port()
}

/// A raw HTTP/1.1 request (the path is sent as is, so `..` reaches the server).
fn send(port: u16, method: &str, path: &str) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(PATIENCE))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse_reply(&raw)
}

/// A whole HTTP response as read from the socket.
pub(crate) fn parse_reply(raw: &[u8]) -> std::io::Result<Reply> {
    let text = String::from_utf8_lossy(raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line in {head:?}")))?;
    Ok(Reply {
        status,
        head: head.to_string(),
        body: body.to_string(),
    })
}

/// A connected Server-Sent Events client.
struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    #[track_caller]
    fn connect(server: &Server) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        write!(
            stream,
            "GET /__federa/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        )
        .expect("request");
        let mut events = Events {
            stream,
            seen: String::new(),
        };
        events.wait_for(server, "text/event-stream");
        events
    }

    /// Reads and forgets events until the stream has been silent for `quiet`.
    fn drain_until_quiet(&mut self, quiet: Duration) {
        let mut buf = [0u8; 4096];
        let mut last = Instant::now();
        while last.elapsed() < quiet {
            if let Ok(n) = self.stream.read(&mut buf) {
                if n > 0 {
                    last = Instant::now();
                }
            }
        }
        self.seen.clear();
    }

    /// Reads until `text` has arrived; returns what came up to its end, and keeps the rest.
    #[track_caller]
    fn wait_for(&mut self, server: &Server, text: &str) -> String {
        let started = Instant::now();
        let mut buf = [0u8; 4096];
        while !self.seen.contains(text) {
            assert!(
                started.elapsed() < PATIENCE,
                "no `{text}` on the event stream; got {:?}; server log:\n{}",
                self.seen,
                server.log()
            );
            if let Ok(n) = self.stream.read(&mut buf) {
                self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        }
        let end = self.seen.find(text).expect("just found") + text.len();
        let rest = self.seen.split_off(end);
        std::mem::replace(&mut self.seen, rest)
    }
}

#[test]
fn serves_pages_with_local_urls_types_and_language_404() {
    let server = Server::start("multilingual");
    let home = server.get("/");
    let local = format!("http://127.0.0.1:{}/", server.port);
    assert!(home.head.contains("Content-Type: text/html; charset=utf-8"));
    assert!(home
        .body
        .contains(&format!("<link rel=\"canonical\" href=\"{local}\">")));
    assert!(home
        .body
        .contains("<script src=\"/__federa/livereload.js\" defer></script></body>"));
    // The disk copy is written after the site is served from memory.
    let on_disk = server.site.root().join("public.serve/index.html");
    server.wait_for("serve to write its output", || on_disk.is_file());
    let written = std::fs::read_to_string(&on_disk).expect("serve writes its output");
    assert!(written.contains(&local), "files on disk use the local URL");
    assert!(
        !written.contains("__federa"),
        "the script is never written to disk"
    );
    let css = server.request("HEAD", "/style.css");
    assert_eq!(css.status, 200);
    assert!(css.head.contains("Content-Type: text/css"), "{}", css.head);
    assert!(css.body.is_empty(), "HEAD has no body");
    let script = server.get("/__federa/livereload.js");
    assert!(script.head.contains("Content-Type: text/javascript"));
    let fr = server.get("/fr/nowhere/");
    assert_eq!(fr.status, 404);
    assert!(
        fr.body.contains("<html lang=\"fr\">"),
        "French 404 under /fr/"
    );
    let en = server.get("/nowhere/");
    assert_eq!(en.status, 404);
    assert!(en.body.contains("<html lang=\"en\">"));
    assert_eq!(server.get("/about").status, 301);
}

#[test]
fn refuses_paths_outside_the_output_and_other_methods() {
    let server = Server::start("multilingual");
    for path in [
        "/../../etc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2fetc%2fpasswd",
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 400, "{path} must be refused");
        assert!(!reply.body.contains("root:"), "{path} leaked a file");
    }
    let post = server.request("POST", "/");
    assert_eq!(post.status, 405);
    assert!(post.head.contains("Allow: GET, HEAD"));
}

#[test]
fn edits_to_pages_translations_and_templates_are_served() {
    let server = Server::start("multilingual");
    let site = &server.site;
    let about = std::fs::read_to_string(site.root().join("content/about.md")).expect("read");
    site.write(
        "content/about.md",
        &about.replace("About us", "About the network"),
    );
    server.wait_for_text("/about/", "About the network");
    let ftl = std::fs::read_to_string(site.root().join("i18n/fr/site.ftl")).expect("read");
    site.write(
        "i18n/fr/site.ftl",
        &ftl.replace("menu-about = À propos", "menu-about = Qui"),
    );
    server.wait_for_text("/fr/", ">Qui</a>");
    let template = "themes/default/templates/counts.html";
    let text = std::fs::read_to_string(site.root().join(template)).expect("read");
    site.write(
        template,
        &text.replace("<ul id=\"counts\">", "<ul id=\"counts\" data-v=\"2\">"),
    );
    server.wait_for_text("/counts/", "data-v=\"2\"");
    assert!(server.log().contains("outputs changed"), "{}", server.log());
}

#[test]
fn edits_to_a_member_file_update_profile_and_lists() {
    let server = Server::start("federation");
    let site = &server.site;
    let file = "content/members/lumen-digital.toml";
    let text = std::fs::read_to_string(site.root().join(file)).expect("read");
    let edited = text.replacen("\nen = \"", "\nen = \"Freshly edited. ", 1);
    assert_ne!(edited, text, "the fixture has an English summary");
    site.write(file, &edited);
    server.wait_for_text("/members/lumen-digital/", "Freshly edited.");
    server.wait_for_text("/members/", "Freshly edited.");
    server.wait_for_text("/technologies/rust/", "Freshly edited.");
}

#[test]
fn member_edits_add_remove_and_break_members_incrementally() {
    let server = Server::start("federation");
    let site = &server.site;
    let file = "content/members/lumen-digital.toml";
    let good = std::fs::read_to_string(site.root().join(file)).expect("read");
    site.write(file, &good.replace("country = \"BE\"", "country = \"XX\""));
    server.wait_for("the error status", || {
        server
            .try_get("/__federa/status")
            .is_some_and(|r| r.body.contains("lumen-digital.toml:2:11"))
    });
    assert!(server
        .get("/members/lumen-digital/")
        .body
        .contains("Lumen Digital"));
    site.write(file, &good.replace("Lumen Digital", "Lumen Numérique"));
    server.wait_for_text("/members/lumen-digital/", "Lumen Numérique");
    let copy = good.replace("https://lumen-digital.example", "https://second.example");
    site.write("content/members/second-coop.toml", &copy);
    server.wait_for_text("/members/", "/members/second-coop/");
    std::fs::remove_file(site.root().join("content/members/second-coop.toml")).expect("rm");
    server.wait_for("the removed profile to 404", || {
        server
            .try_get("/members/second-coop/")
            .is_some_and(|r| r.status == 404)
    });
    assert!(!server
        .get("/members/")
        .body
        .contains("/members/second-coop/"));
    assert!(server.log().contains("members only"), "{}", server.log());
}

#[test]
fn connected_browsers_get_reload_and_css_events() {
    let server = Server::start("multilingual");
    let mut events = Events::connect(&server);
    server.site.write(
        "content/news/new.md",
        "+++\ntitle = \"Fresh\"\ndate = 2026-01-01\n+++\nNew.\n",
    );
    events.wait_for(&server, "event: reload\n");
    server.wait_for_text("/news/new/", "Fresh");
    // Saving a file can raise several notifications (create, then write): let every
    // rebuild they cause finish before the CSS-only edit.
    events.drain_until_quiet(Duration::from_millis(600));
    // A new `static/` folder: a CSS-only change swaps stylesheets, no full reload.
    server
        .site
        .write("static/style.css", "body { color: teal }\n");
    let got = events.wait_for(&server, "event: css\n");
    assert!(!got.contains("event: reload"), "{got}");
    server.wait_for_text("/style.css", "teal");
}

#[test]
fn broken_edit_keeps_the_last_good_site_and_recovers() {
    let server = Server::start("multilingual");
    let mut events = Events::connect(&server);
    let site = &server.site;
    site.write("content/about.md", "+++\ntitle = \n+++\nBroken.\n");
    events.wait_for(&server, "event: error\ndata: content/about.md:2:9");
    server.wait_for("the error status", || {
        server
            .try_get("/__federa/status")
            .is_some_and(|r| r.body.contains("\"ok\":false"))
    });
    let status = server.get("/__federa/status");
    assert!(
        status.body.contains("content/about.md:2:9"),
        "{}",
        status.body
    );
    assert!(
        server.get("/about/").body.contains("About us"),
        "old page still served"
    );
    // A page loaded while broken learns it from its first event.
    let mut late = Events::connect(&server);
    late.wait_for(&server, "content/about.md:2:9");
    site.write("content/about.md", "+++\ntitle = \"Mended\"\n+++\nFixed.\n");
    events.wait_for(&server, "event: reload\n");
    server.wait_for_text("/about/", "Mended");
    assert!(server.get("/__federa/status").body.contains("\"ok\":true"));
}

#[test]
fn deleting_a_page_removes_its_output() {
    let server = Server::start("multilingual");
    assert_eq!(server.get("/counts/").status, 200);
    std::fs::remove_file(server.site.root().join("content/counts.md")).expect("remove");
    server.wait_for("/counts/ to be gone", || {
        server.try_get("/counts/").is_some_and(|r| r.status == 404)
    });
    let on_disk = server.site.root().join("public.serve/counts");
    server.wait_for("its output to be removed", || !on_disk.exists());
}

#[test]
fn polling_watcher_sees_edits() {
    let server = Server::launch(TestSite::fixture("multilingual"), &["--poll"]);
    let ftl = std::fs::read_to_string(server.site.root().join("i18n/en/site.ftl")).expect("read");
    let edited = ftl.replace("menu-about = About", "menu-about = Who we are");
    server.site.write("i18n/en/site.ftl", &edited);
    server.wait_for_text("/", ">Who we are</a>");
}

#[test]
fn a_site_broken_from_the_start_is_served_once_fixed() {
    let site = TestSite::fixture("multilingual");
    let good = std::fs::read_to_string(site.root().join("content/about.md")).expect("read");
    site.write("content/about.md", "+++\ntitle = \n+++\n");
    let server = Server::launch(site, &[]);
    let waiting = server.get("/");
    assert_eq!(waiting.status, 503);
    assert!(
        waiting.body.contains("/__federa/livereload.js"),
        "overlay script"
    );
    assert!(server.get("/__federa/status").body.contains("\"ok\":false"));
    server.site.write("content/about.md", &good);
    server.wait_for_text("/about/", "About us");
}

#[test]
fn new_folders_and_renamed_files_are_followed() {
    let server = Server::start("multilingual");
    let site = &server.site;
    site.write("content/team/alice.md", "+++\ntitle = \"Alice\"\n+++\n");
    server.wait_for_text("/team/alice/", "Alice");
    // Only seen if the new folder itself is being watched.
    site.write("content/team/bob.md", "+++\ntitle = \"Bob\"\n+++\n");
    server.wait_for_text("/team/bob/", "Bob");
    let root = site.root();
    std::fs::rename(
        root.join("content/counts.md"),
        root.join("content/tally.md"),
    )
    .expect("rename");
    server.wait_for_text("/tally/", "id=\"counts\"");
    assert_eq!(server.get("/counts/").status, 404);
}
