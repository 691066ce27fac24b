//! What rendering remembers between the sites serve derives from one another.
//!
//! After a member edit, serve reloads that file into the last site
//! (`Site::with_members_reloaded`) and re-renders only what shows members
//! (`render::partial`). Lists of every member (directory, map, `members.json`) would
//! still rebuild a thousand cards, markers and records for one changed member, so each
//! is remembered here per member, with a fingerprint of what it was built from, and
//! reused while that fingerprint holds. Anything else that changes (templates,
//! translations, federations, config) gives a freshly loaded `Site` and so an empty memo.
//!
//! A memo entry never changes what is rendered: an entry is used only when its inputs
//! are the ones a fresh computation would read; `render::partial`'s test compares a
//! memoised partial render with a full one, byte for byte.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::render::cards::Card;
use crate::render::map::{MarkerEntry, Outline};

/// Everything remembered for one family of sites (see the module doc).
#[derive(Default)]
pub struct Memo {
    /// Member cards, by (language, member slug).
    pub cards: Keyed<(String, String), Card>,
    /// Map markers, by (language, member slug).
    pub markers: Keyed<(String, String), MarkerEntry>,
    /// `members.json` records as pretty-printed JSON text, by member slug.
    pub records: Keyed<String, String>,
    /// The theme's map outline, parsed once (`None`: the theme has none).
    pub outline: OnceLock<Option<Outline>>,
}

/// Values remembered by key, each with a fingerprint of its inputs.
pub struct Keyed<K, V> {
    entries: Mutex<HashMap<K, (u64, Arc<V>)>>,
}

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Eq + Hash, V> Keyed<K, V> {
    /// The value remembered for `key` if it was built from `inputs`, else `build()`'s
    /// (remembered when it succeeds). Two threads may build the same entry at once;
    /// both results are equal, and the last one is kept.
    pub fn get_or<E>(
        &self,
        key: K,
        inputs: u64,
        build: impl FnOnce() -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        if let Some(found) = self.get(&key, inputs) {
            return Ok(found);
        }
        let built = Arc::new(build()?);
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.insert(key, (inputs, Arc::clone(&built)));
        Ok(built)
    }

    fn get(&self, key: &K, inputs: u64) -> Option<Arc<V>> {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries
            .get(key)
            .filter(|(built_from, _)| *built_from == inputs)
            .map(|(_, value)| Arc::clone(value))
    }
}

#[cfg(test)]
mod tests {
    use super::Keyed;

    #[test]
    fn entries_are_reused_only_for_the_same_inputs() {
        let memo: Keyed<&str, String> = Keyed::default();
        let mut builds = 0;
        let mut build = |text: &str| {
            builds += 1;
            Ok::<_, ()>(text.to_string())
        };
        assert_eq!(*memo.get_or("a", 1, || build("one")).unwrap(), "one");
        assert_eq!(*memo.get_or("a", 1, || build("again")).unwrap(), "one");
        assert_eq!(*memo.get_or("a", 2, || build("two")).unwrap(), "two");
        assert!(memo.get_or("b", 1, || Err::<String, _>(())).is_err());
        assert_eq!(*memo.get_or("b", 1, || build("b")).unwrap(), "b");
        assert_eq!(builds, 3);
    }
}
