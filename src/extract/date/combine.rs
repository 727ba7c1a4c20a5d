//! Growing an expression with its neighbours: a weekday before a date ("Tuesday, April 16"),
//! a part of the day after a day ("Thursday morning"), a clock time before or after a day
//! ("9 a.m. Tuesday", "tomorrow at 3pm"), a modifier before a period ("late November", "early
//! next year", "the end of 2023"), and the second end of a range ("April 24 and 25",
//! "between March and May", "1998-99").

use super::absolute::{day_number, year_number};
use super::timex::{Clock, Point};
use super::{core_at, times, words, Cx, Hit};
use crate::calendar::Date;

/// Tokens that join the two ends of a range.
pub fn is_range_connector(cx: &Cx<'_, '_>, i: usize) -> bool {
    is_range_word(cx.t(i)) || cx.is(i, "or") || cx.t(i) == "/" && cx.glued(i)
}

/// The words and dashes that join a range's two ends when the first end leaves its month or
/// am/pm to the second ("5 to 7 June", "9-10 am"); "or" and a slash join only whole dates.
pub fn is_range_word(w: &str) -> bool {
    // By length first: most words asked are none of these.
    match w.len() {
        1 => w == "-",
        2 => w.eq_ignore_ascii_case("to"),
        3 => w.eq_ignore_ascii_case("and") || w == "–" || w == "—",
        4 => w.eq_ignore_ascii_case("till"),
        5 => w.eq_ignore_ascii_case("until"),
        7 => w.eq_ignore_ascii_case("through"),
        _ => false,
    }
}

/// The day of a date written in brackets at `i`: "(March 12)", "(12 March)".
fn bracketed_date(cx: &Cx<'_, '_>, i: usize) -> Option<Point> {
    if cx.t(i) != "(" {
        return None;
    }
    let d = core_at(cx, i + 1).filter(|d| matches!(d.point, Point::Day(_)) && d.duration.is_none())?;
    (cx.t(d.end) == ")").then_some(d.point)
}

pub fn extend(cx: &Cx<'_, '_>, mut h: Hit) -> Hit {
    if h.duration.is_some() {
        return h;
    }
    // Weekday + date: "Tuesday, April 16", "Monday Oct. 26" — the date decides the value.
    if h.rule.starts_with("date.weekday") && h.end - h.start == 1 {
        let j = if cx.t(h.end) == "," { h.end + 1 } else { h.end };
        if let Some(d) = written_day_at(cx, j) {
            let relative = d.relative;
            h = Hit { start: h.start, end: d.end, rule: "date.weekday_date", relative, offset: None, ..d };
        } else if let Some(d) = bracketed_date(cx, h.end) {
            // "on Tuesday (March 12)": the wire's gloss says which Tuesday; both stay mentions.
            if matches!((h.point, d), (Point::Day(w), Point::Day(d)) if w.weekday() == d.weekday()) {
                h.point = d;
                h.offset = None;
                h.rule = "date.weekday_glossed";
            }
        }
    }
    // Day + part of day: "Thursday morning", "yesterday afternoon", "tomorrow night".
    if h.point.is_day() && h.clock.is_none() {
        if let Some(p) = words::part_of_day(cx.t(h.end)) {
            h.clock = Some(Clock::Part(p));
            h.end += 1;
        }
    }
    // Day + clock: "tomorrow at 3pm", "Tuesday 9 a.m.".
    if h.point.is_day() && !matches!(h.clock, Some(Clock::At(..))) && h.point != Point::NoDay {
        let j = if cx.is(h.end, "at") { h.end + 1 } else { h.end };
        if let Some(t) = times::at(cx, j) {
            if let Some(clock @ Clock::At(..)) = t.clock {
                h.clock = Some(clock);
                h.end = t.end;
            }
        }
    }
    // Clock + day: "9 a.m. Tuesday", "3pm on Friday", "noon yesterday".
    if matches!(h.clock, Some(Clock::At(..))) && h.rule == "date.time" {
        let j = if cx.is(h.end, "on") { h.end + 1 } else { h.end };
        if let Some(d) = core_at(cx, j).filter(|d| matches!(d.point, Point::Day(_) | Point::WeekdayX(_) | Point::MonthDayX(..) | Point::Unresolved) && d.duration.is_none()) {
            let part = words::part_of_day(cx.t(d.end));
            let clock = match (h.clock, part) {
                // "6 o'clock on Friday evening": the part of the day says which six.
                (Some(Clock::At(hour, m, sec)), Some(part)) if !times::half_written(cx, h.start..j) => Some(Clock::At(afternoon_hour(hour, part), m, sec)),
                (clock, _) => clock,
            };
            let end = if part.is_some() { d.end + 1 } else { d.end };
            h = Hit { start: h.start, end, clock, rule: "date.time_day", modifier: h.modifier.or(d.modifier), ..d };
        }
    }
    h
}

/// [`core_at`] of token `j` when it is a day written out ("April 16", "16 April", "16/4",
/// "2024-04-16"), as a weekday before it takes. Every such rule is an absolute one: the
/// relative rules are asked only when one has matched, as [`core_at`] prefers a longer
/// relative expression (which is no written day).
fn written_day_at(cx: &Cx<'_, '_>, j: usize) -> Option<Hit> {
    let written = |d: &Hit| matches!(d.point, Point::Day(_) | Point::MonthDayX(..)) && ["date.month_day", "date.day_month", "date.numeric", "date.iso"].iter().any(|r| d.rule.starts_with(r));
    let a = super::absolute::at(cx, j).filter(written)?;
    match super::relative::at(cx, j) {
        Some(r) if r.end > a.end => None,
        _ => Some(a),
    }
}

/// An hour told without am/pm, in the part of the day named after it: 6 in the evening is 18,
/// 10 at night 22, 3 in the afternoon 15; 2 at night and any hour of the morning stay.
fn afternoon_hour(hour: u32, part: &str) -> u32 {
    match (part, hour) {
        ("AF", 1..=6) | ("EV", 1..=11) | ("NI", 6..=11) => hour + 12,
        _ => hour,
    }
}

/// A modifier and the period it narrows: "early March", "late last year", "mid-1990s",
/// "the end of 2023", "earlier this year", "later this month".
/// A period word glued to its modifier by a hyphen: ("2025", "END") for "end-2025".
fn hyphen_modified(w: &str) -> Option<(&str, &'static str)> {
    let (m, rest) = words::split_once_byte(w, b'-')?;
    let modifier = match m {
        "mid" | "Mid" => "MID",
        "end" | "End" | "late" | "Late" => "END",
        "early" | "Early" => "START",
        _ => return None,
    };
    Some((rest, modifier))
}

pub fn modified(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let w = cx.t(i);
    // "mid-March", "mid-1990s", "mid-2023", "mid-19th (century)", and the wire's "end-2025",
    // "end-March", "early-2024", "late-2023" come as one token.
    if let Some((rest, modifier)) = if cx.has_hyphen(i) { hyphen_modified(w) } else { None } {
        let point = if let Some(m) = words::month_number(rest) {
            let hit = absolute_month(cx, i, m)?;
            hit.point
        } else if let Some(y) = year_number(rest) {
            Point::Year(y)
        } else if let Some(d) = rest.strip_suffix('s').and_then(year_number).filter(|y| y % 10 == 0) {
            Point::Decade(d / 10)
        } else if let Some(n) = words::ordinal(rest).filter(|n| (1..=22).contains(n) && cx.is(i + 1, "century")) {
            // "the mid-19th century"
            let mut h = Hit::new(i, i + 2, Point::Century(n as i32 - 1), "date.modified");
            h.modifier = Some(modifier);
            return Some(h);
        } else {
            return None;
        };
        let mut h = Hit::new(i, i + 1, point, "date.modified");
        h.relative = matches!(point, Point::Month(..)) && cx.r.is_some() && !cx.t(i + 1).bytes().all(|b| b.is_ascii_digit());
        h.modifier = Some(modifier);
        // "mid-March 2024"
        if let (Point::Month(_, m), Some(y)) = (point, year_number(cx.t(i + 1))) {
            h.point = Point::Month(y, m);
            h.end = i + 2;
            h.relative = false;
        }
        return Some(h);
    }
    // Borrowed unless there are capitals: this runs at every token.
    let lw = cx.lower(i);
    let (k, modifier) = match lw {
        "early" => (1, Some("START")),
        "late" => (1, Some("END")),
        "mid" => (1, Some("MID")),
        // "earlier this week": TimeML leaves "earlier"/"later" outside the expression.
        "the" | "end" | "beginning" | "start" | "middle" => {
            let k0 = if lw == "the" { 1 } else { 0 };
            // The document's lower case: no copy at every "the".
            let m = match cx.lower(i + k0) {
                "end" => "END",
                "beginning" | "start" => "START",
                "middle" => "MID",
                _ => return None,
            };
            if !cx.is(i + k0 + 1, "of") {
                return None;
            }
            (k0 + 2, Some(m))
        }
        _ => return None,
    };
    // A date never spans a line break: "end of" closing one line and "the week" opening the
    // next are two phrases.
    if !(i + 1..=i + k).all(|j| cx.same_line(j)) {
        return None;
    }
    // "the end of the year", "by end of year": the reference's year.
    let after_of = modifier.is_some() && cx.is(i + k - 1, "of");
    let mut core = core_at(cx, i + k).or_else(|| {
        after_of.then(|| super::relative::the_period(cx, i + k).or_else(|| super::relative::bare_period(cx, i + k))).flatten()
    })?;
    if core.start != i + k || core.duration.is_some() {
        return None;
    }
    // "earlier this year" but not "earlier Tuesday": only periods are narrowed.
    if !matches!(core.point, Point::Month(..) | Point::MonthX(_) | Point::Year(_) | Point::Decade(_) | Point::Century(_) | Point::Week(..) | Point::Season(..) | Point::Quarter(..) | Point::Unresolved) {
        return None;
    }
    if core.point == Point::Unresolved && !core.rule.starts_with("date.relative") {
        return None;
    }
    core.start = i;
    if modifier.is_some() {
        core.modifier = modifier;
    }
    Some(core)
}

fn absolute_month(cx: &Cx<'_, '_>, i: usize, m: u32) -> Option<Hit> {
    Some(match cx.r {
        Some(r) => Hit::new(i, i + 1, Point::Month(super::anchor::year_of(r, m, 0, || cx.dir(i, i + 1)), m), "date.modified"),
        None => Hit::new(i, i + 1, Point::MonthX(m), "date.modified"),
    })
}

/// The second end of a range, read with the first end's month and year: "April 24 and 25",
/// "April 24-25", "between March and May", "1998-99".
pub fn range_end(cx: &Cx<'_, '_>, i: usize, last: Option<&Hit>) -> Option<Hit> {
    let last = last?;
    if i == 0 || last.end != i - 1 || !is_range_connector(cx, i - 1) {
        return None;
    }
    let w = cx.t(i);
    match last.point {
        Point::Day(d) if last.clock.is_none() => {
            let day = day_number(w).filter(|_| cx.number(i) && month_after(cx, i + 1).is_none())?;
            if day <= d.day {
                return None;
            }
            let date = Date::new(d.year, d.month, day)?;
            let mut h = Hit::new(i, i + 1, Point::Day(date), "date.range_day");
            h.relative = last.relative;
            Some(h)
        }
        Point::Day(d) if matches!(last.clock, Some(Clock::At(..))) => {
            // "next Monday 1-3 pm", "on Friday from 9am to 5pm": the second time is the first's
            // day, unless it names its own ("from 10pm Monday to 2am Tuesday").
            let t = times::at(cx, i).filter(|t| t.point == Point::NoDay)?;
            if extend(cx, t.clone()).point != Point::NoDay {
                return None;
            }
            Some(Hit { point: Point::Day(d), relative: last.relative, rule: "date.time_range_end", ..t })
        }
        Point::MonthDayX(m, d) => {
            let day = day_number(w).filter(|_| cx.number(i))?;
            (day > d).then(|| Hit::new(i, i + 1, Point::MonthDayX(m, day), "date.range_day"))
        }
        Point::Month(y, m0) => {
            // "between March and May": the second month may be a bare May or March.
            let m = words::month_number(w).filter(|_| cx.name_cased(i) && !w.ends_with('.'))?;
            if year_number(cx.t(i + 1)).is_some() {
                return None;
            }
            let y = if m < m0 { y + 1 } else { y };
            let mut h = Hit::new(i, i + 1, Point::Month(y, m), "date.range_month");
            h.relative = last.relative;
            Some(h)
        }
        Point::Year(y) => {
            // "1998-99", "2023/24".
            if !(cx.glued(i) && cx.glued(i - 1)) || w.len() != 2 || !w.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: i32 = w.parse().ok()?;
            let y2 = y - y % 100 + n;
            let y2 = if y2 <= y { y2 + 100 } else { y2 };
            (y2 - y < 10).then(|| Hit::new(i, i + 1, Point::Year(y2), "date.range_year"))
        }
        _ => None,
    }
}

/// A month name right after `i` ("24 April"): then the number starts a new date.
fn month_after(cx: &Cx<'_, '_>, i: usize) -> Option<u32> {
    words::month_number(cx.t(i)).filter(|_| cx.name_cased(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test by length answers as a search of the list ignoring ASCII case.
    #[test]
    fn range_words_by_length() {
        let list = ["and", "to", "through", "until", "till", "-", "–", "—"];
        for w in ["and", "AND", "To", "tO", "through", "THROUGH", "until", "Till", "-", "–", "—", "−", "--", "an", "t", "tilll", "or", "", "‒", "toe"] {
            assert_eq!(is_range_word(w), list.iter().any(|c| w.eq_ignore_ascii_case(c)), "{w:?}");
        }
    }
}
