//! What the single-word lists say of a word, asked at most once per token.
//!
//! The name chunker and the three classifiers ask the same handful of questions ("a given
//! name?", "a surname?", "an everyday word?") of the same capitalised tokens again and again:
//! once per chunk a token ends up in, and once per classifier. [`Doc::facts`](super::Doc::facts)
//! hands out a [`WordFacts`] over a per-token cell of answer bits: each question goes to the
//! lists the first time it is asked of the token, and is answered from the cell after that.
//! Answers are worked out one by one, not all at once, because the rules short-circuit: most
//! tokens are only ever asked one or two questions. What is worked out is also kept per word
//! across documents ([`shared_answers`]): a token of a word seen before copies its answers
//! from there with one hash lookup.

use std::cell::Cell;

use crate::lexicon::{self, PlaceClass};

/// The answers of one word, cached in the token's cell (or asked afresh each time for a
/// word that is no token's text).
#[derive(Clone, Copy)]
pub struct WordFacts<'a> {
    word: &'a str,
    cell: Option<&'a Cell<u32>>,
}

/// One question: its bit pair in a cell is (asked, answer).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Q {
    Given,
    GivenAmbiguous,
    Surname,
    SurnameUnambiguous,
    Demonym,
    CommonAnyCase,
    OrgSuffix,
    /// [`name_shaped`](WordFacts::name_shaped).
    NameShaped,
    /// [`romanised_given`](WordFacts::romanised_given).
    RomanisedGiven,
    CapitalisedStopword,
    KnownOrg,
    OrgAcronym,
}

/// The place class sits above the yes/no pairs: asked, then the class plus one (0: none).
const PLACE_ASKED: u32 = 1 << 24;
const PLACE_SHIFT: u32 = 25;

impl<'a> WordFacts<'a> {
    /// Answers for token text `word`, cached in `cell` (all zero when nothing is asked yet).
    pub(super) fn cached(word: &'a str, cell: &'a Cell<u32>) -> WordFacts<'a> {
        WordFacts { word, cell: Some(cell) }
    }

    /// Answers for a word that is no token's text (a stem without its possessive ending):
    /// straight from the lists.
    pub fn uncached(word: &'a str) -> WordFacts<'a> {
        WordFacts { word, cell: None }
    }

    /// The answer to `q`: from the cell when asked before (the common case, kept inline at
    /// the callers), else worked out ([`ask_afresh`](Self::ask_afresh)). Always inlined: as a
    /// call it cost more than the look at the cell.
    #[inline(always)]
    fn ask(self, q: Q) -> bool {
        let Some(cell) = self.cell else { return answer(q, self.word) };
        let (asked, yes) = (1u32 << (2 * q as u32), 2u32 << (2 * q as u32));
        let bits = cell.get();
        if bits & asked != 0 {
            return bits & yes != 0;
        }
        self.ask_afresh(q, cell)
    }

    /// [`ask`](Self::ask) of a question the token's cell has no answer to: from the shared
    /// table or the lists, into the cell.
    #[inline(never)]
    fn ask_afresh(self, q: Q, cell: &Cell<u32>) -> bool {
        let (asked, yes) = (1u32 << (2 * q as u32), 2u32 << (2 * q as u32));
        let bits = cell.get()
            | shared_answers(self.word, asked, || {
                if LIST_QUESTIONS.contains(&q) {
                    // One lookup of the merged name-word table answers all of them (and the
                    // place class): they are asked together of name tokens.
                    list_bits(lexicon::name_word_letters(self.word))
                } else {
                    asked | if answer(q, self.word) { yes } else { 0 }
                }
            });
        cell.set(bits);
        bits & yes != 0
    }

    /// [`lexicon::is_given_name`].
    #[inline]
    pub fn given(self) -> bool {
        self.ask(Q::Given)
    }

    /// [`lexicon::is_ambiguous_given_name`].
    #[inline]
    pub fn given_ambiguous(self) -> bool {
        self.ask(Q::GivenAmbiguous)
    }

    /// [`lexicon::is_surname`].
    #[inline]
    pub fn surname(self) -> bool {
        self.ask(Q::Surname)
    }

    /// [`lexicon::is_unambiguous_surname`].
    #[inline]
    pub fn surname_unambiguous(self) -> bool {
        self.ask(Q::SurnameUnambiguous)
    }

    /// [`lexicon::is_demonym`].
    #[inline]
    pub fn demonym(self) -> bool {
        self.ask(Q::Demonym)
    }

    /// [`lexicon::is_common_word_any_case`].
    #[inline]
    pub fn common_any_case(self) -> bool {
        self.ask(Q::CommonAnyCase)
    }

    /// [`lexicon::org_suffix_class`] is some.
    #[inline]
    pub fn org_suffix(self) -> bool {
        self.ask(Q::OrgSuffix)
    }

    /// Shaped like a word of a name: capitalised, not a full weekday, not a hyphenated
    /// everyday word ([`name_shaped`]).
    #[inline]
    pub fn name_shaped(self) -> bool {
        // The shape of a word with no hyphen is told by its first letters, quicker than the
        // shared table is probed: asked of every capitalised token, it goes straight to the
        // cell, inline.
        if let Some(cell) = self.cell {
            let (asked, yes) = (1u32 << (2 * Q::NameShaped as u32), 2u32 << (2 * Q::NameShaped as u32));
            let bits = cell.get();
            if bits & asked == 0 && !has_hyphen(self.word) {
                let shaped = plain_name_shaped(self.word);
                cell.set(bits | asked | if shaped { yes } else { 0 });
                return shaped;
            }
        }
        self.ask(Q::NameShaped)
    }

    /// Makes a romanised given name: pinyin syllables, alone or hyphenated ("Xianliang",
    /// "Wing-kei") ([`romanised_given`]).
    #[inline]
    pub fn romanised_given(self) -> bool {
        self.ask(Q::RomanisedGiven)
    }

    /// [`lexicon::is_capitalised_stopword`].
    #[inline]
    pub fn capitalised_stopword(self) -> bool {
        self.ask(Q::CapitalisedStopword)
    }

    /// [`lexicon::known_org`] is some: when not (nearly every word), the list need not be
    /// asked for the organisation.
    #[inline]
    pub fn known_org_listed(self) -> bool {
        self.ask(Q::KnownOrg)
    }

    /// [`lexicon::org_by_acronym`] is some.
    #[inline]
    pub fn org_acronym(self) -> bool {
        self.ask(Q::OrgAcronym)
    }

    /// [`lexicon::place`].
    #[inline]
    pub fn place(self) -> Option<PlaceClass> {
        let Some(cell) = self.cell else { return lexicon::place(self.word) };
        let mut bits = cell.get();
        if bits & PLACE_ASKED == 0 {
            bits = self.place_afresh(cell);
        }
        let code = ((bits >> PLACE_SHIFT) & 7) as usize;
        code.checked_sub(1).map(|k| PLACE_CLASSES[k])
    }

    /// [`place`](Self::place) not yet in the token's cell: the cell's bits with it.
    #[inline(never)]
    fn place_afresh(self, cell: &Cell<u32>) -> u32 {
        let bits = cell.get() | shared_answers(self.word, PLACE_ASKED, || list_bits(lexicon::name_word_letters(self.word)));
        cell.set(bits);
        bits
    }
}

/// Slots of the [`shared_answers`] table (a power of two): 512 KiB a thread, room for the
/// capitalised words that recur across the stories of a stream.
const SHARED_SLOTS: usize = 1 << 14;

/// One slot of the [`shared_answers`] table: a word of up to 24 bytes, zero-padded into three
/// words (compared in three steps, no call to `memcmp`), and the answer bits known for it.
#[derive(Clone, Copy, Default)]
struct SharedSlot {
    key: [u64; 3],
    /// The word's length in bytes; 0 for a free slot (no word is empty).
    len: u32,
    bits: u32,
}

thread_local! {
    /// The answer bits worked out so far for each word, across documents: the same
    /// capitalised words ("The", "Reuters", "Clinton", "U.S.") come back in story after story,
    /// and a probe here is cheaper than the list lookups and shape tests it stands for.
    /// Direct-mapped (a word that collides takes the slot over), so its size is fixed; per
    /// thread, so the workers of a batch share nothing.
    static SHARED: std::cell::RefCell<Vec<SharedSlot>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A word of 1 to 24 bytes as [`SharedSlot`] key words, and its slot; none for other words.
fn shared_key(word: &str) -> Option<([u64; 3], usize)> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 24 {
        return None;
    }
    // Whole eight-byte words, then the last one to seven bytes zero-padded (byte by byte: a
    // copy into a padded buffer was a call to memcpy at every probe).
    let mut key = [0u64; 3];
    let mut words = bytes.chunks_exact(8);
    for (slot, w) in key.iter_mut().zip(&mut words) {
        // Byte by byte: a conversion of the slice was a call to memcpy.
        *slot = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        key[bytes.len() / 8] = lexicon::tail_word(rest);
    }
    let mixed = (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    Some((key, (mixed >> (64 - SHARED_SLOTS.trailing_zeros())) as usize))
}

/// The answer bits known for `word` (from any earlier token or document), with `need` among
/// them: from the shared table when its slot holds the word with `need` answered, else
/// `work_out()` added to what the slot has (and kept there for the next token of the word).
fn shared_answers(word: &str, need: u32, work_out: impl FnOnce() -> u32) -> u32 {
    let Some((key, slot)) = shared_key(word) else { return work_out() };
    let len = word.len() as u32;
    let known = SHARED.with(|shared| shared.borrow().get(slot).filter(|s| s.len == len && s.key == key).map_or(0, |s| s.bits));
    if known & need != 0 {
        return known;
    }
    // Worked out with the table let go: the list lookups may ask questions of their own.
    let bits = known | work_out();
    SHARED.with(|shared| {
        let mut shared = shared.borrow_mut();
        if shared.is_empty() {
            shared.resize(SHARED_SLOTS, SharedSlot::default());
        }
        shared[slot] = SharedSlot { key, len, bits };
    });
    bits
}

/// The questions one lookup of the merged name-word table answers ([`lexicon::name_words`]).
const LIST_QUESTIONS: [Q; 9] = [Q::Given, Q::GivenAmbiguous, Q::Surname, Q::SurnameUnambiguous, Q::Demonym, Q::OrgSuffix, Q::CapitalisedStopword, Q::KnownOrg, Q::OrgAcronym];

/// Place classes by their code in a cell (less one).
const PLACE_CLASSES: [PlaceClass; 4] = [PlaceClass::Country, PlaceClass::Region, PlaceClass::City, PlaceClass::Area];

/// The cell bits of every [`LIST_QUESTIONS`] answer and the place class, all asked, for a
/// word the merged name-word table holds `letters` for: each letter's yes bits, from a
/// table worked out at compile time, on the asked bits.
fn list_bits(letters: &str) -> u32 {
    letters.bytes().fold(LIST_ASKED, |bits, letter| bits | LETTER_BITS.get(usize::from(letter)).copied().unwrap_or(0))
}

/// The asked bits of every [`LIST_QUESTIONS`] question and of the place class.
const LIST_ASKED: u32 = {
    let mut bits = PLACE_ASKED;
    let mut k = 0;
    while k < LIST_QUESTIONS.len() {
        bits |= 1 << (2 * LIST_QUESTIONS[k] as u32);
        k += 1;
    }
    bits
};

/// The yes bits (and place class code) that each letter of the merged name-word table sets
/// ([`lexicon::NameWords::with_letter`]). A name has one place class, so the codes of two
/// classes are never combined.
const LETTER_BITS: [u32; 128] = {
    let mut table = [0u32; 128];
    let mut letter = 0;
    while letter < 128 {
        let none = lexicon::NameWords { given: false, given_ambiguous: false, surname: false, surname_unambiguous: false, demonym: false, org_suffix: false, place: None, capitalised_stopword: false, known_org: false, org_acronym: false };
        table[letter] = yes_bits(none.with_letter(letter as u8));
        letter += 1;
    }
    table
};

/// The yes bits of the answers `w`, and its place class code.
const fn yes_bits(w: lexicon::NameWords) -> u32 {
    let answers = [
        (Q::Given, w.given),
        (Q::GivenAmbiguous, w.given_ambiguous),
        (Q::Surname, w.surname),
        (Q::SurnameUnambiguous, w.surname_unambiguous),
        (Q::Demonym, w.demonym),
        (Q::OrgSuffix, w.org_suffix),
        (Q::CapitalisedStopword, w.capitalised_stopword),
        (Q::KnownOrg, w.known_org),
        (Q::OrgAcronym, w.org_acronym),
    ];
    let mut bits = 0;
    let mut k = 0;
    while k < answers.len() {
        if answers[k].1 {
            bits |= 2 << (2 * answers[k].0 as u32);
        }
        k += 1;
    }
    let code: u32 = match w.place {
        None => 0,
        Some(PlaceClass::Country) => 1,
        Some(PlaceClass::Region) => 2,
        Some(PlaceClass::City) => 3,
        Some(PlaceClass::Area) => 4,
    };
    bits | code << PLACE_SHIFT
}

/// The answer to `q` for `word`, straight from the lists.
fn answer(q: Q, w: &str) -> bool {
    match q {
        Q::Given => lexicon::is_given_name(w),
        Q::GivenAmbiguous => lexicon::is_ambiguous_given_name(w),
        Q::Surname => lexicon::is_surname(w),
        Q::SurnameUnambiguous => lexicon::is_unambiguous_surname(w),
        Q::Demonym => lexicon::is_demonym(w),
        Q::CommonAnyCase => lexicon::is_common_word_any_case(w),
        Q::OrgSuffix => lexicon::org_suffix_class(w).is_some(),
        Q::NameShaped => name_shaped(w),
        Q::RomanisedGiven => romanised_given(w),
        Q::CapitalisedStopword => lexicon::is_capitalised_stopword(w),
        Q::KnownOrg => lexicon::known_org(w).is_some(),
        Q::OrgAcronym => lexicon::org_by_acronym(w).is_some(),
    }
}

/// The text side of a name token: capitalised, not a full weekday name ("Monday" belongs to
/// dates; short forms such as "Thu" and "Sun" are often names), and not a hyphenated ordinary
/// word ("Cross-border"), though romanised given names ("Wing-kei", "In-mo") are.
pub fn name_shaped(w: &str) -> bool {
    if !plain_name_shaped(w) {
        return false;
    }
    // No hyphen: the many plain words are let go without a search for the two kinds.
    if !has_hyphen(w) {
        return true;
    }
    match w.rsplit_once(['-', '‑']) {
        Some((_, tail)) if tail.chars().next().is_some_and(char::is_uppercase) => true,
        Some(_) => w.split(['-', '‑']).all(|p| (1..=6).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
            && !lexicon::is_common_word_any_case(w)
            && w.split(['-', '‑']).skip(1).all(|p| !lexicon::is_common_word(p) || p.len() <= 3),
        None => true,
    }
}

/// [`name_shaped`] but for the hyphen test: capitalised, and not a full weekday name.
#[inline]
fn plain_name_shaped(w: &str) -> bool {
    // An ASCII first letter (nearly every word's) is told by its byte, no character decoded.
    let capitalised = match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    };
    capitalised && !(w.len() > 5 && may_name_weekday(w) && crate::extract::date::weekday_number(w).is_some())
}

/// The word holds a hyphen, or the first byte of a non-breaking one (U+2011) or of another
/// character from the same block (which [`name_shaped`] then searches for the two).
#[inline]
fn has_hyphen(w: &str) -> bool {
    w.bytes().any(|b| b == b'-' || b == 0xE2)
}

/// Can a capitalised word name a weekday? Every English weekday name, full or short, starts
/// with Mo, Tu, We, Th, Fr, Sa or Su: a cheap test before `date::weekday_number`, which
/// lower-cases the word and looks it up.
fn may_name_weekday(w: &str) -> bool {
    match w.as_bytes() {
        [first, second, ..] => matches!((first, second.to_ascii_lowercase()), (b'M', b'o') | (b'T', b'u' | b'h') | (b'W', b'e') | (b'F', b'r') | (b'S', b'a' | b'u')),
        _ => false,
    }
}

/// Pinyin syllables, the word whole or each of its hyphenated parts: "Xianliang", "Wing-kei".
pub fn romanised_given(w: &str) -> bool {
    // The whole word is asked again only when it has parts: else it was the one part.
    w.split('-').all(lexicon::is_pinyin_name) || w.contains('-') && lexicon::is_pinyin_name(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The weekday names, full and short, in the cases a capitalised word takes, all pass the
    /// first test, and the full names are no name words.
    #[test]
    fn weekdays_pass_the_first_test() {
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"];
        for day in days {
            let title = crate::extract::organisation::title_case(day);
            for w in [day.to_uppercase(), format!("{title}."), title] {
                if crate::extract::date::weekday_number(&w).is_some() {
                    assert!(may_name_weekday(&w), "{w}");
                }
            }
        }
        for w in ["Monday", "SUNDAY", "Wednesday."] {
            assert!(!name_shaped(w), "{w}");
        }
    }

    /// Cached answers, asked twice (from the lists, then from the cell) and for another token
    /// of the word (from the shared table), are the lists'.
    #[test]
    fn facts_agree_with_the_lists() {
        for w in ["Xianliang", "Wing-kei", "Cross-border", "Monday", "Thu", "Hong-Kong", "John", "Smith", "Chinese", "Group", "China", "Texas", "Paris", "West Bank", "Reading", "The", "zzz", "Bank", "Lee", "May", "Hong Kong", "Amazon", "However", "ITU", "Reuters", "World Bank"] {
            // A second token of the word takes its answers from the shared table.
            let (cell, other) = (Cell::new(0), Cell::new(0));
            for f in [WordFacts::cached(w, &cell), WordFacts::cached(w, &cell), WordFacts::cached(w, &other), WordFacts::uncached(w)] {
                assert_eq!(f.given(), lexicon::is_given_name(w), "{w}");
                assert_eq!(f.given_ambiguous(), lexicon::is_ambiguous_given_name(w), "{w}");
                assert_eq!(f.surname(), lexicon::is_surname(w), "{w}");
                assert_eq!(f.surname_unambiguous(), lexicon::is_unambiguous_surname(w), "{w}");
                assert_eq!(f.demonym(), lexicon::is_demonym(w), "{w}");
                assert_eq!(f.common_any_case(), lexicon::is_common_word_any_case(w), "{w}");
                assert_eq!(f.org_suffix(), lexicon::org_suffix_class(w).is_some(), "{w}");
                assert_eq!(f.place(), lexicon::place(w), "{w}");
                assert_eq!(f.name_shaped(), name_shaped(w), "{w}");
                assert_eq!(f.romanised_given(), romanised_given(w), "{w}");
                assert_eq!(f.capitalised_stopword(), lexicon::is_capitalised_stopword(w), "{w}");
                assert_eq!(f.known_org_listed(), lexicon::known_org(w).is_some(), "{w}");
                assert_eq!(f.org_acronym(), lexicon::org_by_acronym(w).is_some(), "{w}");
            }
        }
    }
}

#[cfg(test)]
mod shared_tests {
    use super::*;

    /// Words that share a slot or differ only past the eighth byte keep their own answers.
    #[test]
    fn shared_keys_tell_words_apart() {
        let words = ["Johnson", "Johnsons", "Internationalisation", "Internationalisations", "A", "B", "Ab"];
        for w in words {
            let (key, slot) = shared_key(w).expect("short word");
            assert!(slot < SHARED_SLOTS);
            for other in words.iter().filter(|&&o| o != w) {
                assert_ne!(shared_key(other).map(|(k, _)| (k, other.len())), Some((key, w.len())), "{w} {other}");
            }
        }
        assert!(shared_key("").is_none());
        assert!(shared_key("Abcdefghijklmnopqrstuvwxy").is_none());
    }
}
