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

    /// TIMEX3 value: 2024-02-11, XXXX-03-03, XXXX-WXX-2; None when nothing fits. Written
    /// without the formatting machinery (most datelines and header dates have one).
    pub fn timex(&self) -> Option<String> {
        let mut out = String::with_capacity(10);
        match (self.year, self.month, self.day) {
            (Some(_), Some(_), Some(_)) => self.full()?.push_iso(&mut out),
            (None, Some(m), Some(d)) => {
                out.push_str("XXXX-");
                crate::calendar::push_unsigned(&mut out, u64::from(m), 2);
                out.push('-');
                crate::calendar::push_unsigned(&mut out, u64::from(d), 2);
            }
            _ => {
                out.push_str("XXXX-WXX-");
                crate::calendar::push_unsigned(&mut out, u64::from(self.weekday?), 1);
            }
        }
        Some(out)
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
pub fn at<'a>(cx: &Cx<'_, 'a>, i: usize, end: usize) -> Option<(Partial, usize)> {
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
    // ISO: 2024 - 02 - 11 (the tokenizer keeps digit-digit hyphens apart), the day perhaps
    // glued to a time ("2024-02-11T14:32:00Z").
    let iso_day = |w: &'a str| day(w.split_once(['T', 't']).map_or(w, |(d, _)| d));
    // Each part is read only when the ones before it fit: most lines hold no date.
    let iso = || -> Option<(i32, u32, u32)> {
        let y = year(t(k))?;
        if t(k + 1) != "-" || t(k + 3) != "-" {
            return None;
        }
        Some((y, digits(t(k + 2), 2)?, iso_day(t(k + 4))?))
    };
    if let Some((y, m, d)) = iso() {
        p.year = Some(y);
        p.month = Some(m);
        p.day = Some(d);
        k += 5;
    } else if let Some((d, m, y, next)) = numeric(&t, k) {
        p.year = Some(y);
        p.month = Some(m);
        p.day = Some(d);
        k = next;
    } else {
        // 16 April [2024] or April 16[, 2024]; the second read only when the first fails.
        let day_month = day(t(k)).zip(month(t(k + 1))).or_else(|| Some((day(t(k + 1))?, month(t(k))?)));
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

/// A date in digits at token `k`: "20.03.2013" and "2013/03/20" are read one way only;
/// "20/03/2013" and "03/20/2013" when one of the first two numbers is over 12 (a header
/// gives no other date to tell the paper's order by). (Day, month, year, token after.)
fn numeric<'a>(t: &impl Fn(usize) -> &'a str, k: usize) -> Option<(u32, u32, i32, usize)> {
    let (parts, next) = if t(k + 1) == "/" && t(k + 3) == "/" {
        ([t(k), t(k + 2), t(k + 4)], k + 5)
    } else if t(k).bytes().filter(|&b| b == b'.' || b == b'/').count() == 2 {
        let mut split = t(k).split(['.', '/']);
        ([split.next()?, split.next()?, split.next()?], k + 1)
    } else {
        return None;
    };
    let n = |s: &str| digits(s, 4);
    let (a, b, c) = (n(parts[0])?, n(parts[1])?, n(parts[2])?);
    let dotted = t(k).contains('.');
    let (d, m, y) = if parts[0].len() == 4 {
        (c, b, a as i32)
    } else if parts[2].len() == 4 && (dotted || a > 12) {
        (a, b, c as i32)
    } else if parts[2].len() == 4 && b > 12 {
        (b, a, c as i32)
    } else {
        return None;
    };
    ((1800..=2200).contains(&y) && Date::new(y, m, d).is_some()).then_some((d, m, y, next))
}

/// Tokens that may follow a date on a date line: a clock time ("14:32", "3:45 PM",
/// "14:32:00Z", "at 3:45"), a zone ("GMT", "ET", "+01:00", "EST-US": a code of two or three
/// capitals), punctuation, a separator ("|").
pub fn trailing_noise(cx: &Cx<'_, '_>, i: usize) -> bool {
    let t = cx.t(i);
    let tok = cx.tok(i);
    tok.kind == crate::tokens::TokKind::Punct
        || matches!(t, "|" | "+" | "·" | "•")
        || t.trim_end_matches(['Z', 'z']).bytes().all(|b| b.is_ascii_digit() || b == b':')
        || is_dotted_clock(t)
        || matches!(cx.lower(i), "at" | "am" | "pm" | "a.m." | "p.m." | "local" | "time")
        || crate::extract::date::zone_len(&[t]) == 1
        || (2..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
        || weekday(t).is_some()
}

/// A clock time with a full stop, as British papers print it: "06.00", "9.30".
fn is_dotted_clock(t: &str) -> bool {
    t.split_once('.').is_some_and(|(h, m)| (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()))
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
        assert_eq!(read("20/03/2013").unwrap().0.timex().unwrap(), "2013-03-20");
        assert_eq!(read("03/20/2013").unwrap().0.timex().unwrap(), "2013-03-20");
        assert_eq!(read("03/04/2013"), None);
        assert_eq!(read("20.03.2013").unwrap().0.timex().unwrap(), "2013-03-20");
        assert_eq!(read("2013/03/20").unwrap().0.timex().unwrap(), "2013-03-20");
        assert_eq!(read("2013-03-20T14:32:00Z").unwrap().0.timex().unwrap(), "2013-03-20");
    }
}
