//! Hosting through the binary: the `_redirects` and `_headers` files derived from
//! site.toml (every language's 404 rule, aliases as 301s, the CSP, immutable assets),
//! a site built for a base URL with a path and served under it with every internal link
//! resolving, and static files that collide with generated ones.

use std::collections::{BTreeMap, BTreeSet};
use std::net::TcpListener;
use std::path::Path;

use crate::harness::{bin, tree, Run, TestSite};
use crate::static_host::{parse_headers, parse_redirects, Redirect, Server};

/// The languages of a site, default first, from its site.toml.
fn languages(site: &TestSite) -> (String, Vec<String>) {
    let text = std::fs::read_to_string(site.root().join("site.toml")).expect("site.toml");
    let config: toml::Table = text.parse().expect("site.toml parses");
    let default = config["default_language"]
        .as_str()
        .expect("default")
        .to_string();
    let all = config["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .map(|l| l.as_str().expect("tag").to_string())
        .collect();
    (default, all)
}

fn redirects(run: &Run) -> Vec<Redirect> {
    parse_redirects(&run.text("_redirects"))
}

/// Every configured language has its 404 rule, pointing at a 404 page that exists,
/// and the default language's catch-all comes last.
#[track_caller]
fn assert_404_rules(site: &TestSite, run: &Run, base: &str) {
    let (default, all) = languages(site);
    let rules = redirects(run);
    let files = tree(&run.out_dir);
    for lang in all.iter().filter(|l| **l != default) {
        let rule = Redirect {
            from: format!("{base}{lang}/*"),
            to: format!("{base}{lang}/404.html"),
            status: 404,
            force: false,
        };
        assert!(rules.contains(&rule), "no 404 rule for {lang}: {rules:?}");
        assert!(files.contains(&format!("{lang}/404.html")));
    }
    let catch_all = Redirect {
        from: format!("{base}*"),
        to: format!("{base}404.html"),
        status: 404,
        force: false,
    };
    assert_eq!(rules.last(), Some(&catch_all), "catch-all last");
    assert!(files.contains(&"404.html".to_string()));
}

#[test]
fn redirects_and_headers_cover_every_language_and_asset() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    assert_404_rules(&site, &run, "/fed/");
    let headers: BTreeMap<String, Vec<(String, String)>> =
        parse_headers(&run.text("_headers")).into_iter().collect();
    let all = &headers["/fed/*"];
    let csp = all
        .iter()
        .find(|(name, _)| name == "Content-Security-Policy")
        .map(|(_, value)| value.as_str())
        .expect("a CSP for every page");
    assert!(csp.starts_with("default-src 'self';"), "{csp}");
    for name in ["Referrer-Policy", "X-Content-Type-Options"] {
        assert!(all.iter().any(|(n, _)| n == name), "{name}");
    }
    let assets = &headers["/fed/assets/*"];
    assert_eq!(
        assets,
        &[(
            "Cache-Control".to_string(),
            "public, max-age=31536000, immutable".to_string()
        )]
    );
    assert!(
        tree(&run.out_dir).iter().any(|f| f.starts_with("assets/")),
        "the rule covers the fingerprinted copies"
    );
}

#[test]
fn aliases_become_forced_permanent_redirects_and_keep_their_pages() {
    let site = TestSite::fixture("multilingual");
    let run = site.build().success();
    let alias = Redirect {
        from: "/fed/old-about/".to_string(),
        to: "/fed/about/".to_string(),
        status: 301,
        force: true,
    };
    let rules = redirects(&run);
    assert_eq!(
        rules.first(),
        Some(&alias),
        "aliases before the 404 patterns"
    );
    assert!(run.text("old-about/index.html").contains("/fed/about/"));
}

#[test]
fn adding_a_language_adds_its_rules_with_no_other_edit() {
    let site = TestSite::fixture("multilingual");
    let before = redirects(&site.build().success());
    let config = std::fs::read_to_string(site.root().join("site.toml")).expect("read");
    let config = config.replace(
        r#"languages = ["en", "fr", "nl", "de"]"#,
        r#"languages = ["en", "fr", "nl", "de", "es"]"#,
    );
    site.write("site.toml", &config);
    site.write("i18n/es/site.ftl", "language-native = Español\n");
    let run = site.build().success();
    assert_404_rules(&site, &run, "/fed/");
    let after = redirects(&run);
    let added: Vec<&Redirect> = after.iter().filter(|r| !before.contains(r)).collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0].from, "/fed/es/*");
    assert_eq!(after.len(), before.len() + 1);
}

/// Builds this repository's site for `http://127.0.0.1:PORT/federation/`, serves it
/// there like a static host, and follows every internal `href` and `src` of every page.
#[test]
fn a_site_under_a_sub_path_resolves_every_internal_link() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let origin = format!("http://{}", listener.local_addr().expect("address"));
    let out = tempfile::tempdir().expect("temp dir");
    let public = out.path().join("public");
    let built = bin()
        .arg("--root")
        .arg(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "--now", "2026-11-20T12:00:00+00:00", "--base-url"])
        .arg(format!("{origin}/federation/"))
        .arg("-o")
        .arg(&public)
        .output()
        .expect("run federa");
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let server = Server::on(listener, public.clone(), "/federation/");
    let broken = broken_links(&server, &public, &origin);
    assert!(
        broken.is_empty(),
        "{} broken link(s):\n{}",
        broken.len(),
        broken.join("\n")
    );

    let french = server.get("/federation/fr/no-such-page/");
    assert_eq!(french.status, 404);
    assert!(String::from_utf8_lossy(&french.body).contains("<html lang=\"fr\""));
    let english = server.get("/federation/no-such-page/");
    assert_eq!(english.status, 404);
    assert!(String::from_utf8_lossy(&english.body).contains("<html lang=\"en\""));
    let csp = english
        .header("Content-Security-Policy")
        .unwrap_or_default();
    assert!(csp.starts_with("default-src 'self'"), "{csp:?}");
}

/// Every internal link of every HTML page of `public`, fetched once, that does not
/// answer 200 (after one redirect), as `page -> link (status)`.
fn broken_links(server: &Server, public: &Path, origin: &str) -> Vec<String> {
    let mut links: BTreeMap<String, String> = BTreeMap::new();
    for file in tree(public).iter().filter(|f| f.ends_with(".html")) {
        let page_url = format!("/federation/{}", file.trim_end_matches("index.html"));
        let html = std::fs::read_to_string(public.join(file)).expect("read page");
        let document = scraper::Html::parse_document(&html);
        let selector = scraper::Selector::parse("[href], [src]").expect("selector");
        for element in document.select(&selector) {
            for attr in ["href", "src"] {
                let Some(value) = element.value().attr(attr) else {
                    continue;
                };
                if let Some(path) = internal_path(value, origin, &page_url) {
                    links.entry(path).or_insert_with(|| file.clone());
                }
            }
        }
    }
    assert!(links.len() > 100, "links were found: {}", links.len());
    let mut broken = Vec::new();
    for (path, page) in links {
        let mut reply = server.get(&path);
        if let (301 | 302, Some(to)) = (reply.status, reply.header("Location")) {
            reply = server.get(to.trim_start_matches(origin));
        }
        if reply.status != 200 {
            broken.push(format!("{page} -> {path} ({})", reply.status));
        }
    }
    broken
}

/// The path a link reaches on this origin, or `None` for other origins, schemes and
/// same-page fragments.
fn internal_path(link: &str, origin: &str, page_url: &str) -> Option<String> {
    let link = link.split('#').next().unwrap_or_default();
    let path = if let Some(rest) = link.strip_prefix(origin) {
        rest.to_string()
    } else if link.starts_with("//") || link.contains(':') || link.is_empty() {
        return None;
    } else if link.starts_with('/') {
        link.to_string()
    } else {
        format!("{page_url}{link}")
    };
    let path = path.split('?').next().unwrap_or_default();
    Some(normalize(path))
}

/// Resolves `.` and `..` segments, as a browser does before requesting.
fn normalize(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/').skip(1) {
        match segment {
            "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    format!("/{}", segments.join("/"))
}

#[test]
fn a_static_robots_txt_replaces_the_generated_one() {
    let site = TestSite::fixture("multilingual");
    site.write("static/robots.txt", "User-agent: *\nDisallow: /drafts/\n");
    let run = site.build().success();
    assert_eq!(
        run.text("robots.txt"),
        "User-agent: *\nDisallow: /drafts/\n"
    );
}

#[test]
fn static_files_at_generated_paths_are_errors_naming_both() {
    let site = TestSite::fixture("multilingual");
    let _ = site.build().success();
    for file in [
        "sitemap.xml",
        "_redirects",
        "_headers",
        "fr/atom.xml",
        "about/index.html",
    ] {
        site.write(&format!("static/{file}"), "mine");
    }
    let run = site.build().failure(1);
    let stderr = run.stderr();
    for (file, what) in [
        ("sitemap.xml", "the sitemap `sitemap.xml`"),
        (
            "_redirects",
            "the redirect rules for static hosts `_redirects`",
        ),
        (
            "_headers",
            "the response headers for static hosts `_headers`",
        ),
        ("fr/atom.xml", "the file `fr/atom.xml`"),
        ("about/index.html", "the page `about/index.html`"),
    ] {
        let expected = format!(
            "static/{file}: error: this file takes the path of {what}, which federa generates"
        );
        assert!(stderr.contains(&expected), "{expected}\nin:\n{stderr}");
    }
    assert!(
        run.text("sitemap.xml").starts_with("<?xml"),
        "the previous output is left as it was"
    );
    let checked = site.run(&["check"]).failure(1);
    assert!(checked.stderr().contains("static/_headers: error:"));
    let generated: BTreeSet<String> = tree(&site.out()).into_iter().collect();
    assert!(generated.contains("_headers"));
}
