//! What each token's text alone says about the date and figure rules that may start at it,
//! worked out once per token ([`Doc::openers`](super::Doc::openers)): which bytes it holds,
//! whether it is a word a date rule opens with (and what must follow it), and the roles it
//! has at the start of a figure; and whether it is a speech verb or "according", where the
//! quote rules look for reported speech (most sentences have neither).
//!
//! Both prefilters read every token. Each used to lower-case it, read its bytes and probe a
//! table of its own, so every token (most of them ordinary words and marks that start
//! nothing) was looked at twice; one merged table answers both, and each prefilter then
//! turns most tokens away with one look at their [`Opener`].

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::date::{self, Follow, WordEnds};
use super::figure;
use crate::quotes::cues;

/// The prefilters' view of one token's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opener {
    pub(crate) shape: Shape,
    /// Whether a date rule may start at the token, and if one may, what must follow it.
    pub(crate) date: Option<Follow>,
    /// The figure word roles of the token (bits of the figure prefilter; 0 for none).
    pub(crate) figure_roles: u8,
    /// A speech verb, "according", or neither ([`cues::Speech`]).
    pub(crate) speech: cues::Speech,
}

impl Opener {
    /// [`Opener::of`], with the openers of one-byte tokens (a quarter of all tokens: ".",
    /// ",", "(", "a" ...) taken from a table worked out once.
    #[inline]
    pub fn of_token(text: &str, lower: &str) -> Opener {
        match text.as_bytes() {
            [b] if b.is_ascii() => ONE_BYTE[usize::from(*b)],
            _ => Opener::of(text, lower),
        }
    }

    /// The opener of token text `text`, `lower` its ASCII lower case. Always inlined: the
    /// call's set-up and return cost more than many tokens' whole test.
    #[inline(always)]
    pub fn of(text: &str, lower: &str) -> Opener {
        let shape = Shape::of(text);
        if shape.non_ascii {
            return Opener::of_non_ascii(text, lower, shape);
        }
        let listed = listed(lower);
        Opener { shape, date: date::opening(text, lower, &shape, listed.date), figure_roles: listed.figure_roles, speech: listed.speech }
    }

    /// [`Opener::of`] a non-ASCII token: looked up by its full lower case, by the figure
    /// rules only. Kept out of line so that the common ASCII path stays small.
    #[inline(never)]
    fn of_non_ascii(text: &str, lower: &str, shape: Shape) -> Opener {
        Opener { shape, date: date::opening(text, lower, &shape, None), figure_roles: figure::non_ascii_roles(text), speech: cues::speech_of_non_ascii(text) }
    }
}

/// [`Opener::of`] of each one-byte ASCII text.
static ONE_BYTE: LazyLock<[Opener; 128]> = LazyLock::new(|| {
    std::array::from_fn(|b| {
        let text = char::from(b as u8).to_string();
        Opener::of(&text, &text.to_ascii_lowercase())
    })
});

/// Which bytes a token holds, read in one pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub digit: bool,
    pub hyphen: bool,
    pub non_ascii: bool,
}

/// Byte classes for [`Shape::of`]: a table look per byte instead of three tests.
const DIGIT: u8 = 1;
const HYPHEN: u8 = 2;
const NON_ASCII: u8 = 4;
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 {
            NON_ASCII
        } else if b >= b'0' as usize && b <= b'9' as usize {
            DIGIT
        } else if b == b'-' as usize {
            HYPHEN
        } else {
            0
        };
        b += 1;
    }
    table
};

impl Shape {
    pub fn of(text: &str) -> Shape {
        let classes = text.bytes().fold(0, |acc, b| acc | BYTE_CLASS[usize::from(b)]);
        Shape { digit: classes & DIGIT != 0, hyphen: classes & HYPHEN != 0, non_ascii: classes & NON_ASCII != 0 }
    }
}

/// What the two word tables say of one lower-case word.
#[derive(Debug, Clone, Copy, Default)]
struct Listed {
    /// In the date rules' table of opening words, and what must follow it.
    date: Option<Follow>,
    figure_roles: u8,
    /// A speech verb ([`cues::CUE_WORDS`]) or "according".
    speech: cues::Speech,
}

/// The date rules' opening words, the figure rules' role words and the speech words of the
/// quote rules in one table, with the first and last letters and lengths of its words: most
/// words are turned away by these before the table's hash is taken. Words of up to eight
/// bytes (all but a few) are keyed by their bytes packed in a number, which hashes and
/// compares in a few instructions.
static LISTED: LazyLock<(WordEnds, ListedTable)> = LazyLock::new(|| {
    let mut table: FxHashMap<&'static str, Listed> = FxHashMap::default();
    for (word, follow) in date::opening_words() {
        table.entry(word).or_default().date = Some(follow);
    }
    for (word, roles) in figure::word_roles() {
        table.entry(word).or_default().figure_roles = roles;
    }
    for word in cues::CUE_WORDS.into_iter().chain(["according"]) {
        table.entry(word).or_default().speech = cues::speech_of_ascii_lower(word);
    }
    let ends = WordEnds::new(table.keys().copied());
    let mut packed_table = ListedTable::default();
    for (word, entry) in table {
        match packed(word) {
            Some(key) => {
                packed_table.short.insert(key, (word.len() as u8, entry));
            }
            None => {
                packed_table.long.insert(word, entry);
            }
        }
    }
    (ends, packed_table)
});

/// [`LISTED`]'s words: those of up to eight bytes by [`packed`] key (with their length, as
/// the key does not tell "a" from "a\0"), the longer ones by text.
#[derive(Default)]
struct ListedTable {
    short: FxHashMap<u64, (u8, Listed)>,
    long: FxHashMap<&'static str, Listed>,
}

/// The bytes of a word of up to eight bytes packed in a number (zero bytes after its end).
/// A word of four bytes or more is read as its first four and its last four, the last put
/// in place over the first (the bytes they share are the same); a shorter one is shifted in
/// byte by byte (a copy of a variable length is a call).
#[inline]
pub(crate) fn packed(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    match b.len() {
        0..=3 => Some(b.iter().enumerate().fold(0, |key, (i, &byte)| key | u64::from(byte) << (8 * i))),
        len @ 4..=8 => {
            let four = |at: usize| u64::from(u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]));
            Some(four(0) | four(len - 4) << (8 * (len - 4)))
        }
        _ => None,
    }
}

/// [`LISTED`]'s entry for `lower` (none listed: the default).
#[inline]
fn listed(lower: &str) -> Listed {
    let (ends, table) = &*LISTED;
    if !ends.may_hold(lower) {
        return Listed::default();
    }
    listed_probe(table, lower)
}

/// The table probe of [`listed`], kept out of line: most words never get this far.
#[inline(never)]
fn listed_probe(table: &ListedTable, lower: &str) -> Listed {
    match packed(lower) {
        Some(key) => table.short.get(&key).filter(|(len, _)| usize::from(*len) == lower.len()).map(|&(_, entry)| entry),
        None => table.long.get(lower).copied(),
    }
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The merged table answers for each word what each list says of it.
    #[test]
    fn merged_table_keeps_both_lists_answers() {
        for (word, follow) in date::opening_words() {
            assert_eq!(listed(word).date, Some(follow), "{word}");
        }
        for (word, roles) in figure::word_roles() {
            assert_eq!(listed(word).figure_roles, roles, "{word}");
        }
        for word in cues::CUE_WORDS {
            assert_eq!(listed(word).speech, cues::Speech::Cue, "{word}");
        }
        assert_eq!(listed("according").speech, cues::Speech::According);
        for word in ["company", "sad", "said\0", "accord", "", "."] {
            assert_eq!(listed(word).speech, cues::Speech::Other, "{word}");
        }
        for word in ["said", "company", "", ".", "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", "a\0", "the\0\0"] {
            let none = listed(word);
            assert_eq!((none.date, none.figure_roles), (None, 0), "{word}");
        }
    }

    /// Packed keys hold a word's bytes in order, zero after its end.
    #[test]
    fn packed_keys_hold_the_bytes() {
        for w in ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "“", "été"] {
            let mut bytes = [0u8; 8];
            bytes[..w.len()].copy_from_slice(w.as_bytes());
            assert_eq!(packed(w), Some(u64::from_le_bytes(bytes)), "{w}");
        }
        assert_eq!(packed("abcdefghi"), None);
    }

    #[test]
    fn one_byte_openers_are_worked_out_ones() {
        for b in 0..128u8 {
            let text = char::from(b).to_string();
            let lower = text.to_ascii_lowercase();
            assert_eq!(Opener::of_token(&text, &lower), Opener::of(&text, &lower), "{text:?}");
        }
    }

    #[test]
    fn shape_reads_digits_hyphens_and_non_ascii() {
        assert_eq!(Shape::of("COVID-19"), Shape { digit: true, hyphen: true, non_ascii: false });
        assert_eq!(Shape::of("Café"), Shape { digit: false, hyphen: false, non_ascii: true });
        assert_eq!(Shape::of("said"), Shape { digit: false, hyphen: false, non_ascii: false });
    }
}
