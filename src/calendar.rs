//! Civil (proleptic Gregorian) dates: the arithmetic relative dates need, no time zones.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (1..=12).contains(&month)
            .then_some(())
            .and_then(|_| (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day }))
    }

    /// Parse `YYYY-MM-DD` (a longer ISO timestamp is cut to its date).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.get(..10)?;
        let b = s.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(s[..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Western Easter Sunday of `year` (the anonymous Gregorian computus).
    pub fn easter(year: i32) -> Option<Date> {
        let (a, b, c) = (year % 19, year / 100, year % 100);
        let (d, e) = (b / 4, b % 4);
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let (i, k) = (c / 4, c % 4);
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        Date::new(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
    }

    /// The `nth` ISO weekday `wd` (Monday 1) of a month: 1 the first, -1 the last.
    pub fn nth_weekday(year: i32, month: u32, wd: u32, nth: i64) -> Option<Date> {
        if nth > 0 {
            let first = Date::new(year, month, 1)?;
            let to_first = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
            Some(first.add_days(to_first + 7 * (nth - 1)))
        } else {
            let last = Date::new(year, month, days_in_month(year, month))?;
            Some(last.add_days(-(i64::from(last.weekday()) - i64::from(wd)).rem_euclid(7)))
        }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Add months, clamping the day to the target month's length.
    pub fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + self.month as i32 - 1 + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    pub fn weekday(self) -> u32 {
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    /// The ISO weekday `wd` (Monday 1) of ISO week `week` of `year`.
    pub fn of_iso_week(year: i32, week: u32, wd: u32) -> Option<Date> {
        // January 4th is always in week 1.
        let jan4 = Date::new(year, 1, 4)?;
        let monday1 = jan4.add_days(1 - i64::from(jan4.weekday()));
        Some(monday1.add_days(7 * (i64::from(week) - 1) + i64::from(wd) - 1))
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// Appends the date as `YYYY-MM-DD` (its `Display`), without the formatting machinery:
    /// every date found is written so.
    pub fn push_iso(self, out: &mut String) {
        push_padded(out, i64::from(self.year), 4);
        out.push('-');
        push_padded(out, i64::from(self.month), 2);
        out.push('-');
        push_padded(out, i64::from(self.day), 2);
    }
}

/// Appends `n` in decimal with zeros in front to at least `width` characters, as
/// `format!("{n:0width$}")` writes it (a minus sign counts in the width).
pub fn push_padded(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        // Never in a date the rules build; written as the formatter does.
        use std::fmt::Write;
        let _ = write!(out, "{n:0width$}");
        return;
    }
    push_unsigned(out, n.unsigned_abs(), width);
}

/// [`push_padded`] of a number without a sign.
pub fn push_unsigned(out: &mut String, n: u64, width: usize) {
    // The fields of dates and times: two digits, or a year's four.
    let digit = |d: u64| char::from(b'0' + d as u8);
    if n < 100 && width == 2 {
        out.push(digit(n / 10));
        out.push(digit(n % 10));
        return;
    }
    if (1000..10_000).contains(&n) && width <= 4 {
        out.push(digit(n / 1000));
        out.push(digit(n / 100 % 10));
        out.push(digit(n / 10 % 10));
        out.push(digit(n % 10));
        return;
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut rest = n;
    loop {
        digits[len] = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A time of day, to the second: a reference timestamp's ("2024-03-20T14:32:00Z"), which turns
/// "in 30 minutes" and "two hours ago" into clock times. Taken as written: its zone is the
/// stories' own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// A reference date and, when a timestamp gave one, its time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub date: Date,
    pub time: Option<TimeOfDay>,
}

impl Reference {
    /// `YYYY-MM-DD`, or an ISO timestamp ("2024-03-20T14:32:00Z"; a space may stand for the
    /// `T`).
    pub fn parse(s: &str) -> Option<Reference> {
        let timestamp = matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' '));
        Reference::leading(s).filter(|_| s.len() == 10 || timestamp)
    }

    /// The date `s` starts with (anything may follow), and the time when `s` is a timestamp.
    pub fn leading(s: &str) -> Option<Reference> {
        Some(Reference { date: Date::parse(s)?, time: TimeOfDay::of_timestamp(s) })
    }
}

impl TimeOfDay {
    /// The time of an ISO timestamp `YYYY-MM-DDTHH:MM[:SS]...` (a space may stand for the
    /// `T`); None for a bare date or a time off the clock.
    pub fn of_timestamp(s: &str) -> Option<TimeOfDay> {
        let b = s.as_bytes();
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
            return None;
        }
        let number = |at: usize| -> Option<u32> { s.get(at..at + 2).filter(|d| d.bytes().all(|c| c.is_ascii_digit()))?.parse().ok() };
        let (hour, minute) = (number(11)?, number(14)?);
        let second = if b.get(16) == Some(&b':') { number(17)? } else { 0 };
        (hour < 24 && minute < 60 && second < 60).then_some(TimeOfDay { hour, minute, second })
    }

    /// Seconds since midnight.
    pub fn seconds(self) -> i64 {
        i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_of_a_timestamp() {
        let t = |h, m, s| Some(TimeOfDay { hour: h, minute: m, second: s });
        assert_eq!(TimeOfDay::of_timestamp("2024-03-20T14:32:05Z"), t(14, 32, 5));
        assert_eq!(TimeOfDay::of_timestamp("2024-03-20 09:15"), t(9, 15, 0));
        assert_eq!(TimeOfDay::of_timestamp("2024-03-20T00:00:00+01:00"), t(0, 0, 0));
        assert_eq!(TimeOfDay::of_timestamp("2024-03-20"), None);
        assert_eq!(TimeOfDay::of_timestamp("2024-03-20T25:00"), None);
        assert_eq!(TimeOfDay::of_timestamp("2024-03-20T1:00"), None);
    }

    #[test]
    fn easter_sundays() {
        // Published dates of Western Easter, early and late ones included.
        for (y, m, d) in [(1961, 4, 2), (2008, 3, 23), (2011, 4, 24), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25)] {
            let e = Date::easter(y).unwrap();
            assert_eq!(e, Date::new(y, m, d).unwrap(), "{y}");
            assert_eq!(e.weekday(), 7, "{y}: a Sunday");
        }
    }

    #[test]
    fn iso_weeks_both_ways() {
        // Week 1 holds January 4th: 2021's starts on January 4th, 2020's on December 30th.
        assert_eq!(Date::of_iso_week(2021, 1, 1), Date::new(2021, 1, 4));
        assert_eq!(Date::of_iso_week(2020, 1, 1), Date::new(2019, 12, 30));
        assert_eq!(Date::of_iso_week(2020, 53, 7), Date::new(2021, 1, 3));
        let mut d = Date::new(2019, 12, 20).unwrap();
        for _ in 0..800 {
            let (y, w) = d.iso_week();
            assert_eq!(Date::of_iso_week(y, w, d.weekday()), Some(d));
            d = d.add_days(1);
        }
    }

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::new(2024, 4, 16).unwrap();
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 2); // a Tuesday
        assert_eq!(d.iso_week(), (2024, 16));
        assert_eq!(Date::new(2024, 1, 31).unwrap().add_months(1), Date::new(2024, 2, 29).unwrap());
        assert_eq!(Date::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::parse("1996-08-30"), Date::new(1996, 8, 30));
        assert_eq!(Date::parse("1996-02-30"), None);
    }

    #[test]
    fn padded_numbers_are_written_as_the_formatter_writes_them() {
        for n in [0i64, 7, 42, 999, 2024, 12345, -5, -2024, i64::MAX, i64::MIN] {
            for width in [0, 2, 3, 4] {
                let mut s = String::new();
                push_padded(&mut s, n, width);
                assert_eq!(s, format!("{n:0width$}"));
            }
        }
        for d in [Date::new(2024, 4, 16), Date::new(996, 1, 1), Date::new(12024, 12, 31), Date::new(-44, 3, 15)] {
            let (mut s, d) = (String::new(), d.unwrap());
            d.push_iso(&mut s);
            assert_eq!(s, d.to_string());
        }
    }
}
