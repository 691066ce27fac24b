//! What rendering remembers between the sites serve derives from one another.
//!
//! After a member edit, serve reloads that file into the last site
//! (`Site::with_members_reloaded`) and re-renders only what shows members
//! (`render::partial`). Lists of every member (directory, map, `members.json`) would
//! still rebuild a thousand cards, the map and records for one changed member, so each
//! is remembered here per member, with a fingerprint of what it was built from, and
//! reused while that fingerprint holds. Anything else that changes (templates,
//! translations, federations, config) gives a freshly loaded `Site` and so an empty memo.
//!
//! A memo entry never changes what is rendered: an entry is used only when its inputs
//! are the ones a fresh computation would read; `render::partial`'s test compares a
//! memoised partial render with a full one, byte for byte.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use crate::render::cards::Card;
use crate::render::map::Outline;

/// Everything remembered for one family of sites (see the module doc).
#[derive(Default)]
pub struct Memo {
    /// Member cards of every language (in configured order), by member slug (the
    /// language is "").
    pub cards: Keyed<Vec<Card>>,
    /// Hire page entries (`hire::page`: the co-op and its rendered `hire-coop.html`), by
    /// language and member slug.
    pub hire_coops: Keyed<crate::render::hire::HireEntry>,
    /// The map's template value (`map::view`), by language and "view".
    pub map_views: Keyed<tera::Value>,
    /// `members.json` records as JSON text, by member slug (the language is "").
    pub records: Keyed<String>,
    /// The map drawn by `map.html`, by language and "links" or "decorative".
    pub maps: Keyed<String>,
    /// The theme's map outline, parsed once (`None`: the theme has none).
    pub outline: OnceLock<Option<Outline>>,
}

/// Values remembered by language and member slug, each with a fingerprint of its
/// inputs. Looked up thousands of times per render from several threads: reads share
/// the lock and allocate nothing.
pub struct Keyed<V> {
    entries: RwLock<Map<Map<Entry<V>>>>,
}

/// A map by language or slug, with a fast seeded hasher (keys come from contributed
/// file names: the seed keeps them from being chosen to collide).
type Map<V> = HashMap<String, V, foldhash::fast::RandomState>;

type Entry<V> = (u64, Arc<V>);

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed {
            entries: RwLock::new(Map::default()),
        }
    }
}

impl<V> Keyed<V> {
    /// The value remembered for `lang` and `slug` if it was built from `inputs`, else
    /// `build()`'s (remembered when it succeeds). Two threads may build the same entry
    /// at once; both results are equal, and the last one is kept.
    pub fn get_or<E>(
        &self,
        lang: &str,
        slug: &str,
        inputs: u64,
        build: impl FnOnce() -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        if let Some(found) = self.get(lang, slug, inputs) {
            return Ok(found);
        }
        let built = Arc::new(build()?);
        let mut entries = self.entries.write().unwrap_or_else(PoisonError::into_inner);
        entries
            .entry(lang.to_string())
            .or_default()
            .insert(slug.to_string(), (inputs, Arc::clone(&built)));
        Ok(built)
    }

    fn get(&self, lang: &str, slug: &str, inputs: u64) -> Option<Arc<V>> {
        let entries = self.entries.read().unwrap_or_else(PoisonError::into_inner);
        entries
            .get(lang)?
            .get(slug)
            .filter(|(built_from, _)| *built_from == inputs)
            .map(|(_, value)| Arc::clone(value))
    }
}

#[cfg(test)]
mod tests {
    use super::Keyed;

    #[test]
    fn entries_are_reused_only_for_the_same_inputs() {
        let memo: Keyed<String> = Keyed::default();
        let mut builds = 0;
        let mut build = |text: &str| {
            builds += 1;
            Ok::<_, ()>(text.to_string())
        };
        assert_eq!(
            *memo.get_or("en", "a", 1, || build("one")).expect("built"),
            "one"
        );
        assert_eq!(
            *memo.get_or("en", "a", 1, || build("again")).expect("built"),
            "one"
        );
        assert_eq!(
            *memo.get_or("en", "a", 2, || build("two")).expect("built"),
            "two"
        );
        assert!(memo.get_or("fr", "a", 2, || Err::<String, _>(())).is_err());
        assert_eq!(
            *memo.get_or("fr", "a", 2, || build("fr")).expect("built"),
            "fr"
        );
        assert_eq!(builds, 3);
    }
}
