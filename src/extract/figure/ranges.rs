//! Two numbers read as one figure: ranges ("20-30", "2,000-3,000 workers", "$5-10m", "20 to
//! 30 per cent", "between 20 and 30", "from 5 to 10 per cent") and ratios ("one in five",
//! "four out of 10"), and slash fractions ("3/4").

use super::{core_at, lower_cow, Ctx, Doc, Fig};
use crate::report::FigureKind;

/// "3/4" -> 0.75. Only proper fractions with a usual denominator: "24/7", "9/11" and most
/// day/month pairs are not fractions.
pub fn slash_fraction(a: &str, b: &str) -> Option<f64> {
    let n: u32 = a.parse().ok().filter(|_| a.len() <= 2 && !a.starts_with('0'))?;
    let d: u32 = b.parse().ok().filter(|_| b.len() <= 3 && !b.starts_with('0'))?;
    let usual = matches!(d, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 16 | 20 | 32 | 40 | 64 | 100);
    (n >= 1 && n < d && usual).then(|| n as f64 / d as f64)
}

/// Join `a` and `b` (its upper end) into a range, or None when they do not fit together:
/// different currencies or units, or a low end that is not below the high end.
/// The second figure of a pair, on the same line as what comes before it.
fn second(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    if ctx.doc.tokens.get(i).is_none_or(|t| t.newlines_before > 0) {
        return None;
    }
    core_at(ctx, i)
}

fn join(mut a: Fig, b: Fig, rule: &'static str) -> Option<Fig> {
    use FigureKind::*;
    if matches!(a.kind, Ordinal | Fraction) || matches!(b.kind, Ordinal | Fraction) || a.vague || b.vague || b.qualifier.is_some() && b.qualifier.as_deref() != Some("odd") {
        return None;
    }
    let mut low = a.value;
    if a.bare() || a.kind == Money && b.kind == Number && b.currency.is_none() && b.unit.is_none() {
        // "20 to 30 per cent", "2-3 million", "$5-10m": the low end takes the high end's
        // scale when it has none of its own and stays below the high end with it.
        if a.scale == 1.0 && b.scale > 1.0 && a.value * b.scale < b.value * 1.000001 {
            low = a.value * b.scale;
        }
        if a.bare() {
            a.kind = b.kind;
            a.currency = b.currency;
            a.unit = b.unit.clone();
            if b.rule.starts_with("figure.money.dollar") || b.rule.starts_with("figure.percent.points") {
                a.rule = b.rule;
            }
        }
    } else if a.kind != b.kind || b.currency.is_some() && a.currency != b.currency || a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
        return None;
    } else {
        if a.unit.is_none() {
            a.unit = b.unit.clone();
        }
        // "$5-$6 million", "between £2 and £3bn": the low end takes the high end's scale too.
        if a.kind == Money && a.scale == 1.0 && b.scale > 1.0 && a.value * b.scale < b.value * 1.000001 {
            low = a.value * b.scale;
        }
    }
    if low >= b.value || a.year_like || b.year_like {
        return None;
    }
    if !a.rule.starts_with("figure.money.dollar") && !a.rule.starts_with("figure.percent.points") {
        a.rule = rule;
    }
    a.value = low;
    a.low = Some(low);
    a.high = Some(b.value);
    a.end = b.end;
    a.scale = b.scale;
    Some(a)
}

/// A verb or adverb of change right before token `start` (past "by"): "gained 17 cents",
/// "up $1.20", "fell by 30 pence" (the guard words' "change" group).
fn after_change(doc: &Doc<'_>, start: usize) -> bool {
    let mut k = start;
    if k > 0 && lower_cow(doc, k - 1) == "by" {
        k -= 1;
    }
    k > 0 && super::lexicon::guard_token(doc, "change", k - 1)
}

/// Whether [`extend`] may find anything after a figure ending before token `k`: only a
/// connector on the same line ("-", "–", "to", "in", "out") leads to a second figure. Most
/// figures have none, and are passed on without the range rules.
pub fn may_extend(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        t.newlines_before == 0 && (matches!(t.text, "-" | "–") || ["to", "in", "out"].iter().any(|w| t.text.eq_ignore_ascii_case(w)))
    })
}

/// After a figure: "-" / "–" / "to" and a second figure make a range; "in" / "out of" and a
/// second count make a ratio. `opened` is set inside "from X to Y", which the caller checked.
pub fn extend(ctx: &Ctx<'_, '_>, f: Fig, opened: bool) -> Fig {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let k = f.end;
    let Some(sep) = toks.get(k).filter(|t| t.newlines_before == 0) else { return f };
    let after = toks.get(k + 1);
    // "from" before the figure: asked only before "to" (most figures have no range after).
    let after_from = || f.start > 0 && lower_cow(doc, f.start - 1) == "from";
    // "20-30", "2,000-3,000": a hyphen glued on both sides; an en dash may be spaced.
    let dash = (sep.text == "-" && !sep.space_before && after.is_some_and(|a| !a.space_before)) || sep.text == "–";
    if dash {
        if let Some(r) = second(ctx, k + 1).and_then(|b| join(f.clone(), b, "figure.range")) {
            return r;
        }
    }
    // "8- to 16-metre", "a 10- to 15-storey block": the first unit left to the second.
    if sep.text == "-" && !sep.space_before && after.is_some_and(|a| a.space_before && a.text.eq_ignore_ascii_case("to")) && f.bare() {
        if let Some(r) = second(ctx, k + 2).filter(|b| b.unit.is_some() || b.kind != FigureKind::Number).and_then(|b| join(f.clone(), b, "figure.range")) {
            return r;
        }
    }
    // "20 to 30 per cent"; not "rose from 5 to 10" (two figures: a change), handled by from_to;
    // nor "gained 17 cents to $78.01" (an amount of change and the price it reached: after a
    // verb of change an amount of money is the change; "rose 20 to 30 per cent" is a range).
    let price_change = || f.kind == FigureKind::Money && after_change(doc, f.start);
    if sep.text.eq_ignore_ascii_case("to") && (opened || !after_from()) && !price_change() {
        if let Some(r) = second(ctx, k + 1).and_then(|b| join(f.clone(), b, "figure.range")) {
            return r;
        }
    }
    // "rose from 5 to 10 per cent", "from 3 to 4.5 million": the before of a change, written
    // bare, is in the after's unit and scale.
    // "from $5 to $6 million": the scale only.
    let same_money = f.kind == FigureKind::Money && f.scale == 1.0 && f.low.is_none() && f.value < 1000.0;
    if sep.text.eq_ignore_ascii_case("to") && !opened && after_from() && same_money {
        if let Some(b) = second(ctx, k + 1).filter(|b| b.kind == FigureKind::Money && b.currency == f.currency && b.scale > 1.0 && b.low.is_none()) {
            let mut a = f.clone();
            a.value *= b.scale;
            a.scale = b.scale;
            return a;
        }
    }
    if sep.text.eq_ignore_ascii_case("to") && !opened && after_from() && f.bare() && !f.year_like {
        if let Some(b) = second(ctx, k + 1).filter(|b| !b.year_like && b.low.is_none() && matches!(b.kind, FigureKind::Number | FigureKind::Percent | FigureKind::Money | FigureKind::Quantity) && !b.vague) {
            let mut a = f.clone();
            if b.scale > 1.0 && a.value < 1000.0 {
                a.value *= b.scale;
                a.scale = b.scale;
            }
            if b.kind != FigureKind::Number || b.scale > 1.0 {
                a.kind = b.kind;
                a.currency = b.currency;
                a.unit = b.unit.clone();
                if b.kind != FigureKind::Number {
                    a.rule = b.rule;
                }
            }
            return a;
        }
    }
    // Ratios: "one in five", "four out of 10".
    let (is_ratio, b_at) = match &*lower_cow(doc, k) {
        "in" => (true, k + 1),
        "out" if lower_cow(doc, k + 1) == "of" => (true, k + 2),
        _ => (false, k),
    };
    if is_ratio && f.bare() && f.value >= 1.0 && f.value.fract() == 0.0 && !opened {
        if let Some(b) = second(ctx, b_at).filter(|b| b.bare() && !b.year_like && b.value >= 2.0 && b.value.fract() == 0.0 && b.value >= f.value) {
            let mut r = f.clone();
            r.kind = FigureKind::Fraction;
            r.value = f.value / b.value;
            r.end = b.end;
            r.rule = "figure.fraction.ratio";
            return r;
        }
    }
    f
}

fn lexicon_change(w: &str) -> bool {
    super::lexicon::guard("change", w)
}

/// "between 20 and 30", "between $5m and $10m": the range with "between" in the span.
pub fn between(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let a = second(ctx, i + 1)?;
    if lower_cow(ctx.doc, a.end) != "and" {
        return None;
    }
    let b = second(ctx, a.end + 1)?;
    let mut r = join(a, b, "figure.range")?;
    r.start = i;
    Some(r)
}

/// "from 5 to 10 per cent": one range, unless a verb of change comes first ("rose from 5 to
/// 10 per cent" is two figures, a before and an after).
pub fn from_to(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    if i > 0 && lexicon_change(&lower_cow(ctx.doc, i - 1)) {
        return None;
    }
    let a = second(ctx, i + 1)?;
    if lower_cow(ctx.doc, a.end) != "to" {
        return None;
    }
    let b = second(ctx, a.end + 1)?;
    let mut r = join(a, b, "figure.range")?;
    r.start = i;
    Some(r)
}
