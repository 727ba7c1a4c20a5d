//! Calendar dates written out: "April 16", "16 April 2024", "Apr. 16, 2024", "2024-04-16",
//! "16/4/2024", "March 2023", "2015", "the 1990s", "the 21st century", "fiscal 2024", "Q3 2024",
//! "the first half of 2023", "summer 2022", "Christmas". A date missing its year is placed by
//! the sentence's tense (see [`super::anchor`]).

use super::anchor;
use super::timex::{Clock, Point};
use super::words::{self, month_number, ordinal};
use super::{Cx, Hit};
use crate::calendar::Date;

/// A day of the month: "16", "16th", "1st".
pub fn day_number(w: &str) -> Option<u32> {
    // The digits come first: a word is turned away before its letters are cut.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A four-digit year 1000-2199.
pub fn year_number(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten().filter(|y| (1000..2200).contains(y))
}

/// Prepositions and modifiers after which a bare month or year is a date.
const TIME_PREPS: &[&str] = &[
    "in", "since", "until", "till", "by", "before", "after", "during", "early", "late", "mid", "from", "through",
    "throughout", "between", "of", "to", "last", "next", "this", "that", "each", "every", "around", "circa", "and",
    "or", "as", "for", "on", "at", "the", "end", "beginning", "start", "middle", "spring", "summer", "autumn",
    "winter", "fall", "fiscal",
];

/// Words after a number that make it a count, not a year or a day.
fn counted(cx: &Cx<'_, '_>, i: usize) -> bool {
    let w = cx.t(i);
    if matches!(w, "%" | "-" | "‑") && cx.glued(i) {
        return w == "%";
    }
    let lw = cx.lower(i);
    matches!(
        lw,
        "%" | "per" | "percent" | "pc" | "million" | "billion" | "trillion" | "thousand" | "hundred" | "bn" | "m"
            | "km" | "kg" | "tonnes" | "tons" | "metres" | "meters" | "miles" | "feet" | "points" | "pages" | "yuan"
            | "dollars" | "euros" | "pounds" | "people" | "times" | "votes" | "seats" | "units" | "cars" | "homes"
    )
}

fn page_like(cx: &Cx<'_, '_>, i: usize) -> bool {
    i > 0 && cx.is_any(i - 1, &["page", "p.", "pp.", "no.", "number", "room", "flight", "route", "article", "section", "chapter", "line", "bus", "gate", "platform", "paragraph", "rule", "#"])
}

/// Resolve month/day without a year.
pub fn month_day(cx: &Cx<'_, '_>, start: usize, end: usize, year: Option<i32>, m: u32, d: u32, rule: &'static str) -> Option<Hit> {
    match (year, cx.r) {
        (Some(y), _) => Date::new(y, m, d).map(|date| Hit::new(start, end, Point::Day(date), rule)),
        (None, Some(r)) => {
            let y = anchor::year_of(r, m, d, || cx.dir(start, end));
            match Date::new(y, m, d) {
                Some(date) => Some(Hit::new(start, end, Point::Day(date), rule).rel(None)),
                None if d <= 31 => Some(Hit::new(start, end, Point::MonthDayX(m, d), rule)),
                None => None,
            }
        }
        (None, None) => (d <= 31 && (d <= crate::calendar::days_in_month(2024, m))).then(|| Hit::new(start, end, Point::MonthDayX(m, d), rule)),
    }
}

fn month_only(cx: &Cx<'_, '_>, start: usize, end: usize, m: u32, rule: &'static str) -> Hit {
    match cx.r {
        Some(r) => {
            // "December cotton closed higher": a contract month is the coming one.
            let contract = cx.same_line(end) && words::is_contract_word(cx.lower(end));
            let dir = || if contract { super::tense::Dir::Future } else { cx.dir(start, end) };
            Hit::new(start, end, Point::Month(anchor::year_of(r, m, 0, dir), m), rule).rel(None)
        }
        None => Hit::new(start, end, Point::MonthX(m), rule),
    }
}

/// A year after a month or day: "2024", or ", 2024".
fn year_after(cx: &Cx<'_, '_>, i: usize) -> Option<(usize, i32)> {
    if !cx.same_line(i) {
        return None;
    }
    if let Some(y) = year_number(cx.t(i)) {
        if !counted(cx, i + 1) {
            return Some((i + 1, y));
        }
    }
    if cx.t(i) == "," {
        if let Some(y) = year_number(cx.t(i + 1)) {
            if !counted(cx, i + 2) {
                return Some((i + 2, y));
            }
        }
    }
    // "Sept. 5 of 2023" / "the 4th of July of 1995" are rare enough to leave out.
    None
}

pub fn at(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let w = cx.t(i);
    if let Some(h) = iso(cx, i) {
        return Some(h);
    }
    if let Some(h) = numeric(cx, i) {
        return Some(h);
    }
    if let Some(h) = period_code(cx, i) {
        return Some(h);
    }
    if let Some(h) = months_quarter(cx, i) {
        return Some(h);
    }
    // A month that opens nothing may still open a holiday ("May Day").
    if let Some(h) = month_number(w).and_then(|m| month_first(cx, i, m)) {
        return Some(h);
    }
    if let Some(h) = day_first(cx, i) {
        return Some(h);
    }
    if let Some(h) = the_ordinal_of(cx, i) {
        return Some(h);
    }
    if let Some(h) = period(cx, i) {
        return Some(h);
    }
    if let Some(h) = holiday(cx, i) {
        return Some(h);
    }
    if let Some(h) = easter(cx, i) {
        return Some(h);
    }
    if let Some(h) = weekday_holiday(cx, i) {
        return Some(h);
    }
    if let Some(h) = nth_weekday_of_month(cx, i) {
        return Some(h);
    }
    year(cx, i)
}

/// 2024-04-16, split by the tokenizer into 2024 - 04 - 16.
fn iso(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let y = year_number(cx.t(i))?;
    if cx.t(i + 1) != "-" || cx.t(i + 3) != "-" || !cx.glued(i + 1) || !cx.glued(i + 2) || !cx.glued(i + 3) || !cx.glued(i + 4) {
        return None;
    }
    let (m, d) = (cx.t(i + 2), cx.t(i + 4));
    // "2024-05-03T14:32:00Z": a timestamp, its day token "03T14".
    let (d, hour) = match d.split_once(['T', 't']) {
        Some((d, h)) if h.len() == 2 => (d, Some(h)),
        _ => (d, None),
    };
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let date = Date::new(y, m.parse().ok()?, d.parse().ok()?)?;
    let mut hit = Hit::new(i, i + 5, Point::Day(date), "date.iso");
    if let Some((end, clock)) = hour.and_then(|h| iso_time(cx, i + 5, h)) {
        hit.end = end;
        hit.clock = Some(clock);
    }
    Some(hit)
}

/// The rest of an ISO 8601 timestamp after its hour `h`, from token `j`: ":32", ":32:00",
/// each maybe ending in "Z" ("32Z", "00Z"), and an offset "+01:00" or "-05:00" after it (read,
/// not kept: TIMEX3 values hold local time). (end token, clock).
fn iso_time(cx: &Cx<'_, '_>, j: usize, h: &str) -> Option<(usize, Clock)> {
    let two_digits = |w: &str| (w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse::<u32>().ok()).flatten();
    let part = |k: usize| -> Option<(u32, bool)> {
        if cx.t(k) != ":" || !cx.glued(k) || !cx.glued(k + 1) {
            return None;
        }
        let w = cx.t(k + 1);
        let (digits, zulu) = w.strip_suffix(['Z', 'z']).map_or((w, false), |d| (d, true));
        Some((two_digits(digits)?, zulu))
    };
    let hour = two_digits(h).filter(|&h| h < 24)?;
    let (minute, mut zulu) = part(j).filter(|&(m, _)| m < 60)?;
    let mut end = j + 2;
    let mut second = None;
    if !zulu {
        if let Some((s, z)) = part(end).filter(|&(s, _)| s < 60) {
            second = Some(s);
            zulu = z;
            end += 2;
        }
    }
    // "+01:00": a sign, two digits, ":", two digits, all glued.
    if !zulu && matches!(cx.t(end), "+" | "-") && cx.glued(end) && cx.glued(end + 1) && two_digits(cx.t(end + 1)).is_some() && part(end + 2).is_some() {
        end += 4;
    }
    Some((end, Clock::At(hour, minute, second)))
}

/// The century of a two-digit year ("4/16/24", "FY99"): the latest year ending in those digits
/// that is at most ten years after the article's date — news looks back far more often than
/// ahead, so "3/18/40" told in 2016 is 1940. Without a date, 00-49 are 20xx and 50-99 19xx.
fn two_digit_year(cx: &Cx<'_, '_>, yy: i32) -> i32 {
    let Some(r) = cx.r else {
        return if yy < 50 { 2000 + yy } else { 1900 + yy };
    };
    let y = r.year - r.year.rem_euclid(100) + yy;
    if y > r.year + 10 { y - 100 } else { y }
}

/// Numeric dates with slashes: 16/4/2024 (day first), 4/16/2024 (month first), 16/4/24.
fn numeric(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if let Some(h) = dotted(cx, i) {
        return Some(h);
    }
    let a: u32 = small(cx.t(i))?;
    if cx.t(i + 1) != "/" || !cx.glued(i + 1) || !cx.glued(i + 2) {
        return None;
    }
    let b: u32 = small(cx.t(i + 2))?;
    let (year, end) = if cx.t(i + 3) == "/" && cx.glued(i + 3) && cx.glued(i + 4) {
        let ys = cx.t(i + 4);
        let y: i32 = match ys.len() {
            4 => year_number(ys)?,
            2 => two_digit_year(cx, ys.parse().ok()?),
            _ => return None,
        };
        (Some(y), i + 5)
    } else {
        // Without a year "3/4" is as likely a fraction: only after a preposition of time.
        if i == 0 || !cx.is_any(i - 1, &["on", "since", "until", "by", "from", "before", "after", "till"]) {
            return None;
        }
        (None, i + 3)
    };
    let (d, m, rule) = if a > 12 && b <= 12 {
        (a, b, "date.numeric_dmy")
    } else if b > 12 && a <= 12 {
        (b, a, "date.numeric_mdy")
    } else if a <= 12 && b <= 12 {
        match cx.day_first() {
            Some(true) => (a, b, "date.numeric_dmy_style"),
            _ => (b, a, "date.numeric_mdy_style"),
        }
    } else {
        return None;
    };
    month_day(cx, i, end, year, m, d, rule)
}

fn small(w: &str) -> Option<u32> {
    (w.len() <= 2 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten().filter(|n| *n >= 1)
}

/// The paper's style for ambiguous numeric dates: an unambiguous one elsewhere in the document
/// decides; else British spelling ("per cent", "organisation", "centre") says day first; else
/// month first, the American and wire default.
/// "23.04.2022": a date written with full stops is always day first (the European style), and
/// needs its four-digit year (without it, "3.04" is a number).
fn dotted(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    // Only a number token can be one (tested before the token is split: this runs at every
    // candidate token).
    if !cx.number(i) {
        return None;
    }
    let mut parts = cx.t(i).split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let (d, m, y) = (small(d)?, small(m)?, year_number(y)?);
    let date = Date::new(y, m, d)?;
    Some(Hit::new(i, i + 1, Point::Day(date), "date.numeric_dotted"))
}

pub fn numeric_style(cx: &Cx<'_, '_>) -> Option<bool> {
    let n = cx.n();
    let mut british = false;
    let mut i = 0;
    while i < n {
        if i + 2 < n && cx.t(i + 1) == "/" && cx.glued(i + 1) && cx.glued(i + 2) {
            if let (Some(a), Some(b)) = (small(cx.t(i)), small(cx.t(i + 2))) {
                if a > 12 && b <= 12 {
                    return Some(true);
                }
                if b > 12 && a <= 12 && b <= 31 {
                    return Some(false);
                }
            }
        }
        let w = cx.lower(i);
        if (w == "per" && cx.is(i + 1, "cent")) || w.starts_with("organis") || w == "centre" || w == "programme" || w == "labour" || w == "favour" || w == "defence" {
            british = true;
        }
        i += 1;
    }
    british.then_some(true)
}

/// "April 16", "April 16, 2024", "April 16th 2024", "April 2024", "April of 2024", bare "April".
fn month_first(cx: &Cx<'_, '_>, i: usize, m: u32) -> Option<Hit> {
    if !cx.same_line(i + 1) {
        return bare_month_ok(cx, i, m).then(|| month_only(cx, i, i + 1, m, "date.month"));
    }
    let next = cx.t(i + 1);
    if let Some(d) = day_number(next).filter(|_| cx.number(i + 1) && !counted(cx, i + 2)) {
        // "May 5" but not "May 5,000".
        if let Some((end, y)) = year_after(cx, i + 2) {
            return month_day(cx, i, end, Some(y), m, d, "date.month_day_year");
        }
        return month_day(cx, i, i + 2, None, m, d, "date.month_day");
    }
    if let Some(d) = ordinal(next).filter(|d| (1..=31).contains(d) && !cx.number(i + 1)) {
        // "May twenty-ninth" in words.
        return month_day(cx, i, i + 2, None, m, d, "date.month_day");
    }
    if let Some(y) = year_number(next).filter(|_| !counted(cx, i + 2)) {
        return Some(Hit::new(i, i + 2, Point::Month(y, m), "date.month_year"));
    }
    if cx.is(i + 1, "of") {
        if let Some(y) = year_number(cx.t(i + 2)) {
            return Some(Hit::new(i, i + 3, Point::Month(y, m), "date.month_year"));
        }
        // "May of last year".
        if let Some((end, y)) = relative_year_tail(cx, i + 1) {
            return Some(Hit::new(i, end, Point::Month(y, m), "date.month_year").rel(None));
        }
    }
    if bare_month_ok(cx, i, m) {
        // "March last year", "in June next year": one month, its year counted from the
        // reference (not the month of this year and a second date).
        if let Some((end, y)) = bare_relative_year(cx, i + 1) {
            return Some(Hit::new(i, end, Point::Month(y, m), "date.month_year").rel(None));
        }
        return Some(month_only(cx, i, i + 1, m, "date.month"));
    }
    None
}

/// A month name alone. Abbreviations need a day or a year; "May" and "March" are also a
/// modal, a name (Theresa May) and a verb, so they need a preposition of time before them or
/// must modify a noun after "the"/"this"/"last" ("the March accession").
pub fn bare_month_ok(cx: &Cx<'_, '_>, i: usize, m: u32) -> bool {
    let w = cx.t(i);
    if words::is_month_abbreviation(w) && cx.capitalised(i) {
        return abbreviation_after_time_word(cx, i);
    }
    if !cx.name_cased(i) || w.ends_with('.') || words::is_month_abbreviation(w) {
        return false;
    }
    if cx.t(i).chars().all(|c| c.is_uppercase()) && cx.doc.tokens.iter().filter(|t| t.is_word()).take(40).all(|t| t.is_all_caps() || t.text.len() < 3) {
        // An all-caps headline: "MAY" cannot be told from a name.
        return m != 5 && m != 3;
    }
    let prev = if i > 0 { cx.t(i - 1) } else { "" };
    let prev_time = i > 0 && cx.same_sentence(i - 1, i) && TIME_PREPS.iter().any(|p| prev.eq_ignore_ascii_case(p));
    if m != 5 && m != 3 {
        // Other months are unambiguous once capitalised; a following capitalised word makes
        // it a name ("August Rush", "June Carter").
        let next_name = cx.capitalised(i + 1) && cx.same_sentence(i, i + 1) && !cx.doc.sentence_initial(i + 1) && month_number(cx.t(i + 1)).is_none();
        return !next_name || prev_time;
    }
    // "May soybeans", "March wheat": a contract month in a trading report.
    if !prev_time {
        return cx.same_line(i + 1) && !cx.capitalised(i + 1) && words::is_contract_word(cx.lower(i + 1));
    }
    // "the March accession": "the" must be followed by a lower-case noun, not "on"/"of".
    if prev.eq_ignore_ascii_case("the") || prev.eq_ignore_ascii_case("this") || prev.eq_ignore_ascii_case("that") {
        let next = cx.t(i + 1);
        return next.chars().next().is_some_and(char::is_lowercase) && !matches!(next, "on" | "of" | "to" | "for" | "and" | "in" | "against" | "from" | "by");
    }
    // "the year to March", "the three months to May": a reporting period's end.
    let period_to = prev.eq_ignore_ascii_case("to") && i > 1 && cx.unit(i - 2).is_some_and(|(u, _)| u >= words::Unit::Week);
    if period_to {
        return !cx.t(i).ends_with("'s") && !cx.capitalised(i + 1);
    }
    // "as May said", "and May" after a name: only time words make it safe.
    if prev.eq_ignore_ascii_case("as") || prev.eq_ignore_ascii_case("and") || prev.eq_ignore_ascii_case("or") || prev.eq_ignore_ascii_case("to") || prev.eq_ignore_ascii_case("for") || prev.eq_ignore_ascii_case("on") || prev.eq_ignore_ascii_case("at") {
        return false;
    }
    // "by May" is safe only when no verb follows ("by May's government").
    !cx.t(i).ends_with("'s") && !cx.capitalised(i + 1)
}

/// A month's abbreviation alone, after a preposition of time and before no name: "rose in
/// Oct", "since Sept.", "by Feb". Not those that are also names or words ("Jan", "Jun",
/// "Mar"), nor "May" and "March" (never abbreviated).
fn abbreviation_after_time_word(cx: &Cx<'_, '_>, i: usize) -> bool {
    let unambiguous = matches!(cx.t(i).trim_end_matches('.'), "Feb" | "Apr" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec");
    let after_time_word = i > 0
        && cx.same_sentence(i - 1, i)
        && cx.is_any(i - 1, &["in", "since", "until", "till", "by", "before", "after", "from", "through", "during", "early", "late", "mid", "end"]);
    let name_after = cx.capitalised(i + 1) && cx.same_sentence(i, i + 1) && !cx.doc.sentence_initial(i + 1);
    unambiguous && after_time_word && !name_after
}

/// "16 April", "16 April 2024", "16th of April", "16th of April, 2024".
fn day_first(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    day_month(cx, i).or_else(|| range_start_day(cx, i))
}

/// "16 April", "16 April 2024", "16th of April".
fn day_month(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let d = day_number(cx.t(i))?;
    // The minutes of a clock time ("12:30 December 27") are no day.
    if !cx.number(i) || (i > 0 && cx.glued(i) && cx.t(i - 1) == ":") {
        return None;
    }
    let mut j = i + 1;
    if cx.is(j, "of") && ordinal(cx.t(i)).is_some() {
        j += 1;
    }
    let m = month_number(cx.t(j)).filter(|_| cx.name_cased(j) && cx.same_line(j))?;
    if let Some((end, y)) = year_after(cx, j + 1).filter(|_| cx.same_line(j + 1)) {
        return month_day(cx, i, end, Some(y), m, d, "date.day_month_year");
    }
    month_day(cx, i, j + 1, None, m, d, "date.day_month")
}

/// The first day of a day-first range, "from 5 to 7 June 2024", "5-7 June": the month and year
/// are the second end's, read when the expression after the connector is a whole day-first date.
fn range_start_day(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let d = day_number(cx.t(i)).filter(|_| cx.number(i))?;
    if !super::combine::is_range_word(cx.t(i + 1)) || !cx.number(i + 2) {
        return None;
    }
    let second = day_month(cx, i + 2)?;
    let point = match second.point {
        Point::Day(end) if d < end.day => Point::Day(Date::new(end.year, end.month, d)?),
        Point::MonthDayX(m, end) if d < end => Point::MonthDayX(m, d),
        _ => return None,
    };
    let mut h = Hit::new(i, i + 1, point, "date.range_start_day");
    h.relative = second.relative;
    Some(h)
}

/// "the 16th of April", "the fourth of July" (the article is part of the span).
fn the_ordinal_of(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !cx.is(i, "the") {
        return None;
    }
    let d = ordinal(cx.t(i + 1)).filter(|d| (1..=31).contains(d))?;
    if !cx.is(i + 2, "of") {
        return bare_day_of_month(cx, i, d);
    }
    let m = month_number(cx.t(i + 3)).filter(|_| cx.name_cased(i + 3))?;
    if let Some((end, y)) = year_after(cx, i + 4) {
        return month_day(cx, i, end, Some(y), m, d, "date.day_month_year");
    }
    month_day(cx, i, i + 4, None, m, d, "date.day_month")
}

/// "due on the 15th.", "by the 3rd,": a day of the month alone, written in digits after a
/// preposition of time and ending its phrase ("the 15th amendment", "the 15th time" are no
/// dates). The reference's month, or the next one when the sentence looks forward to a day
/// already gone, or the last one when it looks back to a day still to come.
fn bare_day_of_month(cx: &Cx<'_, '_>, i: usize, d: u32) -> Option<Hit> {
    let written_in_digits = cx.t(i + 1).starts_with(|c: char| c.is_ascii_digit());
    let after_prep = i > 0 && cx.is_any(i - 1, &["on", "by", "until", "till", "from", "since", "before", "after"]);
    // "on the 28th and ended ...", but not "on the 15th and 17th holes".
    let joins_another = cx.is_any(i + 2, &["and", "or"]) && cx.t(i + 3).starts_with(|c: char| c.is_ascii_digit());
    let phrase_ends = i + 2 >= cx.n() || matches!(cx.t(i + 2), "." | "," | ";" | ":" | ")" | "and" | "or" | "at" | "when") && !joins_another;
    if !(written_in_digits && after_prep && phrase_ends) {
        return None;
    }
    let Some(r) = cx.r else {
        return Some(Hit::unresolved_day(i, i + 2, "date.day_of_month"));
    };
    let this_month = Date::new(r.year, r.month, d);
    let shifted = |n: i32| {
        let m = r.add_months(n);
        Date::new(m.year, m.month, d)
    };
    let day = match cx.dir(i, i + 2) {
        super::tense::Dir::Future if this_month.is_none_or(|t| t < r) => shifted(1),
        super::tense::Dir::Past if this_month.is_none_or(|t| t > r) => shifted(-1),
        _ => this_month,
    }?;
    Some(Hit::new(i, i + 2, Point::Day(day), "date.day_of_month").rel(None))
}

/// A year of the reference or the one given after the expression: "of 2023", "2023".
/// A half or quarter of a match: in a sports story, "the second half" (or "quarter") with no
/// year after it (token `j` follows the period's words).
fn match_period(cx: &Cx<'_, '_>, j: usize) -> bool {
    cx.doc.is_sports_story() && year_tail(cx, j).1.is_none() && relative_year_tail(cx, j).is_none()
}

/// "of the year", "of this year", "of next year", "of last year" after a quarter or half:
/// (end, year) counted from the reference.
fn relative_year_tail(cx: &Cx<'_, '_>, j: usize) -> Option<(usize, i32)> {
    let r = cx.r?;
    if !cx.is(j, "of") {
        return None;
    }
    // "the year" is the one the sentence named, if it named one.
    if cx.lower(j + 1) == "the" && cx.is(j + 2, "year") {
        return Some((j + 3, cx.sentence_year.get().unwrap_or(r.year)));
    }
    bare_relative_year(cx, j + 1)
}

/// "last year", "this year", "next year" at token `j`, with no "of" before: (end, year)
/// counted from the reference.
fn bare_relative_year(cx: &Cx<'_, '_>, j: usize) -> Option<(usize, i32)> {
    let r = cx.r?;
    if !cx.is(j + 1, "year") {
        return None;
    }
    let n = match cx.lower(j) {
        "this" => 0,
        "next" => 1,
        "last" => -1,
        _ => return None,
    };
    Some((j + 2, r.year + n))
}

/// The year of "FY2024" or "FY24".
fn fy_year(cx: &Cx<'_, '_>, w: &str) -> Option<i32> {
    let rest = w.strip_prefix("FY")?;
    match rest.len() {
        4 => year_number(rest),
        2 => rest.parse::<i32>().ok().map(|y| two_digit_year(cx, y)),
        _ => None,
    }
}

/// The end of a second year glued to year `y` at token `j`: "-24" or "/2024" after "2023"
/// (the next year, two digits or four, no spaces). None for any other number ("2023-25").
fn next_year_after(cx: &Cx<'_, '_>, j: usize, y: i32) -> Option<usize> {
    let glued = |k: usize| cx.doc.tokens.get(k).is_some_and(|t| !t.space_before);
    if !(cx.is_any(j, &["-", "/", "–"]) && glued(j) && glued(j + 1) && cx.number(j + 1)) {
        return None;
    }
    let w = cx.t(j + 1);
    let n: i32 = w.parse().ok()?;
    (w.len() == 2 && n == (y + 1) % 100 || w.len() == 4 && n == y + 1).then_some(j + 2)
}

/// A fiscal year after a quarter or half, from token `j`: "of fiscal 2013", "of fiscal year
/// 2013", "of the 2013 fiscal year", "of FY2013". (End token, year.)
fn fiscal_year_tail(cx: &Cx<'_, '_>, j: usize) -> Option<(usize, i32)> {
    if !cx.is(j, "of") {
        return None;
    }
    let k = j + 1;
    if cx.is_any(k, &["fiscal", "financial"]) {
        let y = if cx.is(k + 1, "year") { k + 2 } else { k + 1 };
        return year_number(cx.t(y)).map(|year| (y + 1, year));
    }
    if cx.is(k, "the") && cx.is_any(k + 2, &["fiscal", "financial"]) && cx.is(k + 3, "year") {
        return year_number(cx.t(k + 1)).map(|year| (k + 4, year));
    }
    fy_year(cx, cx.t(k)).map(|year| (k + 1, year))
}

/// "of" at token `j` followed by no year: "of the decade", "of the match". A year told
/// relatively ("of next year") is one, resolved or not (there may be no reference).
fn of_something_else(cx: &Cx<'_, '_>, j: usize) -> bool {
    cx.is(j, "of") && !(cx.is(j + 2, "year") || cx.is_any(j + 1, &["fiscal", "financial"]) || cx.t(j + 1).starts_with("FY"))
}

fn year_tail(cx: &Cx<'_, '_>, j: usize) -> (usize, Option<i32>) {
    if cx.is(j, "of") {
        if let Some(y) = year_number(cx.t(j + 1)) {
            return (j + 2, Some(y));
        }
    }
    if let Some(y) = year_number(cx.t(j)).filter(|_| !counted(cx, j + 1)) {
        return (j + 1, Some(y));
    }
    (j, None)
}

/// The year of a quarter or half named without one ("the third quarter", "first-half
/// profit"), from the months it spans: in the past tense the latest that has ended ("profit
/// fell in the third quarter" told in April is last year's), in the future tense the
/// current or next one, and with no cue the latest that has begun. A year written earlier in
/// the sentence wins over all of these.
fn period_year(cx: &Cx<'_, '_>, start: usize, end: usize, r: Date, start_month: u32, months: u32) -> i32 {
    if let Some(y) = cx.sentence_year.get() {
        return y;
    }
    let begins = |y: i32| Date::new(y, start_month, 1).map_or(0, |d| d.to_days() - r.to_days());
    let ends = |y: i32| Date::new(y, start_month, 1).map_or(0, |d| d.add_months(months as i32).to_days() - r.to_days());
    match cx.dir(start, end) {
        // Results are told once the period is over.
        super::tense::Dir::Past if ends(r.year) > 0 => r.year - 1,
        super::tense::Dir::Future if ends(r.year) <= 0 => r.year + 1,
        super::tense::Dir::None if begins(r.year) > 0 => r.year - 1,
        _ => r.year,
    }
}

/// Decades, centuries, fiscal years, quarters, halves, seasons with a year.
fn period(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let the = cx.is(i, "the");
    let k = if the { i + 1 } else { i };
    let w = cx.t(k);
    // Decades: "1990s", "the 1990s", "the '90s", "the nineties" is left out (rare in print).
    // A decade is whole without its article, like a year: "in the [1990s]".
    if let Some(dec) = decade(w) {
        return Some(Hit::new(k, k + 1, Point::Decade(dec), "date.decade"));
    }
    if matches!(w, "'" | "’") && cx.glued(k + 1) {
        if let Some(d) = cx.t(k + 1).strip_suffix('s').filter(|d| d.len() == 2 && d.ends_with('0')).and_then(|d| d.parse::<i32>().ok()) {
            let dec = if d < 30 { 200 + d / 10 } else { 190 + d / 10 };
            return Some(Hit::new(k, k + 2, Point::Decade(dec), "date.decade"));
        }
    }
    // Centuries: "the 21st century", "the nineteenth century".
    if let Some(n) = ordinal(w).filter(|n| (1..=22).contains(n)) {
        if cx.is(k + 1, "century") {
            return Some(Hit::new(i, k + 2, Point::Century(n as i32 - 1), "date.century"));
        }
    }
    // Fiscal years: "fiscal 2024", "fiscal year 2024", "financial year 2024", "FY2024", "FY24",
    // "the 2024 fiscal year", "the 2025 financial year"; one across two calendar years,
    // "fiscal 2023-24", "FY 2023-24", "FY2023-24", "FY24-25", is named by the year it ends in
    // (as "FY24" names April 2023 to March 2024).
    if w.eq_ignore_ascii_case("fiscal") || w.eq_ignore_ascii_case("financial") && cx.is(k + 1, "year") || w == "FY" {
        let j = if cx.is(k + 1, "year") { k + 2 } else { k + 1 };
        if let Some(y) = year_number(cx.t(j)) {
            return Some(match next_year_after(cx, j + 1, y) {
                Some(end) => Hit::new(i, end, Point::Fiscal(y + 1), "date.fiscal"),
                None => Hit::new(i, j + 1, Point::Fiscal(y), "date.fiscal"),
            });
        }
    }
    // Only an "FY" token is split (the test first: most tokens are no fiscal code).
    let fy_split = if w.starts_with("FY") { words::split_once_byte(w, b'-').or_else(|| words::split_once_byte(w, b'/')) } else { None };
    if let Some((y, b)) = fy_split.and_then(|(a, b)| Some((fy_year(cx, a)?, b))) {
        let ends_next = b.parse::<i32>().ok().is_some_and(|n| b.len() == 2 && n == (y + 1) % 100 || b.len() == 4 && n == y + 1);
        if ends_next {
            return Some(Hit::new(i, k + 1, Point::Fiscal(y + 1), "date.fiscal"));
        }
    }
    if let Some(y) = year_number(w).filter(|_| cx.is_any(k + 1, &["fiscal", "financial"]) && cx.is(k + 2, "year")) {
        return Some(Hit::new(i, k + 3, Point::Fiscal(y), "date.fiscal"));
    }
    if let Some(y) = fy_year(cx, w) {
        return Some(Hit::new(i, k + 1, Point::Fiscal(y), "date.fiscal"));
    }
    // Quarters: "Q3", "Q3 2024", "the third quarter", "the third quarter of 2023".
    let q = if w.len() == 2 && (w.starts_with('Q') || w.starts_with('q')) && (b'1'..=b'4').contains(&w.as_bytes()[1]) {
        Some(((w.as_bytes()[1] - b'0') as u32, k + 1))
    } else if let Some(n) = ordinal(w).filter(|n| (1..=4).contains(n)).or_else(|| (w.eq_ignore_ascii_case("fourth") || the && w.eq_ignore_ascii_case("final")).then_some(4)) {
        let j = if cx.is_any(k + 1, &["fiscal", "financial", "calendar"]) { k + 2 } else { k + 1 };
        (cx.is(j, "quarter") && (the || n <= 4)).then_some((n, j + 1))
    } else {
        None
    };
    if let Some((q, j)) = q {
        let q_form = w.starts_with(['Q', 'q']);
        if !the && !q_form {
            return None;
        }
        // "the third quarter" keeps its article; in "the Q1 2024 results" it is the noun's.
        let i = if q_form { k } else { i };
        if match_period(cx, j) {
            return None;
        }
        if let Some((end, y)) = relative_year_tail(cx, j) {
            return Some(Hit::new(i, end, Point::Quarter(y, q), "date.quarter").rel(None));
        }
        if let Some((end, y)) = fiscal_year_tail(cx, j) {
            return Some(Hit::new(i, end, Point::FiscalQuarter(y, q), "date.fiscal_quarter"));
        }
        let (end, y) = year_tail(cx, j);
        // "the first quarter of the century", "of the match": a quarter of something else.
        if y.is_none() && of_something_else(cx, j) {
            return None;
        }
        return Some(match (y, cx.r) {
            (Some(y), _) => Hit::new(i, end, Point::Quarter(y, q), "date.quarter"),
            (None, Some(r)) => Hit::new(i, end, Point::Quarter(period_year(cx, i, end, r, 3 * q - 2, 3), q), "date.quarter").rel(None),
            (None, None) => Hit::new(i, end, Point::QuarterX(q), "date.quarter"),
        });
    }
    // "third-quarter profit", "first-half results": the adjective names the period.
    if let Some((ord, what)) = if cx.has_hyphen(k) { words::split_once_byte(w, b'-') } else { None } {
        let n = ordinal(ord);
        let half = what.eq_ignore_ascii_case("half");
        // "the first-half of the match": a part of something else.
        let part_of = cx.is(k + 1, "of");
        if let (Some(n), true, false, false) = (n, half || what.eq_ignore_ascii_case("quarter"), part_of, cx.doc.is_sports_story()) {
            if (half && n <= 2) || (!half && n <= 4) {
                let end = k + 1;
                let Some(r) = cx.r else {
                    return Some(Hit::new(k, end, if half { Point::HalfX(n) } else { Point::QuarterX(n) }, "date.period_adjective"));
                };
                let (start_month, months) = if half { (6 * n - 5, 6) } else { (3 * n - 2, 3) };
                let y = period_year(cx, k, end, r, start_month, months);
                let point = if half { Point::Half(y, n) } else { Point::Quarter(y, n) };
                return Some(Hit::new(k, end, point, "date.period_adjective").rel(None));
            }
        }
    }
    // Halves: "the first half of 2023", "H1 2024", "the second half".
    let h = if w.len() == 2 && w.starts_with('H') && matches!(w.as_bytes()[1], b'1' | b'2') {
        year_number(cx.t(k + 1)).map(|_| ((w.as_bytes()[1] - b'0') as u32, k + 1))
    } else if the && (cx.is(k, "first") || cx.is(k, "second")) && cx.is(k + 1, "half") {
        Some((if cx.is(k, "first") { 1 } else { 2 }, k + 2))
    } else {
        None
    };
    if let Some((h, j)) = h {
        if match_period(cx, j) {
            return None;
        }
        if let Some((end, y)) = relative_year_tail(cx, j).filter(|_| the) {
            return Some(Hit::new(i, end, Point::Half(y, h), "date.half").rel(None));
        }
        if let Some((end, y)) = fiscal_year_tail(cx, j).filter(|_| the) {
            return Some(Hit::new(i, end, Point::FiscalHalf(y, h), "date.fiscal_half"));
        }
        let (end, y) = year_tail(cx, j);
        // "the second half of the decade", "of the season": a half of something else.
        if y.is_none() && of_something_else(cx, j) {
            return None;
        }
        return match (y, cx.r) {
            (Some(y), _) => Some(Hit::new(i, end, Point::Half(y, h), "date.half")),
            (None, Some(r)) if the => Some(Hit::new(i, end, Point::Half(period_year(cx, i, end, r, 6 * h - 5, 6), h), "date.half").rel(None)),
            _ => None,
        };
    }
    // Seasons with a year: "summer 2022", "the summer of 2022".
    if let Some(s) = words::season(w) {
        let (end, y) = year_tail(cx, k + 1);
        if let Some(y) = y {
            return Some(Hit::new(i, end, Point::Season(y, s), "date.season"));
        }
    }
    None
}

/// A quarter named by its months, as company reports name it: "the April-June quarter", "the
/// July to September quarter", "the January-March period of 2024". Only the calendar's
/// quarters (a retailer's February-April quarter is no `Q` of any year).
fn months_quarter(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let w = cx.t(i);
    let (first, last, next) = match if cx.has_hyphen(i) { words::split_once_byte(w, b'-') } else { None } {
        Some((a, b)) => (month_number(a)?, month_number(b)?, i + 1),
        None if cx.is_any(i + 1, &["-", "–", "to", "through"]) => (month_number(w)?, month_number(cx.t(i + 2))?, i + 3),
        None => return None,
    };
    if !cx.is_any(next, &["quarter", "period"]) || first % 3 != 1 || last != first + 2 {
        return None;
    }
    let q = (first - 1) / 3 + 1;
    let (end, year) = year_tail(cx, next + 1);
    Some(match (year, cx.r) {
        (Some(y), _) => Hit::new(i, end, Point::Quarter(y, q), "date.months_quarter"),
        (None, Some(r)) => Hit::new(i, end, Point::Quarter(period_year(cx, i, end, r, first, 3), q), "date.months_quarter").rel(None),
        (None, None) => Hit::new(i, end, Point::QuarterX(q), "date.months_quarter"),
    })
}

/// One-word period codes of financial copy: "2017-Q1", "Q3-2024", "2019-H2", "H1-2020",
/// "Dec-2018", "March-2019". A two-digit year ("Dec-18") could as well be a day, and is left
/// alone.
fn period_code(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !cx.has_hyphen(i) {
        return None;
    }
    let (a, b) = words::split_once_byte(cx.t(i), b'-')?;
    // A quarter or half code: (is a half, its number).
    let code = |s: &str| -> Option<(bool, u32)> {
        match *s.as_bytes() {
            [b'Q' | b'q', d @ b'1'..=b'4'] => Some((false, u32::from(d - b'0'))),
            [b'H' | b'h', d @ b'1'..=b'2'] => Some((true, u32::from(d - b'0'))),
            _ => None,
        }
    };
    let in_year = |y: i32, (half, n): (bool, u32)| if half { Point::Half(y, n) } else { Point::Quarter(y, n) };
    let point = match (year_number(a), year_number(b)) {
        (Some(y), None) => in_year(y, code(b)?),
        (None, Some(y)) => match code(a) {
            Some(c) => in_year(y, c),
            None => Point::Month(y, month_number(a)?),
        },
        _ => return None,
    };
    Some(Hit::new(i, i + 1, point, "date.period_code"))
}

/// "1990s" -> 199; "1900s" is read as the decade too.
fn decade(w: &str) -> Option<i32> {
    let d = w.strip_suffix('s').or_else(|| w.strip_suffix("'s")).or_else(|| w.strip_suffix("’s"))?;
    if d.len() == 4 && d.ends_with('0') {
        let y = year_number(d)?;
        return Some(y / 10);
    }
    None
}

/// Fixed-date holidays: "Christmas", "Christmas Day 2023", "New Year's Eve".
fn holiday(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !cx.capitalised(i) {
        return None;
    }
    // The next four tokens at most (no holiday's name is longer), without a vector.
    let ws = [cx.t(i), cx.t(i + 1), cx.t(i + 2), cx.t(i + 3)];
    let (len, m, d) = words::holiday(&ws[..(cx.n() - i).min(4)])?;
    if let Some((end, y)) = year_after(cx, i + len) {
        return month_day(cx, i, end, Some(y), m, d, "date.holiday");
    }
    month_day(cx, i, i + len, None, m, d, "date.holiday")
}

/// Easter and the days it moves: "Easter", "Easter Sunday", "Easter Monday", "Good Friday",
/// with a year after or placed like a date without one (the sentence's tense, else the
/// nearest, unless that is more than two months ahead).
fn easter(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let (len, shift) = match (cx.t(i), cx.t(i + 1)) {
        ("Good", "Friday") => (2, -2),
        ("Easter", "Monday") => (2, 1),
        ("Easter", "Sunday" | "Day") => (2, 0),
        ("Easter", _) => (1, 0),
        _ => return None,
    };
    // "Easter Island", "Easter egg", "the Good Friday agreement": a name or a thing, not the day.
    if len == 1 && (cx.capitalised(i + 1) && cx.same_sentence(i, i + 1) || cx.is_any(i + 1, &["egg", "eggs", "bunny", "lily", "lilies"])) {
        return None;
    }
    if cx.is_any(i + len, &["agreement", "accord", "accords", "deal", "peace", "rising"]) {
        return None;
    }
    let on = |y: i32| Date::easter(y).map(|d| d.add_days(shift));
    movable_day(cx, i, len, on, "date.easter")
}

/// A holiday whose day `on(year)` moves from year to year, at tokens `i..i + len`: with the
/// year written after it, or placed like a date without one (the sentence's tense, else this
/// year's unless that is more than two months ahead).
fn movable_day(cx: &Cx<'_, '_>, i: usize, len: usize, on: impl Fn(i32) -> Option<Date>, rule: &'static str) -> Option<Hit> {
    if let Some((end, y)) = year_after(cx, i + len) {
        return on(y).map(|d| Hit::new(i, end, Point::Day(d), rule));
    }
    let Some(r) = cx.r else {
        return Some(Hit::new(i, i + len, Point::Unresolved, rule));
    };
    let ahead = on(r.year)?.to_days() - r.to_days();
    let y = match cx.dir(i, i + len) {
        super::tense::Dir::Past if ahead > 0 => r.year - 1,
        super::tense::Dir::Future if ahead < 0 => r.year + 1,
        super::tense::Dir::None if ahead > super::anchor::NO_CUE_AHEAD_DAYS => r.year - 1,
        _ => r.year,
    };
    Some(Hit::new(i, i + len, Point::Day(on(y)?), rule).rel(None))
}

/// US holidays on a weekday of a month (the day US news means by them): Thanksgiving the fourth
/// Thursday of November, Labor Day the first Monday of September, Memorial Day the last Monday
/// of May; and the shopping days counted from Thanksgiving, Black Friday (the day after) and
/// Cyber Monday (four days after). Placed like Easter when no year follows.
fn weekday_holiday(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    // (tokens, month, ISO weekday, nth: 1-4 from the start, -1 the last, days after that)
    let (len, month, weekday, nth, after) = match (cx.t(i), cx.t(i + 1)) {
        ("Thanksgiving", "Day") => (2, 11, 4, 4, 0),
        ("Thanksgiving", _) => (1, 11, 4, 4, 0),
        ("Labor", "Day") => (2, 9, 1, 1, 0),
        ("Memorial", "Day") => (2, 5, 1, -1, 0),
        ("Black", "Friday") => (2, 11, 4, 4, 1),
        ("Cyber", "Monday") => (2, 11, 4, 4, 4),
        _ => return None,
    };
    movable_day(cx, i, len, |y| Date::nth_weekday(y, month, weekday, nth).map(|d| d.add_days(after)), "date.holiday_weekday")
}

/// "the second Sunday of April", "the last Monday in May 2025", "the first Tuesday in November":
/// a weekday counted within a month, placed like a movable holiday when no year follows.
fn nth_weekday_of_month(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !cx.is(i, "the") {
        return None;
    }
    let nth = match ordinal(cx.t(i + 1)) {
        Some(n) if (1..=5).contains(&n) => i64::from(n),
        _ if cx.is(i + 1, "last") => -1,
        _ => return None,
    };
    let weekday = words::full_weekday(cx.t(i + 2)).filter(|_| cx.name_cased(i + 2))?;
    if !cx.is_any(i + 3, &["of", "in"]) {
        return None;
    }
    let month = month_number(cx.t(i + 4)).filter(|_| cx.name_cased(i + 4))?;
    // A fifth weekday only some months have.
    let on = |y: i32| Date::nth_weekday(y, month, weekday, nth).filter(|d| d.month == month);
    movable_day(cx, i, 5, on, "date.nth_weekday")
}

/// A word that reads as a plural noun by its ending: "troops", "cars", but not "class", nor
/// the singulars in -sis and -us ("the 2008 crisis", "the 2010 census", "the 2009 stimulus"),
/// which a year names.
fn looks_plural(w: &str) -> bool {
    w.ends_with('s') && !["ss", "sis", "us"].iter().any(|e| w.ends_with(e))
}

/// A year on its own: "2015", "in 1998". Four digits are a count when a counted noun or a unit
/// follows ("2000 troops", "2015 per cent"), a page or a number after "page", "No.".
fn year(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let w = cx.t(i);
    let y = year_number(w)?;
    if !cx.number(i) || counted(cx, i + 1) || page_like(cx, i) {
        return None;
    }
    let prev_time = i > 0 && TIME_PREPS.iter().any(|p| cx.is(i - 1, p));
    // "the 2000 troops": a plural noun after the number makes it a count, unless a true
    // preposition of time comes before ("in 2008 banks failed").
    let next = cx.t(i + 1);
    let strong_prep = i > 0 && cx.is_any(i - 1, &["in", "since", "until", "by", "before", "after", "during", "from", "through", "of"])
        || i > 1 && cx.is(i - 1, "to") && cx.is(i - 2, "back");
    if !strong_prep && next.len() > 3 && looks_plural(next) && next.chars().next().is_some_and(char::is_lowercase) && !matches!(next, "was" | "has" | "this" | "saw" | "sees" | "is" | "does" | "goes" | "marks" | "means" | "brings" | "looks" | "sets" | "remains" | "seems" | "becomes") {
        return None;
    }
    if !(1900..=2100).contains(&y) && !strong_prep {
        // "at 1600 Pennsylvania Avenue": an old year needs "in", "since", "by" ...
        return None;
    }
    if !prev_time {
        if !(1900..=2100).contains(&y) {
            return None;
        }
        // "Kopp's 1987 Chevrolet": a model year after a possessive.
        if i > 0 && cx.doc.tokens[i - 1].possessive_len() > 0 {
            return None;
        }

        // "1,250" style thousands never reach here; "2000 of them" is a count.
        if cx.is(i + 1, "of") && !cx.capitalised(i + 2) {
            return None;
        }
    }
    Some(Hit::new(i, i + 1, Point::Year(y), "date.year"))
}
