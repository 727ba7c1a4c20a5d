//! Durations: "three years", "a decade", "10-year", "at least 72 hours", "the past decade",
//! "the last five years", "recent weeks", "for years". TIMEX3 DURATION values (P3Y, PT72H,
//! PXY for a vague count). A preposition before ("for", "within") stays out of the span; a
//! hedge ("about", "at least") stays in and becomes the mod.

use super::timex::Point;
use super::words::{count_word, Unit};
use super::{Cx, Hit, Length};

pub fn at(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if let Some(h) = past_span(cx, i) {
        return Some(h);
    }
    if let Some(h) = hedged(cx, i) {
        return Some(h);
    }
    if let Some(h) = adjective(cx, i) {
        return Some(h);
    }
    vague_plural(cx, i)
}

fn duration(start: usize, end: usize, count: Option<f64>, unit: Unit, rule: &'static str) -> Hit {
    let mut h = Hit::new(start, end, Point::Unresolved, rule);
    h.duration = Some(Length { count, unit });
    h
}

/// A hedge before a count: (tokens, TIMEX3 mod). Asked at every candidate token (twice):
/// one look at the token's lower case turns away all but the hedges' first words.
pub(super) fn hedge(cx: &Cx<'_, '_>, i: usize) -> (usize, Option<&'static str>) {
    let next_is = |w: &str| cx.is(i + 1, w);
    match cx.lower(i) {
        "at" if next_is("least") => (2, Some("EQUAL_OR_MORE")),
        "more" if next_is("than") => (2, Some("MORE_THAN")),
        "less" | "fewer" if next_is("than") => (2, Some("LESS_THAN")),
        "up" if next_is("to") => (2, Some("EQUAL_OR_LESS")),
        "at" if next_is("most") => (2, Some("EQUAL_OR_LESS")),
        "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "some" if cx.count(i + 1).is_some_and(|c| c.is_some()) => (1, Some("APPROX")),
        _ => (0, None),
    }
}

/// Words after which "a year", "one week" is a length of time (src/data/date_length_words.txt).
static TAKES_A_LENGTH: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../../data/date_length_words.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

/// "three years", "a decade", "about two weeks", "at least 72 hours", "six and a half years" (left out).
fn hedged(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let (k, modifier) = hedge(cx, i);
    let c = i + k;
    // As with every figure, the hedge is part of the span and becomes the qualifier.
    let start = i;
    let count = cx.count(c)?;
    let (count, u) = if cx.is(c, "a") && cx.is(c + 1, "few") {
        (None, c + 2)
    } else if cx.is(c, "a") && cx.is(c + 1, "couple") && cx.is(c + 2, "of") {
        (Some(2.0), c + 3)
    } else {
        (count, c + 1)
    };
    let (unit, plural) = cx.unit(u)?;
    // "a year" / "one year": singular with one; plural with more or with a vague count.
    if count.is_some_and(|n| n == 1.0) == plural {
        return None;
    }
    // "a second round": the ordinal, not a length of time.
    if unit == Unit::Second
        && cx.is(c, "a")
        && cx.t(u + 1).chars().next().is_some_and(char::is_alphabetic)
        && !cx.is_any(u + 1, &["off", "behind", "ahead", "faster", "slower", "later", "earlier", "after", "before", "or", "and", "too", "per"])
    {
        return None;
    }
    // "three quarters of the vote": a fraction.
    if unit == Unit::Quarter && cx.is(u + 1, "of") {
        return None;
    }
    // A single unit ("a year", "one day") is a length of time after a word that takes one
    // ("for a year", "took a decade", "more than a year"); elsewhere it is a rate ("5 million
    // gallons a year"), an idiom ("wait a second") or an adverb ("One day, he said").
    if k == 0 && count == Some(1.0) && !(c > 0 && TAKES_A_LENGTH.contains(cx.lower(c - 1))) {
        return None;
    }
    let end = u + 1;
    // Not a duration: ages ("45 years old"), rates ("twice a year"), dates ("three years ago"),
    // and a count as the object of a comparison ("the past three years" is handled above).
    // Before "before" or "after" it is one ("17 years after the first iPhone", TimeML's
    // DURATION with its event), unless a date follows, which makes the whole a date ("two
    // days before Christmas") and outranks it.
    if cx.is_any(end, &["old", "ago", "later", "earlier", "from", "younger", "older", "of age"]) {
        return None;
    }
    if cx.is(c, "a") && c > 0 && cx.is_any(c - 1, &["once", "twice", "thrice", "times", "per"]) {
        return None;
    }
    if c > 0 && cx.is_any(c - 1, &["every", "each", "per"]) {
        return None;
    }
    // A bare digit count before a unit after a day ("Monday 3 hours") is fine; "the 1990s"
    // never reaches here. Vague "some" needs its plural: "some years".
    // "24 hours a day", "interviews a day", "three times a week": a rate, TIMEX3 SET.
    if cx.is(c, "a") && c > 0 {
        let p = cx.t(c - 1);
        if cx.number(c - 1) || (p.len() > 3 && p.ends_with('s') && p.chars().next().is_some_and(char::is_lowercase) && !matches!(p, "was" | "has" | "takes" | "lasts" | "needs" | "spends" | "gives" | "plus")) {
            return None;
        }
    }
    let mut h = duration(start, end, count, unit, "date.duration");
    h.modifier = modifier;
    Some(h)
}

/// "the past decade", "the last five years", "the past year", "the next 12 months",
/// "past two weeks", "over the past 10 years" (without "over").
fn past_span(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    // TimeML leaves the article out: "over the [past decade]". The rule starts at the
    // modifier, and "the" before it lets a singular unit read as a duration.
    let the = i > 0 && cx.is(i - 1, "the");
    let k = i;
    if !matches!(cx.lower(k), "past" | "last" | "next" | "coming" | "previous") {
        return None;
    }
    // A count is needed without "the": "last five years"; "last year" is a date.
    let (count, u) = match cx.count(k + 1) {
        Some(c) if !cx.is(k + 1, "a") => (c, k + 2),
        _ if the || cx.is(k, "past") => (Some(1.0), k + 1),
        _ => return None,
    };
    if cx.is(k + 1, "few") {
        // "the past few years"
        let (unit, true) = cx.unit(k + 2)? else { return None };
        return Some(duration(i, k + 3, None, unit, "date.duration_past"));
    }
    let (unit, plural) = cx.unit(u)?;
    // "the last week of the campaign", "the past year of talks": a part of something else.
    if cx.is(u + 1, "of") {
        return None;
    }
    // "the coming years", "the past months": no count, and more than one — how many is open.
    let count = if u == k + 1 && plural { None } else { count };
    // Without a count, "the last day" is the final one and "the next day" the one after the
    // story's event: only longer units ("the past week", "the last year") are spans back, and
    // days only in the plural ("the coming days", "the past days"; "his last days" is an end).
    let implicit = u == k + 1;
    if implicit && matches!(unit, Unit::Day | Unit::Second) && (!plural || unit == Unit::Second || cx.is(k, "last")) {
        return None;
    }
    if implicit && !cx.is(k, "past") && matches!(unit, Unit::Hour | Unit::Minute) {
        return None;
    }
    Some(duration(i, u + 1, count, unit, "date.duration_past"))
}

/// "a 10-year bond", "the three-month delay": the hyphenated adjective is a duration.
fn adjective(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    // Most tokens hold neither hyphen, and are turned away without a search of their
    // characters.
    if !cx.may_hold_any_hyphen(i) {
        return None;
    }
    let w = cx.t(i);
    let (num, unit) = w.split_once(['-', '‑'])?;
    if unit.contains(['-', '‑']) {
        // "45-year-old": an age.
        return None;
    }
    let n = count_word(num)??;
    // "a 10- to 15-minute walk": the second end of a range, not a length on its own.
    if i >= 2 && cx.is(i - 1, "to") && cx.t(i - 2).ends_with(['-', '‑']) {
        return None;
    }
    let (unit, false) = Unit::parse(unit)? else { return None };
    Some(duration(i, i + 1, Some(n), unit, "date.duration_adjective"))
}

/// "for years", "for decades", "within days", "in recent weeks", "recent days": an unknown
/// number of units.
fn vague_plural(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let recent = cx.is(i, "recent");
    let u = if recent { i + 1 } else { i };
    let (unit, true) = cx.unit(u)? else { return None };
    // "for years", "within days" (an unknown number of units, but a length).
    if !recent && !(i > 0 && cx.is_any(i - 1, &["for", "within"])) {
        return None;
    }
    if matches!(unit, Unit::Second | Unit::Quarter) {
        return None;
    }
    Some(duration(i, u + 1, None, unit, "date.duration_vague"))
}
