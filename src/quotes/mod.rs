//! Quotes and who said them. Runs after entities are grouped, on the final mentions, so a
//! speaker is an entity id.
//!
//! 1. [`marks`] pairs quotation marks (curly or straight, over several paragraphs).
//! 2. A quote is *direct* when it stands as an utterance (it opens a sentence or follows a
//!    colon, comma or speech verb), else *partial* (a few words inside the writer's sentence).
//! 3. A direct quote's speaker is looked for after it (", Ren said", ", said Cosmas ... ,"),
//!    before it ("a ministry spokesman, Erlend Vik, said: “"), then in the quote before it in
//!    the same paragraph, then in the paragraph before (its quote's speaker, else its last
//!    person). "he"/"she" resolve to the last person before the cue whose sex (from a title or
//!    a role such as "spokeswoman") does not contradict, "it" to the last organisation.
//! 4. [`indirect`] finds reported speech sentence by sentence; a partial quote inside such a
//!    sentence gets its speaker.
//! 5. [`roles`] reads job titles around person mentions onto the entities.
//!
//! Every look around a token is bounded, so the stage is linear in the number of tokens.

pub mod cues;
pub mod indirect;
pub mod marks;
pub mod roles;

use std::ops::Range;

use crate::extract::{Doc, Found};
use crate::report::{Entity, MentionType, Quote, QuoteKind, Span, Zone};
use crate::tokens::TokKind;
use crate::zones::{self, Zoning};
use cues::{BodyNoun, Pronoun};

/// A name mention with its entity.
#[derive(Debug, Clone)]
pub struct NameRef {
    pub kind: MentionType,
    pub tokens: Range<usize>,
    pub entity: Option<usize>,
    pub byte: Range<usize>,
    pub chars: Range<usize>,
}

/// Name mentions, findable by the token they start or end at.
pub struct Names<'f> {
    found: &'f [Found],
    entity_of: &'f [Option<usize>],
    /// Where the names are in `found`, as indices rather than copies (on a large document the
    /// names are most of the mentions). In text order, disjoint: both their first and their
    /// last tokens strictly increase, so a binary search finds the one at a token (per-token
    /// tables would be two words a token).
    list: Vec<u32>,
}

impl<'f> Names<'f> {
    fn new(doc: &Doc<'_>, found: &'f [Found], entity_of: &'f [Option<usize>]) -> Names<'f> {
        let n = doc.tokens.len();
        let list: Vec<u32> = (0..found.len())
            .filter(|&k| {
                let f = &found[k];
                f.kind.is_name() && !f.tokens.is_empty() && f.tokens.end <= n
            })
            .map(|k| k as u32)
            .collect();
        let names = Names { found, entity_of, list };
        debug_assert!((1..names.len()).all(|k| names.tokens(k - 1).end <= names.tokens(k).start), "names in text order, disjoint");
        names
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The `k`-th name mention.
    pub fn get(&self, k: usize) -> NameRef {
        let i = self.list[k] as usize;
        let f = &self.found[i];
        NameRef { kind: f.kind, tokens: f.tokens.clone(), entity: self.entity_of[i], byte: f.start..f.end, chars: f.cstart..f.cend }
    }

    /// The candidate and entity of the `k`-th name mention, for the passes over all of them
    /// that read a field or two (no [`NameRef`] made for each).
    fn found_at(&self, k: usize) -> (&'f Found, Option<usize>) {
        let i = self.list[k] as usize;
        (&self.found[i], self.entity_of[i])
    }

    /// The tokens of the `k`-th name mention.
    pub fn tokens(&self, k: usize) -> Range<usize> {
        self.found[self.list[k] as usize].tokens.clone()
    }

    pub fn iter(&self) -> impl Iterator<Item = NameRef> + '_ {
        (0..self.len()).map(|k| self.get(k))
    }

    pub fn starting(&self, i: usize) -> Option<NameRef> {
        let k = self.list.partition_point(|&f| self.found[f as usize].tokens.start < i);
        (k < self.len() && self.tokens(k).start == i).then(|| self.get(k))
    }

    pub fn ending(&self, i: usize) -> Option<NameRef> {
        let k = self.list.partition_point(|&f| self.found[f as usize].tokens.end <= i);
        (k < self.len() && self.tokens(k).end - 1 == i).then(|| self.get(k))
    }
}

/// A set of tokens, a bit a token (a byte a token was megabytes on a large document).
pub struct TokenSet {
    words: Vec<u64>,
}

impl TokenSet {
    /// No token of `n`.
    pub(crate) fn new(n: usize) -> TokenSet {
        TokenSet { words: vec![0; n.div_ceil(64)] }
    }

    pub(crate) fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    /// Whether token `i` is in the set (never, past the last token).
    pub fn contains(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// Whether any token of `r` is in the set: asked of whole sentences, a word of 64 tokens
    /// at a time.
    pub fn any_in(&self, r: Range<usize>) -> bool {
        let mut i = r.start;
        while i < r.end {
            let span = (64 - i % 64).min(r.end - i);
            let mask = if span == 64 { u64::MAX } else { (1 << span) - 1 };
            if self.words[i / 64] >> (i % 64) & mask != 0 {
                return true;
            }
            i += span;
        }
        false
    }
}

/// Who said it, as found at the attribution.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub entity: Option<usize>,
    /// Byte and code point range of the words naming the speaker.
    pub byte: Range<usize>,
    pub chars: Range<usize>,
    pub how: &'static str,
}

/// Everything the attribution rules look at.
pub struct Cx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub zoning: &'d Zoning,
    pub names: Names<'d>,
    /// Token lies inside a direct quote.
    pub in_direct: TokenSet,
    /// Token is a cue already used to attribute a direct quote.
    pub used_cue: TokenSet,
    pub sex: Vec<Option<Pronoun>>,
    /// Person and organisation mentions in the story text, in order, for pronouns.
    antecedents: Vec<usize>,
    /// The entities, by id: a body named by its acronym ("the IMD") is judged by its full name.
    entities: &'d [Entity],
}

impl<'d, 'a> Cx<'d, 'a> {
    pub fn t(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| t.text)
    }

    pub fn n(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn tokens_speaker(&self, r: Range<usize>, entity: Option<usize>, how: &'static str) -> Speaker {
        let (a, b) = (&self.doc.tokens[r.start], &self.doc.tokens[r.end - 1]);
        Speaker { entity, byte: a.start()..b.end(), chars: self.doc.char_offset(a.start())..self.doc.char_offset(b.end()), how }
    }

    pub fn name_speaker(&self, m: NameRef, how: &'static str) -> Speaker {
        Speaker { entity: m.entity, byte: m.byte, chars: m.chars, how }
    }

    /// The speaker a name mention within `r` gives: the last person, else the last body.
    pub fn name_within(&self, r: Range<usize>) -> Option<NameRef> {
        let mut org = None;
        for i in r.clone().rev() {
            if let Some(m) = self.names.ending(i).filter(|m| m.tokens.start >= r.start && m.entity.is_some()) {
                match m.kind {
                    MentionType::Person => return Some(m),
                    MentionType::Organisation if org.is_none() => org = Some(m),
                    _ => {}
                }
            }
        }
        org
    }

    /// "he"/"she"/"it" at token `p`: the last fitting person (or body for "it") before `p`,
    /// outside quotes and in the story text.
    pub fn resolve_pronoun(&self, p: usize, how: &'static str) -> Option<Speaker> {
        let pr = cues::pronoun_at(self.doc, p)?;
        let mut speaker = self.tokens_speaker(p..p + 1, None, how);
        if pr == Pronoun::Other {
            return Some(speaker);
        }
        speaker.entity = self.last_named_before(p, |m| match pr {
            Pronoun::It => m.kind == MentionType::Organisation,
            _ => m.kind == MentionType::Person && m.entity.is_none_or(|e| self.sex.get(e).copied().flatten().is_none_or(|s| s == pr)),
        });
        Some(speaker)
    }

    /// "the company", "the ministry" at tokens `r` (with up to four tokens between: "the
    /// consumer goods group"): the last body named before them that the
    /// noun fits (a business is no ministry: "the company" passes over "the U.S. Department
    /// of Energy", and "the ministry" over a company), as "it" is resolved; None for any other
    /// phrase.
    pub fn resolve_nominal(&self, r: Range<usize>) -> Option<Speaker> {
        // "the company", "the consumer goods group", "the Hong Kong-based lender".
        let inside_phrase = |i: usize| self.doc.tokens[i].is_word() || matches!(self.t(i), "-" | "’s" | "'s");
        if !(2..=6).contains(&r.len()) || !self.t(r.start).eq_ignore_ascii_case("the") {
            return None;
        }
        // "the Spaniard said", "the 35-year-old said": a person the story has just named.
        if self.is_person_epithet(r.start + 1..r.end) {
            let entity = self.last_named_before(r.start, |m| m.kind == MentionType::Person);
            return Some(self.tokens_speaker(r, entity, "nominal"));
        }
        if !r.clone().all(inside_phrase) {
            return None;
        }
        let head = r.end - 1;
        // "the minister said": the person named last whose role the story gave with that word
        // ("Finance Minister Nicola Willis"). When no one's was, the phrase stands alone.
        if cues::is_role_head_at(self.doc, head) {
            let word = self.t(head);
            let holds_role = |m: &NameRef| {
                let roles = m.entity.and_then(|e| self.entities.get(e)).and_then(|e| e.roles.as_deref()).unwrap_or_default();
                m.kind == MentionType::Person && roles.iter().any(|role| role.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(word)))
            };
            if let Some(entity) = self.last_named_before(r.start, holds_role) {
                return Some(self.tokens_speaker(r, Some(entity), "nominal"));
            }
        }
        let noun = cues::body_noun_at(self.doc, head)?;
        let fits = |m: &NameRef| {
            let words = || self.name_words(m);
            m.kind == MentionType::Organisation
                && match noun {
                    BodyNoun::Business => !words().any(|w| crate::lexicon::org_suffix_class(w) == Some("institution")),
                    BodyNoun::Institution => !words().any(crate::lexicon::is_legal_form),
                    // "the foreign ministry" is a "Foreign Ministry", not a "Defence Ministry".
                    BodyNoun::Titled => (r.start + 1..=head).all(|i| words().any(|w| w.eq_ignore_ascii_case(self.t(i)))),
                }
        };
        // A body whose name holds the noun is the one meant: "the authority" is the "Harbour
        // Authority", not the union named after it.
        let noun_word = self.t(head);
        let holds_noun = |m: &NameRef| self.name_words(m).any(|w| is_noun_in_name(w, noun_word));
        // Before either, the body that opens the sentence: "Kanazawa Cell Systems, a startup
        // backed by Toyota Motor Corp, has raised 12 billion yen, the company said".
        let entity = self
            .sentence_subject(r.start)
            .filter(|m| fits(m))
            .and_then(|m| m.entity)
            .or_else(|| self.last_named_before(r.start, |m| fits(m) && holds_noun(m)))
            .or_else(|| self.last_named_before(r.start, fits));
        Some(self.tokens_speaker(r, entity, "nominal"))
    }

    /// Whether tokens `r` call one person by a nationality or an age: "Spaniard", "Norwegian",
    /// "35-year-old" (not a plural: "the Spaniards").
    fn is_person_epithet(&self, r: Range<usize>) -> bool {
        let (a, b) = (&self.doc.tokens[r.start], &self.doc.tokens[r.end - 1]);
        let words = &self.doc.text[a.start()..b.end()];
        let age = r.len() <= 5 && words.as_bytes()[0].is_ascii_digit() && words.ends_with("-year-old");
        age || r.len() == 1 && !words.ends_with('s') && crate::lexicon::is_demonym(words)
    }

    /// The words of name mention `m` and of its entity's full name: "IMD" is also an "India
    /// Meteorological Department", which no "grid operator" is.
    fn name_words(&self, m: &NameRef) -> impl Iterator<Item = &'d str> + '_ {
        let full = m.entity.and_then(|e| self.entities.get(e)).map_or("", |e| e.name.as_str());
        self.doc.text[m.byte.clone()].split(' ').chain(full.split(' ').filter(|w| !w.is_empty()))
    }

    /// The name that opens the sentence of token `p` (past a wire dateline and opening marks),
    /// when it ends before `p`.
    fn sentence_subject(&self, p: usize) -> Option<NameRef> {
        let sentence = self.doc.sentence_range(p);
        let mut k = sentence.start;
        while k < p && (self.zoning.zone_of(k) == Zone::Dateline || matches!(self.t(k), "“" | "\"" | "‘" | "-" | "—")) {
            k += 1;
        }
        self.names.starting(k).filter(|m| m.tokens.end < p)
    }

    /// The entity of the last of the 60 names before token `p` (outside quotes, in the story
    /// text) that `fits`; a listener ("told Reuters", "told parliament") is no antecedent.
    fn last_named_before(&self, p: usize, fits: impl Fn(&NameRef) -> bool) -> Option<usize> {
        let upto = self.antecedents.partition_point(|&m| self.names.tokens(m).end <= p);
        let told = |m: &NameRef| m.tokens.start > 0 && self.t(m.tokens.start - 1) == "told";
        let m = self.antecedents[..upto].iter().rev().take(60).map(|&m| self.names.get(m)).find(|m| !told(m) && fits(m))?;
        m.entity
    }
}

/// Whether word `w` of a name is `noun` (any case), or its plural: "Authority" for
/// "authority", "Airlines" for "airline".
fn is_noun_in_name(w: &str, noun: &str) -> bool {
    let w = w.strip_suffix(['s', 'S']).filter(|stem| stem.len() == noun.len()).unwrap_or(w);
    w.eq_ignore_ascii_case(noun)
}

fn span(doc: &Doc<'_>, r: Range<usize>) -> Span {
    zones::span(doc, r)
}

/// A quote's shape before it becomes a report record.
struct Draft {
    kind: QuoteKind,
    content: Range<usize>,
    speaker: Option<Speaker>,
    cue: Option<String>,
    /// The opening mark of a quote in marks.
    open: Option<usize>,
    nested: Vec<Range<usize>>,
    brackets: Vec<Range<usize>>,
}

/// Find the quotes; fill `roles` on person entities.
pub fn find(doc: &Doc<'_>, zoning: &Zoning, found: &[Found], entity_of: &[Option<usize>], entities: &mut [Entity]) -> Vec<Quote> {
    let n = doc.tokens.len();
    let names = Names::new(doc, found, entity_of);
    let (roles, sex) = roles::find(doc, &names, entities.len());
    for (e, r) in entities.iter_mut().zip(roles) {
        if e.kind == MentionType::Person {
            e.roles = Some(r);
        }
    }
    let entities: &[Entity] = entities;
    let story = |i: usize| matches!(zoning.zone_of(i), Zone::Body | Zone::Standfirst);
    let antecedents: Vec<usize> = (0..names.len())
        .filter(|&m| {
            let (f, entity) = names.found_at(m);
            entity.is_some() && matches!(f.kind, MentionType::Person | MentionType::Organisation) && story(f.tokens.start)
        })
        .collect();
    let mut cx = Cx { doc, zoning, names, in_direct: TokenSet::new(n), used_cue: TokenSet::new(n), sex, antecedents, entities };

    let marked = marks::pair(doc, zoning);
    let mut drafts: Vec<Draft> = Vec::new();
    // Quotes inside quotes are not pronoun antecedents; mark all quoted tokens first.
    let mut in_any = TokenSet::new(n);
    for m in &marked {
        for i in m.content() {
            in_any.insert(i);
        }
    }
    cx.antecedents.retain(|&m| !in_any.contains(cx.names.tokens(m).start));

    let mut last_direct: Option<(u32, Option<Speaker>)> = None; // (block of quote, speaker)
    // The last direct quote's closing mark, speaker and cue, when an attribution after it was found.
    let mut last_attributed: Option<(usize, Option<Speaker>, Option<String>)> = None;
    // The blocks are read only around direct quotes, which most stories lack: found on first use.
    let blocks = std::cell::OnceCell::new();
    let block_of = || blocks.get_or_init(|| Blocks::new(doc));
    for m in &marked {
        let mut content = m.content();
        // The comma before the closing mark belongs to the attribution: “... regions,” Ren said.
        if content.len() > 1 && matches!(cx.t(content.end - 1), ",") {
            content.end -= 1;
        }
        // “We have made hard choices,” Eriksen said, “but they are the right ones.”: the quote
        // the attribution splits goes on after a comma, the same speaker's.
        let resumed = last_attributed.take().filter(|(close, ..)| {
            *close < m.open && m.open - close <= 8 && cx.t(m.open - 1) == "," && (close + 1..m.open).any(|i| cx.used_cue.contains(i))
        });
        let kind = if resumed.is_some() || is_direct(&cx, m) { QuoteKind::Direct } else { QuoteKind::Partial };
        let mut d = Draft {
            kind,
            content: content.clone(),
            speaker: None,
            cue: None,
            open: Some(m.open),
            nested: marks::nested(doc, content.clone()),
            brackets: marks::brackets(doc, content.clone()),
        };
        if kind == QuoteKind::Direct {
            for i in m.content() {
                cx.in_direct.insert(i);
            }
            if let Some((_, speaker, cue)) = resumed {
                (d.speaker, d.cue) = (speaker, cue);
            } else if let Some((sp, cue, c)) = indirect::after_quote(&cx, m.close).or_else(|| indirect::before_quote(&cx, m.open)) {
                d.speaker = Some(sp);
                d.cue = Some(cue);
                cx.used_cue.insert(c);
                last_attributed = Some((m.close, d.speaker.clone(), d.cue.clone()));
            } else if let Some((qb, sp)) = &last_direct {
                let this = block_of().of(m.open);
                let first_in_block = marks::block_start(doc, m.open);
                if *qb == this || first_in_block && *qb + 1 == this {
                    d.speaker = sp.clone().map(|mut s| {
                        s.how = if *qb == this { "same_paragraph" } else { "previous_paragraph" };
                        s
                    });
                }
            }
            if d.speaker.is_none() && marks::block_start(doc, m.open) {
                d.speaker = previous_paragraph_person(&cx, block_of(), m.open);
            }
            last_direct = Some((block_of().of(m.close), d.speaker.clone()));
        }
        drafts.push(d);
    }

    let reported = indirect::find(&cx, found);
    // A partial quote inside reported speech is that speaker's words.
    let by_sentence: std::collections::HashMap<u32, usize> =
        reported.iter().enumerate().map(|(i, r)| (doc.sentence_of(r.content.start), i)).collect();
    for d in drafts.iter_mut().filter(|d| d.kind == QuoteKind::Partial) {
        let s = doc.sentence_of(d.content.start);
        if let Some(r) = by_sentence.get(&s).map(|&i| &reported[i]) {
            d.speaker = r.speaker.clone();
            d.cue = r.cue.clone();
        } else if let Some((speaker, verb)) = d.open.and_then(|open| indirect::named_by(&cx, open)) {
            // "Schumer called it “a strong bipartisan vote”".
            d.speaker = Some(speaker);
            d.cue = Some(verb);
        }
    }
    drafts.extend(reported.into_iter().map(|r| Draft {
        kind: QuoteKind::Indirect,
        content: r.content,
        speaker: r.speaker,
        cue: r.cue,
        open: None,
        nested: vec![],
        brackets: vec![],
    }));
    drafts.sort_by_key(|d| (d.content.start, d.content.end));
    drafts.into_iter().filter(|d| !d.content.is_empty()).map(|d| to_quote(doc, d)).collect()
}

fn to_quote(doc: &Doc<'_>, d: Draft) -> Quote {
    let s = span(doc, d.content.clone());
    let speaker_text = d.speaker.as_ref().map(|sp| doc.text[sp.byte.clone()].to_owned());
    Quote {
        kind: d.kind,
        text: s.text,
        start: s.start,
        end: s.end,
        byte_start: s.byte_start,
        byte_end: s.byte_end,
        speaker: d.speaker.as_ref().and_then(|sp| sp.entity),
        speaker_text,
        speaker_start: d.speaker.as_ref().map(|sp| sp.chars.start),
        speaker_end: d.speaker.as_ref().map(|sp| sp.chars.end),
        cue: d.cue,
        attribution: d.speaker.as_ref().map(|sp| sp.how.to_owned()),
        nested: d.nested.into_iter().map(|r| span(doc, r)).collect(),
        brackets: d.brackets.into_iter().map(|r| span(doc, r)).collect(),
    }
}

/// Direct: the quote opens a sentence or block, or follows a colon, a comma before a capital,
/// a dash or a speech verb. Partial: anything else ("to “pause and rethink” the scheme").
fn is_direct(cx: &Cx<'_, '_>, m: &marks::Marked) -> bool {
    let doc = cx.doc;
    if m.blocks > 1 || marks::block_start(doc, m.open) || m.open == 0 {
        return true;
    }
    let first_upper = doc.tokens.get(m.open + 1).is_some_and(|t| t.is_capitalised() || t.kind == TokKind::Punct);
    match cx.t(m.open - 1) {
        "." | "!" | "?" | ":" | "…" | "—" | "–" | "(" => true,
        "," => first_upper,
        w => doc.layout.sentences[doc.sentence_of(m.open) as usize].tokens.start == m.open || cues::is_cue(w) && first_upper,
    }
}

/// The blocks (paragraphs) of the text, numbered from 0: where each after the first starts.
/// One per paragraph, where a number per token would be four bytes a token.
struct Blocks {
    /// Token indices (32 bits, as token offsets are).
    starts: Vec<u32>,
}

impl Blocks {
    fn new(doc: &Doc<'_>) -> Blocks {
        // Every block starts a sentence (a blank line always ends one, and a line that is a
        // sentence of its own starts one): the sentences' first tokens are the only ones to ask.
        let sentence_starts = doc.layout.sentences.iter().map(|s| s.tokens.start);
        Blocks { starts: sentence_starts.filter(|&i| i > 0 && marks::block_start(doc, i)).map(|i| i as u32).collect() }
    }

    /// The number of the block holding token `i`.
    fn of(&self, i: usize) -> u32 {
        self.starts.partition_point(|&start| start as usize <= i) as u32
    }
}

/// The speaker named in the paragraph before: the speaker of its last direct quote (already
/// tried), else its last person mention outside quotes.
fn previous_paragraph_person(cx: &Cx<'_, '_>, block_of: &Blocks, open: usize) -> Option<Speaker> {
    let this = block_of.of(open);
    if this == 0 {
        return None;
    }
    let upto = cx.antecedents.partition_point(|&m| cx.names.tokens(m).end <= open);
    for &m in cx.antecedents[..upto].iter().rev().take(30) {
        let r = cx.names.get(m);
        if block_of.of(r.tokens.start) + 1 < this {
            break;
        }
        if r.kind == MentionType::Person && block_of.of(r.tokens.start) + 1 == this {
            return Some(cx.name_speaker(r, "previous_paragraph"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::TokenSet;

    /// The blocks found from the sentences' starts are those found from every token.
    #[test]
    fn blocks_start_at_sentences() {
        let text = "Headline here\n\n“It rained,” he said. Then it stopped.\nA line alone\nwrapped on\n\n\nEnd. Of it.";
        let doc = crate::extract::Doc::new(text, None);
        let every_token: Vec<u32> = (1..doc.tokens.len()).filter(|&i| super::marks::block_start(&doc, i)).map(|i| i as u32).collect();
        assert_eq!(super::Blocks::new(&doc).starts, every_token);
    }

    /// `any_in` answers as a look at each token of the range would, across word boundaries.
    #[test]
    fn any_in_is_contains_over_the_range() {
        let n = 200;
        for members in [vec![], vec![0], vec![63], vec![64], vec![127, 128], vec![5, 70, 199]] {
            let mut set = TokenSet::new(n);
            for &m in &members {
                set.insert(m);
            }
            for start in 0..n {
                for end in start..=n {
                    assert_eq!(set.any_in(start..end), (start..end).any(|i| set.contains(i)), "{members:?} {start}..{end}");
                }
            }
        }
    }
}
