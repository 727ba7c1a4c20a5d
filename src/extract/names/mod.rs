//! Names: capitalised chunks, classified by the person, organisation and place modules,
//! then an orthographic pass (after GATE ANNIE's orthomatcher) that gives a later "Ren",
//! "Alibaba" or "ITU" the type of the fuller name it is a variant of.

mod chunks;
mod sports;
mod variants;

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;

use super::acronyms::AcronymDef;
use super::word_facts::WordFacts;
use super::{organisation, person, place, Doc, Found};
use crate::lexicon;
use crate::report::MentionType;
use crate::tokens::TokKind;

pub use chunks::chunks;
pub use variants::{variant_forms, variant_forms_into};
use chunks::segment_unreliable;
use sports::{next_to_result, table_team};
use variants::variant_table;

/// A run of capitalised tokens that may be a name.
#[derive(Debug, Clone)]
pub struct Chunk<'a> {
    pub range: Range<usize>,
    /// Token texts joined by single spaces, possessive ending removed: the lookup key. Borrowed
    /// from the text when the tokens stand one space apart there, as nearly all do: a large
    /// document holds hundreds of thousands of chunks.
    pub key: Cow<'a, str>,
    /// The first token opens its sentence, where capitals prove nothing.
    pub sentence_initial: bool,
    /// The chunk sits in an ALL-CAPS or Title Case line, where capitals prove nothing.
    pub unreliable_case: bool,
    /// A title or role was peeled off the front or stands just before: "Mr", "secretary general".
    pub title_before: Option<&'static str>,
    /// Where the key's first word ends and its last word starts: the classifiers ask for them
    /// again and again. 32 bits (a key is shorter than the document, at most 4 GiB): a large
    /// document holds hundreds of thousands of chunks.
    first_end: u32,
    last_start: u32,
    /// The key's gazetteer class and well-known-organisation entry, looked up on first use:
    /// the three classifiers ask them of the same chunk again and again.
    place: std::cell::OnceCell<Option<lexicon::PlaceClass>>,
    known_org: std::cell::OnceCell<Option<(&'static str, &'static str)>>,
    /// The key in Title Case and its gazetteer class, for chunks in capitals: the three
    /// classifiers each ask them.
    title_key: std::cell::OnceCell<Box<str>>,
    title_place: std::cell::OnceCell<Option<lexicon::PlaceClass>>,
    /// Whether the key has a lower-case letter, worked out on first use: all three
    /// classifiers ask it.
    has_lowercase: std::cell::Cell<Option<bool>>,
}

impl<'a> Chunk<'a> {
    pub fn new(range: Range<usize>, key: impl Into<Cow<'a, str>>, sentence_initial: bool, unreliable_case: bool, title_before: Option<&'static str>) -> Chunk<'a> {
        let key = key.into();
        // Byte loops: keys are a few words long, too short to pay for a searcher's set-up.
        let first_end = key.bytes().position(|b| b == b' ').unwrap_or(key.len()) as u32;
        let last_start = key.bytes().rposition(|b| b == b' ').map_or(0, |at| at + 1) as u32;
        Chunk {
            range,
            first_end,
            last_start,
            key,
            sentence_initial,
            unreliable_case,
            title_before,
            place: std::cell::OnceCell::new(),
            known_org: std::cell::OnceCell::new(),
            title_key: std::cell::OnceCell::new(),
            title_place: std::cell::OnceCell::new(),
            has_lowercase: std::cell::Cell::new(None),
        }
    }

    /// The key has a lower-case letter (`char::is_lowercase`), cached: an ASCII key (nearly
    /// every one) is read by its bytes. (A plain cell: a `OnceCell`'s first fill is a call.)
    #[inline]
    pub fn has_lowercase(&self) -> bool {
        if let Some(known) = self.has_lowercase.get() {
            return known;
        }
        let key = &self.key;
        let lower = if key.is_ascii() { key.bytes().any(|b| b.is_ascii_lowercase()) } else { key.chars().any(char::is_lowercase) };
        self.has_lowercase.set(Some(lower));
        lower
    }

    /// `lexicon::place(&self.key)`, cached.
    pub fn place(&self) -> Option<lexicon::PlaceClass> {
        *self.place.get_or_init(|| lexicon::place(&self.key))
    }

    /// `lexicon::known_org(&self.key)`, cached.
    pub fn known_org(&self) -> Option<(&'static str, &'static str)> {
        *self.known_org.get_or_init(|| lexicon::known_org(&self.key))
    }

    /// `organisation::title_case(&self.key)`, cached.
    pub fn title_key(&self) -> &str {
        self.title_key.get_or_init(|| organisation::title_case(&self.key).into_boxed_str())
    }

    /// `lexicon::place(self.title_key())`, cached.
    pub fn title_place(&self) -> Option<lexicon::PlaceClass> {
        *self.title_place.get_or_init(|| lexicon::place(self.title_key()))
    }

    pub fn len(&self) -> usize {
        self.range.len()
    }

    pub fn is_empty(&self) -> bool {
        self.range.is_empty()
    }

    /// The key's words (`key.split(' ')`).
    pub fn words(&self) -> Words<'_> {
        words_of(&self.key)
    }

    pub fn last_word(&self) -> &str {
        &self.key[self.last_start as usize..]
    }

    /// The chunk's last token has no possessive ending ("Acme's shares" reads differently).
    pub fn possessive_free(&self, doc: &Doc<'_>) -> bool {
        doc.tokens[self.range.end - 1].possessive_len() == 0
    }

    /// [`WordFacts`] of the key's `k`-th word: the token's own, cached per document, unless
    /// the word is not the token's text (a possessive ending cut off the last one).
    pub fn word_facts<'d>(&self, doc: &'d Doc<'_>, k: usize, word: &'d str) -> WordFacts<'d> {
        let i = self.range.start + k;
        // A borrowed key's words are the tokens' own texts: the same slice, told without
        // comparing bytes (a call to memcmp for each question of each chunk).
        if i < self.range.end && (std::ptr::eq(doc.tokens[i].text, word) || doc.tokens[i].text == word) {
            doc.facts(i)
        } else {
            WordFacts::uncached(word)
        }
    }

    /// [`WordFacts`] of the whole key: the token's own, cached, for a one-word chunk.
    pub fn key_facts<'d>(&'d self, doc: &'d Doc<'_>) -> WordFacts<'d> {
        if self.len() == 1 {
            self.word_facts(doc, 0, &self.key)
        } else {
            WordFacts::uncached(&self.key)
        }
    }

    pub fn first_word(&self) -> &str {
        &self.key[..self.first_end as usize]
    }

    /// The key after its first word and the space, if it has more than one word.
    pub fn after_first_word(&self) -> Option<&str> {
        self.key.get(self.first_end as usize + 1..)
    }
}

/// The words of a key, split at single spaces as `str::split(' ')` does: a byte loop, the
/// keys being too short to pay for a searcher's set-up.
pub struct Words<'a> {
    rest: Option<&'a str>,
}

/// The words of `name` ([`Words`]).
pub(super) fn words_of(name: &str) -> Words<'_> {
    Words { rest: Some(name) }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == b' ') {
            Some(at) => {
                // A space is one byte: both cuts are char boundaries.
                self.rest = Some(&rest[at + 1..]);
                Some(&rest[..at])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// How sure a classifier is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Context only ("in X", "X said").
    Weak = 1,
    /// Gazetteer or name-list evidence.
    Listed = 2,
    /// Decisive: a title, a suffix, a known organisation.
    Strong = 3,
}

#[derive(Debug, Clone, Copy)]
pub struct Verdict {
    pub kind: MentionType,
    pub rule: &'static str,
    pub strength: Strength,
}

/// The best verdict of the three classifiers.
pub(super) fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    // Market indices are not the organisations that compile them: "FTSE 100", "Nikkei 225",
    // "the Hang Seng index".
    let next = doc.tokens.get(c.range.end);
    // The cheap test of the next token first: few chunks stand before a short number.
    let short_number_next = next.is_some_and(|t| t.kind == TokKind::Number && t.space_before && t.text.len() <= 4 && t.text.bytes().all(|b| b.is_ascii_digit()));
    if next.is_some_and(|t| matches!(t.text, "index" | "Index" | "average" | "Average" | "Composite" | "futures" | "industrial" | "Industrial"))
        || (short_number_next && (c.known_org().is_some_and(|(_, class)| class != "club") || c.key.chars().all(|ch| ch.is_ascii_uppercase() || ch == '&') && !c.unreliable_case && !table_team(doc, c)) && !next_to_result(doc, c, true))
    {
        return None;
    }
    // "Hurricane Katrina", "Storm Ellen": a storm is none of the types.
    if c.len() >= 2 && lexicon::is_storm_head(doc.tokens[c.range.start].text) {
        return None;
    }
    let best = best_verdict(doc, c);
    // A club named after its town, in a result ("Leicestershire beat Somerset", "Dinamo 92-90"),
    // is the club; countries stay places by the newswire convention for national teams.
    // Venues ("At Portsmouth:") stay places.
    let prev = if c.range.start > 0 { doc.tokens[c.range.start - 1].text } else { "" };
    // Asked once: the venue and dateline tests below both need it. A chunk opening its
    // sentence is sentence-initial: the sentence is looked up only for those few.
    let opens_sentence = c.sentence_initial && c.range.start == doc.sentence_range(c.range.start).start;
    // "At Portsmouth: Middlesex beat ...", "Portsmouth: Middlesex 199 and 426".
    let line_head = opens_sentence && doc.tokens.get(c.range.end).is_some_and(|t| t.text == ":");
    let venue = matches!(prev, "at" | "At" | "in" | "In") || line_head;
    let town_or_unknown = match best {
        // (Two characters or more: the second is looked for, not every one counted.)
        None => !c.unreliable_case && c.len() < 4 && c.key.chars().nth(1).is_some() && !c.words().enumerate().all(|(k, w)| c.word_facts(doc, k, w).common_any_case()),
        Some(v) => {
            let shouted = c.unreliable_case || !c.has_lowercase();
            let class = if shouted { c.title_place() } else { c.place() };
            v.kind == MentionType::Place && matches!(class, Some(lexicon::PlaceClass::City | lexicon::PlaceClass::Region)) && v.strength < Strength::Strong
        }
    };
    // In a sports report a town named without "in"/"at" before it or a country after it plays.
    let town = best.is_some_and(|v| v.kind == MentionType::Place) || c.known_org().is_some_and(|(_, class)| class == "club");
    let dateline = opens_sentence
        && doc.tokens.get(c.range.end).is_some_and(|t| t.text == "," || t.kind == TokKind::Number && t.text.len() == 4);
    // Asked last (and only when it decides): the sports-story scan reads the whole story.
    let plays = || town && !dateline && !matches!(prev, "from" | "near" | "of" | "to" | "outside") && doc.is_sports_story();
    // Team nicknames in a sports report: "the Eagles", "the Mariners", "the All Blacks".
    // The story-wide question last: it scans the whole story the first time it is asked.
    let nickname = !c.unreliable_case
        && best.is_none_or(|v| v.strength == Strength::Weak)
        && c.len() <= 2
        && c.last_word().len() > 3
        && c.last_word().ends_with('s')
        && (matches!(prev, "the" | "The") || next_to_result(doc, c, false))
        && last_word_facts(doc, c).common_any_case()
        && !last_word_facts(doc, c).demonym()
        && doc.is_sports_story();
    if nickname {
        return Some(Verdict { kind: MentionType::Organisation, rule: "organisation.team_nickname", strength: Strength::Listed });
    }
    if town_or_unknown && !venue && (table_team(doc, c) || plays() || (best.is_some() || !c.unreliable_case) && next_to_result(doc, c, best.is_some())) {
        return Some(Verdict { kind: MentionType::Organisation, rule: "organisation.sports_team", strength: Strength::Listed });
    }
    best
}

/// The strongest of the three classifiers' verdicts, an organisation first at equal strength.
fn best_verdict(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    let org = organisation::classify(doc, c);
    // A decisive organisation verdict outranks anything the others could say.
    if org.is_some_and(|v| v.strength == Strength::Strong) {
        return org;
    }
    // The last of the strongest, as `max_by_key` picks (the three kinds rank apart anyway),
    // compared one by one rather than through an iterator's adapters.
    let rank = |v: &Verdict| (v.strength, kind_rank(v.kind));
    let mut best = org;
    for v in [person::classify(doc, c), place::classify(doc, c)].into_iter().flatten() {
        if best.is_none_or(|b| rank(&v) >= rank(&b)) {
            best = Some(v);
        }
    }
    best
}

/// [`Chunk::word_facts`] of the chunk's last word.
fn last_word_facts<'d>(doc: &'d Doc<'_>, c: &'d Chunk) -> WordFacts<'d> {
    c.word_facts(doc, c.len().saturating_sub(1), c.last_word())
}

/// Tie-break at equal strength: a suffix-bearing organisation before a person before a place.
fn kind_rank(k: MentionType) -> u8 {
    match k {
        MentionType::Organisation => 3,
        MentionType::Person => 2,
        MentionType::Place => 1,
        _ => 0,
    }
}

/// The chunk whose tokens cover `span`. Chunks come in text order and do not overlap, so only
/// the last one starting at or before the span can: a binary search keeps a story that
/// defines many acronyms linear.
fn chunk_covering(chunks: &[Chunk], span: std::ops::Range<usize>) -> Option<usize> {
    let k = chunks.partition_point(|c| c.range.start <= span.start).checked_sub(1)?;
    (span.end <= chunks[k].range.end).then_some(k)
}

/// Run the name extractors over the document.
pub fn extract(doc: &Doc<'_>, acronyms: &[AcronymDef], out: &mut Vec<Found>) {
    let (chunks, unreliable) = chunks(doc);
    debug_assert!(chunks.windows(2).all(|w| w[0].range.end <= w[1].range.start), "chunks in text order, disjoint");
    let mut verdicts: Vec<Option<Verdict>> = chunks.iter().map(|c| classify(doc, c)).collect();

    // Acronyms take the type of the long form they abbreviate. A long form no chunk covers
    // ("China Road and Bridge Corporation (CRBC)", cut at "and") is a name of its own, which
    // outranks its pieces.
    let mut acronym_type: HashMap<&str, MentionType> = HashMap::default();
    for def in acronyms {
        let long = chunk_covering(&chunks, def.long.clone()).map(|k| &verdicts[k]);
        if let Some(Some(v)) = long {
            acronym_type.insert(def.short.as_str(), v.kind);
        } else if let Some(kind) = organisation::long_form_kind(&def.long_text) {
            acronym_type.insert(def.short.as_str(), kind);
            if long.is_none() {
                let mut f = Found::name(doc, kind, def.long.clone(), "acronym.long_form");
                f.priority = Strength::Strong as u8;
                out.push(f);
            }
        }
    }
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        if let Some(&kind) = acronym_type.get(&*c.key) {
            *v = Some(Verdict { kind, rule: "acronym.defined", strength: Strength::Strong });
        }
    }

    // Orthographic variants: names already typed lend their type to their short forms.
    let variants = variant_table(doc, &chunks, &verdicts);
    // A weak local guess gives way to what the story has established for the same form.
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        // A surname or company from this story beats a town of that name ("Imran Hassan" ...
        // "Hassan").
        // So does a person's family name any listed place of that name ("Haruto Ishikawa" ...
        // "Ishikawa, 47, said", not the prefecture; "Neil Jordan" ... "Jordan said").
        // Only a form the story has established changes anything: asked first.
        let Some((kind, from_weak_name)) = variants.get_with_weakness(&c.key) else { continue };
        let listed_place = v.is_some_and(|v| v.kind == MentionType::Place && v.strength == Strength::Listed);
        let town = listed_place && matches!(c.place(), Some(lexicon::PlaceClass::City));
        // A form only a weak full name lends fills a gap or beats a listed place; it does not
        // relabel another weak reading (nor the full name's own).
        let weak = if from_weak_name { v.is_none() } else { v.is_none_or(|v| v.strength == Strength::Weak && v.rule != "acronym.defined") };
        let overridden = match kind {
            MentionType::Person => listed_place,
            kind => town && kind != MentionType::Place,
        };
        if weak || overridden {
            *v = Some(Verdict { kind, rule: "name.variant", strength: Strength::Weak });
        }
    }

    // A relative: "Naina Yeltsin" in a story about Yeltsin.
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        if v.is_none() && (2..=3).contains(&c.len()) && variants.get(c.last_word()) == Some(MentionType::Person) {
            *v = Some(Verdict { kind: MentionType::Person, rule: "name.family", strength: Strength::Weak });
        }
    }
    // The chunks of the ALL-CAPS and Title Case lines come after the others.
    let starts = firm_starts(doc, &chunks, &mut verdicts);
    let mut segmented: Vec<(Chunk, Option<Verdict>)> = Vec::new();
    for si in unreliable {
        segment_unreliable(doc, si, &variants, &mut segmented);
    }
    let reliable = chunks.iter().zip(&verdicts).zip(starts).map(|((c, v), start)| (c, v, start));
    for (c, v, start) in reliable.chain(segmented.iter().map(|(c, v)| (c, v, c.range.start))) {
        if let Some(v) = v {
            let mut f = Found::name(doc, v.kind, start..c.range.end, v.rule);
            f.priority = v.strength as u8;
            out.push(f);
        }
    }
    place::extract_affixed(doc, out);
}

/// Where each chunk's name starts: its own start, or, for a firm whose name joins partners
/// with "&" and closes with a comma and a legal form, the first of the partners listed before
/// it with commas ("Harbeson, Fletcher & Bateh, LLP", "Carr, Riggs & Ingram, LLC"), whose chunks lose
/// their verdicts to it.
fn firm_starts(doc: &Doc<'_>, chunks: &[Chunk], verdicts: &mut [Option<Verdict>]) -> Vec<usize> {
    let mut starts: Vec<usize> = chunks.iter().map(|c| c.range.start).collect();
    for k in 1..chunks.len() {
        let c = &chunks[k];
        // The legal form after a comma, as partnerships write it: a list of companies
        // ("Apple, Procter & Gamble Co and ...") has none.
        let firm = verdicts[k].is_some_and(|v| v.kind == MentionType::Organisation)
            && c.range.len() >= 4
            && lexicon::is_legal_form(doc.tokens[c.range.end - 1].text)
            && doc.tokens[c.range.end - 2].text == ","
            && c.range.clone().any(|i| doc.tokens[i].text == "&");
        if !firm {
            continue;
        }
        let mut j = k;
        while j > 0 && starts[k] >= 2 && doc.tokens[starts[k] - 1].text == "," && chunks[j - 1].range == (starts[k] - 2..starts[k] - 1) {
            j -= 1;
            starts[k] = chunks[j].range.start;
            verdicts[j] = None;
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chunk's lower-case flag is `char::is_lowercase` of some character of its key.
    #[test]
    fn has_lowercase_reads_every_character() {
        for key in ["", "ACME", "Acme", "U.S.", "ZÜRICH", "Zürich", "ÉLAN", "élan", "A b"] {
            let c = Chunk::new(0..1, key.to_owned(), false, false, None);
            assert_eq!(c.has_lowercase(), key.chars().any(char::is_lowercase), "{key:?}");
        }
    }

    /// [`Words`] splits as `str::split(' ')` does.
    #[test]
    fn words_split_like_str_split() {
        for key in ["", "Acme", "Bank of China", "a  b", " a", "a ", "Zürich Ölwerke AG"] {
            let c = Chunk::new(0..1, key.to_owned(), false, false, None);
            assert_eq!(c.words().collect::<Vec<_>>(), key.split(' ').collect::<Vec<_>>(), "{key:?}");
            assert_eq!(c.first_word(), key.split(' ').next().unwrap_or(""), "{key:?}");
            assert_eq!(c.last_word(), key.rsplit(' ').next().unwrap_or(""), "{key:?}");
            assert_eq!(c.after_first_word(), key.split_once(' ').map(|(_, rest)| rest), "{key:?}");
        }
    }
}
