//! Organisations: well-known bodies, capitalised names ending in a company or institution
//! suffix ("Lenovo Group", "Telecommunication Development Bureau"), "X of Y" institutions
//! ("Bank of China", "Ministry of Commerce") and known acronyms ("ITU", "UN").

use super::names::{Chunk, Strength, Verdict};
use super::Doc;
use crate::lexicon;
use crate::report::MentionType::{self, Organisation};

fn verdict(rule: &'static str, strength: Strength) -> Option<Verdict> {
    Some(Verdict { kind: Organisation, rule, strength })
}

/// Nouns that introduce a company's name: "chipmaker Micron", "insurer Pingan Group".
fn is_company_noun(w: &str) -> bool {
    matches!(
        w,
        "company" | "firm" | "group" | "lender" | "insurer" | "carrier" | "maker" | "producer" | "provider" | "developer"
            | "retailer" | "operator" | "operators" | "giant" | "giants" | "rival" | "unit" | "subsidiary" | "brand"
            | "broker" | "brokerage" | "miner" | "conglomerate" | "manufacturer" | "chipmaker" | "automaker" | "carmaker"
            | "airline" | "startup" | "start-up" | "bank" | "publisher" | "broadcaster" | "newspaper" | "network"
            | "distributor" | "supplier" | "exporter" | "importer" | "refiner" | "utility" | "fund" | "consultancy"
    )
}

/// A noun for a kind of company that opens a sentence before the name, capitalised by its
/// place only: "Carmaker Voltara said", "Drugmaker Corvane to buy". Unlike "Bank" or
/// "Network" these open no company's own name.
pub fn is_descriptor_noun(lower: &str) -> bool {
    lower.len() > 5 && lower.ends_with("maker")
        || matches!(lower, "insurer" | "lender" | "retailer" | "miner" | "refiner" | "brokerage" | "conglomerate" | "manufacturer" | "exporter" | "importer" | "startup")
}

pub fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    let prev = |k: usize| if c.range.start >= k { doc.tokens[c.range.start - k].text } else { "" };
    // The tokens beside the chunk, read once: most rules ask them.
    let (prev1, next0) = (prev(1), doc.tokens.get(c.range.end).map_or("", |t| t.text));
    // A body named like a place is the place after a locative: "fires in the Amazon".
    let locative = || {
        matches!(prev1, "in" | "across" | "into" | "through" | "near")
            || matches!(prev1, "the") && matches!(prev(2), "in" | "across" | "into" | "through" | "near")
    };
    match c.known_org() {
        // A club known by its town's name ("Milan") is the club only in a sports context.
        Some((_, "club")) if c.place().is_some() => {}
        Some(_) if locative() && c.place().is_some() => {}
        Some(_) => return verdict("organisation.known", Strength::Strong),
        None => {}
    }
    // A role, or roles, at the start of a sentence too ("Analysts at Berenberg said").
    let one_role = |w: &str| lexicon::with_ascii_lowercase(w, |w| lexicon::title_class(w) == Some("role"));
    let role = |w: &str| one_role(w) || one_role(w.trim_end_matches('s'));
    // "an analyst at Wanda Futures", "analysts at Berenberg". Roles in the plural are often
    // at a place ("students at Beijing's university", "dock workers at Port Elland"): only a
    // one-word name no gazetteer knows is their employer.
    let roles_at = || one_role(prev(2)) || c.len() == 1 && role(prev(2)) && c.place().is_none() && c.possessive_free(doc);
    if matches!(prev1, "at" | "with") && !c.unreliable_case && roles_at() {
        return verdict("organisation.role_at", Strength::Strong);
    }
    if prev1 == "from" && role(prev(2)) && !c.unreliable_case {
        return verdict("organisation.role_at", Strength::Strong);
    }
    let next = |k: usize| doc.tokens.get(c.range.end + k).map(|t| t.text).unwrap_or("");
    // A listing: "Groupon (NasdaqGS: GRPN)", "Acme (NYSE: ACM)".
    if next0 == "(" && matches!(next(1), "NYSE" | "Nasdaq" | "NASDAQ" | "NasdaqGS" | "NasdaqGM" | "LSE" | "ASX" | "TSX" | "OTC" | "HKEX" | "SGX" | "NSE" | "BSE" | "Euronext" | "Xetra") {
        return verdict("organisation.listing", Strength::Strong);
    }
    // "Just Eat shares fell", "Centene said it will pay": shares, or "it" after saying.
    // Name-list lookups last: they are the dear part, and rarely needed.
    let person_like = || c.words().enumerate().any(|(k, w)| c.word_facts(doc, k, w).surname() || c.word_facts(doc, k, w).given());
    let said_it = crate::extract::person::is_speech_verb(next0)
        && (1..=4).any(|k| matches!(next(k), "it" | "its"))
        && !(1..=4).any(|k| matches!(next(k), "he" | "she" | "his" | "her"))
        && !person_like();
    if !c.unreliable_case && c.title_before.is_none() && (matches!(next0, "shares" | "stock") && c.possessive_free(doc) && c.place().is_none() || said_it) {
        return verdict("organisation.company_context", Strength::Listed);
    }
    if is_company_noun(prev1) && !c.unreliable_case && !c.sentence_initial && c.title_before.is_none() {
        return verdict("organisation.company_noun", Strength::Listed);
    }
    let key = if c.unreliable_case { c.title_key() } else { &*c.key };
    if c.unreliable_case && lexicon::known_org(key).is_some() {
        return verdict("organisation.known", Strength::Listed);
    }
    // (The key's list answers: a one-word key's come with its token's.)
    if !c.unreliable_case && !c.has_lowercase() && c.key_facts(doc).org_acronym() {
        return verdict("organisation.known_acronym", Strength::Strong);
    }
    if c.unreliable_case {
        return None;
    }
    // A well-known short form in mixed case: "the Fed", "Nasdaq".
    if c.len() == 1 && c.key.len() >= 3 && !c.sentence_initial && c.has_lowercase() && c.key_facts(doc).org_acronym() {
        return verdict("organisation.known_acronym", Strength::Listed);
    }
    // An unknown acronym in running text is mostly a body's: "the CFMEU", "AIIMS officer".
    // Not a ticker or index code (". SPX", "(KS11)"), a place in capitals ("TOKYO"), a word set
    // in capitals for emphasis ("IRON ore"), or a state before a zip code ("CA 91602").
    let next_is_number = doc.tokens.get(c.range.end).is_some_and(|t| t.kind == crate::tokens::TokKind::Number);
    if c.len() == 1
        && is_unknown_acronym(&c.key)
        && !(prev1 == "." && !c.sentence_initial)
        && prev1 != ":"
        && !next_is_number
        && c.title_place().is_none()
        && !c.key_facts(doc).common_any_case()
    {
        return verdict("organisation.acronym", Strength::Weak);
    }
    // "West Bank" is a place, not a bank. (Case is reliable here, so `key` is the chunk's
    // own key and its cached gazetteer class answers.)
    if matches!(c.place(), Some(lexicon::PlaceClass::Country | lexicon::PlaceClass::Area)) {
        return None;
    }
    // `long_form_kind(key)`, with the known-organisation answer the chunk has cached.
    let last_is_suffix = || c.word_facts(doc, c.len() - 1, c.last_word()).org_suffix();
    // More than one word: the chunk knows where its first word ends (no search of the key).
    let multi_word = c.after_first_word().is_some();
    let shaped = multi_word && (c.known_org().is_some() || org_shape(key, c.last_word(), last_is_suffix()));
    shaped.then(|| Verdict {
        kind: Organisation,
        rule: if key.contains(" of ") { "organisation.x_of_y" } else { "organisation.suffix" },
        strength: Strength::Strong,
    })
}

/// Is a multi-word name an organisation by its shape: a suffix at the end ("Lenovo Group")
/// or an institution head before "of" ("Bank of China")?
pub fn long_form_kind(name: &str) -> Option<MentionType> {
    let multi_word = name.contains(' ');
    (multi_word && (lexicon::known_org(name).is_some() || has_org_shape(name))).then_some(Organisation)
}

/// A multi-word name with an organisation's shape: a suffix at the end, or an institution
/// head before the first "of" ([`long_form_kind`] less the well-known list).
fn has_org_shape(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    org_shape(name, last, lexicon::org_suffix_class(last).is_some())
}

/// [`has_org_shape`] of `name`, whose last word `last` is an organisation suffix or not as
/// `last_is_suffix` says (a chunk knows it from its token's cached answers).
fn org_shape(name: &str, last: &str, last_is_suffix: bool) -> bool {
    let trimmed = last.trim_end_matches('.');
    if last_is_suffix || trimmed.len() < last.len() && lexicon::org_suffix_class(trimmed).is_some() {
        return true;
    }
    // No word "of" without the letters (a byte scan: names are short).
    if !name.as_bytes().windows(2).any(|pair| pair == b"of") {
        return false;
    }
    let mut before = None;
    for w in name.split(' ') {
        if w == "of" {
            return before.is_some_and(|b| lexicon::org_suffix_class(b).is_some());
        }
        before = Some(w);
    }
    false
}

/// "WORLD BANK" -> "World Bank", for lookups in upper-case headlines.
pub fn title_case(s: &str) -> String {
    if s.is_ascii() {
        // The same for the ASCII names nearly every call gets: the whole in lower case, then
        // each word's first letter raised in place.
        let mut out = s.to_ascii_lowercase();
        let mut word_start = true;
        for k in 0..out.len() {
            if word_start {
                if let Some(first) = out.get_mut(k..k + 1) {
                    first.make_ascii_uppercase();
                }
            }
            word_start = out.as_bytes()[k] == b' ';
        }
        return out;
    }
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// All capitals, two to six letters, not a place, a measure, a title or a roman numeral.
fn is_unknown_acronym(w: &str) -> bool {
    // Two-letter bodies ("UN", "AP", "BP") are in the known list; unknown two-letter words are
    // mostly labels and abbreviations ("PD", "HK").
    // All capitals first (most keys fail at their second byte): then the letters are the
    // bytes in capitals, no character decoded.
    w.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
        && (3..=6).contains(&w.bytes().filter(u8::is_ascii_uppercase).count())
        && !lexicon::is_non_org_acronym(w)
        && lexicon::place(w).is_none()
        && lexicon::title_class(w).is_none()
        && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}
