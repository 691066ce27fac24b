//! Internal links (`@/about.md`, `@/about.md#team`): the URL of the target page in the
//! reader's language, checking that the anchor exists in the text shown there, and the
//! error for a link that does not resolve.

use std::path::Path;

use crate::content::{self, Page};
use crate::diagnostic::Diagnostic;
use crate::markdown;
use crate::render::Shared;
use crate::site::Site;

/// Resolves an internal link target (`about.md`, `news/_index.md`) in `lang`.
pub fn resolve_link(site: &Site, shared: &Shared, target: &str, lang: &str) -> Option<String> {
    let (path, anchor) = match target.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (target, None),
    };
    let rel = Path::new(content::DIR).join(path);
    let (key, _, _) = content::identify(&rel, &site.config).ok()?;
    if site.content.unparsed.contains(&key) {
        // The target exists but failed to load: its own error is reported already.
        return Some(String::new());
    }
    let route = site.routes.get(&key, lang)?;
    let url = format!("{}{}", shared.base_path, route.path);
    match anchor {
        None => Some(url),
        // The anchor must exist in the text shown at that URL, in that language.
        Some(anchor) => {
            let shown = site.content.pages.get(route.page)?;
            markdown::anchor_ids(shown.body())
                .contains(anchor)
                .then(|| format!("{url}#{anchor}"))
        }
    }
}

/// The error for a link that did not resolve: a missing page, or a missing anchor in it.
pub(crate) fn broken_link(
    page: &Page,
    span: std::ops::Range<usize>,
    target: &str,
    site: &Site,
    shared: &Shared,
    lang: &str,
) -> Diagnostic {
    let internal = target.trim_start_matches("@/");
    match internal.split_once('#') {
        Some((path, anchor)) if resolve_link(site, shared, path, lang).is_some() => {
            let message = format!("`{path}` has no heading `#{anchor}` in `{lang}`");
            Diagnostic::at(&page.file, &page.source, span, message).with_hint(format!(
                "give the heading the same id in every language: `## Heading {{#{anchor}}}`"
            ))
        }
        _ => Diagnostic::at(
            &page.file,
            &page.source,
            span,
            format!("broken internal link `{target}`"),
        )
        .with_hint(
            "internal links name a file under content/, e.g. `@/about.md` or `@/news/_index.md`",
        ),
    }
}
