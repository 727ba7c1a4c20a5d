//! Zones: the structure of a clipping. Exports from press databases and e-paper readers wrap
//! the story in furniture (a publication line, labelled header fields, bylines with e-mail
//! addresses, photo captions printed twice, trailer and copyright lines). This stage labels
//! every token with the [`Zone`] it lies in and fills the report's [`Article`].
//!
//! It works on lines built from the tokens (a line break is a token's `newlines_before`), so
//! every span it reports is copied from token offsets. Each shape is a module:
//! [`labelled`] for Factiva and LexisNexis field exports, [`header`] for PressReader, wire and
//! plain copy; [`byline`], [`dateline`] and [`dates`] read the pieces they share. All passes
//! are linear in the number of tokens; header rules look only at the first few lines.

pub mod byline;
pub mod dateline;
pub mod dates;
pub mod header;
pub mod labelled;

use std::ops::Range;

use crate::calendar::Date;
use crate::extract::Doc;
use crate::report::{Article, Extent, Span, Zone};
use crate::tokens::Token;

/// The result: a zone per token, which tokens are muted, and the article fields.
#[derive(Debug, Clone, Default)]
pub struct Zoning {
    pub zone: Vec<Zone>,
    /// Tokens whose mentions create no entities and that `stats` leave out: boilerplate and
    /// repeated captions.
    pub muted: Vec<bool>,
    pub article: Article,
    /// The clipping's full date, the reference for relative dates when none is given.
    pub date: Option<Date>,
    /// `date` is a dateline's day and month placed by the reference date given ("BERLIN,
    /// June 3 (dpa) -" read on November 29 is June 3 of that year): the story's own day,
    /// which its relative dates count from.
    pub date_placed_by_reference: bool,
}

impl Zoning {
    pub fn zone_of(&self, token: usize) -> Zone {
        self.zone.get(token).copied().unwrap_or_default()
    }

    pub fn is_muted(&self, token: usize) -> bool {
        self.muted.get(token).copied().unwrap_or(false)
    }
}

pub use crate::sentences::Line;

/// Working state shared by the shape modules.
pub struct Cx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub lines: Vec<Line>,
    pub z: Zoning,
    /// First line of the story body, once a shape has decided it.
    pub body_line: Option<usize>,
}

impl<'d, 'a> Cx<'d, 'a> {
    pub fn tok(&self, i: usize) -> &Token<'a> {
        &self.doc.tokens[i]
    }

    /// Token text, or "" past the end.
    pub fn t(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| t.text)
    }

    /// Token text with ASCII letters in lower case (the document's copy: no allocation per
    /// word asked), or "" past the end.
    pub fn lower(&self, i: usize) -> &'d str {
        if i < self.doc.tokens.len() {
            self.doc.ascii_lower(i)
        } else {
            ""
        }
    }

    pub fn set(&mut self, r: Range<usize>, zone: Zone) {
        for i in r {
            self.z.zone[i] = zone;
            self.z.muted[i] = zone == Zone::Boilerplate;
        }
    }

    pub fn mute(&mut self, r: Range<usize>) {
        for i in r {
            self.z.muted[i] = true;
        }
    }

    pub fn span(&self, r: Range<usize>) -> Span {
        span(self.doc, r)
    }

    /// The text of tokens `r` (empty for an empty range).
    pub fn text(&self, r: Range<usize>) -> &'a str {
        if r.is_empty() {
            return "";
        }
        &self.doc.text[self.doc.tokens[r.start].start()..self.doc.tokens[r.end - 1].end()]
    }

    pub fn line_text(&self, l: usize) -> &'a str {
        self.text(self.lines[l].tokens.clone())
    }

    /// Words (not punctuation) on line `l`.
    pub fn words(&self, l: usize) -> usize {
        self.lines[l].tokens.clone().filter(|&i| self.tok(i).kind != crate::tokens::TokKind::Punct).count()
    }

    /// Line `l` is the last of its paragraph.
    pub fn ends_paragraph(&self, l: usize) -> bool {
        self.lines.get(l + 1).is_none_or(|n| n.blank_before)
    }

    /// Line `l` has no lower-case letter and at least two letters. An ASCII line (nearly
    /// every headline) is read a byte at a time, in one pass.
    pub fn all_caps(&self, l: usize) -> bool {
        let s = self.line_text(l);
        if s.is_ascii() {
            let mut letters = 0;
            for &b in s.as_bytes() {
                if b.is_ascii_lowercase() {
                    return false;
                }
                letters += usize::from(b.is_ascii_uppercase());
            }
            return letters >= 2;
        }
        !s.chars().any(char::is_lowercase) && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }
}

/// A span over whole tokens `r` (must be non-empty).
pub fn span(doc: &Doc<'_>, r: Range<usize>) -> Span {
    let (a, b) = (&doc.tokens[r.start], &doc.tokens[r.end - 1]);
    Span { text: doc.text[a.start()..b.end()].to_owned(), start: doc.char_offset(a.start()), end: doc.char_offset(b.end()), byte_start: a.start(), byte_end: b.end() }
}

/// The lines of `tokens` (a document's are in its layout).
pub fn lines(tokens: &[Token<'_>]) -> Vec<Line> {
    crate::sentences::lines(tokens)
}

/// Find the clipping's structure.
pub fn analyse(doc: &Doc<'_>) -> Zoning {
    let n = doc.tokens.len();
    let mut cx = Cx {
        doc,
        lines: doc.layout.lines.clone(),
        z: Zoning { zone: vec![Zone::Body; n], muted: vec![false; n], ..Zoning::default() },
        body_line: None,
    };
    if n == 0 {
        cx.z.article.shape = "plain".to_owned();
        return cx.z;
    }
    let shape = if labelled::is_factiva(&cx) {
        labelled::factiva(&mut cx);
        "factiva"
    } else if labelled::is_lexis(&cx) {
        labelled::lexis(&mut cx);
        "lexisnexis"
    } else {
        header::plain(&mut cx)
    };
    cx.z.article.shape = shape.to_owned();
    if cx.z.date.is_none() {
        cx.z.date = header::stamp_near_top(&cx);
    }
    cx.z.article.date = cx.z.date.map(|d| {
        let mut iso = String::with_capacity(10);
        d.push_iso(&mut iso);
        iso
    });
    header::furniture(&mut cx);
    body_extent(&mut cx);
    cx.z
}

/// The body runs from its first line (dateline included) to its last body token.
fn body_extent(cx: &mut Cx<'_, '_>) {
    let start = cx.body_line.map(|l| cx.lines[l].tokens.start);
    let Some(start) = start.filter(|&s| s < cx.z.zone.len()) else { return };
    let Some(last) = (start..cx.z.zone.len()).rev().find(|&i| cx.z.zone[i] == Zone::Body) else { return };
    let (a, b) = (cx.tok(start), cx.tok(last));
    cx.z.article.body = Some(Extent { start: cx.doc.char_offset(a.start()), end: cx.doc.char_offset(b.end()), byte_start: a.start(), byte_end: b.end() });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zoning(s: &str) -> Zoning {
        analyse(&Doc::new(s, None))
    }

    #[test]
    fn empty_and_junk_do_not_panic() {
        for s in ["", " ", "\n\n", "??", "- ", "HD", "BODY:", "“", "Photo:", "\u{0}\u{1}\u{fffd}", "By", "A, B -", "X (Y"] {
            let z = zoning(s);
            assert_eq!(z.zone.len(), Doc::new(s, None).tokens.len());
        }
    }

    #[test]
    fn conll_style_header() {
        let z = zoning("CRICKET - ESSEX WIN.\nLONDON 1996-08-30\nEssex beat Kent.");
        assert_eq!(z.article.headline.unwrap().text, "CRICKET - ESSEX WIN.");
        let d = z.article.dateline.unwrap();
        assert_eq!((d.place.as_deref(), d.date.as_deref()), (Some("LONDON"), Some("1996-08-30")));
        assert_eq!(z.date, Date::new(1996, 8, 30));
        assert_eq!(z.zone.last(), Some(&Zone::Body));
        let z = zoning("Jones Medical completes acquisition.\nST. LOUIS 1996-08-30\nJones Medical said Friday it completed it.");
        assert_eq!(z.article.headline.unwrap().text, "Jones Medical completes acquisition.");
        assert_eq!(z.article.dateline.unwrap().place.as_deref(), Some("ST. LOUIS"));
        // A first sentence is no headline.
        assert!(zoning("Acme will build a plant.\nIt said so.").article.headline.is_none());
    }
}
