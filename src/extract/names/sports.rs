//! Sports pages: clubs named after towns in results rows, standings tables and match reports.

use super::chunks::is_name_token;
use super::Chunk;
use crate::extract::Doc;
use crate::tokens::{TokKind, Token};

pub(super) fn is_small_int(t: &Token<'_>) -> bool {
    t.kind == TokKind::Number && t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit())
}

/// A team in a table line: a standings row ("Ulsan 1 0 2 8 9 3") or a result row
/// ("Saracens 25 Leicester 23"). People in results tables come with times, figures like
/// "9-0-49-1" or a comma, and do not match.
pub(super) fn table_team(doc: &Doc<'_>, c: &Chunk) -> bool {
    let s = doc.sentence_range(c.range.start);
    let mut ints = 0;
    let mut j = c.range.end;
    while j < s.end && is_small_int(&doc.tokens[j]) && !doc.tokens.get(j + 1).is_some_and(|t| !t.space_before && (t.text == "-" || t.text == ":" || t.text == ".")) {
        ints += 1;
        j += 1;
    }
    if ints >= 2 {
        return true;
    }
    let line_start = c.range.start == s.start || (c.range.start > s.start && is_small_int(&doc.tokens[c.range.start - 1]));
    ints == 1 && line_start && (j == s.end || is_name_token(doc, j))
}

/// A result cue next to the chunk: "beat", "drew with", "v", a score "2-1". Within two tokens
/// for a town; right beside it for an unknown name.
pub(super) fn next_to_result(doc: &Doc<'_>, c: &Chunk, known_town: bool) -> bool {
    let s = doc.sentence_range(c.range.start);
    let is_cue = |i: usize| -> bool {
        let t = &doc.tokens[i];
        if matches!(t.text, "beat" | "beats" | "defeated" | "drew" | "v" | "vs" | "vs." | "versus" | "thrashed" | "edged" | "overcame") {
            return true;
        }
        // A score: small number, hyphen, small number, all glued ("92-90", "2-1").
        t.text == "-"
            && !t.space_before
            && i > s.start
            && i + 1 < s.end
            && is_small_int(&doc.tokens[i - 1])
            && is_small_int(&doc.tokens[i + 1])
            && !doc.tokens[i + 1].space_before
            // Not part of a date: "1996-08-30" has three parts and leading zeros.
            && !doc.tokens[i + 1].text.starts_with('0')
            && !(i >= 2 && doc.tokens[i - 2].text == "-" && !doc.tokens[i - 1].space_before)
            && !doc.tokens.get(i + 2).is_some_and(|t| t.text == "-" && !t.space_before)
    };
    let reach = if known_town { 3 } else { 1 };
    let lo = c.range.start.saturating_sub(reach).max(s.start);
    let hi = (c.range.end + reach + 1).min(s.end);
    (lo..hi).any(|i| !c.range.contains(&i) && is_cue(i))
}

