//! Pairing quotation marks. One pass over the tokens with one open quote at a time: curly
//! marks say which way they face; a straight mark opens when no quote is open and closes
//! when one is. A paragraph break resets the state, except that a quote still open at the
//! end of a paragraph continues when the next paragraph opens with a mark (the convention
//! for quotes that run over several paragraphs: an opening mark per paragraph, one closing).
//! Marks that never pair are dropped, so broken input cannot swallow the rest of the text.

use std::ops::Range;

use crate::extract::Doc;
use crate::report::Zone;
use crate::tokens::{TokKind, Token};
use crate::zones::Zoning;

/// A paired quote: the marks and the content between them.
#[derive(Debug, Clone)]
pub struct Marked {
    pub open: usize,
    pub close: usize,
    /// Paragraphs (blocks) the quote runs over, 1 for most.
    pub blocks: usize,
}

impl Marked {
    pub fn content(&self) -> Range<usize> {
        self.open + 1..self.close
    }
}

fn opens(t: &str) -> Option<bool> {
    match t {
        "“" | "„" | "«" => Some(true),
        "”" | "»" => Some(false),
        _ => None,
    }
}

/// Token `i` starts a new block: a paragraph, or a line that is a sentence of its own.
/// Inlined: asked of every token, and most answer at their line-break count.
#[inline]
pub fn block_start(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    i == 0
        || t.newlines_before >= 2
        || t.newlines_before == 1 && doc.layout.sentences[doc.sentence_of(i) as usize].tokens.start == i
}

/// The quotes of the text: paired double marks, or, in a text with none, single marks (the
/// style of some British papers: ‘It is a budget of broken promises,’ she said).
pub fn pair(doc: &Doc<'_>, zoning: &Zoning) -> Vec<Marked> {
    let double = pair_double(doc, zoning);
    if double.is_empty() {
        pair_single(doc, zoning)
    } else {
        double
    }
}

/// Which way a quotation mark faces: a straight double mark faces either way (it opens when
/// no quote is open and closes one that is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Face {
    Open,
    Close,
    Either,
}

fn pair_double(doc: &Doc<'_>, zoning: &Zoning) -> Vec<Marked> {
    pair_marks(doc, zoning, |_, t| {
        if t.text == "\"" {
            Some(Face::Either)
        } else if t.kind == TokKind::Punct {
            // Curly marks are punctuation tokens: the kind spares the others the string tests.
            opens(t.text).map(|o| if o { Face::Open } else { Face::Close })
        } else {
            None
        }
    })
}

/// [`pair`] for single marks, which are apostrophes too: ‘ or a straight mark after a space
/// opens before a word; ’ or a straight mark right after a word or mark closes, unless it is a
/// plural's apostrophe ("the players’ union": after a word in s, before a word).
fn pair_single(doc: &Doc<'_>, zoning: &Zoning) -> Vec<Marked> {
    pair_marks(doc, zoning, |i, _| match single_mark(doc, i) {
        (true, _) => Some(Face::Open),
        (_, true) => Some(Face::Close),
        _ => None,
    })
}

/// Pair the marks `face` finds among the tokens (asked of each token and its index), one quote
/// open at a time: a paragraph break ends an open quote unless the next paragraph opens with
/// a mark (a quote over several paragraphs); boilerplate ends it too.
fn pair_marks(doc: &Doc<'_>, zoning: &Zoning, face: impl Fn(usize, &Token<'_>) -> Option<Face>) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (opening mark, blocks)
    for (i, t) in doc.tokens.iter().enumerate() {
        let Some(face) = face(i, t) else {
            if open.is_some() && block_start(doc, i) {
                open = None;
            }
            continue;
        };
        if zoning.zone_of(i) == Zone::Boilerplate {
            open = None;
            continue;
        }
        open = match open {
            // The quote goes on in this paragraph, or was never closed.
            Some((o, blocks)) if block_start(doc, i) => (face != Face::Close).then_some((o, blocks + 1)),
            // A second opening mark: the first was stray.
            Some(_) if face == Face::Open => Some((i, 1)),
            Some((o, blocks)) => {
                if i > o + 1 {
                    out.push(Marked { open: o, close: i, blocks });
                }
                None
            }
            None => (face != Face::Close).then_some((i, 1)),
        };
    }
    out
}

/// Whether token `i` opens or closes a single-quoted stretch (see [`pair_single`]).
fn single_mark(doc: &Doc<'_>, i: usize) -> (bool, bool) {
    let t = &doc.tokens[i];
    let straight = t.text == "'";
    if !(straight || t.text == "‘" || t.text == "’") {
        return (false, false);
    }
    let next = doc.tokens.get(i + 1);
    // "'90s" is a decade, not a quote.
    let starts_quote = next.is_some_and(|n| !n.space_before && (n.is_word() || n.kind == TokKind::Number && !straight));
    let opening = (t.text == "‘" || straight && (t.space_before || block_start(doc, i))) && starts_quote;
    let after_plural = i > 0 && doc.tokens[i - 1].text.ends_with('s') && next.is_some_and(|n| n.space_before && n.is_word());
    let inside_word = next.is_some_and(|n| !n.space_before && n.is_word());
    let closing = !opening && t.text != "‘" && i > 0 && !t.space_before && !after_plural && !inside_word;
    (opening, closing)
}

/// Single-quoted stretches inside `content`: ‘open to everyone’, 'planning'.
pub fn nested(doc: &Doc<'_>, content: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in content.clone() {
        let t = &doc.tokens[i];
        let next_glued = doc.tokens.get(i + 1).is_some_and(|n| !n.space_before) && i + 1 < content.end;
        let is_open = t.text == "‘" || t.text == "'" && next_glued && (t.space_before || i == content.start);
        let is_close = t.text == "’" || t.text == "'" && !t.space_before;
        if open.is_none() && is_open {
            open = Some(i);
        } else if let Some(o) = open {
            if is_close && i > o + 1 {
                out.push(o..i + 1);
                open = None;
            } else if block_start(doc, i) {
                open = None;
            }
        }
    }
    out
}

/// Editorial insertions: "[There are people]".
pub fn brackets(doc: &Doc<'_>, content: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in content {
        match doc.tokens[i].text {
            "[" => open = Some(i),
            "]" => {
                if let Some(o) = open.take() {
                    if i > o + 1 {
                        out.push(o..i + 1);
                    }
                }
            }
            _ => {}
        }
    }
    out
}
