//! Placing a date that lacks its year (or week) on the calendar, given the reference date and
//! the direction the sentence points: past tense looks back, future tense looks forward, and
//! with no cue the nearest candidate wins. This is what SUTime and HeidelTime do with tense.

use crate::calendar::Date;

use super::tense::Dir;

/// The weekday `wd` nearest the reference in direction `dir`; the reference day itself counts
/// ("Wednesday" in a Wednesday's paper is that day). Undecided sentences look back: news
/// reports what happened.
pub fn weekday(r: Date, wd: u32, dir: Dir) -> Date {
    weekday_asking(r, wd, || dir)
}

/// [`weekday`], asking the direction only when it decides: the reference's own weekday is
/// that day whichever way the sentence points (reading its tense is the costly part).
pub fn weekday_asking(r: Date, wd: u32, dir: impl FnOnce() -> Dir) -> Date {
    let back = (i64::from(r.weekday()) - i64::from(wd)).rem_euclid(7);
    if back == 0 {
        return r;
    }
    match dir() {
        Dir::Future => r.add_days((7 - back) % 7),
        Dir::Past | Dir::None => r.add_days(-back),
    }
}

/// "last Friday": the Friday of the week before the reference's; "next Friday": of the week
/// after (Monday-based weeks). On a Thursday "next Friday" is eight days on — tomorrow would
/// be "Friday" or "tomorrow".
pub fn weekday_strict(r: Date, wd: u32, forward: bool) -> Date {
    let this_week = r.add_days(i64::from(wd) - i64::from(r.weekday()));
    this_week.add_days(if forward { 7 } else { -7 })
}

/// The year of month `m` (and day `d`, 0 for a whole month) seen from the reference. The
/// nearest occurrence wins ("Jan. 14" in a paper of Jan. 6 is eight days ahead, whatever the
/// tense of the sentence); the tense only decides when the nearest is far, more than a month
/// away on the wrong side ("In January, ..." told in October is last January). Without a cue,
/// only a date more than two months ahead moves back a year.
///
/// The direction `dir` is asked only when it decides: a nearest occurrence within the slack
/// on either side is the answer whichever way the sentence points (and with no cue: the
/// slack is less than [`NO_CUE_AHEAD_DAYS`]); reading the sentence's tense is the costly part.
pub fn year_of(r: Date, m: u32, d: u32, dir: impl FnOnce() -> Dir) -> i32 {
    let here = r.to_days();
    let at = |y: i32| -> i64 {
        let day = if d == 0 { 15 } else { d.min(crate::calendar::days_in_month(y, m)) };
        Date::new(y, m, day).map(|x| x.to_days()).unwrap_or(here) - here
    };
    let mut best = r.year;
    for y in [r.year - 1, r.year + 1] {
        if at(y).abs() < at(best).abs() {
            best = y;
        }
    }
    let slack = if d == 0 { 45 } else { 31 };
    if (-slack..=slack).contains(&at(best)) {
        return best;
    }
    match dir() {
        Dir::Past if at(best) > slack => best - 1,
        Dir::Future if at(best) < -slack => best + 1,
        // No cue in reach: news mostly reports what happened, so a date more than two months
        // ahead is more likely last year's ("In January, ..." in an October paper).
        Dir::None if at(best) > NO_CUE_AHEAD_DAYS => best - 1,
        _ => best,
    }
}

/// With no tense cue, a date (or holiday, or season) more than this many days after the
/// reference is taken to be last year's: news mostly reports what happened.
pub const NO_CUE_AHEAD_DAYS: i64 = 60;

/// ISO week holding a date.
pub fn week_of(d: Date) -> (i32, u32) {
    d.iso_week()
}

pub fn quarter_of(d: Date) -> (i32, u32) {
    (d.year, (d.month - 1) / 3 + 1)
}

/// Move by `n` quarters.
pub fn add_quarters(y: i32, q: u32, n: i32) -> (i32, u32) {
    let t = y * 4 + q as i32 - 1 + n;
    (t.div_euclid(4), (t.rem_euclid(4) + 1) as u32)
}

pub fn season_of(d: Date) -> (i32, &'static str) {
    // Meteorological seasons; December belongs to the winter of the following year's start.
    match d.month {
        3..=5 => (d.year, "SP"),
        6..=8 => (d.year, "SU"),
        9..=11 => (d.year, "FA"),
        12 => (d.year, "WI"),
        _ => (d.year - 1, "WI"),
    }
}
