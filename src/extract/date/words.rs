//! The closed word classes dates are built from: month and weekday names, number words,
//! calendar units, parts of the day, seasons; and the data lists (zones, holidays, past-tense
//! verbs) embedded from `src/data/date_*.txt`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;
use super::prefilter::WordEnds;

/// Month number and whether the word is the full name, for a lower-case word ("sept" → 9);
/// [`month_number`] says which casings name a month in running text.
fn month_word(lw: &str) -> Option<(u32, bool)> {
    named(&MONTH_NAMES, lw)
}

/// The number and fullness of `lw` in a table of names and abbreviations.
fn named(table: &[(&str, u32, bool)], lw: &str) -> Option<(u32, bool)> {
    table.iter().find(|&&(name, _, _)| name == lw).map(|&(_, n, full)| (n, full))
}

/// Every month's name and abbreviations, lower case: the month and whether it is the full name.
const MONTH_NAMES: [(&str, u32, bool); 24] = [
    ("january", 1, true),
    ("jan", 1, false),
    ("february", 2, true),
    ("feb", 2, false),
    ("march", 3, true),
    ("mar", 3, false),
    ("april", 4, true),
    ("apr", 4, false),
    ("may", 5, true),
    ("june", 6, true),
    ("jun", 6, false),
    ("july", 7, true),
    ("jul", 7, false),
    ("august", 8, true),
    ("aug", 8, false),
    ("september", 9, true),
    ("sept", 9, false),
    ("sep", 9, false),
    ("october", 10, true),
    ("oct", 10, false),
    ("november", 11, true),
    ("nov", 11, false),
    ("december", 12, true),
    ("dec", 12, false),
];

/// Weekday number (Monday 1) and whether the word is the full name, for a lower-case word.
fn weekday_word(lw: &str) -> Option<(u32, bool)> {
    named(&WEEKDAY_NAMES, lw)
}

/// Every weekday's name and abbreviations, lower case: the day (Monday 1) and whether it is
/// the full name.
const WEEKDAY_NAMES: [(&str, u32, bool); 16] = [
    ("monday", 1, true),
    ("mon", 1, false),
    ("tuesday", 2, true),
    ("tue", 2, false),
    ("tues", 2, false),
    ("wednesday", 3, true),
    ("wed", 3, false),
    ("thursday", 4, true),
    ("thu", 4, false),
    ("thurs", 4, false),
    ("friday", 5, true),
    ("fri", 5, false),
    ("saturday", 6, true),
    ("sat", 6, false),
    ("sunday", 7, true),
    ("sun", 7, false),
];

/// The ends and lengths of the month and of the weekday names, in any case: the name tests
/// are asked of most candidate tokens, and most words are turned away by these before they
/// are lowered.
static MONTH_ENDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(MONTH_NAMES.iter().map(|&(name, _, _)| name)));
static WEEKDAY_ENDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(WEEKDAY_NAMES.iter().map(|&(name, _, _)| name)));

/// How a name is cased: Title ("April", "Sept"), all caps ("APRIL") or lower ("april").
#[derive(PartialEq)]
enum Casing {
    Title,
    Caps,
    Lower,
    Mixed,
}

fn casing(w: &str) -> Casing {
    let mut bytes = w.bytes();
    let first_upper = bytes.next().is_some_and(|b| b.is_ascii_uppercase());
    let (mut upper, mut lower) = (0, 0);
    for b in bytes {
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
    }
    match (first_upper, upper, lower) {
        (true, 0, _) => Casing::Title,
        (true, _, 0) => Casing::Caps,
        (false, 0, _) => Casing::Lower,
        _ => Casing::Mixed,
    }
}

/// Whether `w` starts as a month's name may (j, f, m, a, s, o, n or d in either case): most
/// words asked are turned away before they are lower-cased.
fn may_name_month(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| matches!(b.to_ascii_lowercase(), b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'))
}

/// The month a name stands for in running text: capitalised ("April", "Sept."), all caps when
/// written out ("APRIL"), or in lower case when written out and never an ordinary word
/// ("april", but not "may", "march" or "august").
pub fn month_number(w: &str) -> Option<u32> {
    if !may_name_month(w) {
        return None;
    }
    let w = w.trim_end_matches('.');
    if !MONTH_ENDS.may_hold(w) {
        return None;
    }
    let (m, full) = with_ascii_lower(w, month_word)?;
    let ok = match casing(w) {
        Casing::Title => true,
        Casing::Caps => full,
        Casing::Lower => full && !matches!(m, 3 | 5 | 8),
        Casing::Mixed => false,
    };
    ok.then_some(m)
}

/// The month a word names in any case, abbreviations included ("JAN.", "sept"): for header
/// lines, where the shape around the word says it is a date.
pub fn month_any_case(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    // The longest name is "september": a longer word, or one with another first letter, is
    // turned away before it is lower-cased (header lines ask this of most of their words).
    if w.len() > 9 || !may_name_month(w) || !MONTH_ENDS.may_hold(w) {
        return None;
    }
    with_ascii_lower(w, month_word).map(|(m, _)| m)
}

/// Is this month word an abbreviation ("Apr.", "Sept")? Abbreviations need a day or a year.
pub fn is_month_abbreviation(w: &str) -> bool {
    w.trim_end_matches('.').len() <= 4 && !matches!(w, "June" | "July" | "May" | "june" | "july")
}

/// The weekday (Monday 1) a name stands for: capitalised ("Tue", "Tuesday"), or written out in
/// all caps or lower case ("TUESDAY", "tuesday").
pub fn weekday_number(w: &str) -> Option<u32> {
    if !may_name_weekday(w) {
        return None;
    }
    let w = w.trim_end_matches('.');
    if !WEEKDAY_ENDS.may_hold(w) {
        return None;
    }
    let (d, full) = with_ascii_lower(w, weekday_word)?;
    let ok = match casing(w) {
        Casing::Title => true,
        Casing::Caps | Casing::Lower => full,
        Casing::Mixed => false,
    };
    ok.then_some(d)
}

/// The weekday a word names in any case, abbreviations included: for header lines.
pub fn weekday_any_case(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    // The longest name is "wednesday".
    if w.len() > 9 || !may_name_weekday(w) || !WEEKDAY_ENDS.may_hold(w) {
        return None;
    }
    with_ascii_lower(w, weekday_word).map(|(d, _)| d)
}

/// Whether `w` starts as a weekday's name may: every one starts with m, t, w, f or s (in
/// either case), so most words are turned away before they are lower-cased.
fn may_name_weekday(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| matches!(b.to_ascii_lowercase(), b'm' | b't' | b'w' | b'f' | b's'))
}

/// A weekday written out in full, possibly with a possessive ("Wednesday's ruling").
/// Short forms ("Sun", "Sat", "Wed") are also ordinary words and need a date beside them.
pub fn full_weekday(w: &str) -> Option<u32> {
    // As trim_end_matches("'s") then ("’s"), without a substring searcher per token.
    let mut stem = w;
    while let Some(s) = stem.strip_suffix("'s") {
        stem = s;
    }
    while let Some(s) = stem.strip_suffix("’s") {
        stem = s;
    }
    if stem.len() >= 6 { weekday_number(stem) } else { None }
}

/// A calendar unit word, singular or plural, as its TIMEX3 letter and the days it spans
/// (for arithmetic on days and weeks).
/// Declared from the finest to the coarsest, so `<` compares grains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub fn parse(w: &str) -> Option<(Unit, bool)> {
        // The longest form is "fortnights's" (12 letters, 14 bytes with a curly apostrophe);
        // every form starts with the first letter of a unit (second, sec, minute, min, hour,
        // hr, day, week, fortnight, month, quarter, year, yr, decade, century).
        if w.len() > 14 || !w.bytes().next().is_some_and(|b| matches!(b.to_ascii_lowercase(), b's' | b'm' | b'h' | b'd' | b'w' | b'f' | b'q' | b'y' | b'c')) {
            return None;
        }
        // Every form's ends and length are known: most words left are turned away here,
        // before they are lowered.
        if !UNIT_FORM_ENDS.may_hold(w) {
            return None;
        }
        // Only a non-ASCII word can hold a curly apostrophe (looked for with a substring
        // search, which costs more than the rest of the test).
        if !w.is_ascii() && w.contains('’') {
            return Unit::parse_lower(&w.to_ascii_lowercase().replace('’', "'"));
        }
        with_ascii_lower(w, Unit::parse_lower)
    }

    /// Every word [`Unit::parse`] reads, in lower case, in parts: a unit's name, whether it
    /// is in the plural ("s" after it), and a possessive ending ("year's", "years'",
    /// "years’") or none.
    fn form_parts() -> impl Iterator<Item = (&'static str, bool, &'static str)> {
        const NAMES: [&str; 14] = ["second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "quarter", "year", "yr", "decade"];
        let stems = NAMES.into_iter().flat_map(|n| [(n, false), (n, true)]).chain([("century", false), ("centuries", false)]);
        stems.flat_map(|(stem, plural)| ["", "'s", "'", "’s", "’"].map(move |end| (stem, plural, end)))
    }

    /// [`Unit::form_parts`] written out.
    #[cfg(test)]
    fn forms() -> impl Iterator<Item = String> {
        Unit::form_parts().map(|(stem, plural, end)| format!("{stem}{}{end}", if plural { "s" } else { "" }))
    }

    /// [`Unit::parse`] of a word already in lower case, with straight apostrophes.
    fn parse_lower(lw: &str) -> Option<(Unit, bool)> {
        // "last year's", "two years'": the possessive does not change the unit.
        let lw: &str = lw.strip_suffix("'s").or_else(|| lw.strip_suffix('\'')).unwrap_or(lw);
        let (stem, plural) = match lw.strip_suffix('s') {
            Some(s) if lw != "s" => (s, true),
            _ => (lw, false),
        };
        let u = match stem {
            "second" | "sec" => Unit::Second,
            "minute" | "min" => Unit::Minute,
            "hour" | "hr" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" | "yr" => Unit::Year,
            "decade" => Unit::Decade,
            _ if lw == "century" => return Some((Unit::Century, false)),
            _ if lw == "centuries" => return Some((Unit::Century, true)),
            _ => return None,
        };
        Some((u, plural))
    }

    /// The unit's name as a figure's `unit`: "year", "decade".
    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Fortnight => "fortnight",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }

    /// The grain of a point named in this unit ("three days later" is a day).
    pub fn grain(self) -> &'static str {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour => "time",
            Unit::Day => "day",
            Unit::Week | Unit::Fortnight => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }

    /// ISO 8601 duration for `n` of this unit: P3Y, PT2H, P2W, P10Y for a decade.
    pub fn duration(self, n: Option<f64>) -> String {
        let (k, letter, time) = match self {
            Unit::Second => (1.0, 'S', true),
            Unit::Minute => (1.0, 'M', true),
            Unit::Hour => (1.0, 'H', true),
            Unit::Day => (1.0, 'D', false),
            Unit::Week => (1.0, 'W', false),
            Unit::Fortnight => (2.0, 'W', false),
            Unit::Month => (1.0, 'M', false),
            Unit::Quarter => (3.0, 'M', false),
            Unit::Year => (1.0, 'Y', false),
            Unit::Decade => (10.0, 'Y', false),
            Unit::Century => (100.0, 'Y', false),
        };
        // Written piece by piece: the formatting machinery cost more than the rest.
        let mut out = String::with_capacity(12);
        out.push('P');
        if time {
            out.push('T');
        }
        match n.map(|n| n * k) {
            Some(x) if x.fract() == 0.0 => crate::calendar::push_padded(&mut out, x as i64, 0),
            Some(x) => {
                use std::fmt::Write;
                let _ = write!(out, "{x}");
            }
            None => out.push('X'),
        }
        out.push(letter);
        out
    }
}

/// The ends and lengths of every form of a unit ([`Unit::forms`]), in any case.
static UNIT_FORM_ENDS: LazyLock<WordEnds> = LazyLock::new(|| {
    let mut ends = WordEnds::new([]);
    for (stem, plural, end) in Unit::form_parts() {
        let last = end.bytes().last().unwrap_or(if plural { b's' } else { stem.as_bytes()[stem.len() - 1] });
        ends.add_ends(stem.as_bytes()[0], last, stem.len() + usize::from(plural) + end.len());
    }
    ends
});

/// `w.split_once(sep)` for an ASCII separator, as a byte loop: the words asked are a few
/// bytes long, too short to pay for a searcher's set-up (the rules ask it at every candidate
/// token).
pub fn split_once_byte(w: &str, sep: u8) -> Option<(&str, &str)> {
    debug_assert!(sep.is_ascii());
    let at = w.bytes().position(|b| b == sep)?;
    // An ASCII byte is a character of its own: both cuts are char boundaries.
    Some((&w[..at], &w[at + 1..]))
}

/// A count: digits ("3", "3.5") or a number word ("three", "twenty-five", "a", "an").
/// `None` inside means a vague count ("several", "a few", "many") that TIMEX3 writes as X.
pub fn count_word(w: &str) -> Option<Option<f64>> {
    // Every count starts with a digit or one of these letters (a, eight, few, hundred, many,
    // nine, one, several, two, zero ...): most tokens stop here.
    let first = w.bytes().next()?.to_ascii_lowercase();
    if !first.is_ascii_digit() && !matches!(first, b'a' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b's' | b't' | b'z') {
        return None;
    }
    if w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        // Plain digits (most counts) are summed as an integer, exact in an f64 up to 15 digits,
        // without the float parser.
        if w.len() <= 15 && w.bytes().all(|b| b.is_ascii_digit()) {
            let n = w.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64;
            return (n < 100_000.0).then_some(Some(n));
        }
        let n = if w.contains(',') { w.replace(',', "").parse::<f64>() } else { w.parse::<f64>() };
        return n.ok().filter(|x| *x >= 0.0 && *x < 100_000.0).map(Some);
    }
    // A word without a hyphen is one of the listed words or none: most are turned away by
    // their ends and length before they are lowered (a one-byte word is let through, as the
    // test reads those as written).
    if w.len() > 1 && !w.bytes().any(|b| b == b'-') && !COUNT_WORD_ENDS.may_hold(w) {
        return None;
    }
    with_ascii_lower(w, |lw| {
        if let Some((tens, ones)) = split_once_byte(lw, b'-') {
            let t = small_number(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
            let o = small_number(ones).filter(|o| *o < 10)?;
            return Some(Some(f64::from(t + o)));
        }
        match lw {
            "a" | "an" => Some(Some(1.0)),
            _ if VAGUE_COUNTS.contains(&lw) => Some(None),
            _ => small_number(lw).map(|n| Some(f64::from(n))),
        }
    })
}

/// A number word up to a hundred in lower case. A match, not a search of a list: asked of
/// every word starting as a count may ("the", "said", "on"), which are mostly none.
fn small_number(w: &str) -> Option<u32> {
    SMALL_NUMBERS.iter().find(|&&(word, _)| word == w).map(|&(_, n)| n)
}

/// The number words of a count, with their values.
const SMALL_NUMBERS: [(&str, u32); 29] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// The vague counts ("a few" is read as "a" then "few").
const VAGUE_COUNTS: [&str; 4] = ["several", "few", "many", "some"];

/// The ends and lengths of every count word without a hyphen (the articles, the vague counts
/// and the number words), in any case: [`count_word`] is asked of most candidate tokens.
static COUNT_WORD_ENDS: LazyLock<WordEnds> =
    LazyLock::new(|| WordEnds::new(["a", "an"].into_iter().chain(VAGUE_COUNTS).chain(SMALL_NUMBERS.iter().map(|&(w, _)| w))));

/// Ordinal words and numbers: "first" / "1st" -> 1 (up to 31 for days of the month).
pub fn ordinal(w: &str) -> Option<u32> {
    // Every ordinal, in words or digits, ends in st, nd, rd or th: most tokens stop here.
    let tail = w.as_bytes().get(w.len().saturating_sub(2)..).unwrap_or_default();
    if ![b"st", b"nd", b"rd", b"th"].iter().any(|e| tail.eq_ignore_ascii_case(*e)) {
        return None;
    }
    with_ascii_lower(w, ordinal_lower)
}

/// [`ordinal`] of a word in lower case.
fn ordinal_lower(lw: &str) -> Option<u32> {
    // A match, not a search of a list: asked of every word ending as an ordinal does ("and",
    // "with", "month"), which are mostly no ordinal.
    let word = match lw {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        "fifth" => Some(5),
        "sixth" => Some(6),
        "seventh" => Some(7),
        "eighth" => Some(8),
        "ninth" => Some(9),
        "tenth" => Some(10),
        "eleventh" => Some(11),
        "twelfth" => Some(12),
        "thirteenth" => Some(13),
        "fourteenth" => Some(14),
        "fifteenth" => Some(15),
        "sixteenth" => Some(16),
        "seventeenth" => Some(17),
        "eighteenth" => Some(18),
        "nineteenth" => Some(19),
        "twentieth" => Some(20),
        "twenty-first" => Some(21),
        "twenty-second" => Some(22),
        "twenty-third" => Some(23),
        "twenty-fourth" => Some(24),
        "twenty-fifth" => Some(25),
        "twenty-sixth" => Some(26),
        "twenty-seventh" => Some(27),
        "twenty-eighth" => Some(28),
        "twenty-ninth" => Some(29),
        "thirtieth" => Some(30),
        "thirty-first" => Some(31),
        _ => None,
    };
    if word.is_some() {
        return word;
    }
    let digits = lw.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lw[digits.len()..];
    if matches!(suffix, "st" | "nd" | "rd" | "th") && !digits.is_empty() && digits.len() <= 2 {
        return digits.parse().ok();
    }
    None
}

/// Part of the day as its TIMEX3 code.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    with_ascii_lower(w, |lw| match lw {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" | "overnight" => Some("NI"),
        _ => None,
    })
}

/// Season as its TIMEX3 code ("autumn" and "fall" are both FA), possessive or not ("last
/// summer's drought").
pub fn season(w: &str) -> Option<&'static str> {
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    // Every season's name has four or six letters: most words are turned away by their
    // length, the rest compared ignoring ASCII case with the names of that length (as the
    // ASCII lower case matched against them: no copy to lower).
    let names: &[(&str, &'static str)] = match w.len() {
        4 => &[("fall", "FA")],
        6 => &[("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("winter", "WI")],
        _ => return None,
    };
    names.iter().find(|(name, _)| w.eq_ignore_ascii_case(name)).map(|&(_, code)| code)
}

/// The month a season's code starts in (meteorological seasons: the winter of year y runs
/// from December y).
pub fn season_start_month(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static ZONES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut v: Vec<Vec<&'static str>> =
        lines(include_str!("../../data/date_zones.txt")).map(|l| l.split('\t').next().unwrap_or(l).split(' ').collect()).collect();
    // Longest first, so "Greenwich Mean Time" wins over a shorter entry.
    v.sort_by_key(|z| std::cmp::Reverse(z.len()));
    v
});

/// The first words of the time zones' names, for a quick test before the list is read.
static ZONE_FIRST_WORDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(ZONES.iter().filter_map(|z| z.first().copied())));

/// Number of tokens of a time zone name starting at `words[0]`, if one starts there.
pub fn zone_len(words: &[&str]) -> usize {
    // Most words begin no zone's name, and their ends and length say so (asked after every
    // clock time): the names are compared as written or, the longer ones, ignoring case, and
    // the test ignores the case of letters.
    if !words.first().is_some_and(|w| ZONE_FIRST_WORDS.may_hold(w)) {
        return 0;
    }
    for z in ZONES.iter() {
        if z.len() <= words.len() && z.iter().zip(words).all(|(a, b)| a == b || (a.len() > 3 && a.eq_ignore_ascii_case(b))) {
            return z.len();
        }
    }
    0
}

static HOLIDAYS: LazyLock<Vec<(Vec<&'static str>, u32, u32)>> = LazyLock::new(|| {
    let mut v: Vec<(Vec<&'static str>, u32, u32)> = lines(include_str!("../../data/date_holidays.txt"))
        .filter_map(|l| {
            let (name, md) = l.split_once('\t')?;
            let (m, d) = md.split_once('-')?;
            Some((name.split(' ').collect(), m.parse().ok()?, d.parse().ok()?))
        })
        .collect();
    v.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
    v
});

/// Does a fixed-date holiday's name start with `w`?
#[cfg(test)]
pub fn starts_holiday(w: &str) -> bool {
    HOLIDAYS.iter().any(|(h, _, _)| h.first() == Some(&w))
}

/// The first words of the fixed-date holidays ("Christmas", "New").
pub fn holiday_first_words() -> impl Iterator<Item = &'static str> {
    HOLIDAYS.iter().filter_map(|(h, _, _)| h.first().copied())
}

/// The ends and lengths of the holidays' first words: most words asked (every capitalised
/// candidate token) begin none, and are turned away before the list is read.
static HOLIDAY_FIRST_ENDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(holiday_first_words()));

/// A fixed-date holiday starting at `words[0]`: (tokens, month, day).
pub fn holiday(words: &[&str]) -> Option<(usize, u32, u32)> {
    let first = words.first().filter(|w| HOLIDAY_FIRST_ENDS.may_hold(w))?;
    // Only the holidays named from this word, in the list's order (the longest names first).
    let named_from = HOLIDAYS_BY_FIRST_WORD.get(first)?;
    named_from.iter().map(|&k| &HOLIDAYS[k]).find(|(h, _, _)| h.len() <= words.len() && h.iter().zip(words).all(|(a, b)| a == b)).map(|(h, m, d)| (h.len(), *m, *d))
}

/// The places in [`HOLIDAYS`] of the holidays named from each first word, in order.
static HOLIDAYS_BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut by_first: HashMap<&'static str, Vec<usize>> = HashMap::default();
    for (k, (h, _, _)) in HOLIDAYS.iter().enumerate() {
        if let Some(&first) = h.first() {
            by_first.entry(first).or_default().push(k);
        }
    }
    by_first
});

/// A list of words with a quick test before its hash is taken ([`WordEnds`]): the tense cues
/// ask the verb lists of every word near a date, and nearly all are in none.
struct WordSet {
    ends: WordEnds,
    words: HashMap<&'static str, ()>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> WordSet {
        let words: HashMap<&'static str, ()> = words.map(|w| (w, ())).collect();
        WordSet { ends: WordEnds::new(words.keys().copied()), words }
    }

    /// Inlined at the callers, the table probe kept out of line: most words never get to it.
    #[inline]
    fn contains(&self, w: &str) -> bool {
        self.ends.may_hold(w) && self.holds(w)
    }

    #[inline(never)]
    fn holds(&self, w: &str) -> bool {
        self.words.contains_key(w)
    }
}

static PAST_VERBS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(lines(include_str!("../../data/date_past_verbs.txt"))));

#[inline]
pub fn is_listed_past(w: &str) -> bool {
    PAST_VERBS.contains(w)
}

static CONTRACT_WORDS: LazyLock<HashMap<&'static str, ()>> =
    LazyLock::new(|| lines(include_str!("../../data/date_contract_words.txt")).map(|l| (l, ())).collect());

/// "cotton", "futures", "delivery": after a bare month, a contract month ("December cotton").
/// `lower` is the word in lower case.
pub fn is_contract_word(lower: &str) -> bool {
    CONTRACT_WORDS.contains_key(lower)
}

static RECORD_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(lines(include_str!("../../data/date_record_words.txt"))));

/// "highest", "first", "most": before "in 17 years" the span a record is measured over.
/// `lower` is the word in lower case.
pub fn is_record_word(lower: &str) -> bool {
    RECORD_WORDS.contains(lower)
}

static SCHEDULED_VERBS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(lines(include_str!("../../data/date_scheduled_verbs.txt"))));

/// Whether `w` may be a listed past tense, scheduled verb or its plain form: false only when
/// the word's ends and length are none of theirs (see [`WordEnds`]).
pub fn may_be_tense_verb(w: &str) -> bool {
    PAST_VERBS.ends.may_hold(w) || SCHEDULED_VERBS.ends.may_hold(w) || SCHEDULED_PLAIN.ends.may_hold(w)
}

/// "opens", "takes", "faces": a present tense that, beside a date, tells a scheduled event.
#[inline]
pub fn is_scheduled_verb(w: &str) -> bool {
    SCHEDULED_VERBS.contains(w)
}

/// The plain forms of the scheduled verbs ("open", "meet", "go"), for plural subjects:
/// "markets reopen on Tuesday", "voters go to the polls on Sunday".
static SCHEDULED_PLAIN: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SCHEDULED_VERBS.words.keys().map(|w| plain_form(w))));

fn plain_form(third_person: &'static str) -> &'static str {
    let es = ["ches", "shes", "sses", "xes", "oes"].iter().any(|e| third_person.ends_with(e));
    let cut = if es { 2 } else { 1 };
    &third_person[..third_person.len().saturating_sub(cut)]
}

#[inline]
pub fn is_scheduled_plain_verb(w: &str) -> bool {
    SCHEDULED_PLAIN.contains(w)
}

/// `f` of `w` with its ASCII letters in lower case (`to_ascii_lowercase`), without a copy
/// on the heap.
fn with_ascii_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    crate::lexicon::with_ascii_lowercase(w, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form of a unit passes the quick test of its ends, in any case.
    #[test]
    fn every_unit_form_is_read() {
        for form in Unit::forms() {
            for w in [form.clone(), form.to_uppercase(), format!("{}{}", form[..1].to_uppercase(), &form[1..])] {
                assert!(Unit::parse(&w).is_some(), "{w:?}");
            }
        }
        for w in ["Years", "YEAR'S", "decades’", "century", "a", "the", "yesterday", "daily"] {
            assert_eq!(Unit::parse(w).is_some(), !matches!(w, "a" | "the" | "yesterday" | "daily"), "{w:?}");
        }
    }

    /// The count words without a hyphen pass the quick test of their ends, in any case.
    #[test]
    fn every_count_word_is_read() {
        for w in ["a", "an", "A", "An", "several", "Few", "MANY", "some", "zero", "Twelve", "HUNDRED", "ninety", "twenty-one", "Forty-Five"] {
            assert!(count_word(w).is_some(), "{w:?}");
        }
        for w in ["the", "said", "Reuters", "tens", "twenty-ten"] {
            assert!(count_word(w).is_none(), "{w:?}");
        }
    }

    /// The first-letter tests turn away no month name or unit the full tests accept.
    #[test]
    fn first_letter_tests_keep_every_month_and_unit() {
        let months = [
            "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
            "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
        ];
        for m in months {
            assert!(month_word(m).is_some() && may_name_month(m) && may_name_month(&m.to_ascii_uppercase()), "{m}");
        }
        let units = ["second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "quarter", "year", "yr", "decade"];
        let plurals = units.map(|u| format!("{u}s"));
        for u in units.iter().copied().chain(plurals.iter().map(String::as_str)).chain(["century", "centuries", "year’s"]) {
            for form in [u.to_owned(), u.to_ascii_uppercase(), format!("{}{}", u[..1].to_ascii_uppercase(), &u[1..])] {
                assert!(Unit::parse(&form).is_some(), "{form}");
            }
        }
        let weekdays = [
            "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thurs", "friday", "fri",
            "saturday", "sat", "sunday", "sun",
        ];
        for d in weekdays {
            assert!(weekday_word(d).is_some() && weekday_number(&format!("{}{}.", d[..1].to_ascii_uppercase(), &d[1..])).is_some(), "{d}");
        }
        for s in ["spring", "Summer", "AUTUMN", "fall", "Winter"] {
            assert!(season(s).is_some(), "{s}");
        }
        for (s, code) in [("Fall", Some("FA")), ("summer's", Some("SU")), ("WINTER’s", Some("WI")), ("sprinG", Some("SP")), ("falls", None), ("spring-", None), ("sümmer", None)] {
            assert_eq!(season(s), code, "{s}");
        }
    }

    #[test]
    fn ordinals_in_words_and_digits() {
        let words = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
            "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
        ];
        for (n, w) in words.iter().enumerate() {
            assert_eq!(ordinal(w), Some(n as u32 + 1), "{w}");
            assert_eq!(ordinal(&w.to_ascii_uppercase()), Some(n as u32 + 1), "{w}");
        }
        for (w, n) in [("1st", Some(1)), ("22nd", Some(22)), ("3RD", Some(3)), ("31th", Some(31)), ("123rd", None), ("and", None), ("with", None), ("month", None), ("th", None)] {
            assert_eq!(ordinal(w), n, "{w}");
        }
    }

    #[test]
    fn split_once_byte_splits_as_split_once() {
        for w in ["mid-March", "twenty-one", "-", "a-", "-b", "no", "", "a-b-c", "é-è"] {
            assert_eq!(split_once_byte(w, b'-'), w.split_once('-'), "{w}");
        }
    }
}
