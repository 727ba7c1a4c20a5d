//! Which tokens a date rule can start at: most tokens are ordinary words, turned away with one
//! cheap look (a table of the words the rules open with) before any rule runs.

use super::words;
use crate::extract::openers::Shape;
use crate::extract::Doc;

/// Every word (ASCII lower case, possessive and full stops cut) that a date rule reads at
/// its first token: the openers ("the", "last", "at least", "about", "early", "end of",
/// "noon", "fiscal", "yesterday" ...), counts, calendar units, months, weekdays, ordinals,
/// seasons and the first words of holidays. Kept in step with the rules' own word tests
/// (`words::count_word`, `Unit::parse`, `month_number`, `weekday_number`, `ordinal`,
/// `season`, `holiday`); the tests in this module check that every form they accept is here.
static OPENING_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<String>> = std::sync::LazyLock::new(|| listed_words(true));

/// The first words of the holidays whose day moves (Easter, the US weekday holidays), as the
/// rules match them: capitalised.
const MOVABLE_HOLIDAYS: [&str; 7] = ["Easter", "Good", "Thanksgiving", "Labor", "Memorial", "Black", "Cyber"];

/// [`OPENING_WORDS`], with the first words of holidays or without them.
fn listed_words(holidays: bool) -> rustc_hash::FxHashSet<String> {
    let openers = [
        "the", "at", "this", "last", "past", "previous", "preceding", "next", "coming", "following", "current",
        "present", "same", "in", "more", "less", "fewer", "up", "about", "around", "nearly", "almost", "roughly",
        "approximately", "some", "recent", "early", "late", "mid", "end", "beginning", "start", "middle", "noon",
        "midday", "midnight", "fiscal", "financial", "today", "yesterday", "tomorrow", "tonight", "now", "nowadays", "recently",
        "lately", "'", "weekend", "final", "ytd", "mtd", "qtd",
    ];
    let counts = [
        "a", "an", "several", "few", "many", "some", "zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred",
    ];
    let units = [
        "second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "quarter", "year", "yr",
        "decade",
    ];
    let months = [
        "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
        "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
    ];
    let weekdays = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thurs", "friday", "fri",
        "saturday", "sat", "sunday", "sun",
    ];
    let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth",
    ];
    let seasons = ["spring", "summer", "autumn", "fall", "winter"];
    let mut set: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    for w in openers.iter().chain(&counts).chain(&months).chain(&weekdays).chain(&ordinals).chain(&seasons) {
        set.insert((*w).to_owned());
    }
    for u in units {
        set.insert(u.to_owned());
        set.insert(format!("{u}s"));
    }
    set.insert("century".to_owned());
    set.insert("centuries".to_owned());
    if holidays {
        set.extend(words::holiday_first_words().chain(MOVABLE_HOLIDAYS).map(|w| w.to_ascii_lowercase()));
    }
    set
}

/// [`opening`] for every token, sharpened for plain digits and a lone dash
/// ([`next_may_follow`]) and for the commonest openers, which start a date only with certain
/// words after them ([`opener_fits`]). The opening is worked out once per token
/// ([`Doc::openers`]): most tokens open no date, and are turned away with one look at it. (Of
/// the one-byte marks only "'" opens, "'90s".)
#[cfg(test)]
pub(super) fn starts(doc: &Doc<'_>) -> Vec<bool> {
    let openers = doc.openers();
    (0..doc.tokens.len()).map(|i| may_start_at(doc, openers, i)).collect()
}

/// [`starts`] of token `i` (`openers` the document's), asked as the scan reaches the token:
/// no table of every token's answer is built first.
/// Always inlined: the scan asks it of every token, and most answer at the first look (no
/// opening word); the tests after it are out of line, so the scan's loop stays small.
#[inline(always)]
pub(super) fn may_start_at(doc: &Doc<'_>, openers: &[crate::extract::openers::Opener], i: usize) -> bool {
    match openers[i].date {
        None => false,
        Some(follow) => opener_may_start(doc, i, follow),
    }
}

/// [`may_start_at`] of an opening token: what must follow it does.
#[inline(never)]
fn opener_may_start(doc: &Doc<'_>, i: usize, follow: Follow) -> bool {
    next_may_follow(doc, i) && opener_fits(doc, i, follow)
}

/// For the tokens [`opening`] lets through on their own shape, what the token after them
/// must be. A number of plain digits other than four (a year, an ISO date,
/// "0700 GMT"), or a count written with "." or "," ("2.5", "1,000"; see
/// [`may_be_clock`]), starts a rule only with one of these after it: "/" (16/4/2024), ":"
/// and minutes (10:30, [`minutes_after_colon`]), a month ("16 April"), a unit of time (counts: "3 weeks", "5 years ago", "two
/// days later" with digits), "noon", "midnight", am/pm or "o'clock" (clock times). An ordinal
/// in digits needs what [`ordinal_may_be_followed`] asks.
fn next_may_follow(doc: &Doc<'_>, i: usize) -> bool {
    let text = doc.tokens[i].text;
    // Only a token starting with a digit is asked more (most openers are words).
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    // Only a token ending in a letter may end as an ordinal does (most numbers end in a digit).
    let ordinal_digits = if text.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) { ["st", "nd", "rd", "th"].iter().find_map(|end| text.strip_suffix(end)) } else { None };
    if ordinal_digits.is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())) {
        return ordinal_may_be_followed(doc, i);
    }
    let number = text.starts_with(|c: char| c.is_ascii_digit()) && text.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','));
    if !number {
        return true;
    }
    let plain = !text.bytes().any(|b| matches!(b, b'.' | b','));
    if plain && text.len() == 4 || !plain && text.bytes().filter(|&b| b == b'.').count() >= 2 {
        return true;
    }
    let Some(next) = doc.tokens.get(i + 1).map(|t| t.text) else { return false };
    // "10.30 to 11.45pm": the second end's am/pm may be glued to its minutes.
    if !plain && may_be_clock(text) && super::combine::is_range_word(next) {
        return true;
    }
    // Every word read here starts with an ASCII letter: numbers and marks after a number (in
    // tables and scores) stop at the first byte.
    if !next.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return next == "/" || next == ":" && minutes_after_colon(doc, i + 1) || range_connector_then_digit(doc, i + 1);
    }
    let next_lower = doc.ascii_lower(i + 1);
    is_noon_word(next_lower) || is_hour_mark(next_lower)
        || words::month_number(next).is_some()
        || words::Unit::parse(next).is_some()
        || range_connector_then_digit(doc, i + 1)
}

/// Whether the token after an ordinal in digits at `i` ("16th", "21st") is one a rule reads
/// after it: a month or "of" (a day, "16th April", "16th of April"), "century", "quarter" or
/// "half" (and the words between an ordinal and its quarter), a unit or a weekday, a range's
/// connector ("16th to 18th April"), "/" or ":". "the 78th minute)" and "his 5th homer" start
/// nothing.
fn ordinal_may_be_followed(doc: &Doc<'_>, i: usize) -> bool {
    let Some(next) = doc.tokens.get(i + 1).map(|t| t.text) else { return false };
    matches!(doc.ascii_lower(i + 1), "of" | "century" | "quarter" | "half" | "fiscal" | "financial" | "calendar" | "/" | ":")
        || words::month_number(next).is_some()
        || words::Unit::parse(next).is_some()
        || words::weekday_number(next).is_some()
        || super::combine::is_range_word(next)
}

/// Whether a number written with one "." may be a clock time ("10.30": an hour of one or two
/// digits, a dot, two digits of minutes). The clock rules read it only with am/pm or
/// "o'clock" after it, or as the first end of a range ("10.30 to 11.45pm"); any other number
/// written with "." or "," is a count ("2.5 years") or, with two dots or more, a dotted date.
fn may_be_clock(text: &str) -> bool {
    match text.split_once('.') {
        // The clock rules read hours up to 24 and minutes up to 59: "12.45" may be a time,
        // "45.67" and "3.75" are not.
        Some((hour, minutes)) => {
            (1..=2).contains(&hour.len()) && minutes.len() == 2 && hour.parse::<u32>().is_ok_and(|h| h <= 24) && minutes.parse::<u32>().is_ok_and(|m| m < 60)
        }
        None => false,
    }
}

/// Whether the ":" at `k` is glued to two digits of minutes (perhaps with am/pm glued after:
/// "10:30", "7:30pm"), as the clock rules read it: not a race time "4:08.22" or a score "2:1".
fn minutes_after_colon(doc: &Doc<'_>, k: usize) -> bool {
    let glued = |j: usize| doc.tokens.get(j).is_some_and(|t| !t.space_before);
    let Some(minutes) = doc.tokens.get(k + 1).map(|t| t.text) else { return false };
    let digits = minutes.find(|c: char| c.is_ascii_alphabetic()).map_or(minutes, |end| &minutes[..end]);
    glued(k) && glued(k + 1) && digits.len() == 2
}

/// "5 to 7 June", "12-14 September", "5 to 6pm", "7 to 10 p.m.": the first end of a range
/// whose month or am/pm comes after the second (not a score, "won 3 - 1").
fn range_connector_then_digit(doc: &Doc<'_>, k: usize) -> bool {
    if !super::combine::is_range_word(doc.tokens[k].text) {
        return false;
    }
    let Some(second) = doc.tokens.get(k + 1).map(|t| t.text) else { return false };
    if !second.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // The second end may be split by the tokenizer ("7 : 30pm"): its minutes and its am/pm or
    // month come within the next few tokens.
    let meridiem = |w: &str| super::times::meridiem(w.trim_start_matches(|c: char| c.is_ascii_digit())).is_some();
    (k + 1..(k + 5).min(doc.tokens.len())).any(|j| meridiem(doc.ascii_lower(j)) || j > k + 1 && words::month_number(doc.tokens[j].text).is_some())
}

/// What must come after an opening word for a rule to start at it: most may be followed by
/// anything; the commonest openers start a date only before certain words (see
/// [`OPENING_FOLLOWS`], read from the rules that start at them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Follow {
    Anything,
    /// "in": a count, then a unit ("in two weeks").
    CountThenUnit,
    /// "a" / "an": a count of units ("a week", "a few days", "a couple of years", "a year ago").
    UnitsOfOne,
    /// "at": "at present", "at least ...", "at most ...".
    PresentLeastMost,
    /// "up": the hedge "up to".
    To,
    /// "more", "less", "fewer": the hedges "more than", "less than", "fewer than".
    Than,
    /// "about", "around", "nearly", "almost", "roughly", "approximately": a hedge on a number.
    Number,
    /// "some": a vague count of units ("some years") or a hedge ("some 20 years").
    UnitOrNumber,
    /// A number word or vague count ("two", "several"): a count of units ("two weeks").
    Unit,
    /// "the": the phrases of [`the_fits`].
    The,
    /// An ordinal word other than "second" (also a unit: "a second ago"): only a century
    /// ("fifth century") without "the".
    Century,
    /// A singular unit ("day", "year"): only "day ago" style vague spans back, and "year to
    /// date".
    Ago,
    /// "second", a unit and an ordinal: "second ago", "second century".
    AgoOrCentury,
    /// "end", "beginning", "start", "middle": "the end of ..." without "the".
    Of,
    /// "financial": only "financial year 2024".
    Year,
    /// "'": a decade's digits glued after it ("'90s").
    Digits,
    /// A word that opens only a holiday's name ("New" of "New Year's Day", "Good Friday"):
    /// the holiday rules match it as written.
    Holiday,
    /// "final", "same", "following": they open only phrases read at "the" ("the final
    /// quarter", "the following day").
    Nothing,
}

/// [`OPENING_WORDS`] with what must follow each. No holiday name starts with any of the
/// words that need something after them.
static OPENING_FOLLOWS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Follow>> = std::sync::LazyLock::new(|| {
    let mut follows: rustc_hash::FxHashMap<&'static str, Follow> = OPENING_WORDS.iter().map(|w| (w.as_str(), Follow::Anything)).collect();
    let mut need = |words: &[&'static str], follow: Follow| {
        for w in words {
            assert!(follows.insert(w, follow).is_some(), "{w} is an opening word");
        }
    };
    need(&["in"], Follow::CountThenUnit);
    need(&["a", "an"], Follow::UnitsOfOne);
    need(&["at"], Follow::PresentLeastMost);
    need(&["up"], Follow::To);
    need(&["more", "less", "fewer"], Follow::Than);
    need(&["about", "around", "nearly", "almost", "roughly", "approximately"], Follow::Number);
    need(&["some"], Follow::UnitOrNumber);
    need(
        &[
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "several", "few", "many",
        ],
        Follow::Unit,
    );
    need(&["the"], Follow::The);
    need(
        &[
            "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "thirtieth",
        ],
        Follow::Century,
    );
    need(&["sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "quarter", "year", "yr", "decade", "century"], Follow::Ago);
    need(&["second"], Follow::AgoOrCentury);
    need(&["end", "beginning", "start", "middle"], Follow::Of);
    need(&["financial"], Follow::Year);
    need(&["'"], Follow::Digits);
    need(&["final", "same", "following"], Follow::Nothing);
    let other_words = listed_words(false);
    for w in OPENING_WORDS.iter().filter(|w| !other_words.contains(*w)) {
        follows.insert(w.as_str(), Follow::Holiday);
    }
    follows
});

/// "noon", "midday", "midnight": a clock time on its own.
fn is_noon_word(lw: &str) -> bool {
    matches!(lw, "noon" | "midday" | "midnight")
}

/// am/pm or "o'clock" after an hour.
fn is_hour_mark(lw: &str) -> bool {
    matches!(lw, "am" | "a.m." | "a.m" | "pm" | "p.m." | "p.m" | "o'clock" | "o’clock")
}

/// Whether a clock time follows token `i`: "noon", "3pm", "8:45", "3 a.m.", "6 o'clock".
fn clock_after(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i + 1) else { return false };
    let lw = doc.ascii_lower(i + 1);
    if is_noon_word(lw) {
        return true;
    }
    if !t.text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let next = doc.tokens.get(i + 2).map_or("", |_| doc.ascii_lower(i + 2));
    lw.contains(':') || lw.ends_with("am") || lw.ends_with("pm") || next == ":" || is_hour_mark(next)
}

/// Whether the tokens after token `i` are what `follow` asks for.
fn opener_fits(doc: &Doc<'_>, i: usize, follow: Follow) -> bool {
    let text = |k: usize| doc.tokens.get(i + k).map_or("", |t| t.text);
    let is = |k: usize, w: &str| text(k).eq_ignore_ascii_case(w);
    let unit = |k: usize| words::Unit::parse(text(k)).is_some();
    let number = |k: usize| matches!(words::count_word(text(k)), Some(Some(_)));
    // A hedged length of time: a count at `k` and its unit ("two weeks", "a few days", "a
    // couple of years").
    let count_then_unit = |k: usize| {
        words::count_word(text(k)).is_some()
            && (unit(k + 1) || is(k, "a") && (is(k + 1, "few") && unit(k + 2) || is(k + 1, "couple") && is(k + 2, "of") && unit(k + 3)))
    };
    match follow {
        Follow::Anything => true,
        Follow::CountThenUnit => number(1) && unit(2),
        Follow::UnitsOfOne => unit(1) || is(1, "few") && unit(2) || is(1, "couple") && is(2, "of") && unit(3),
        Follow::PresentLeastMost => is(1, "present") || (is(1, "least") || is(1, "most")) && count_then_unit(2),
        Follow::To => is(1, "to") && count_then_unit(2),
        Follow::Than => is(1, "than") && count_then_unit(2),
        // "about three weeks", and a hedged clock time: "about 3 a.m.", "around noon".
        Follow::Number => number(1) && count_then_unit(1) || clock_after(doc, i),
        Follow::UnitOrNumber => unit(1) || number(1) && count_then_unit(1),
        Follow::Unit => unit(1),
        Follow::The => the_fits(doc, i + 1),
        Follow::Century => is(1, "century"),
        // "two days ago"; "year to date".
        Follow::Ago => is(1, "ago") || is(1, "to") && is(2, "date"),
        Follow::AgoOrCentury => is(1, "ago") || is(1, "century"),
        Follow::Of => is(1, "of"),
        Follow::Year => is(1, "year"),
        Follow::Digits => doc.tokens.get(i + 1).is_some_and(|t| !t.space_before && t.text.starts_with(|c: char| c.is_ascii_digit())),
        Follow::Holiday => holiday_fits(doc, i),
        Follow::Nothing => false,
    }
}

/// Whether the tokens at `i` name a holiday as the holiday rules read them (as written):
/// a fixed-date holiday's full name ("Canada Day", not "Canada's economy"), "Easter",
/// "Thanksgiving", "Good Friday", "Labor Day", "Memorial Day", "Black Friday" or "Cyber Monday".
fn holiday_fits(doc: &Doc<'_>, i: usize) -> bool {
    let text = |k: usize| doc.tokens.get(i + k).map_or("", |t| t.text);
    match text(0) {
        "Easter" | "Thanksgiving" => return true,
        "Good" | "Black" => return text(1) == "Friday",
        "Cyber" => return text(1) == "Monday",
        "Labor" | "Memorial" => return text(1) == "Day",
        _ => {}
    }
    words::holiday(&[text(0), text(1), text(2), text(3)]).is_some()
}

/// Curly and angled double quotes: marks no date rule reads first (only the apostrophes "'"
/// and "’" open one, "’90s"), and which often stand before a quoted word ("the “...”").
fn is_double_quote(w: &str) -> bool {
    matches!(w, "“" | "”" | "„" | "«" | "»")
}

/// Whether token `k`, after "the", is one the rules starting at "the" read there: "the
/// 1990s", "the '90s", "the 21st century", "the third quarter", "the first half", "the
/// fiscal year", "the FY24 results", "the Q3", "the H1", "the third-quarter", "the summer",
/// "the weekend", "the past weekend", "the previous week", "the following year", "the
/// current quarter", "the next day", "the day before", "the end of", "the beginning of",
/// "the start of", "the middle of", "the final quarter", "the 16th of April", "the last Monday
/// in May", "the following Tuesday", "the week of April 10".
fn the_fits(doc: &Doc<'_>, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else { return false };
    let w = t.text;
    let b = w.as_bytes();
    if is_double_quote(w) {
        return false;
    }
    if b.first().is_some_and(u8::is_ascii_digit) || !w.is_ascii() || w.contains('-') || w.starts_with("FY") || b.len() == 2 && matches!(b[0], b'Q' | b'q' | b'H') {
        return true;
    }
    let after = doc.tokens.get(k + 1).map_or("", |t| t.text);
    let after_is = |ws: &[&str]| ws.iter().any(|a| after.eq_ignore_ascii_case(a));
    match doc.ascii_lower(k) {
        "'" | "weekend" | "past" | "previous" | "preceding" | "following" | "current" | "next" | "fiscal" => true,
        // "the day before (yesterday)", "the day after (tomorrow)".
        "day" if after_is(&["before", "after"]) => true,
        // "the week of April 10".
        "week" if after_is(&["of"]) => true,
        // "the year before.", "the month after,".
        "week" | "month" | "year" if after_is(&["before", "after"]) => true,
        // "earlier in the week", "later in the day".
        "day" | "week" | "month" | "year" => k >= 3 && doc.ascii_lower(k - 2) == "in" && matches!(doc.ascii_lower(k - 3), "earlier" | "later"),
        // "the end of 2023".
        "end" | "beginning" | "start" | "middle" => after_is(&["of"]),
        // "the 16th of April", "the 21st century", "the third (fiscal) quarter", "the first
        // half", "the final quarter".
        lw if lw == "final" || words::ordinal(w).is_some() => {
            after_is(&["of", "century", "quarter", "fiscal", "financial", "calendar", "half"]) || words::full_weekday(after).is_some()
        }
        // "the last Monday in May".
        "last" => words::full_weekday(after).is_some(),
        _ => words::season(w).is_some(),
    }
}

/// Cut possessive endings and full stops ("tues.", "year's", "years'") as the word tests do.
fn cut_endings(mut w: &str) -> &str {
    while let Some(c) = w.strip_suffix("'s").or_else(|| w.strip_suffix(['\'', '.'])) {
        w = c;
    }
    w
}

/// Whether some date rule may start at a token `w`, `lw` in ASCII lower case ([`best_at`]
/// without a range's second end): false only when none can. Each rule family first looks at
/// its own token: a digit (years, days, numeric and ISO dates, clock times, counts), a
/// hyphenated adjective or "mid-", "FY24", "Q3", "H1", or one of [`OPENING_WORDS`]. Non-ASCII
/// tokens are always tried (their lower case and curly apostrophes take other paths).
#[cfg(test)]
fn may_start(w: &str, lw: &str) -> bool {
    opening(w, lw, &Shape::of(w), opening_word(lw)).is_some()
}

/// Whether some date rule may start at a token `w` (`lw` in ASCII lower case, `shape` its
/// bytes), as `may_start` says, and when one may, what must follow the token (anything but
/// for the listed openers, [`OPENING_FOLLOWS`]). `listed` is [`opening_word`] of `lw`, which
/// the caller looks up in a table shared with the figure rules. Always inlined: it is asked
/// once for every token, and mostly answers None after a few byte tests.
#[inline(always)]
pub(crate) fn opening(w: &str, lw: &str, shape: &Shape, listed: Option<Follow>) -> Option<Follow> {
    let b = w.as_bytes();
    if shape.non_ascii && is_double_quote(w) {
        return None;
    }
    if b.first().is_some_and(u8::is_ascii_digit) || shape.non_ascii {
        return Some(Follow::Anything);
    }
    if shape.hyphen {
        return hyphenated_opens(w, lw).then_some(Follow::Anything);
    }
    // "Q3", "H1": a quarter or half (the rules read a digit after the letter).
    if w.starts_with("FY") || b.len() == 2 && matches!(b[0], b'Q' | b'q' | b'H') && b[1].is_ascii_digit() {
        return Some(Follow::Anything);
    }
    // Every listed word is short.
    if lw.len() > 24 {
        return None;
    }
    if let Some(follow) = listed {
        return Some(follow);
    }
    // Only a word ending in a full stop or an apostrophe, or in "'s", has an ending to cut.
    // (Looked for by their bytes: a search for characters decodes the word's end.)
    if !(matches!(lw.as_bytes().last(), Some(b'.' | b'\'')) || lw.as_bytes().ends_with(b"'s")) {
        return None;
    }
    let cut = cut_endings(lw);
    // A lone "." or "'" cuts to nothing, no word.
    // A holiday's first word with an ending cut ("Canada's") opens only what the holiday
    // rules read as written; any other word so cut opens anything.
    let follow = opening_word(cut).filter(|_| !cut.is_empty() && cut.len() < lw.len())?;
    Some(if follow == Follow::Holiday { Follow::Holiday } else { Follow::Anything })
}

/// Whether a rule may start at a hyphenated word (ASCII, not starting with a digit): the
/// rules split one at its first hyphen and read it only when the part before is a word they
/// read ("mid-March", "end-2025", "third-quarter", "ten-year", "twenty-five",
/// "thirty-first"), or it is a fiscal year, quarter or half ("FY24-25", "Q3-2024"). Every
/// such first part is one of [`OPENING_WORDS`] (counts, months, ordinals, the modifiers
/// "mid", "end", "early", "late"), perhaps with an ending cut; one starting with a digit
/// ("'90s-style") is let through too. "state-owned", "e-commerce", "under-21",
/// "Mercedes-Benz" start nothing, nor does a lone "-" (a range's dash is read as a connector).
fn hyphenated_opens(w: &str, lw: &str) -> bool {
    if w.starts_with("FY") || matches!(w.as_bytes(), [b'Q' | b'q' | b'H', d, ..] if d.is_ascii_digit()) {
        return true;
    }
    let first = lw.split('-').next().unwrap_or_default();
    let cut = cut_endings(first);
    first.trim_start_matches('\'').starts_with(|c: char| c.is_ascii_digit()) || !cut.is_empty() && opening_word(cut).is_some()
}

/// Every opening word with what must follow it ([`OPENING_FOLLOWS`]).
pub(crate) fn opening_words() -> impl Iterator<Item = (&'static str, Follow)> {
    OPENING_FOLLOWS.iter().map(|(&w, &follow)| (w, follow))
}

/// [`OPENING_FOLLOWS`] with the first and last letters and lengths of its words: most words
/// are turned away by these before the table's hash is taken.
static OPENING_TABLE: std::sync::LazyLock<(WordEnds, &'static rustc_hash::FxHashMap<&'static str, Follow>)> =
    std::sync::LazyLock::new(|| (WordEnds::new(OPENING_WORDS.iter().map(String::as_str)), &*OPENING_FOLLOWS));

/// What must follow `lw` if it is one of [`OPENING_WORDS`].
#[inline]
fn opening_word(lw: &str) -> Option<Follow> {
    let (ends, follows) = &*OPENING_TABLE;
    if !ends.may_hold(lw) {
        return None;
    }
    listed_follow(follows, lw)
}

/// The table probe of [`opening_word`], kept out of line: most words never get this far.
#[inline(never)]
fn listed_follow(follows: &rustc_hash::FxHashMap<&'static str, Follow>, lw: &str) -> Option<Follow> {
    follows.get(lw).copied()
}

/// A quick test of whether a word may be in a set of words, made before the set's hash is
/// taken: the set's one-byte words, and for each pair of first and last letter (in any case;
/// every other byte is one class) the lengths of its longer words. It says no only for words
/// surely not in the set; most ordinary words ("said", "of", "company") and punctuation share
/// no first letter, last letter and length with a short list.
pub struct WordEnds {
    single: [bool; 256],
    lengths: [u32; 27 * 27],
}

/// The class of a byte in [`WordEnds`]: a letter's place in the alphabet in either case
/// (0-25), 26 for every other byte. A table, as it is asked twice for most tokens.
static LETTER_CLASS: [u8; 256] = {
    let mut table = [26u8; 256];
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = b as u8;
        table[b'A' as usize + b] = b as u8;
        b += 1;
    }
    table
};

impl WordEnds {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordEnds {
        let mut ends = WordEnds { single: [false; 256], lengths: [0; 27 * 27] };
        for w in words {
            match w.as_bytes() {
                [b] => ends.single[usize::from(*b)] = true,
                b @ [first, .., last] => ends.add_ends(*first, *last, b.len()),
                _ => {}
            }
        }
        ends
    }

    /// Holds a word of two bytes or more by its first and last bytes and its length, for a
    /// set whose words are put together from parts (no string need be built for each).
    pub fn add_ends(&mut self, first: u8, last: u8, len: usize) {
        debug_assert!(len >= 2);
        if len < 32 {
            self.lengths[Self::slot(first, last)] |= 1 << len;
        }
    }

    /// False only when `w` is no word of the set: a byte the set does not hold, or a first
    /// and last letter and length no word of the set has (the empty word and words of 32
    /// bytes or more are always let through).
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes() {
            [b] => self.single[usize::from(*b)],
            b @ [first, .., last] if b.len() < 32 => self.lengths[Self::slot(*first, *last)] & (1 << b.len()) != 0,
            _ => true,
        }
    }

    #[inline]
    fn slot(first: u8, last: u8) -> usize {
        usize::from(LETTER_CLASS[usize::from(first)]) * 27 + usize::from(LETTER_CLASS[usize::from(last)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter lets through every token a word test of the rules accepts.
    #[test]
    fn prefilter_keeps_every_word_the_rules_read() {
        let mut forms: Vec<String> = Vec::new();
        for w in OPENING_WORDS.iter() {
            for v in [w.clone(), w.to_uppercase(), format!("{}{}", w[..1].to_uppercase(), &w[1..])] {
                for end in ["", "s", "'s", "'", ".", "s'", "'s'"] {
                    forms.push(format!("{v}{end}"));
                }
            }
        }
        for w in &forms {
            let read = words::count_word(w).is_some()
                || words::Unit::parse(w).is_some()
                || words::month_number(w).is_some()
                || words::weekday_number(w).is_some()
                || words::full_weekday(w).is_some()
                || words::ordinal(w).is_some()
                || words::season(w).is_some()
                || words::starts_holiday(w);
            assert!(!read || may_start(w, &w.to_ascii_lowercase()), "{w:?}");
        }
        for w in [
            "the", "Yesterday", "MAY", "Sept.", "Tues.", "years'", "decade's", "12", "Q3", "FY24", "mid-March", "Christmas", "twenty-first", "end-2025",
            "third-quarter", "ten-year", "Twenty-Five", "FY24-25", "Q3-2024", "late-May", "two-years'",
        ] {
            assert!(may_start(w, &w.to_ascii_lowercase()), "{w:?}");
        }
        assert!(!may_start("company", "company") && !may_start("Reuters", "reuters"));
        for w in ["state-owned", "e-commerce", "Mercedes-Benz", "under-21", "pre-2008", "-", "--"] {
            assert!(!may_start(w, &w.to_ascii_lowercase()), "{w:?}");
        }
    }

    fn starts_of(text: &str) -> Vec<bool> {
        starts(&Doc::new(text, None))
    }

    /// Plain digits start a date only before what a rule reads after them.
    #[test]
    fn digits_start_only_before_date_words() {
        assert_eq!(starts_of("won 3 - 1"), [false, false, false, false]);
        assert_eq!(starts_of("won 2:1 in 4:08.22 at 7:30pm"), [false, false, false, false, false, false, false, false, false, true, false, true]);
        assert_eq!(starts_of("from 5 to 7 June"), [false, true, false, true, true]);
        assert_eq!(starts_of("5 to 6pm and 9-10 am"), [true, false, true, false, true, false, true, false]);
        assert_eq!(starts_of("in 3 weeks"), [true, true, true]);
        assert_eq!(starts_of("on 16 April"), [false, true, true]);
        assert_eq!(starts_of("at 3 pm"), [false, true, false]);
        assert_eq!(starts_of("the first in the spring"), [false, false, false, true, true]);
        assert_eq!(starts_of("the fifth century"), [true, true, false]);
        assert_eq!(starts_of("a new day ago at New Year"), [false, false, true, false, false, false, false]);
        assert_eq!(starts_of("at New Year's Day"), [false, true, true, false]);
        assert_eq!(starts_of("Canada's economy by Canada Day"), [false, false, false, true, false]);
        assert_eq!(starts_of("the “ 2020 ” plan"), [false, false, true, false, false]);
        assert_eq!(starts_of("a few days in the two years"), [true, true, true, false, false, true, true]);
        assert_eq!(starts_of("12 players in 1996"), [false, false, false, true]);
        assert_eq!(starts_of("about 20 people"), [false, false, false]);
        assert_eq!(starts_of("about 3 a.m. or around 8:45"), [true, true, false, false, true, true, false, false]);
        assert_eq!(starts_of("about 20 years"), [true, true, true]);
        assert_eq!(starts_of("up 2.5 percent in 2.5 years"), [false, false, false, true, true, true]);
        assert_eq!(starts_of("1,000 fans for 1,500 days"), [false, false, false, true, true]);
        assert_eq!(starts_of("at 10.30 pm on 16.04.2024 at 10.30"), [false, true, false, false, true, false, false]);
        assert_eq!(starts_of("rose 45.67 or 3.75 or 10.60"), [false, false, false, false, false, false]);
        assert_eq!(starts_of("rose 12.45 percent from 10.30 to 11.45pm"), [false, false, false, false, true, false, true]);
        assert_eq!(starts_of("a state-owned e-commerce firm"), [false, false, false, false]);
        assert_eq!(starts_of("his 5th homer (16th) on 16th April"), [false, false, false, false, false, false, false, true, true]);
        assert_eq!(starts_of("the 21st century from 16th to 18th May"), [true, true, false, false, true, false, true, true]);
        assert_eq!(starts_of("the first half and the first goal"), [true, false, false, false, false, false, false]);
    }

    /// Of the one-byte marks, only "'" opens a date ("'90s"): [`starts`] relies on it.
    #[test]
    fn one_byte_marks_take_the_full_test_s_answer() {
        for b in (0u8..128).filter(|b| !b.is_ascii_alphanumeric()) {
            let mark = (b as char).to_string();
            let opens = opening(&mark, &mark, &Shape::of(&mark), opening_word(&mark));
            assert_eq!(opens.is_some(), b == b'\'', "{mark:?}");
            if b == b'\'' {
                assert_eq!(opens, Some(Follow::Digits));
            }
        }
    }

    #[test]
    fn word_ends_turn_away_only_words_not_held() {
        let ends = WordEnds::new(["may", "the", "c.", "a", "~"]);
        for w in ["may", "MAY", "May", "the", "c.", "a", "~", "", "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"] {
            assert!(ends.may_hold(w), "{w:?}");
        }
        for w in ["of", "said", "mat", "then", "b.", "A", ".", "1"] {
            assert!(!ends.may_hold(w), "{w:?}");
        }
    }
}
