//! People: a title or role before a capitalised name, a known given name, an East Asian family
//! name with a romanised given name, initials, and speech verbs around a name.

use super::names::{Chunk, Strength, Verdict};
use super::Doc;
use crate::lexicon;
use crate::report::MentionType::Person;

/// Verbs of saying that follow or precede a speaker.
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "tells" | "added" | "adds" | "stated" | "wrote" | "asked" | "explained"
            | "noted" | "argued" | "insisted" | "warned" | "announced" | "declared" | "replied" | "recalled"
            | "acknowledged" | "admitted" | "commented" | "claimed" | "conceded" | "confirmed"
    )
}

fn is_initial(w: &str) -> bool {
    if lexicon::place(w).is_some() {
        return false; // "U.S.", "U.K."
    }
    let mut c = w.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
        || (w.len() >= 4 && w.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1) && w.ends_with('.'))
}

/// A Chinese-style name, family name first: "Ren Xianliang", "Zhang Wei", "Cheung Wing-kei".
pub fn family_name_first(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && lexicon::is_surname(words[0])
        && words[1..].iter().all(|w| w.split('-').all(lexicon::is_pinyin_name) || lexicon::is_pinyin_name(w))
}

fn verdict(rule: &'static str, strength: Strength) -> Option<Verdict> {
    Some(Verdict { kind: Person, rule, strength })
}

pub fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    let words: Vec<&str> = c.words().collect();
    let n = words.len();
    if n > 5 || lexicon::org_suffix_class(c.last_word()).is_some() && n > 1 {
        return None;
    }
    if words.iter().any(|w| lexicon::is_demonym(w) && n == 1) {
        return None;
    }
    // An acronym is not a person ("the official GDP figures").
    if n == 1 && c.key.chars().filter(|ch| ch.is_alphabetic()).all(char::is_uppercase) && c.key.chars().count() <= 6 {
        return None;
    }
    let place_class = c.place();
    let listed_place = matches!(place_class, Some(lexicon::PlaceClass::Country | lexicon::PlaceClass::Region | lexicon::PlaceClass::Area));
    if let Some(class) = c.title_before {
        // "defending champion Spain" is the country; "Mr Jordan" is a man.
        if listed_place && class != "honorific" {
            return None;
        }
        if class != "role" || n >= 2 || !c.sentence_initial {
            return verdict("person.title", Strength::Strong);
        }
    }
    if c.unreliable_case {
        return None;
    }
    // A country, region or area is a place whatever names it resembles ("Hong Kong").
    if listed_place {
        return None;
    }
    let first = words[0];
    let last = words[n - 1];
    // A name does not start with a place: "Hong Kong Business Standard".
    if n >= 3 && lexicon::place(&words[..2].join(" ")).is_some() {
        return None;
    }
    // A name does not end in a plural, a nationality or a place: "Cleveland Indians",
    // "Johnson Controls", "Standard Liege", "Trent Bridge".
    if n >= 2
        && !lexicon::is_surname(last)
        && (lexicon::is_common_word_any_case(&last) || lexicon::is_demonym(last) || lexicon::place(last).is_some())
    {
        return None;
    }
    if n >= 2 && is_initial(first) && !is_initial(last) {
        return verdict("person.initials", Strength::Listed);
    }
    if n >= 2 && lexicon::is_given_name(first) && c.place().is_none() {
        return verdict("person.given_name", Strength::Listed);
    }
    if family_name_first(&words) || (2..=3).contains(&n) && lexicon::is_surname(first) && words[1..].iter().all(|w| lexicon::is_given_name(w)) && !lexicon::is_given_name(first) {
        return verdict("person.family_name_first", Strength::Listed);
    }
    if n >= 2 && lexicon::is_ambiguous_given_name(first) && lexicon::is_surname(last) {
        return verdict("person.given_name", Strength::Listed);
    }
    // Speech: "Ren said", "said Cosmas Luckyson Zavazava", "Zavazava told".
    let next = doc.tokens.get(c.range.end).map(|t| t.text).unwrap_or("");
    let prev = if c.range.start > 0 { doc.tokens[c.range.start - 1].text } else { "" };
    // One unknown word before "said" is as often a company ("Centene said") as a person; a
    // person's surname alone is typed by the variant pass once the full name was seen.
    let everyday = n == 1
        && !lexicon::is_surname(&c.key)
        && (lexicon::is_common_word_any_case(&c.key) || !lexicon::is_given_name(&c.key));
    if n <= 4 && !everyday && (is_speech_verb(next) || prev == "said" || prev == "says") && c.place().is_none() {
        return verdict("person.speech", Strength::Weak);
    }
    // Results and line-ups: "Mark Crear (U.S.) 13.26", "Gete Wami (Ethiopia)".
    let bracket_country = doc.tokens.get(c.range.end).is_some_and(|t| t.text == "(")
        && doc.tokens.get(c.range.end + 1).is_some_and(|t| matches!(lexicon::place(t.text), Some(lexicon::PlaceClass::Country)))
        && doc.tokens.get(c.range.end + 2).is_some_and(|t| t.text == ")");
    if (2..=3).contains(&n) && bracket_country && !words.iter().any(|w| lexicon::is_common_word_any_case(&w) && !lexicon::is_given_name(w) && !lexicon::is_surname(w)) {
        return verdict("person.nationality", Strength::Weak);
    }
    if (2..=3).contains(&n) && lexicon::is_unambiguous_surname(last) && !c.sentence_initial {
        return verdict("person.surname", Strength::Weak);
    }
    None
}
