//! Dates as clippings print them in headers and datelines: "16 April 2024", "April 16, 2024
//! Tuesday", "March 3", "Jan. 5", "2024-02-11", "Tuesday". A small reader of its own: the
//! date extractor finds dates in running text, this one only needs the header shapes, and
//! must know where the date ends so the rest of the line can be judged.

use crate::calendar::Date;
use crate::zones::Cx;

/// A date with the parts the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Partial {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// ISO weekday, Monday = 1.
    pub weekday: Option<u32>,
}

impl Partial {
    /// The full date, when year, month and day are all given and valid.
    pub fn full(&self) -> Option<Date> {
        Date::new(self.year?, self.month?, self.day?)
    }

    /// TIMEX3 value: 2024-02-11, XXXX-03-03, XXXX-WXX-2; None when nothing fits.
    pub fn timex(&self) -> Option<String> {
        match (self.year, self.month, self.day) {
            (Some(_), Some(_), Some(_)) => self.full().map(|d| d.to_string()),
            (None, Some(m), Some(d)) => Some(format!("XXXX-{m:02}-{d:02}")),
            _ => self.weekday.map(|w| format!("XXXX-WXX-{w}")),
        }
    }
}

/// Header lines print months and weekdays in any case ("16 APR 2024", "tues"): the date
/// extractor's word tables, without its running-text casing rules.
pub use crate::extract::date::{month_any_case as month, weekday_any_case as weekday};

fn digits(s: &str, max_len: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

fn day(s: &str) -> Option<u32> {
    digits(s, 2).filter(|d| (1..=31).contains(d))
}

fn year(s: &str) -> Option<i32> {
    digits(s, 4).filter(|y| (1800..=2200).contains(y)).map(|y| y as i32)
}

/// Read a date starting at token `i`, not past `end`. Returns the date and the token after it.
pub fn at(cx: &Cx<'_, '_>, i: usize, end: usize) -> Option<(Partial, usize)> {
    let t = |k: usize| if k < end { cx.t(k) } else { "" };
    let mut p = Partial::default();
    let mut k = i;
    // A leading weekday: "Tuesday, 16 April 2024", or alone: "HONG KONG, Tuesday".
    if let Some(w) = weekday(t(k)) {
        p.weekday = Some(w);
        k += 1;
        if t(k) == "," {
            k += 1;
        }
    }
    let before = k;
    // ISO: 2024 - 02 - 11 (the tokenizer keeps digit-digit hyphens apart).
    if let (Some(y), "-", Some(m), "-", Some(d)) = (year(t(k)), t(k + 1), digits(t(k + 2), 2), t(k + 3), day(t(k + 4))) {
        p.year = Some(y);
        p.month = Some(m);
        p.day = Some(d);
        k += 5;
    } else {
        // 16 April [2024] or April 16[, 2024]
        let day_month = match (day(t(k)), month(t(k + 1)), month(t(k)), day(t(k + 1))) {
            (Some(d), Some(m), _, _) | (_, _, Some(m), Some(d)) => Some((d, m)),
            _ => None,
        };
        if let Some((d, m)) = day_month {
            p.day = Some(d);
            p.month = Some(m);
            k += 2;
            if t(k) == "," && year(t(k + 1)).is_some() {
                k += 1;
            }
            if let Some(y) = year(t(k)) {
                p.year = Some(y);
                k += 1;
            }
        }
    }
    if k == before {
        // Only a weekday (or nothing).
        return p.weekday.map(|_| (p, if t(before - 1) == "," { before - 1 } else { before }));
    }
    // A trailing weekday: "April 16, 2024 Tuesday".
    if p.weekday.is_none() {
        if let Some(w) = weekday(t(k)) {
            p.weekday = Some(w);
            k += 1;
        }
    }
    if p.full().is_none() && p.year.is_some() {
        return None;
    }
    Some((p, k))
}

/// Tokens that may follow a date on a date line: a clock time, a zone, punctuation.
pub fn trailing_noise(cx: &Cx<'_, '_>, i: usize) -> bool {
    let t = cx.t(i);
    let tok = cx.tok(i);
    tok.kind == crate::tokens::TokKind::Punct
        || t.bytes().all(|b| b.is_ascii_digit() || b == b':')
        || matches!(t.to_ascii_lowercase().as_str(), "gmt" | "utc" | "bst" | "est" | "edt" | "hkt" | "sgt" | "am" | "pm" | "a.m." | "p.m.")
        || weekday(t).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Doc;
    use crate::zones::{lines, Cx, Zoning};

    fn read(s: &str) -> Option<(Partial, usize)> {
        let doc = Doc::new(s, None);
        let cx = Cx { doc: &doc, lines: lines(&doc.tokens), z: Zoning::default(), body_line: None };
        at(&cx, 0, doc.tokens.len())
    }

    #[test]
    fn header_dates() {
        assert_eq!(read("16 April 2024").unwrap().0.timex().unwrap(), "2024-04-16");
        assert_eq!(read("April 16, 2024 Tuesday").unwrap().0.timex().unwrap(), "2024-04-16");
        assert_eq!(read("Tuesday, 16 April 2024").unwrap().1, 5);
        assert_eq!(read("March 3 (Reuters)").unwrap().0.timex().unwrap(), "XXXX-03-03");
        assert_eq!(read("2024-02-11").unwrap().0.timex().unwrap(), "2024-02-11");
        assert_eq!(read("Tuesday -").unwrap().0.timex().unwrap(), "XXXX-WXX-2");
        assert_eq!(read("2024-02-31"), None);
        assert_eq!(read("Beijing"), None);
    }
}
