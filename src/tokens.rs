//! Tokens: unicode-segmentation word boundaries (UAX #29), merged into the units news text is
//! made of. UAX #29 already keeps "2.6", "1,250", "3.5bn", "21st", "U.S" and "ITU's" whole;
//! this stage glues currency amounts (US$1.2, £5), percentages (3.5%), abbreviations and
//! initials with their full stop (Mr., U.S., J.), hyphenated words (one-third, COVID-19),
//! e-mail addresses and URLs. Every token carries byte offsets, which every later stage copies
//! and never recomputes; a mention's code point offsets come from
//! [`CharOffsets`](crate::char_offsets::CharOffsets) when it is made.

use regex::Regex;
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Has a letter: "Beijing", "one-third", "U.S.", "ITU's", "COVID-19".
    Word,
    /// Starts with a digit or a currency sign before a digit: "2.6", "US$1.2", "3.5%", "21st".
    Number,
    /// Punctuation: . , ; : ! ? ( ) quotes dashes.
    Punct,
    /// Anything else: currency signs alone, emoji, symbols.
    Symbol,
    Email,
    Url,
}

/// A token is 24 bytes: a large document holds millions of them, and they are most of the
/// memory of its analysis. Hence no field for the end (`text` is the document's bytes from
/// `start`), a 32-bit start (documents up to 4 GiB, checked by [`tokenize`]) and a line-break
/// count that stops at 65,535 (the rules ask whether it is 0, 1, 2 or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset into the document: see [`start`](Self::start).
    at: u32,
    /// Line breaks in the white space before this token (2+ means a blank line).
    pub newlines_before: u16,
    pub kind: TokKind,
    /// White space separates this token from the previous one.
    pub space_before: bool,
}

impl<'a> Token<'a> {
    /// A token of `text` at byte offset `start` of a document of at most [`MAX_DOCUMENT`]
    /// bytes, after `newlines` line breaks (counted up to 65,535).
    pub fn new(text: &'a str, kind: TokKind, start: usize, space_before: bool, newlines: u32) -> Token<'a> {
        debug_assert!(start <= MAX_DOCUMENT);
        Token { text, at: start as u32, newlines_before: newlines.min(u32::from(u16::MAX)) as u16, kind, space_before }
    }

    /// Byte offset into the document where the token starts.
    #[inline]
    pub fn start(&self) -> usize {
        self.at as usize
    }

    /// Byte offset into the document just past the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.start() + self.text.len()
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// First character is upper case.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Every letter is upper case and there are at least two ("WIC", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        letters >= 2
    }

    pub fn is_punct(&self, s: &str) -> bool {
        self.kind == TokKind::Punct && self.text == s
    }

    /// Length in bytes of the possessive ending ("'s", "’s", or a bare apostrophe after s).
    /// Inlined: every ending ends in "s", "S", "'" or the last byte of "’", and most words
    /// are turned away by their last byte where they are asked.
    #[inline]
    pub fn possessive_len(&self) -> usize {
        if !matches!(self.text.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
            return 0;
        }
        self.possessive_ending_len()
    }

    /// [`possessive_len`](Self::possessive_len) of a token whose last byte may end one.
    #[inline(never)]
    fn possessive_ending_len(&self) -> usize {
        let t = self.text;
        for ending in ["'s", "’s", "'S", "’S"] {
            if t.len() > ending.len() && t.ends_with(ending) {
                return ending.len();
            }
        }
        if t.len() > 2 && (t.ends_with("s'") || t.ends_with("s’")) {
            return t.len() - t.trim_end_matches(['\'', '’']).len();
        }
        0
    }

    /// The token without a possessive ending: "ITU's" -> "ITU".
    pub fn stem(&self) -> &'a str {
        &self.text[..self.text.len() - self.possessive_len()]
    }

    pub fn stem_end(&self) -> usize {
        self.end() - self.possessive_len()
    }

    /// Starts a new line (a line break lies before it).
    pub fn starts_line(&self) -> bool {
        self.newlines_before > 0
    }
}

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        [A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}   # e-mail
        | (?:https?://|www\.)[^\s<>\x22“”‘’()\[\]]+                                     # URL
        ",
    )
    .expect("link pattern")
});

/// The longest document a token's 32-bit offset can index: 4 GiB.
pub const MAX_DOCUMENT: usize = u32::MAX as usize;

/// Split a document into tokens.
///
/// # Panics
/// On a document longer than [`MAX_DOCUMENT`] bytes.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    tokenize_noting_ascii(text).0
}

/// [`tokenize`], and whether the text is ASCII: the tokenizer looks at every byte for it
/// anyway (and an ASCII text's code point offsets are its byte offsets, no table needed).
///
/// # Panics
/// On a document longer than [`MAX_DOCUMENT`] bytes.
pub(crate) fn tokenize_noting_ascii(text: &str) -> (Vec<Token<'_>>, bool) {
    assert!(text.len() <= MAX_DOCUMENT, "a document of {} bytes: at most 4 GiB can be analysed", text.len());
    let mut b = RawBuilder::new(text, true);
    if may_hold_link(text) {
        for m in LINK.find_iter(text) {
            let (ls, le) = (m.start(), trim_link_end(text, m.start(), m.end()));
            if ls < b.pos {
                continue;
            }
            b.segment_until(ls);
            let kind = if text[ls..le].contains('@') && !text[ls..le].contains('/') { TokKind::Email } else { TokKind::Url };
            b.ascii &= text[ls..le].is_ascii();
            b.push(le, kind);
        }
    }
    b.segment_until(text.len());
    let ascii = b.ascii;
    (b.finish(), ascii)
}

/// Whether `text` holds what every [`LINK`] does: "@", "www." or "://". A short text is
/// scanned byte by byte: a substring searcher's set-up costs more than its whole scan (a
/// one-line document of a dozen bytes spent 700 instructions here).
fn may_hold_link(text: &str) -> bool {
    const SHORT: usize = 64;
    if text.len() < SHORT {
        let b = text.as_bytes();
        return b.contains(&b'@') || b.windows(4).any(|w| w == b"www.") || b.windows(3).any(|w| w == b"://");
    }
    text.contains('@') || text.contains("www.") || text.contains("://")
}

/// Accumulates the pieces of the text with their offsets and the white space seen before
/// each, and glues them into news tokens ([`merge`]) a run at a time: merging never crosses
/// white space, so each run of pieces with none between them is glued as soon as white space
/// ends it, while its pieces are at hand (no second pass over every token).
struct RawBuilder<'a> {
    text: &'a str,
    raw: Vec<Token<'a>>,
    pos: usize,
    space: bool,
    newlines: u32,
    /// Index in `raw` of the first piece of the current run of pieces with no white space
    /// between them.
    run: usize,
    /// Whether runs are glued ([`merge`]); tests read the bare pieces.
    glue: bool,
    /// No byte segmented so far is outside ASCII.
    ascii: bool,
}

impl<'a> RawBuilder<'a> {
    fn new(text: &'a str, glue: bool) -> RawBuilder<'a> {
        RawBuilder { text, raw: Vec::with_capacity(text.len() / 4), pos: 0, space: false, newlines: 0, run: 0, glue, ascii: true }
    }

    /// The tokens, the last run glued.
    fn finish(mut self) -> Vec<Token<'a>> {
        self.end_run();
        self.raw
    }

    fn segment_until(&mut self, end: usize) {
        // Nearly all news text is ASCII, and the ASCII stretches of the rest take the fast
        // path too: only the words around a non-ASCII character go to the Unicode segmenter.
        while let Some(at) = first_non_ascii(&self.text.as_bytes()[self.pos..end]) {
            self.ascii = false;
            let (from, to) = unicode_stretch(self.text.as_bytes(), self.pos, self.pos + at, end);
            self.segment_ascii(from);
            self.segment_unicode(to);
        }
        self.segment_ascii(end);
    }

    /// [`segment_until`](Self::segment_until) for ASCII text: the same boundaries without the
    /// Unicode tables, and pieces measured and classified by their bytes ([`ascii_token`]).
    /// The white space before a piece is kept in locals, and the usual gap (one space before
    /// a word) is stepped over where the piece before it ends.
    fn segment_ascii(&mut self, end: usize) {
        let text = self.text;
        let bytes = &text.as_bytes()[..end];
        // The builder's state in locals for the loop (the token vector's length and room in
        // registers, not reloaded from the builder after every store).
        let mut raw = std::mem::take(&mut self.raw);
        let (mut space, mut newlines, mut run) = (self.space, self.newlines, self.run);
        let mut at = self.pos;
        while at < end {
            let first = bytes[at];
            if wb(first) == Wb::Space {
                let run_end = space_run_end(bytes, at);
                if run_end - at > 1 || first != b' ' {
                    newlines += ascii_newline_count(&bytes[at..run_end]);
                }
                space = true;
                at = run_end;
                continue;
            }
            let (piece_end, kind) = ascii_token(bytes, at);
            if space {
                run = end_run(text, &mut raw, run, self.glue);
            }
            raw.push(Token::new(&text[at..piece_end], kind, at, space, newlines));
            (space, newlines) = (false, 0);
            at = piece_end;
            // One space and then a piece: the gap between most words.
            if at + 1 < end && bytes[at] == b' ' && wb(bytes[at + 1]) != Wb::Space {
                space = true;
                at += 1;
            }
        }
        self.raw = raw;
        (self.space, self.newlines, self.pos, self.run) = (space, newlines, end, run);
    }

    fn segment_unicode(&mut self, end: usize) {
        let gap = &self.text[self.pos..end];
        let base = self.pos;
        for (off, seg) in gap.split_word_bound_indices() {
            self.add_segment(base, off, seg);
        }
        self.pos = end;
    }

    /// One segment `seg` at byte `off` of the gap starting at `base`: white space is
    /// remembered for the next token, anything else becomes a raw token.
    fn add_segment(&mut self, base: usize, off: usize, seg: &str) {
        if seg.chars().all(char::is_whitespace) {
            self.space = true;
            self.newlines += newline_count(seg);
            self.pos = base + off + seg.len();
        } else {
            self.pos = base + off;
            self.push(base + off + seg.len(), classify(seg));
        }
    }

    /// The piece from `self.pos` to `end`, after the white space seen since the last piece.
    fn push(&mut self, end: usize, kind: TokKind) {
        self.push_piece(self.pos, end, kind, self.space, self.newlines);
        self.space = false;
        self.newlines = 0;
        self.pos = end;
    }

    /// The piece from `start` to `end` after `space` and `newlines` (the white space seen since
    /// the last piece).
    fn push_piece(&mut self, start: usize, end: usize, kind: TokKind, space: bool, newlines: u32) {
        if space {
            self.end_run();
        }
        self.raw.push(Token::new(&self.text[start..end], kind, start, space, newlines));
    }

    /// White space ends the current run of pieces: glue it, and start the next.
    fn end_run(&mut self) {
        self.run = end_run(self.text, &mut self.raw, self.run, self.glue);
    }
}

/// White space ends the run of pieces `raw[run..]`: glue it (if `glue`, and it has two pieces
/// or more) and give where the next run starts.
#[inline(always)]
fn end_run<'a>(text: &'a str, raw: &mut Vec<Token<'a>>, run: usize, glue: bool) -> usize {
    if raw.len() - run >= 2 && glue {
        glue_run(text, raw, run);
    }
    raw.len()
}

/// [`merge`] the run from `run`. Not inlined: most pieces stand alone, and the gluing would
/// crowd the loop over every piece. Most runs of two pieces are a word and its comma or
/// bracket, which nothing glues: those are let be after two looks.
#[inline(never)]
fn glue_run<'a>(text: &'a str, raw: &mut Vec<Token<'a>>, run: usize) {
    if let [a, b] = &raw[run..] {
        if !may_glue_pair(a, b) {
            return;
        }
    }
    merge(text, raw, run);
}

/// Whether [`merge`] may glue a run of the two pieces `a` `b`: of its rules, only a currency
/// sign (a Symbol) before a number, a number's "%" and a word's full stop join two pieces (the
/// others join three).
#[inline]
fn may_glue_pair(a: &Token<'_>, b: &Token<'_>) -> bool {
    a.kind == TokKind::Symbol || matches!(b.text, "%" | ".")
}

/// Word_Break classes (UAX #29) of the ASCII characters; the rest of ASCII is Other
/// (Double_Quote acts only beside Hebrew letters).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    /// "_"
    ExtendNumLet,
    /// ":"
    MidLetter,
    /// "." and "'" (MidNumLet and Single_Quote)
    MidNumLet,
    /// "," and ";"
    MidNum,
    Space,
    Other,
}

/// [`wb_of`] for every byte, looked up rather than matched: it is asked of every byte (of
/// ASCII text only). A byte above ASCII gets its low seven bits' class (the callers that may
/// meet one test it for ASCII too); the table has all 256 entries so that no byte is masked
/// before the look.
const WB: [Wb; 256] = {
    let mut t = [Wb::Other; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = wb_of((b & 0x7f) as u8);
        b += 1;
    }
    t
};

#[inline]
fn wb(b: u8) -> Wb {
    WB[usize::from(b)]
}

/// Letters, digits and "_": the classes a word runs on over.
const fn is_word_class(c: Wb) -> bool {
    matches!(c, Wb::Letter | Wb::Numeric | Wb::ExtendNumLet)
}

/// [`is_word_class`] of [`wb`] for every byte: the test made of every byte of a word, one
/// look instead of a class look and a class test.
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = is_word_class(wb_of((b & 0x7f) as u8));
        b += 1;
    }
    t
};

const fn wb_of(b: u8) -> Wb {
    match b {
        b'A'..=b'Z' | b'a'..=b'z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b'_' => Wb::ExtendNumLet,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLet,
        b',' | b';' => Wb::MidNum,
        b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => Wb::Space,
        _ => Wb::Other,
    }
}

/// The kind of a piece of one ASCII byte that is neither white space nor a word byte:
/// [`is_ascii_punctuation_mark`] as a table.
const SINGLE_KIND: [TokKind; 256] = {
    let mut t = [TokKind::Symbol; 256];
    let mut b = 0;
    while b < 256 {
        if is_ascii_punctuation_mark((b & 0x7f) as u8) {
            t[b] = TokKind::Punct;
        }
        b += 1;
    }
    t
};

/// The end of the run of white space starting at byte `at` of ASCII text `b`.
#[inline]
fn space_run_end(b: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i < b.len() && wb(b[i]) == Wb::Space {
        i += 1;
    }
    i
}

/// The piece of ASCII text starting at byte `start` of `b`: where it ends (UAX #29 word
/// boundaries as unicode-segmentation finds them, rules WB3 to WB13b restricted to ASCII), and
/// its kind as [`classify`] gives it, None for white space. A run of white space comes as one
/// piece where the Unicode segmenter may give several (tabs, line breaks); [`RawBuilder`]
/// treats a white-space run the same either way.
#[cfg(test)]
fn ascii_piece(b: &[u8], start: usize) -> (usize, Option<TokKind>) {
    if wb(b[start]) == Wb::Space {
        return (space_run_end(b, start), None);
    }
    let (end, kind) = ascii_token(b, start);
    (end, Some(kind))
}

/// [`ascii_piece`] of a piece that is not white space (byte `start` of `b` is not).
#[inline]
fn ascii_token(b: &[u8], start: usize) -> (usize, TokKind) {
    let first = wb(b[start]);
    if !is_word_class(first) {
        return (start + 1, SINGLE_KIND[usize::from(b[start])]);
    }
    let mut i = start + 1;
    loop {
        // WB5, WB8, WB9, WB10, WB13a, WB13b: letters, digits and "_" run on.
        i = word_run_end(b, i);
        // WB6/WB7: letter (":" | "." | "'") letter; WB11/WB12: digit ("." | "'" | "," | ";")
        // digit.
        let mid = match b.get(i).map(|&c| wb(c)) {
            Some(mid @ (Wb::MidLetter | Wb::MidNumLet | Wb::MidNum)) => mid,
            _ => break, // most words end at white space
        };
        let Some(&after) = b.get(i + 1) else { break };
        let (prev, after) = (wb(b[i - 1]), wb(after));
        let joins_letters = prev == Wb::Letter && after == Wb::Letter && matches!(mid, Wb::MidLetter | Wb::MidNumLet);
        let joins_digits = prev == Wb::Numeric && after == Wb::Numeric && matches!(mid, Wb::MidNumLet | Wb::MidNum);
        if !(joins_letters || joins_digits) {
            break;
        }
        i += 2;
    }
    let kind = match first {
        Wb::Numeric => TokKind::Number,
        Wb::Letter => TokKind::Word,
        // "_" first: a word if a letter follows.
        _ if b[start..i].iter().any(u8::is_ascii_alphabetic) => TokKind::Word,
        _ if i - start == 1 => TokKind::Punct,
        _ => TokKind::Symbol,
    };
    (i, kind)
}

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The end of the run of word bytes (letters, digits, "_") from byte `at` of ASCII text `b`:
/// eight bytes are tested at a time, as words of news text mostly fit in eight.
#[inline]
fn word_run_end(b: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = b.get(at..at + 8) {
        let others = !word_bytes_in(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) & HIGHS;
        if others != 0 {
            return at + (others.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < b.len() && WORD_BYTE[usize::from(b[at])] {
        at += 1;
    }
    at
}

/// Bit 7 of each byte of the result is set where that byte of `word` (eight ASCII bytes,
/// little-endian) is a letter, a digit or "_" (other bits are clear). Every byte is below
/// 0x80, so no sum below carries into the next byte.
#[inline]
fn word_bytes_in(word: u64) -> u64 {
    // Bit 7 set where the byte lies in lo..=hi: at least lo, and not above hi.
    let within = |x: u64, lo: u8, hi: u8| (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGHS;
    // Setting bit 5 folds capitals onto small letters (and no other byte onto them).
    within(word | (ONES * 0x20), b'a', b'z') | within(word, b'0', b'9') | within(word, b'_', b'_')
}

/// The index of the first byte of `b` that is not ASCII, eight bytes tested at a time.
fn first_non_ascii(b: &[u8]) -> Option<usize> {
    let mut words = b.chunks_exact(8);
    for (k, word) in words.by_ref().enumerate() {
        let high = u64::from_le_bytes(word.try_into().expect("eight bytes")) & HIGHS;
        if high != 0 {
            return Some(k * 8 + (high.trailing_zeros() / 8) as usize);
        }
    }
    let tail = words.remainder();
    tail.iter().position(|b| !b.is_ascii()).map(|k| b.len() - tail.len() + k)
}

/// The stretch around the non-ASCII byte at `at` (in `pos..end`) to give the Unicode
/// segmenter: from the last white space before it to the first white space after it, both
/// taken where an ASCII character that is not white space follows. No UAX #29 rule joins
/// across such a point or looks across it (the rules that look one character further look
/// for letters, digits or joiners, and ASCII white space is none of them), so the pieces on
/// either side are the pieces of the whole.
fn unicode_stretch(b: &[u8], pos: usize, at: usize, end: usize) -> (usize, usize) {
    let cut = |i: usize| wb(b[i - 1]) == Wb::Space && b[i - 1].is_ascii() && b[i].is_ascii() && wb(b[i]) != Wb::Space;
    let from = (pos + 1..=at).rev().find(|&i| cut(i)).unwrap_or(pos);
    let to = (at + 1..end).find(|&i| cut(i)).unwrap_or(end);
    (from, to)
}

fn newline_count(ws: &str) -> u32 {
    // CRLF counts once; a lone CR, LF, U+2028 or U+2029 counts once each.
    let mut n = 0;
    let mut prev_cr = false;
    for c in ws.chars() {
        match c {
            '\r' => {
                n += 1;
                prev_cr = true;
                continue;
            }
            '\n' if prev_cr => {}
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' | '\u{85}' => n += 1,
            _ => {}
        }
        prev_cr = false;
    }
    n
}

/// [`newline_count`] of a run of ASCII white space.
fn ascii_newline_count(ws: &[u8]) -> u32 {
    let mut n = 0;
    let mut prev_cr = false;
    for &c in ws {
        n += u32::from(matches!(c, b'\r' | b'\x0b' | b'\x0c') || c == b'\n' && !prev_cr);
        prev_cr = c == b'\r';
    }
    n
}

/// Trailing punctuation belongs to the sentence, not to the link.
fn trim_link_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    start + s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']).len()
}

fn classify(seg: &str) -> TokKind {
    let mut chars = seg.chars();
    let first = chars.next().unwrap_or(' ');
    if first.is_ascii_digit() || first.is_numeric() && !first.is_alphabetic() {
        return TokKind::Number;
    }
    if seg.chars().any(char::is_alphabetic) {
        return TokKind::Word;
    }
    if seg.chars().count() == 1 && is_punctuation(first) {
        return TokKind::Punct;
    }
    TokKind::Symbol
}

fn is_punctuation(c: char) -> bool {
    match u8::try_from(c) {
        Ok(b) if b.is_ascii() => is_ascii_punctuation_mark(b),
        _ => matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '—' | '–' | '‒' | '―' | '…' | '„' | '‹' | '›' | '·'),
    }
}

/// ASCII punctuation less the signs and operators, which are symbols.
const fn is_ascii_punctuation_mark(b: u8) -> bool {
    b.is_ascii_punctuation() && !matches!(b, b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~')
}

fn is_currency_sign(s: &str) -> bool {
    matches!(s, "$" | "£" | "€" | "¥" | "₹" | "₩" | "₽" | "₺" | "₱" | "₦" | "฿" | "₫" | "₪")
}

/// Letters that prefix a dollar or other sign: US$, HK$, S$, A$, C$, NT$, NZ$, R$, RM.
fn is_currency_prefix(s: &str) -> bool {
    s.len() <= 3 && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Glue the raw UAX #29 pieces `raw[from..]` into news tokens. Only pieces with no white
/// space between them are glued, so merging never crosses a space (and the pieces from `from`
/// on may be glued before those after them are known, once white space follows them).
fn merge<'a>(text: &'a str, raw: &mut Vec<Token<'a>>, from: usize) {
    // Merged in place: raw[from..w] is the output so far, and w <= i, since every step consumes
    // at least as many raw pieces as it writes tokens.
    let mut w = from;
    let mut i = from;
    let glued = |raw: &[Token<'a>], j: usize| j < raw.len() && !raw[j].space_before;
    while i < raw.len() {
        // Most pieces have white space after them: no rule below applies.
        if !glued(raw, i + 1) {
            if w != i {
                raw[w] = raw[i];
            }
            w += 1;
            i += 1;
            continue;
        }
        let t = raw[i];
        // US$1.2 / HK$300 / £5 / $5: prefix letters, a sign, a number.
        if t.kind == TokKind::Word
            && is_currency_prefix(t.text)
            && glued(raw, i + 1)
            && is_currency_sign(raw[i + 1].text)
            && glued(raw, i + 2)
            && raw[i + 2].kind == TokKind::Number
        {
            raw[w] = join(text, &raw[i..i + 3], TokKind::Number);
            w += 1;
            i += 3;
            continue;
        }
        // (A currency sign alone is a Symbol: the kind is the cheap test.)
        if t.kind == TokKind::Symbol && is_currency_sign(t.text) && glued(raw, i + 1) && raw[i + 1].kind == TokKind::Number {
            raw[w] = join(text, &raw[i..i + 2], TokKind::Number);
            w += 1;
            i += 2;
            continue;
        }
        if w != i {
            raw[w] = t;
        }
        w += 1;
        i += 1;
        // Now glue what follows onto the last token, as long as rules apply.
        loop {
            if i >= raw.len() || raw[i].space_before {
                break;
            }
            let last = raw[w - 1];
            let next = raw[i];
            // 3.5% -> one token.
            if last.kind == TokKind::Number && next.text == "%" {
                raw[w - 1] = join2(text, last, next, TokKind::Number);
                i += 1;
                continue;
            }
            // Abbreviation or initial + full stop: "Mr.", "J.", "U.S.", "Jan.".
            if next.text == "." && last.kind == TokKind::Word && takes_full_stop(last.text) {
                raw[w - 1] = join2(text, last, next, TokKind::Word);
                i += 1;
                continue;
            }
            // Hyphenated words: word-word, word-digits, digits-word ("one-third", "COVID-19",
            // "10-year"); digits-digits stays apart for ranges, scores and dates.
            if matches!(next.text, "-" | "‑")
                && glued(raw, i + 1)
                && matches!(last.kind, TokKind::Word | TokKind::Number)
                && matches!(raw[i + 1].kind, TokKind::Word | TokKind::Number)
                && !(last.kind == TokKind::Number && raw[i + 1].kind == TokKind::Number)
                && !last.text.ends_with('.')
            {
                let kind = if last.kind == TokKind::Word || raw[i + 1].kind == TokKind::Word {
                    TokKind::Word
                } else {
                    TokKind::Number
                };
                let mut j = join(text, &[last, raw[i + 1]], kind);
                if last.kind == TokKind::Number {
                    j.kind = TokKind::Number;
                }
                raw[w - 1] = j;
                i += 2;
                continue;
            }
            break;
        }
    }
    raw.truncate(w);
}

/// Words that keep their full stop: initials, known abbreviations, dotted forms (U.S).
fn takes_full_stop(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    // Initials are capitals ("J."); a lone small letter before a stop is a word or a scale
    // ending its sentence ("$2 m.").
    let single_letter = first.is_some_and(char::is_uppercase) && chars.next().is_none();
    single_letter || word.contains('.') || lexicon::is_abbreviation(word)
}

fn join<'a>(text: &'a str, parts: &[Token<'a>], kind: TokKind) -> Token<'a> {
    let first = parts[0];
    let last = parts[parts.len() - 1];
    Token { text: &text[first.start()..last.end()], kind, ..first }
}

fn join2<'a>(text: &'a str, a: Token<'a>, b: Token<'a>, kind: TokKind) -> Token<'a> {
    join(text, &[a, b], kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessive_endings() {
        for (text, len) in [("ITU's", 2), ("ITU’s", 4), ("ITU'S", 2), ("ITU’S", 4), ("States'", 1), ("States’", 3), ("its", 0), ("U.S.", 0), ("'s", 0)] {
            assert_eq!(Token::new(text, TokKind::Word, 0, false, 0).possessive_len(), len, "{text}");
        }
    }

    /// The short texts' byte scan answers as the substring searches do.
    #[test]
    fn link_marks_found_in_short_and_long_texts() {
        let long = "x".repeat(80);
        for s in ["", "@", "a@b", "www.", "ww.w", "see www.x.org", "http://", ":/", "a: //", "Hello there.", "wwww", "é@", "“www.”"] {
            for text in [s.to_owned(), format!("{long}{s}"), format!("{s}{long}")] {
                let expected = text.contains('@') || text.contains("www.") || text.contains("://");
                assert_eq!(may_hold_link(&text), expected, "{text:?}");
            }
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_news_tokens_whole() {
        assert_eq!(
            texts("2.6 billion, 1,250 and US$1.2 trillion, HK$300, £5, ¥20, 3.5% up"),
            ["2.6", "billion", ",", "1,250", "and", "US$1.2", "trillion", ",", "HK$300", ",", "£5", ",", "¥20", ",", "3.5%", "up"]
        );
        assert_eq!(texts("Mr. Ren met J. K. Rowling in the U.S. on Jan. 5."), [
            "Mr.", "Ren", "met", "J.", "K.", "Rowling", "in", "the", "U.S.", "on", "Jan.", "5", "."
        ]);
        assert_eq!(texts("one-third of COVID-19 cases"), ["one-third", "of", "COVID-19", "cases"]);
        assert_eq!(texts("ITU's and Alibaba’s"), ["ITU's", "and", "Alibaba’s"]);
        assert_eq!(texts("mail ben.jiang@scmp.com or https://www.scmp.com/news."), [
            "mail", "ben.jiang@scmp.com", "or", "https://www.scmp.com/news", "."
        ]);
        assert_eq!(texts("“Yes” — he said 20-30"), ["“", "Yes", "”", "—", "he", "said", "20", "-", "30"]);
    }

    #[test]
    fn offsets_are_bytes() {
        let s = "“Café” costs €5";
        for t in tokenize(s) {
            assert_eq!(&s[t.start()..t.end()], t.text);
        }
    }

    #[test]
    fn small_letter_keeps_its_sentence_stop() {
        assert_eq!(texts("It cost $2 m. Then J. Smith left."), ["It", "cost", "$2", "m", ".", "Then", "J.", "Smith", "left", "."]);
    }

    #[test]
    fn possessive_stem() {
        let t = tokenize("ITU’s")[0];
        assert_eq!((t.stem(), t.stem_end()), ("ITU", 3));
    }

    /// The ASCII fast path finds the boundaries unicode-segmentation finds (white-space
    /// runs merged), on every string over the characters the rules treat differently.
    #[test]
    fn ascii_bounds_agree_with_unicode_segmentation() {
        /// Pieces with their kinds (None for white space), white-space runs merged.
        type Pieces = Vec<(usize, String, Option<TokKind>)>;
        fn merged_unicode(s: &str) -> Pieces {
            let mut out: Pieces = Vec::new();
            for (off, seg) in s.split_word_bound_indices() {
                let ws = seg.chars().all(char::is_whitespace);
                match out.last_mut() {
                    Some((_, last, None)) if ws => last.push_str(seg),
                    _ => out.push((off, seg.to_owned(), (!ws).then(|| classify(seg)))),
                }
            }
            out
        }
        fn fast(s: &str) -> Pieces {
            let mut out = Vec::new();
            let mut at = 0;
            while at < s.len() {
                let (end, kind) = ascii_piece(s.as_bytes(), at);
                out.push((at, s[at..end].to_owned(), kind));
                at = end;
            }
            out
        }
        let alphabet: Vec<char> = "aZ9_:.',; \t\r\n\x0b\x0c\"-!$%&*+/<=>?@[]`{|}~#\x00\x1f\x7f".chars().collect();
        // Every string of up to 3 characters over the alphabet (each rule looks at most one
        // character either side of a boundary pair), and a pseudo-random sample of longer ones.
        let n = alphabet.len();
        let check = |s: &str| {
            assert_eq!(fast(s), merged_unicode(s), "{s:?}");
        };
        for len in 0..=3u32 {
            for mut k in 0..n.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[k % n]);
                    k /= n;
                }
                check(&s);
            }
        }
        for s in random_strings(&alphabet, 0x9e37_79b9_7f4a_7c15, 24, 50_000) {
            check(&s);
        }
    }

    /// The eight-byte word test agrees with the byte table on every ASCII byte in every
    /// position, beside any other byte.
    #[test]
    fn word_bytes_found_eight_at_a_time() {
        for b in 0..0x80u8 {
            for other in [b'a', b' ', b'_', b'9', b'@', b'[', b'`', b'{', 0, 0x7f] {
                for pos in 0..8 {
                    let mut bytes = [other; 8];
                    bytes[pos] = b;
                    let found = word_bytes_in(u64::from_le_bytes(bytes));
                    for (k, &c) in bytes.iter().enumerate() {
                        assert_eq!(found >> (8 * k + 7) & 1 == 1, WORD_BYTE[usize::from(c)], "{bytes:?} byte {k}");
                    }
                    assert_eq!(found & !HIGHS, 0);
                }
            }
        }
    }

    /// Gluing each run of pieces as white space ends it gives the tokens that gluing all the
    /// pieces at once gives.
    #[test]
    fn runs_glued_one_at_a_time_glue_as_the_whole() {
        let alphabet: Vec<char> = "aZ9_.' \n$%-‑£@:/,US".chars().collect();
        for s in random_strings(&alphabet, 0x51_7cc1_b727_220a, 16, 50_000) {
            let mut b = RawBuilder::new(&s, false);
            b.segment_until(s.len());
            let mut whole = b.finish();
            merge(&s, &mut whole, 0);
            assert_eq!(tokenize(&s), whole, "{s:?}");
        }
    }

    /// `count` pseudo-random strings over `alphabet` (xorshift from `seed`), each shorter than
    /// `max_len` characters.
    fn random_strings(alphabet: &[char], seed: u64, max_len: u64, count: usize) -> Vec<String> {
        let mut x = seed;
        (0..count)
            .map(|_| {
                let mut s = String::new();
                for _ in 0..(x % max_len) {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    s.push(alphabet[(x % alphabet.len() as u64) as usize]);
                }
                s
            })
            .collect()
    }

    /// Text with non-ASCII characters gives the tokens it gives when the Unicode segmenter
    /// reads all of it: the ASCII stretches between them may take the fast path.
    #[test]
    fn unicode_stretches_agree_with_segmenting_everything() {
        fn unicode_only(text: &str) -> Vec<Token<'_>> {
            let mut b = RawBuilder::new(text, false);
            b.segment_unicode(text.len());
            b.finish()
        }
        fn chunked(text: &str) -> Vec<Token<'_>> {
            let mut b = RawBuilder::new(text, false);
            b.segment_until(text.len());
            b.finish()
        }
        let alphabet: Vec<char> = "aZ9_:.',; \t\r\n\"-$%@é“”’\u{301}\u{200d}\u{200b}🙂👍\u{1f3fb}אב\u{5f4}🇬🇧\u{2028}\u{a0}\u{3000}中ไ\u{85}٣"
            .chars()
            .collect();
        for s in random_strings(&alphabet, 0x2545_f491_4f6c_dd1d, 20, 50_000) {
            assert_eq!(chunked(&s), unicode_only(&s), "{s:?}");
        }
    }

    /// The tokenizer's note of an ASCII text is the text's own.
    #[test]
    fn ascii_noted_as_the_text_is() {
        let alphabet: Vec<char> = "aZ9 .:/@wé“\u{2028}".chars().collect();
        let mut texts = random_strings(&alphabet, 0x3c6e_f372_fe94_f82b, 30, 20_000);
        texts.extend(["see www.exämple.com now".to_owned(), "mail ä@b.com".to_owned(), "www.example.com".to_owned(), String::new()]);
        for s in texts {
            assert_eq!(tokenize_noting_ascii(&s).1, s.is_ascii(), "{s:?}");
        }
    }

    /// The merge looks for currency signs among Symbol pieces only.
    #[test]
    fn currency_signs_are_symbols() {
        for sign in ["$", "£", "€", "¥", "₹", "₩", "₽", "₺", "₱", "₦", "฿", "₫", "₪"] {
            assert!(is_currency_sign(sign));
            assert_eq!(tokenize(sign)[0].kind, TokKind::Symbol, "{sign}");
        }
    }

    #[test]
    fn line_breaks_are_counted() {
        let t = tokenize("A\r\n\r\nB\nC");
        assert_eq!(t.iter().map(|t| t.newlines_before).collect::<Vec<_>>(), [0, 2, 1]);
    }
}
