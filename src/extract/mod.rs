//! Extractors: one module per kind of mention. Each reads the tokens of a [`Doc`] and pushes
//! [`Found`] spans whose offsets come from the tokens; none searches the text for a string.

pub mod acronyms;
pub mod date;
pub mod figure;
pub(crate) mod folded;
pub mod names;
pub mod openers;
pub mod organisation;
pub mod person;
pub mod place;
pub mod word_facts;

use std::ops::Range;

use serde_json::Value;

use crate::calendar::Date;
use crate::char_offsets::CharOffsets;
use crate::report::{DateDetails, FigureDetails, MentionType};
use crate::sentences::Layout;
use crate::tokens::Token;
use openers::Opener;
use word_facts::WordFacts;

/// A tokenised document, the input of every extractor.
pub struct Doc<'a> {
    pub text: &'a str,
    /// The text with ASCII letters in lower case: byte offsets are the text's, so token `i`
    /// in ASCII lower case is `ascii_lower(i)`, no copy per question asked.
    ascii_lower: String,
    pub tokens: Vec<Token<'a>>,
    pub layout: Layout,
    /// The date relative expressions resolve against.
    pub reference: Option<Date>,
    /// Its time of day, when the caller gave one (never the article's own: a header's clock
    /// time comes with a zone the story may not share).
    pub reference_time: Option<crate::calendar::TimeOfDay>,
    /// The sentence [`sentence_of`](Self::sentence_of) last found.
    last_sentence: std::cell::Cell<u32>,
    /// Whether the story is a sports report, worked out on first use.
    sports: std::cell::OnceCell<bool>,
    /// Each token's [`WordFacts`] answer bits, filled in as questions are asked (0: none yet).
    facts: Vec<std::cell::Cell<u32>>,
    /// Each token's [`Opener`], worked out on first use (by the date and figure prefilters).
    openers: std::cell::OnceCell<Vec<Opener>>,
    /// Code point offsets of the mentions' ends (tokens hold byte offsets only).
    char_offsets: CharOffsets<'a>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, reference: Option<Date>) -> Doc<'a> {
        let (tokens, ascii) = crate::tokens::tokenize_noting_ascii(text);
        let layout = crate::sentences::split(&tokens);
        let facts = vec![std::cell::Cell::new(0); tokens.len()];
        let char_offsets = CharOffsets::knowing_ascii(text, ascii);
        Doc { text, ascii_lower: text.to_ascii_lowercase(), tokens, layout, reference, reference_time: None, last_sentence: std::cell::Cell::new(0), sports: std::cell::OnceCell::new(), facts, openers: std::cell::OnceCell::new(), char_offsets }
    }

    /// A document of `text` with no tokens: for the stages that read only the text of
    /// mentions found elsewhere (entity grouping, once a large document has been analysed a
    /// section at a time), without the token-level structures of the whole text.
    pub(crate) fn untokenised(text: &'a str) -> Doc<'a> {
        Doc {
            text,
            ascii_lower: String::new(),
            tokens: Vec::new(),
            layout: Layout::default(),
            reference: None,
            reference_time: None,
            last_sentence: std::cell::Cell::new(0),
            sports: std::cell::OnceCell::new(),
            facts: Vec::new(),
            openers: std::cell::OnceCell::new(),
            char_offsets: CharOffsets::new(text),
        }
    }

    /// The code point offset of byte offset `byte` (a character boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_offsets.of(byte)
    }

    /// What the single-word lists say of token `i`'s text, asked of the lists once per
    /// document: the name rules ask it of the same tokens many times over. (Asked of the
    /// lists each time after [`forget_word_facts`](Self::forget_word_facts).)
    pub fn facts(&self, i: usize) -> WordFacts<'_> {
        let text = self.tokens[i].text;
        match self.facts.get(i) {
            Some(cell) => WordFacts::cached(text, cell),
            None => WordFacts::uncached(text),
        }
    }

    /// Free the per-token cache of [`facts`](Self::facts) (four bytes a token) once the
    /// extractors, which ask nearly all the questions, are done.
    pub fn forget_word_facts(&mut self) {
        self.facts = Vec::new();
    }

    /// What each token's text says about the date and figure rules that may start at it.
    pub fn openers(&self) -> &[Opener] {
        self.openers.get_or_init(|| (0..self.tokens.len()).map(|i| Opener::of_token(self.tokens[i].text, self.ascii_lower(i))).collect())
    }

    /// Token `i` with its ASCII letters in lower case (other characters as they are): for an
    /// ASCII token, its lower case.
    pub fn ascii_lower(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.ascii_lower[t.start()..t.end()]
    }

    /// The index of the sentence holding token `i` (of the document's tokens). The sentences
    /// cover the tokens in order, so it is found by binary search (a table of every token's
    /// sentence was four bytes a token), unless it is the sentence last asked about or the
    /// next, as most questions are: the stages read the tokens left to right.
    #[inline]
    pub fn sentence_of(&self, i: usize) -> u32 {
        debug_assert!(i < self.tokens.len());
        let sentences = &self.layout.sentences;
        let last = self.last_sentence.get() as usize;
        let holds = |s: usize| sentences.get(s).is_some_and(|s| s.tokens.contains(&i));
        let s = if holds(last) {
            last
        } else if holds(last + 1) {
            last + 1
        } else {
            sentences.partition_point(|s| s.tokens.end <= i)
        };
        self.last_sentence.set(s as u32);
        s as u32
    }

    /// Is token `i` the first of its sentence (ignoring opening quotes and dashes)?
    pub fn sentence_initial(&self, i: usize) -> bool {
        let s = &self.layout.sentences[self.sentence_of(i) as usize];
        let mut j = s.tokens.start;
        while j < i && matches!(self.tokens[j].text, "“" | "\"" | "‘" | "'" | "(" | "[" | "-" | "—" | "–" | "•" | "*") {
            j += 1;
        }
        j == i
    }

    /// A sports report: several words only sports pages use. There, a town's name is mostly
    /// its club ("Essex closed in on victory").
    pub fn is_sports_story(&self) -> bool {
        *self.sports.get_or_init(|| {
            // Which of the sports words have been seen, one bit each.
            let mut seen = 0u64;
            for i in 0..self.tokens.len() {
                if let Some(k) = sports_word(self.ascii_lower(i)) {
                    seen |= 1 << k;
                    if is_sports(seen) {
                        return true;
                    }
                }
            }
            false
        })
    }

    /// Decide [`is_sports_story`](Self::is_sports_story) for this document from a larger text
    /// it is a section of ([`sports_words_among`] over all of it), before anything asks.
    pub(crate) fn set_sports_story(&self, sports: bool) {
        let _ = self.sports.set(sports);
    }

    /// The tokens of the sentence holding token `i`.
    #[inline]
    pub fn sentence_range(&self, i: usize) -> Range<usize> {
        self.layout.sentences[self.sentence_of(i) as usize].tokens.clone()
    }
}

/// The words only sports pages use ([`Doc::is_sports_story`]).
const SPORTS_WORDS: [&str; 46] = [
    "soccer", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "innings", "wickets", "wicket",
    "halftime", "half-time", "goalkeeper", "striker", "midfielder", "quarter-final", "semifinal", "semi-final", "homer",
    "touchdown", "unbeaten", "relegation", "qualifier", "championship", "league", "batting", "bowled", "penalty", "scored",
    "standings", "division", "inning", "pitcher", "batsman", "bowler", "overs", "stumps", "seeded", "tiebreak",
    "tiebreaker", "coach", "season", "tournament", "goals", "playoffs",
];

/// The longest of [`SPORTS_WORDS`] in bytes ("quarter-final"); the shortest is 4 ("golf").
const SPORTS_WORD_MAX: usize = 13;

/// A word of at most 15 bytes packed into one number (its bytes, then its length in the top
/// byte): two words are equal when their packed forms are, one comparison instead of a
/// string comparison per listed word.
const fn pack_word(w: &[u8]) -> u128 {
    let mut key = (w.len() as u128) << 120;
    let mut k = 0;
    while k < w.len() {
        key |= (w[k] as u128) << (8 * k);
        k += 1;
    }
    key
}

/// [`SPORTS_WORDS`] packed and sorted, for a binary search.
const SPORTS_KEYS: [u128; SPORTS_WORDS.len()] = {
    let mut keys = [0u128; SPORTS_WORDS.len()];
    let mut k = 0;
    while k < keys.len() {
        keys[k] = pack_word(SPORTS_WORDS[k].as_bytes());
        k += 1;
    }
    // Insertion sort: the table is built once, at compile time.
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// For each word length, the first and the last bytes of the sports words of that length, one
/// bit each (the byte's low five bits): most tokens fail this test and are never packed.
const SPORTS_ENDS: [(u32, u32); SPORTS_WORD_MAX + 1] = {
    let mut ends = [(0u32, 0u32); SPORTS_WORD_MAX + 1];
    let mut k = 0;
    while k < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[k].as_bytes();
        ends[w.len()].0 |= 1 << (w[0] & 31);
        ends[w.len()].1 |= 1 << (w[w.len() - 1] & 31);
        k += 1;
    }
    ends
};

/// Three different sports words decide a sports report: `seen` holds one bit per word seen.
pub(crate) fn is_sports(seen: u64) -> bool {
    seen.count_ones() >= 3
}

/// Which of the sports words occur among `tokens` (of any text), one bit each, as
/// [`Doc::is_sports_story`] counts them: the bits of a text's sections together say whether
/// the whole text is a sports report ([`is_sports`]).
pub(crate) fn sports_words_among(tokens: &[Token<'_>]) -> u64 {
    let mut seen = 0u64;
    let mut lower = [0u8; SPORTS_WORD_MAX];
    for t in tokens.iter().filter(|t| t.text.len() <= SPORTS_WORD_MAX) {
        let lower = &mut lower[..t.text.len()];
        lower.copy_from_slice(t.text.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII case changes keep UTF-8 valid.
        if let Some(k) = std::str::from_utf8(lower).ok().and_then(sports_word) {
            seen |= 1 << k;
        }
    }
    seen
}

/// Which of the sports words (a distinct number below 64 for each) `lower`, a token in ASCII
/// lower case, is. Inlined: asked of every token until a story is found to be a sports
/// report, and most are turned away by their length and end letters.
#[inline]
fn sports_word(lower: &str) -> Option<usize> {
    let b = lower.as_bytes();
    let (first, last) = *SPORTS_ENDS.get(b.len())?;
    let ends_fit = |&f: &u8, &l: &u8| first & 1 << (f & 31) != 0 && last & 1 << (l & 31) != 0;
    match b {
        [f, .., l] if ends_fit(f, l) => SPORTS_KEYS.binary_search(&pack_word(b)).ok(),
        _ => None,
    }
}

/// A mention as the extractors produce it: offsets copied from tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: MentionType,
    /// Tokens covered (the last may be covered only up to its possessive ending).
    pub tokens: Range<usize>,
    pub start: usize,
    pub end: usize,
    pub cstart: usize,
    pub cend: usize,
    pub rule: &'static str,
    /// The normalised value ([`Found::value`]), boxed and only when not null: most
    /// candidates are names, which have none.
    value: Option<Box<Value>>,
    /// Boxed: most candidates are names, and a large document holds hundreds of thousands
    /// of candidates before overlap resolution.
    pub figure: Option<Box<FigureDetails>>,
    pub date: Option<Box<DateDetails>>,
    /// Used by overlap resolution when two spans overlap and have the same length.
    pub priority: u8,
}

impl Found {
    /// A mention covering whole tokens `range`.
    pub fn new(doc: &Doc<'_>, kind: MentionType, range: Range<usize>, rule: &'static str) -> Found {
        let (start, end) = (doc.tokens[range.start].start(), doc.tokens[range.end - 1].end());
        Found::spanning(doc, kind, range, rule, start, end)
    }

    /// A name covering `range`, without the possessive ending of its last token ("ITU's").
    pub fn name(doc: &Doc<'_>, kind: MentionType, range: Range<usize>, rule: &'static str) -> Found {
        // Not `new` then `cut_end`: the code point offset of the token's own end would be
        // worked out only to be replaced.
        let (start, end) = (doc.tokens[range.start].start(), doc.tokens[range.end - 1].stem_end());
        Found::spanning(doc, kind, range, rule, start, end)
    }

    /// A mention of tokens `range` over bytes `start..end`.
    fn spanning(doc: &Doc<'_>, kind: MentionType, range: Range<usize>, rule: &'static str, start: usize, end: usize) -> Found {
        Found {
            kind,
            start,
            end,
            cstart: doc.char_offset(start),
            cend: doc.char_offset(end),
            tokens: range,
            rule,
            value: None,
            figure: None,
            date: None,
            priority: 0,
        }
    }

    /// End the mention at byte offset `end` (a character boundary) instead.
    pub fn cut_end(&mut self, doc: &Doc<'_>, end: usize) {
        self.end = end;
        self.cend = doc.char_offset(end);
    }

    /// Normalised value: a number for figures, a TIMEX3 string for dates, null otherwise.
    pub fn value(&self) -> &Value {
        self.value.as_deref().unwrap_or(&Value::Null)
    }

    pub fn set_value(&mut self, value: Value) {
        self.value = (!value.is_null()).then(|| Box::new(value));
    }

    /// The value, given up (for the report's mention).
    pub fn take_value(&mut self) -> Value {
        self.value.take().map_or(Value::Null, |v| *v)
    }

    pub fn text<'a>(&self, doc: &Doc<'a>) -> &'a str {
        &doc.text[self.start..self.end]
    }

    pub fn len(&self) -> usize {
        self.cend - self.cstart
    }

    pub fn is_empty(&self) -> bool {
        self.cend == self.cstart
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sports word is found, each under its own number below 64, and nothing else is.
    #[test]
    fn sports_words_found_by_packed_key() {
        assert!(SPORTS_KEYS.windows(2).all(|w| w[0] < w[1]), "sorted, no word twice");
        assert!(SPORTS_WORDS.len() <= 64, "one bit a word");
        let mut numbers: Vec<usize> = SPORTS_WORDS.iter().map(|w| sports_word(w).unwrap_or_else(|| panic!("{w}"))).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), SPORTS_WORDS.len());
        assert!(SPORTS_WORDS.iter().all(|w| (4..=SPORTS_WORD_MAX).contains(&w.len())));
        for w in ["", "gol", "golfs", "goal", "Golf", "quarter-finals", "season\0", "seasons", "leagu", "coach\u{e9}", "half time"] {
            assert_eq!(sports_word(w), None, "{w:?}");
        }
    }

    /// The sports words of a text's sections together decide as the whole text's tokens do.
    #[test]
    fn sports_words_of_sections_decide_as_the_whole() {
        let text = "Essex won the CRICKET match.\n\nThe Innings closed early.\n\nRain. Wickets fell; \u{e9}t\u{e9} golfs.";
        let whole = Doc::new(text, None);
        assert!(whole.is_sports_story());
        let sections = text.split_inclusive("\n\n").map(|s| sports_words_among(&crate::tokens::tokenize(s)));
        let seen = sections.fold(0, |seen, bits| {
            assert!(!is_sports(bits), "one word a section");
            seen | bits
        });
        assert!(is_sports(seen));
        let doc = Doc::new("Rain stopped play.", None);
        doc.set_sports_story(true);
        assert!(doc.is_sports_story());
    }
}
