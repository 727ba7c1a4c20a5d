//! Word lists embedded at build time (`src/data/`, see its README for sources and licences).
//!
//! Each list's lookup table is laid out at compile time by `src/build.rs` (open addressing over
//! the embedded text, `src/lexicon_table.rs`), so a run pays nothing to load a list and every
//! value is a `&'static str` slice of the embedded text. Lists that need more than a lookup
//! are still parsed on first use.

#[path = "lexicon_table.rs"]
mod table;

use std::collections::{HashMap, HashSet};

use table::Table;
pub(crate) use table::{ascii_lower_word, tail_word};

/// Non-comment, non-empty lines of an embedded list.
#[allow(dead_code)]
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first tab-separated column of each line, as a set.
#[allow(dead_code)]
fn set(data: &'static str) -> HashSet<&'static str> {
    lines(data).map(|l| l.split('\t').next().unwrap_or(l)).collect()
}

/// First column -> second column.
#[allow(dead_code)]
fn map(data: &'static str) -> HashMap<&'static str, &'static str> {
    lines(data)
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().unwrap_or(l), cols.next().unwrap_or(""))
        })
        .collect()
}

/// A list's compile-time table: first column -> the rest of the line.
macro_rules! list {
    ($name:ident, $file:literal) => {
        static $name: Table = Table {
            text: include_str!(concat!(env!("OUT_DIR"), "/", $file)),
            slots: include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".tbl")),
            bloom: include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".bloom")),
            value_before_key: false,
        };
    };
}

list!(ABBREVIATIONS, "abbreviations.txt");
// The four gazetteer lists (countries, areas, regions, cities) merged by `src/build.rs`: each
// name with the class letter of the first list that has it.
list!(PLACES, "places.txt");
// The person, demonym and organisation-suffix word lists and the gazetteer merged by
// `src/build.rs`: each word with the letters of the lists that hold it ([`name_words`]).
list!(NAME_WORDS, "name_words.txt");
list!(DEMONYMS, "demonyms.txt");
list!(GIVEN, "person_given.txt");
list!(GIVEN_AMBIGUOUS, "person_given_ambiguous.txt");
list!(SURNAMES, "person_surnames.txt");
list!(SURNAMES_AMBIGUOUS, "person_surnames_ambiguous.txt");
list!(PINYIN, "pinyin_syllables.txt");
list!(TITLES, "person_titles.txt");
list!(ORG_SUFFIXES, "org_suffixes.txt");
list!(COMMON_WORDS, "common_words.txt");
list!(CAP_STOPWORDS, "stopwords_capitalised.txt");
list!(NON_ORG_ACRONYMS, "acronyms_not_org.txt");
list!(LEGAL_FORMS, "org_legal_forms.txt");
list!(STORM_HEADS, "storm_heads.txt");
list!(SITE_WORDS, "place_site_words.txt");
list!(RATE_NOUNS, "figure_rate_nouns.txt");
list!(ROLE_HEADS, "role_heads.txt");
list!(ROLE_MODIFIERS, "role_modifiers.txt");
list!(KNOWN_ORGS, "org_known.txt");

/// Known organisations by acronym (second column) -> name; the first line of an acronym wins.
static KNOWN_ORGS_BY_ACRONYM: Table = Table {
    text: include_str!(concat!(env!("OUT_DIR"), "/org_known.txt")),
    slots: include_bytes!(concat!(env!("OUT_DIR"), "/org_known.txt.col2.tbl")),
    bloom: include_bytes!(concat!(env!("OUT_DIR"), "/org_known.txt.col2.bloom")),
    value_before_key: true,
};

/// `f` of `word` in lower case, as `str::to_lowercase` gives it, without a heap copy for the
/// short ASCII words nearly every call gets (the word tests run at most tokens).
#[inline]
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        return with_ascii_lowercase(word, f);
    }
    f(&word.to_lowercase())
}

/// `f` of `word` with its ASCII letters in lower case (`to_ascii_lowercase`): the word itself
/// when it has no ASCII capital (most words the date and figure rules ask about: "said",
/// "in", "years"), else a copy written into a buffer kept per thread (no allocation, and no
/// UTF-8 check of a byte buffer).
pub fn with_ascii_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // A word with no capital to lower is its own lower case: no copy, no buffer.
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            f(&buf)
        }
        // Asked again from inside `f`: a copy of its own.
        Err(_) => f(&word.to_ascii_lowercase()),
    })
}

/// [`is_common_word`] of `word` in lower case. An ASCII word is lower-cased as it is hashed
/// and compared, not copied: the name rules ask it of many capitalised words.
pub fn is_common_word_any_case(word: &str) -> bool {
    if word.is_ascii() {
        return COMMON_WORDS.get_ascii_lower(word).is_some();
    }
    with_lower(word, is_common_word)
}

pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(word)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceClass {
    Country,
    Region,
    City,
    Area,
}

/// Look a place name up; the most prominent class wins (a country before a city of that name).
pub fn place(name: &str) -> Option<PlaceClass> {
    // The merged table holds each name once, with the class of the first list that has it.
    PLACES.get(name).and_then(|class| match class {
        "C" => Some(PlaceClass::Country),
        "A" => Some(PlaceClass::Area),
        "R" => Some(PlaceClass::Region),
        "Y" => Some(PlaceClass::City),
        _ => None,
    })
}

/// What the single-word lists say of a word as written ([`name_words`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameWords {
    /// [`is_given_name`].
    pub given: bool,
    /// [`is_ambiguous_given_name`].
    pub given_ambiguous: bool,
    /// [`is_surname`].
    pub surname: bool,
    /// [`is_unambiguous_surname`].
    pub surname_unambiguous: bool,
    /// [`is_demonym`].
    pub demonym: bool,
    /// [`org_suffix_class`] is some.
    pub org_suffix: bool,
    /// [`place`].
    pub place: Option<PlaceClass>,
    /// [`is_capitalised_stopword`].
    pub capitalised_stopword: bool,
    /// [`known_org`] is some.
    pub known_org: bool,
    /// [`org_by_acronym`] is some.
    pub org_acronym: bool,
}

/// Every answer of [`NameWords`] for `word`, in one lookup of the merged table (the name rules
/// ask several of them of each capitalised token).
pub fn name_words(word: &str) -> NameWords {
    name_word_letters(word).bytes().fold(NameWords::default(), NameWords::with_letter)
}

/// The letters the merged name-word table holds for `word`, one for each list that has it
/// ([`NameWords::with_letter`] reads them): "" for a word in none.
pub fn name_word_letters(word: &str) -> &'static str {
    NAME_WORDS.get(word).unwrap_or("")
}

impl NameWords {
    /// These answers with those of `letter` of the merged name-word table added.
    pub const fn with_letter(self, letter: u8) -> NameWords {
        let mut answers = self;
        match letter {
            b'g' => answers.given = true,
            b'a' => answers.given_ambiguous = true,
            b's' => {
                answers.surname = true;
                answers.surname_unambiguous = true;
            }
            b'b' => answers.surname = true,
            b'd' => answers.demonym = true,
            b'o' => answers.org_suffix = true,
            b'C' => answers.place = Some(PlaceClass::Country),
            b'A' => answers.place = Some(PlaceClass::Area),
            b'R' => answers.place = Some(PlaceClass::Region),
            b'Y' => answers.place = Some(PlaceClass::City),
            b'x' => answers.capitalised_stopword = true,
            b'k' => answers.known_org = true,
            b'r' => answers.org_acronym = true,
            _ => {}
        }
        answers
    }
}

pub fn is_demonym(word: &str) -> bool {
    DEMONYMS.contains(word)
}

pub fn is_given_name(word: &str) -> bool {
    GIVEN.contains(word)
}

pub fn is_ambiguous_given_name(word: &str) -> bool {
    GIVEN_AMBIGUOUS.contains(word)
}

pub fn is_surname(word: &str) -> bool {
    let h = table::hash(word.as_bytes());
    SURNAMES.get_hashed(word, h).is_some() || SURNAMES_AMBIGUOUS.get_hashed(word, h).is_some()
}

pub fn is_unambiguous_surname(word: &str) -> bool {
    SURNAMES.contains(word)
}

/// "Xianliang" = xian + liang: a capitalised word made of one to three pinyin syllables.
pub fn is_pinyin_name(word: &str) -> bool {
    // An ASCII word is lower-cased a byte at a time as the syllable trie is walked.
    if word.is_ascii() {
        return word.len() >= 2 && splits_into_syllables(word.as_bytes());
    }
    with_lower(word, |lower| lower.is_ascii() && lower.len() >= 2 && splits_into_syllables(lower.as_bytes()))
}

/// Longest pinyin syllable, and most syllables a romanised name has.
const MAX_SYLLABLE: usize = 6;
const MAX_SYLLABLES: u8 = 3;

/// Can ASCII `s` (in any case) be cut into at most [`MAX_SYLLABLES`] pinyin syllables? Worked
/// forward over the cut positions, each reached with the fewest syllables, so every piece is
/// walked once (trying the cuts recursively walked the same tails again and again).
fn splits_into_syllables(s: &[u8]) -> bool {
    const LONGEST: usize = MAX_SYLLABLE * MAX_SYLLABLES as usize;
    if s.len() > LONGEST {
        return false;
    }
    // fewest[p]: fewest syllables that spell s[..p] (u8::MAX: none do).
    let mut fewest = [u8::MAX; LONGEST + 1];
    fewest[0] = 0;
    let trie = &*PINYIN_TRIE;
    for p in 0..s.len() {
        if fewest[p] >= MAX_SYLLABLES {
            continue;
        }
        // The piece s[p..q], walked down the trie a byte at a time.
        let mut node = SyllableTrie::ROOT;
        for q in p + 1..=(p + MAX_SYLLABLE).min(s.len()) {
            // No syllable starts so: nor does any longer piece.
            let Some(next) = trie.child(node, s[q - 1].to_ascii_lowercase()) else { break };
            node = next;
            if fewest[q] > fewest[p] + 1 && trie.ends_syllable(node) {
                fewest[q] = fewest[p] + 1;
            }
        }
    }
    fewest[s.len()] <= MAX_SYLLABLES
}

/// The pinyin syllables (those of at most [`MAX_SYLLABLE`] ASCII letters, the only ones the
/// split asks about) as a trie over the letters a to z: the split walks dozens of pieces of
/// each word it is asked, a step an array look where each piece was a hash lookup.
struct SyllableTrie {
    /// Each node's child for each letter (0: none; the root is no node's child).
    children: Vec<[u16; 26]>,
    /// Whether the letters down to each node spell a syllable.
    ends: Vec<bool>,
}

impl SyllableTrie {
    const ROOT: usize = 0;

    fn child(&self, node: usize, lower: u8) -> Option<usize> {
        let letter = lower.wrapping_sub(b'a');
        let next = *self.children[node].get(usize::from(letter))?;
        (next != 0).then_some(usize::from(next))
    }

    fn ends_syllable(&self, node: usize) -> bool {
        self.ends[node]
    }

    fn insert(&mut self, syllable: &str) {
        let mut node = Self::ROOT;
        for b in syllable.bytes() {
            let letter = usize::from(b - b'a');
            if self.children[node][letter] == 0 {
                self.children.push([0; 26]);
                self.ends.push(false);
                self.children[node][letter] = u16::try_from(self.children.len() - 1).expect("a small trie");
            }
            node = usize::from(self.children[node][letter]);
        }
        self.ends[node] = true;
    }
}

static PINYIN_TRIE: std::sync::LazyLock<SyllableTrie> = std::sync::LazyLock::new(|| {
    let mut trie = SyllableTrie { children: vec![[0; 26]], ends: vec![false] };
    for line in lines(PINYIN.text) {
        let syllable = line.split('\t').next().unwrap_or(line);
        // The split reads ASCII words, in pieces of at most MAX_SYLLABLE bytes: other
        // syllables ("lü") are never asked.
        if syllable.len() > MAX_SYLLABLE || !syllable.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        trie.insert(syllable);
    }
    trie
});

/// Filter of the gazetteer's and the well-known organisations' names in ASCII lower case
/// (laid out at compile time, `lexicon_table::build_phrase_filter`).
static PHRASES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/phrases.filter"));

/// Can `name`, in some case, be a place or a well-known organisation ("BANK OF CHINA", "Bank
/// Of China")? When not, [`place`] and [`known_org`] answer None for every ASCII case form of
/// it: they all share one lower case, which the filter holds for every listed name. Always
/// yes for a name not in ASCII (its case forms may not share a lower case).
pub fn may_be_place_or_known_org(name: &str) -> bool {
    if !name.is_ascii() {
        return true;
    }
    // Lower-cased as it is hashed: no copy.
    let bit = table::phrase_bit_of_hash(table::hash_ascii_lower(name.as_bytes()));
    PHRASES[bit / 8] & (1 << (bit % 8)) != 0
}

/// Filters of the first and last words of the title phrases, in lower case (laid out at
/// compile time, `lexicon_table::build_edges`).
static TITLE_EDGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/person_titles.txt.edges"));

fn title_edge(at: usize, lower: &str) -> bool {
    let bit = at + table::edge_bit(lower.as_bytes());
    TITLE_EDGES[bit / 8] & (1 << (bit % 8)) != 0
}

/// Can a title phrase start with this ASCII word (in lower case)? When not, no phrase
/// starting with it is a title, whatever its case.
pub fn title_may_start_with(lower_ascii_word: &str) -> bool {
    title_edge(0, lower_ascii_word)
}

/// Can a title phrase end with this ASCII word (in lower case)?
pub fn title_may_end_with(lower_ascii_word: &str) -> bool {
    title_edge(table::EDGE_BITS, lower_ascii_word)
}

/// Title or role class: honorific, political, military, role.
pub fn title_class(phrase: &str) -> Option<&'static str> {
    TITLES.column(phrase)
}

/// [`title_class`] of `phrase` in lower case (`str::to_lowercase`): an ASCII phrase is
/// lower-cased as it is hashed and compared, not copied.
pub fn title_class_lower(phrase: &str) -> Option<&'static str> {
    if phrase.is_ascii() {
        return TITLES.get_ascii_lower(phrase).map(|v| v.split('\t').next().unwrap_or(""));
    }
    with_lower(phrase, title_class)
}

/// Organisation suffix class: company or institution.
pub fn org_suffix_class(word: &str) -> Option<&'static str> {
    ORG_SUFFIXES.column(word)
}

/// A well-known organisation: (acronym or "", class).
pub fn known_org(name: &str) -> Option<(&'static str, &'static str)> {
    KNOWN_ORGS.get(name).map(|rest| {
        let mut cols = rest.split('\t');
        (cols.next().unwrap_or(""), cols.next().unwrap_or("other"))
    })
}

/// The long name of a well-known acronym ("ITU" -> "International Telecommunication Union").
pub fn org_by_acronym(acr: &str) -> Option<&'static str> {
    KNOWN_ORGS_BY_ACRONYM.get(acr)
}

/// An everyday lower-case English word ("march", "may", "police").
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORDS.contains(lower)
}

/// Capitalised words that are never names on their own ("The", "However", "Photo").
pub fn is_capitalised_stopword(word: &str) -> bool {
    CAP_STOPWORDS.contains(word)
}

/// A company's legal form as it closes its name ("Ltd", "Inc.", "GmbH"), which its acronym
/// usually leaves out.
pub fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(word)
}

/// What a price is given per ([`RATE_NOUNS`]): "barrel" of "$78 a barrel", "share" of "per
/// shares"; the form as reported.
pub fn rate_noun(word: &str) -> Option<&'static str> {
    RATE_NOUNS.get(word)
}

/// A job word that heads a role ("minister", "spokeswoman", "striker"), in lower case.
pub fn is_role_head(word: &str) -> bool {
    ROLE_HEADS.contains(word)
}

/// A word inside a title that heads none ("vice", "senior", "prime"), in lower case.
pub fn is_role_modifier(word: &str) -> bool {
    ROLE_MODIFIERS.contains(word)
}

/// A word that opens a storm's name ("Hurricane", "Typhoon", "Storm").
pub fn is_storm_head(word: &str) -> bool {
    STORM_HEADS.contains(word)
}

/// A word that makes the name after "in", "near" or "outside" a place ("plant", "based").
pub fn is_site_word(word: &str) -> bool {
    SITE_WORDS.contains(word)
}

/// Upper-case abbreviations that are not organisations ("GDP", "CEO", "GMT").
pub fn is_non_org_acronym(word: &str) -> bool {
    NON_ORG_ACRONYMS.contains(word)
}

#[cfg(test)]
mod table_tests {
    use super::*;

    /// Every title's first and last words pass the title edge filters.
    #[test]
    fn title_edges_keep_every_title() {
        for line in lines(include_str!("data/person_titles.txt")) {
            let key = line.split('\t').next().unwrap_or(line).to_lowercase();
            assert!(title_may_start_with(key.split(' ').next().unwrap_or("")), "{key:?}");
            assert!(title_may_end_with(key.rsplit(' ').next().unwrap_or("")), "{key:?}");
        }
    }

    /// The forward pinyin split answers as cutting recursively (the first way it was written).
    #[test]
    fn pinyin_split_agrees_with_recursive_cutting() {
        fn split(s: &str, parts: usize) -> bool {
            if s.is_empty() {
                return true;
            }
            if parts == 0 {
                return false;
            }
            (1..=s.len().min(6)).rev().any(|n| PINYIN.contains(&s[..n]) && split(&s[n..], parts - 1))
        }
        let words = ["Xianliang", "Zhang", "Wei", "Anderson", "Smith", "Xiaoxiaoxiao", "Xiaoxiaoxiaoxiao", "Ang", "A", "Wing", "kei", "Shanghai", "Zhongguancun", "Huangzhuang", "Liang", "Chuangchuangchuang", "Chuangchuangchuangx", "Ö", "Mao", "Eeeee"];
        for w in words {
            let lower = w.to_lowercase();
            let want = lower.is_ascii() && lower.len() >= 2 && split(&lower, 3);
            assert_eq!(is_pinyin_name(w), want, "{w}");
        }
    }

    /// The merged name-word table answers as the lists one by one do.
    #[test]
    fn name_words_agree_with_the_lists() {
        let texts = [
            include_str!("data/person_given.txt"),
            include_str!("data/person_given_ambiguous.txt"),
            include_str!("data/person_surnames.txt"),
            include_str!("data/person_surnames_ambiguous.txt"),
            include_str!("data/demonyms.txt"),
            include_str!("data/org_suffixes.txt"),
            include_str!("data/places_countries.txt"),
            include_str!("data/places_areas.txt"),
            include_str!("data/places_regions.txt"),
            include_str!("data/places_cities.txt"),
            include_str!("data/stopwords_capitalised.txt"),
            include_str!("data/org_known.txt"),
        ];
        let acronyms: Vec<&str> = lines(include_str!("data/org_known.txt")).filter_map(|l| l.split('\t').nth(1)).collect();
        let probes = ["", "zzzz-not-a-word", "the", "The", "John", "Smith", "Lee", "Chinese", "Group", "Paris", "g", "s\tg", "ITU", "Reuters", "However"];
        for word in texts.iter().flat_map(|t| map(t).into_keys()).chain(acronyms).chain(probes) {
            let want = NameWords {
                given: is_given_name(word),
                given_ambiguous: is_ambiguous_given_name(word),
                surname: is_surname(word),
                surname_unambiguous: is_unambiguous_surname(word),
                demonym: is_demonym(word),
                org_suffix: org_suffix_class(word).is_some(),
                place: place(word),
                capitalised_stopword: is_capitalised_stopword(word),
                known_org: known_org(word).is_some(),
                org_acronym: org_by_acronym(word).is_some(),
            };
            assert_eq!(name_words(word), want, "{word:?}");
        }
    }

    /// Every place and well-known organisation passes the phrase filter in ASCII lower case.
    #[test]
    fn phrase_filter_keeps_every_place_and_organisation() {
        let texts = [
            include_str!("data/places_countries.txt"),
            include_str!("data/places_areas.txt"),
            include_str!("data/places_regions.txt"),
            include_str!("data/places_cities.txt"),
            include_str!("data/org_known.txt"),
        ];
        for name in texts.iter().flat_map(|t| map(t).into_keys()) {
            assert!(may_be_place_or_known_org(name), "{name:?}");
            assert!(may_be_place_or_known_org(&name.to_ascii_uppercase()), "{name:?}");
        }
    }

    /// The merged gazetteer answers as asking the four lists in turn would.
    #[test]
    fn places_agree_with_the_lists() {
        let lists = [
            (map(include_str!("data/places_countries.txt")), PlaceClass::Country),
            (map(include_str!("data/places_areas.txt")), PlaceClass::Area),
            (map(include_str!("data/places_regions.txt")), PlaceClass::Region),
            (map(include_str!("data/places_cities.txt")), PlaceClass::City),
        ];
        let want = |name: &str| lists.iter().find(|(list, _)| list.contains_key(name)).map(|&(_, class)| class);
        for (list, _) in &lists {
            for name in list.keys() {
                assert_eq!(place(name), want(name), "{name:?}");
            }
        }
        for probe in ["", "zzzz-not-a-place", "the", "The", "china", "C", "Y", "Paris\tC"] {
            assert_eq!(place(probe), want(probe), "{probe:?}");
        }
    }

    /// Every compile-time table answers exactly as a HashMap collected from its lines would.
    #[test]
    fn tables_agree_with_the_lists() {
        let all: [(&Table, &'static str); 13] = [
            (&ABBREVIATIONS, include_str!("data/abbreviations.txt")),
            (&DEMONYMS, include_str!("data/demonyms.txt")),
            (&GIVEN, include_str!("data/person_given.txt")),
            (&GIVEN_AMBIGUOUS, include_str!("data/person_given_ambiguous.txt")),
            (&SURNAMES, include_str!("data/person_surnames.txt")),
            (&SURNAMES_AMBIGUOUS, include_str!("data/person_surnames_ambiguous.txt")),
            (&PINYIN, include_str!("data/pinyin_syllables.txt")),
            (&TITLES, include_str!("data/person_titles.txt")),
            (&ORG_SUFFIXES, include_str!("data/org_suffixes.txt")),
            (&COMMON_WORDS, include_str!("data/common_words.txt")),
            (&CAP_STOPWORDS, include_str!("data/stopwords_capitalised.txt")),
            (&NON_ORG_ACRONYMS, include_str!("data/acronyms_not_org.txt")),
            (&KNOWN_ORGS, include_str!("data/org_known.txt")),
        ];
        for (table, text) in all {
            let want = map(text);
            for (k, v) in &want {
                assert_eq!(table.column(k), Some(*v), "{k:?}");
            }
            for probe in ["", "zzzz-not-a-word", "the", "The", "Beijing", "china"] {
                assert_eq!(table.column(probe), want.get(probe).copied(), "{probe:?}");
            }
        }
        let mut first_acr: HashMap<&str, &str> = HashMap::new();
        for l in lines(include_str!("data/org_known.txt")) {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap_or(l);
            let acr = cols.next().unwrap_or("");
            if !acr.is_empty() {
                first_acr.entry(acr).or_insert(name);
            }
        }
        for (acr, name) in first_acr {
            assert_eq!(org_by_acronym(acr), Some(name));
        }
    }
}

#[cfg(test)]
mod lower_tests {
    use super::*;

    /// A key's last bytes read as overlapping halves make the zero-padded little-endian word.
    #[test]
    fn tail_words_are_padded_words() {
        for n in 1..8 {
            let bytes: Vec<u8> = (0..n as u8).map(|k| 0x41 + 3 * k).collect();
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes);
            assert_eq!(tail_word(&bytes), u64::from_le_bytes(padded), "{n}");
        }
    }

    /// Lookups folded as they hash answer as lookups of the lower-case copy.
    #[test]
    fn folded_lookups_match_lower_case_copies() {
        let words = ["", "The", "POLICE", "police", "Police", "March", "MaY", "zzzz", "Reading", "President", "SECRETARY GENERAL", "Secretary-General", "prime minister", "Prime Minister", "Zürich", "ÉTÉ", "a\u{7f}B[@`{"];
        for w in words {
            assert_eq!(is_common_word_any_case(w), is_common_word(&w.to_lowercase()), "{w}");
            assert_eq!(title_class_lower(w), title_class(&w.to_lowercase()), "{w}");
        }
        for line in lines(include_str!("data/person_titles.txt")) {
            let key = line.split('\t').next().unwrap_or(line);
            for w in [key.to_uppercase(), key.to_owned()] {
                assert_eq!(title_class_lower(&w), title_class(&w.to_lowercase()), "{w}");
            }
        }
        for line in lines(include_str!("data/common_words.txt")).take(3000) {
            let key = line.split('\t').next().unwrap_or(line);
            let upper = key.to_uppercase();
            assert_eq!(is_common_word_any_case(&upper), is_common_word(&upper.to_lowercase()), "{upper}");
        }
        // Every byte, alone and among others, folds as `to_ascii_lowercase` does.
        for b in 0..=255u8 {
            let word = u64::from_le_bytes([b, b'A', b'z', b, 0x80 | b, b'Z', b'@', b'[']);
            let want = u64::from_le_bytes([b, b'A', b'z', b, 0x80 | b, b'Z', b'@', b'['].map(|x| x.to_ascii_lowercase()));
            assert_eq!(table::ascii_lower_word(word), want, "{b}");
        }
    }

    /// Words with and without capitals, ASCII or not, come out as `to_ascii_lowercase` (and
    /// `with_lower` as `to_lowercase`) gives them.
    #[test]
    fn lower_case_views_match_the_copies() {
        for w in ["", "said", "Said", "MONDAY", "years", "Zürich", "zürich", "ÉTÉ", "été", "quarter-FINAL", "1990s"] {
            with_ascii_lowercase(w, |lower| assert_eq!(lower, w.to_ascii_lowercase(), "{w}"));
            with_lower(w, |lower| assert_eq!(lower, w.to_lowercase(), "{w}"));
        }
    }
}
