//! Sentences and paragraphs over the token stream.
//!
//! A blank line starts a paragraph. A single line break ends a sentence too (headlines,
//! bylines and one-sentence-per-line wire copy have no full stop), unless the line was
//! hard-wrapped mid-sentence. Within a line, . ! ? end a sentence when what follows can start
//! one; abbreviations and initials keep their stop inside the token, so "Mr. Ren" and
//! "J. K. Rowling" never split, and decimals are single tokens.

use std::ops::Range;

use crate::lexicon;
use crate::tokens::{TokKind, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices.
    pub tokens: Range<usize>,
    /// Index of the paragraph holding the sentence.
    pub paragraph: usize,
    /// Byte offsets of the first and past the last token.
    pub start: usize,
    pub end: usize,
}

/// One line of text: a run of tokens with no line break between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub tokens: Range<usize>,
    /// A blank line (or the start of the text) comes before it.
    pub blank_before: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub sentences: Vec<Sentence>,
    pub paragraphs: usize,
    /// The lines, cut where the sentences look at every line break anyway (the zones read
    /// the text a line at a time).
    pub lines: Vec<Line>,
}

pub fn split(tokens: &[Token<'_>]) -> Layout {
    // News sentences run to some twenty tokens: room for most documents' sentences at once.
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut lines = Vec::new();
    let mut paragraph = 0usize;
    let mut start = 0usize;
    let mut line_start = 0usize;
    // Each pair of neighbours: is there a boundary between them? Most tokens follow theirs
    // on the same line, after a word: turned away by the line-break count and one table look.
    for (k, pair) in tokens.windows(2).enumerate() {
        let (prev, t) = (&pair[0], &pair[1]);
        let i = k + 1;
        let boundary = match t.newlines_before {
            0 => t.space_before && may_end_sentence(prev) && ends_sentence(tokens, i),
            breaks => {
                lines.push(line(tokens, line_start..i));
                line_start = i;
                breaks >= 2 || !hard_wrapped(prev, t)
            }
        };
        if boundary {
            sentences.push(Sentence { tokens: start..i, paragraph, start: tokens[start].start(), end: prev.end() });
            start = i;
            if t.newlines_before >= 2 {
                paragraph += 1;
            }
        }
    }
    if start < tokens.len() {
        sentences.push(Sentence { tokens: start..tokens.len(), paragraph, start: tokens[start].start(), end: tokens[tokens.len() - 1].end() });
        lines.push(line(tokens, line_start..tokens.len()));
    }
    let paragraphs = if sentences.is_empty() { 0 } else { paragraph + 1 };
    Layout { sentences, paragraphs, lines }
}

/// The line of tokens `r` (which starts the text or follows a line break).
fn line(tokens: &[Token<'_>], r: Range<usize>) -> Line {
    Line { blank_before: r.start == 0 || tokens[r.start].newlines_before >= 2, tokens: r }
}

/// The lines of `tokens`, as [`split`] cuts them.
pub fn lines(tokens: &[Token<'_>]) -> Vec<Line> {
    let mut out = Vec::new();
    if tokens.is_empty() {
        return out;
    }
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate().skip(1) {
        if t.newlines_before > 0 {
            out.push(line(tokens, start..i));
            start = i;
        }
    }
    out.push(line(tokens, start..tokens.len()));
    out
}

/// A line that stops mid-sentence: it ends in a lower-case word or a comma and the next line
/// goes on in lower case.
fn hard_wrapped(prev: &Token<'_>, next: &Token<'_>) -> bool {
    let prev_open = prev.text == ","
        || (prev.kind == TokKind::Word && prev.text.chars().next().is_some_and(char::is_lowercase));
    let next_lower = next.text.chars().next().is_some_and(char::is_lowercase);
    prev_open && next_lower
}

fn is_closing(t: &Token<'_>) -> bool {
    matches!(t.text, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

/// Whether token `t` may end a sentence, as the stop or a closing mark after one, by its last
/// byte: a stop ("." "!" "?" "…", or a word ending in "."), or one of [`is_closing`]'s marks
/// ('"' "'" ")" "]" and the last bytes of "”" "’" "»"). Most tokens are words, turned away here
/// before any text is compared.
#[inline]
fn may_end_sentence(t: &Token<'_>) -> bool {
    t.text.as_bytes().last().is_some_and(|&b| ENDING_BYTE[usize::from(b)])
}

/// The last bytes [`may_end_sentence`] lets through, as a table.
const ENDING_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let ends = [b'.', b'!', b'?', b'"', b'\'', b')', b']', 0xA6, 0x9D, 0x99, 0xBB];
    let mut k = 0;
    while k < ends.len() {
        t[ends[k] as usize] = true;
        k += 1;
    }
    t
};

/// Does a sentence end before token `i` (which is on the same line as token i-1, with white
/// space between them, and [`may_end_sentence`])?
fn ends_sentence(tokens: &[Token<'_>], i: usize) -> bool {
    // Only white space ends a sentence, as the caller has checked: a run of n glued closing
    // quotes is stepped back over once, not n times (linear time on "”’”’...").
    let next = &tokens[i];
    // Step back over closing quotes and brackets to the candidate stop.
    let mut j = i - 1;
    while j > 0 && !tokens[j].space_before && is_closing(&tokens[j]) {
        j -= 1;
    }
    let stop = &tokens[j];
    // Asked only of a full stop or the like (most tokens are not one).
    let starts_upper = || {
        next.text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(next.text, "“" | "\"" | "‘" | "(" | "[" | "'" | "—" | "-")
    };
    match stop.text {
        "." | "!" | "?" | "…" | "..." => starts_upper(),
        t if stop.kind == TokKind::Word && t.ends_with('.') => {
            // An abbreviation ends a sentence only before a word that usually opens one
            // ("in the U.S. The ..."); never an initial or an honorific.
            let stem = t.trim_end_matches('.');
            let initial = stem.chars().count() == 1;
            let honorific = lexicon::title_class(t).is_some() || lexicon::title_class(stem).is_some();
            !initial && !honorific && lexicon::is_capitalised_stopword(next.text)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn sentences(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        split(&toks).sentences.iter().map(|x| s[x.start..x.end].to_owned()).collect()
    }

    #[test]
    fn does_not_split_abbreviations_initials_decimals() {
        assert_eq!(
            sentences("Mr. Ren met J. K. Rowling at 2.6 p.m. in the U.S. on Jan. 5. It rained."),
            ["Mr. Ren met J. K. Rowling at 2.6 p.m. in the U.S. on Jan. 5.", "It rained."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        assert_eq!(sentences("He lives in the U.S. The rest stayed."), ["He lives in the U.S.", "The rest stayed."]);
    }

    #[test]
    fn headlines_and_paragraphs() {
        let s = "Forum to woo partners\n\nChina will host a forum. “It is big,” he said.\nNext line";
        assert_eq!(sentences(s), ["Forum to woo partners", "China will host a forum.", "“It is big,” he said.", "Next line"]);
        assert_eq!(split(&tokenize(s)).paragraphs, 2);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        assert_eq!(sentences("The forum would\nopen in April."), ["The forum would\nopen in April."]);
    }

    /// Every text that ends a sentence or closes one ends in a byte `may_end_sentence` lets
    /// through.
    #[test]
    fn stops_and_closing_marks_may_end_a_sentence() {
        for text in [".", "!", "?", "…", "...", "U.S.", "”", "\"", "’", "'", ")", "]", "»"] {
            let toks = tokenize(text);
            assert!(may_end_sentence(&Token::new(text, toks[0].kind, 0, true, 0)), "{text}");
        }
    }

    /// The lines cut with the sentences are the lines cut on their own.
    #[test]
    fn lines_cut_with_the_sentences() {
        for s in ["", "One", "\n\nA b\nc d\n\n\ne.\r\nF", "Forum to woo\n\nChina will. “It is,” he said.\nNext\n", "x\ny\nz"] {
            let toks = tokenize(s);
            assert_eq!(split(&toks).lines, lines(&toks), "{s:?}");
        }
        assert_eq!(lines(&tokenize("A b\n\nc"))[1], Line { tokens: 2..3, blank_before: true });
    }

    #[test]
    fn quote_closing_after_stop() {
        assert_eq!(sentences("He said: “Go.” Then he left."), ["He said: “Go.”", "Then he left."]);
    }
}
