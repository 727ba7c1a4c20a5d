//! What a date expression denotes, before it is written out: a point on the calendar at some
//! grain, a clock time or part of the day on it, or a duration. Kept structured (not as the
//! final string) so that pieces can be combined: "Tuesday" + "9 a.m." or "April 24" + "25".

use crate::calendar::{push_padded, push_unsigned, Date};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Point {
    Day(Date),
    /// Month and day, year unknown: XXXX-04-16.
    MonthDayX(u32, u32),
    /// A weekday that could not be placed: XXXX-WXX-2.
    WeekdayX(u32),
    Month(i32, u32),
    MonthX(u32),
    Year(i32),
    Week(i32, u32),
    Weekend(i32, u32),
    Quarter(i32, u32),
    QuarterX(u32),
    Half(i32, u32),
    HalfX(u32),
    Season(i32, &'static str),
    SeasonX(&'static str),
    /// First three digits of the years: 199 for the 1990s.
    Decade(i32),
    /// First two digits: 20 for the 21st century.
    Century(i32),
    Fiscal(i32),
    /// A quarter or half of a fiscal year: "the second quarter of fiscal 2013".
    FiscalQuarter(i32, u32),
    FiscalHalf(i32, u32),
    Present,
    Past,
    Future,
    /// Relative, and there is no reference date: the value stays null, the offset says it.
    Unresolved,
    /// A clock time with no day at all.
    NoDay,
}

/// A clock time or a part of the day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Clock {
    /// Hour, minute and the second when written.
    At(u32, u32, Option<u32>),
    Part(&'static str),
}

impl Point {
    pub fn grain(self) -> &'static str {
        match self {
            Point::Day(_) | Point::MonthDayX(..) | Point::WeekdayX(_) => "day",
            Point::Month(..) | Point::MonthX(_) => "month",
            Point::Year(_) => "year",
            Point::Week(..) => "week",
            Point::Weekend(..) => "weekend",
            Point::Quarter(..) | Point::QuarterX(_) | Point::FiscalQuarter(..) => "quarter",
            Point::Half(..) | Point::HalfX(_) | Point::FiscalHalf(..) => "half",
            Point::Season(..) | Point::SeasonX(_) => "season",
            Point::Decade(_) => "decade",
            Point::Century(_) => "century",
            Point::Fiscal(_) => "fiscal_year",
            Point::Present | Point::Past | Point::Future => "vague",
            Point::Unresolved => "unknown",
            Point::NoDay => "time",
        }
    }

    /// Can a clock time or part of day sit on this point?
    pub fn is_day(self) -> bool {
        matches!(self, Point::Day(_) | Point::MonthDayX(..) | Point::WeekdayX(_) | Point::NoDay | Point::Unresolved)
    }

    /// The TIMEX3 value; None when it cannot be known without a reference date. Written
    /// piece by piece into one string: every expression found is written so, and the
    /// formatting machinery cost several times the rest of the mention.
    pub fn value(self, clock: Option<Clock>) -> Option<String> {
        let mut out = String::with_capacity(24);
        match self {
            Point::Day(d) => d.push_iso(&mut out),
            Point::MonthDayX(m, d) => {
                out.push_str("XXXX-");
                push_padded(&mut out, i64::from(m), 2);
                out.push('-');
                push_padded(&mut out, i64::from(d), 2);
            }
            Point::WeekdayX(w) => {
                out.push_str("XXXX-WXX-");
                push_padded(&mut out, i64::from(w), 0);
            }
            Point::Month(y, m) => {
                push_padded(&mut out, i64::from(y), 4);
                out.push('-');
                push_padded(&mut out, i64::from(m), 2);
            }
            Point::MonthX(m) => {
                out.push_str("XXXX-");
                push_padded(&mut out, i64::from(m), 2);
            }
            Point::Year(y) => push_padded(&mut out, i64::from(y), 4),
            Point::Week(y, w) | Point::Weekend(y, w) => {
                push_padded(&mut out, i64::from(y), 4);
                out.push_str("-W");
                push_padded(&mut out, i64::from(w), 2);
                if matches!(self, Point::Weekend(..)) {
                    out.push_str("-WE");
                }
            }
            Point::Quarter(y, n) | Point::Half(y, n) => {
                push_padded(&mut out, i64::from(y), 4);
                out.push_str(if matches!(self, Point::Quarter(..)) { "-Q" } else { "-H" });
                push_padded(&mut out, i64::from(n), 0);
            }
            Point::QuarterX(n) | Point::HalfX(n) => {
                out.push_str(if matches!(self, Point::QuarterX(_)) { "XXXX-Q" } else { "XXXX-H" });
                push_padded(&mut out, i64::from(n), 0);
            }
            Point::Season(y, s) => {
                push_padded(&mut out, i64::from(y), 4);
                out.push('-');
                out.push_str(s);
            }
            Point::SeasonX(s) => {
                out.push_str("XXXX-");
                out.push_str(s);
            }
            Point::Decade(d) => push_padded(&mut out, i64::from(d), 3),
            Point::Century(c) => push_padded(&mut out, i64::from(c), 2),
            Point::Fiscal(y) => {
                out.push_str("FY");
                push_padded(&mut out, i64::from(y), 4);
            }
            Point::FiscalQuarter(y, n) | Point::FiscalHalf(y, n) => {
                out.push_str("FY");
                push_padded(&mut out, i64::from(y), 4);
                out.push_str(if matches!(self, Point::FiscalQuarter(..)) { "-Q" } else { "-H" });
                push_padded(&mut out, i64::from(n), 0);
            }
            Point::Present => out.push_str("PRESENT_REF"),
            Point::Past => out.push_str("PAST_REF"),
            Point::Future => out.push_str("FUTURE_REF"),
            Point::Unresolved => return None,
            Point::NoDay => {}
        }
        match clock {
            None => {}
            Some(Clock::At(h, m, second)) => {
                out.push('T');
                push_padded(&mut out, i64::from(h), 2);
                out.push(':');
                push_padded(&mut out, i64::from(m), 2);
                if let Some(sec) = second {
                    out.push(':');
                    push_padded(&mut out, i64::from(sec), 2);
                }
            }
            Some(Clock::Part(p)) => {
                out.push('T');
                out.push_str(p);
            }
        }
        Some(out)
    }
}

/// An ISO 8601 offset such as "-P1D", "P2W", "P0D".
pub fn offset(n: i64, letter: char) -> String {
    let mut out = String::with_capacity(8);
    if n < 0 {
        out.push('-');
    }
    out.push('P');
    push_unsigned(&mut out, n.unsigned_abs(), 0);
    out.push(letter);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values written piece by piece are those the format strings wrote.
    #[test]
    fn values_are_written_as_timex3_strings() {
        let d = Date::new(2024, 4, 6).unwrap();
        let cases = [
            (Point::Day(d), None, "2024-04-06"),
            (Point::MonthDayX(4, 16), None, "XXXX-04-16"),
            (Point::WeekdayX(2), None, "XXXX-WXX-2"),
            (Point::Month(987, 3), None, "0987-03"),
            (Point::MonthX(11), None, "XXXX-11"),
            (Point::Year(2024), None, "2024"),
            (Point::Week(2024, 7), None, "2024-W07"),
            (Point::Weekend(2024, 16), None, "2024-W16-WE"),
            (Point::Quarter(2024, 3), None, "2024-Q3"),
            (Point::QuarterX(2), None, "XXXX-Q2"),
            (Point::Half(2024, 1), None, "2024-H1"),
            (Point::HalfX(2), None, "XXXX-H2"),
            (Point::Season(2024, "SU"), None, "2024-SU"),
            (Point::SeasonX("WI"), None, "XXXX-WI"),
            (Point::Decade(199), None, "199"),
            (Point::Decade(5), None, "005"),
            (Point::Century(20), None, "20"),
            (Point::Fiscal(2013), None, "FY2013"),
            (Point::FiscalQuarter(2013, 2), None, "FY2013-Q2"),
            (Point::FiscalHalf(2013, 1), None, "FY2013-H1"),
            (Point::Present, None, "PRESENT_REF"),
            (Point::Past, None, "PAST_REF"),
            (Point::Future, None, "FUTURE_REF"),
            (Point::NoDay, Some(Clock::At(9, 5, None)), "T09:05"),
            (Point::Day(d), Some(Clock::At(14, 32, Some(0))), "2024-04-06T14:32:00"),
            (Point::Day(d), Some(Clock::Part("MO")), "2024-04-06TMO"),
        ];
        for (point, clock, value) in cases {
            assert_eq!(point.value(clock).as_deref(), Some(value), "{point:?}");
        }
        assert_eq!(Point::Unresolved.value(None), None);
        assert_eq!((offset(-1, 'D'), offset(0, 'D'), offset(12, 'W')), ("-P1D".to_owned(), "P0D".to_owned(), "P12W".to_owned()));
    }
}
