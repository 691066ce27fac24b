//! Aliases that would land on another output: a page (`aliases = ["/about/"]` on a
//! page other than about), a file (`aliases = ["/style.css"]` makes a folder
//! `style.css/` where the stylesheet must be written), or another alias.
//!
//! Writing both would fail with a bare "Is a directory", or silently keep one of them;
//! instead each is an error at the alias. Aliases over the pages federa generates from
//! the data files are reported by `collisions`, in the check stage.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::output::OutputFile;
use crate::render::pages::alias_file;
use crate::site::Site;

/// Every alias's output file, and the folders it needs, with the alias that wants them.
pub struct AliasConflicts {
    /// Output file -> (page index, alias as written).
    files: BTreeMap<String, (usize, String)>,
    /// Folder an alias needs (`old/` for `old/index.html`) -> the same.
    dirs: BTreeMap<String, (usize, String)>,
    pub problems: Vec<Diagnostic>,
}

impl AliasConflicts {
    /// The aliases of `site`, with the problem of two aliases on one file already found.
    pub fn new(site: &Site) -> AliasConflicts {
        let mut conflicts = AliasConflicts {
            files: BTreeMap::new(),
            dirs: BTreeMap::new(),
            problems: Vec::new(),
        };
        for (_, _, route) in site.routes.iter().filter(|(_, _, r)| !r.is_fallback) {
            for alias in &site.content.pages[route.page].front.aliases {
                let Some(file) = alias_file(alias) else {
                    continue;
                };
                let owner = (route.page, alias.clone());
                if conflicts.files.contains_key(&file) {
                    conflicts.report(site, &owner, "another alias");
                    continue;
                }
                for (i, _) in file.match_indices('/') {
                    conflicts.dirs.insert(file[..i].to_string(), owner.clone());
                }
                conflicts.files.insert(file, owner);
            }
        }
        conflicts
    }

    /// Records the aliases that `batch` (outputs other than aliases) collides with.
    pub fn check(&mut self, site: &Site, batch: &[OutputFile]) {
        for output in batch {
            let path = output.path.as_str();
            let hit = self
                .files
                .get(path)
                .map(|owner| (owner.clone(), what(path)))
                .or_else(|| {
                    let owner = self.dirs.get(path)?;
                    Some((owner.clone(), format!("the file `/{path}`")))
                })
                .or_else(|| {
                    let (dir, owner) = path
                        .match_indices('/')
                        .find_map(|(i, _)| self.files.get_key_value(&path[..i]))?;
                    Some((
                        owner.clone(),
                        format!("a folder the output `/{path}` needs (`/{dir}`)"),
                    ))
                });
            if let Some((owner, what)) = hit {
                self.report(site, &owner, &what);
            }
        }
    }

    fn report(&mut self, site: &Site, (page, alias): &(usize, String), what: &str) {
        let page = &site.content.pages[*page];
        self.problems.push(
            page.alias_problem(alias, format!("the alias `{alias}` would overwrite {what}"))
                .with_hint("an alias redirects an old URL that no longer exists; remove it or pick a path nothing else uses"),
        );
    }
}

fn what(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(page) => format!("the page `/{page}`"),
        None => format!("the file `/{path}`"),
    }
}
