//! Language codes written in data files: a co-op's working `languages` and the keys of
//! its `[summary]` and `[description]` tables.
//!
//! A code must be a BCP 47 tag written as such (`fr`, `pt-BR`, not `FR` or `français`)
//! and be known: one of the site's languages, or a language the vocabulary names
//! (`language-<code>` in the Fluent files). A text in a language the site does not
//! publish is never shown, which is worth a warning but not an error: the same member
//! file must validate on a national site and on the European one.

use unic_langid::LanguageIdentifier;

use crate::i18n::I18n;

/// What is wrong with a language code, in words for the file's author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// One of the site's languages.
    Published,
    /// A real language this site does not publish.
    NotPublished,
    /// Not a usable code: the message and hint say why.
    Wrong { message: String, hint: String },
}

/// Judges `code` against the site's languages and the vocabulary.
pub fn judge(code: &str, site: &[&str], i18n: &I18n) -> Verdict {
    if site.contains(&code) {
        return Verdict::Published;
    }
    let Ok(parsed) = code.parse::<LanguageIdentifier>() else {
        let hint = match by_name(code, site, i18n) {
            Some(found) => format!("did you mean `{found}`? Write languages as codes"),
            None => "write a language code such as `en`, `fr`, `nl` or `pt-BR`".to_string(),
        };
        return Verdict::Wrong {
            message: format!("`{code}` is not a language code"),
            hint,
        };
    };
    let canonical = parsed.to_string();
    if canonical != code {
        return Verdict::Wrong {
            message: format!("language code `{code}` is not written the usual way"),
            hint: format!("write `{canonical}` (language in lower case, region in upper case)"),
        };
    }
    if site.contains(&canonical.as_str()) || i18n.defines(&format!("language-{code}")) {
        return Verdict::NotPublished;
    }
    Verdict::Wrong {
        message: format!("unknown language `{code}`"),
        hint: format!(
            "this site's languages are {}; another language needs a `language-{code}` message in i18n/",
            site.join(", ")
        ),
    }
}

/// The code of a language written by its name in one of the site's languages
/// (`français`, `Nederlands`, `German`).
fn by_name(name: &str, site: &[&str], i18n: &I18n) -> Option<String> {
    let wanted = name.trim().to_lowercase();
    let ids: Vec<&str> = i18n
        .message_ids()
        .filter(|id| id.starts_with("language-"))
        .collect();
    for id in ids {
        let code = id.trim_start_matches("language-");
        if code.eq_ignore_ascii_case(&wanted) {
            return Some(code.to_string());
        }
        for lang in site {
            if i18n.format_or(lang, id, "").to_lowercase() == wanted {
                return Some(code.to_string());
            }
        }
    }
    None
}
