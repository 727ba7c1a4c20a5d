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

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub sentences: Vec<Sentence>,
    pub paragraphs: usize,
}

pub fn split(tokens: &[Token<'_>]) -> Layout {
    // News sentences run to some twenty tokens: room for most documents' sentences at once.
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut paragraph = 0usize;
    let mut start = 0usize;
    for i in 1..=tokens.len() {
        let boundary = i == tokens.len() || {
            let t = &tokens[i];
            if t.newlines_before >= 2 {
                true
            } else if t.newlines_before == 1 {
                !hard_wrapped(&tokens[i - 1], t)
            } else {
                ends_sentence(tokens, i)
            }
        };
        if boundary && start < i {
            sentences.push(Sentence {
                tokens: start..i,
                paragraph,
                start: tokens[start].start(),
                end: tokens[i - 1].end(),
            });
            start = i;
            if i < tokens.len() && tokens[i].newlines_before >= 2 {
                paragraph += 1;
            }
        }
    }
    let paragraphs = if sentences.is_empty() { 0 } else { paragraph + 1 };
    Layout { sentences, paragraphs }
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
fn may_end_sentence(t: &Token<'_>) -> bool {
    matches!(t.text.as_bytes().last(), Some(b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | 0xA6 | 0x9D | 0x99 | 0xBB))
}

/// Does a sentence end before token `i` (which is on the same line as token i-1)?
fn ends_sentence(tokens: &[Token<'_>], i: usize) -> bool {
    // Only white space ends a sentence; checked first, so that a run of n glued closing quotes
    // is stepped back over once, not n times (linear time on "”’”’...").
    let next = &tokens[i];
    if !next.space_before || !may_end_sentence(&tokens[i - 1]) {
        return false;
    }
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

    #[test]
    fn quote_closing_after_stop() {
        assert_eq!(sentences("He said: “Go.” Then he left."), ["He said: “Go.”", "Then he left."]);
    }
}
