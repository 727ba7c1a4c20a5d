//! Numbers that are not figures: phone numbers and codes, times of day, list numbering, ZIP
//! codes, scores, seasons ("2013-14"), "24/7" and "9/11", and labels ("Article 23",
//! "Boeing 737", "Channel 4"). Years and dates are the date extractor's; these guards only
//! keep their leftovers out.

use super::lexicon::{guard, guard_token, IDENTIFIER_WORDS};
use super::numbers::numeral;
use crate::extract::date::{month_number, weekday_number};
use crate::extract::Doc;
use crate::tokens::{TokKind, Token};

fn is_digits(t: &Token<'_>) -> bool {
    t.kind == TokKind::Number && t.text.bytes().all(|b| b.is_ascii_digit())
}

fn glued(toks: &[Token<'_>], j: usize) -> bool {
    toks.get(j).is_some_and(|t| !t.space_before)
}

/// A plausible year: four digits 1000-2199 without separators.
pub fn year_like(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) && matches!(text.parse::<u32>(), Ok(1000..=2199))
}

/// Mark tokens that can never start or be part of a figure.
pub fn blocked(doc: &Doc<'_>) -> Vec<bool> {
    let toks = &doc.tokens;
    let n = toks.len();
    let mut blocked = vec![false; n];
    let mut i = 0;
    while i < n {
        // Only numbers are read: the words and marks between them are passed over in one run.
        i += toks[i..].iter().take_while(|t| t.kind != TokKind::Number).count();
        if i >= n {
            break;
        }
        let t = &toks[i];
        // Digit runs joined by separators: "020 7946 0958", "+1-222-555-0100", "5/17/2018",
        // "10:30", "1-800-555-0199". Spaced thousands ("1 234 567") are numbers, not runs.
        // Plain digits: asked by several guards below, read once.
        let digits = is_digits(t);
        let (run_end, groups, seps) = digit_run(toks, i, digits);
        if groups >= 2 {
            let spaced_thousands = seps.all_spaces
                && toks[i].text.len() <= 3
                && toks[i + 1..run_end].iter().all(|t| t.text.len() == 3);
            let time = seps.first == ':';
            let zero_group = toks[i..run_end].iter().any(|t| is_digits(t) && t.text.len() > 1 && t.text.starts_with('0'));
            let opened = i > 0 && matches!(toks[i - 1].text, "+" | "(") && !toks[i].space_before;
            // "2 1/4": a whole number and a fraction.
            let mixed = seps.is_space_then_slash() && super::ranges::slash_fraction(toks[run_end - 3].text, toks[run_end - 1].text).is_some();
            let phone_like = !spaced_thousands && !mixed && (time || groups >= 3 || zero_group || opened);
            let mut block = phone_like;
            if groups == 2 && !phone_like {
                let (a, b) = (toks[i].text, toks[run_end - 1].text);
                let sep = seps.first;
                // Seasons and fiscal years: "2013-14", "2013/14", "1990-2000".
                let season = year_like(a) && (b.len() == 2 || year_like(b)) && matches!(sep, '-' | '/' | '–');
                // "24/7", "9/11", "5/17": a slash pair that is no fraction (see the fraction rule).
                let slash = sep == '/' && super::ranges::slash_fraction(a, b).is_none();
                // Scores and votes: "won 2-1", "a 5-4 vote", "drew 1-1".
                let (va, vb) = (a.parse::<f64>().unwrap_or(0.0), b.parse::<f64>().unwrap_or(0.0));
                let score_word = i > 0 && guard_token(doc, "score", i - 1) || i > 1 && guard_token(doc, "score", i - 2);
                let score = matches!(sep, '-' | '–') && a.len() <= 3 && b.len() <= 3 && (va >= vb || score_word) && !is_unit_or_scale_after(toks, run_end);
                block = season || slash || score;
            }
            if block {
                for b in blocked.iter_mut().take(run_end).skip(i) {
                    *b = true;
                }
                i = run_end;
                continue;
            }
            if spaced_thousands || mixed {
                i = run_end;
                continue;
            }
        }
        // Catalogue designations: the "6663" of "J1149.5+6663".
        if i > 1 && toks[i - 1].text == "+" && !t.space_before && !toks[i - 1].space_before && matches!(toks[i - 2].kind, TokKind::Word | TokKind::Number) {
            blocked[i] = true;
        }
        // Exponents: the "6" of "10^6", the "3" of "1e-3" and "10^-3".
        if i > 0 && toks[i - 1].text == "^" && !t.space_before {
            blocked[i] = true;
        }
        if i > 1 && matches!(toks[i - 1].text, "-" | "+" | "−") && !t.space_before && !toks[i - 1].space_before && (toks[i - 2].kind == TokKind::Number && toks[i - 2].text.ends_with(['e', 'E']) || toks[i - 2].text == "^") {
            blocked[i] = true;
        }
        // Scientific notation, "2.48×10−5": not a figure a news reader aggregates; none of its
        // numbers is one either.
        if toks.get(i + 1).is_some_and(|x| matches!(x.text, "×" | "x") && !x.space_before) && toks.get(i + 2).is_some_and(|x| !x.space_before && x.text == "10")
            && toks.get(i + 3).is_some_and(|x| !x.space_before && matches!(x.text, "^" | "−" | "-" | "+"))
        {
            let mut j = i + 3;
            while toks.get(j).is_some_and(|x| !x.space_before && (matches!(x.text, "^" | "−" | "-" | "+") || is_digits(x))) {
                j += 1;
            }
            for b in blocked.iter_mut().take(j).skip(i) {
                *b = true;
            }
            i = j;
            continue;
        }
        // Reference codes: the "1142" of "2023-CV-1142", "ABC-123": digits glued by a hyphen
        // to an upper-case code.
        if i > 1 && toks[i - 1].text == "-" && !t.space_before && !toks[i - 1].space_before && is_code(toks[i - 2].text) {
            blocked[i] = true;
        }
        // Codes with a leading zero: "007", "0800". (Decimals like "0.5" are numbers.)
        if t.text.starts_with('0') && numeral(t.text).is_some_and(|n| n.leading_zero) {
            blocked[i] = true;
        }
        // List numbering at the start of a line: "1.", "2)", "(3)".
        let line_start = i == 0 || t.newlines_before > 0 || (i > 0 && toks[i - 1].text == "(" && (i == 1 || toks[i - 1].newlines_before > 0));
        if line_start && digits && t.text.len() <= 2 && glued(toks, i + 1) && matches!(toks.get(i + 1).map(|x| x.text), Some("." | ")")) {
            blocked[i] = true;
        }
        // Times of day: "3 pm", "10.30 a.m.", "1400 GMT".
        if toks.get(i + 1).is_some_and(|nx| nx.newlines_before == 0) && guard_token(doc, "clock", i + 1) {
            blocked[i] = true;
        }
        // US ZIP codes after a state: "Washington, DC 20500", "NY 10001".
        if digits && t.text.len() == 5 && i > 0 && toks[i - 1].text.len() == 2 && toks[i - 1].is_all_caps() {
            blocked[i] = true;
        }
        // Addresses: "10 Downing Street", "1600 Pennsylvania Avenue".
        if digits && address_follows(toks, i + 1) {
            blocked[i] = true;
        }
        i += 1;
    }
    blocked
}

/// An upper-case code, or a token ending in one: "CV", "MH", "2023-CV".
fn is_code(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    (2..=5).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_unit_or_scale_after(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| super::lexicon::scale(t.text).is_some() || t.text == "%" || t.text.eq_ignore_ascii_case("per"))
}

/// Capitalised words then a street word: "Downing Street", "Pennsylvania Avenue".
fn address_follows(toks: &[Token<'_>], k: usize) -> bool {
    let mut j = k;
    while j < toks.len() && j < k + 3 && toks[j].is_capitalised() && toks[j].kind == TokKind::Word && toks[j].newlines_before == 0 {
        if j > k && guard("street", toks[j].text.trim_end_matches('.')) {
            return true;
        }
        j += 1;
    }
    false
}

/// The separators of a digit run, as [`blocked`] reads them (' ' for a plain space): no
/// list is kept, as a run is read at every number.
#[derive(Debug, Clone, Copy)]
struct Seps {
    count: usize,
    /// The first separator (' ' when there is none).
    first: char,
    second: char,
    /// Every separator is a plain space (true when there is none).
    all_spaces: bool,
}

impl Seps {
    fn push(&mut self, sep: char) {
        match self.count {
            0 => self.first = sep,
            1 => self.second = sep,
            _ => {}
        }
        self.count += 1;
        self.all_spaces &= sep == ' ';
    }

    /// Exactly a space then a slash: "2 1/4".
    fn is_space_then_slash(&self) -> bool {
        self.count == 2 && self.first == ' ' && self.second == '/'
    }
}

/// From a digit token at `i`: the end of a run of digit tokens joined by separators, the
/// number of digit groups, and the separators (' ' for a plain space).
/// `digits`: the token at `i` is plain digits ([`is_digits`]).
fn digit_run(toks: &[Token<'_>], i: usize, digits: bool) -> (usize, usize, Seps) {
    let mut groups = 1;
    let mut seps = Seps { count: 0, first: ' ', second: ' ', all_spaces: true };
    let mut j = i + 1;
    if !digits {
        return (j, 1, seps);
    }
    while j < toks.len() {
        let t = &toks[j];
        if t.newlines_before > 0 {
            break;
        }
        // A separator glued on both sides: "-", "/", ".", ":", or ")" / "(" in phone numbers.
        if !t.space_before && matches!(t.text, "-" | "/" | "." | ":" | "–" | ")") && toks.get(j + 1).is_some_and(|n| is_digits(n) && (n.space_before == (t.text == ")"))) {
            seps.push(t.text.chars().next().unwrap_or('-'));
            groups += 1;
            j += 2;
            continue;
        }
        // A plain space between digit groups ("020 7946 0958", "1 234 567").
        if is_digits(t) && t.space_before {
            seps.push(' ');
            groups += 1;
            j += 1;
            continue;
        }
        break;
    }
    (j, groups, seps)
}

/// Is the word before a number (token `prev`) a label for it ("Article 23", "Boeing 737",
/// "Windows 11", a capitalised name in mid-sentence)?
pub fn label_before(doc: &Doc<'_>, prev: usize) -> bool {
    let t = &doc.tokens[prev];
    // "Pg. 3", "No. 10" when the full stop stands apart from its abbreviation.
    if t.text == "." && !t.space_before && prev > 0 {
        return strong_label(doc, prev - 1);
    }
    // Export header fields at the start of a line: "LENGTH: 612 words", "PAGE: 3".
    if t.text == ":" && prev > 0 {
        let f = &doc.tokens[prev - 1];
        return f.kind == TokKind::Word && f.is_all_caps() && f.text.len() > 1 && (prev == 1 || f.newlines_before > 0);
    }
    if t.kind != TokKind::Word || t.newlines_before > 0 && !t.is_capitalised() {
        return false;
    }
    if strong_label(doc, prev) {
        return true;
    }
    // A name in mixed case, anywhere in a sentence: "iOS 18", "eBay 2".
    let mut chars = t.text.chars();
    if chars.next().is_some_and(|c| c.is_ascii_lowercase()) && chars.any(|c| c.is_ascii_uppercase()) {
        return true;
    }
    if !t.is_capitalised() || doc.sentence_initial(prev) || t.newlines_before > 0 {
        return false;
    }
    // Dates are written "March 30", "Tuesday 12": leave those to the date extractor; and a
    // capitalised word in an all-capitals headline is no name.
    if month_number(t.text.trim_end_matches('.')).is_some() || weekday_number(t.text).is_some() {
        return false;
    }
    if t.is_all_caps() && prev > 0 && doc.tokens[prev - 1].is_all_caps() && !doc.tokens[prev - 1].is_punct("(") {
        return false;
    }
    // "I" is a pronoun; and the words that open a sentence after a quote or colon.
    !matches!(t.text, "I" | "A" | "An" | "The")
}

/// Field codes of press-database exports at the start of a line: "WC 534 words", "PG 4".
pub fn field_code(doc: &Doc<'_>, prev: usize) -> bool {
    let t = &doc.tokens[prev];
    (t.newlines_before > 0 || prev == 0) && t.is_all_caps() && t.text.len() <= 3 && t.kind == TokKind::Word
}

/// A label word from the list ("Article", "Boeing", "No.") or a field code: the number after it
/// is never a count, even with a noun after it ("Boeing 737 jets").
pub fn strong_label(doc: &Doc<'_>, prev: usize) -> bool {
    let t = &doc.tokens[prev];
    t.kind == TokKind::Word && is_identifier_word(doc, prev) || field_code(doc, prev)
}

/// The first and last letters and lengths of [`IDENTIFIER_WORDS`].
static IDENTIFIER_ENDS: std::sync::LazyLock<crate::extract::date::WordEnds> =
    std::sync::LazyLock::new(|| crate::extract::date::WordEnds::new(IDENTIFIER_WORDS.iter().copied()));

/// Whether token `i`, without its trailing full stops and in lower case, is a label word
/// ("article", "boeing", "no"); an ASCII token's lower case is the document's (no copy).
fn is_identifier_word(doc: &Doc<'_>, i: usize) -> bool {
    let text = doc.tokens[i].text;
    if text.is_ascii() {
        let word = doc.ascii_lower(i).trim_end_matches('.');
        // Most words before a number are no label, and are turned away by their ends.
        return IDENTIFIER_ENDS.may_hold(word) && IDENTIFIER_WORDS.contains(word);
    }
    IDENTIFIER_WORDS.contains(text.trim_end_matches('.').to_lowercase().as_str())
}
