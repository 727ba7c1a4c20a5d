//! Clock times: "3pm", "3 p.m.", "10.30am", "10:30", "noon", "midnight", "midday",
//! "3 o'clock", "0700 GMT", with a time zone named after them ("GMT", "Beijing time"). The
//! combination rules attach a time to a day written beside it ("9 a.m. Tuesday"); a time
//! elsewhere in a sentence that names one day takes that day ("was due in court at midday,
//! a statement said today"); a time alone has no day (T15:00).

use super::timex::{Clock, Point};
use super::words;
use super::{Cx, Hit};
use crate::extract::Doc;

pub fn at(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if let Some(hit) = hedged(cx, i) {
        return Some(hit);
    }
    let Some((end, h, m, sec)) = clock(cx, i) else {
        return range_start(cx, i);
    };
    // A zone after the time belongs to the expression.
    let end = end + zone_at(cx, end);
    Some(on_reference(cx, i, end, h, m, sec))
}

/// "about 3 a.m.", "around noon": the hedge is part of the expression and its mod, as with
/// "about three weeks ago".
fn hedged(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    if !matches!(cx.lower(i), "about" | "around" | "approximately" | "roughly") {
        return None;
    }
    let (end, h, m, sec) = clock(cx, i + 1)?;
    let mut hit = on_reference(cx, i, end + zone_at(cx, end), h, m, sec);
    hit.modifier = Some("APPROX");
    Some(hit)
}

/// The tokens of a time zone named at token `j` ("GMT", "Beijing time"), 0 when none.
fn zone_at(cx: &Cx<'_, '_>, j: usize) -> usize {
    let ws = [cx.t(j), cx.t(j + 1), cx.t(j + 2)];
    words::zone_len(&ws[..cx.n().saturating_sub(j).min(ws.len())])
}

/// The first end of a time range whose am/pm is written only after the second: "5 to 6pm",
/// "9-10 a.m.", "between 10:30 and 11:45am", "11-1pm" (11am). A range is two mentions, as
/// dates are; the second is read on its own.
fn range_start(cx: &Cx<'_, '_>, i: usize) -> Option<Hit> {
    let (k, h, m) = bare_clock(cx, i)?;
    if !super::combine::is_range_word(cx.t(k)) {
        return None;
    }
    let (end2, h2, m2, _) = clock(cx, k + 1)?;
    if !half_written(cx, k + 1..end2) {
        return None;
    }
    // The same half of the day as the second end, unless that would put it after it.
    let pm = |h: u32| if h == 12 { 12 } else { h + 12 };
    let am = |h: u32| if h == 12 { 0 } else { h };
    let same_half = if h2 >= 12 { pm(h) } else { am(h) };
    let first = if (same_half, m) > (h2, m2) && h2 >= 12 { am(h) } else { same_half };
    if (first, m) >= (h2, m2) {
        return None;
    }
    let mut hit = on_reference(cx, i, k, first, m, None);
    hit.rule = "date.time_range_start";
    // "from 7 to 10 p.m. on Friday": the day written after the second end is the first's too.
    let second = super::combine::extend(cx, at(cx, k + 1)?);
    if !matches!(second.point, Point::NoDay) {
        hit.point = second.point;
        hit.relative = second.relative;
        hit.offset = second.offset;
    }
    Some(hit)
}

/// An hour without am/pm at `i`: "5", "10:30", "10.30": (end token, hour 1-12, minute).
fn bare_clock(cx: &Cx<'_, '_>, i: usize) -> Option<(usize, u32, u32)> {
    let w = cx.t(i);
    if !cx.number(i) || w.len() > 5 {
        return None;
    }
    let (h, m, end) = match w.split_once(['.', ':']) {
        Some((a, b)) if b.len() == 2 => (a.parse().ok()?, b.parse().ok()?, i + 1),
        Some(_) => return None,
        None if cx.t(i + 1) == ":" && cx.glued(i + 1) && cx.glued(i + 2) && cx.t(i + 2).len() == 2 => (w.parse().ok()?, cx.t(i + 2).parse().ok()?, i + 3),
        None => (w.parse().ok()?, 0, i + 1),
    };
    ((1..=12).contains(&h) && m < 60).then_some((end, h, m))
}

/// Whether am/pm is written among tokens `r` ("9 a.m.", "3pm"; not "6 o'clock", "10:30").
pub(super) fn half_written(cx: &Cx<'_, '_>, r: std::ops::Range<usize>) -> bool {
    r.into_iter().any(|j| has_meridiem(cx.t(j)))
}

fn has_meridiem(w: &str) -> bool {
    let lw = w.to_ascii_lowercase();
    meridiem(&lw).is_some() || meridiem(split_suffix(&lw).1).is_some()
}

fn on_reference(cx: &Cx<'_, '_>, start: usize, end: usize, h: u32, m: u32, sec: Option<u32>) -> Hit {
    // A time alone does not say which day: the value is T15:00. The day comes only from a day
    // written beside it ("3pm Tuesday", "tomorrow at 3pm"), see combine.
    let _ = cx;
    let mut hit = Hit::new(start, end, Point::NoDay, "date.time");
    hit.clock = Some(Clock::At(h, m, sec));
    hit
}

/// Times without a day (`hits` in text order) take the day their sentence names, when every
/// other date in it is that one day, written without a time: the sentence is about that day.
/// With two days, a day that has its own time ("4:30pm tomorrow"), or a period ("at the
/// weekend") there is no telling, and a time in a sentence without a day stays dayless: the
/// story's own date would often be wrong for it (a morning paper reports the afternoon
/// before). Nor does the time a statement was made ("officials said at 3.30pm") take the day
/// the statement speaks of.
pub fn place_on_sentence_day(doc: &Doc<'_>, hits: &mut [Hit]) {
    first_end_takes_day(doc, hits);
    let mut first = 0;
    while first < hits.len() {
        let sentence = doc.sentence_of(hits[first].start);
        let end = first + hits[first..].iter().take_while(|h| doc.sentence_of(h.start) == sentence).count();
        place_in_sentence(doc, &mut hits[first..end]);
        first = end;
    }
}

fn place_in_sentence(doc: &Doc<'_>, hits: &mut [Hit]) {
    let dayless = |h: &Hit| h.point == Point::NoDay && h.duration.is_none() && matches!(h.clock, Some(Clock::At(..)));
    let mut day = None;
    for h in hits.iter().filter(|h| h.duration.is_none() && !dayless(h)) {
        match (h.point, h.clock) {
            (Point::Day(d), None | Some(Clock::Part(_))) if day.is_none_or(|(seen, _)| seen == d) => day = Some((d, h.relative)),
            _ => return,
        }
    }
    let Some((day, relative)) = day else { return };
    for h in hits.iter_mut().filter(|h| dayless(h) && !after_speech_verb(doc, h.start)) {
        h.point = Point::Day(day);
        h.relative = relative;
    }
}

/// "from 03:00 to 11:00 GMT on Saturday", "between 10pm and 6am on Sunday": a time that opens
/// a range takes the day its second end names, or the day before when it is later in the day
/// (the forward case, "on Friday from 9am to 5pm", is read with the range).
fn first_end_takes_day(doc: &Doc<'_>, hits: &mut [Hit]) {
    for k in 1..hits.len() {
        let (before, after) = hits.split_at_mut(k);
        let (a, b) = (&mut before[k - 1], &after[0]);
        let joined = b.start == a.end + 1 && super::combine::is_range_word(doc.tokens[a.end].text);
        let a_dayless = a.point == Point::NoDay && a.duration.is_none() && matches!(a.clock, Some(Clock::At(..)));
        if let (true, true, Point::Day(day), Some(Clock::At(b_hour, b_minute, _)), None) = (joined, a_dayless, b.point, b.clock, b.duration) {
            // "between 10pm and 6am on Sunday": a first end later in the day than the second
            // is the evening before.
            let overnight = matches!(a.clock, Some(Clock::At(h, m, _)) if (h, m) > (b_hour, b_minute));
            a.point = Point::Day(if overnight { day.add_days(-1) } else { day });
            a.relative = b.relative;
        }
    }
}

/// A speech verb among the three words before token `i` ("said officials at 3.30pm").
fn after_speech_verb(doc: &Doc<'_>, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| crate::quotes::cues::is_cue(doc.tokens[k].text))
}

/// A clock time at `i`: (end token, hour 0-23, minute, second when written).
pub fn clock(cx: &Cx<'_, '_>, i: usize) -> Option<(usize, u32, u32, Option<u32>)> {
    let w = cx.t(i);
    // Borrowed unless there are capitals: this runs at every token.
    let lw = cx.lower(i);
    match lw {
        "noon" | "midday" => return Some((i + 1, 12, 0, None)),
        // The end of the day it is told with, as TIMEX3 and news style have it: "midnight
        // Friday" closes Friday (T24:00), it does not open it.
        "midnight" => return Some((i + 1, 24, 0, None)),
        _ => {}
    }
    if !w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    // "12 noon", "12 midnight": the word says which twelve.
    if lw == "12" && cx.is_any(i + 1, &["noon", "midday"]) {
        return Some((i + 2, 12, 0, None));
    }
    if lw == "12" && cx.is(i + 1, "midnight") {
        return Some((i + 2, 24, 0, None));
    }
    // Split "10.30am" / "3pm" / "10:30" into hour, minute, and an am/pm glued to it.
    let (num, mut suffix) = split_suffix(lw);
    let (h, m);
    let mut sec = None;
    let mut j = i + 1;
    let has_minutes;
    if let Some((a, b)) = num.split_once(['.', ':']) {
        h = a.parse().ok()?;
        // "7:56:30" written as one token.
        let (b, s) = match b.split_once(':') {
            Some((b, s)) if s.len() == 2 => (b, Some(s.parse().ok()?)),
            _ => (b, None),
        };
        m = b.parse().ok().filter(|_| b.len() == 2)?;
        sec = s;
        has_minutes = true;
    } else if cx.t(i + 1) == ":" && cx.glued(i + 1) && cx.glued(i + 2) {
        h = num.parse().ok()?;
        let (mm, suf2) = split_suffix(cx.t(i + 2));
        if mm.len() != 2 {
            return None;
        }
        m = mm.parse().ok()?;
        j = i + 3;
        has_minutes = true;
        suffix = suf2;
        // Seconds: "7:56:30 pm".
        if suffix.is_empty() && cx.t(j) == ":" && cx.glued(j) && cx.glued(j + 1) {
            let (ss, suf3) = split_suffix(cx.t(j + 1));
            if ss.len() == 2 {
                sec = Some(ss.parse().ok().filter(|&s: &u32| s < 60)?);
                j += 2;
                suffix = suf3;
            }
        }
    } else if num.len() == 4 && suffix.is_empty() {
        // "0700 GMT": a 24-hour time only with a zone after it.
        if zone_at(cx, i + 1) == 0 {
            return None;
        }
        let (hh, mm): (u32, u32) = (num[..2].parse().ok()?, num[2..].parse().ok()?);
        return (hh < 24 && mm < 60).then_some((i + 1, hh, mm, None));
    } else {
        h = num.parse().ok()?;
        m = 0;
        has_minutes = false;
    }
    if h > 24 || m > 59 || sec.is_some_and(|s| s > 59) {
        return None;
    }
    let with_sec = |(end, h, m): (usize, u32, u32)| (end, h, m, sec);
    if !suffix.is_empty() {
        return finish(h, m, suffix, j, true).map(with_sec);
    }
    // am/pm as the next token: "3 pm", "10:30 a.m.", "3 o'clock".
    let next = cx.lower(j);
    if let Some(half) = meridiem(next) {
        return finish(h, m, half, j + 1, true).map(with_sec);
    }
    if next == "o'clock" || next == "o’clock" {
        return (h <= 12).then_some((j + 1, h, m, sec));
    }
    // A bare "10:30" is a time after a preposition of time ("at 10:30"); elsewhere it is as
    // likely a race time, a score or a ratio ("won in 1:16", "a 2:1 vote"). With seconds
    // ("10:30:15") it is a time only with am/pm: bare, it is a race time.
    let after_prep = i > 0 && cx.is_any(i - 1, &["at", "by", "from", "until", "till", "to", "before", "after", "around", "about", "since", "and"]);
    // A time zone after it says it is a time too: "Published: 14:32 BST".
    let zone_after = || zone_at(cx, j) > 0;
    let written_with_colon = num.contains(':') || j == i + 3;
    if sec.is_none() && has_minutes && written_with_colon && (after_prep || zone_after()) {
        return (h < 24).then_some((j, h, m, None));
    }
    None
}

fn split_suffix(w: &str) -> (&str, &str) {
    let k = w.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(w.len());
    (&w[..k], &w[k..])
}

/// "am" or "pm" for the ways news writes them (lower case).
pub(super) fn meridiem(s: &str) -> Option<&'static str> {
    match s {
        "am" | "a.m." | "a.m" => Some("am"),
        "pm" | "p.m." | "p.m" => Some("pm"),
        _ => None,
    }
}

fn finish(h: u32, m: u32, suffix: &str, end: usize, _explicit: bool) -> Option<(usize, u32, u32)> {
    let half = meridiem(&suffix.to_ascii_lowercase())?;
    if h == 0 || h > 12 || m > 59 {
        return None;
    }
    let h = match (half, h) {
        ("am", 12) => 0,
        ("am", h) => h,
        ("pm", 12) => 12,
        (_, h) => h + 12,
    };
    Some((end, h, m))
}
