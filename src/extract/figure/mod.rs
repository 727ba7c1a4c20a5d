//! Figures: numbers a reader can aggregate. Each mention carries a numeric `value` and, in
//! `FigureDetails`, its kind (number, money, percent, quantity, fraction, ordinal), range bounds,
//! unit or counted noun, ISO 4217 currency and hedge.
//!
//! Conventions (see tests/corpus/figure_*.jsonl for cases of each):
//! - The span holds the hedge, the currency and the unit of measure or per cent words
//!   ("over 30", "US$1.2 trillion", "12.5 per cent", "5 km"), never the counted noun:
//!   "2.6 billion people" is span "2.6 billion" with `unit` "people".
//! - Percentages are in per cent (12.5); percentage points are kind percent with `unit`
//!   "percentage point"; basis points are a quantity in "basis point".
//! - Money values are in the currency's major unit ("50 cents" is 0.5); a bare "$" is the
//!   document's dollar (see money.rs) and the `rule` says how that was decided.
//! - Ranges ("20-30", "between 20 and 30", "20 to 30 per cent") are one mention: `value` is the
//!   low end, with `low` and `high`.
//! - Vague counts ("dozens", "hundreds of", "several thousand") are kind number with the order
//!   of magnitude as `value` and the vague words as `qualifier`.
//!
//! The scan is one left-to-right pass over tokens; each step looks at a bounded number of
//! tokens, so the cost is linear in the text.

mod follow;
mod guards;
mod lexicon;
mod money;
mod numbers;
mod prefilter;
mod ranges;
mod tail;
mod units;
mod words;

use super::{Doc, Found};
use crate::report::{as_written, number_value, FigureDetails, FigureKind, MentionType};
use crate::tokens::TokKind;
use lexicon::{guard, guard_token, COUNTED_STOP, HEDGES, HEDGE_MAX, METRE_CONTEXT, VAGUE};
use money::Dollar;
pub(crate) use prefilter::{non_ascii_roles, word_roles};
use tail::tail;
use units::PercentForm;
use words::word_core;

/// What every step needs: the document, its dollar, and the tokens no figure may use.
struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The document's dollar ([`money::document_dollar`]): worked out when an amount first
    /// asks it (a "$", cents), as most texts write none and it reads the whole text.
    dollar: std::cell::OnceCell<Dollar>,
    /// "¥" is the yuan here (the text names the yuan and never the yen): worked out when a
    /// yen sign first heads an amount (few texts have one; none need a search for it).
    yen_is_yuan: std::cell::OnceCell<bool>,
    blocked: Vec<bool>,
}

/// A figure being assembled, over whole tokens `start..end`.
#[derive(Debug, Clone)]
struct Fig {
    start: usize,
    end: usize,
    value: f64,
    kind: FigureKind,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    currency: Option<&'static str>,
    qualifier: Option<String>,
    rule: &'static str,
    /// Multiplier applied by a scale ("million"); 1 when none.
    scale: f64,
    /// Written as four digits that could be a year.
    year_like: bool,
    /// A vague count ("hundreds").
    vague: bool,
    /// Read, but not a figure (a label such as "Boeing 737-800"): skip its tokens.
    drop: bool,
}

impl Ctx<'_, '_> {
    /// The document's dollar, worked out on the first question.
    fn dollar(&self) -> Dollar {
        *self.dollar.get_or_init(|| money::document_dollar(self.doc))
    }
}

impl Fig {
    /// A figure whose number is token `num` (the span starts at `start`: a sign or currency).
    fn new(start: usize, num: usize, value: f64, rule: &'static str) -> Fig {
        Fig {
            start,
            end: num + 1,
            value,
            kind: FigureKind::Number,
            low: None,
            high: None,
            unit: None,
            currency: None,
            qualifier: None,
            rule,
            scale: 1.0,
            year_like: false,
            vague: false,
            drop: false,
        }
    }

    /// A plain count: no currency, per cent, unit or scale.
    fn bare(&self) -> bool {
        self.kind == FigureKind::Number && self.currency.is_none() && self.unit.is_none() && self.scale == 1.0 && !self.vague
    }

    fn apply_scale(&mut self, s: f64) {
        self.value *= s;
        self.scale *= s;
    }

    fn set_percent(&mut self, form: PercentForm) {
        match form {
            PercentForm::Percent => {
                self.kind = FigureKind::Percent;
                self.rule = "figure.percent";
            }
            PercentForm::Points => {
                self.kind = FigureKind::Percent;
                self.unit = Some("percentage point".into());
                self.rule = "figure.percent.points";
            }
            PercentForm::BasisPoints => {
                self.kind = FigureKind::Quantity;
                self.unit = Some("basis point".into());
                self.rule = "figure.quantity.basis_points";
            }
        }
    }

    fn set_unit(&mut self, unit: &str) {
        self.kind = FigureKind::Quantity;
        self.unit = Some(unit.to_owned());
        self.rule = "figure.quantity";
    }
}

pub fn extract(doc: &Doc<'_>, out: &mut Vec<Found>) {
    extract_with(doc, false, out);
}

/// [`extract`], trying the rules at every token when `every_token` (the test that holds the
/// prefilter to the rules), else only where the prefilter lets them.
fn extract_with(doc: &Doc<'_>, every_token: bool, out: &mut Vec<Found>) {
    if doc.tokens.is_empty() {
        return;
    }
    let ctx = Ctx { doc, dollar: std::cell::OnceCell::new(), yen_is_yuan: std::cell::OnceCell::new(), blocked: guards::blocked(doc) };
    let prefilter = prefilter::Prefilter::new(doc, &ctx.blocked);
    let mut i = 0;
    while i < doc.tokens.len() {
        if !every_token {
            // figure_at is None at the tokens passed over: no rule has anything to start from.
            i = prefilter.next_start(i);
            if i == doc.tokens.len() {
                break;
            }
        }
        match figure_at(&ctx, i) {
            Some(f) => {
                i = f.end.max(i + 1);
                if !f.drop {
                    out.push(found(doc, f));
                }
            }
            None => i += 1,
        }
    }
}

fn found(doc: &Doc<'_>, f: Fig) -> Found {
    let mut m = Found::new(doc, MentionType::Figure, f.start..f.end, f.rule);
    m.set_value(number_value(f.value));
    m.figure = Some(Box::new(FigureDetails {
        figure_kind: f.kind,
        low: f.low.map(as_written),
        high: f.high.map(as_written),
        unit: f.unit,
        currency: f.currency.map(str::to_owned),
        qualifier: f.qualifier,
        duration: None,
    }));
    m.priority = 1;
    m
}

/// First words of the hedge and vague phrases: a token that is none of them starts neither,
/// so most tokens are turned away before any phrase is built.
static HEDGE_FIRST: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| HEDGES.iter().map(|h| h.split(' ').next().unwrap_or(h)).collect());
static VAGUE_FIRST: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| VAGUE.keys().map(|h| h.split(' ').next().unwrap_or(h)).collect());

/// Token `i` in lower case as [`lower`], borrowed when there is nothing to change (the
/// checks made at every token use this): an ASCII token's lower case is the document's.
fn lower_cow<'d>(doc: &'d Doc<'_>, i: usize) -> std::borrow::Cow<'d, str> {
    match doc.tokens.get(i) {
        // The opener says whether the token holds a non-ASCII byte (its bytes were read once).
        Some(_) if !doc.openers()[i].shape.non_ascii => std::borrow::Cow::Borrowed(doc.ascii_lower(i)),
        Some(t) => numbers::lower(t.text),
        None => std::borrow::Cow::default(),
    }
}

/// Tokens `i..i + len` in lower case, joined by spaces, built in one string.
fn lower_phrase(doc: &Doc<'_>, i: usize, len: usize) -> String {
    let mut phrase = String::new();
    for j in i..i + len {
        if j > i {
            phrase.push(' ');
        }
        // `lower_cow` is `numbers::lower` of the token, borrowed for ASCII.
        phrase.push_str(&lower_cow(doc, j));
    }
    phrase
}

/// A figure starting at token `i`, with a hedge or range opener if there is one.
fn figure_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    // The token's figure roles say whether it is "between" or "from" (looked up by the same
    // lower case), without lower-casing it again.
    if ctx.doc.openers()[i].figure_roles & prefilter::RANGE != 0 {
        let w = lower_cow(ctx.doc, i);
        if w == "between" {
            if let Some(f) = ranges::between(ctx, i) {
                return Some(finish(ctx, f));
            }
        }
        if w == "from" {
            if let Some(f) = ranges::from_to(ctx, i) {
                return Some(finish(ctx, f));
            }
        }
    }
    if let Some((len, phrase)) = hedge_at(ctx, i) {
        if let Some(mut f) = unit_at(ctx, i + len) {
            // "over three years" is a span of time, not a hedge on three; nor is "over" one in
            // "over eight innings", "hand over two suspects" or "a victory over 10-man Turkey".
            let across = || {
                f.unit.as_deref().is_some_and(|u| units::is_time(u) || guard("over_span", u)) || i > 0 && guard_token(ctx.doc, "over_about", i - 1)
            };
            // "jailed over $85m fraud": an amount before the noun it qualifies is what "over"
            // is about, not a hedge ("over $3.5 billion," "over $1 million in damages" are).
            let about_amount = || f.kind == FigureKind::Money && attributive_noun_at(ctx.doc, f.end);
            let time = phrase == "over" && (across() || about_amount());
            if !time && f.qualifier.is_none() && f.kind != FigureKind::Ordinal {
                f.start = i;
                f.qualifier = Some(phrase);
            }
            return Some(f);
        }
    }
    unit_at(ctx, i)
}

/// A lower-case word at token `k` that an amount before it qualifies ("$85m fraud", "$4bn
/// deal"): on the same line, no function word or adverb ([`COUNTED_STOP`]), nor "worth".
fn attributive_noun_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.newlines_before == 0 && t.kind == TokKind::Word && t.text.bytes().all(|b| b.is_ascii_lowercase()))
        && !COUNTED_STOP.contains(doc.ascii_lower(k))
        && doc.ascii_lower(k) != "worth"
}

/// The longest hedge phrase at `i` ("more than", "about", "up to").
fn hedge_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<(usize, String)> {
    let toks = &ctx.doc.tokens;
    // The token's figure roles say whether it is one of HEDGE_FIRST (looked up by the same
    // lower case as `lower_cow`'s), without lower-casing it again.
    if ctx.doc.openers()[i].figure_roles & prefilter::HEDGE == 0 {
        return None;
    }
    for len in (1..=HEDGE_MAX).rev() {
        if i + len >= toks.len() || toks[i + 1..=i + len].iter().any(|t| t.newlines_before > 0) {
            continue;
        }
        let phrase = lower_phrase(ctx.doc, i, len);
        // "edged up to 4.2 per cent" is a change to a level, not a hedge.
        if phrase == "up to" && i > 0 && guard_token(ctx.doc, "change", i - 1) {
            continue;
        }
        if HEDGES.contains(phrase.as_str()) {
            return Some((len, phrase));
        }
    }
    None
}

/// A figure without hedge at `i`: the number with what it measures, a range or ratio it
/// heads, and the noun it counts; None when a guard says it is no figure.
fn unit_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let f = core_at(ctx, i)?;
    let mut f = if ranges::may_extend(ctx.doc, f.end) { ranges::extend(ctx, f, false) } else { f };
    let doc = ctx.doc;
    // "Boeing 737", "Article 23", a bowler's "3-51": a label, not a count.
    let plain = f.kind == FigureKind::Number && f.currency.is_none() && f.unit.is_none() && f.scale == 1.0 && !f.vague;
    if plain && f.start > 0 && guards::label_before(doc, f.start - 1) {
        f.drop = true;
        return Some(f);
    }
    // "Kopp's 1987 Chevrolet", "the 2016 Rio Games": a year naming a model or an event. (A
    // count of 1,987 people is written with a comma and counts a plural.)
    if plain && f.low.is_none() && f.year_like && (1900.0..2100.0).contains(&f.value)
        && doc.tokens.get(f.end).is_some_and(|n| n.kind == TokKind::Word && n.newlines_before == 0 && n.is_capitalised() && !n.is_all_caps() && !n.stem().ends_with('s'))
    {
        f.drop = true;
        return Some(f);
    }
    // Cricket figures and votes: "took 4 for 38", "286 for seven", "passed 12 for 3".
    if plain && f.low.is_none() && f.value.fract() == 0.0 && lower_cow(doc, f.end) == "for" {
        if let Some(b) = core_at(ctx, f.end + 1).filter(|b| b.bare() && !b.year_like && b.value.fract() == 0.0) {
            let (a, bv) = (f.value, b.value);
            let wickets = a <= 10.0 && bv >= a || bv <= 10.0 && a > bv;
            let counted = counted_noun(doc, b.end).is_some_and(|n| n.ends_with('s') || lexicon::guard("plural", &n));
            if wickets && !counted && a < 1000.0 && bv < 1000.0 {
                f.drop = true;
                f.end = b.end;
                return Some(f);
            }
        }
    }
    Some(finish(ctx, f))
}

/// Attach the counted noun and apply the checks that need it.
fn finish(ctx: &Ctx<'_, '_>, mut f: Fig) -> Fig {
    let doc = ctx.doc;
    // Spans of time ("12 years", "about two weeks", "a two-year contract") are durations: the
    // date extractor's. Ages ("a 23-year-old man") stay figures.
    if f.kind == FigureKind::Quantity && f.unit.as_deref().is_some_and(units::is_time) {
        let last = doc.tokens[f.end - 1].text.to_lowercase();
        let old = last.ends_with("-old") || matches!(&*lower_cow(doc, f.end), "old" | "olds" | "-old");
        if !old {
            f.drop = true;
            return f;
        }
    }
    if f.kind == FigureKind::Number && f.unit.is_none() || f.rule == "figure.fraction.ratio" {
        let mut k = f.end;
        if f.vague && lower_cow(doc, k) == "of" {
            k += 1;
        }
        f.unit = counted_noun(doc, k);
    }
    f
}

/// The noun a count counts, kept short: "people", "countries and regions", "new cases".
fn counted_noun(doc: &Doc<'_>, k: usize) -> Option<String> {
    let toks = &doc.tokens;
    let ok = |j: usize| -> Option<&str> {
        let t = toks.get(j)?;
        let w = t.text;
        let shaped = t.kind == TokKind::Word
            && t.newlines_before == 0
            && w.chars().count() >= 2
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !w.ends_with("ly")
            && !(w.ends_with("ed") && !w.ends_with("eed"))
            && !(w.ends_with("ing") && w.len() > 5);
        if !shaped {
            return None;
        }
        // The lists, each asked only when the word's roles say it may be in it.
        let roles = follow::roles(doc, j);
        let listed = |role: u8, in_list: &dyn Fn() -> bool| roles & role != 0 && in_list();
        let good = !listed(follow::COUNTED_STOP, &|| COUNTED_STOP.contains(w))
            && !listed(follow::NUMBER_WORD, &|| numbers::cardinal(w).is_some() || numbers::ordinal_word(w).is_some())
            && !listed(follow::SCALE, &|| lexicon::scale(w).is_some());
        good.then_some(w)
    };
    let plural = |w: &str| (w.ends_with('s') && !w.ends_with("ss")) || guard("plural", w);
    let w1 = ok(k)?;
    if !plural(w1) {
        if let Some(w2) = ok(k + 1).filter(|w| plural(w)) {
            return Some(format!("{w1} {w2}"));
        }
        return Some(w1.to_owned());
    }
    if matches!(toks.get(k + 1).map(|t| t.text), Some("and" | "or")) {
        if let Some(w3) = ok(k + 2).filter(|w| plural(w)) {
            return Some(format!("{w1} {} {w3}", toks[k + 1].text));
        }
    }
    Some(w1.to_owned())
}

/// The number at `i` with its sign, currency, scale, per cent words or unit.
fn core_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    if i >= toks.len() || ctx.blocked[i] {
        return None;
    }
    let t = &toks[i];
    // Signs: "-5", "−2.5%", "minus 5".
    let minus_sign = matches!(t.text, "-" | "−") && toks.get(i + 1).is_some_and(|n| !n.space_before && n.kind == TokKind::Number) && (i == 0 || t.space_before || toks[i - 1].text == "(");
    let minus_word = (t.text.eq_ignore_ascii_case("minus") || t.text.eq_ignore_ascii_case("negative")) && toks.get(i + 1).is_some_and(|n| n.newlines_before == 0);
    // "- 10 k" alone on its line (a table cell, a market line): a spaced minus sign. A dash that
    // heads words is a bullet ("- 3 people were hurt").
    if t.text == "-" && (i == 0 || t.newlines_before > 0) && toks.get(i + 1).is_some_and(|n| n.space_before && n.newlines_before == 0 && n.kind == TokKind::Number) {
        let mut f = core_at(ctx, i + 1)?;
        if toks.get(f.end).is_some_and(|n| n.newlines_before == 0) || matches!(f.kind, FigureKind::Ordinal | FigureKind::Fraction) && f.value < 1.0 {
            return None;
        }
        f.start = i;
        f.value = -f.value;
        return Some(f);
    }
    if minus_sign || minus_word {
        let mut f = core_at(ctx, i + 1)?;
        if matches!(f.kind, FigureKind::Ordinal | FigureKind::Fraction) && minus_word {
            return None;
        }
        f.start = i;
        f.value = -f.value;
        return Some(f);
    }
    if let Some(iso) = money::mega_code(t.text) {
        let n = toks.get(i + 1).filter(|n| n.kind == TokKind::Number && n.newlines_before == 0 && !ctx.blocked[i + 1]).and_then(|n| numbers::numeral(n.text)).filter(|n| n.suffix.is_empty())?;
        let mut f = Fig::new(i, i + 1, n.value, "figure.money.code");
        f.kind = FigureKind::Money;
        f.currency = Some(iso);
        f.apply_scale(1e6);
        return Some(f);
    }
    if let Some(p) = money::prefix_at(doc, i, || ctx.dollar()) {
        if ctx.blocked[p.num] {
            return None;
        }
        let n = numbers::numeral(p.digits)?;
        let mut f = Fig::new(p.start, p.num, n.value, p.rule);
        f.kind = FigureKind::Money;
        f.currency = Some(p.iso);
        if p.iso == "JPY" && toks[p.start].text.starts_with(['¥', '￥']) && *ctx.yen_is_yuan.get_or_init(|| money::yen_sign_is_yuan(doc)) {
            f.currency = Some("CNY");
            f.rule = "figure.money.yen_sign_yuan_from_context";
        }
        let (head, _tail) = split_suffix(n.suffix);
        if !head.is_empty() {
            f.apply_scale(lexicon::scale(head)?);
        }
        return Some(tail(ctx, f, p.num + 1));
    }
    // ".08": a decimal without its leading zero.
    if t.text == "." && (i == 0 || t.space_before) && toks.get(i + 1).is_some_and(|n| !n.space_before && n.text.bytes().all(|b| b.is_ascii_digit())) {
        let digits = toks[i + 1].text;
        let v: f64 = format!("0.{digits}").parse().ok()?;
        let f = Fig::new(i, i + 1, v, "figure.number");
        return Some(tail(ctx, Fig { start: i, ..f }, i + 2));
    }
    match t.kind {
        TokKind::Number => digits_core(ctx, i),
        TokKind::Word => word_core(ctx, i),
        _ => None,
    }
}

/// "3.5bn" -> ("bn", ""), "10-year-old" -> ("", "year-old"), "2m-high" -> ("m", "high").
fn split_suffix(s: &str) -> (&str, &str) {
    match s.find(['-', '‑']) {
        Some(p) => (&s[..p], &s[p + s[p..].chars().next().map_or(1, char::len_utf8)..]),
        None => (s, ""),
    }
}

fn digits_core(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let t = &toks[i];
    if let Some(v) = numbers::vulgar(t.text) {
        let mut f = Fig::new(i, i, v, "figure.fraction");
        f.kind = FigureKind::Fraction;
        return Some(fraction_unit(ctx, f));
    }
    let n = numbers::numeral(t.text)?;
    let mut f = Fig::new(i, i, n.value, "figure.number");
    f.year_like = guards::year_like(t.text);
    let mut k = i + 1;
    let glued = |j: usize| toks.get(j).is_some_and(|x| !x.space_before);
    if n.suffix.is_empty() && n.integer {
        // "3/4": a fraction; "2 1/4": a whole number and a fraction.
        if toks.get(i + 1).is_some_and(|x| x.text == "/") && glued(i + 1) && glued(i + 2) {
            let v = ranges::slash_fraction(t.text, toks.get(i + 2).map_or("", |x| x.text))?;
            f.kind = FigureKind::Fraction;
            f.value = v;
            f.rule = "figure.fraction.slash";
            f.end = i + 3;
            return Some(fraction_unit(ctx, f));
        }
        if let (Some(a), Some(s), Some(b)) = (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3)) {
            if a.space_before && a.newlines_before == 0 && s.text == "/" && !s.space_before && !b.space_before {
                if let Some(v) = ranges::slash_fraction(a.text, b.text) {
                    f.value += v;
                    f.end = i + 4;
                    return Some(tail(ctx, f, i + 4));
                }
            }
        }
        // Spaced thousands: "1 234 567" (groups of exactly three digits on the same line).
        if n.int_digits <= 3 && !n.grouped {
            let mut j = i + 1;
            let mut v = n.value;
            while let Some(g) = toks.get(j) {
                // The token's own tests first: most numbers have a word after them, not digits.
                if !g.space_before || g.newlines_before > 0 || ctx.blocked[j] {
                    break;
                }
                let Some(gn) = numbers::numeral(g.text) else { break };
                if gn.int_digits != 3 || gn.grouped || !gn.suffix.is_empty() {
                    break;
                }
                v = v * 1000.0 + gn.value;
                j += 1;
                if !gn.integer {
                    break;
                }
            }
            if j > i + 1 {
                f.value = v;
                f.year_like = false;
                k = j;
            }
        }
    }
    let (head, rest) = split_suffix(n.suffix);
    if !head.is_empty() {
        if let Some(v) = numbers::vulgar(head) {
            f.value += v;
        } else if let Some(form) = units::percent_suffix(head) {
            f.set_percent(form);
        } else if n.integer && numbers::digit_ordinal(n.value, head) {
            f.kind = FigureKind::Ordinal;
            f.rule = if is_superlative(rest) { "figure.ordinal.superlative" } else { "figure.ordinal" };
            return Some(f);
        } else if head == "m" && (METRE_CONTEXT.contains(rest) || toks.get(k).is_some_and(|x| METRE_CONTEXT.contains(x.text))) {
            f.set_unit("m");
        } else if let Some(s) = lexicon::scale(head) {
            // "3M", "4K", "10B" alone are names and screens; a scale letter in capitals needs a
            // counted noun after it ("10M users").
            // "10M." at the end of a clause, "2.5B" with a decimal are amounts too; a name
            // ("3M") has one digit, a race ("10K") has a K.
            let amount = matches!(head, "M" | "B") && (n.int_digits >= 2 || !n.integer) && toks.get(k).is_none_or(|x| x.kind == TokKind::Punct || x.newlines_before > 0);
            if head.len() == 1 && head.chars().all(|c| c.is_ascii_uppercase()) && !amount && !counted_noun(doc, k).is_some_and(|n| n.ends_with('s')) {
                return None;
            }
            f.apply_scale(s);
        } else if let Some(u) = units::unit_suffix(head) {
            f.set_unit(u.canonical);
            // "120km/h", "10km/hr": a rate glued on after a slash.
            if rest.is_empty() && toks.get(k).is_some_and(|x| x.text == "/" && !x.space_before) {
                if let Some(r) = toks.get(k + 1).filter(|x| !x.space_before && x.kind == TokKind::Word).and_then(|x| units::unit_suffix(&format!("{head}/{}", x.text))) {
                    f.set_unit(r.canonical);
                    k += 2;
                }
            }
        } else if let Some(iso) = money::code_suffix(head) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.rule = "figure.money.code";
        } else if let Some((div, iso)) = money::subunit(head, ctx.dollar()).filter(|_| head == "p" && n.int_digits <= 3) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.value /= div;
            f.rule = "figure.money.subunit";
        } else {
            return None;
        }
        f.year_like = false;
    }
    if !rest.is_empty() {
        // Hyphenated compounds: "10-year", "27-kilometre", "12-cent", "20-odd", "10-member".
        let seg = rest.split(['-', '‑']).next().unwrap_or("");
        if head.is_empty() {
            f.year_like = false;
            if seg == "odd" || seg == "plus" {
                // "300-odd", "50-plus": about and at least the number.
                f.qualifier = Some(seg.into());
            } else if let Some(u) = units::unit_suffix(seg).filter(|u| !u.glued_only) {
                f.set_unit(u.canonical);
            } else if let Some((div, iso)) = money::subunit(seg, ctx.dollar()).filter(|_| seg.len() > 1) {
                f.kind = FigureKind::Money;
                f.currency = Some(iso);
                f.value /= div;
                f.rule = "figure.money.subunit";
            } else if let Some(form) = units::percent_after_word(seg) {
                f.set_percent(form);
            } else if seg == "strong" {
                // "a 128,000-strong workforce": the number counts what the noun after it names.
                let noun = ctx.doc.tokens.get(k).filter(|t| t.is_word() && t.text.chars().all(char::is_lowercase));
                f.unit = noun.map(|t| t.text.to_owned());
            } else if seg.len() >= 3 && seg.chars().all(|c| c.is_ascii_lowercase()) && !COUNTED_STOP.contains(seg) {
                f.unit = Some(seg.to_owned());
                f.end = k;
                return Some(f);
            } else {
                return None;
            }
            f.end = k;
            return Some(f);
        }
    }
    Some(tail(ctx, f, k))
}

/// A fraction of a unit of measure: "a 1/4 inch gap", "½ mile" (not of a span of time).
fn fraction_unit(ctx: &Ctx<'_, '_>, mut f: Fig) -> Fig {
    if let Some((u, e)) = units::unit_after(ctx.doc, f.end).filter(|(u, _)| !units::is_time(u.canonical)) {
        f.set_unit(u.canonical);
        f.end = e;
    }
    f
}

fn is_superlative(rest: &str) -> bool {
    let first = rest.split(['-', '‑']).next().unwrap_or("");
    first.len() > 3 && (first.ends_with("est") || first == "most" || first == "least")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter turns away only tokens no rule could start at: on every example of the
    /// figure corpora, trying the rules at every token finds the same figures.
    #[test]
    fn prefilter_loses_no_figure() {
        let corpora = [
            include_str!("../../../tests/corpus/figure_duration.jsonl"),
            include_str!("../../../tests/corpus/figure_fraction.jsonl"),
            include_str!("../../../tests/corpus/figure_money.jsonl"),
            include_str!("../../../tests/corpus/figure_negative.jsonl"),
            include_str!("../../../tests/corpus/figure_number.jsonl"),
            include_str!("../../../tests/corpus/figure_ordinal.jsonl"),
            include_str!("../../../tests/corpus/figure_percent.jsonl"),
            include_str!("../../../tests/corpus/figure_quantity.jsonl"),
            include_str!("../../../tests/corpus/figure_range.jsonl"),
        ];
        for line in corpora.iter().flat_map(|c| c.lines()).filter(|l| l.starts_with('{')) {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = case["text"].as_str().unwrap();
            let doc = Doc::new(text, None);
            let (mut filtered, mut all) = (Vec::new(), Vec::new());
            extract(&doc, &mut filtered);
            extract_with(&doc, true, &mut all);
            assert_eq!(filtered, all, "{text:?}");
        }
    }
}
