//! Dates relative to the article's date: "today", "yesterday", "tonight", "now", "recently",
//! weekdays ("on Monday", "last Tuesday"), "last week", "next month", "this year", "last
//! fall", "three years ago", "in two weeks", "the day before yesterday". Without a reference
//! date the value stays null and the offset says how far it is.

use super::anchor;
use super::timex::{offset, Clock, Point};
use super::words::{self, Unit};
use super::{Anchor, Cx, Hit};

pub fn at(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    // A token opening with a digit starts only a count of units back or ahead ("5 years
    // ago", "3 weeks from now"): every other rule here reads a word (or "the", "this",
    // "last" ...) at `i`, and a digit is none of them (nor a unit, a season or a weekday).
    if cx.t(i).as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return ago(cx, i).or_else(|| in_future(cx, i));
    }
    let lw = if cx.t(i).is_ascii() { std::borrow::Cow::Borrowed(cx.lower(i)) } else { std::borrow::Cow::Owned(cx.t(i).to_lowercase()) };
    let r = cx.r;
    // Deictic days.
    let day = |start: usize, end: usize, n: i64, rule: &'static str| -> Hit {
        let point = r.map(|r| Point::Day(r.add_days(n))).unwrap_or(Point::Unresolved);
        Hit::new(start, end, point, rule).rel(Some(offset(n, 'D')))
    };
    match &*lw {
        "today" | "today's" | "today’s" => return Some(day(i, i + 1, 0, "date.today")),
        "yesterday" | "yesterday's" | "yesterday’s" => return Some(day(i, i + 1, -1, "date.yesterday")),
        "tomorrow" | "tomorrow's" | "tomorrow’s" => return Some(day(i, i + 1, 1, "date.tomorrow")),
        "tonight" | "tonight's" | "tonight’s" => {
            let mut h = day(i, i + 1, 0, "date.tonight");
            h.clock = Some(Clock::Part("NI"));
            return Some(h);
        }
        "now" => {
            let start = if i > 0 && cx.is(i - 1, "right") { i - 1 } else { i };
            return Some(Hit::new(start, i + 1, Point::Present, "date.now"));
        }
        "nowadays" => return Some(Hit::new(i, i + 1, Point::Present, "date.now")),
        "recently" | "lately" => return Some(Hit::new(i, i + 1, Point::Past, "date.recently")),
        _ => {}
    }
    if let Some(h) = to_date(cx, i, &lw) {
        return Some(h);
    }
    if lw == "at" && cx.is(i + 1, "present") && !cx.t(i + 2).chars().next().is_some_and(char::is_alphabetic) {
        return Some(Hit::new(i, i + 2, Point::Present, "date.now"));
    }
    // "the day before yesterday", "the day after tomorrow".
    if lw == "the" && cx.is(i + 1, "day") {
        if cx.is(i + 2, "before") && cx.is(i + 3, "yesterday") {
            return Some(day(i, i + 4, -2, "date.day_before_yesterday"));
        }
        if cx.is(i + 2, "after") && cx.is(i + 3, "tomorrow") {
            return Some(day(i, i + 4, 2, "date.day_after_tomorrow"));
        }
    }
    // "the week after next", "the year before last": two periods on.
    if lw == "the" && matches!(cx.unit(i + 1), Some((Unit::Week | Unit::Month | Unit::Year, false))) {
        let n = match (cx.lower(i + 2), cx.lower(i + 3)) {
            ("after", "next") => 2,
            ("before", "last") => -2,
            _ => 0,
        };
        if n != 0 {
            let mut h = unit_shifted_by(cx, i, i + 1, n)?;
            h.end = i + 4;
            h.rule = "date.two_periods_on";
            return Some(h);
        }
    }
    // "this morning", "last night", "this evening".
    if matches!(&*lw, "this" | "last") {
        if let Some(p) = words::part_of_day(cx.t(i + 1)) {
            let n = if lw == "last" { if p == "NI" || p == "EV" { -1 } else { return None } } else { 0 };
            let mut h = day(i, i + 2, n, "date.part_of_day");
            h.clock = Some(Clock::Part(p));
            return Some(h);
        }
    }
    if let Some(h) = week_on_weekday(cx, i) {
        return Some(h);
    }
    if let Some(h) = weekday(cx, i) {
        return Some(h);
    }
    if let Some(h) = the_weekend(cx, i) {
        return Some(h);
    }
    if let Some(h) = the_season(cx, i) {
        return Some(h);
    }
    if let Some(h) = shifted_unit(cx, i) {
        return Some(h);
    }
    if let Some(h) = week_of_day(cx, i) {
        return Some(h);
    }
    if let Some(h) = this_time(cx, i) {
        return Some(h);
    }
    if let Some(h) = ago(cx, i) {
        return Some(h);
    }
    in_future(cx, i)
}

/// Weekdays: "Monday", "last Tuesday", "next Friday", "this Sunday", "this past Wednesday".
fn weekday(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let lw = cx.lower(i);
    let (shift, k) = match lw {
        "last" | "past" | "previous" => (Some(-1), i + 1),
        "next" | "coming" => (Some(1), i + 1),
        "this" if cx.is(i + 1, "past") => (Some(-1), i + 2),
        "this" if cx.is(i + 1, "coming") => (Some(1), i + 2),
        "this" => (Some(0), i + 1),
        _ => (None, i),
    };
    let wd = words::full_weekday(cx.t(k)).or_else(|| {
        // Short forms only right before a date or after a modifier: "Tue, April 16", "Tue May 9".
        words::weekday_number(cx.t(k)).filter(|_| shift.is_some() || cx.t(k + 1) == "," || words::month_number(cx.t(k + 1)).is_some())
    })?;
    if !cx.name_cased(k) {
        return None;
    }
    // "Black Friday", "Good Friday", "Super Tuesday" are names, not the nearest weekday.
    if k > 0 && shift.is_none() && matches!(cx.t(k - 1), "Black" | "Good" | "Super" | "Ash" | "Holy" | "Cyber" | "Easter" | "Bloody" | "Maundy" | "Palm" | "Shrove" | "Giving" | "Manic" | "Blue" | "Casual" | "Fat" | "Low" | "Mothering" | "Trinity" | "Whit" | "Pentecost" | "Plough" | "Spy" | "Derby" | "Patriots" | "Thanksgiving" | "Boxing") {
        return None;
    }
    // "every Monday", "each Friday", "the third Thursday of each month": a recurring day (a
    // TimeML set), no one date.
    if k > 0 && shift.is_none() && (cx.is_any(k - 1, &["every", "each"]) || words::ordinal(cx.t(k - 1)).is_some()) {
        return None;
    }
    // "The Sunday Times", "Monday Club": a weekday in a title.
    if matches!(cx.t(k + 1), "Times" | "Telegraph" | "Mirror" | "Express" | "Post" | "Herald" | "Independent" | "Sport" | "Club" | "People" | "Mail" | "Tribune" | "Business" | "Night") && shift.is_none() {
        return None;
    }
    let end = k + 1;
    if shift.is_none() {
        if let Some(h) = weekday_of_week(cx, i, end, wd) {
            return Some(h);
        }
        // "Tuesday week": a week after the coming Tuesday (British).
        if cx.t(end) == "week" && !cx.is_any(end + 1, &["of", "'s", "’s"]) {
            return Some(week_after_coming(cx, i, end + 1, wd));
        }
    }
    let Some(r) = cx.r else {
        return Some(Hit::new(i, end, Point::WeekdayX(wd), "date.weekday").rel(None));
    };
    let this_past = k > i && cx.is(k - 1, "past");
    let this_coming = k > i && cx.is(k - 1, "coming");
    let (date, rule) = match shift {
        // "(this) past Wednesday": the most recent one, even yesterday.
        Some(-1) if this_past => (anchor::weekday(r.add_days(-1), wd, super::tense::Dir::Past), "date.weekday_last"),
        Some(1) if this_coming => (anchor::weekday(r.add_days(1), wd, super::tense::Dir::Future), "date.weekday_next"),
        Some(-1) => (anchor::weekday_strict(r, wd, false), "date.weekday_last"),
        Some(1) => (anchor::weekday_strict(r, wd, true), "date.weekday_next"),
        Some(_) => {
            // "this Friday": the one in the reference's week.
            (r.add_days(i64::from(wd) - i64::from(r.weekday())), "date.weekday_this")
        }
        None => (anchor::weekday_asking(r, wd, || cx.dir(i, end)), "date.weekday"),
    };
    let n = date.to_days() - r.to_days();
    Some(Hit::new(i, end, Point::Day(date), rule).rel(Some(offset(n, 'D'))))
}

/// "a week on Tuesday": a week after the coming Tuesday (British), as "Tuesday week".
fn week_on_weekday(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !(cx.is(i, "a") && cx.is(i + 1, "week") && cx.is(i + 2, "on") && cx.name_cased(i + 3)) {
        return None;
    }
    let wd = words::full_weekday(cx.t(i + 3))?;
    Some(week_after_coming(cx, i, i + 4, wd))
}

/// The weekday `wd` a week after its coming one, for the expression `i..end`.
fn week_after_coming(cx: &Cx<'_, '_>, i: usize, end: usize, wd: u32) -> Hit {
    let Some(r) = cx.r else {
        return Hit::unresolved_day(i, end, "date.weekday_week_on");
    };
    let date = anchor::weekday(r, wd, super::tense::Dir::Future).add_days(7);
    Hit::new(i, end, Point::Day(date), "date.weekday_week_on").rel(Some(offset(date.to_days() - r.to_days(), 'D')))
}

/// "Tuesday of next week", "Monday of last week", "Friday of this week", "Wednesday of the
/// following week": the weekday `wd` in the week the phrase after "of" names (Monday-based).
fn weekday_of_week(cx: &Cx<'_, '_>, i: usize, day_end: usize, wd: u32) -> Option<Hit> {
    if !cx.is(day_end, "of") {
        return None;
    }
    let week = shifted_unit(cx, day_end + 1).filter(|w| w.rule == "date.relative_week")?;
    let (Point::Week(y, w), Some(r)) = (week.point, cx.r) else {
        return Some(Hit::unresolved_day(i, week.end, "date.weekday_of_week"));
    };
    let date = crate::calendar::Date::of_iso_week(y, w, wd)?;
    Some(Hit::new(i, week.end, Point::Day(date), "date.weekday_of_week").rel(Some(offset(date.to_days() - r.to_days(), 'D'))))
}

/// "this time last year", "this time next week": the reference's day a unit away, give or
/// take (mod APPROX).
fn this_time(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !(cx.is(i, "this") && cx.is(i + 1, "time")) {
        return None;
    }
    let n: i64 = match cx.lower(i + 2) {
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    let unit = match cx.unit(i + 3) {
        Some((u @ (Unit::Week | Unit::Month | Unit::Year), false)) => u,
        _ => return None,
    };
    let mut h = shift_by(cx, i, i + 4, unit, n, "date.this_time");
    if let Some(r) = cx.r {
        let day = match unit {
            Unit::Week => r.add_days(7 * n),
            Unit::Month => r.add_months(n as i32),
            _ => r.add_months(12 * n as i32),
        };
        h.point = Point::Day(day);
    }
    h.unresolved_grain = Some("day");
    h.modifier = Some("APPROX");
    Some(h)
}

/// "the week of April 10", "the week of June 5, 2023": the ISO week holding that day.
fn week_of_day(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !(cx.is(i, "the") && cx.is(i + 1, "week") && cx.is(i + 2, "of")) {
        return None;
    }
    let day = super::core_at(cx, i + 3).filter(|d| d.start == i + 3 && d.duration.is_none())?;
    let point = match day.point {
        Point::Day(d) => {
            let (y, w) = anchor::week_of(d);
            Point::Week(y, w)
        }
        // No reference to place "the week of April 10" in a year.
        Point::MonthDayX(..) => Point::Unresolved,
        _ => return None,
    };
    let mut h = Hit::new(i, day.end, point, "date.week_of_day");
    h.relative = day.relative;
    if point == Point::Unresolved {
        h.unresolved_grain = Some("week");
    }
    Some(h)
}

/// "the weekend", "this past weekend", "the past weekend": the weekend nearest the reference
/// in the sentence's direction — the one just gone in past tense or with no cue ("over the
/// weekend, protesters gathered" in a Monday paper), the coming one in future tense; on a
/// Saturday or Sunday, the weekend under way.
fn the_weekend(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let past = cx.is(i + 1, "past") && cx.is_any(i, &["this", "the"]);
    let w = if past { i + 2 } else { i + 1 };
    if !(cx.is(i, "the") || past) || !cx.is(w, "weekend") || cx.is(w + 1, "of") {
        return None;
    }
    let end = w + 1;
    let Some(r) = cx.r else {
        return Some(Hit::new(i, end, Point::Unresolved, "date.the_weekend"));
    };
    // Weeks run Monday to Sunday, so the coming weekend is in the reference's week. Without a
    // tense cue it is the nearer one: on a Friday the weekend about to start.
    let in_weekend = r.weekday() >= 6;
    let dir = if past { super::tense::Dir::Past } else { cx.dir(i, end) };
    let forward = dir == super::tense::Dir::Future || (dir == super::tense::Dir::None && r.weekday() == 5);
    let n = if in_weekend || forward { 0 } else { -1 };
    let (y, wk) = anchor::week_of(r.add_days(7 * n));
    Some(Hit::new(i, end, Point::Weekend(y, wk), "date.the_weekend").rel(Some(offset(n, 'W'))))
}

/// "in the spring", "over the summer", "by autumn": the season the sentence points to — the latest begun
/// in past tense, the next or current one in future tense, and with no cue this year's
/// unless it begins more than two months ahead. ("The summer of 2019" is read whole by the
/// absolute rules.)
fn the_season(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    // "the summer", or a bare season after a preposition of time: "in summer", "by autumn"
    // (not "Spring Valley", "summer school").
    let (s, end) = if cx.is(i, "the") {
        (words::season(cx.t(i + 1))?, i + 2)
    } else {
        // The season first: most tokens are none, and the words before them need no look.
        let s = words::season(cx.t(i))?;
        let bare = i > 0 && cx.is_any(i - 1, &["in", "during", "over", "by", "until", "since", "through"]);
        if !(bare && !cx.capitalised(i + 1) && !cx.t(i + 1).chars().next().is_some_and(char::is_alphabetic)) {
            return None;
        }
        (s, i + 1)
    };
    if cx.is(end, "of") {
        return None;
    }
    let Some(r) = cx.r else {
        return Some(Hit::new(i, end, Point::SeasonX(s), "date.the_season"));
    };
    let start_month = words::season_start_month(s);
    let begins = |y: i32| crate::calendar::Date::new(y, start_month, 1).map(|d| d.to_days() - r.to_days()).unwrap_or(0);
    let ends = |y: i32| begins(y) + 91;
    let y = match cx.dir(i, end) {
        // The latest begun.
        super::tense::Dir::Past => if begins(r.year) <= 0 { r.year } else { r.year - 1 },
        // The current one, or the next to begin.
        super::tense::Dir::Future => if ends(r.year) >= 0 { r.year } else { r.year + 1 },
        super::tense::Dir::None => if begins(r.year) > anchor::NO_CUE_AHEAD_DAYS { r.year - 1 } else { r.year },
    };
    let mut h = Hit::new(i, end, Point::Season(y, s), "date.the_season");
    h.relative = true;
    Some(h)
}

/// "last week", "next month", "this year", "the previous year", "last fall", "next March",
/// "this weekend", "last quarter", "the past decade" (a duration: see durations).
fn shifted_unit(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let the = cx.is(i, "the");
    let k = if the { i + 1 } else { i };
    let lw = cx.lower(k);
    let n: i32 = match lw {
        // "past decade", "the last decade" are lengths of time (see durations); "last year" is a date.
        // "the last week" (after "for", "over") is the seven days just gone: a length of time.
        "last" if !the && !(i > 0 && cx.is(i - 1, "the") && cx.unit(i + 1).is_some()) => -1,
        "previous" | "preceding" => -1,
        "next" | "coming" if !the => 1,
        "following" if the => 1,
        "this" | "current" | "present" if !the || lw == "current" => 0,
        "same" if the => return None,
        _ => return None,
    };
    unit_shifted_by(cx, i, k + 1, n)
}

/// "the year", "the month" after "the end of" / "the start of": the reference's own period.
pub fn the_period(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !cx.is(i, "the") || !matches!(cx.unit(i + 1), Some((Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century, false))) {
        return None;
    }
    unit_shifted_by(cx, i, i + 1, 0)
}

/// "year to date", "year-to-date", "YTD" (and the month's and quarter's): the reference's
/// period so far, as financial copy reports it ("up 12% year to date"). `lw` is token `i` in
/// lower case.
fn to_date(cx: &Cx<'_, '_>, i: usize, lw: &str) -> Option<Hit> {
    let (unit, end) = match (lw, cx.t(i)) {
        ("year-to-date", _) | (_, "YTD") => (Unit::Year, i + 1),
        ("month-to-date", _) | (_, "MTD") => (Unit::Month, i + 1),
        ("quarter-to-date", _) | (_, "QTD") => (Unit::Quarter, i + 1),
        _ => match cx.unit(i) {
            // Not the verb: "a year to date the fossils".
            Some((unit @ (Unit::Year | Unit::Month | Unit::Quarter), false))
                if cx.is(i + 1, "to") && cx.is(i + 2, "date") && !cx.is_any(i + 3, &["the", "a", "an", "it", "them", "this", "that", "their", "its"]) =>
            {
                (unit, i + 3)
            }
            _ => return None,
        },
    };
    let mut h = unit_period(cx, i, end, unit, 0)?;
    h.rule = "date.to_date";
    Some(h)
}

/// A period named by its unit alone after "end of", "start of" ("by end of year", "at the
/// start of month"): the reference's. Not a numbered one ("the end of year two").
pub fn bare_period(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !matches!(cx.unit(i), Some((Unit::Week | Unit::Month | Unit::Quarter | Unit::Year, false))) || words::count_word(cx.t(i + 1)).is_some() {
        return None;
    }
    unit_shifted_by(cx, i, i, 0)
}

/// The period of `unit` ("week", "year") `n` of them from the reference's, spanning tokens
/// `i..end`; none for a day (its own rules place it) or a smaller unit.
fn unit_period(cx: &Cx<'_, '_>, i: usize, end: usize, unit: Unit, n: i32) -> Option<Hit> {
    let r = cx.r;
    let rel = |point: Option<Point>, letter: char, rule: &'static str| -> Hit {
        Hit::new(i, end, point.unwrap_or(Point::Unresolved), rule).rel(Some(offset(i64::from(n), letter)))
    };
    Some(match unit {
        // "the last day" is the final one and "the next day" follows the story's event,
        // not the article's date: neither is resolved here.
        Unit::Day => return None,
        Unit::Week => rel(r.map(|r| {
            let (y, w) = anchor::week_of(r.add_days(7 * i64::from(n)));
            Point::Week(y, w)
        }), 'W', "date.relative_week"),
        Unit::Month => rel(r.map(|r| {
            let d = r.add_months(n);
            Point::Month(d.year, d.month)
        }), 'M', "date.relative_month"),
        Unit::Quarter => {
            let mut h = rel(r.map(|r| {
                let (y, q) = anchor::quarter_of(r);
                let (y, q) = anchor::add_quarters(y, q, n);
                Point::Quarter(y, q)
            }), 'M', "date.relative_quarter");
            h.offset = Some(offset(3 * i64::from(n), 'M'));
            h
        }
        Unit::Year => rel(r.map(|r| Point::Year(r.year + n)), 'Y', "date.relative_year"),
        Unit::Decade => {
            let mut h = rel(r.map(|r| Point::Decade(r.year.div_euclid(10) + n)), 'Y', "date.relative_decade");
            h.offset = Some(offset(10 * i64::from(n), 'Y'));
            h
        }
        Unit::Century => {
            let mut h = rel(r.map(|r| Point::Century(r.year.div_euclid(100) + n)), 'Y', "date.relative_century");
            h.offset = Some(offset(100 * i64::from(n), 'Y'));
            h
        }
        _ => return None,
    })
}

/// The period named by token `u` ("week", "year", "fall", "March"), `n` of them from the
/// reference's; the expression spans `i..=u`.
fn unit_shifted_by(cx: &Cx<'_, '_>, i: usize, u: usize, n: i32) -> Option<Hit> {
    let end = u + 1;
    let word = cx.t(u);
    let r = cx.r;
    // "last fiscal year", "this financial year": numbered by the calendar year it mostly
    // falls in, as "fiscal 2024" is; "this calendar year" is the year.
    if cx.is_any(u, &["fiscal", "financial", "calendar"]) && cx.is(u + 1, "year") {
        let fiscal = !cx.is(u, "calendar");
        let point = r.map(|r| if fiscal { Point::Fiscal(r.year + n) } else { Point::Year(r.year + n) });
        let rule = if fiscal { "date.relative_fiscal" } else { "date.relative_year" };
        return Some(Hit::new(i, u + 2, point.unwrap_or(Point::Unresolved), rule).rel(Some(offset(i64::from(n), 'Y'))));
    }
    let rel = |point: Option<Point>, letter: char, rule: &'static str| -> Hit {
        Hit::new(i, end, point.unwrap_or(Point::Unresolved), rule).rel(Some(offset(i64::from(n), letter)))
    };
    if let Some((unit, false)) = cx.unit(u) {
        return unit_period(cx, i, end, unit, n);
    }
    if word.eq_ignore_ascii_case("weekend") {
        return Some(rel(r.map(|r| {
            let (y, w) = anchor::week_of(r.add_days(7 * i64::from(n)));
            Point::Weekend(y, w)
        }), 'W', "date.relative_weekend"));
    }
    if let Some(s) = words::season(word) {
        let start_month = words::season_start_month(s);
        let point = r.map(|r| {
            let (cy, cs) = anchor::season_of(r);
            let y = match n {
                0 => r.year,
                -1 if start_month >= r.month || (cs == s && cy == r.year) => r.year - 1,
                -1 => r.year,
                _ if start_month > r.month => r.year,
                _ => r.year + 1,
            };
            Point::Season(y, s)
        });
        let mut h = Hit::new(i, end, point.unwrap_or(Point::SeasonX(s)), "date.relative_season");
        if r.is_some() {
            h.relative = true;
        }
        return Some(h);
    }
    if let Some(m) = words::month_number(word).filter(|_| cx.name_cased(u) && !word.ends_with('.')) {
        let point = r.map(|r| {
            let y = match n {
                0 => r.year,
                -1 if m >= r.month => r.year - 1,
                -1 => r.year,
                _ if m <= r.month => r.year + 1,
                _ => r.year,
            };
            Point::Month(y, m)
        });
        let mut h = Hit::new(i, end, point.unwrap_or(Point::MonthX(m)), "date.relative_month_name");
        h.relative = r.is_some();
        return Some(h);
    }
    None
}

/// "three years ago", "a week ago", "two days ago", "years ago"; hedged, "about three weeks
/// ago", "more than 20 years ago", the hedge is in the span and its TIMEX3 mod on the date.
fn ago(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let (k, modifier) = super::durations::hedge(cx, i);
    if k == 0 {
        return unhedged_ago(cx, i);
    }
    let mut h = unhedged_ago(cx, i + k)?;
    h.start = i;
    h.modifier = modifier;
    Some(h)
}

fn unhedged_ago(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let (count, u) = if let Some(c) = cx.count(i) {
        let c = if cx.is(i, "a") && cx.is(i + 1, "few") { None } else { c };
        let u = if cx.is(i, "a") && cx.is(i + 1, "few") { i + 2 } else { i + 1 };
        (Some(c), u)
    } else {
        (None, i)
    };
    let (unit, plural) = cx.unit(u)?;
    if !cx.is(u + 1, "ago") {
        return None;
    }
    let end = u + 2;
    let n = match count {
        Some(Some(n)) if n.fract() == 0.0 && n < 10_000.0 => n as i64,
        Some(Some(_)) => return None,
        // "years ago", "several weeks ago": some time back, TIMEX3 PAST_REF.
        _ => return Some(Hit::new(i, end, Point::Past, "date.ago_vague")),
    };
    if count.is_none() && !plural {
        return None;
    }
    Some(shift_by(cx, i, end, unit, -n, "date.ago"))
}

/// "earlier in the week", "later in the day", "late in the year": the period holding the date
/// the story named nearby (`anchor`, when it is no coarser), else the reference's. TimeML
/// leaves "earlier"/"later" outside the expression ("the week"); "early"/"late" narrow it and
/// stay in ("late in the year", mod END), as "late last year" does.
pub fn in_the_period(cx: &Cx<'_, '_>, i: usize, anchor: Option<Anchor>) -> Option<Hit> {
    let lw = cx.lower(i);
    let (the, modifier) = match lw {
        "early" if cx.is(i + 1, "in") && cx.is(i + 2, "the") => (i + 2, Some("START")),
        "late" if cx.is(i + 1, "in") && cx.is(i + 2, "the") => (i + 2, Some("END")),
        "the" if i >= 2 && cx.is(i - 1, "in") && cx.is_any(i - 2, &["earlier", "later"]) => (i, None),
        _ => return None,
    };
    let unit = match cx.unit(the + 1) {
        Some((u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) => u,
        _ => return None,
    };
    let end = the + 2;
    let from_anchor = anchor.filter(|a| a.grain <= unit).map(|a| a.day);
    // The period holding the day: zero units from it.
    let mut h = shift_from(from_anchor.or(cx.r), i, end, unit, 0, "date.in_the_period");
    // The offset (P0W) is from the reference only when counted from it.
    if from_anchor.is_some() {
        h.offset = None;
    }
    h.unresolved_grain = Some(unit.grain());
    h.modifier = modifier;
    Some(h)
}

/// "two weeks later", "a year earlier", "three days later": counted from the day the story
/// last named (`anchor`, "began on March 3 and ended two weeks later"); with none nearby an
/// "earlier" counts from the reference ("profit rose from $6bn a year earlier") and a "later"
/// stays unresolved.
pub fn later(cx: &Cx<'_, '_>, i: usize, anchor: Option<Anchor>) -> Option<Hit> {
    // A day-grain count needs a named day: "began in March ... the next day" has none.
    let day_anchor = |a: Option<Anchor>| a.map(|a| (a.grain == Unit::Day).then_some(a.day));
    if let Some(h) = next_day(cx, i, day_anchor(anchor).flatten()) {
        return Some(h);
    }
    if let Some(h) = following_weekday(cx, i, day_anchor(anchor)) {
        return Some(h);
    }
    if let Some(h) = unit_before_after(cx, i, anchor) {
        return Some(h);
    }
    let c = cx.count(i)??;
    if c.fract() != 0.0 || !(1.0..10_000.0).contains(&c) {
        return None;
    }
    let (unit, plural) = cx.unit(i + 1)?;
    if plural != (c > 1.0) {
        return None;
    }
    let sign = match cx.lower(i + 2) {
        "later" => 1,
        "earlier" => -1,
        _ => return None,
    };
    Some(counted_from_story(cx, anchor, i, i + 3, unit, sign * c as i64, "date.later"))
}

/// `n` units from the date the story named nearby (`anchor`) for tokens `start..end`. Without
/// one, a count forward ("three days later") follows some event the story told, which cannot
/// be placed, and a count back ("a year earlier" in a results story) is from the reference. A
/// named date coarser than the unit ("in 2012 ... a week later") places nothing.
fn counted_from_story(cx: &Cx<'_, '_>, anchor: Option<Anchor>, start: usize, end: usize, unit: Unit, n: i64, rule: &'static str) -> Hit {
    let from_reference = if n < 0 && anchor.is_none() { cx.r } else { None };
    let from_anchor = anchor.filter(|a| a.grain <= unit).map(|a| a.day);
    let mut h = shift_from(from_anchor.or(from_reference), start, end, unit, n, rule);
    // The offset is from the reference only when counted from it.
    if from_reference.is_none() {
        h.offset = None;
    }
    h.unresolved_grain = Some(unit.grain());
    h
}

/// "the next day", "the following day", "the previous day", "the day before." : a day from
/// the date the story named nearby; unresolved without one ("the next day" is rarely the day
/// after the article's).
fn next_day(cx: &Cx<'_, '_>, i: usize, anchor: Option<crate::calendar::Date>) -> Option<Hit> {
    if !cx.is(i, "the") {
        return None;
    }
    let (n, end) = if cx.is(i + 2, "day") && cx.is_any(i + 1, &["next", "following"]) {
        (1, i + 3)
    } else if cx.is(i + 2, "day") && cx.is(i + 1, "previous") {
        (-1, i + 3)
    } else if cx.is(i + 1, "day") && cx.is_any(i + 2, &["before", "after"]) {
        // "the day before." but not "the day before the vote" or "the day before yesterday".
        let closes = cx.doc.tokens.get(i + 3).is_none_or(|t| t.kind == crate::tokens::TokKind::Punct);
        if !closes {
            return None;
        }
        (if cx.is(i + 2, "before") { -1 } else { 1 }, i + 3)
    } else {
        return None;
    };
    let point = anchor.map(|d| Point::Day(d.add_days(n))).unwrap_or(Point::Unresolved);
    let mut h = Hit::new(i, end, point, "date.next_day");
    h.relative = true;
    h.unresolved_grain = Some("day");
    Some(h)
}

/// "the year before.", "the month after,": a week, month or year from the date the story
/// named nearby (when it is no coarser); without one, "before" counts from the reference
/// ("sales rose 5% from the year before") and "after" stays unresolved, as "a year earlier"
/// and "a year later" do. "the year before the war" is counted from an event: no date.
fn unit_before_after(cx: &Cx<'_, '_>, i: usize, anchor: Option<Anchor>) -> Option<Hit> {
    if !cx.is(i, "the") {
        return None;
    }
    let unit = match cx.unit(i + 1) {
        Some((u @ (Unit::Week | Unit::Month | Unit::Year), false)) => u,
        _ => return None,
    };
    let n = match cx.lower(i + 2) {
        "before" => -1,
        "after" => 1,
        _ => return None,
    };
    let closes = cx.doc.tokens.get(i + 3).is_none_or(|t| t.kind == crate::tokens::TokKind::Punct);
    if !closes {
        return None;
    }
    Some(counted_from_story(cx, anchor, i, i + 3, unit, n, "date.unit_before_after"))
}

/// "the following Tuesday", "the previous Monday": the first such weekday after (before) the
/// date the story named nearby ("began on Nov. 3 and lasted until the following Tuesday"),
/// else after (before) the article's date.
/// `anchor`: the day the story named nearby, `Some(None)` when it named only a coarser date
/// (nothing to count from), `None` when it named none (the reference is used).
fn following_weekday(cx: &Cx<'_, '_>, i: usize, anchor: Option<Option<crate::calendar::Date>>) -> Option<Hit> {
    if !cx.is(i, "the") {
        return None;
    }
    let forward = match cx.lower(i + 1) {
        "following" | "next" => true,
        "previous" | "preceding" => false,
        _ => return None,
    };
    let wd = words::full_weekday(cx.t(i + 2)).filter(|_| cx.name_cased(i + 2))?;
    let end = i + 3;
    let Some(from) = anchor.unwrap_or(cx.r) else {
        return Some(Hit::new(i, end, Point::WeekdayX(wd), "date.weekday_following").rel(None));
    };
    let gap = |a: u32, b: u32| match (i64::from(a) - i64::from(b)).rem_euclid(7) {
        0 => 7,
        n => n,
    };
    let date = if forward { from.add_days(gap(wd, from.weekday())) } else { from.add_days(-gap(from.weekday(), wd)) };
    // An offset only when counted from the reference (the story named no date).
    let off = cx.r.filter(|_| anchor.is_none()).map(|r| offset(date.to_days() - r.to_days(), 'D'));
    Some(Hit::new(i, end, Point::Day(date), "date.weekday_following").rel(off))
}

/// The point `n` units from the reference, at the unit's grain: "in 30 minutes" is a clock
/// time when the reference has a time of day, else the reference's day.
fn shift_by(cx: &Cx<'_, '_>, start: usize, end: usize, unit: Unit, n: i64, rule: &'static str) -> Hit {
    let mut hit = shift_from(cx.r, start, end, unit, n, rule);
    let seconds = match unit {
        Unit::Hour => 3600,
        Unit::Minute => 60,
        Unit::Second => 1,
        _ => return hit,
    };
    if let (Some(r), Some(time)) = (cx.r, cx.doc.reference_time) {
        let at = time.seconds() + n * seconds;
        let of_day = at.rem_euclid(86_400);
        let second = (unit == Unit::Second || time.second != 0).then_some((of_day % 60) as u32);
        hit.point = Point::Day(r.add_days(at.div_euclid(86_400)));
        hit.clock = Some(Clock::At((of_day / 3600) as u32, (of_day % 3600 / 60) as u32, second));
    }
    hit
}

/// The point `n` units from `r`, at the unit's grain.
fn shift_from(r: Option<crate::calendar::Date>, start: usize, end: usize, unit: Unit, n: i64, rule: &'static str) -> Hit {
    let (point, off): (Option<Point>, String) = match unit {
        Unit::Day => (r.map(|r| Point::Day(r.add_days(n))), offset(n, 'D')),
        // "in two weeks" and "two weeks later" land on a day; "two weeks ago" names a week.
        Unit::Week | Unit::Fortnight if rule == "date.in_future" || rule == "date.later" => {
            let k = if unit == Unit::Fortnight { 2 * n } else { n };
            (r.map(|r| Point::Day(r.add_days(7 * k))), offset(k, 'W'))
        }
        Unit::Week | Unit::Fortnight => {
            let k = if unit == Unit::Fortnight { 2 * n } else { n };
            (r.map(|r| {
                let (y, w) = anchor::week_of(r.add_days(7 * k));
                Point::Week(y, w)
            }), offset(k, 'W'))
        }
        Unit::Month => (r.map(|r| {
            let d = r.add_months(n as i32);
            Point::Month(d.year, d.month)
        }), offset(n, 'M')),
        Unit::Quarter => (r.map(|r| {
            let d = r.add_months(3 * n as i32);
            let (y, q) = anchor::quarter_of(d);
            Point::Quarter(y, q)
        }), offset(3 * n, 'M')),
        Unit::Year => (r.map(|r| Point::Year(r.year + n as i32)), offset(n, 'Y')),
        Unit::Decade => (r.map(|r| Point::Decade((r.year + 10 * n as i32).div_euclid(10))), offset(10 * n, 'Y')),
        Unit::Century => (r.map(|r| Point::Century((r.year + 100 * n as i32).div_euclid(100))), offset(100 * n, 'Y')),
        // Hours and minutes ago: the day is the reference's as far as a date goes.
        Unit::Hour | Unit::Minute | Unit::Second => {
            let letter = match unit {
                Unit::Hour => 'H',
                Unit::Minute => 'M',
                _ => 'S',
            };
            let off = if n < 0 { format!("-PT{}{letter}", -n) } else { format!("PT{n}{letter}") };
            (r.map(Point::Day), off)
        }
    };
    Hit::new(start, end, point.unwrap_or(Point::Unresolved), rule).rel(Some(off))
}

/// A record word ("highest", "first") at most four words before token `i` in its sentence,
/// with no comma between: "the highest in", "its lowest level since ... in".
fn after_record_word(cx: &Cx<'_, '_>, i: usize) -> bool {
    let from = cx.doc.sentence_range(i).start.max(i.saturating_sub(4));
    (from..i).rev().take_while(|&k| cx.t(k) != ",").any(|k| words::is_record_word(cx.lower(k)))
}

/// "in two weeks", "in three years' time", "two weeks from now", "a year from today".
fn in_future(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let lead = cx.is(i, "in");
    let c = if lead { i + 1 } else { i };
    let n = cx.count(c)??;
    if n.fract() != 0.0 || n > 1000.0 {
        return None;
    }
    let (unit, _) = cx.unit(c + 1)?;
    let mut end = c + 2;
    if lead {
        // "in two years' time".
        if cx.is(end, "time") && matches!(cx.t(end - 1).chars().last(), Some('\'' | '’')) {
            end += 1;
        } else if cx.t(end).starts_with(['\'', '’']) && cx.is(end + 1, "time") {
            end += 2;
        }
        // "in three years of war" is a duration.
        if cx.is_any(end, &["of", "and", "to", "or", "ago"]) || cx.t(end) == "-" {
            return None;
        }
        // "the highest in 17 years", "its first win in a decade": the span a record is
        // measured over.
        if after_record_word(cx, i) {
            return None;
        }
        // Told in the past tense, "in two weeks" is a span ("his second letter in two weeks
        // was published"), not two weeks after the article.
        if end == c + 2 && cx.dir(i, end) == super::tense::Dir::Past {
            return None;
        }
    } else if cx.is(end, "from") && cx.is_any(end + 1, &["now", "today"]) {
        end += 2;
    } else {
        return None;
    }
    Some(shift_by(cx, i, end, unit, n as i64, "date.in_future"))
}
