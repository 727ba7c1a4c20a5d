//! What follows a number and says what it measures: per cent words ("12.5 per cent", "5
//! percentage points", "25 basis points") and units of measure ("5 km", "40°C", "1.2 million
//! barrels a day", "300 square metres").

use super::lexicon::{Unit, UNITS};
use crate::extract::Doc;
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How a number is read as a percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentForm {
    /// %, per cent, percent, pc, pct.
    Percent,
    /// Percentage points: a difference between two percentages.
    Points,
    /// Basis points (hundredths of a percentage point): reported as a quantity.
    BasisPoints,
}

/// Token `k` in lower case, on the same line as the token before it; borrowed for ASCII.
fn word<'d>(doc: &'d Doc<'_>, k: usize) -> Option<Cow<'d, str>> {
    let t = doc.tokens.get(k).filter(|t| t.newlines_before == 0)?;
    Some(if t.text.is_ascii() { Cow::Borrowed(doc.ascii_lower(k)) } else { Cow::Owned(t.text.to_lowercase()) })
}

/// Per cent words starting at token `k`: the form and the end token.
pub fn percent_after(doc: &Doc<'_>, k: usize) -> Option<(PercentForm, usize)> {
    // Every form starts with "%", "p" or "b" in either case (a lower case that is not ASCII's
    // makes none of them): most words after a number are turned away by their first byte.
    let first = *doc.tokens.get(k)?.text.as_bytes().first()?;
    if !matches!(first, b'%' | b'p' | b'P' | b'b' | b'B') {
        return None;
    }
    let w = word(doc, k)?;
    // The word after is read only after the three words that need one (this is asked after
    // every number).
    let w2 = || word(doc, k + 1).unwrap_or_default();
    let points = || matches!(&*w2(), "points" | "point");
    match &*w {
        "%" => Some((PercentForm::Percent, k + 1)),
        "per" if w2() == "cent" => Some((PercentForm::Percent, k + 2)),
        "percent" | "per-cent" | "pc" | "pct" | "percents" => Some((PercentForm::Percent, k + 1)),
        "percentage" if points() => Some((PercentForm::Points, k + 2)),
        "percentage-point" | "percentage-points" | "ppt" | "ppts" | "pp" => Some((PercentForm::Points, k + 1)),
        "basis" if points() => Some((PercentForm::BasisPoints, k + 2)),
        "basis-point" | "bps" | "bp" => Some((PercentForm::BasisPoints, k + 1)),
        _ => None,
    }
}

/// A per cent suffix glued to the digits: "3.5%", "12pc", "5pct".
pub fn percent_suffix(suffix: &str) -> Option<PercentForm> {
    match suffix {
        "%" | "pc" | "pct" => Some(PercentForm::Percent),
        "ppt" | "ppts" | "pp" => Some(PercentForm::Points),
        "bp" | "bps" => Some(PercentForm::BasisPoints),
        _ => None,
    }
}

/// A unit glued to the digits ("5km", "40C", "180ml", "10t").
pub fn unit_suffix(suffix: &str) -> Option<&'static Unit> {
    UNITS.get(suffix)
}

/// A unit starting at token `k` (after a space or glued): the longest form, and its end.
/// Forms marked glued-only ("t", "C", "m") never match after a space.
pub fn unit_after(doc: &Doc<'_>, k: usize) -> Option<(&'static Unit, usize)> {
    let toks = &doc.tokens;
    let first = toks.get(k)?;
    if first.newlines_before > 0 {
        return None;
    }
    // Most words after a number begin no unit: turned away before any form is built.
    if !UNIT_PREFIXES.may_begin_unit_at(doc, k) {
        return None;
    }
    // Collect up to max_words words; glued pieces ("km", "/", "h") join without a space. Each
    // form is a prefix of the next, held as its length in `s`; the collecting stops at a form
    // that begins no unit (most words after a number), as no longer one can then be a unit.
    let mut forms: [(usize, usize); 8] = [(0, 0); 8];
    let mut n_forms = 0;
    let mut s = String::new();
    let mut words = 0;
    let mut j = k;
    while j < toks.len() && j < k + 8 {
        let t = &toks[j];
        if j > k && (t.newlines_before > 0) {
            break;
        }
        if j > k && t.space_before {
            words += 1;
            if words >= UNITS.max_words {
                break;
            }
            s.push(' ');
        }
        // "m2" and "km2" are one token; "km²" may come as two (glued: no space between).
        s.push_str(t.text);
        if !UNIT_PREFIXES.may_begin_unit(&s) {
            // Not a unit either: a unit begins itself.
            break;
        }
        forms[n_forms] = (s.len(), j + 1);
        n_forms += 1;
        j += 1;
    }
    for &(len, end) in forms[..n_forms].iter().rev() {
        if let Some(u) = UNITS.get(&s[..len]) {
            if u.glued_only && first.space_before {
                continue;
            }
            // A form must end on a word boundary the text has ("km" not inside "km-long").
            return Some((u, end));
        }
    }
    None
}

/// Every beginning of a unit form, to stop reading words after a number as soon as they
/// begin none.
struct UnitPrefixes {
    /// Prefixes of the forms matched as written.
    exact: FxHashSet<&'static str>,
    /// Prefixes of the forms matched in any case (lower case).
    folded: FxHashSet<&'static str>,
}

static UNIT_PREFIXES: LazyLock<UnitPrefixes> = LazyLock::new(|| {
    fn prefixes<'a>(forms: impl Iterator<Item = &'a str>) -> FxHashSet<&'a str> {
        forms.flat_map(|f| f.char_indices().map(move |(at, c)| &f[..at + c.len_utf8()])).collect()
    }
    UnitPrefixes { exact: prefixes(UNITS.exact.keys().copied()), folded: prefixes(UNITS.folded.keys().map(String::as_str)) }
});

/// Every beginning of a unit form, as written (both those matched as written and those
/// matched in any case).
pub fn unit_prefixes() -> impl Iterator<Item = &'static str> {
    UNIT_PREFIXES.exact.iter().chain(UNIT_PREFIXES.folded.iter()).copied()
}

impl UnitPrefixes {
    /// [`may_begin_unit`](Self::may_begin_unit) of token `k`'s text alone, lower-cased as the
    /// document holds it for ASCII.
    fn may_begin_unit_at(&self, doc: &Doc<'_>, k: usize) -> bool {
        let text = doc.tokens[k].text;
        if !text.is_ascii() || self.exact.contains(text) {
            return true;
        }
        self.folded.contains(doc.ascii_lower(k))
    }

    /// Whether some unit form (as [`Units::get`](super::lexicon::Units::get) matches them)
    /// may begin with `s`; a non-ASCII `s` always may (its lower case is not ASCII's).
    fn may_begin_unit(&self, s: &str) -> bool {
        if !s.is_ascii() || self.exact.contains(s) {
            return true;
        }
        crate::lexicon::with_ascii_lowercase(s, |l| self.folded.contains(l))
    }
}

/// Is a canonical unit a span of time (a duration)?
pub fn is_time(unit: &str) -> bool {
    matches!(unit, "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century")
}

/// Per cent words inside a hyphenated compound: "5-percent", "5-percentage-point".
pub fn percent_after_word(seg: &str) -> Option<PercentForm> {
    match seg {
        "percent" | "pc" => Some(PercentForm::Percent),
        "percentage" => Some(PercentForm::Points),
        _ => None,
    }
}
