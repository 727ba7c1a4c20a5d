//! What a word after a number may be, found with one look per word: the tail of a figure asks
//! the word after the digits whether it is a scale, a currency name, a minor unit or the start
//! of a unit of measure, and each list used to be probed (and the word lower-cased) in turn,
//! though most words ("people", "years", "of") are in few of them or none.
//!
//! The roles only turn words away: a word with a role is still asked of its list, which alone
//! decides, so the table needs no case rules of its own.

use super::lexicon::{NUMBER_WORDS, SCALES, SUBUNITS};
use crate::extract::openers::packed;
use crate::extract::Doc;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The ASCII lower case of a form in [`SCALES`] ("million", "bn", "m").
pub(super) const SCALE: u8 = 1;
/// The first word of a currency name or code written after the amount ("yuan", "australian").
pub(super) const CURRENCY_NAME: u8 = 2;
/// A minor unit ("cents", "pence").
pub(super) const MINOR_UNIT: u8 = 4;
/// The ASCII lower case of the start of a unit of measure ("km", "square", "per").
pub(super) const UNIT: u8 = 8;
/// A number word: a cardinal or an ordinal ("three", "thousand", "third"), or a word with a
/// hyphen (which may join two: "twenty-one").
pub(super) const NUMBER_WORD: u8 = 16;
/// A word that is never a counted noun (see `COUNTED_STOP`).
pub(super) const COUNTED_STOP: u8 = 32;
/// Every role: for words the table cannot answer for.
const ANY: u8 = u8::MAX;

/// Every ASCII lower-case word with a role after a number, and its roles. Words of up to
/// eight bytes (nearly all) are keyed by their bytes packed in a number, which hashes and
/// compares in a few instructions; their length is kept beside the roles, as the key does
/// not tell "m" from "m\0".
#[derive(Default)]
struct RoleTable {
    short: FxHashMap<u64, (u8, u8)>,
    long: FxHashMap<String, u8>,
}

/// The first and last letters and lengths of [`ROLES`]' words: most words after a number
/// ("people", "years", "runs") are in no list, and are turned away by these before a key is
/// hashed.
static ROLE_ENDS: LazyLock<crate::extract::date::WordEnds> = LazyLock::new(|| {
    let short = ROLES.short.iter().map(|(&key, &(len, _))| {
        let bytes = key.to_le_bytes();
        // The packed key holds the word's bytes in order (see `packed`).
        String::from_utf8_lossy(&bytes[..usize::from(len)]).into_owned()
    });
    let words: Vec<String> = short.chain(ROLES.long.keys().cloned()).collect();
    crate::extract::date::WordEnds::new(words.iter().map(String::as_str))
});

static ROLES: LazyLock<RoleTable> = LazyLock::new(|| {
    // Keyed as the lookups key them from the start: built once per run, its words were each
    // copied to a string of their own and the table rebuilt from a table of strings, which
    // cost more than every lookup of a short document.
    let mut table = RoleTable { short: FxHashMap::with_capacity_and_hasher(2048, Default::default()), long: FxHashMap::default() };
    let mut add = |w: &str, role: u8| table.add(w, role);
    for w in SCALES.keys() {
        add(w, SCALE);
    }
    for w in super::money::after_first_words() {
        add(w, CURRENCY_NAME);
    }
    for w in SUBUNITS.keys() {
        add(w, MINOR_UNIT);
    }
    for w in super::units::unit_prefixes() {
        add(w, UNIT);
    }
    for &w in NUMBER_WORDS.cardinal.keys().chain(NUMBER_WORDS.ordinal.keys()) {
        add(w, NUMBER_WORD);
    }
    for &w in super::lexicon::COUNTED_STOP.iter() {
        add(w, COUNTED_STOP);
    }
    table
});

impl RoleTable {
    /// Gives the ASCII lower case of `w` the role `role` (besides those it has).
    fn add(&mut self, w: &str, role: u8) {
        let mut bytes = [0u8; 8];
        match bytes.get_mut(..w.len()) {
            Some(short) => {
                short.copy_from_slice(w.as_bytes());
                short.make_ascii_lowercase();
                // The lower case of ASCII bytes is ASCII, of other bytes themselves: `short`
                // is the lower case's bytes, whole characters.
                let lower = std::str::from_utf8(short).expect("ASCII lower case of a word");
                let key = packed(lower).expect("a word of up to eight bytes");
                self.short.entry(key).or_insert((w.len() as u8, 0)).1 |= role;
            }
            None => *self.long.entry(w.to_ascii_lowercase()).or_default() |= role,
        }
    }
}

/// The roles of a word in ASCII lower case.
fn listed(lower: &str) -> u8 {
    if !ROLE_ENDS.may_hold(lower) {
        return 0;
    }
    match packed(lower) {
        Some(key) => ROLES.short.get(&key).filter(|(len, _)| usize::from(*len) == lower.len()).map_or(0, |&(_, r)| r),
        None => ROLES.long.get(lower).copied().unwrap_or(0),
    }
}

/// The roles token `k` may have after a number (bits of this module): none for most words;
/// every role for a non-ASCII token (its lower case is not ASCII's) or one holding a space
/// (a currency name may start with it), and the currency name's for one that may end in a
/// possessive (the currency names are looked up by the stem).
pub(super) fn roles(doc: &Doc<'_>, k: usize) -> u8 {
    let Some(t) = doc.tokens.get(k) else { return ANY };
    // The token's bytes were read once for its opener. (A token holding a space holds a
    // non-ASCII mark too: the tokenizer splits at ASCII white space, and only a combining
    // mark joins a space to a segment.)
    let shape = doc.openers()[k].shape;
    if shape.non_ascii {
        return ANY;
    }
    let hyphen = shape.hyphen;
    let mut roles = listed(doc.ascii_lower(k));
    // "'s", "'S" and "s'" end in one of these bytes.
    if matches!(t.text.as_bytes().last(), Some(b's' | b'S' | b'\'')) {
        roles |= CURRENCY_NAME;
    }
    if hyphen {
        roles |= NUMBER_WORD;
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles_of(text: &str) -> u8 {
        roles(&Doc::new(text, None), 0)
    }

    #[test]
    fn words_get_the_roles_of_their_lists() {
        assert_eq!(roles_of("Million") & SCALE, SCALE);
        assert_eq!(roles_of("yuan") & CURRENCY_NAME, CURRENCY_NAME);
        assert_eq!(roles_of("cents") & MINOR_UNIT, MINOR_UNIT);
        assert_eq!(roles_of("km") & UNIT, UNIT);
        assert_eq!(roles_of("people"), 0);
        assert_eq!(roles_of("Third") & NUMBER_WORD, NUMBER_WORD);
        assert_eq!(roles_of("twenty-one") & NUMBER_WORD, NUMBER_WORD);
        // A possessive may hide a currency name; a non-ASCII word may be anything.
        assert_eq!(roles_of("Yuan's") & CURRENCY_NAME, CURRENCY_NAME);
        assert_eq!(roles_of("Ünits"), ANY);
        // Packed keys tell a word from one with zero bytes after it.
        assert_eq!(listed("m\0"), 0);
        assert_ne!(listed("m"), 0);
    }
}
