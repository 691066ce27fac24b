//! Rules across files for people and working groups: the co-op, federation, roles,
//! languages, Matrix ids, URLs and email a person's file names, the consent date, and
//! the people a working group names (any person file, published or not: a group's
//! file may name someone who has not consented, who is then simply not shown).

use std::collections::BTreeSet;

use toml::Spanned;

use crate::content::people::{People, Person, WorkingGroup};
use crate::content::portable;
use crate::content::validate::{self, Findings, Known};
use crate::diagnostic::{nearest, Diagnostic};

/// Every problem of every people and working-group file.
pub fn all(people: &People, members: &BTreeSet<String>, known: &Known) -> Vec<Diagnostic> {
    let mut found = people.problems.clone();
    for person in &people.persons {
        found.extend(person_file(person, members, known));
    }
    let slugs: BTreeSet<String> = people.persons.iter().map(|p| p.slug.clone()).collect();
    for group in &people.groups {
        found.extend(group_file(group, &slugs, known));
    }
    found
}

fn person_file(p: &Person, members: &BTreeSet<String>, known: &Known) -> Vec<Diagnostic> {
    let mut f = Findings::new(&p.file, &p.source, p.shape.problems.clone());
    let d = &p.data;
    for role in &d.roles {
        validate::vocabulary(&mut f, known, "role", role);
    }
    if let Some(member) = &d.member {
        slug_in(&mut f, member, members, "co-op", "content/members/");
    }
    if let Some(federation) = &d.federation {
        slug_in(
            &mut f,
            federation,
            known.federations,
            "federation",
            "content/federations/",
        );
    }
    portable::working_languages(&mut f, &p.shape, &d.languages, known);
    if let Some(matrix) = &d.matrix {
        validate::matrix_id(&mut f, matrix);
    }
    if let Some(email) = &d.email {
        if !validate::is_email(email.get_ref()) {
            f.at(
                email.span(),
                format!("`{}` is not an email address", email.get_ref()),
                "write it as `name@example.org`".into(),
            );
        }
    }
    if let (Some(consent), Some(span)) = (&d.consent, p.shape.span("consent.date")) {
        let alone = crate::moment::Moment::from_toml(&consent.date).is_ok_and(|m| m.time.is_none());
        if !alone {
            f.at(
                span,
                format!(
                    "the consent date must be a date alone, not `{}`",
                    consent.date
                ),
                "write the day they agreed, e.g. `date = 2026-10-01`".into(),
            );
        }
    }
    let mut found = f.into_found();
    found.extend(p.problems.iter().cloned());
    found
}

fn group_file(g: &WorkingGroup, people: &BTreeSet<String>, known: &Known) -> Vec<Diagnostic> {
    let mut f = Findings::new(&g.file, &g.source, g.shape.problems.clone());
    let d = &g.data;
    let sound = |field: &str| !g.shape.broken.contains(field);
    for (field, texts) in [("name", &d.name), ("purpose", &d.purpose)] {
        let has_text = known.languages.iter().any(|l| {
            texts
                .get_ref()
                .get(*l)
                .is_some_and(|t| !t.trim().is_empty())
        });
        if sound(field) && !has_text {
            f.at(
                texts.span(),
                format!("the group's {field} has no text in any of this site's languages"),
                format!(
                    "add a line such as `{} = \"...\"` under [{field}]",
                    known.default_language
                ),
            );
        }
    }
    if let Some(matrix) = &d.matrix {
        validate::matrix_id(&mut f, matrix);
    }
    if let Some(loomio) = &d.loomio {
        validate::http_url(&mut f, loomio, "loomio");
    }
    for member in &d.members {
        slug_in(&mut f, member, people, "person", "content/people/");
    }
    f.into_found()
}

/// `slug` must be one of `known` (the files of `folder`).
fn slug_in(
    f: &mut Findings,
    slug: &Spanned<String>,
    known: &BTreeSet<String>,
    what: &str,
    folder: &str,
) {
    if known.contains(slug.get_ref()) {
        return;
    }
    let hint = match nearest(slug.get_ref(), known.iter().map(String::as_str)) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("a {what} is named by its file in {folder}, without `.toml`"),
    };
    f.at(
        slug.span(),
        format!("unknown {what} `{}`", slug.get_ref()),
        hint,
    );
}
