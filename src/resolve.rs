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

/// Marks a position of [`sort_stably`]'s order whose candidate is in place.
const PLACED: u32 = u32::MAX;

/// `found.sort_by(order)`, through a sorted list of 4-byte indices: a stable sort of the
/// candidates themselves needs scratch room for half of them (60 bytes a candidate on a
/// large document). The indices are sorted stably (the candidates come as runs in text
/// order, which the sort takes whole), then the candidates moved into place one cycle of the
/// permutation at a time.
fn sort_stably(found: &mut [Found], order: impl Fn(&Found, &Found) -> std::cmp::Ordering) {
    debug_assert!(found.len() < PLACED as usize);
    let mut from: Vec<u32> = (0..found.len() as u32).collect();
    from.sort_by(|&a, &b| order(&found[a as usize], &found[b as usize]));
    // Position k is to hold the candidate now at from[k]. Swapping along a cycle carries
    // its first candidate forward until the position that takes it.
    for start in 0..from.len() {
        let mut k = start;
        while from[k] != PLACED {
            let next = from[k] as usize;
            from[k] = PLACED;
            if next == start {
                break;
            }
            found.swap(k, next);
            k = next;
        }
    }
}

pub fn resolve(mut found: Vec<Found>) -> Vec<Found> {
    found.retain(|f| !f.is_empty());
    let mut dates: Vec<(usize, usize)> = found.iter().filter(|f| f.kind == MentionType::Date).map(|f| (f.cstart, f.cend)).collect();
    dates.sort_unstable();
    found.retain(|f| f.kind != MentionType::Figure || !crosses_a_date(f, &dates));
    sort_stably(&mut found, |a, b| a.cstart.cmp(&b.cstart).then(b.cend.cmp(&a.cend)).then(b.priority.cmp(&a.priority)));
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
            // Until the first loser, every winner is already in its slot: no move (a
            // candidate is some hundred bytes).
            if kept != next {
                found.swap(kept, next);
            }
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

    /// The permutation sort gives what the standard stable sort gives, equal keys in order.
    #[test]
    fn sort_stably_is_sort_by() {
        let doc = Doc::new("a b c d", None);
        const RULES: [&str; 7] = ["r0", "r1", "r2", "r3", "r4", "r5", "r6"];
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 10, 100, 1000] {
            let found: Vec<Found> = (0..len)
                .map(|k| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let mut f = Found::new(&doc, MentionType::Person, 0..1, RULES[k % RULES.len()]);
                    f.cstart = (seed >> 40) as usize % 9;
                    f.cend = f.cstart + (seed >> 20) as usize % 3;
                    f.priority = (seed >> 10) as u8 % 2;
                    f
                })
                .collect();
            let order = |a: &Found, b: &Found| a.cstart.cmp(&b.cstart).then(b.cend.cmp(&a.cend));
            let mut expected = found.clone();
            expected.sort_by(order);
            let mut got = found;
            sort_stably(&mut got, order);
            assert_eq!(got, expected, "{len}");
        }
    }

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
