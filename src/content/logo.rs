//! Member logos: read beside the member file or in its `logos/` folder, and published
//! as `/logos/<slug>.<ext>` only when they are plainly an image.
//!
//! A logo arrives by pull request and is served from the federation's own origin, so a
//! `.html` or `.js` "logo" would run as the site (DESIGN §6). The type is decided by the
//! file's bytes (magic numbers), never by its name; the name's extension must agree,
//! and the published extension comes from the detected type. SVG is text that can
//! carry scripts, so it is parsed and refused when it has anything active (`svg`).

use std::path::{Path, PathBuf};

use toml::Spanned;

use crate::content::svg;
use crate::diagnostic::Diagnostic;
use crate::input;

/// The largest logo published, in bytes (1 MiB): a logo is shown small on cards.
pub const MAX_BYTES: usize = 1024 * 1024;

/// Image types a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageKind {
    Png,
    Jpeg,
    Webp,
    Gif,
    Avif,
    Svg,
}

impl ImageKind {
    /// The extension the logo is published with.
    pub fn extension(self) -> &'static str {
        match self {
            ImageKind::Png => "png",
            ImageKind::Jpeg => "jpg",
            ImageKind::Webp => "webp",
            ImageKind::Gif => "gif",
            ImageKind::Avif => "avif",
            ImageKind::Svg => "svg",
        }
    }

    /// Whether a file name's (lowercased) extension names this type.
    fn matches_extension(self, ext: &str) -> bool {
        ext == self.extension() || (self == ImageKind::Jpeg && ext == "jpeg")
    }

    fn name(self) -> &'static str {
        match self {
            ImageKind::Png => "PNG",
            ImageKind::Jpeg => "JPEG",
            ImageKind::Webp => "WebP",
            ImageKind::Gif => "GIF",
            ImageKind::Avif => "AVIF",
            ImageKind::Svg => "SVG",
        }
    }

    /// The type of `bytes`, from their first bytes (SVG: XML text with an `<svg` root).
    pub fn detect(bytes: &[u8]) -> Option<ImageKind> {
        let starts = |magic: &[u8]| bytes.starts_with(magic);
        if starts(b"\x89PNG\r\n\x1a\n") {
            Some(ImageKind::Png)
        } else if starts(b"\xff\xd8\xff") {
            Some(ImageKind::Jpeg)
        } else if starts(b"GIF87a") || starts(b"GIF89a") {
            Some(ImageKind::Gif)
        } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
            Some(ImageKind::Webp)
        } else if bytes.get(4..8) == Some(b"ftyp")
            && matches!(bytes.get(8..12), Some(b"avif" | b"avis"))
        {
            Some(ImageKind::Avif)
        } else if svg::looks_like_svg(bytes) {
            Some(ImageKind::Svg)
        } else {
            None
        }
    }
}

/// A logo that passed every rule, ready to publish.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub kind: ImageKind,
}

/// Reads and checks the logo that member file `file` (text `source`) names. Problems
/// point at the `logo` value, except a symbolic link, which is reported at the link.
pub fn load(
    root: &Path,
    file: &Path,
    source: &str,
    logo: &Spanned<String>,
) -> Result<Logo, Diagnostic> {
    let at = |message: String, hint: &str| {
        Diagnostic::at(file, source, logo.span(), message).with_hint(hint)
    };
    let name = logo.get_ref();
    if !crate::output::is_safe_path(name) {
        return Err(at(
            format!("logo `{name}` is not a file name inside the site"),
            "give the file's name, e.g. `logo = \"my-coop.svg\"`, and put the file next to the member file or in logos/",
        ));
    }
    let Some(ext) = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
    else {
        return Err(at(
            format!("logo `{name}` has no file extension"),
            "name the file after its type: .png, .jpg, .webp, .gif, .avif or .svg",
        ));
    };
    let rel = find(root, file, name).map_err(|problem| {
        problem.unwrap_or_else(|| {
            let dir = file.parent().unwrap_or(Path::new("")).display().to_string();
            at(
                format!("logo file `{name}` not found"),
                &format!("put it next to the member file or in {dir}/logos/"),
            )
        })
    })?;
    let bytes = input::read(root, &rel)?;
    if bytes.len() > MAX_BYTES {
        return Err(at(
            format!(
                "logo `{name}` is {} KiB; the limit is {} KiB",
                bytes.len() / 1024,
                MAX_BYTES / 1024
            ),
            "export a smaller image: a logo is shown at most a few hundred pixels wide",
        ));
    }
    let Some(kind) = ImageKind::detect(&bytes) else {
        return Err(at(
            format!("logo `{name}` is not a PNG, JPEG, WebP, GIF, AVIF or SVG image"),
            "logos must be images; export the logo as .svg or .png",
        ));
    };
    if !kind.matches_extension(&ext) {
        return Err(at(
            format!(
                "logo `{name}` is named .{ext} but its content is {}",
                kind.name()
            ),
            &format!("rename the file to end in .{}", kind.extension()),
        ));
    }
    if kind == ImageKind::Svg {
        svg::check(&bytes).map_err(|found| {
            at(
                format!("logo `{name}` is refused: the SVG has {found}"),
                "export a plain SVG (shapes, paths, text, gradients) without scripts, links or external references",
            )
        })?;
    }
    Ok(Logo { bytes, kind })
}

/// The logo's path relative to the root: next to the member file, else in `logos/`.
/// `Err(None)` when it is in neither place; `Err(Some(_))` for a symlink on the way.
fn find(root: &Path, file: &Path, name: &str) -> Result<PathBuf, Option<Diagnostic>> {
    let dir = file.parent().unwrap_or(Path::new(""));
    for rel in [dir.join(name), dir.join("logos").join(name)] {
        match input::metadata(root, &rel) {
            Ok(Some(kind)) if kind.is_file() => return Ok(rel),
            Ok(_) => {}
            Err(problem) => return Err(Some(problem)),
        }
    }
    Err(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_types_by_content() {
        assert_eq!(
            ImageKind::detect(b"\x89PNG\r\n\x1a\n...."),
            Some(ImageKind::Png)
        );
        assert_eq!(
            ImageKind::detect(b"\xff\xd8\xff\xe0"),
            Some(ImageKind::Jpeg)
        );
        assert_eq!(
            ImageKind::detect(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(ImageKind::Webp)
        );
        assert_eq!(
            ImageKind::detect(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Some(ImageKind::Svg)
        );
        assert_eq!(ImageKind::detect(b"<html><script>alert(1)</script>"), None);
        assert_eq!(ImageKind::detect(b"alert(1)"), None);
        assert!(ImageKind::Jpeg.matches_extension("jpeg"));
        assert!(!ImageKind::Png.matches_extension("svg"));
    }
}
