//! Overlap resolution: where two spans overlap, the longer wins; at equal length the one with
//! the higher priority (a date over a figure, a decisive name over a guessed one). One sweep in
//! text order, so the cost is linear in the number of candidates after sorting. Before it, a
//! figure that cuts through a date is dropped.

use crate::extract::Found;
use crate::report::MentionType;

fn beats(a: &Found, b: &Found) -> bool {
    (a.len(), a.priority) > (b.len(), b.priority)
}

fn overlaps(a: &Found, b: &Found) -> bool {
    a.cstart < b.cend && b.cstart < a.cend
}

/// A figure that cuts through a date has read the date's numbers as a count: in "from May 5
/// to 7" the figure "5 to 7" crosses the date "May 5", in "from 5 to 7 June" the date "7 June".
/// Such figures are dropped before the sweep, whatever their length, so that the dates they
/// cross (and the ones they cover, "5") stay. `dates` are the date spans sorted by start; the
/// date extractor's spans do not overlap each other.
fn crosses_a_date(f: &Found, dates: &[(usize, usize)]) -> bool {
    let later = dates.partition_point(|&(start, _)| start < f.cend);
    dates[..later].iter().rev().take_while(|&&(_, end)| end > f.cstart).any(|&(start, end)| {
        // Overlapping, and neither inside the other.
        (start < f.cstart && end < f.cend) || (f.cstart < start && f.cend < end)
    })
}

pub fn resolve(mut found: Vec<Found>) -> Vec<Found> {
    found.retain(|f| !f.is_empty());
    let mut dates: Vec<(usize, usize)> = found.iter().filter(|f| f.kind == MentionType::Date).map(|f| (f.cstart, f.cend)).collect();
    dates.sort_unstable();
    found.retain(|f| f.kind != MentionType::Figure || !crosses_a_date(f, &dates));
    found.sort_by(|a, b| a.cstart.cmp(&b.cstart).then(b.cend.cmp(&a.cend)).then(b.priority.cmp(&a.priority)));
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        // Kept spans are disjoint and sorted, so only the tail can overlap `f`.
        let mut lose = false;
        while let Some(last) = kept.last() {
            if !overlaps(last, &f) {
                break;
            }
            if beats(&f, last) {
                kept.pop();
            } else {
                lose = true;
                break;
            }
        }
        if !lose {
            kept.push(f);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Doc;
    use crate::report::MentionType;

    #[test]
    fn longer_then_priority_wins() {
        let doc = Doc::new("on April 16 2015 here", None);
        let mut date = Found::new(&doc, MentionType::Date, 1..4, "d");
        date.priority = 2;
        let fig = Found::new(&doc, MentionType::Figure, 2..3, "f");
        let mut year_fig = Found::new(&doc, MentionType::Figure, 3..4, "f");
        year_fig.priority = 1;
        let kept = resolve(vec![fig, date.clone(), year_fig]);
        assert_eq!(kept, vec![date]);
    }
}
