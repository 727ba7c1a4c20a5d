//! Dates and times, resolved TIMEX3-style against the document's reference date.
//!
//! One left-to-right pass over the tokens. At each token every rule family proposes an
//! expression starting there — [`absolute`] calendar dates, [`relative`] ones ("yesterday",
//! "last week"), clock [`times`], [`durations`] — and the longest wins; [`combine`] then grows
//! it with what may follow ("Tuesday" + ", April 16", "Thursday" + "morning", "9 a.m." +
//! "Tuesday") or precede ("late" November). Dates without a year (or weekdays) are placed by
//! [`anchor`] in the direction the sentence's [`tense`] points. Values are built as a
//! [`timex::Point`] and written out last, so partial pieces combine before they are formatted.
//!
//! Conventions (TimeML): the span holds no preposition ("on Monday" → "Monday", "for three
//! years" → "three years") but keeps hedges and modifiers that change the value ("late
//! November", "the past decade", "in two weeks"); a range is two mentions, one per end
//! ("April 24 and 25").
//!
//! Lengths of time ("three years", "about two weeks", "a 10-year bond") are found here, where
//! the units are known, but they are not places on the calendar: they come out as figures of
//! kind `duration` (value 3, unit "year", `duration` "P3Y"), as TimeML keeps DURATION apart
//! from DATE and TIME.

mod absolute;
mod anchor;
mod combine;
mod durations;
mod prefilter;
mod relative;
mod story;
mod tense;
mod timex;
mod times;
mod words;

use serde_json::Value;

pub use prefilter::WordEnds;
pub(crate) use prefilter::{opening, opening_words, Follow};
pub use words::{month_any_case, month_number, weekday_any_case, weekday_number, zone_len};

use super::{Doc, Found};
use crate::calendar::Date;
use crate::report::{number_value, DateDetails, FigureDetails, FigureKind, MentionType};
use tense::Dir;
use timex::{Clock, Point};
use words::Unit;

/// One date expression over tokens `start..end`, before it becomes a [`Found`].
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub point: Point,
    pub clock: Option<Clock>,
    /// A length of time ("three years"); the point is then ignored.
    pub duration: Option<Length>,
    pub relative: bool,
    pub offset: Option<String>,
    pub rule: &'static str,
    /// TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE ...
    pub modifier: Option<&'static str>,
    /// The grain of an expression left unresolved ("three days later" with nothing to count
    /// from is still a day).
    pub unresolved_grain: Option<&'static str>,
}

/// A count of a unit of time; `count` is None for "for years", "the past few weeks".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length {
    pub count: Option<f64>,
    pub unit: words::Unit,
}

impl Hit {
    pub fn new(start: usize, end: usize, point: Point, rule: &'static str) -> Hit {
        Hit { start, end, point, clock: None, duration: None, relative: false, offset: None, rule, modifier: None, unresolved_grain: None }
    }

    /// A day that needs the reference date, which there is none of: value null, grain day.
    pub fn unresolved_day(start: usize, end: usize, rule: &'static str) -> Hit {
        let mut h = Hit::new(start, end, Point::Unresolved, rule).rel(None);
        h.unresolved_grain = Some("day");
        h
    }

    pub fn rel(mut self, offset: Option<String>) -> Hit {
        self.relative = true;
        self.offset = offset;
        self
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// Token access for the rules: text, lower case, and the document's reference date.
pub struct Cx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub r: Option<Date>,
    /// Numeric dates are read day-first (16/4/2024) in this document: worked out on first use,
    /// as only an ambiguous numeric date asks it.
    day_first: std::cell::OnceCell<Option<bool>>,
    /// Tokens' counts and calendar units, kept once read: several rules ask them of the same
    /// tokens, all near the one being read.
    counts: NearCache<Option<Option<f64>>>,
    units: NearCache<Option<(words::Unit, bool)>>,
    /// [`tense::cue`] of tokens, kept once read: the direction of a date reads the cues of
    /// its clause and then of its sentence, and dates near each other read the same ones.
    /// Made when a direction is first asked (most documents ask none, or a few).
    cues: std::cell::OnceCell<NearCache<Dir>>,
    /// A year written out earlier in the sentence being read: a quarter or half without its
    /// year takes it ("fell in the first half of 2023 and recovered in Q3").
    pub sentence_year: std::cell::Cell<Option<i32>>,
    /// The document's [`Doc::openers`]: which bytes each token holds, so that the rules that
    /// split a token at a hyphen look for one only in tokens that hold one.
    openers: &'d [crate::extract::openers::Opener],
}

impl<'d, 'a> Cx<'d, 'a> {
    pub fn n(&self) -> usize {
        self.doc.tokens.len()
    }

    /// Token text, "" past the end.
    pub fn t(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map(|t| t.text).unwrap_or("")
    }

    /// Token text with ASCII letters in lower case (the document's copy), "" past the end.
    pub fn lower(&self, i: usize) -> &'d str {
        if i < self.doc.tokens.len() {
            self.doc.ascii_lower(i)
        } else {
            ""
        }
    }

    /// Whether numeric dates are read day-first (16/4/2024) in this document
    /// ([`absolute::numeric_style`]).
    pub fn day_first(&self) -> Option<bool> {
        *self.day_first.get_or_init(|| absolute::numeric_style(self))
    }

    /// `words::count_word` of token `i` (None past the end, as of "").
    pub fn count(&self, i: usize) -> Option<Option<f64>> {
        self.counts.get(i, || words::count_word(self.t(i)))
    }

    /// `Unit::parse` of token `i` (None past the end, as of "").
    pub fn unit(&self, i: usize) -> Option<(words::Unit, bool)> {
        self.units.get(i, || words::Unit::parse(self.t(i)))
    }

    /// Token text equals `w`, ignoring ASCII case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.t(i).eq_ignore_ascii_case(w)
    }

    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    /// Token `i` is glued to the previous one (no white space).
    pub fn glued(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Tokens `i` and `j` lie in the same sentence.
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        i < self.n() && j < self.n() && self.doc.sentence_of(i) == self.doc.sentence_of(j)
    }

    pub fn dir(&self, start: usize, end: usize) -> Dir {
        let cues = self.cues.get_or_init(|| NearCache::new(self.n().min(CUE_SLOTS)));
        tense::direction(self.doc, start, end, |j| cues.get(j, || tense::cue(self.doc, j)))
    }

    /// Token `i` is on the same line as the one before it: a date never spans a line break.
    pub fn same_line(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.newlines_before == 0)
    }

    pub fn capitalised(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.is_capitalised())
    }

    /// A month or weekday name written as one: capitalised, or a full name that is no other
    /// word in lower case ("april", "tuesday"; the word tables hold only those in lower case).
    pub fn name_cased(&self, i: usize) -> bool {
        self.capitalised(i) || self.t(i).bytes().next().is_some_and(|b| b.is_ascii_lowercase())
    }

    pub fn number(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == crate::tokens::TokKind::Number)
    }

    /// Token `i` holds an ASCII hyphen ("-"); false past the end. A rule that splits a token
    /// at its first hyphen asks this first: most tokens hold none, and their bytes need not be
    /// searched.
    #[inline]
    pub fn has_hyphen(&self, i: usize) -> bool {
        self.openers.get(i).is_some_and(|o| o.shape.hyphen)
    }

    /// Token `i` holds an ASCII hyphen or a non-ASCII character (a non-breaking hyphen "‑"
    /// among them); false past the end.
    #[inline]
    pub fn may_hold_any_hyphen(&self, i: usize) -> bool {
        self.openers.get(i).is_some_and(|o| o.shape.hyphen || o.shape.non_ascii)
    }
}

pub fn extract(doc: &Doc<'_>, out: &mut Vec<Found>) {
    let openers = doc.openers();
    extract_where(doc, |i| prefilter::may_start_at(doc, openers, i), out);
}

/// [`extract`] trying the rules only at the tokens `may_start` lets through (the prefilter's
/// answer; all of them in the test that holds the prefilter to the rules).
fn extract_where(doc: &Doc<'_>, may_start: impl Fn(usize) -> bool, out: &mut Vec<Found>) {
    let n = doc.tokens.len();
    let cx = Cx {
        doc,
        r: doc.reference,
        day_first: Default::default(),
        counts: NearCache::new(n.min(WORD_SLOTS)),
        units: NearCache::new(n.min(WORD_SLOTS)),
        cues: Default::default(),
        sentence_year: Default::default(),
        openers: doc.openers(),
    };
    let mut i = 0;
    // The expression just read (an index into `hits`), kept open while a range may follow.
    let mut last: Option<usize> = None;
    // The date the story last named, and its sentence: "two weeks later" counts from it.
    // `explicit`: the date was written out in full (its year given), not worked out.
    let mut named_day: Option<(Anchor, u32, bool)> = None;
    let mut hits: Vec<Hit> = Vec::new();
    while i < n {
        // With no expression open, the tokens no rule may start at are passed over in one
        // run (most tokens: one look at each). `known_start`: the run stopped at a token a
        // rule may start at (not asked again).
        let mut known_start = false;
        if last.is_none() {
            while i < n && !may_start(i) {
                i += 1;
            }
            if i == n {
                break;
            }
            known_start = true;
        }
        // A range's second end is read right after a connector; elsewhere most tokens cannot
        // start anything, and best_at would find nothing.
        let range_end_possible = last.is_some_and(|l| hits[l].end + 1 == i);
        let found = if known_start || may_start(i) || range_end_possible {
            let near = named_day.filter(|&(_, s, _)| doc.sentence_of(i) <= s + 1);
            let anchor = near.map(|(a, _, _)| a);
            // Only a year written in the same sentence: a worked-out one may be off, and one a
            // sentence back is often a comparison ("the first surplus since 1984").
            cx.sentence_year.set(near.filter(|&(_, s, explicit)| explicit && s == doc.sentence_of(i)).map(|(a, _, _)| a.day.year));
            best_at(&cx, i, last.map(|l| &hits[l]), anchor).map(|h| combine::extend(&cx, h))
        } else {
            None
        };
        match found {
            Some(h) if h.end > i => {
                i = h.end;
                let sentence = doc.sentence_of(h.start);
                // A year or month anchors at its middle: "in 2012 ... a year later" is 2013.
                let day = match h.point {
                    Point::Day(d) => Some((d, Unit::Day)),
                    Point::Month(y, m) => Date::new(y, m, 15).map(|d| (d, Unit::Month)),
                    Point::Year(y) => Date::new(y, 7, 1).map(|d| (d, Unit::Year)),
                    Point::Quarter(y, q) => Date::new(y, 3 * q - 1, 15).map(|d| (d, Unit::Quarter)),
                    Point::Half(y, n) => Date::new(y, 6 * n - 3, 1).map(|d| (d, Unit::Quarter)),
                    _ => None,
                };
                if let Some((day, grain)) = day {
                    // "its highest since 2008 in the first half": a date of comparison is not
                    // the year the sentence speaks of.
                    let compared = h.start > 0 && cx.is_any(h.start - 1, &["since", "than"]);
                    named_day = Some((Anchor { day, grain }, sentence, !h.relative && !compared));
                }
                last = Some(hits.len());
                hits.push(h);
            }
            _ => {
                // A connector keeps the last expression open for a range ("April 24 and 25").
                if !last.is_some_and(|l| hits[l].end == i && combine::is_range_connector(&cx, i)) {
                    last = None;
                }
                i += 1;
            }
        }
    }
    times::place_on_sentence_day(doc, &mut hits);
    story::one_day_per_weekday(&mut hits, cx.r);
    out.extend(hits.into_iter().map(|h| to_found(&cx, h)));
}

/// Answers about tokens (a pure function of the token), kept for the last tokens asked about
/// in a small direct-mapped table: the rules ask about the tokens around the one being read,
/// and the reading moves left to right, so it answers nearly every question a table for every
/// token would, in constant memory (a table per token was 24 bytes a token).
struct NearCache<T: Copy> {
    /// Slot `i % slots.len()`: the token last asked about there and its answer.
    slots: Box<[std::cell::Cell<(usize, T)>]>,
}

/// Slots of a [`NearCache`], at most: far more than the tokens a rule looks across.
const NEAR_SLOTS: usize = 1024;

/// Slots of the caches of counts and units: the rules ask about the few tokens after the one
/// being read (a window far smaller than this), and filling a table of every token's slot
/// cost more than the answers it kept (two tables of up to [`NEAR_SLOTS`] for each
/// document, most of whose slots were never asked).
const WORD_SLOTS: usize = 64;

/// Slots of the cache of tense cues: more than the tokens one direction reads (a window of
/// [`tense::WINDOW`] tokens on either side of the expression), so that none of them evicts
/// another.
const CUE_SLOTS: usize = 64;

impl<T: Copy + Default> NearCache<T> {
    /// A table for a document of `tokens` tokens: no more slots than tokens (a power of two),
    /// as filling the full table cost more than reading a short document.
    fn new(tokens: usize) -> NearCache<T> {
        let len = tokens.next_power_of_two().min(NEAR_SLOTS);
        NearCache { slots: (0..len).map(|_| std::cell::Cell::new((usize::MAX, T::default()))).collect() }
    }

    /// The answer for token `i`, worked out by `answer` unless kept.
    #[inline]
    fn get(&self, i: usize, answer: impl FnOnce() -> T) -> T {
        // The length is a power of two: the mask is `i % len`.
        let slot = &self.slots[i & (self.slots.len() - 1)];
        let (token, kept) = slot.get();
        if token == i {
            return kept;
        }
        let fresh = answer();
        slot.set((i, fresh));
        fresh
    }
}

/// The date the story last named nearby, at its grain: "two weeks later" counts from a day,
/// "a year later" from a year's middle, while "a week later" after "in 2012" has no day to
/// count from.
#[derive(Debug, Clone, Copy)]
pub struct Anchor {
    pub day: Date,
    pub grain: Unit,
}

/// The longest expression starting at token `i` (earlier families win ties).
fn best_at(cx: &Cx<'_, '_>, i: usize, last: Option<&Hit>, anchor: Option<Anchor>) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    let mut consider = |h: Option<Hit>| {
        if let Some(h) = h {
            if h.end > h.start && h.end <= cx.n() && best.as_ref().is_none_or(|b| h.end > b.end) {
                best = Some(h);
            }
        }
    };
    consider(combine::range_end(cx, i, last));
    consider(combine::modified(cx, i));
    consider(core_at(cx, i));
    consider(times::at(cx, i));
    consider(durations::at(cx, i));
    consider(relative::later(cx, i, anchor));
    consider(relative::in_the_period(cx, i, anchor));
    best
}

/// A date expression (no clock time, no modifier) starting at `i`.
pub fn core_at(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let a = absolute::at(cx, i);
    let r = relative::at(cx, i);
    match (a, r) {
        (Some(a), Some(r)) => Some(if r.end > a.end { r } else { a }),
        (a, r) => a.or(r),
    }
}

fn to_found(cx: &Cx<'_, '_>, h: Hit) -> Found {
    let doc = cx.doc;
    let mut f = Found::new(doc, MentionType::Date, h.start..h.end, h.rule);
    // "Wednesday's ruling": the date is "Wednesday".
    let last = &doc.tokens[h.end - 1];
    if last.possessive_len() > 0 {
        f.cut_end(doc, last.stem_end());
    }
    if let Some(length) = h.duration {
        return duration_figure(cx, &h, length, f);
    }
    let grain = match (h.clock, h.point, h.offset.as_deref(), h.unresolved_grain) {
        (Some(Clock::At(..)), ..) => "time",
        (Some(Clock::Part(_)), ..) => "part_of_day",
        (None, Point::Unresolved, _, Some(g)) => g,
        // Unresolved for want of a reference: the offset's unit is the grain.
        (None, Point::Unresolved, Some(off), None) => match off.chars().last() {
            Some('D') => "day",
            Some('W') => "week",
            Some('M') => "month",
            Some('Y') => "year",
            _ => "unknown",
        },
        _ => h.point.grain(),
    };
    let timex_type = if matches!(h.clock, Some(Clock::At(..))) { "TIME" } else { "DATE" };
    let value = h.point.value(h.clock);
    f.set_value(value.map(Value::String).unwrap_or(Value::Null));
    f.date = Some(Box::new(DateDetails {
        grain: grain.to_owned(),
        relative: h.relative,
        offset: h.offset,
        timex_type: Some(timex_type.to_owned()),
        modifier: h.modifier.map(str::to_owned),
    }));
    f.priority = 2;
    f
}

/// A length of time as a figure: value the count, unit the unit of time, `duration` the
/// ISO 8601 value, and the hedge ("about", "at least") as the qualifier.
fn duration_figure(cx: &Cx<'_, '_>, h: &Hit, length: Length, mut f: Found) -> Found {
    f.kind = MentionType::Figure;
    // Written as a figure's count is: "two days" is 2, not 2.0.
    f.set_value(length.count.map_or(Value::Null, number_value));
    let qualifier = h.modifier.map(|_| {
        // The hedge is every token before the count: "about", "at least", "more than".
        let count_at = (h.start..h.end).find(|&k| cx.count(k).is_some()).unwrap_or(h.start);
        (h.start..count_at).map(|k| cx.lower(k)).collect::<Vec<_>>().join(" ")
    });
    f.figure = Some(Box::new(FigureDetails {
        figure_kind: FigureKind::Duration,
        low: None,
        high: None,
        unit: Some(length.unit.name().to_owned()),
        currency: None,
        qualifier: qualifier.filter(|q| !q.is_empty()),
        duration: Some(length.unit.duration(length.count)),
    }));
    f.priority = 2;
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, r: &str) -> Vec<(String, Value)> {
        let doc = Doc::new(text, Date::parse(r));
        let mut out = Vec::new();
        extract(&doc, &mut out);
        out.iter().map(|f| (f.text(&doc).to_owned(), f.value().clone())).collect()
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in ["", "May", "on", "2024-", "16/", "/4/", "April 31", "Feb 29 2023", "99999999999999999999 years", "’90s", "the", "- - -", "3:", ":30pm", "Q", "FY", "mid-", "0/0/0"] {
            let _ = dates(s, "2024-04-16");
            let _ = dates(s, "");
        }
    }

    /// The sharpened openers still open what they can.
    #[test]
    fn openers_open_their_dates() {
        for text in ["in the 1990s", "in two weeks", "for a week", "for a few days", "a couple of years", "at least 72 hours", "at present", "the previous week", "the end of March 2024", "the day before yesterday"] {
            assert!(!dates(text, "2024-04-16").is_empty(), "{text:?}");
        }
        assert!(dates("the company in the city at a loss", "2024-04-16").is_empty());
    }

    /// The prefilter turns away only tokens no rule could start at: on every example of the
    /// date and figure corpora, trying the rules at every token finds the same dates.
    #[test]
    fn prefilter_loses_no_date() {
        let corpora = [
            include_str!("../../../tests/corpus/date_absolute.jsonl"),
            include_str!("../../../tests/corpus/date_relative.jsonl"),
            include_str!("../../../tests/corpus/date_time.jsonl"),
            include_str!("../../../tests/corpus/date_negative.jsonl"),
            include_str!("../../../tests/corpus/figure_duration.jsonl"),
            include_str!("../../../tests/corpus/figure_range.jsonl"),
            include_str!("../../../tests/corpus/figure_number.jsonl"),
        ];
        for line in corpora.iter().flat_map(|c| c.lines()).filter(|l| l.starts_with('{')) {
            let case: Value = serde_json::from_str(line).unwrap();
            let text = case["text"].as_str().unwrap();
            let doc = Doc::new(text, case["ref"].as_str().and_then(Date::parse));
            let (mut filtered, mut all) = (Vec::new(), Vec::new());
            extract(&doc, &mut filtered);
            extract_where(&doc, |_| true, &mut all);
            assert_eq!(filtered, all, "{text:?}");
        }
    }

    #[test]
    fn resolves_against_reference() {
        assert_eq!(dates("It rose yesterday.", "2024-03-20"), [("yesterday".to_owned(), Value::from("2024-03-19"))]);
    }
}
