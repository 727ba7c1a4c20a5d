//! Money: currency signs and letter prefixes before the amount ("US$1.2", "HK$ 10", "£5",
//! "Rs 500", "USD 200"), currency names and codes after it ("7 million yuan", "500 USD"),
//! minor units ("50 cents", "50p"), and which dollar a bare "$" is.

use super::lexicon::{CURRENCIES, DOLLAR_PLACES, SUBUNITS};
use crate::extract::Doc;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;
use crate::tokens::TokKind;

/// Which currency a bare "$" means in this document, and the rule that decided it.
#[derive(Debug, Clone, Copy)]
pub struct Dollar {
    pub iso: &'static str,
    pub rule: &'static str,
}

/// A currency written before the amount.
#[derive(Debug, Clone, Copy)]
pub struct Prefix<'a> {
    /// First token of the figure (the prefix).
    pub start: usize,
    /// Token holding the digits.
    pub num: usize,
    /// The digits and what follows them in that token ("1.2bn").
    pub digits: &'a str,
    pub iso: &'static str,
    pub rule: &'static str,
}

/// The dollar of a document: a local dollar when the text writes one kind of prefixed local
/// dollar (HK$, S$, A$, ...) and never US$, or when its dateline is a dollar place
/// ("HONG KONG (Reuters) -"); the US dollar otherwise.
pub fn document_dollar(doc: &Doc<'_>) -> Dollar {
    let toks = &doc.tokens;
    let mut local: Option<&'static str> = None;
    let mut several = false;
    let mut us = false;
    for i in dollar_tokens(doc) {
        let t = &toks[i];
        // A byte search: "$" is one byte and no other character contains it.
        let Some(dollar_at) = t.text.bytes().position(|b| b == b'$') else { continue };
        let mut form = t.text[..=dollar_at].to_owned();
        if dollar_at == 0 && i > 0 && !t.space_before && toks[i - 1].kind == TokKind::Word {
            form = format!("{}$", toks[i - 1].text);
        }
        match CURRENCIES.before.get(form.as_str()) {
            Some(&"USD") => us = true,
            Some(&iso) => {
                if local.is_some_and(|l| l != iso) {
                    several = true;
                }
                local = Some(iso);
            }
            None => {}
        }
    }
    if let (Some(iso), false, false) = (local, several, us) {
        return Dollar { iso, rule: "figure.money.dollar_from_context" };
    }
    if let Some(iso) = dateline_dollar(doc) {
        return Dollar { iso, rule: "figure.money.dollar_from_dateline" };
    }
    Dollar { iso: "USD", rule: "figure.money.dollar_default_usd" }
}

/// The tokens holding a "$", in order, each once: found from the signs in the text (most texts
/// hold none, and those that do hold few), not by a look at every token.
fn dollar_tokens<'d>(doc: &'d Doc<'_>) -> impl Iterator<Item = usize> + 'd {
    let toks = &doc.tokens;
    let mut last = None;
    doc.text.match_indices('$').filter_map(move |(at, _)| {
        // The tokens are in text order and do not overlap: the first ending after the sign.
        let i = toks.partition_point(|t| t.end() <= at);
        let new_token = toks.get(i).is_some_and(|t| t.start() <= at) && last != Some(i);
        if new_token {
            last = Some(i);
        }
        new_token.then_some(i)
    })
}

/// Whether a "¥" in this document is the Chinese yuan rather than the Japanese yen: the text
/// names the yuan (yuan, renminbi, RMB, CNY) and never the yen (yen, JPY).
pub fn yen_sign_is_yuan(doc: &Doc<'_>) -> bool {
    let mut yuan = false;
    for t in &doc.tokens {
        let w = t.stem();
        if ["yen", "jpy"].iter().any(|y| w.eq_ignore_ascii_case(y)) {
            return false;
        }
        if ["yuan", "renminbi", "rmb", "cny"].iter().any(|y| w.eq_ignore_ascii_case(y)) || w.starts_with("RMB") || w.starts_with("Rmb") {
            yuan = true;
        }
    }
    yuan
}

/// A dateline in the first lines: a dollar place at the start of a line, in capitals or
/// followed by "(", ",", or a dash ("SYDNEY (Reuters) -", "Hong Kong, March 3 -").
fn dateline_dollar(doc: &Doc<'_>) -> Option<&'static str> {
    let toks = &doc.tokens;
    let mut lines = 0;
    for i in 0..toks.len() {
        if i > 0 && toks[i].newlines_before == 0 {
            continue;
        }
        lines += 1;
        if lines > 6 {
            break;
        }
        // Every place's name starts with a listed first word: most lines are turned away on
        // their first token before any phrase is built.
        if !may_open_phrase_at(doc, i, toks[i].text, &DOLLAR_PLACE_FIRST_WORDS) {
            continue;
        }
        for len in [2, 1] {
            if i + len >= toks.len() {
                continue;
            }
            let words: Vec<&str> = toks[i..i + len].iter().map(|t| t.text).collect();
            let key = words.join(" ").to_lowercase();
            let Some(&iso) = DOLLAR_PLACES.get(key.as_str()) else { continue };
            let caps = toks[i..i + len].iter().all(|t| t.is_all_caps());
            let next = toks[i + len].text;
            if caps || matches!(next, "(" | "," | "-" | "—" | "–") {
                return Some(iso);
            }
        }
    }
    None
}

/// The first words of the dollar places ("hong" of "hong kong").
static DOLLAR_PLACE_FIRST_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| DOLLAR_PLACES.keys().map(|k| first_word(k)).collect());

/// The first words of the currency names and codes written after an amount ("australian" of
/// "australian dollars").
static AFTER_FIRST_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| CURRENCIES.after.keys().map(|k| first_word(k.as_str())).collect());

/// The first words of the currency names and codes written after an amount.
pub(super) fn after_first_words() -> impl Iterator<Item = &'static str> {
    AFTER_FIRST_WORDS.iter().copied()
}

fn first_word(phrase: &str) -> &str {
    phrase.split(' ').next().unwrap_or(phrase)
}

/// Whether the lower case of a phrase whose first word is `first` may be one whose first
/// word is in `first_words`: false only when `first` is plain ASCII without a space and its
/// lower case is no such word (the lower case of the phrase then starts with it). `first` is
/// token `k`'s text or the start of it (its stem), so its lower case is the document's.
fn may_open_phrase_at(doc: &Doc<'_>, k: usize, first: &str, first_words: &FxHashSet<&'static str>) -> bool {
    if !first.is_ascii() || first.contains(' ') {
        return true;
    }
    first_words.contains(&doc.ascii_lower(k)[..first.len()])
}

fn before_form(form: &str) -> Option<&'static str> {
    CURRENCIES.before.get(form).copied()
}

/// The longest currency form that starts `text` and is directly followed by a digit:
/// "US$1.2" -> ("US$", "1.2"), "Rs500", "€250", "$5". A bare "$" gives the document's dollar.
fn split_glued(text: &str, dollar: impl Fn() -> Dollar) -> Option<(&'static str, &'static str, usize)> {
    // By bytes: an ASCII digit is a character of its own, and no character need be decoded.
    let digit_at = text.bytes().position(|b| b.is_ascii_digit())?;
    if digit_at == 0 {
        return None;
    }
    let form = &text[..digit_at];
    if form == "$" {
        let dollar = dollar();
        return Some((dollar.iso, dollar.rule, digit_at));
    }
    let iso = before_form(form)?;
    Some((iso, "figure.money.prefix", digit_at))
}

fn starts_with_digit(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// A currency written before the number, starting at token `i`; `dollar` gives the
/// document's dollar, asked only of an amount in "$".
pub fn prefix_at<'a>(doc: &Doc<'a>, i: usize, dollar: impl Fn() -> Dollar) -> Option<Prefix<'a>> {
    let toks = &doc.tokens;
    let t = &toks[i];
    let next = toks.get(i + 1);
    let same_line = |j: usize| toks.get(j).is_some_and(|n| n.newlines_before == 0);
    // "US$1.2", "£5", "$5", "Rs500", "USD115": one token.
    if let Some((iso, rule, at)) = split_glued(t.text, &dollar) {
        return Some(Prefix { start: i, num: i, digits: &t.text[at..], iso, rule });
    }
    // "Can$5" / "Mex$10": letters glued to a "$5" token.
    if t.kind == TokKind::Word {
        if let Some(n) = next.filter(|n| !n.space_before && n.text.starts_with('$') && starts_with_digit(&n.text[1..])) {
            if let Some(iso) = before_form(&format!("{}$", t.text)).or_else(|| before_form(&format!("{}$", t.text.to_uppercase()))) {
                return Some(Prefix { start: i, num: i + 1, digits: &n.text[1..], iso, rule: "figure.money.prefix" });
            }
        }
    }
    // "$ 75", "£ 8.10", "€ 2", "USD 22.5", "Rs 500", "RMB 10": a sign or code, then the number.
    if let Some(n) = next.filter(|n| n.kind == TokKind::Number && starts_with_digit(n.text) && same_line(i + 1)) {
        if t.text == "$" {
            let dollar = dollar();
            return Some(Prefix { start: i, num: i + 1, digits: n.text, iso: dollar.iso, rule: dollar.rule });
        }
        let form = t.text;
        // Codes and abbreviations only as written ("USD", "Rs"), never a plain word ("won").
        if let Some(iso) = before_form(form).filter(|_| t.kind != TokKind::Word || form.chars().next().is_some_and(char::is_uppercase)) {
            return Some(Prefix { start: i, num: i + 1, digits: n.text, iso, rule: "figure.money.prefix" });
        }
    }
    // "HK$ 10", "C$ 16.4", "us $ 150", "c $ 300", "usd$ 15": letters, a "$" token, the number.
    if t.kind == TokKind::Word && t.text.len() <= 4 {
        let dollar_tok = next.filter(|n| n.text == "$" && same_line(i + 1))?;
        let num = toks.get(i + 2).filter(|n| n.kind == TokKind::Number && starts_with_digit(n.text) && same_line(i + 2))?;
        // Spaced lower-case prefixes only in pre-tokenised text where "$" stands apart from the
        // number as well; "a"/"s" are an article and a possessive there, not dollars.
        let glued = !dollar_tok.space_before;
        if !glued && (!num.space_before || matches!(t.text, "a" | "s" | "A" | "S")) {
            return None;
        }
        let form = format!("{}$", t.text.trim_end_matches('.'));
        // "u.s $": the dotted prefix in lower case.
        let iso = before_form(&form).or_else(|| before_form(&form.to_uppercase())).or_else(|| before_form(&form.replace('.', "").to_uppercase()))?;
        return Some(Prefix { start: i, num: i + 2, digits: num.text, iso, rule: "figure.money.prefix" });
    }
    None
}

/// A currency name or code after the amount, starting at token `k`: (ISO, end token).
/// Names match in any case ("yuan", "Australian dollars"); codes only in capitals ("USD").
pub fn name_after(doc: &Doc<'_>, k: usize) -> Option<(&'static str, usize)> {
    let toks = &doc.tokens;
    if k >= toks.len() || !may_open_phrase_at(doc, k, toks[k].stem(), &AFTER_FIRST_WORDS) {
        return None;
    }
    let max = CURRENCIES.after_max_words;
    // The phrase of each length and its lower case, written into two strings kept across the
    // lengths tried.
    let (mut form, mut lower) = (String::new(), String::new());
    for len in (1..=max).rev() {
        if k + len > toks.len() || toks[k..k + len].iter().any(|t| t.kind != TokKind::Word || t.newlines_before > 0) {
            continue;
        }
        form.clear();
        for (n, t) in toks[k..k + len].iter().enumerate() {
            if n > 0 {
                form.push(' ');
            }
            form.push_str(t.stem());
        }
        lower.clear();
        if form.is_ascii() {
            lower.push_str(&form);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&form.to_lowercase());
        }
        let Some(&iso) = CURRENCIES.after.get(lower.as_str()) else { continue };
        let is_code = form.len() == 3 && form.chars().all(|c| c.is_ascii_alphabetic()) && CURRENCIES.before.contains_key(form.to_uppercase().as_str());
        if is_code && form != form.to_uppercase() && !CURRENCIES.lowercase_codes.contains(form.as_str()) {
            continue;
        }
        return Some((iso, k + len));
    }
    None
}

/// A currency code glued after the digits: "115USD".
pub fn code_suffix(suffix: &str) -> Option<&'static str> {
    (suffix.len() == 3 && suffix.chars().all(|c| c.is_ascii_uppercase())).then(|| CURRENCIES.after.get(suffix.to_lowercase().as_str()).copied()).flatten()
}

/// A minor unit ("cents", "pence", "p"): (divisor, ISO), the dollar kind taken from `dollar`.
pub fn subunit(word: &str, dollar: Dollar) -> Option<(f64, &'static str)> {
    let (div, iso) = crate::lexicon::with_lower(word, |w| SUBUNITS.get(w).copied())?;
    Some((div, if iso == "dollar" { dollar.iso } else { iso }))
}

/// [`subunit`] of token `k`'s text, lower-cased as the document holds it for ASCII: asked
/// after every number.
pub fn subunit_at(doc: &Doc<'_>, k: usize, dollar: Dollar) -> Option<(f64, &'static str)> {
    let text = doc.tokens[k].text;
    if !text.is_ascii() {
        return subunit(text, dollar);
    }
    let (div, iso) = SUBUNITS.get(doc.ascii_lower(k)).copied()?;
    Some((div, if iso == "dollar" { dollar.iso } else { iso }))
}

/// A currency sign written after the amount, continental style: "10 €", "15€".
pub fn sign_after(text: &str) -> Option<&'static str> {
    (text != "$" && text.chars().count() == 1).then(|| before_form(text)).flatten()
}

/// A currency code with "M" for million before it, as Nordic and corporate reports write it:
/// "MSEK", "MEUR", "MUSD". The ISO code.
pub fn mega_code(text: &str) -> Option<&'static str> {
    let code = text.strip_prefix('M').filter(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()))?;
    let iso = CURRENCIES.before.get(code).copied().filter(|iso| *iso == code)?;
    Some(iso)
}

/// A dollar named by its place before "cents": "HK" -> HKD, "U.S." / "US" -> USD.
pub fn dollar_prefix(word: &str) -> Option<&'static str> {
    if word.chars().count() > 4 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    before_form(&format!("{word}$")).or_else(|| before_form(&format!("{}$", word.trim_end_matches('.'))))
}
