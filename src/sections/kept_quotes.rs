//! A section's quotes kept compact until they are written: a [`Quote`] is 232 bytes with up to
//! four strings of its own (its text, often a sentence or more, the speaker's words, the cue
//! and how the speaker was found), and a dense document has a quote every 500 bytes. Kept, a
//! quote is 48 bytes: its offsets, its speaker, its short strings as numbers in a table of the
//! strings seen (the cues and attributions are a few words, the speakers' words repeat), and
//! its text left out when it is the document's between its byte offsets (it always is, but it
//! is checked). What is rare (another text, nested quotes, brackets) is kept beside.

use rustc_hash::FxHashMap;

use crate::report::{Quote, QuoteKind, Span};

/// What a number field holds for none.
const NONE: u32 = u32::MAX;

/// Quote kinds by their kept number.
const KINDS: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect];

/// Bits of [`KeptQuote::flags`]: which optional offsets are present.
const HAS_SPEAKER_START: u8 = 1;
const HAS_SPEAKER_END: u8 = 2;

/// The strings of the quotes kept, each once, numbered.
#[derive(Default)]
pub(super) struct Strings {
    list: Vec<String>,
    numbers: FxHashMap<String, u32>,
}

impl Strings {
    fn number(&mut self, s: Option<String>) -> u32 {
        let Some(s) = s else { return NONE };
        if let Some(&n) = self.numbers.get(&s) {
            return n;
        }
        let n = u32::try_from(self.list.len()).expect("fewer than 4 billion strings");
        self.list.push(s.clone());
        self.numbers.insert(s, n);
        n
    }

    fn get(&self, n: u32) -> Option<String> {
        (n != NONE).then(|| self.list[n as usize].clone())
    }
}

#[derive(Debug, Clone, Copy)]
struct KeptQuote {
    /// Code points, then bytes, in the whole text.
    start: u32,
    end: u32,
    byte_start: u32,
    byte_end: u32,
    speaker: u32,
    speaker_start: u32,
    speaker_end: u32,
    /// Numbers in [`Strings`].
    speaker_text: u32,
    cue: u32,
    attribution: u32,
    /// Its place in [`KeptQuotes::rare`], when it has a part kept there.
    rare: u32,
    kind: u8,
    flags: u8,
}

/// What few quotes have: a text that is not the document's between the offsets, nested quotes,
/// brackets.
struct Rare {
    text: Option<String>,
    nested: Vec<Span>,
    brackets: Vec<Span>,
}

/// A section's quotes, kept compact, in order.
#[derive(Default)]
pub(super) struct KeptQuotes {
    kept: Vec<KeptQuote>,
    rare: Vec<Rare>,
}

impl KeptQuotes {
    /// Keep `quotes` (offsets into the whole `text`), their strings numbered in `strings`.
    pub(super) fn keep(text: &str, quotes: Vec<Quote>, strings: &mut Strings) -> KeptQuotes {
        let mut k = KeptQuotes { kept: Vec::with_capacity(quotes.len()), rare: Vec::new() };
        for q in quotes {
            let kept = k.keep_one(text, q, strings);
            k.kept.push(kept);
        }
        k
    }

    fn keep_one(&mut self, text: &str, q: Quote, strings: &mut Strings) -> KeptQuote {
        let offset = |n: usize| u32::try_from(n).expect("a document of at most 4 GiB");
        let own_text = (text.get(q.byte_start..q.byte_end) != Some(q.text.as_str())).then_some(q.text);
        let rare = if own_text.is_some() || !q.nested.is_empty() || !q.brackets.is_empty() {
            self.rare.push(Rare { text: own_text, nested: q.nested, brackets: q.brackets });
            u32::try_from(self.rare.len() - 1).expect("fewer than 4 billion quotes")
        } else {
            NONE
        };
        let flags = if q.speaker_start.is_some() { HAS_SPEAKER_START } else { 0 } | if q.speaker_end.is_some() { HAS_SPEAKER_END } else { 0 };
        KeptQuote {
            start: offset(q.start),
            end: offset(q.end),
            byte_start: offset(q.byte_start),
            byte_end: offset(q.byte_end),
            speaker: q.speaker.map_or(NONE, |e| u32::try_from(e).expect("fewer than 4 billion entities")),
            speaker_start: q.speaker_start.map_or(0, offset),
            speaker_end: q.speaker_end.map_or(0, offset),
            speaker_text: strings.number(q.speaker_text),
            cue: strings.number(q.cue),
            attribution: strings.number(q.attribution),
            rare,
            kind: KINDS.iter().position(|&k| k == q.kind).expect("every kind is listed") as u8,
            flags,
        }
    }

    pub(super) fn len(&self) -> usize {
        self.kept.len()
    }

    /// The quotes as they were given, of the whole `text`.
    pub(super) fn quotes<'a>(&'a self, text: &'a str, strings: &'a Strings) -> impl Iterator<Item = Quote> + 'a {
        self.kept.iter().map(move |k| {
            let rare = (k.rare != NONE).then(|| &self.rare[k.rare as usize]);
            let (byte_start, byte_end) = (k.byte_start as usize, k.byte_end as usize);
            Quote {
                kind: KINDS[usize::from(k.kind)],
                text: rare.and_then(|r| r.text.clone()).unwrap_or_else(|| text[byte_start..byte_end].to_owned()),
                start: k.start as usize,
                end: k.end as usize,
                byte_start,
                byte_end,
                speaker: (k.speaker != NONE).then_some(k.speaker as usize),
                speaker_text: strings.get(k.speaker_text),
                speaker_start: (k.flags & HAS_SPEAKER_START != 0).then_some(k.speaker_start as usize),
                speaker_end: (k.flags & HAS_SPEAKER_END != 0).then_some(k.speaker_end as usize),
                cue: strings.get(k.cue),
                attribution: strings.get(k.attribution),
                nested: rare.map(|r| r.nested.clone()).unwrap_or_default(),
                brackets: rare.map(|r| r.brackets.clone()).unwrap_or_default(),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_come_back_as_they_were_kept() {
        let text = "He said “we will” and “we won’t [go]”, Ana Reyes said.";
        let span = |s: &str| {
            let b = text.find(s).unwrap();
            (text[..b].chars().count(), b)
        };
        let quote = |inner: &str, kind: QuoteKind| {
            let (start, byte_start) = span(inner);
            Quote::unattributed(kind, inner, (start, start + inner.chars().count()), (byte_start, byte_start + inner.len()))
        };
        let mut second = quote("we won’t [go]", QuoteKind::Direct);
        second.speaker = Some(3);
        second.speaker_text = Some("Ana Reyes".into());
        second.speaker_start = Some(41);
        second.speaker_end = Some(0);
        second.cue = Some("said".into());
        second.attribution = Some("after".into());
        second.brackets = vec![Span { text: "[go]".into(), start: 1, end: 2, byte_start: 3, byte_end: 4 }];
        let mut third = quote("we will", QuoteKind::Partial);
        third.text = "not the text's".into();
        third.cue = Some("said".into());
        third.speaker_end = Some(7);
        let quotes = vec![quote("we will", QuoteKind::Indirect), second, third];
        let mut strings = Strings::default();
        let kept = KeptQuotes::keep(text, quotes.clone(), &mut strings);
        assert_eq!(kept.len(), 3);
        assert_eq!(kept.rare.len(), 2);
        assert_eq!(strings.list.len(), 3);
        assert_eq!(kept.quotes(text, &strings).collect::<Vec<_>>(), quotes);
    }

    #[test]
    fn a_kept_quote_is_small() {
        assert_eq!(std::mem::size_of::<KeptQuote>(), 48);
    }
}
