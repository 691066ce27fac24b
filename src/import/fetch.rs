//! Fetching a source: an `https://` URL, an `http://` URL on a loopback host (tests and
//! local previews), or a local file path (relative to the site's folder).
//!
//! Redirects are followed by hand (at most five) so that each hop passes the same rule:
//! a redirect to plain `http://` elsewhere is refused, not silently downgraded.
//! Responses are read up to `MAX_BYTES`; timeouts bound every step.

use std::io::Read;
use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

/// The largest document accepted: 20 MiB (about 20,000 co-ops with long descriptions).
pub const MAX_BYTES: u64 = 20 * 1024 * 1024;
/// Connecting, and then waiting for each part of the answer.
const TIMEOUT: Duration = Duration::from_secs(10);
const MAX_REDIRECTS: usize = 5;

/// What went wrong, in words for the maintainer running `federa import`.
pub type FetchError = String;

/// `Ok(None)` when the document does not exist (HTTP 404, or no such file): only
/// `federations.json`, which is optional, cares.
pub fn fetch(root: &Path, location: &str) -> Result<Option<Vec<u8>>, FetchError> {
    if is_local_path(location) {
        // No symbolic link on the way may lead out of the site (see `input`).
        crate::input::metadata(root, Path::new(location)).map_err(|d| d.message)?;
        read_file(&root.join(location))
    } else {
        fetch_url(location)
    }
}

/// A relative file path that stays inside the site's folder (no `..`, not absolute):
/// federation files are contributed, so they may not make `import` read elsewhere.
pub fn is_local_path(location: &str) -> bool {
    let path = Path::new(location);
    !location.contains("://")
        && !location.contains(':')
        && !location.is_empty()
        && path.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
}

/// Why `url` may not be fetched, if it may not.
pub fn refused_url(url: &str) -> Option<String> {
    if url.starts_with("https://") {
        return None;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return Some(format!(
            "`{url}` is neither an https:// URL nor a file path inside the site's folder"
        ));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if is_loopback(authority) {
        None
    } else {
        Some(format!(
            "`{url}` is plain http: only https:// is fetched (http:// only from this machine: localhost, 127.0.0.1, [::1])"
        ))
    }
}

fn is_loopback(authority: &str) -> bool {
    let host = match authority.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

fn read_file(path: &Path) -> Result<Option<Vec<u8>>, FetchError> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    too_large(&bytes)?;
    Ok(Some(bytes))
}

fn too_large(bytes: &[u8]) -> Result<(), FetchError> {
    if bytes.len() as u64 > MAX_BYTES {
        Err(format!(
            "the document is larger than {} MiB",
            MAX_BYTES / 1024 / 1024
        ))
    } else {
        Ok(())
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(TIMEOUT))
        .timeout_recv_response(Some(TIMEOUT))
        .timeout_recv_body(Some(TIMEOUT))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!(
            "federa/",
            env!("CARGO_PKG_VERSION"),
            " (federa import)"
        ))
        .build()
        .into()
}

fn fetch_url(first: &str) -> Result<Option<Vec<u8>>, FetchError> {
    let agent = agent();
    let mut url = first.to_string();
    for _ in 0..=MAX_REDIRECTS {
        if let Some(refusal) = refused_url(&url) {
            return Err(if url == first {
                refusal
            } else {
                format!("redirected to {url}, refused: {refusal}")
            });
        }
        let mut response = agent.get(&url).call().map_err(|e| describe(&url, &e))?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) {
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| format!("{url} answered {status} without a Location"))?;
            url = join(&url, location);
            continue;
        }
        if status == 404 {
            return Ok(None);
        }
        if !(200..300).contains(&status) {
            return Err(format!("{url} answered HTTP {status}"));
        }
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_BYTES + 1)
            .read_to_vec()
            .map_err(|e| describe(&url, &e))?;
        too_large(&bytes)?;
        return Ok(Some(bytes));
    }
    Err(format!("{first}: more than {MAX_REDIRECTS} redirects"))
}

/// A redirect's `Location`, absolute (relative ones are resolved against `base`).
fn join(base: &str, location: &str) -> String {
    if location.contains("://") {
        return location.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if location.starts_with('/') {
        format!("{scheme}://{authority}{location}")
    } else {
        let dir = rest.rsplit_once('/').map_or(rest, |(d, _)| d);
        format!("{scheme}://{dir}/{location}")
    }
}

fn describe(url: &str, error: &ureq::Error) -> FetchError {
    match error {
        ureq::Error::Timeout(_) => format!("{url}: no answer within {} s", TIMEOUT.as_secs()),
        ureq::Error::BodyExceedsLimit(_) => format!(
            "{url}: the document is larger than {} MiB",
            MAX_BYTES / 1024 / 1024
        ),
        ureq::Error::HostNotFound => format!("{url}: host not found (DNS)"),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            format!("{url}: connection refused")
        }
        // The resolver's failure reaches ureq as a plain I/O error with this wording.
        ureq::Error::Io(e) if e.to_string().contains("lookup address") => {
            format!("{url}: host not found (DNS: {e})")
        }
        other => format!("{url}: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_on_loopback() {
        assert_eq!(refused_url("https://fr.example/members.json"), None);
        assert_eq!(refused_url("http://127.0.0.1:8080/members.json"), None);
        assert_eq!(refused_url("http://localhost/members.json"), None);
        assert_eq!(refused_url("http://[::1]:80/m.json"), None);
        assert!(refused_url("http://fr.example/members.json").is_some());
        assert!(refused_url("http://127.0.0.1.evil.example/m.json").is_some());
        assert!(refused_url("ftp://x/m.json").is_some());
        assert!(is_local_path("imports/source/members.json"));
        assert!(!is_local_path("../fr/public/members.json"));
        assert!(!is_local_path("/etc/members.json"));
        assert!(!is_local_path("C:/members.json"));
    }

    #[test]
    fn joins_relative_redirects() {
        assert_eq!(
            join("https://a.example/x/m.json", "/y.json"),
            "https://a.example/y.json"
        );
        assert_eq!(
            join("https://a.example/x/m.json", "y.json"),
            "https://a.example/x/y.json"
        );
        assert_eq!(join("https://a.example/m.json", "http://b/z"), "http://b/z");
    }
}
