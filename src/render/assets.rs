//! Fingerprinted static assets: `asset(path="style.css")` gives
//! `/assets/style.3f2a9c1e.css`, a copy whose name carries a hash of its bytes, so
//! hosts can cache it for a year and a changed stylesheet is never served stale.
//!
//! Copies live under `assets/` because static hosts match header rules on path
//! prefixes (`/assets/*` in the generated `_headers` gets `Cache-Control: immutable`); a wildcard in
//! the middle of a file name is not portable. The original file is still published at
//! its own path for anything that links to it by name.
//!
//! The hash is 64-bit FNV-1a: cache busting needs a stable, well-spread name, not a
//! cryptographic digest, and it keeps federa free of another crate. The same bytes
//! always give the same name, so builds stay byte-identical. `federa serve` turns
//! fingerprinting off so a stylesheet edit swaps styles without reloading the page.

use std::collections::BTreeMap;
use std::path::Path;

use crate::output::OutputFile;
use crate::theme::StaticFile;

/// Folder of the fingerprinted copies, relative to the output root.
pub const DIR: &str = "assets";

/// File kinds worth fingerprinting: what pages load as subresources.
const EXTENSIONS: [&str; 11] = [
    "css", "js", "svg", "png", "jpg", "jpeg", "webp", "avif", "gif", "woff", "woff2",
];

/// Static file path -> fingerprinted output path, plus the bytes to publish there.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    names: BTreeMap<String, String>,
    copies: Vec<OutputFile>,
}

impl Assets {
    /// Fingerprints `files` (theme and site static files, overrides applied).
    /// With `enabled` false, `url_path` returns paths unchanged.
    pub fn new(files: &[StaticFile], enabled: bool) -> Assets {
        let mut assets = Assets::default();
        if !enabled {
            return assets;
        }
        for file in files.iter().filter(|f| is_fingerprinted(&f.path)) {
            let name = fingerprinted_name(&file.path, &file.bytes);
            assets.names.insert(file.path.clone(), name.clone());
            assets
                .copies
                .push(OutputFile::new(name, file.bytes.clone()));
        }
        assets
    }

    /// Output path (relative to the base) for static file `path`.
    pub fn url_path<'a>(&'a self, path: &'a str) -> &'a str {
        let path = path.trim_start_matches('/');
        self.names.get(path).map_or(path, String::as_str)
    }

    /// The fingerprinted copies to publish beside the originals.
    pub fn outputs(&self) -> impl Iterator<Item = OutputFile> + '_ {
        self.copies.iter().cloned()
    }
}

fn is_fingerprinted(path: &str) -> bool {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// `css/site.css` + bytes -> `assets/css/site.1a2b3c4d.css`.
fn fingerprinted_name(path: &str, bytes: &[u8]) -> String {
    let hash = format!("{:08x}", fold(fnv1a(bytes)));
    match path.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !stem.ends_with('/') => {
            format!("{DIR}/{stem}.{hash}.{ext}")
        }
        _ => format!("{DIR}/{path}.{hash}"),
    }
}

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// 32 bits are plenty to tell versions of one file apart; fold to keep names short.
fn fold(hash: u64) -> u32 {
    // Truncation is the point: both halves are mixed in first.
    ((hash >> 32) ^ (hash & 0xffff_ffff)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> StaticFile {
        StaticFile {
            path: path.to_string(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn names_carry_a_stable_content_hash() {
        let files = [file("style.css", "body{}"), file("robots.txt", "x")];
        let assets = Assets::new(&files, true);
        let name = assets.url_path("style.css").to_string();
        assert!(
            name.starts_with("assets/style.") && name.ends_with(".css"),
            "{name}"
        );
        assert_eq!(name.len(), "assets/style.12345678.css".len());
        assert_eq!(Assets::new(&files, true).url_path("/style.css"), name);
        assert_eq!(assets.url_path("robots.txt"), "robots.txt");
        let changed = Assets::new(&[file("style.css", "body{ }")], true);
        assert_ne!(changed.url_path("style.css"), name);
        let copies: Vec<OutputFile> = assets.outputs().collect();
        assert_eq!(copies.len(), 1);
        assert_eq!(copies[0].path, name);
    }

    #[test]
    fn disabled_assets_keep_their_names() {
        let assets = Assets::new(&[file("js/app.js", "1")], false);
        assert_eq!(assets.url_path("js/app.js"), "js/app.js");
        assert_eq!(assets.outputs().count(), 0);
    }

    #[test]
    fn nested_and_extensionless_paths() {
        assert!(fingerprinted_name("js/app.js", b"1").starts_with("assets/js/app."));
        assert!(!is_fingerprinted("LICENSE"));
    }
}
