//! People: a title or role before a capitalised name, a known given name, an East Asian family
//! name with a romanised given name, initials, and speech verbs around a name.

use super::names::{Chunk, Strength, Verdict};
use super::word_facts::WordFacts;
use super::Doc;
use crate::lexicon;
use crate::report::MentionType::Person;

/// Verbs of saying that follow or precede a speaker.
#[inline]
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "tells" | "added" | "adds" | "stated" | "wrote" | "asked" | "explained"
            | "noted" | "argued" | "insisted" | "warned" | "announced" | "declared" | "replied" | "recalled"
            | "acknowledged" | "admitted" | "commented" | "claimed" | "conceded" | "confirmed"
    )
}

fn is_initial(w: &str, facts: WordFacts<'_>) -> bool {
    // Most words end in no full stop and are let go by that byte; the gazetteer is asked
    // only of the shape of initials.
    if !w.ends_with('.') {
        return false;
    }
    let mut c = w.chars();
    let initials = matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
        || (w.len() >= 4 && w.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1));
    initials && facts.place().is_none() // not "U.S.", "U.K."
}

/// A Chinese-style name, family name first: "Ren Xianliang", "Zhang Wei", "Cheung Wing-kei".
pub fn family_name_first(words: &[&str]) -> bool {
    (2..=3).contains(&words.len()) && lexicon::is_surname(words[0]) && romanised_given(&words[1..])
}

/// Words that make a romanised given name: "Xianliang", "Wing-kei".
fn romanised_given(words: &[&str]) -> bool {
    words.iter().all(|w| super::word_facts::romanised_given(w))
}

fn verdict(rule: &'static str, strength: Strength) -> Option<Verdict> {
    Some(Verdict { kind: Person, rule, strength })
}

/// A speech verb right after the chunk, or "said"/"says" right before it.
fn beside_speech_verb(doc: &Doc<'_>, c: &Chunk) -> bool {
    let next = doc.tokens.get(c.range.end).map(|t| t.text).unwrap_or("");
    let prev = if c.range.start > 0 { doc.tokens[c.range.start - 1].text } else { "" };
    is_speech_verb(next) || prev == "said" || prev == "says"
}

pub fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    // A one-word name with no title before it is a person only by a speech verb beside it
    // (the rules below that type one word): most one-word chunks are let go here, before their
    // words and list answers are looked at.
    if c.len() == 1 && c.title_before.is_none() && c.after_first_word().is_none() && !beside_speech_verb(doc, c) {
        return None;
    }
    // No name has more than five words; they (and their answers) are kept on the stack: this
    // runs for every chunk.
    let mut all_words = [""; 5];
    let mut n = 0;
    for w in c.words() {
        if n == all_words.len() {
            return None;
        }
        all_words[n] = w;
        n += 1;
    }
    let words = &all_words[..n];
    // The list answers of every word, each asked of the lists once per document (answers are
    // worked out when asked, so the unused slots cost nothing).
    let all_facts: [WordFacts<'_>; 5] = std::array::from_fn(|k| if k < n { c.word_facts(doc, k, all_words[k]) } else { WordFacts::uncached("") });
    let facts = &all_facts[..n];
    if facts[n - 1].org_suffix() && n > 1 {
        return None;
    }
    if n == 1 && facts[0].demonym() {
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
        // In a line of capitals a title is followed by the headline's words as often as by a
        // name ("PM FACES REBELLION OVER WELFARE CUTS"): there every word must be one a name
        // may hold, a listed name or no everyday word.
        let name_words = || !c.unreliable_case || facts.iter().all(|f| f.given() || f.surname() || !f.common_any_case());
        if (class != "role" || n >= 2 || !c.sentence_initial) && name_words() {
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
    let (ff, lf) = (facts[0], facts[n - 1]);
    // A name does not start with a place: "Hong Kong Business Standard". The first two words
    // joined by a space are the key's start (its words are split at single spaces): no copy.
    if n >= 3 && lexicon::place(&c.key[..words[0].len() + 1 + words[1].len()]).is_some() {
        return None;
    }
    // A name does not end in a plural, a nationality or a place: "Cleveland Indians",
    // "Johnson Controls", "Standard Liege", "Trent Bridge".
    // A town's name after a given name is a family name all the same ("Barack Obama"; the
    // whole is no listed place, or it would be one above).
    let town_surname = || n == 2 && ff.given() && matches!(lf.place(), Some(lexicon::PlaceClass::City)) && !lf.common_any_case() && !lf.demonym();
    if n >= 2 && !lf.surname() && (lf.common_any_case() || lf.demonym() || lf.place().is_some() && !town_surname()) {
        return None;
    }
    if n >= 2 && is_initial(first, ff) && !is_initial(words[n - 1], lf) {
        return verdict("person.initials", Strength::Listed);
    }
    if n >= 2 && ff.given() && c.place().is_none() {
        return verdict("person.given_name", Strength::Listed);
    }
    // `family_name_first` (with the words' cached answers), or a surname before given names.
    // The given-name reading is asked first: its answers come with the words' other list
    // answers, where the romanised reading splits each word into syllables.
    let surname_first = (2..=3).contains(&n) && ff.surname();
    let given_after = || facts[1..].iter().all(|f| f.given()) && !ff.given();
    if surname_first && (given_after() || facts[1..].iter().all(|f| f.romanised_given())) {
        return verdict("person.family_name_first", Strength::Listed);
    }
    if n >= 2 && ff.given_ambiguous() && lf.surname() {
        return verdict("person.given_name", Strength::Listed);
    }
    // Speech: "Ren said", "said Cosmas Luckyson Zavazava", "Zavazava told".
    // One unknown word before "said" is as often a company ("Centene said") as a person; a
    // person's surname alone is typed by the variant pass once the full name was seen.
    let everyday = n == 1 && !ff.surname() && (ff.common_any_case() || !ff.given());
    // Nor is a name opening with an everyday word that names no one ("Met Éireann said", the
    // weather service).
    let everyday_first = n >= 2 && ff.common_any_case() && !ff.given() && !ff.given_ambiguous() && !ff.surname();
    if n <= 4 && !everyday && !everyday_first && beside_speech_verb(doc, c) && c.place().is_none() {
        return verdict("person.speech", Strength::Weak);
    }
    // Results and line-ups: "Mark Crear (U.S.) 13.26", "Gete Wami (Ethiopia)".
    let bracket_country = doc.tokens.get(c.range.end).is_some_and(|t| t.text == "(")
        && doc.tokens.get(c.range.end + 1).is_some_and(|t| matches!(lexicon::place(t.text), Some(lexicon::PlaceClass::Country)))
        && doc.tokens.get(c.range.end + 2).is_some_and(|t| t.text == ")");
    if (2..=3).contains(&n) && bracket_country && !facts.iter().any(|f| f.common_any_case() && !f.given() && !f.surname()) {
        return verdict("person.nationality", Strength::Weak);
    }
    if (2..=3).contains(&n) && lf.surname_unambiguous() && !c.sentence_initial {
        return verdict("person.surname", Strength::Weak);
    }
    None
}
