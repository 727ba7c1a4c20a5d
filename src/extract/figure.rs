//! Figures: numbers in digits and words, scales ("2.6 billion", "3.5bn"), fractions
//! ("one-third"), percentages, money, with a hedge ("over 30") and the counted noun.

use super::{Doc, Found};
use crate::report::{number_value, FigureDetails, FigureKind, MentionType};
use crate::tokens::TokKind;

/// Value of a number word ("three", "twenty", "dozen").
pub fn word_number(w: &str) -> Option<f64> {
    let v = match w.to_lowercase().as_str() {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "dozen" => 12.0,
        _ => return None,
    };
    Some(v)
}

/// Multiplier of a scale word ("billion", "bn", "m").
pub fn scale(w: &str) -> Option<f64> {
    let v = match w {
        "thousand" | "k" => 1e3,
        "million" | "mn" | "m" | "mln" => 1e6,
        "billion" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    };
    Some(v)
}

fn fraction(w: &str) -> Option<f64> {
    let (num, den) = w.split_once('-')?;
    let n = word_number(num).or_else(|| (num == "a").then_some(1.0))?;
    let d = match den.trim_end_matches('s') {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "eighth" => 8.0,
        "tenth" => 10.0,
        _ => return None,
    };
    Some(n / d)
}

/// Hedges before a figure: one or two words.
fn hedge_before(doc: &Doc<'_>, i: usize) -> Option<(usize, String)> {
    let w1 = if i >= 1 { doc.tokens[i - 1].text.to_lowercase() } else { return None };
    let w2 = if i >= 2 { doc.tokens[i - 2].text.to_lowercase() } else { String::new() };
    let two = format!("{w2} {w1}");
    if matches!(two.as_str(), "more than" | "less than" | "fewer than" | "at least" | "up to" | "as many as" | "as much as" | "at most") {
        return Some((2, two));
    }
    if matches!(w1.as_str(), "about" | "around" | "roughly" | "nearly" | "almost" | "over" | "under" | "approximately" | "some") {
        return Some((1, w1));
    }
    None
}

fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    cleaned.parse().ok()
}

pub fn extract(doc: &Doc<'_>, out: &mut Vec<Found>) {
    let toks = &doc.tokens;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let (mut value, mut kind, mut end) = if t.kind == TokKind::Number && t.text.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            let raw = t.text.trim_end_matches('%');
            match parse_digits(raw) {
                Some(v) => (v, if t.text.ends_with('%') { FigureKind::Percent } else { FigureKind::Number }, i + 1),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if let Some(v) = word_number(t.text) {
            (v, FigureKind::Number, i + 1)
        } else if let Some(v) = fraction(&t.text.to_lowercase()) {
            (v, FigureKind::Fraction, i + 1)
        } else {
            i += 1;
            continue;
        };
        // Lone "one" is mostly a pronoun ("one of the ...").
        if t.text.eq_ignore_ascii_case("one") && toks.get(i + 1).is_none_or(|n| n.text == "of" || n.kind != TokKind::Word) {
            i += 1;
            continue;
        }
        if let Some(s) = toks.get(end).and_then(|n| scale(n.text)) {
            value *= s;
            end += 1;
        }
        if kind == FigureKind::Number {
            match (toks.get(end).map(|t| t.text), toks.get(end + 1).map(|t| t.text)) {
                (Some("per"), Some("cent")) => {
                    kind = FigureKind::Percent;
                    end += 2;
                }
                (Some("percent"), _) => {
                    kind = FigureKind::Percent;
                    end += 1;
                }
                _ => {}
            }
        }
        let mut f = Found::new(doc, MentionType::Figure, i..end, "figure.number");
        let mut qualifier = None;
        if let Some((n, q)) = hedge_before(doc, i) {
            let hedged = Found::new(doc, MentionType::Figure, i - n..end, "figure.number");
            f = hedged;
            qualifier = Some(q);
        }
        // The counted noun: a lower-case word after a plain count ("2.6 billion people").
        let unit = (kind == FigureKind::Number)
            .then(|| toks.get(end))
            .flatten()
            .filter(|n| n.is_word() && n.text.chars().all(|c| c.is_lowercase() || c == '-') && !matches!(n.text, "of" | "and" | "to" | "in" | "the" | "a" | "per" | "for" | "or"))
            .map(|n| {
                let and_more = toks.get(end + 1).is_some_and(|a| a.text == "and")
                    && toks.get(end + 2).is_some_and(|b| b.is_word() && b.text.ends_with('s') && b.text.chars().all(char::is_lowercase));
                if and_more { format!("{} and {}", n.text, toks[end + 2].text) } else { n.text.to_owned() }
            });
        f.rule = match kind {
            FigureKind::Percent => "figure.percent",
            FigureKind::Fraction => "figure.fraction",
            _ => "figure.number",
        };
        f.value = number_value(if kind == FigureKind::Fraction { (value * 10000.0).round() / 10000.0 } else { value });
        f.figure = Some(FigureDetails { figure_kind: kind, low: None, high: None, unit, currency: None, qualifier });
        f.priority = 1;
        out.push(f);
        i = end;
    }
}
