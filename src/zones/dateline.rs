//! Datelines: where (and when) the story was filed, at the head of the body or on a line of
//! their own. Shapes: "NAIROBI, March 3 (Reuters) -", "BEIJING —", "HONG KONG, Tuesday –",
//! "TOKYO/HANOI, April 16 --", "SAN JOSE, Calif. (AP) —", and the CoNLL/old wire line
//! "LONDON 1996-08-30". The place is in capitals: that is what tells a dateline from a
//! sentence that starts with a name.

use std::ops::Range;

use crate::calendar::Date;
use crate::report::{Dateline, Zone};
use crate::tokens::TokKind;
use crate::zones::dates::{self, Partial};
use crate::zones::Cx;

pub struct Hit {
    pub tokens: Range<usize>,
    pub place: Range<usize>,
    pub date: Option<Partial>,
    pub agency: Option<Range<usize>>,
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "—" | "–" | "―" | "‒")
}

fn caps_word(cx: &Cx<'_, '_>, i: usize) -> bool {
    let t = cx.tok(i);
    t.kind == TokKind::Word && (t.is_all_caps() || one_char(t.text) && t.is_capitalised() || t.text.ends_with('.') && t.is_all_caps())
}

/// `s` is one character (`chars().count() == 1` without counting the rest).
fn one_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// A dateline starting at token `i` on a line ending before `end`. `whole_line`: the dateline
/// must fill the line (a line of its own), and then needs a date.
pub fn at(cx: &Cx<'_, '_>, i: usize, end: usize, whole_line: bool) -> Option<Hit> {
    if whole_line {
        if let Some(h) = name_cased_line(cx, i, end) {
            return Some(h);
        }
    }
    let mut k = i;
    // The place: capitals, maybe joined by "/" ("TOKYO/HANOI"), at most five tokens.
    // "ST. LOUIS": a full stop glued to a capitalised abbreviation stays in the place.
    while k < end
        && k - i < 6
        && (caps_word(cx, k)
            || k > i && cx.t(k) == "/" && k + 1 < end && caps_word(cx, k + 1)
            || k > i && cx.t(k) == "." && !cx.tok(k).space_before && k + 1 < end && caps_word(cx, k + 1))
    {
        k += 1;
    }
    let place = i..k;
    if place.is_empty() || !place.clone().any(|j| cx.tok(j).is_all_caps()) {
        return None;
    }
    let t = |j: usize| if j < end { cx.t(j) } else { "" };
    // ", Calif." or ", Italy": a region in ordinary case, only if more dateline follows.
    if t(k) == "," && cx.doc.tokens.get(k + 1).is_some_and(|x| x.is_capitalised()) && dates::at(cx, k + 1, end).is_none() {
        let mut j = k + 2;
        if t(j) == "." && !cx.tok(j).space_before {
            j += 1;
        }
        if matches!(t(j), "," | "(") || is_dash(t(j)) {
            k = j;
        }
    }
    let mut date = None;
    let after_comma = if t(k) == "," { k + 1 } else { k };
    if let Some((p, next)) = dates::at(cx, after_comma, end) {
        date = Some(p);
        k = next;
    }
    let mut agency = None;
    if t(k) == "(" {
        let close = (k + 1..end.min(k + 6)).find(|&j| t(j) == ")")?;
        // An agency's name is capitalised, or one short word in lower case ("dpa").
        let lower_short = close == k + 2 && (2..=5).contains(&cx.t(k + 1).len()) && cx.t(k + 1).bytes().all(|b| b.is_ascii_lowercase());
        if close == k + 1 || !lower_short && !(k + 1..close).all(|j| cx.tok(j).is_capitalised() || cx.tok(j).kind == TokKind::Punct) {
            return None;
        }
        agency = Some(k + 1..close);
        k = close + 1;
        // "LONDON (Reuters) March 20, 2013 -": the date after the agency.
        if date.is_none() {
            if let Some((p, next)) = dates::at(cx, k, end) {
                date = Some(p);
                k = next;
            }
        }
    }
    // "WASHINGTON — March 20, 2013 — ": a date between two dashes.
    if date.is_none() && agency.is_none() && is_dash(t(k)) {
        if let Some((p, next)) = dates::at(cx, k + 1, end).filter(|&(p, next)| p.month.is_some() && is_dash(t(next))) {
            date = Some(p);
            k = next;
        }
    }
    if k >= end {
        // A line of its own: "LONDON 1996-08-30".
        return (whole_line && date.as_ref().is_some_and(|d| d.year.is_some() || d.month.is_some()))
            .then_some(Hit { tokens: i..k, place, date, agency });
    }
    if whole_line {
        return None;
    }
    // Then a dash ("-", "—", "--") before the story.
    if !is_dash(t(k)) {
        return None;
    }
    k += 1;
    while k < end && is_dash(t(k)) && !cx.tok(k).space_before {
        k += 1;
    }
    if k >= end {
        return None;
    }
    Some(Hit { tokens: i..k, place, date, agency })
}

/// "Dublin, 22 May 2023" on a line of its own under a headline: a place in ordinary case (one
/// to three capitalised words), a comma and a full date that ends the line. The full date is
/// what tells it from a line of the story; a line that opens with a date ("Monday, 22 May
/// 2023") is a date line, not this.
fn name_cased_line(cx: &Cx<'_, '_>, i: usize, end: usize) -> Option<Hit> {
    let mut k = i;
    while k < end && k - i < 3 && cx.tok(k).kind == TokKind::Word && cx.tok(k).is_capitalised() {
        k += 1;
    }
    if k == i || k >= end || cx.t(k) != "," || dates::at(cx, i, end).is_some() {
        return None;
    }
    let (date, next) = dates::at(cx, k + 1, end)?;
    (next == end && date.full().is_some()).then_some(Hit { tokens: i..end, place: i..k, date: Some(date), agency: None })
}

/// Whether a dateline is the wire's, its place in capitals ("NAIROBI, March 3 (Reuters) -"),
/// not a place and date in ordinary case on a line of their own.
pub fn is_wire(cx: &Cx<'_, '_>, h: &Hit) -> bool {
    h.place.clone().any(|j| cx.tok(j).is_all_caps())
}

/// Record a dateline: zone, article field, and the article date when it is a full one.
pub fn record(cx: &mut Cx<'_, '_>, h: &Hit) {
    cx.set(h.tokens.clone(), Zone::Dateline);
    let s = cx.span(h.tokens.clone());
    let placed_day = h.date.and_then(|d| placed(cx, &d));
    cx.z.article.dateline = Some(Dateline {
        text: s.text,
        start: s.start,
        end: s.end,
        byte_start: s.byte_start,
        byte_end: s.byte_end,
        place: Some(cx.text(h.place.clone()).to_owned()),
        date: placed_day.map(|p| p.to_string()).or_else(|| h.date.and_then(|d| d.timex())),
        agency: h.agency.clone().map(|a| cx.text(a).to_owned()),
    });
    if cx.z.date.is_none() {
        cx.z.date = h.date.and_then(|d| d.full());
        if cx.z.date.is_none() {
            cx.z.date = placed_day;
            cx.z.date_placed_by_reference = placed_day.is_some();
        }
    }
}

/// A dateline's day and month without a year, placed by the reference date: the last such
/// day on or before it (a story is filed before it is read).
fn placed(cx: &Cx<'_, '_>, d: &Partial) -> Option<Date> {
    let r = cx.doc.reference?;
    let (month, day) = (d.month?, d.day?);
    if d.year.is_some() {
        return None;
    }
    let year = if (month, day) <= (r.month, r.day) { r.year } else { r.year - 1 };
    Date::new(year, month, day)
}

#[cfg(test)]
mod tests {
    use crate::extract::Doc;
    use crate::zones::analyse;

    /// A dateline's text, place, date and agency.
    type Dateline = (String, Option<String>, Option<String>, Option<String>);

    fn dl(s: &str) -> Option<Dateline> {
        let z = analyse(&Doc::new(s, None));
        z.article.dateline.map(|d| (d.text, d.place, d.date, d.agency))
    }

    #[test]
    fn shapes() {
        let t = "Headline here\n\n";
        assert_eq!(
            dl(&format!("{t}NAIROBI, March 3 (Reuters) - Kenya will act.")),
            Some(("NAIROBI, March 3 (Reuters) -".into(), Some("NAIROBI".into()), Some("XXXX-03-03".into()), Some("Reuters".into())))
        );
        assert_eq!(dl(&format!("{t}BEIJING — China said.")).unwrap().0, "BEIJING —");
        assert_eq!(dl(&format!("{t}HONG KONG, Tuesday – Shares fell.")).unwrap().2.as_deref(), Some("XXXX-WXX-2"));
        assert_eq!(dl(&format!("{t}TOKYO/HANOI, April 16 -- Lenders agreed.")).unwrap().0, "TOKYO/HANOI, April 16 --");
        assert_eq!(dl(&format!("{t}SAN JOSE, Calif. (AP) — A fire.")).unwrap().1.as_deref(), Some("SAN JOSE"));
        assert_eq!(dl(&format!("{t}NASA said it would launch.")), None);
        assert_eq!(dl(&format!("{t}UK - a list")).map(|d| d.0), Some("UK -".into()));
        assert_eq!(dl(&format!("{t}LONDON (Reuters) March 20, 2013 - Rain fell.")).unwrap().2.as_deref(), Some("2013-03-20"));
        assert_eq!(dl(&format!("{t}WASHINGTON — March 20, 2013 — Rain fell.")).unwrap().0, "WASHINGTON — March 20, 2013 —");
        assert_eq!(dl(&format!("{t}UK - March sales fell.")).map(|d| d.2), Some(None));
    }

    /// A place in ordinary case and a full date fill a line of their own; a place and a date
    /// at the head of a sentence, a date without a year, or a date line, are none.
    #[test]
    fn name_cased_place_and_date_line() {
        let t = "Regulator fines lender over data\n\n";
        let body = "\n\nThe regulator said on Monday that the fine stands.";
        assert_eq!(
            dl(&format!("{t}Dublin, 22 May 2023{body}")),
            Some(("Dublin, 22 May 2023".into(), Some("Dublin".into()), Some("2023-05-22".into()), None))
        );
        assert_eq!(dl(&format!("{t}New York, March 20, 2013{body}")).unwrap().1.as_deref(), Some("New York"));
        assert_eq!(dl(&format!("{t}Dublin, 22 May{body}")), None);
        assert_eq!(dl(&format!("{t}Dublin, 22 May 2023, was the day the fine came.{body}")), None);
        assert_eq!(dl(&format!("{t}Monday, 22 May 2023{body}")), None);
    }
}
