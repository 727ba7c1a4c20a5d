//! What a date expression denotes, before it is written out: a point on the calendar at some
//! grain, a clock time or part of the day on it, or a duration. Kept structured (not as the
//! final string) so that pieces can be combined: "Tuesday" + "9 a.m." or "April 24" + "25".

use crate::calendar::Date;

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

    /// The TIMEX3 value; None when it cannot be known without a reference date.
    pub fn value(self, clock: Option<Clock>) -> Option<String> {
        let day = match self {
            Point::Day(d) => d.to_string(),
            Point::MonthDayX(m, d) => format!("XXXX-{m:02}-{d:02}"),
            Point::WeekdayX(w) => format!("XXXX-WXX-{w}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::MonthX(m) => format!("XXXX-{m:02}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::QuarterX(q) => format!("XXXX-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::HalfX(h) => format!("XXXX-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{s}"),
            Point::SeasonX(s) => format!("XXXX-{s}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
            Point::Fiscal(y) => format!("FY{y:04}"),
            Point::FiscalQuarter(y, q) => format!("FY{y:04}-Q{q}"),
            Point::FiscalHalf(y, h) => format!("FY{y:04}-H{h}"),
            Point::Present => "PRESENT_REF".to_owned(),
            Point::Past => "PAST_REF".to_owned(),
            Point::Future => "FUTURE_REF".to_owned(),
            Point::Unresolved => return None,
            Point::NoDay => String::new(),
        };
        Some(match clock {
            None => day,
            Some(Clock::At(h, m, None)) => format!("{day}T{h:02}:{m:02}"),
            Some(Clock::At(h, m, Some(sec))) => format!("{day}T{h:02}:{m:02}:{sec:02}"),
            Some(Clock::Part(p)) => format!("{day}T{p}"),
        })
    }
}

/// An ISO 8601 offset such as "-P1D", "P2W", "P0D".
pub fn offset(n: i64, letter: char) -> String {
    if n < 0 { format!("-P{}{letter}", -n) } else { format!("P{n}{letter}") }
}
