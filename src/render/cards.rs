//! Member cards for list pages, built once per member and language and remembered.
//!
//! A card appears on many pages (directory, federation, service, technology and
//! country pages). Each is computed, serialised and rendered with the theme's
//! `member-card.html` once; list templates then print `card.html`. Cards are kept in
//! the site's memo (`render::memo`), so serve, which derives each new site from the
//! last one after a member edit, reuses the cards of every member that did not change.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use serde::Serialize;
use tera::Value;

use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::render::data_routes::DataRoutes;
use crate::render::member_views::{self, MemberCard};
use crate::render::Shared;
use crate::site::Site;

/// One member's card in one language.
pub struct Card {
    pub card: MemberCard,
    /// The card serialised for templates, with its rendered HTML as `html`.
    pub value: Value,
    /// That HTML, for lists that print it without the template engine (`render::splice`).
    pub html: Arc<str>,
    /// The fingerprint of what the card was built from (`inputs_of`): pages built from
    /// a card remember their own output by it (`render::hire`).
    pub inputs: u64,
}

/// One member's card in one language, out of the memo entry with all its languages.
#[derive(Clone)]
pub struct LanguageCard {
    all: Arc<Vec<Card>>,
    index: usize,
}

impl LanguageCard {
    /// The card at `index` (a language's place in the configured order) of `all`.
    pub fn new(all: Arc<Vec<Card>>, index: usize) -> LanguageCard {
        LanguageCard { all, index }
    }
}

impl std::ops::Deref for LanguageCard {
    type Target = Card;

    fn deref(&self) -> &Card {
        &self.all[self.index]
    }
}

#[derive(Serialize)]
struct WithHtml<'a> {
    #[serde(flatten)]
    card: &'a MemberCard,
    html: &'a str,
}

/// The cards of `member` in each of `languages`, from the memo when its inputs are
/// unchanged: one entry per member holds every language, so a render looks each member
/// up once.
pub fn cards(
    site: &Site,
    shared: &Shared,
    member: &Member,
    languages: &[&str],
) -> Result<Arc<Vec<Card>>, Diagnostic> {
    let routes = &shared.data_routes;
    let inputs = inputs_of(member, routes);
    site.memo.cards.get_or("", &member.slug, inputs, || {
        languages
            .iter()
            .map(|lang| build(site, shared, member, lang, inputs))
            .collect()
    })
}

fn build(
    site: &Site,
    shared: &Shared,
    member: &Member,
    lang: &str,
    inputs: u64,
) -> Result<Card, Diagnostic> {
    let card = member_views::card(site, &shared.data_routes, member, lang);
    let mut context = crate::render::pages::base_context(site, shared, lang, "");
    context.insert("card", &card);
    let html = site.templates.render("member-card.html", &context)?;
    let value = Value::from_serializable(&WithHtml {
        card: &card,
        html: &html,
    });
    Ok(Card {
        card,
        value,
        html: Arc::from(html),
        inputs,
    })
}

/// A fingerprint of everything member-specific a card is built from: the member's
/// files, and the spelling shown for each of its technologies (which other members'
/// spellings decide).
fn inputs_of(member: &Member, routes: &DataRoutes) -> u64 {
    let mut hasher = DefaultHasher::new();
    member.fingerprint.hash(&mut hasher);
    for name in &member.data.technologies {
        routes.technology_name(name).hash(&mut hasher);
    }
    hasher.finish()
}
