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
    // The sweep keeps its winners at the front of `found` itself, `found[..kept]`, rather than
    // in a second vector: on a large document the candidates are tens of megabytes. A
    // candidate is only ever moved to a slot at or before its own.
    let mut kept = 0;
    for next in 0..found.len() {
        // Kept spans are disjoint and sorted, so only the tail can overlap the next one.
        let mut lose = false;
        while kept > 0 && overlaps(&found[kept - 1], &found[next]) {
            if beats(&found[next], &found[kept - 1]) {
                kept -= 1;
            } else {
                lose = true;
                break;
            }
        }
        if !lose {
            found.swap(kept, next);
            kept += 1;
        }
    }
    found.truncate(kept);
    found
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
