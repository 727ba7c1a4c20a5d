//! Dates: absolute dates ("April 16", "16 April 2024", "2024-04-16", "March 2023", "2015") and
//! relative ones ("yesterday", "next month", "on Monday"), resolved TIMEX3-style against the
//! document's reference date when there is one.

use serde_json::Value;

use super::{Doc, Found};
use crate::calendar::Date;
use crate::report::{DateDetails, MentionType};
use crate::tokens::TokKind;

/// Month number of a month name or its abbreviation ("April", "Apr", "Apr.", "Sept.").
pub fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    let m = match w {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sept" | "Sep" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// ISO weekday of a weekday name.
pub fn weekday_number(w: &str) -> Option<u32> {
    let d = match w.trim_end_matches('.') {
        "Monday" | "Mon" => 1,
        "Tuesday" | "Tue" | "Tues" => 2,
        "Wednesday" | "Wed" => 3,
        "Thursday" | "Thu" | "Thurs" => 4,
        "Friday" | "Fri" => 5,
        "Saturday" | "Sat" => 6,
        "Sunday" | "Sun" => 7,
        _ => return None,
    };
    Some(d)
}

/// A day of the month: "16", "16th", "1st".
fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A plausible news year: four digits, 1000-2199.
fn year_number(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten().filter(|y| (1000..2200).contains(y))
}

struct Resolved {
    len: usize,
    value: Option<String>,
    grain: &'static str,
    relative: bool,
    offset: Option<String>,
    rule: &'static str,
}

pub fn extract(doc: &Doc<'_>, out: &mut Vec<Found>) {
    let toks = &doc.tokens;
    let mut i = 0;
    while i < toks.len() {
        if let Some(r) = match_at(doc, i) {
            let mut f = Found::new(doc, MentionType::Date, i..i + r.len, r.rule);
            f.value = r.value.map(Value::String).unwrap_or(Value::Null);
            f.date = Some(DateDetails { grain: r.grain.to_owned(), relative: r.relative, offset: r.offset });
            f.priority = 2;
            out.push(f);
            i += r.len;
        } else {
            i += 1;
        }
    }
}

fn text_at<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    doc.tokens.get(i).map(|t| t.text).unwrap_or("")
}

fn match_at(doc: &Doc<'_>, i: usize) -> Option<Resolved> {
    let t = &doc.tokens[i];
    let w = t.text;
    let reference = doc.reference;
    // ISO date: 2024-04-16 (three tokens: "2024", "-", "04-16"?) is split as 2024 - 04 - 16.
    if let (Some(y), "-", "-") = (year_number(w), text_at(doc, i + 1), text_at(doc, i + 3)) {
        let (m, d) = (text_at(doc, i + 2), text_at(doc, i + 4));
        if m.len() == 2 && d.len() == 2 {
            if let Some(date) = Date::new(y, m.parse().ok()?, d.parse().ok()?) {
                return Some(absolute(5, date.to_string(), "day", "date.iso"));
            }
        }
    }
    if let Some(m) = month_number(w) {
        // May and March are also a verb and a word: require a day or year beside them.
        let next = text_at(doc, i + 1);
        if let Some(d) = day_number(next) {
            let (len, year) = if text_at(doc, i + 2) == "," && year_number(text_at(doc, i + 3)).is_some() {
                (4, year_number(text_at(doc, i + 3)))
            } else if year_number(text_at(doc, i + 2)).is_some() {
                (3, year_number(text_at(doc, i + 2)))
            } else {
                (2, None)
            };
            return Some(month_day(doc, len, year, m, d, reference, "date.month_day"));
        }
        if let Some(y) = year_number(next) {
            return Some(absolute(2, format!("{y:04}-{m:02}"), "month", "date.month_year"));
        }
        if m != 5 && m != 3 && t.is_capitalised() && !w.ends_with('.') && doc.tokens.get(i + 1).is_some_and(|n| n.kind != TokKind::Word || n.text.chars().next().is_some_and(char::is_lowercase)) {
            return Some(Resolved {
                len: 1,
                value: reference.map(|r| format!("{:04}-{m:02}", nearest_year(r, m))).or(Some(format!("XXXX-{m:02}"))),
                grain: "month",
                relative: reference.is_some(),
                offset: None,
                rule: "date.month",
            });
        }
        return None;
    }
    // 16 April (2024)
    if let Some(d) = day_number(w) {
        if let Some(m) = month_number(text_at(doc, i + 1)).filter(|_| doc.tokens[i + 1].is_capitalised()) {
            let year = year_number(text_at(doc, i + 2));
            let len = if year.is_some() { 3 } else { 2 };
            return Some(month_day(doc, len, year, m, d, reference, "date.day_month"));
        }
    }
    if let Some(y) = year_number(w) {
        let next = text_at(doc, i + 1);
        let prev = if i > 0 { text_at(doc, i - 1) } else { "" };
        let unit_follows = matches!(next, "%" | "per" | "percent" | "people" | "tonnes" | "km" | "million" | "billion");
        if !unit_follows && !prev.ends_with('$') && t.kind == TokKind::Number {
            return Some(absolute(1, format!("{y:04}"), "year", "date.year"));
        }
    }
    relative(doc, i)
}

fn absolute(len: usize, value: String, grain: &'static str, rule: &'static str) -> Resolved {
    Resolved { len, value: Some(value), grain, relative: false, offset: None, rule }
}

/// "April 16" without a year takes the reference year, moved by a year when that is nearer.
fn month_day(_doc: &Doc<'_>, len: usize, year: Option<i32>, m: u32, d: u32, reference: Option<Date>, rule: &'static str) -> Resolved {
    let (value, relative) = match (year, reference) {
        (Some(y), _) => (Date::new(y, m, d).map(|x| x.to_string()), false),
        (None, Some(r)) => (Date::new(nearest_year(r, m), m, d).map(|x| x.to_string()), true),
        (None, None) => (Some(format!("XXXX-{m:02}-{d:02}")), false),
    };
    Resolved { len, value, grain: "day", relative, offset: None, rule }
}

/// The year of month `m` nearest the reference: within six months either way.
fn nearest_year(r: Date, m: u32) -> i32 {
    let diff = m as i32 - r.month as i32;
    if diff > 6 {
        r.year - 1
    } else if diff < -6 {
        r.year + 1
    } else {
        r.year
    }
}

fn relative(doc: &Doc<'_>, i: usize) -> Option<Resolved> {
    let w = doc.tokens[i].text.to_lowercase();
    let r = doc.reference;
    let day = |n: i64, rule: &'static str| Resolved {
        len: 1,
        value: r.map(|r| r.add_days(n).to_string()),
        grain: "day",
        relative: true,
        offset: Some(if n == 0 { "P0D".to_owned() } else if n < 0 { format!("-P{}D", -n) } else { format!("P{n}D") }),
        rule,
    };
    match w.as_str() {
        "today" | "tonight" => return Some(day(0, "date.today")),
        "yesterday" => return Some(day(-1, "date.yesterday")),
        "tomorrow" => return Some(day(1, "date.tomorrow")),
        _ => {}
    }
    if let Some(wd) = weekday_number(doc.tokens[i].text) {
        // Past tense is the newswire default: "on Monday" is the last Monday before the reference.
        let value = r.map(|r| {
            let back = (i64::from(r.weekday()) - i64::from(wd)).rem_euclid(7);
            r.add_days(-if back == 0 { 0 } else { back }).to_string()
        });
        return Some(Resolved { len: 1, value, grain: "day", relative: true, offset: None, rule: "date.weekday" });
    }
    let dir: i32 = match w.as_str() {
        "next" | "coming" => 1,
        "last" | "past" | "previous" => -1,
        "this" => 0,
        _ => return None,
    };
    let unit = text_at(doc, i + 1);
    let (grain, value, offset) = match unit {
        "week" => ("week", r.map(|r| {
            let (y, w) = r.add_days(7 * i64::from(dir)).iso_week();
            format!("{y:04}-W{w:02}")
        }), format!("P{}W", dir.abs())),
        "month" => ("month", r.map(|r| {
            let d = r.add_months(dir);
            format!("{:04}-{:02}", d.year, d.month)
        }), format!("P{}M", dir.abs())),
        "year" => ("year", r.map(|r| format!("{:04}", r.year + dir)), format!("P{}Y", dir.abs())),
        _ => return None,
    };
    let offset = if dir < 0 { format!("-{offset}") } else { offset };
    Some(Resolved { len: 2, value, grain, relative: true, offset: Some(offset), rule: "date.relative_unit" })
}
