//! Figures written in words: number words and their compounds ("two-year", "third-largest"),
//! ordinals, "half", vague counts ("dozens of").

use super::*;

/// A figure written in words at `i`: vague counts, "half", ordinals, number words and their
/// hyphenated compounds ("two-year", "third-largest").
pub(super) fn word_core(ctx: &Ctx<'_, '_>, i: usize) -> Option<Fig> {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let t = &toks[i];
    let w = lower_cow(doc, i);
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
        if wn.words == 1 && matches!(&*w, "zero" | "nought" | "naught") && wn.end == i + 1 && (i > 0 && guard_token(doc, "zero_prev", i - 1) || i + 1 < toks.len() && guard_token(doc, "zero_next", i + 1)) {
            return None;
        }
        let f = tail(ctx, f, wn.end);
        // A lone "one" is mostly a pronoun ("one of the", "the one", "one day").
        if wn.words == 1 && w == "one" && f.kind == FigureKind::Number {
            let signed = i > 0 && matches!(&*lower_cow(doc, i - 1), "minus" | "negative");
            let prev_pronoun = i > 0 && guard_token(doc, "one_prev", i - 1);
            let idiom = i + 1 < toks.len() && guard_token(doc, "one_next", i + 1);
            let ratio = matches!(&*lower_cow(doc, f.end), "in" | "out");
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
    let next = lower_cow(doc, i + 1);
    let prev = if i > 0 { lower_cow(doc, i - 1) } else { std::borrow::Cow::default() };
    let next_is_punct = toks.get(i + 1).is_none_or(|t| t.kind == TokKind::Punct);
    if matches!(&*next, "half" | "quarter" | "halves" | "quarters") || guard("ordinal_idiom", &next) {
        return false;
    }
    if w == "first" && (prev == "at" && next_is_punct || next == "of" && lower_cow(doc, i + 2) == "all" || doc.sentence_initial(i) && next == ",") {
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
    // Most words have no hyphen: turn them away before building anything. The opener says
    // which bytes the token holds: no ASCII hyphen and no non-ASCII byte (the non-breaking
    // hyphen "‑" is one) is no hyphen, with no search of its characters.
    let shape = ctx.doc.openers()[i].shape;
    if !shape.hyphen && !shape.non_ascii || !t.text.contains(['-', '‑']) {
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
        if let Some((div, iso)) = money::subunit(seg, ctx.dollar()).filter(|_| seg.len() > 1) {
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
        if let Some(&iso) = lexicon::CURRENCIES.after.get(seg) {
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
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
    let w = lower_cow(doc, i);
    let base = if w == "half" { 0.5 } else { 0.25 };
    let next = lower_cow(doc, i + 1);
    // "half a million", "half a dozen", "half a percentage point".
    if next == "a" {
        if let Some((units::PercentForm::Points, end)) = units::percent_after(doc, i + 2) {
            let mut f = Fig::new(i, i, base, "figure.percent.points");
            f.set_percent(units::PercentForm::Points);
            f.end = end;
            return Some(f);
        }
        let s = match &*lower_cow(doc, i + 2) {
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
    let prev = if i > 0 { lower_cow(doc, i - 1) } else { std::borrow::Cow::default() };
    let hedged = i > 0 && HEDGES.contains(&*prev) || i > 1 && HEDGES.contains(format!("{} {prev}", lower_cow(doc, i - 2)).as_str());
    let before_of = matches!(&*next, "of" | "the" | "its" | "their" | "his" | "her" | "our" | "all" | "them");
    let after_ordinal = numbers::ordinal_word(&prev).is_some() || matches!(&*prev, "the" | "this" | "last" | "next" | "in");
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
        "a" if lower_cow(doc, i + 1) == "few" => ("a few".to_owned(), i + 2),
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
        let next = lower_cow(doc, i + len);
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
