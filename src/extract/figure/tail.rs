//! What follows a number: scale words, per cent words, currency names and minor units, units
//! of measure, feet and inches, rates after a slash, cents read out.

use super::*;

/// What follows the number from token `k`: a scale word, per cent words, a currency name or
/// minor unit, or a unit of measure.
pub(super) fn tail(ctx: &Ctx<'_, '_>, mut f: Fig, mut k: usize) -> Fig {
    let doc = ctx.doc;
    let toks = &doc.tokens;
    let same_line = |j: usize| toks.get(j).is_some_and(|t| t.newlines_before == 0);
    // Scale after the number: "2.6 billion", "£1.5 m", "322 hundred".
    let mut word_scale = None;
    // The roles of the word right after the number, asked once: the scale and the unit steps
    // below both ask them when no scale was read.
    let (after_number, roles_after_number) = (k, std::cell::OnceCell::new());
    let roles_at = |j: usize| if j == after_number { *roles_after_number.get_or_init(|| follow::roles(doc, j)) } else { follow::roles(doc, j) };
    if f.scale == 1.0 && matches!(f.kind, FigureKind::Number | FigureKind::Money) && same_line(k) {
        let w = toks[k].text;
        let spelled = w.len() > 3;
        let scale = if roles_at(k) & follow::SCALE != 0 { lexicon::scale_at(doc, k) } else { None };
        if let Some(s) = scale.filter(|_| spelled || f.kind == FigureKind::Money || (w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase()))) {
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
    if f.scale >= 1e3 && lower_cow(doc, k) == "and" && matches!(&*lower_cow(doc, k + 1), "a" | "an") {
        if let Some((v, e)) = numbers::fraction_words(doc, k + 1).filter(|&(_, e)| lower_cow(doc, e) != "of" && same_line(e - 1)) {
            f.value += v * f.scale;
            k = e;
        }
    }
    if f.kind == FigureKind::Number {
        // Which lists the word may be in, asked once: most words are in none.
        let roles = roles_at(k);
        if let Some((form, e)) = units::percent_after(doc, k) {
            f.set_percent(form);
            k = e;
        } else if let Some(e) = pounds_of_weight(doc, &f, k) {
            f.set_unit("lb");
            k = e;
        } else if let Some((iso, e)) = (roles & follow::CURRENCY_NAME != 0).then(|| money::name_after(doc, k)).flatten() {
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
        } else if let Some(iso) = toks.get(k).filter(|t| t.kind == TokKind::Word && same_line(k) && matches!(&*lower_cow(doc, k + 1), "cents" | "cent") && same_line(k + 1)).and_then(|t| money::dollar_prefix(t.text)) {
            // "85 HK cents", "9.5 U.S. cents": cents of a named dollar.
            f.kind = FigureKind::Money;
            f.currency = Some(iso);
            f.value /= 100.0;
            f.rule = "figure.money.subunit";
            k += 2;
        } else if let Some((div, iso)) = toks.get(k).filter(|t| t.text.len() > 1 && same_line(k)).filter(|_| roles & follow::MINOR_UNIT != 0).and_then(|_| money::subunit_at(doc, k, ctx.dollar())) {
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
            let dollar = ctx.dollar();
            f.currency = Some(dollar.iso);
            f.rule = dollar.rule;
            k += 1;
        } else if let Some(e) = inch_before_dimension(doc, k) {
            // "2 in thick": "in" is inches only before a word of dimension.
            f.set_unit("inch");
            k = e;
        } else if let Some((u, e)) = (roles & follow::UNIT != 0).then(|| units::unit_after(doc, k)).flatten() {
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
    // "$78 a barrel", "$38.50 per share", "$15 an hour": a price per unit, which stays out of
    // the span as a counted noun does ("45,000 homes"); not "$5 billion a year earlier".
    if f.kind == FigureKind::Money && f.unit.is_none() && same_line(k) && same_line(k + 1) && matches!(&*lower_cow(doc, k), "a" | "an" | "per") {
        let noun = toks.get(k + 1).filter(|t| t.kind == TokKind::Word).and_then(|_| crate::lexicon::rate_noun(&lower_cow(doc, k + 1)));
        let time_phrase = matches!(&*lower_cow(doc, k + 2), "earlier" | "ago" | "later" | "before" | "after" | "previously");
        if let Some(noun) = noun.filter(|_| !time_phrase) {
            f.unit = Some(format!("per {noun}"));
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
    if lower_cow(doc, j) == "and" {
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
    let (div, sub_iso) = money::subunit(unit.text, ctx.dollar())?;
    // Cents follow the document's dollar; "dollars" named in words are that dollar too.
    let same = sub_iso == iso || money::subunit(unit.text, money::Dollar { iso, rule: "" }).is_some_and(|(_, x)| x == iso);
    (same && v < div).then_some((v / div, end + 1))
}
