//! Member cards for list pages, built once per member and language and remembered.
//!
//! A card appears on many pages (directory, federation, service, technology and
//! country pages). Each is computed, serialised and rendered with the theme's
//! `member-card.html` once; list templates then print `card.html`. The memo lives in
//! the `Site` (see `Site::memo`), so serve, which derives each new site from the last
//! one after a member edit, reuses the cards of every member that did not change. An
//! entry is used only if the member's file text and the technology names it was built
//! with are unchanged; anything else (templates, translations, federations) gives a
//! new `Site` and so an empty memo.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use serde::Serialize;
use tera::Value;

use crate::content::member::Member;
use crate::diagnostic::Diagnostic;
use crate::render::data_routes::DataRoutes;
use crate::render::member_views::{self, MemberCard};
use crate::render::Shared;
use crate::site::Site;

/// Remembered cards, by (language, member slug).
#[derive(Default)]
pub struct CardMemo {
    cards: Mutex<HashMap<Key, Arc<Card>>>,
}

/// One member's card in one language.
pub struct Card {
    /// What the card was built from: the member file's text and technology names.
    inputs: u64,
    pub card: MemberCard,
    /// The card serialised for templates, with its rendered HTML as `html`.
    pub value: Value,
}

#[derive(Serialize)]
struct WithHtml<'a> {
    #[serde(flatten)]
    card: &'a MemberCard,
    html: &'a str,
}

/// The card of `member` in `lang`, from the memo when its inputs are unchanged.
pub fn card(
    site: &Site,
    shared: &Shared,
    routes: &DataRoutes,
    member: &Member,
    lang: &str,
) -> Result<Arc<Card>, Diagnostic> {
    let key = (lang.to_string(), member.slug.clone());
    let inputs = inputs_of(member, routes);
    if let Some(found) = site.memo.get(&key, inputs) {
        return Ok(found);
    }
    let card = member_views::card(site, routes, member, lang);
    let mut context = crate::render::pages::base_context(site, shared, lang, "");
    context.insert("card", &card);
    let html = site.templates.render("member-card.html", &context)?;
    let value = Value::from_serializable(&WithHtml {
        card: &card,
        html: &html,
    });
    let built = Arc::new(Card {
        inputs,
        card,
        value,
    });
    site.memo.insert(key, Arc::clone(&built));
    Ok(built)
}

type Key = (String, String);

impl CardMemo {
    fn get(&self, key: &Key, inputs: u64) -> Option<Arc<Card>> {
        let cards = self.cards.lock().unwrap_or_else(PoisonError::into_inner);
        cards
            .get(key)
            .filter(|c| c.inputs == inputs)
            .map(Arc::clone)
    }

    fn insert(&self, key: Key, card: Arc<Card>) {
        let mut cards = self.cards.lock().unwrap_or_else(PoisonError::into_inner);
        cards.insert(key, card);
    }
}

/// A fingerprint of everything member-specific a card is built from.
fn inputs_of(member: &Member, routes: &DataRoutes) -> u64 {
    let mut hasher = DefaultHasher::new();
    member.source.hash(&mut hasher);
    for name in &member.data.technologies {
        routes.technology_name(name).hash(&mut hasher);
    }
    hasher.finish()
}
