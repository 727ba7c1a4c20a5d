//! Placing a date that lacks its year (or week) on the calendar, given the reference date and
//! the direction the sentence points: past tense looks back, future tense looks forward, and
//! with no cue the nearest candidate wins. This is what SUTime and HeidelTime do with tense.

use crate::calendar::Date;

use super::tense::Dir;

/// The weekday `wd` nearest the reference in direction `dir`; the reference day itself counts
/// ("Wednesday" in a Wednesday's paper is that day). Undecided sentences look back: news
/// reports what happened.
pub fn weekday(r: Date, wd: u32, dir: Dir) -> Date {
    let back = (i64::from(r.weekday()) - i64::from(wd)).rem_euclid(7);
    match dir {
        Dir::Future => r.add_days((7 - back) % 7),
        Dir::Past | Dir::None => r.add_days(-back),
    }
}

/// "last Friday": strictly before the reference; "next Friday": strictly after.
pub fn weekday_strict(r: Date, wd: u32, forward: bool) -> Date {
    let d = weekday(r, wd, if forward { Dir::Future } else { Dir::Past });
    if d == r { r.add_days(if forward { 7 } else { -7 }) } else { d }
}

/// The year of month `m` (and day `d`, 0 for a whole month) seen from the reference.
pub fn year_of(r: Date, m: u32, d: u32, dir: Dir) -> i32 {
    let here = (r.month, if d == 0 { r.day } else { r.day });
    let there = (m, if d == 0 { r.day } else { d });
    match dir {
        // Looking back: a later month this year has not come yet, so it was last year's.
        Dir::Past if there > here && !(d == 0 && m == r.month) => r.year - 1,
        Dir::Future if there < here && !(d == 0 && m == r.month) => r.year + 1,
        Dir::Past | Dir::Future => r.year,
        Dir::None => {
            // Nearest: within six months either way.
            let diff = m as i32 - r.month as i32;
            if diff > 6 {
                r.year - 1
            } else if diff < -6 {
                r.year + 1
            } else {
                r.year
            }
        }
    }
}

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
