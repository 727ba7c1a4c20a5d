//! Word lists embedded at build time (`src/data/`, see its README for sources and licences).
//!
//! Each list is parsed on first use into a hash table of `&'static str` slices of the embedded
//! text, so a run only pays for the lists its extractors touch.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Non-comment, non-empty lines of an embedded list.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first tab-separated column of each line, as a set.
fn set(data: &'static str) -> HashSet<&'static str> {
    lines(data).map(|l| l.split('\t').next().unwrap_or(l)).collect()
}

/// First column -> second column.
fn map(data: &'static str) -> HashMap<&'static str, &'static str> {
    lines(data)
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().unwrap_or(l), cols.next().unwrap_or(""))
        })
        .collect()
}

macro_rules! list {
    ($name:ident, $kind:ty, $build:ident, $file:literal) => {
        static $name: LazyLock<$kind> = LazyLock::new(|| $build(include_str!(concat!("data/", $file))));
    };
}

list!(ABBREVIATIONS, HashSet<&'static str>, set, "abbreviations.txt");
list!(COUNTRIES, HashMap<&'static str, &'static str>, map, "places_countries.txt");
list!(CITIES, HashMap<&'static str, &'static str>, map, "places_cities.txt");
list!(REGIONS, HashMap<&'static str, &'static str>, map, "places_regions.txt");
list!(AREAS, HashSet<&'static str>, set, "places_areas.txt");
list!(DEMONYMS, HashSet<&'static str>, set, "demonyms.txt");
list!(GIVEN, HashSet<&'static str>, set, "person_given.txt");
list!(GIVEN_AMBIGUOUS, HashSet<&'static str>, set, "person_given_ambiguous.txt");
list!(SURNAMES, HashSet<&'static str>, set, "person_surnames.txt");
list!(SURNAMES_AMBIGUOUS, HashSet<&'static str>, set, "person_surnames_ambiguous.txt");
list!(PINYIN, HashSet<&'static str>, set, "pinyin_syllables.txt");
list!(TITLES, HashMap<&'static str, &'static str>, map, "person_titles.txt");
list!(ORG_SUFFIXES, HashMap<&'static str, &'static str>, map, "org_suffixes.txt");
list!(COMMON_WORDS, HashSet<&'static str>, set, "common_words.txt");
list!(CAP_STOPWORDS, HashSet<&'static str>, set, "stopwords_capitalised.txt");
list!(NON_ORG_ACRONYMS, HashSet<&'static str>, set, "acronyms_not_org.txt");

/// Known organisations: name -> (acronym, class); and acronym -> name.
struct KnownOrgs {
    by_name: HashMap<&'static str, (&'static str, &'static str)>,
    by_acronym: HashMap<&'static str, &'static str>,
}

static KNOWN_ORGS: LazyLock<KnownOrgs> = LazyLock::new(|| {
    let mut by_name = HashMap::new();
    let mut by_acronym = HashMap::new();
    for l in lines(include_str!("data/org_known.txt")) {
        let mut cols = l.split('\t');
        let name = cols.next().unwrap_or(l);
        let acr = cols.next().unwrap_or("");
        let class = cols.next().unwrap_or("other");
        by_name.insert(name, (acr, class));
        if !acr.is_empty() {
            by_acronym.entry(acr).or_insert(name);
        }
    }
    KnownOrgs { by_name, by_acronym }
});

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
    if COUNTRIES.contains_key(name) {
        Some(PlaceClass::Country)
    } else if AREAS.contains(name) {
        Some(PlaceClass::Area)
    } else if REGIONS.contains_key(name) {
        Some(PlaceClass::Region)
    } else if CITIES.contains_key(name) {
        Some(PlaceClass::City)
    } else {
        None
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
    SURNAMES.contains(word) || SURNAMES_AMBIGUOUS.contains(word)
}

pub fn is_unambiguous_surname(word: &str) -> bool {
    SURNAMES.contains(word)
}

/// "Xianliang" = xian + liang: a capitalised word made of one to three pinyin syllables.
pub fn is_pinyin_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    if !lower.is_ascii() || lower.len() < 2 {
        return false;
    }
    fn split(s: &str, parts: usize) -> bool {
        if s.is_empty() {
            return true;
        }
        if parts == 0 {
            return false;
        }
        (1..=s.len().min(6)).rev().any(|n| PINYIN.contains(&s[..n]) && split(&s[n..], parts - 1))
    }
    split(&lower, 3)
}

/// Title or role class: honorific, political, military, role.
pub fn title_class(phrase: &str) -> Option<&'static str> {
    TITLES.get(phrase).copied()
}

/// Organisation suffix class: company or institution.
pub fn org_suffix_class(word: &str) -> Option<&'static str> {
    ORG_SUFFIXES.get(word).copied()
}

/// A well-known organisation: (acronym or "", class).
pub fn known_org(name: &str) -> Option<(&'static str, &'static str)> {
    KNOWN_ORGS.by_name.get(name).copied()
}

/// The long name of a well-known acronym ("ITU" -> "International Telecommunication Union").
pub fn org_by_acronym(acr: &str) -> Option<&'static str> {
    KNOWN_ORGS.by_acronym.get(acr).copied()
}

/// An everyday lower-case English word ("march", "may", "police").
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORDS.contains(lower)
}

/// Capitalised words that are never names on their own ("The", "However", "Photo").
pub fn is_capitalised_stopword(word: &str) -> bool {
    CAP_STOPWORDS.contains(word)
}

/// Upper-case abbreviations that are not organisations ("GDP", "CEO", "GMT").
pub fn is_non_org_acronym(word: &str) -> bool {
    NON_ORG_ACRONYMS.contains(word)
}
