//! Which folders `build` and `serve` may write into, decided before anything is written.
//!
//! Both commands replace the whole content of their output folder (`build` swaps a new
//! tree in, `serve` deletes files the site does not produce), so a wrong `-o` would
//! destroy whatever the folder held. This module refuses, with nothing deleted and
//! nothing written: the site's own folder and its ancestors, the input folders and
//! anything inside them, a file, and a non-empty folder that federa did not write
//! (unless `--force`). Paths are compared after resolving symbolic links, so a link
//! cannot get around the rules. federa marks every output folder it writes with
//! `MARKER`, which is how it later knows the folder is its own.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::site::INPUTS;

/// The file federa writes at the top of every output folder. It is published with the
/// site, which is harmless: it only says which program wrote the folder.
pub const MARKER: &str = ".federa-output";

/// What `MARKER` holds (the same every time, so builds stay reproducible).
pub const MARKER_TEXT: &str = "This folder was written by federa, which deletes and \
                               rewrites everything in it on every build.\n";

/// Checks that `output` (as given on the command line or the default) may be written
/// for the site at `root`; returns it with symbolic links resolved. `force` allows a
/// non-empty folder without the marker, and nothing else.
pub fn check(root: &Path, output: &Path, force: bool) -> Result<PathBuf, Diagnostic> {
    let refuse = |why: &str, hint: &str| {
        Diagnostic::file(
            output,
            format!("refusing to use this as the output folder: {why}"),
        )
        .with_hint(hint)
    };
    let unreadable = |e: io::Error| refuse(&format!("cannot read it ({e})"), ELSEWHERE);
    let resolved = resolve(output).map_err(unreadable)?;
    let site = resolve(root).map_err(unreadable)?;
    if let Some(why) = overlap(&site, &resolved) {
        return Err(refuse(&why, ELSEWHERE));
    }
    match std::fs::metadata(&resolved) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(resolved),
        Err(e) => return Err(unreadable(e)),
        Ok(meta) if !meta.is_dir() => {
            return Err(refuse("it is a file, not a folder", ELSEWHERE));
        }
        Ok(_) => {}
    }
    if force || resolved.join(MARKER).is_file() || is_empty(&resolved).map_err(unreadable)? {
        Ok(resolved)
    } else {
        Err(refuse(
            &format!(
                "it holds files that federa did not write (it has no `{MARKER}` file), \
                 and federa deletes everything in its output folder"
            ),
            "pick a new or empty folder; if everything in it may really be deleted, add \
             `--force` (a folder written by an older federa, without the marker, needs \
             `--force` once)",
        ))
    }
}

const ELSEWHERE: &str = "federa deletes everything in its output folder before writing the \
                         site there; pick a folder of its own with `-o`, such as `public/` \
                         in the site's folder";

/// Why `output` (resolved) may not be the output of the site at `site` (resolved), if
/// it may not: it is the site, holds it, or is (inside) an input, or holds one.
fn overlap(site: &Path, output: &Path) -> Option<String> {
    if output == site {
        return Some("it is the site's own folder".to_string());
    }
    if site.starts_with(output) {
        return Some(format!("it holds the site's folder {}", site.display()));
    }
    for input in INPUTS {
        // An input may itself be a link to a folder elsewhere; resolve it too.
        let Ok(input_path) = resolve(&site.join(input)) else {
            continue;
        };
        if output.starts_with(&input_path) || input_path.starts_with(output) {
            let relation = if output == input_path {
                "it is"
            } else if output.starts_with(&input_path) {
                "it is inside"
            } else {
                "it holds"
            };
            let shown = if input == crate::config::FILE {
                input.to_string()
            } else {
                format!("{input}/")
            };
            return Some(format!(
                "{relation} the site's `{shown}`, which the site is built from"
            ));
        }
    }
    None
}

/// `path` made absolute with every existing part's symbolic links resolved; the parts
/// that do not exist yet are appended as written (`..` among them removes one part).
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut resolved = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => resolved.push(component),
            Component::CurDir => {}
            // `resolved` has no links left in it, so dropping its last part is exact.
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => {
                resolved.push(name);
                match resolved.canonicalize() {
                    Ok(real) => resolved = real,
                    Err(e) if std::fs::symlink_metadata(&resolved).is_ok() => {
                        return Err(io::Error::new(
                            e.kind(),
                            format!("{} is a link that leads nowhere", resolved.display()),
                        ));
                    }
                    Err(_) => {}
                }
            }
        }
    }
    Ok(resolved)
}

fn is_empty(dir: &Path) -> io::Result<bool> {
    Ok(std::fs::read_dir(dir)?.next().is_none())
}

/// Marks `dir` (which exists) as an output folder written by federa.
pub fn write_marker(dir: &Path) -> io::Result<()> {
    crate::output::write_bytes(&dir.join(MARKER), MARKER_TEXT.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{check, resolve, MARKER};
    use std::path::Path;

    fn site() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().expect("tempdir");
        for dir in ["content/news", "i18n", "static"] {
            std::fs::create_dir_all(tmp.path().join(dir)).expect("mkdir");
        }
        std::fs::write(tmp.path().join("site.toml"), "").expect("write");
        tmp
    }

    fn refused(root: &Path, output: &Path) -> String {
        check(root, output, true)
            .expect_err("refused even with --force")
            .message
    }

    #[test]
    fn refuses_the_site_its_ancestors_and_its_inputs() {
        let tmp = site();
        let root = tmp.path();
        assert!(refused(root, root).contains("the site's own folder"));
        assert!(refused(root, &root.join("content/..")).contains("own folder"));
        assert!(refused(root, root.parent().expect("parent")).contains("holds the site"));
        assert!(refused(root, &root.join("content")).contains("it is the site's `content/`"));
        assert!(refused(root, &root.join("content/news/new")).contains("inside"));
        assert!(refused(root, &root.join("missing/../i18n")).contains("`i18n/`"));
        assert!(refused(root, &root.join("themes/x")).contains("`themes/`"));
        assert!(refused(root, &root.join("site.toml")).contains("`site.toml`"));
        assert!(check(root, &root.join("public"), false).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn links_do_not_get_around_the_rules() {
        let tmp = site();
        let root = tmp.path();
        let elsewhere = tempfile::tempdir().expect("tempdir");
        let link = elsewhere.path().join("out");
        std::os::unix::fs::symlink(root.join("content"), &link).expect("symlink");
        assert!(refused(root, &link.join("x")).contains("inside the site's `content/`"));
        let dangling = elsewhere.path().join("dangling");
        std::os::unix::fs::symlink(root.join("content/gone"), &dangling).expect("symlink");
        assert!(refused(root, &dangling).contains("leads nowhere"));
    }

    #[test]
    fn a_foreign_folder_needs_force_and_a_marked_one_does_not() {
        let tmp = site();
        let out = tempfile::tempdir().expect("tempdir");
        assert!(
            check(tmp.path(), out.path(), false).is_ok(),
            "empty is fine"
        );
        std::fs::write(out.path().join("notes.txt"), "mine").expect("write");
        let error = check(tmp.path(), out.path(), false).expect_err("foreign");
        assert!(error.message.contains("did not write"), "{}", error.message);
        assert!(check(tmp.path(), out.path(), true).is_ok());
        std::fs::write(out.path().join(MARKER), "").expect("mark");
        assert!(check(tmp.path(), out.path(), false).is_ok());
        assert!(refused(tmp.path(), &out.path().join(MARKER)).contains("a file"));
    }

    #[test]
    fn resolving_appends_the_missing_parts() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let real = tmp.path().canonicalize().expect("canonical");
        assert_eq!(
            resolve(&tmp.path().join("a/./b/../c")).expect("resolve"),
            real.join("a/c")
        );
    }
}
