//! Agreement across the story: a plain weekday ("on Wednesday") is placed by the tense of its
//! own sentence, and a sentence's tense can mislead ("would fight Wednesday's ruling" speaks
//! of a ruling already made). News style names a weekday bare only within a week either side
//! of the story's date, and a writer who meant two different Wednesdays would say "last" or
//! "next" for one of them; so when a story names one weekday bare three times or more and all
//! but a few fall on one day, that day is taken for all. With fewer mentions, or a close
//! split, each keeps its own sentence's reading: a clear cue ("From Monday, the rules
//! change") should not be outvoted by one other mention.

use crate::calendar::Date;

use super::timex::offset;
use super::{Hit, Point};

/// The rule of a weekday placed by its sentence's tense alone.
const BARE_WEEKDAY: &str = "date.weekday";

/// Move the few of each weekday's bare mentions onto the day the many fall on (see
/// [`clear_majority`]). `reference` is the date they were placed against.
pub fn one_day_per_weekday(hits: &mut [Hit], reference: Option<Date>) {
    let Some(r) = reference else { return };
    // A clear majority needs three mentions of one day and one of another: most stories name
    // fewer bare weekdays than that, and are left as they are without a look per weekday.
    if hits.iter().filter(|h| bare_day(h).is_some()).count() < 4 {
        return;
    }
    for weekday in 1..=7 {
        let days: Vec<Date> = hits.iter().filter_map(|h| bare_day(h).filter(|d| d.weekday() == weekday)).collect();
        let Some(chosen) = clear_majority(&days) else { continue };
        for h in hits.iter_mut().filter(|h| bare_day(h).is_some_and(|d| d.weekday() == weekday && d != chosen)) {
            h.point = Point::Day(chosen);
            h.offset = Some(offset(chosen.to_days() - r.to_days(), 'D'));
        }
    }
}

/// The day of a weekday placed by tense alone.
fn bare_day(h: &Hit) -> Option<Date> {
    match h.point {
        Point::Day(d) if h.rule == BARE_WEEKDAY => Some(d),
        _ => None,
    }
}

/// The day at least three of `days` fall on, more than twice as many as on any other, when
/// they are not all one day.
fn clear_majority(days: &[Date]) -> Option<Date> {
    let mut counts: Vec<(Date, usize)> = Vec::new();
    for &d in days {
        match counts.iter_mut().find(|(seen, _)| *seen == d) {
            Some((_, n)) => *n += 1,
            None => counts.push((d, 1)),
        }
    }
    if counts.len() < 2 {
        return None;
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    (counts[0].1 >= 3 && counts[0].1 > 2 * counts[1].1).then_some(counts[0].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn only_a_clear_majority_wins() {
        let (a, b) = (day(2000, 1, 12), day(2000, 1, 19));
        assert_eq!(clear_majority(&[a, b, a, a]), Some(a));
        assert_eq!(clear_majority(&[b, a, a, a, a, b, a]), Some(a));
        assert_eq!(clear_majority(&[a, b, a]), None, "two against one is too few");
        assert_eq!(clear_majority(&[a, b, a, b, a, a]), None, "four against two is too close");
        assert_eq!(clear_majority(&[a, a, a]), None, "all agree already");
    }
}
