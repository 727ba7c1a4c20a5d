//! Places: the gazetteer (countries, regions, cities, areas), cue words ("Shaanxi province",
//! "in Xian"), "X, Y" pairs (Xian, Shaanxi) and "-based" compounds ("Beijing-based").

use super::names::{Chunk, Strength, Verdict};
use super::{Doc, Found};
use crate::lexicon::{self, PlaceClass};
use crate::report::MentionType::Place;

fn verdict(rule: &'static str, strength: Strength) -> Option<Verdict> {
    Some(Verdict { kind: Place, rule, strength })
}

/// Lower-case words that follow a place name: "Shaanxi province", "Kent county".
fn is_place_cue_after(w: &str) -> bool {
    matches!(w, "province" | "county" | "state" | "city" | "prefecture" | "district" | "region" | "island" | "islands" | "village" | "town")
}

pub fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    if c.key_facts(doc).demonym() {
        return None;
    }
    // A place set in capitals inside ordinary text: "By Shinichi Saoshiro TOKYO (Reuters)".
    if !c.unreliable_case && c.key.len() >= 4 && !c.has_lowercase()
        && matches!(c.title_place(), Some(PlaceClass::Country | PlaceClass::City | PlaceClass::Region))
    {
        return verdict("place.gazetteer", Strength::Listed);
    }
    if c.unreliable_case {
        // ALL-CAPS and Title Case lines: only a known place; a city not an everyday word.
        let key = c.title_key();
        // A dateline ("BRUSSELS 1996-08-31", "VENICE, Italy") names a place whatever the word.
        let next = doc.tokens.get(c.range.end);
        let dateline = doc.sentence_range(c.range.start).start == c.range.start
            && next.is_some_and(|t| t.text == "," || (t.kind == crate::tokens::TokKind::Number && t.text.len() == 4));
        let known = match c.title_place() {
            Some(PlaceClass::City) => dateline || !lexicon::is_common_word_any_case(key),
            Some(_) => true,
            None => false,
        };
        return if known { verdict("place.gazetteer", Strength::Listed) } else { None };
    }
    let next = doc.tokens.get(c.range.end).map(|t| t.text).unwrap_or("");
    let prev = if c.range.start > 0 { doc.tokens[c.range.start - 1].text } else { "" };
    match c.place() {
        // A country or area by its full name outranks a suffix ("West Bank" is no bank).
        Some(PlaceClass::Country | PlaceClass::Area) if c.known_org().is_none() => {
            return verdict("place.gazetteer", Strength::Strong)
        }
        Some(PlaceClass::Country | PlaceClass::Region | PlaceClass::Area) => {
            return verdict("place.gazetteer", Strength::Listed)
        }
        Some(PlaceClass::City) => {
            // A city name that is also an everyday word needs a cue ("Reading" vs "in Reading").
            let common = c.key_facts(doc).common_any_case();
            if !common || matches!(prev, "in" | "at" | "near" | "from" | "to") {
                return verdict("place.gazetteer", Strength::Listed);
            }
        }
        None => {}
    }
    // Facilities and features by their head word: "Trent Bridge", "Ellis Park", "Wall Street".
    let last = c.last_word();
    let locative = matches!(prev, "at" | "in" | "on" | "near" | "outside" | "from" | "At" | "In");
    let street = matches!(last, "Street" | "Road" | "Avenue");
    // "at Bramall Lane", "on Mill Lane": a lane is a place only right after a preposition of
    // place, Lane being a family name too ("a statement from Nathan Lane").
    if c.len() >= 2 && last == "Lane" && matches!(prev, "at" | "in" | "on" | "near" | "outside") && c.possessive_free(doc) {
        return verdict("place.feature", Strength::Strong);
    }
    if c.len() >= 2 && (!street || c.len() == 2 || locative) && matches!(last, "Street" | "Road" | "Sea" | "Ocean" | "Gulf" | "Bay" | "Avenue" | "Square" | "Park" | "Bridge" | "Stadium" | "Airport" | "Harbour" | "Harbor" | "Island" | "Islands" | "Mountains" | "River" | "Lake" | "Valley" | "Beach" | "Coast" | "Peninsula" | "Strait" | "Canal" | "Desert" | "Plateau" | "Basin") {
        // After "at"/"in" it is the place even when it reads like a name ("at Trent Bridge").
        // Heads no person's name ends in are decisive on their own.
        let natural = matches!(last, "Sea" | "Ocean" | "River" | "Mountains" | "Islands" | "Strait" | "Peninsula" | "Canal" | "Desert" | "Plateau" | "Basin" | "Gulf" | "Valley" | "Coast" | "Airport" | "Stadium" | "Harbour" | "Harbor");
        return verdict("place.feature", if locative || natural { Strength::Strong } else { Strength::Listed });
    }
    // "South China", "Northern Ireland", "Western Australia": a direction and a known place.
    if let Some(rest) = c.after_first_word() {
        if matches!(c.first_word(), "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "Central" | "Upper" | "Lower") && lexicon::place(rest).is_some() {
            return verdict("place.direction", Strength::Listed);
        }
    }
    if is_place_cue_after(next) && c.len() <= 3 {
        return verdict("place.cue", Strength::Listed);
    }
    // "its plant in Halbrook", "born near Halbrook": a site and a preposition of place before
    // a short name make it a place, even one a company of the story is named after. Listed,
    // so that the company's form does not take it back.
    if c.len() <= 2 && !c.sentence_initial && c.possessive_free(doc) && matches!(prev, "in" | "near" | "outside") && c.range.start >= 2 {
        let site = doc.tokens[c.range.start - 2].text;
        // "grew up in": the particle sits between.
        let site = if site == "up" && c.range.start >= 3 { doc.tokens[c.range.start - 3].text } else { site };
        if lexicon::is_site_word(site) {
            return verdict("place.site", Strength::Listed);
        }
    }
    // "Xian, Shaanxi": an unknown name before a known region or country.
    if doc.tokens.get(c.range.end).is_some_and(|t| t.text == ",") {
        if let Some(t) = doc.tokens.get(c.range.end + 1) {
            if matches!(lexicon::place(t.stem()), Some(PlaceClass::Country | PlaceClass::Region)) && c.len() <= 3 && !c.sentence_initial {
                return verdict("place.x_comma_region", Strength::Weak);
            }
        }
    }
    None
}

/// The tokens with a hyphen that may open an affix in them, in order: found by searching the
/// text for hyphens (few) rather than looking at every token.
fn tokens_with_affix_hyphen<'d>(doc: &'d Doc<'_>) -> impl Iterator<Item = usize> + 'd {
    let mut last = None;
    let bytes = doc.text.as_bytes();
    // Only a hyphen before the first letter of a tail ("based", "born", "headquartered",
    // "listed", "registered") can be the one `extract_affixed` splits at: the hyphens of dates
    // and scores are let go before the token search.
    let before_tail = move |at: usize| matches!(bytes.get(at + 1), Some(b'b' | b'h' | b'l' | b'r'));
    doc.text.match_indices('-').filter(move |&(at, _)| before_tail(at)).filter_map(move |(at, _)| {
        // The first token ending after the hyphen holds it, if it starts at or before it.
        let i = doc.tokens.partition_point(|t| t.end() <= at);
        let holds = doc.tokens.get(i).is_some_and(|t| t.start() <= at) && last != Some(i);
        holds.then(|| {
            last = Some(i);
            i
        })
    })
}

/// "Beijing-based", "London-born": the place inside a hyphenated compound.
pub fn extract_affixed(doc: &Doc<'_>, out: &mut Vec<Found>) {
    for i in tokens_with_affix_hyphen(doc) {
        let t = &doc.tokens[i];
        if !t.is_word() || !t.is_capitalised() {
            continue;
        }
        let Some((head, tail)) = t.text.rsplit_once('-') else { continue };
        if !matches!(tail, "based" | "born" | "headquartered" | "listed" | "registered") {
            continue;
        }
        // "Hong Kong-based": the place may start one or two words earlier.
        let mut first = None;
        for back in (0..=2usize.min(i)).rev() {
            let words: Vec<&str> = doc.tokens[i - back..i].iter().map(|t| t.text).chain(std::iter::once(head)).collect();
            let glued = doc.tokens[i - back..i].iter().all(|t| t.is_word() && t.is_capitalised());
            if glued && lexicon::place(&words.join(" ")).is_some() {
                first = Some(i - back);
                break;
            }
        }
        let Some(first) = first else { continue };
        let mut f = Found::new(doc, Place, first..i + 1, "place.affixed");
        f.cut_end(doc, t.start() + head.len());
        f.priority = Strength::Listed as u8;
        out.push(f);
    }
}
