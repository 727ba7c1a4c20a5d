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

mod guards;
mod lexicon;
mod money;
mod numbers;
mod ranges;
mod units;

use super::{Doc, Found};
use crate::report::{number_value, FigureDetails, FigureKind, MentionType};
use crate::tokens::TokKind;
use lexicon::{guard, COUNTED_STOP, HEDGES, HEDGE_MAX, METRE_CONTEXT, VAGUE};
use money::Dollar;
use units::PercentForm;

/// What every step needs: the document, its dollar, and the tokens no figure may use.
struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    dollar: Dollar,
    /// "¥" is the yuan here (the text names the yuan and never the yen).
    yen_is_yuan: bool,
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
    if doc.tokens.is_empty() {
        return;
    }
    let yen_is_yuan = doc.text.contains(['¥', '￥']) && money::yen_sign_is_yuan(doc);
    let ctx = Ctx { doc, dollar: money::document_dollar(doc), yen_is_yuan, blocked: guards::blocked(doc) };
    let may_start = may_start(doc);
    let mut i = 0;
    while i < doc.tokens.len() {
        if !may_start[i] {
            // figure_at(i) is None here: no rule has anything to start from.
            i += 1;
            continue;
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

/// Lower-case words that can open a figure on their own, without a number token or a digit
/// next to them: number words, ordinals, vague counts ("dozens", "several"), "half", "a"
/// ("a dozen"), "minus". A word that is none of these, has no digit or hyphen and is not
/// followed by a number cannot start any figure rule.
static OPENING_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
    let mut s: rustc_hash::FxHashSet<&'static str> =
        ["minus", "negative", "several", "many", "few", "a", "an", "half", "quarter"].into_iter().collect();
    s.extend(VAGUE_FIRST.iter().copied());
    s.extend(lexicon::NUMBER_WORDS.cardinal.keys().copied());
    s.extend(lexicon::NUMBER_WORDS.ordinal.keys().copied());
    s
});

/// For each token, whether [`figure_at`] may find a figure there; false only when it surely
/// finds none. Most tokens are ordinary words, and this turns them away with one cheap look
/// instead of the dozen table probes and lower-casings of the full rules.
///
/// Why it is safe: [`core_at`] needs a number token, a digit in the token (glued currency,
/// "Rs500"), a "$" right after ("HK$ 10"), a number right after a sign, a stop or a currency
/// code ("-5", ".08", "USD 22.5"), or a word that its word rules know ([`OPENING_WORDS`],
/// "minus", or a hyphenated compound). [`figure_at`] adds
/// range openers ("between", "from") and hedges, which need a figure within the next
/// `HEDGE_MAX` tokens. Non-ASCII words are always tried (their lower case is not ASCII's).
fn may_start(doc: &Doc<'_>) -> Vec<bool> {
    let toks = &doc.tokens;
    let core: Vec<bool> = (0..toks.len()).map(|i| core_may_start(doc, i)).collect();
    (0..toks.len())
        .map(|i| {
            core[i] || {
                let w = lower_cow(doc, i);
                w == "between" || w == "from" || HEDGE_FIRST.contains(&*w) && core[i + 1..toks.len().min(i + 1 + HEDGE_MAX)].iter().any(|&c| c)
            }
        })
        .collect()
}

/// Whether [`core_at`] may find a figure at token `i` (see [`may_start`]).
fn core_may_start(doc: &Doc<'_>, i: usize) -> bool {
    let toks = &doc.tokens;
    let t = &toks[i];
    let next = toks.get(i + 1);
    if t.kind == TokKind::Number || t.text.bytes().any(|b| b.is_ascii_digit()) || next.is_some_and(|n| n.text.starts_with('$')) {
        return true;
    }
    let number_next = next.is_some_and(|n| n.kind == TokKind::Number);
    if t.kind != TokKind::Word {
        // Signs, ".08", "$ 75".
        return number_next;
    }
    // Before a number, a word opens a figure only as a currency code ("USD 22.5", "MSEK 30");
    // other words before numbers ("won 3", "of 20") are turned away here.
    if number_next && (money::mega_code(t.text).is_some() || lexicon::CURRENCIES.before.contains_key(t.text)) {
        return true;
    }
    if !t.text.is_ascii() || t.text.as_bytes().contains(&b'-') {
        return true;
    }
    OPENING_WORDS.contains(doc.ascii_lower(i))
}

fn found(doc: &Doc<'_>, f: Fig) -> Found {
    let mut m = Found::new(doc, MentionType::Figure, f.start..f.end, f.rule);
    m.value = number_value(f.value);
    m.figure = Some(Box::new(FigureDetails {
        figure_kind: f.kind,
        low: f.low,
        high: f.high,
        unit: f.unit,
        currency: f.currency.map(str::to_owned),
        qualifier: f.qualifier,
        duration: None,
    }));
    m.priority = 1;
    m
}

fn lower(doc: &Doc<'_>, i: usize) -> String {
    lower_cow(doc, i).into_owned()
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
        Some(t) if t.text.is_ascii() => std::borrow::Cow::Borrowed(doc.ascii_lower(i)),
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
        phrase.push_str(&doc.tokens.get(j).map(|t| numbers::lower(t.text)).unwrap_or_default());
    }
    phrase
}

/// A figure starting at token `i`, with a hedge or range opener if there is one.
fn figure_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
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
    if let Some((len, phrase)) = hedge_at(ctx, i) {
        if let Some(mut f) = unit_at(ctx, i + len) {
            // "over three years" is a span of time, not a hedge on three.
            let time = phrase == "over" && f.unit.as_deref().is_some_and(units::is_time);
            if !time && f.qualifier.is_none() && f.kind != FigureKind::Ordinal {
                f.start = i;
                f.qualifier = Some(phrase);
            }
            return Some(f);
        }
    }
    unit_at(ctx, i)
}

/// The longest hedge phrase at `i` ("more than", "about", "up to").
fn hedge_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<(usize, String)> {
    let toks = &ctx.doc.tokens;
    if !HEDGE_FIRST.contains(&*lower_cow(ctx.doc, i)) {
        return None;
    }
    for len in (1..=HEDGE_MAX).rev() {
        if i + len >= toks.len() || toks[i + 1..=i + len].iter().any(|t| t.newlines_before > 0) {
            continue;
        }
        let phrase = lower_phrase(ctx.doc, i, len);
        // "edged up to 4.2 per cent" is a change to a level, not a hedge.
        if phrase == "up to" && i > 0 && guard("change", ctx.doc.tokens[i - 1].text) {
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
    let mut f = ranges::extend(ctx, f, false);
    let doc = ctx.doc;
    // "Boeing 737", "Article 23", a bowler's "3-51": a label, not a count.
    let plain = f.kind == FigureKind::Number && f.currency.is_none() && f.unit.is_none() && f.scale == 1.0 && !f.vague;
    if plain && f.start > 0 && guards::label_before(doc, f.start - 1) {
        f.drop = true;
        return Some(f);
    }
    // "Kopp's 1987 Chevrolet", "the 2016 Rio Games": a year naming a model or an event. (A
    // count of 1,987 people is written with a comma and counts a plural.)
    if plain && f.low.is_none() && f.year_like && (1900.0..2100.0).contains(&f.value) {
        if doc.tokens.get(f.end).is_some_and(|n| n.kind == TokKind::Word && n.newlines_before == 0 && n.is_capitalised() && !n.is_all_caps() && !n.stem().ends_with('s')) {
            f.drop = true;
            return Some(f);
        }
    }
    // Cricket figures and votes: "took 4 for 38", "286 for seven", "passed 12 for 3".
    if plain && f.low.is_none() && f.value.fract() == 0.0 && lower(doc, f.end) == "for" {
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
        let old = last.ends_with("-old") || matches!(lower(doc, f.end).as_str(), "old" | "olds" | "-old");
        if !old {
            f.drop = true;
            return f;
        }
    }
    if f.kind == FigureKind::Number && f.unit.is_none() || f.rule == "figure.fraction.ratio" {
        let mut k = f.end;
        if f.vague && lower(doc, k) == "of" {
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
        let good = t.kind == TokKind::Word
            && t.newlines_before == 0
            && w.chars().count() >= 2
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !COUNTED_STOP.contains(w)
            && !w.ends_with("ly")
            && !(w.ends_with("ed") && !w.ends_with("eed"))
            && !(w.ends_with("ing") && w.len() > 5)
            && numbers::cardinal(w).is_none()
            && numbers::ordinal_word(w).is_none()
            && lexicon::scale(w).is_none();
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
    if let Some(p) = money::prefix_at(doc, i, ctx.dollar) {
        if ctx.blocked[p.num] {
            return None;
        }
        let n = numbers::numeral(p.digits)?;
        let mut f = Fig::new(p.start, p.num, n.value, p.rule);
        f.kind = FigureKind::Money;
        f.currency = Some(p.iso);
        if p.iso == "JPY" && ctx.yen_is_yuan && toks[p.start].text.starts_with(['¥', '￥']) {
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
                let Some(gn) = numbers::numeral(g.text) else { break };
                if !g.space_before || g.newlines_before > 0 || ctx.blocked[j] || gn.int_digits != 3 || gn.grouped || !gn.suffix.is_empty() {
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
        } else if let Some((div, iso)) = money::subunit(head, ctx.dollar).filter(|_| head == "p" && n.int_digits <= 3) {
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
            } else if let Some((div, iso)) = money::subunit(seg, ctx.dollar).filter(|_| seg.len() > 1) {
                f.kind = FigureKind::Money;
                f.currency = Some(iso);
                f.value /= div;
                f.rule = "figure.money.subunit";
            } else if let Some(form) = units::percent_after_word(seg) {
                f.set_percent(form);
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

/// What follows the number from token `k`: a scale word, per cent words, a currency name or
/// minor unit, or a unit of measure.
fn tail(ctx: &Ctx<'_, '_>, mut f: Fig, mut k: usize) -> Fig {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let same_line = |j: usize| toks.get(j).is_some_and(|t| t.newlines_before == 0);
    // Scale after the number: "2.6 billion", "£1.5 m", "322 hundred".
    let mut word_scale = None;
    if f.scale == 1.0 && matches!(f.kind, FigureKind::Number | FigureKind::Money) && same_line(k) {
        let w = toks[k].text;
        let spelled = w.len() > 3;
        if let Some(s) = lexicon::scale(w).filter(|_| spelled || f.kind == FigureKind::Money || (w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase()))) {
            f.apply_scale(s);
            k += 1;
            if spelled {
                word_scale = Some(s);
            }
        } else if w.eq_ignore_ascii_case("hundred") && (f.value * 100.0).fract() == 0.0 {
            f.apply_scale(100.0);
            k += 1;
            word_scale = Some(100.0);
        } else if (w == "k" || w == "K") && f.kind == FigureKind::Number && !f.year_like && spaced_k_ok(doc, k + 1) {
            // "2.33 k", "10 k followers": a spaced thousand sign, at a clause end or before a
            // plural count ("a 10 k run" is a distance).
            f.apply_scale(1e3);
            k += 1;
        } else if (w.eq_ignore_ascii_case("dozen") || w.eq_ignore_ascii_case("dozens") || matches!(w, "doz" | "dozs" | "dz" | "dzs")) && f.kind == FigureKind::Number {
            // "three dozen", "3 dozens"; in words only the part after a hundred is dozens
            // ("three hundred and two dozen" is 324).
            let small = f.value % 100.0;
            if f.rule == "figure.number.words" && f.value > 100.0 && small > 0.0 {
                f.value += small * 11.0;
            } else {
                f.apply_scale(12.0);
            }
            k += 1;
        }
    }
    // "1.5 lakh crore", "5 thousand million": a second, larger scale multiplies the first.
    if let Some(s) = word_scale {
        if let Some(s2) = toks.get(k).filter(|t| same_line(k) && t.kind == TokKind::Word && t.text.len() > 3).and_then(|t| lexicon::scale(t.text)).filter(|&s2| s2 > s) {
            f.apply_scale(s2);
            k += 1;
            word_scale = None;
        }
    }
    // "3 hundred and 21", "4 thousand 3 hundred": digits and scale words read as one number.
    if let Some(mut last) = word_scale.filter(|_| f.kind == FigureKind::Number && f.rule == "figure.number" && f.value.fract() == 0.0) {
        while let Some((v, e, s)) = compound_part(ctx, k, last) {
            f.value += v;
            k = e;
            last = s;
        }
    }
    // "3 million and a half": a fraction of the scale just read.
    if f.scale >= 1e3 && lower(doc, k) == "and" && matches!(lower(doc, k + 1).as_str(), "a" | "an") {
        if let Some((v, e)) = numbers::fraction_words(doc, k + 1).filter(|&(_, e)| lower(doc, e) != "of" && same_line(e - 1)) {
            f.value += v * f.scale;
            k = e;
        }
    }
    if f.kind == FigureKind::Number {
        if let Some((form, e)) = units::percent_after(doc, k) {
            f.set_percent(form);
            k = e;
        } else if let Some(e) = pounds_of_weight(doc, &f, k) {
            f.set_unit("lb");
            k = e;
        } else if let Some((iso, e)) = money::name_after(doc, k) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.rule = "figure.money.name";
            k = e;
            // "75 USD million": the scale after the code.
            if f.scale == 1.0 {
                if let Some(s) = toks.get(k).filter(|t| same_line(k) && t.kind == TokKind::Word && t.text.len() > 3).and_then(|t| lexicon::scale(t.text)) {
                    f.apply_scale(s);
                    k += 1;
                }
            }
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents"; "15 dollars 50."
            if let Some((v, e)) = minor_after(ctx, k, iso).or_else(|| spoken_cents(ctx, &f, k, false)) {
                f.value += v;
                k = e;
            }
        } else if let Some(iso) = toks.get(k).filter(|_| same_line(k) && f.scale == 1.0).and_then(|t| money::mega_code(t.text)) {
            // "30 MUSD", "120 MEUR": a code with M for million, as company reports write it.
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.rule = "figure.money.code";
            f.apply_scale(1e6);
            k += 1;
        } else if let Some(iso) = toks.get(k).filter(|t| t.kind == TokKind::Word && same_line(k) && matches!(lower(doc, k + 1).as_str(), "cents" | "cent") && same_line(k + 1)).and_then(|t| money::dollar_prefix(t.text)) {
            // "85 HK cents", "9.5 U.S. cents": cents of a named dollar.
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.value /= 100.0;
            f.rule = "figure.money.subunit";
            k += 2;
        } else if let Some((div, iso)) = toks.get(k).filter(|t| t.text.len() > 1 && same_line(k)).and_then(|t| money::subunit(t.text, ctx.dollar)) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.value /= div;
            f.rule = "figure.money.subunit";
            k += 1;
        } else if let Some(iso) = toks.get(k).filter(|_| same_line(k) && toks.get(k + 1).is_none_or(|n| n.kind != TokKind::Number)).and_then(|t| money::sign_after(t.text)) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.rule = "figure.money.sign_after";
            k += 1;
        } else if toks.get(k).is_some_and(|t| t.text == "$" && same_line(k)) && toks.get(k + 1).is_none_or(|n| n.kind != TokKind::Number || n.newlines_before > 0) {
            // "10 $": a dollar sign after the amount, with no number after it to prefix.
            f.kind = FigureKind::Money;
            f.currency = Some(ctx.dollar.iso);
            f.rule = ctx.dollar.rule;
            k += 1;
        } else if let Some(e) = inch_before_dimension(doc, k) {
            // "2 in thick": "in" is inches only before a word of dimension.
            f.set_unit("inch");
            k = e;
        } else if let Some((u, e)) = units::unit_after(doc, k) {
            f.set_unit(u.canonical);
            k = e;
        }
    }
    // "5 feet 2 inches", "6ft 4in", "5 ft and 2 in": a height in feet.
    if f.kind == FigureKind::Quantity && f.unit.as_deref() == Some("ft") && f.low.is_none() {
        if let Some((v, e)) = inches_after(ctx, k) {
            f.value += v / 12.0;
            k = e;
        }
    }
    // "$15/hour", "€2.50/kg": a price per unit written with a slash; the rate is the unit.
    if f.kind == FigureKind::Money && f.unit.is_none() && toks.get(k).is_some_and(|t| t.text == "/" && !t.space_before) && toks.get(k + 1).is_some_and(|t| !t.space_before && t.kind == TokKind::Word) {
        if let Some((u, e)) = units::unit_after(doc, k + 1).filter(|&(_, e)| e == k + 2) {
            f.unit = Some(format!("per {}", u.canonical));
            k = e;
        }
    }
    // "C$100 and fifty.": cents read out after a prefixed amount.
    if f.kind == FigureKind::Money && (f.rule == "figure.money.prefix" || f.rule.starts_with("figure.money.dollar")) {
        if let Some((v, e)) = spoken_cents(ctx, &f, k, true) {
            f.value += v;
            k = e;
        }
    }
    f.end = k;
    f
}

/// After a whole amount of money ending before token `k`: cents read out without the word
/// "cents", at the end of a clause: "15 dollars 50.", "thirteen dollars forty-five",
/// "15 dollars and 15.". Two digits or a number word under a hundred; `need_and` for amounts
/// written with a sign, and then only in words ("C$100 and fifty."). The amount in the major unit and the end token.
fn spoken_cents(ctx: &Ctx<'_, '_>, f: &Fig, k: usize, need_and: bool) -> Option<(f64, usize)> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    if f.scale != 1.0 || f.value.fract() != 0.0 || f.low.is_some() || matches!(f.currency, Some("JPY" | "KRW")) {
        return None;
    }
    let mut j = k;
    if lower_cow(doc, j) == "and" {
        j += 1;
    } else if need_and {
        return None;
    }
    let t = toks.get(j).filter(|t| t.newlines_before == 0 && !ctx.blocked[j])?;
    // After a sign only words ("$20 and 30, respectively" are two prices).
    let (v, end) = if t.kind == TokKind::Number && !need_and {
        let n = numbers::numeral(t.text).filter(|n| n.integer && n.suffix.is_empty() && n.int_digits == 2)?;
        (n.value, j + 1)
    } else {
        let wn = numbers::word_number(doc, j).filter(|wn| !wn.fraction_only && wn.value >= 1.0 && wn.value < 100.0 && wn.value.fract() == 0.0)?;
        (wn.value, wn.end)
    };
    let closes = toks.get(end).is_none_or(|n| n.newlines_before > 0 || n.kind == TokKind::Punct && matches!(n.text, "." | "," | ";" | "!" | "?" | ")"));
    closes.then_some((v / 100.0, end))
}

/// Inches after a length in feet, from token `k`: "2 inches", "4in", "and 2 in", "two inches".
/// The inches and the end token.
fn inches_after(ctx: &Ctx<'_, '_>, k: usize) -> Option<(f64, usize)> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let inch = |w: &str| matches!(w, "in" | "ins" | "inch" | "inches" | "\"" | "″");
    let mut j = k;
    if lower_cow(doc, j) == "and" {
        j += 1;
    }
    let t = toks.get(j).filter(|t| t.newlines_before == 0 && !ctx.blocked[j])?;
    let (v, end) = if t.kind == TokKind::Number {
        let n = numbers::numeral(t.text).filter(|n| n.int_digits <= 2)?;
        if inch(n.suffix) {
            (n.value, j + 1)
        } else if n.suffix.is_empty() && toks.get(j + 1).is_some_and(|u| u.newlines_before == 0 && inch(&lower_cow(doc, j + 1))) {
            (n.value, j + 2)
        } else {
            return None;
        }
    } else {
        let wn = numbers::word_number(doc, j).filter(|wn| !wn.fraction_only)?;
        toks.get(wn.end).filter(|u| u.newlines_before == 0 && inch(&lower_cow(doc, wn.end)))?;
        (wn.value, wn.end + 1)
    };
    (v < 12.0).then_some((v, end))
}

/// "pounds" at token `k` that weigh rather than pay: after a verb of weighing ("weighed 7
/// pounds"), before ounces ("7 pounds 3 ounces") or before "of" and a thing ("two pounds of
/// apples"; money that size is written with a scale or a sign). The end token.
fn pounds_of_weight(doc: &Doc<'_>, f: &Fig, k: usize) -> Option<usize> {
    let toks = &doc.tokens;
    toks.get(k).filter(|t| t.newlines_before == 0 && matches!(t.text, "pound" | "pounds"))?;
    let weigh = (1..=2).any(|d| f.start >= d && toks[f.start - d].text.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("weigh")));
    let next = lower_cow(doc, k + 1);
    let ounces = matches!(&*next, "ounce" | "ounces" | "oz") || toks.get(k + 2).is_some_and(|t| matches!(t.text, "ounce" | "ounces" | "oz"));
    let of_thing = f.scale == 1.0 && next == "of" && toks.get(k + 2).is_some_and(|t| t.kind == TokKind::Word && t.text.chars().all(|c| c.is_lowercase()) && !guard("money_noun", t.text));
    (weigh || ounces || of_thing).then_some(k + 1)
}

/// "in" then a word of dimension ("2 in thick", "6 in wide") from token `k`: the end token.
fn inch_before_dimension(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let toks = &doc.tokens;
    toks.get(k).filter(|t| t.text == "in" && t.newlines_before == 0)?;
    let n = toks.get(k + 1).filter(|n| n.newlines_before == 0)?;
    matches!(n.text, "thick" | "wide" | "long" | "tall" | "high" | "deep" | "across" | "thin").then_some(k + 1)
}

/// After a number that ends in a scale word worth `last` ("3 hundred", "4 thousand"), token
/// `k` on: "and 21", "3 hundred", "and two hundred" continuing it. The part's value, its end,
/// and the scale it ends in (what a further part must stay under).
fn compound_part(ctx: &Ctx<'_, '_>, k: usize, last: f64) -> Option<(f64, usize, f64)> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let mut j = k;
    let and = lower_cow(doc, j) == "and";
    if and {
        j += 1;
    }
    let t = toks.get(j).filter(|t| t.newlines_before == 0 && !ctx.blocked[j])?;
    let (v, mut end, words) = if t.kind == TokKind::Number {
        let n = numbers::numeral(t.text).filter(|n| n.integer && n.suffix.is_empty() && !n.grouped && n.int_digits <= 3 && !n.leading_zero)?;
        (n.value, j + 1, false)
    } else {
        let wn = numbers::word_number(doc, j).filter(|wn| !wn.fraction_only && wn.value.fract() == 0.0)?;
        (wn.value, wn.end, true)
    };
    if v <= 0.0 {
        return None;
    }
    let next = toks.get(end).filter(|n| n.newlines_before == 0 && n.kind == TokKind::Word);
    let sub = next.and_then(|n| match numbers::cardinal(n.text) {
        Some((s, lexicon::WordClass::Hundred | lexicon::WordClass::Scale)) if n.text.len() > 3 => Some(s),
        _ => None,
    });
    let part = match sub {
        Some(s) if !words && s < last && v * s < last => {
            end += 1;
            (v * s, end, s)
        }
        Some(_) => return None,
        // "4 thousand three hundred": words with their own hundred.
        None if words && v >= 100.0 && v < last => (v, end, 1.0),
        // "3 hundred and 21", "4 thousand and 20"; not "5 million and 300 staff" (two figures).
        None if and && last <= 1000.0 && v < last => (v, end, 1.0),
        None => return None,
    };
    // "4 thousand and 20 per cent" is no 4,020 per cent.
    if units::percent_after(doc, end).is_some() {
        return None;
    }
    Some(part)
}

/// After a spaced "k": the end of the clause or a plural counted noun.
fn spaced_k_ok(doc: &Doc<'_>, j: usize) -> bool {
    match doc.tokens.get(j) {
        None => true,
        Some(t) if t.newlines_before > 0 || t.kind == TokKind::Punct => true,
        Some(_) => counted_noun(doc, j).is_some_and(|n| n.ends_with('s') && !n.contains(' ')),
    }
}

/// Minor units after a major amount, from token `k`: "50 cents" / "and forty-five cents" in
/// the same currency. The amount in the major unit, and the end token.
fn minor_after(ctx: &Ctx<'_, '_>, k: usize, iso: &'static str) -> Option<(f64, usize)> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let mut j = k;
    if lower(doc, j) == "and" {
        j += 1;
    }
    let t = toks.get(j).filter(|t| t.newlines_before == 0)?;
    let (v, end) = if t.kind == TokKind::Number {
        let n = numbers::numeral(t.text).filter(|n| n.integer && n.suffix.is_empty() && !n.grouped && n.int_digits <= 2)?;
        (n.value, j + 1)
    } else {
        let wn = numbers::word_number(doc, j).filter(|wn| !wn.fraction_only && wn.value < 100.0)?;
        (wn.value, wn.end)
    };
    let unit = toks.get(end).filter(|u| u.newlines_before == 0 && u.text.len() > 1)?;
    let (div, sub_iso) = money::subunit(unit.text, ctx.dollar)?;
    // Cents follow the document's dollar; "dollars" named in words are that dollar too.
    let same = sub_iso == iso || money::subunit(unit.text, money::Dollar { iso, rule: "" }).is_some_and(|(_, x)| x == iso);
    (same && v < div).then_some((v / div, end + 1))
}

/// A figure written in words at `i`: vague counts, "half", ordinals, number words and their
/// hyphenated compounds ("two-year", "third-largest").
fn word_core(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let t = &toks[i];
    let w = numbers::lower(t.text);
    // A capitalised number word in mid-sentence is part of a name: "the Big Four", "Group of
    // Seven", "Formula One", "Second World War".
    let name_like = t.is_capitalised() && !t.is_all_caps() && !doc.sentence_initial(i) && t.newlines_before == 0;
    if let Some(f) = vague_at(ctx, i) {
        return Some(f);
    }
    if w == "half" || w == "quarter" {
        return half_at(ctx, i);
    }
    if let Some(f) = compound_at(ctx, i) {
        return (!name_like).then_some(f);
    }
    if let Some(wn) = numbers::word_number(doc, i) {
        if name_like || ctx.blocked[i] {
            return None;
        }
        let mut f = Fig::new(i, i, wn.value, if wn.fraction_only { "figure.fraction" } else { "figure.number.words" });
        if wn.fraction_only {
            f.kind = FigureKind::Fraction;
            f.end = wn.end;
            // "two-thirds of a million": a fraction of a scale is a count.
            let e = wn.end;
            if lower_cow(doc, e) == "of" && matches!(&*lower_cow(doc, e + 1), "a" | "one") && toks[e + 1..(e + 3).min(toks.len())].iter().all(|t| t.newlines_before == 0) {
                if let Some(s) = toks.get(e + 2).filter(|t| t.kind == TokKind::Word && t.text.len() > 3).and_then(|t| lexicon::scale(t.text)).filter(|s| *s >= 1e3) {
                    f.kind = FigureKind::Number;
                    f.rule = "figure.number.words";
                    f.value *= s;
                    f.scale = s;
                    return Some(tail(ctx, f, e + 3));
                }
            }
            // "a quarter of a percentage point", "three-quarters percentage point".
            let of_a = lower_cow(doc, e) == "of" && lower_cow(doc, e + 1) == "a";
            if let Some((units::PercentForm::Points, end)) = units::percent_after(doc, if of_a { e + 2 } else { e }) {
                f.set_percent(units::PercentForm::Points);
                f.end = end;
                return Some(f);
            }
            // "one-half mile", "three-quarters inch".
            return Some(fraction_unit(ctx, f));
        }
        // "absolute zero", "ground zero", "zero tolerance": terms, not counts.
        if wn.words == 1 && matches!(&*w, "zero" | "nought" | "naught") && wn.end == i + 1 && (i > 0 && guard("zero_prev", toks[i - 1].text) || toks.get(i + 1).is_some_and(|n| guard("zero_next", n.text))) {
            return None;
        }
        let f = tail(ctx, f, wn.end);
        // A lone "one" is mostly a pronoun ("one of the", "the one", "one day").
        if wn.words == 1 && w == "one" && f.kind == FigureKind::Number {
            let signed = i > 0 && matches!(lower(doc, i - 1).as_str(), "minus" | "negative");
            let prev_pronoun = i > 0 && guard("one_prev", toks[i - 1].text);
            let idiom = toks.get(i + 1).is_some_and(|n| guard("one_next", n.text));
            let ratio = matches!(lower(doc, f.end).as_str(), "in" | "out");
            if !signed && (prev_pronoun || idiom || counted_noun(doc, f.end).is_none() && !ratio) {
                return None;
            }
        }
        return Some(f);
    }
    if let Some(v) = numbers::ordinal_word(&w) {
        if name_like || !ordinal_ok(ctx, i, &w) {
            return None;
        }
        let mut f = Fig::new(i, i, v, "figure.ordinal");
        f.kind = FigureKind::Ordinal;
        return Some(f);
    }
    None
}

/// Is the ordinal word at `i` an ordinal here? Not "at first,", "first of all", "for a
/// second"; not the "first half" / "third quarter" a date rule reads.
fn ordinal_ok(ctx: &Ctx<'_, '_>, i: usize, w: &str) -> bool {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let next = lower(doc, i + 1);
    let prev = if i > 0 { lower(doc, i - 1) } else { String::new() };
    let next_is_punct = toks.get(i + 1).is_none_or(|t| t.kind == TokKind::Punct);
    if matches!(next.as_str(), "half" | "quarter" | "halves" | "quarters") || guard("ordinal_idiom", &next) {
        return false;
    }
    if w == "first" && (prev == "at" && next_is_punct || next == "of" && lower(doc, i + 2) == "all" || doc.sentence_initial(i) && next == ",") {
        return false;
    }
    if w == "second" || w == "seconds" {
        // An ordinal "second" qualifies a noun ("a second term"); "wait a second." is time.
        return w == "second" && !next_is_punct && (guard("det", &prev) || toks.get(i - 1.min(i)).is_some_and(|p| i > 0 && p.possessive_len() > 0));
    }
    true
}

/// Hyphenated word compounds: "two-year" (quantity), "third-largest" (ordinal), "five-year-old".
fn compound_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let t = &ctx.doc.tokens[i];
    // Most words have no hyphen: turn them away before building anything.
    if !t.text.contains(['-', '‑']) {
        return None;
    }
    let lw = t.text.to_lowercase();
    let parts: Vec<&str> = lw.split(['-', '‑']).collect();
    if parts.len() < 2 {
        return None;
    }
    // "a quarter-point cut", "a half-point lead": a fraction of a point.
    let points = match parts.as_slice() {
        ["quarter", "point"] => Some(0.25),
        ["half", "point"] => Some(0.5),
        ["three", "quarter" | "quarters", "point"] => Some(0.75),
        _ => None,
    };
    if let Some(v) = points {
        let mut f = Fig::new(i, i, v, "figure.number.words");
        f.unit = Some("point".into());
        return Some(f);
    }
    // Ordinal then a superlative: "third-largest", "second-most-populous", "twenty-first".
    if let Some(v) = numbers::ordinal_word(parts[0]) {
        if is_superlative(&lw[parts[0].len() + 1..]) {
            let mut f = Fig::new(i, i, v, "figure.ordinal.superlative");
            f.kind = FigureKind::Ordinal;
            return Some(f);
        }
    }
    // A cardinal of one or two parts ("five", "twenty-five") then a unit or minor currency.
    for n in [2, 1] {
        if parts.len() <= n {
            continue;
        }
        let Some((v, _)) = numbers::cardinal(&parts[..n].join("-")) else { continue };
        let seg = parts[n];
        let mut f = Fig::new(i, i, v, "figure.quantity");
        if let Some(u) = units::unit_suffix(seg).filter(|u| !u.glued_only) {
            f.set_unit(u.canonical);
            return Some(f);
        }
        if let Some((div, iso)) = money::subunit(seg, ctx.dollar).filter(|_| seg.len() > 1) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.value /= div;
            f.rule = "figure.money.subunit";
            return Some(f);
        }
        if let Some(form) = units::percent_after_word(seg) {
            f.set_percent(form);
            return Some(f);
        }
        if let Some((_iso, _)) = Some(seg).and_then(|s| lexicon::CURRENCIES.after.get(s).map(|iso| (iso, ()))) {
            f.kind = FigureKind::Money;
            f.currency = Some(lexicon::CURRENCIES.after[seg]);
            f.rule = "figure.money.name";
            return Some(f);
        }
    }
    None
}

/// "half of", "more than half", "half a million", "a quarter million", "half a dozen".
fn half_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let w = lower(doc, i);
    let base = if w == "half" { 0.5 } else { 0.25 };
    let next = lower(doc, i + 1);
    // "half a million", "half a dozen", "half a percentage point".
    if next == "a" {
        if let Some((units::PercentForm::Points, end)) = units::percent_after(doc, i + 2) {
            let mut f = Fig::new(i, i, base, "figure.percent.points");
            f.set_percent(units::PercentForm::Points);
            f.end = end;
            return Some(f);
        }
        let s = match lower(doc, i + 2).as_str() {
            "dozen" => Some(12.0),
            x => lexicon::scale(x).filter(|s| *s >= 1e3 && x.len() > 3),
        };
        if let Some(s) = s {
            let mut f = Fig::new(i, i, base * s, "figure.number.words");
            f.scale = s;
            return Some(tail(ctx, f, i + 3));
        }
    }
    // "half million", "quarter million".
    if let Some(s) = lexicon::scale(&next).filter(|s| *s >= 1e3 && next.len() > 3) {
        let mut f = Fig::new(i, i, base * s, "figure.number.words");
        f.scale = s;
        return Some(tail(ctx, f, i + 2));
    }
    if w != "half" {
        return None;
    }
    // "half of", "half the", or after a hedge ("more than half"): the fraction.
    let prev = if i > 0 { lower(doc, i - 1) } else { String::new() };
    let hedged = i > 0 && HEDGES.contains(prev.as_str()) || i > 1 && HEDGES.contains(format!("{} {prev}", lower(doc, i - 2)).as_str());
    let before_of = matches!(next.as_str(), "of" | "the" | "its" | "their" | "his" | "her" | "our" | "all" | "them");
    let after_ordinal = numbers::ordinal_word(&prev).is_some() || matches!(prev.as_str(), "the" | "this" | "last" | "next" | "in");
    if (before_of || hedged) && !after_ordinal && toks[i].newlines_before == 0 {
        let mut f = Fig::new(i, i, 0.5, "figure.fraction");
        f.kind = FigureKind::Fraction;
        return Some(f);
    }
    None
}

/// Vague counts: "dozens (of)", "hundreds of thousands", "several thousand", "a few hundred".
fn vague_at(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let w = lower_cow(doc, i);
    let (qual, j) = match &*w {
        "several" | "many" | "few" => (w.to_string(), i + 1),
        "a" if lower(doc, i + 1) == "few" => ("a few".to_owned(), i + 2),
        _ => (String::new(), i),
    };
    if j > i {
        let mut v = 1.0;
        let mut k = j;
        while let Some((s, class)) = toks.get(k).filter(|t| t.newlines_before == 0).and_then(|t| numbers::cardinal(t.text)) {
            if !matches!(class, lexicon::WordClass::Hundred | lexicon::WordClass::Scale | lexicon::WordClass::Dozen) {
                break;
            }
            v *= s;
            k += 1;
        }
        if k == j {
            return None;
        }
        let mut f = Fig::new(i, i, v, "figure.number.vague");
        f.vague = true;
        f.qualifier = Some(qual);
        return Some(tail(ctx, f, k));
    }
    let vague_first = VAGUE_FIRST.contains(&*w);
    for len in (1..=3).rev() {
        if !vague_first {
            break;
        }
        if i + len > toks.len() || toks[i + 1..i + len].iter().any(|t| t.newlines_before > 0) {
            continue;
        }
        let phrase = lower_phrase(doc, i, len);
        let Some(&v) = VAGUE.get(phrase.as_str()) else { continue };
        let next = lower(doc, i + len);
        if (phrase == "dozens" || phrase == "scores") && next != "of" {
            return None;
        }
        // "the 1990s" style plurals are dates; "Thousands" in a name is rare enough.
        let mut f = Fig::new(i, i, v, "figure.number.vague");
        f.vague = true;
        f.end = i + len;
        f.qualifier = Some(phrase);
        // "millions of dollars": vague money.
        if next == "of" {
            if let Some((iso, e)) = money::name_after(doc, i + len + 1) {
                f.kind = FigureKind::Money;
                f.currency = Some(iso);
                f.rule = "figure.money.vague";
                f.end = e;
            }
        }
        return Some(f);
    }
    None
}
