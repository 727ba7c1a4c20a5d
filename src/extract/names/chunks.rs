//! Chunking: runs of capitalised tokens cut into candidate names — titles peeled, "and"/"of"
//! splits, nationalities and labels dropped — and ALL-CAPS lines segmented against what the
//! story already named.

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::ops::Range;

use super::variants::Variants;
use super::{classify, Chunk, Strength, Verdict};
use crate::extract::{organisation, Doc};
use crate::lexicon;
use crate::report::MentionType;
use crate::tokens::TokKind;

/// Lower-case words that may sit inside a name: "Bank of China", "Belt and Road",
/// "Mohammed bin Salman", "Ludwig van Beethoven".
#[inline]
pub(super) fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "and" | "&" | "for" | "de" | "da" | "do" | "dos" | "das" | "du" | "des" | "del" | "della"
            | "di" | "la" | "le" | "van" | "von" | "der" | "den" | "ter" | "bin" | "binti" | "ibn" | "al" | "el"
            | "y" | "the"
    )
}

/// Token `i` can be part of a name: a capitalised word, not a weekday or a hyphenated
/// ordinary word ([`WordFacts::name_shaped`](crate::extract::word_facts::WordFacts::name_shaped),
/// asked once per token: the chunker, the trimming of parts and the sports rules all ask it).
#[inline(always)]
pub(super) fn is_name_token(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.tokens[i];
    // An ASCII first letter (nearly every word's) is told by its byte, no character decoded:
    // the chunker asks this of every token.
    let capitalised = match t.text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => t.is_capitalised(),
    };
    t.kind == TokKind::Word && capitalised && doc.facts(i).name_shaped()
}

/// An ALL-CAPS line, or a Title Case headline (a function word capitalised mid-line:
/// "Forum To Woo Belt And Road Partners"), where capitals prove nothing. The pass over the
/// sentence's words also puts in `capitalised` (cleared first) every word that may be a name
/// token, in order: one whose first byte is an ASCII capital or not ASCII (the chunker then
/// looks at those alone, not at every token again).
pub(super) fn unreliable_case(doc: &Doc<'_>, sentence: usize, capitalised: &mut Vec<usize>) -> bool {
    capitalised.clear();
    let s = &doc.layout.sentences[sentence];
    // Words of two letters or more, how many of them are in capitals, and whether a function
    // word is capitalised after the first word: all counted in one pass.
    let (mut long, mut caps, mut first) = (0usize, 0usize, true);
    for (t, i) in doc.tokens[s.tokens.clone()].iter().zip(s.tokens.clone()) {
        if t.kind != TokKind::Word {
            continue;
        }
        let was_first = std::mem::replace(&mut first, false);
        // A capitalised function word after the first word makes the line Title Case, whatever
        // the rest holds. The function words all start with an ASCII capital.
        let title_word = || {
            !was_first
                && t.text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
                && matches!(t.text, "To" | "And" | "For" | "With" | "From" | "Into" | "Over" | "After" | "Is" | "Are" | "Be" | "As")
        };
        // Most words: two ASCII letters first, one of them in lower case ("said", "London"), a
        // long word not in capitals, told by two bytes.
        if let [b0, b1, ..] = t.text.as_bytes() {
            if b0.is_ascii_lowercase() && b1.is_ascii_alphabetic() {
                long += 1;
                continue;
            }
            if b0.is_ascii_uppercase() && b1.is_ascii_lowercase() {
                long += 1;
                capitalised.push(i);
                if title_word() {
                    return true;
                }
                continue;
            }
        }
        if t.text.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            capitalised.push(i);
        }
        let (two_letters, all_caps) = letters_and_caps(t);
        if two_letters {
            long += 1;
            caps += usize::from(all_caps);
        }
        if title_word() {
            return true;
        }
    }
    long > 0 && caps * 10 >= long * 6 && (long >= 2 || s.tokens.len() > 2)
}

/// Has the word two letters or more, and is it in capitals ([`Token::is_all_caps`])? One pass
/// over the bytes of an ASCII word (nearly all are), decoding none.
fn letters_and_caps(t: &crate::tokens::Token<'_>) -> (bool, bool) {
    let bytes = t.text.as_bytes();
    // Most words: a lower-case ASCII letter and another letter first.
    if bytes.len() >= 2 && bytes[0].is_ascii_lowercase() && bytes[1].is_ascii_alphabetic() {
        return (true, false);
    }
    if !t.text.is_ascii() {
        let two_letters = t.text.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
        return (two_letters, two_letters && t.is_all_caps());
    }
    let (mut letters, mut lower) = (0usize, false);
    for b in t.text.bytes() {
        letters += usize::from(b.is_ascii_alphabetic());
        lower |= b.is_ascii_lowercase();
        // Both answers are known once a lower-case letter and a second letter are seen.
        if lower && letters >= 2 {
            break;
        }
    }
    (letters >= 2, letters >= 2 && !lower)
}

/// Longest title or role (1-3 tokens) starting at token `i` and ending before `end`.
pub(super) fn title_at(doc: &Doc<'_>, i: usize, end: usize) -> Option<(usize, &'static str)> {
    // No title starts with this word: no phrase from here can be one.
    if !may_start_title(doc, i) {
        return None;
    }
    let mut best = None;
    let mut phrase = String::with_capacity(64);
    for n in 1..=3.min(end - i) {
        if n > 1 {
            phrase.push(' ');
        }
        phrase.push_str(doc.tokens[i + n - 1].text);
        // Nor is a phrase whose last word ends no title (most names after a title word).
        if may_end_title(doc, i + n - 1) {
            if let Some(class) = title_class_any_case(&phrase) {
                best = Some((n, class));
            }
        }
    }
    best
}

/// Can a title phrase end with token `i` ([`lexicon::title_may_end_with`] of its ASCII lower
/// case)? Always yes for a word not in ASCII, whose lower case may differ.
fn may_end_title(doc: &Doc<'_>, i: usize) -> bool {
    !doc.tokens[i].text.is_ascii() || lexicon::title_may_end_with(doc.ascii_lower(i))
}

/// Can a title phrase start with token `i` ([`lexicon::title_may_start_with`] of its ASCII
/// lower case)? Always yes for a word not in ASCII.
fn may_start_title(doc: &Doc<'_>, i: usize) -> bool {
    !doc.tokens[i].text.is_ascii() || lexicon::title_may_start_with(doc.ascii_lower(i))
}

/// The title class of `phrase` as written, else in lower case ("Secretary General").
fn title_class_any_case(phrase: &str) -> Option<&'static str> {
    lexicon::title_class(phrase).or_else(|| {
        // An ASCII phrase without capitals is its own lower case: no second look (and no copy).
        if phrase.is_ascii() && !phrase.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        lexicon::title_class_lower(phrase)
    })
}

/// Title or role in the 1-3 tokens just before token `i` ("WIC secretary general Ren").
pub(super) fn title_ending_before(doc: &Doc<'_>, i: usize) -> Option<&'static str> {
    // Every phrase tried ends with token i - 1: when no title ends with that word, none is one.
    // (Asked before the sentence is looked up: it lets nearly every chunk go.)
    // Titles end with words (a test holds the list to it): a mark or a number before the chunk
    // (a comma, a full stop, a quote) ends none.
    if i == 0 || doc.tokens[i - 1].kind != TokKind::Word || !may_end_title(doc, i - 1) {
        return None;
    }
    let sentence_start = doc.sentence_range(i).start;
    let mut phrase = String::with_capacity(64);
    for n in 1..=3usize {
        if i < sentence_start + n {
            break;
        }
        // Nor is a phrase whose first word starts no title.
        if !may_start_title(doc, i - n) {
            continue;
        }
        phrase.clear();
        for (k, t) in doc.tokens[i - n..i].iter().enumerate() {
            if k > 0 {
                phrase.push(' ');
            }
            phrase.push_str(t.text);
        }
        if let Some(class) = title_class_any_case(&phrase) {
            return Some(class);
        }
    }
    None
}

/// The lookup key of tokens `range` ([`Chunk::key`]): where only the key is asked about, this
/// spares [`make_chunk`]'s title and sentence checks.
pub(super) fn chunk_key<'a>(doc: &Doc<'a>, range: Range<usize>) -> Cow<'a, str> {
    // One token (most chunks): its text less its possessive ending.
    if range.len() == 1 {
        let t = &doc.tokens[range.start];
        return Cow::Borrowed(&doc.text[t.start()..t.stem_end()]);
    }
    let tokens = &doc.tokens[range.clone()];
    // Tokens one space apart, as nearly all are: the key is the text they span, less the
    // last one's possessive ending.
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
        if tokens.windows(2).all(|w| w[0].end() + 1 == w[1].start() && doc.text.as_bytes()[w[0].end()] == b' ') {
            return Cow::Borrowed(&doc.text[first.start()..last.end() - last.possessive_len()]);
        }
    }
    // Never longer than the text the tokens span.
    let span = range.clone().last().map_or(0, |l| doc.tokens[l].end() - doc.tokens[range.start].start());
    let mut key = String::with_capacity(span);
    for (n, i) in range.clone().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        let t = &doc.tokens[i];
        key.push_str(if i + 1 == range.end { t.stem() } else { t.text });
    }
    Cow::Owned(key)
}

pub(super) fn make_chunk<'a>(doc: &Doc<'a>, range: Range<usize>, title_before: Option<&'static str>, unreliable: bool) -> Chunk<'a> {
    let key = chunk_key(doc, range.clone());
    let sentence_initial = doc.sentence_initial(range.start);
    let title_before = title_before.or_else(|| title_ending_before(doc, range.start));
    // A one-token key is the token's text less its possessive ending: the whole text when the
    // lengths agree.
    let one_word = range.len() == 1 && key.len() == doc.tokens[range.start].text.len();
    let chunk = Chunk::new(range.clone(), key, sentence_initial, unreliable, title_before);
    if one_word {
        // The key is the token's text: its gazetteer class comes with the token's other list
        // answers, in the one lookup the classifiers need for them anyway.
        let _ = chunk.place.set(doc.facts(range.start).place());
    }
    chunk
}

/// Find the capitalised chunks of the document's ordinary sentences; also return the
/// sentences in ALL CAPS or Title Case, which are segmented later against what the story
/// and the lists know.
pub fn chunks<'a>(doc: &Doc<'a>) -> (Vec<Chunk<'a>>, Vec<usize>) {
    // About one chunk in ten tokens: room for them from the start.
    let mut out = Vec::with_capacity(doc.tokens.len() / 8);
    let mut unreliable = Vec::new();
    // The parts of the run at hand, and the sentence's words that may be name tokens (a
    // buffer for all of them), with room for a run's parts and a long sentence's words from
    // the start: growing them was a reallocation or two in every story.
    let (mut parts, mut capitalised) = (Vec::with_capacity(8), Vec::with_capacity(64));
    for (si, s) in doc.layout.sentences.iter().enumerate() {
        if unreliable_case(doc, si, &mut capitalised) {
            unreliable.push(si);
            continue;
        }
        // The first token not in a run yet: runs start at name tokens only, all among the
        // capitalised words.
        let mut next = s.tokens.start;
        for &i in &capitalised {
            if i < next || !is_name_token(doc, i) {
                continue;
            }
            // Extend over name tokens and connectors followed by a name token.
            let start = i;
            let mut end = i + 1;
            while end < s.tokens.end && doc.tokens[end - 1].possessive_len() == 0 {
                let t = &doc.tokens[end];
                // "By Shinichi Saoshiro TOKYO (Reuters)": an ALL-CAPS word after a mixed-case
                // name starts something else (a dateline).
                let caps_after_mixed = || {
                    t.is_all_caps()
                        && t.text.len() >= 3
                        && !doc.tokens[end - 1].is_all_caps()
                        && !is_legal_form(t.text)
                        && !doc.facts(end).org_suffix()
                };
                if is_name_token(doc, end) && !caps_after_mixed() {
                    end += 1;
                } else if is_connector(t.text) && end + 1 < s.tokens.end && is_name_token(doc, end + 1) {
                    end += 2;
                } else {
                    break;
                }
            }
            // "Commodity Systems, Inc." keeps its legal form across the comma.
            if end + 1 < s.tokens.end && doc.tokens[end].text == "," && is_legal_form(doc.tokens[end + 1].text) {
                end += 2;
            }
            parts.clear();
            split_run(doc, start..end, &mut parts);
            out.extend(parts.iter().map(|p| p.chunk(doc)));
            next = end;
        }
    }
    (out, unreliable)
}

pub(super) fn is_legal_form(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "Inc" | "Ltd" | "LLC" | "LLP" | "L.P" | "LP" | "Corp" | "plc" | "PLC" | "Co" | "AG" | "SA" | "NV" | "GmbH")
}

/// [`WordFacts`](crate::extract::word_facts::WordFacts) of token `i`'s stem, the form a
/// chunk's key ends with: the token's own unless a possessive ending was cut off.
fn stem_facts<'d>(doc: &'d Doc<'_>, i: usize) -> crate::extract::word_facts::WordFacts<'d> {
    let t = &doc.tokens[i];
    if t.possessive_len() == 0 {
        doc.facts(i)
    } else {
        crate::extract::word_facts::WordFacts::uncached(t.stem())
    }
}

/// Heads that keep an "of" inside a name: "Bank of China", "Gulf of Mexico", "Duke of York".
/// `i` is the head's token: an organisation suffix (from the per-document cache) or a head
/// known by name.
fn keeps_of_token(doc: &Doc<'_>, i: usize) -> bool {
    doc.facts(i).org_suffix() || keeps_of_by_name(doc.tokens[i].text)
}

/// The heads that keep an "of" besides the organisation suffixes.
fn keeps_of_by_name(head: &str) -> bool {
    matches!(
            head,
            "Republic" | "Kingdom" | "Gulf" | "Bay" | "Isle" | "Isles" | "Cape" | "Strait" | "Straits" | "Sea" | "City"
                | "State" | "States" | "Province" | "Duke" | "Duchess" | "Prince" | "Princess" | "Earl" | "Queen" | "King"
                | "Lake" | "Mount" | "Port" | "Sultanate" | "Emirate" | "Commonwealth" | "Federation" | "Court" | "House"
                | "Chamber" | "Secretary" | "Minister" | "Ministry" | "Department" | "Governor" | "Mayor" | "President"
                | "Chancellor" | "Speaker" | "Bishop" | "Archbishop" | "Friends" | "Sisters" | "Brothers" | "Sons"
        )
}

/// One name a run is cut into: its tokens, and the title peeled off just before it (when
/// none, [`make_chunk`] looks for one before the tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Part {
    start: usize,
    end: usize,
    title: Option<&'static str>,
    lists: KeyLists,
}

/// What the lists said of a part's key while its run was cut (the whole run's key is looked
/// up first), for the chunk made of it: the classifiers ask the same again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct KeyLists {
    /// [`Chunk::known_org`], if asked.
    known_org: Option<Option<(&'static str, &'static str)>>,
    /// [`Chunk::place`], if asked.
    place: Option<Option<lexicon::PlaceClass>>,
}

impl Part {
    /// The chunk of the part, with what the lists said of its key.
    fn chunk<'a>(&self, doc: &Doc<'a>) -> Chunk<'a> {
        let chunk = make_chunk(doc, self.start..self.end, self.title, false);
        // (make_chunk may have set a one-word key's place already: the same answer.)
        if let Some(known_org) = self.lists.known_org {
            let _ = chunk.known_org.set(known_org);
        }
        if let Some(place) = self.lists.place {
            let _ = chunk.place.set(place);
        }
        chunk
    }
}

/// The longest run whose cut is remembered ([`split_run`]): longer runs are rare, and each
/// would be a key of its own.
const REMEMBERED_RUN: usize = 16;

/// How many runs [`split_run`] remembers before it starts afresh: a bound on its memory over
/// an endless stream.
const REMEMBERED_RUNS: usize = 1 << 15;

/// Runs already cut ([`split_run`]): each run's text, and its parts by token offsets from
/// the run's start.
type RunCuts = FxHashMap<Box<str>, Box<[(u16, u16, Option<&'static str>, KeyLists)]>>;

thread_local! {
    /// Runs already cut, across documents: sentence openers ("The", "He"), bylines and the names
    /// a stream keeps coming back to are cut the same way each time. Per thread, so the
    /// workers of a batch share nothing.
    static RUNS: std::cell::RefCell<Option<RunCuts>> = const { std::cell::RefCell::new(None) };
}

/// [`cut_run`], remembered for a run of the same text. The cut reads nothing but the run's
/// tokens (their kinds and texts), except where "and" or "&" joins two names: whether to cut
/// there asks the classifiers, which read the context; those runs are cut afresh each time.
fn split_run(doc: &Doc<'_>, range: Range<usize>, parts: &mut Vec<Part>) {
    if range.len() == 1 {
        return cut_token(doc, range.start, parts);
    }
    let Some(text) = remembered_text(doc, range.clone()) else { return cut_run(doc, range, parts) };
    let known = RUNS.with(|runs| {
        let runs = runs.borrow();
        let cut = runs.as_ref()?.get(text)?;
        parts.extend(cut.iter().map(|&(start, end, title, lists)| Part { start: range.start + start as usize, end: range.start + end as usize, title, lists }));
        Some(())
    });
    if known.is_some() {
        return;
    }
    let before = parts.len();
    cut_run(doc, range.clone(), parts);
    let cut = parts[before..].iter().map(|p| ((p.start - range.start) as u16, (p.end - range.start) as u16, p.title, p.lists)).collect();
    RUNS.with(|runs| {
        let mut runs = runs.borrow_mut();
        let runs = runs.get_or_insert_with(RunCuts::default);
        if runs.len() >= REMEMBERED_RUNS {
            runs.clear();
        }
        runs.insert(text.into(), cut);
    });
}

/// The text of a run whose cut may be remembered: words one space apart (the text then
/// tells the tokens and their kinds), no "and" among them ("&" is no word), and not too many.
fn remembered_text<'a>(doc: &Doc<'a>, range: Range<usize>) -> Option<&'a str> {
    let tokens = &doc.tokens[range];
    let (first, last) = (tokens.first()?, tokens.last()?);
    let remembered = tokens.len() <= REMEMBERED_RUN
        && tokens.iter().all(|t| t.kind == TokKind::Word && t.text != "and")
        && tokens.windows(2).all(|w| w[0].end() + 1 == w[1].start() && doc.text.as_bytes()[w[0].end()] == b' ');
    remembered.then(|| &doc.text[first.start()..last.end()])
}

/// The well-known organisation and the gazetteer class of a run's key ([`Chunk::known_org`]
/// and [`Chunk::place`] of the chunk [`make_chunk`] would make of it), from one probe of the
/// merged name-word table, which tells both whether the key is a known organisation (nearly
/// no key is: its own list is asked only then) and its place class. A one-word key's answers
/// come with the token's.
fn key_lists(doc: &Doc<'_>, range: &Range<usize>, key: &str) -> (Option<(&'static str, &'static str)>, Option<lexicon::PlaceClass>) {
    let (listed, place) = if range.len() == 1 && doc.tokens[range.start].text.len() == key.len() {
        let facts = doc.facts(range.start);
        (facts.known_org_listed(), facts.place())
    } else {
        let words = lexicon::name_words(key);
        (words.known_org, words.place)
    };
    (if listed { lexicon::known_org(key) } else { None }, place)
}

/// Peel stop words, titles and a leading nationality off a raw run, and split it where a
/// title sits inside ("French President Jacques Chirac") or where "and"/"of" joins two names
/// ("Nasser Hussain and Peter Such", "John Casesa of Schroder Wertheim & Co.").
pub(super) fn cut_run(doc: &Doc<'_>, range: Range<usize>, parts: &mut Vec<Part>) {
    if lone_stopword(doc, range.clone()) {
        return;
    }
    let whole = Part { start: range.start, end: range.end, title: None, lists: KeyLists::default() };
    let key = chunk_key(doc, range.clone());
    let (known_org, place) = key_lists(doc, &range, &key);
    if known_org.is_some() {
        parts.push(Part { lists: KeyLists { known_org: Some(known_org), place: None }, ..whole });
        return;
    }
    // What the lists said of the whole run, for a part that is the whole run.
    let whole_lists = KeyLists { known_org: Some(None), place: Some(place) };
    if place.is_some() {
        // "The Philippines": the article is not part of a place's name.
        let article = range.len() > 1 && matches!(doc.tokens[range.start].text, "The" | "the");
        parts.push(if article { Part { start: range.start + 1, ..whole } } else { Part { lists: whole_lists, ..whole } });
        return;
    }
    // A name run into a place with no comma: "Jonathan Barrett Port Hedland" (a caption).
    if range.len() >= 4 && doc.facts(range.start).given() {
        for cut in range.start + 2..range.end - 1 {
            let tail = cut..range.end;
            if tail.len() >= 2 && matches!(lexicon::place(&chunk_key(doc, tail.clone())), Some(lexicon::PlaceClass::City | lexicon::PlaceClass::Region | lexicon::PlaceClass::Country)) {
                push_part(doc, range.start..cut, None, parts);
                parts.push(Part { start: cut, ..whole });
                return;
            }
        }
    }
    let before = parts.len();
    let mut start = range.start;
    let mut title = None;
    let mut i = range.start;
    while i < range.end {
        let t = &doc.tokens[i];
        // A title that starts a place's name is the place's: "Prince Edward Island". Asked only
        // of a title (rare), the place lookups being the dearer question.
        if let Some((n, class)) = title_at(doc, i, range.end).filter(|_| !starts_place(doc, i, range.end)) {
            // "General Motors" stays whole: a title only counts before a name token; "Dean
            // Jones" is a name, not a dean.
            // Nor is a given name after an honorific: "Dr Amir Saleh" is no emir.
            let after_honorific = i == start && title == Some("honorific");
            let given = n == 1
                && (doc.facts(i).given() || doc.facts(i).given_ambiguous())
                && (after_honorific || i + 2 == range.end && stem_facts(doc, i + 1).surname() && !stem_facts(doc, i + 1).given());
            // Nor, unless an honorific ("Mr Buttress"), before an everyday word ("General
            // Electric", "Anchor Brewing") or in a company's name ("President Energy plc").
            let name_after = || {
                let f = stem_facts(doc, i + n);
                class == "honorific" || f.given() || f.given_ambiguous() || f.surname() || !f.common_any_case()
            };
            let company = || {
                let last = doc.tokens[range.end - 1].text;
                lexicon::is_legal_form(last) || lexicon::org_suffix_class(last) == Some("company")
            };
            if i + n < range.end && !is_connector(doc.tokens[i + n].text) && !given && name_after() && !company() {
                push_part(doc, start..i, title, parts);
                title = Some(class);
                i += n;
                start = i;
                continue;
            }
        }
        // A short stop word that is also a given name (the month abbreviations "Jan" and
        // "Jun") stays before a word only a name has: "Jan Kowalski", "Jun Young-hyun" (but
        // "May Day", "In June", "Jan. 5").
        let named = || {
            let next = &doc.tokens[i + 1];
            t.text.len() <= 3
                && doc.facts(i).given_ambiguous()
                && !stem_facts(doc, i + 1).common_any_case()
                && !next.is_all_caps()
                && crate::extract::date::month_number(next.stem()).is_none()
        };
        if i == start && (is_connector(t.text) || doc.facts(i).capitalised_stopword() && !(i + 1 < range.end && named())) {
            i += 1;
            start = i;
            continue;
        }
        let of_place = || {
            let rest = chunk_key(doc, i + 1..range.end);
            let legal_form = matches!(
                doc.tokens[i - 1].text.trim_end_matches('.'),
                "Corp" | "Corporation" | "Inc" | "Co" | "Ltd" | "Limited" | "plc" | "PLC" | "AG" | "SA" | "NV" | "GmbH" | "LLC" | "Group" | "Holdings"
            );
            legal_form && lexicon::place(&rest).is_some()
        };
        // "for" joins only an institution's name: "Center for Strategic Studies", not "Julie
        // Bidwell for The Wall Street Journal".
        let splits_for = t.text == "for" && i > start && !doc.facts(i - 1).org_suffix();
        if splits_for || t.text == "of" && i > start && (!keeps_of_token(doc, i - 1) || of_place()) {
            push_part(doc, start..i, title.take(), parts);
            start = i + 1;
        }
        if matches!(t.text, "and" | "&") && i > start && splits_at_and(doc, start..range.end, i) {
            push_part(doc, start..i, title.take(), parts);
            start = i + 1;
        }
        i += 1;
    }
    push_part(doc, start..range.end, title, parts);
    for part in &mut parts[before..] {
        if part.start == range.start && part.end == range.end {
            part.lists = whole_lists;
        }
    }
}

/// [`cut_run`] of a run of one name token, the most common run: it is the whole run's part
/// unless it is a lone stop word or connector, or [`push_part`] drops it. Told from the
/// token's cached list answers, which the classifiers ask anyway: quicker than a look in the
/// table of remembered cuts, let alone a cut afresh.
fn cut_token(doc: &Doc<'_>, i: usize, parts: &mut Vec<Part>) {
    let range = i..i + 1;
    let t = &doc.tokens[i];
    let (known_org, place) = key_lists(doc, &range, t.stem());
    if known_org.is_some() {
        parts.push(Part { start: i, end: i + 1, title: None, lists: KeyLists { known_org: Some(known_org), place: None } });
        return;
    }
    let lists = KeyLists { known_org: Some(None), place: Some(place) };
    if place.is_some() {
        parts.push(Part { start: i, end: i + 1, title: None, lists });
        return;
    }
    // A lone stop word ([`lone_stopword`]: not listed as above) is peeled off, and nothing is
    // left. (A name token is capitalised: no connector, those are all in lower case or "&".)
    debug_assert!(!is_connector(t.text));
    if doc.facts(i).capitalised_stopword() {
        return;
    }
    // What push_part asks of a one-token part: a name token is neither trimmed nor a
    // nationality before a name; it must have two letters and not be a month's name.
    let second_letter = if t.text.is_ascii() { t.text.bytes().skip(1).any(|b| b.is_ascii_alphabetic()) } else { t.text.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() };
    if !second_letter || may_name_month(t.text) && crate::extract::date::month_number(t.stem()).is_some() {
        return;
    }
    parts.push(Part { start: i, end: i + 1, title: None, lists });
}

/// A run of one capitalised stop word or connector ("The", "However" opening a sentence) that
/// is no listed organisation or place: [`cut_run`] would peel it off and keep nothing, so
/// no chunk need be made for it (nearly every sentence opens with one).
fn lone_stopword(doc: &Doc<'_>, range: Range<usize>) -> bool {
    if range.len() != 1 {
        return false;
    }
    let t = &doc.tokens[range.start];
    if !(is_connector(t.text) || doc.facts(range.start).capitalised_stopword()) {
        return false;
    }
    // The whole run's key and the lookups cut_run asks of it first.
    let (known_org, place) = key_lists(doc, &range, t.stem());
    place.is_none() && known_org.is_none()
}

/// A two- or three-token place starts at token `i` (before `end`): "New York", "Hong Kong".
/// The phrase is built up in one buffer, as [`chunk_key`] would spell it.
fn starts_place(doc: &Doc<'_>, i: usize, end: usize) -> bool {
    if i + 2 > end {
        return false;
    }
    let mut phrase = String::with_capacity(64);
    phrase.push_str(doc.tokens[i].text);
    for e in i + 2..=end.min(i + 3) {
        // The previous phrase's last token ends in its stem; this one goes on past it.
        phrase.push(' ');
        let last = &doc.tokens[e - 1];
        let base = phrase.len();
        phrase.push_str(last.stem());
        if lexicon::place(&phrase).is_some() {
            return true;
        }
        // Keep the full text of the token for the next, longer phrase.
        phrase.truncate(base);
        phrase.push_str(last.text);
    }
    false
}

/// "Nasser Hussain and Peter Such" and "Micron Technology and Qualcomm" are two names;
/// "London International Financial Futures and Options Exchange" is one. Keep the whole when it
/// has an organisation's shape and one side alone is no name; else split.
pub(super) fn splits_at_and(doc: &Doc<'_>, range: Range<usize>, at: usize) -> bool {
    let right_end = (at + 1..range.end).find(|&j| matches!(doc.tokens[j].text, "and" | "&")).unwrap_or(range.end);
    if right_end <= at + 1 {
        return false;
    }
    if organisation::long_form_kind(&chunk_key(doc, range.start..right_end)).is_none() {
        return true;
    }
    let left = make_chunk(doc, range.start..at, None, false);
    let right = make_chunk(doc, at + 1..right_end, None, false);
    let right_kind = classify(doc, &right);
    // "Idemitsu Kosan and Nissan Motor Co": names of two words or more on both sides, the
    // right one a company of its own by its last words, are two ("Procter and Gamble Co" and
    // "China Road and Bridge Corporation" are one).
    let two_companies = at - range.start >= 2
        && right_end - at > 3
        && right_kind.is_some_and(|v| v.kind == MentionType::Organisation)
        && organisation::long_form_kind(&chunk_key(doc, at + 2..right_end)).is_some();
    two_companies || classify(doc, &left).is_some() && right_kind.is_some()
}

/// Trim and push one part of a run.
fn push_part(doc: &Doc<'_>, mut range: Range<usize>, title: Option<&'static str>, parts: &mut Vec<Part>) {
    // An office "of" a place or body is no name: "Mayor of Dunmore", "Governor of Texas" leave
    // the place, "served as Mayor of London" no person called so.
    if range.len() >= 3 && doc.tokens[range.start + 1].text == "of" && lexicon::title_class(doc.tokens[range.start].text) == Some("political") {
        range.start += 2;
    }
    // Trailing connectors cannot end a name.
    while !range.is_empty() && !is_name_token(doc, range.end - 1) {
        range.end -= 1;
    }
    while !range.is_empty() && !is_name_token(doc, range.start) {
        range.start += 1;
    }
    // A trailing everyday word is the sentence going on, not the name: "Simon Song
    // Participants" in a caption that lost its line break.
    if range.len() >= 3 && doc.facts(range.start).given() {
        let last = stem_facts(doc, range.end - 1);
        if last.common_any_case() && !last.surname() && !last.org_suffix() && last.place().is_none() {
            range.end -= 1;
        }
    }
    // A leading everyday word before a given name is a label, not the name: "Democrat Walter
    // Mondale", "Panamanian boxing legend" aside.
    if range.len() >= 3 {
        let (first, second) = (doc.facts(range.start), doc.facts(range.start + 1));
        if first.common_any_case() && !first.given() && !first.surname() && second.given() {
            range.start += 1;
        }
    }
    // A company noun before the name is no part of it: "Carmaker Voltara said" (capitalised
    // only where it opens a sentence or a title-case line; in lower case it is in no run).
    if range.len() >= 2 && organisation::is_descriptor_noun(doc.ascii_lower(range.start)) {
        range.start += 1;
    }
    // A leading nationality is not part of the name ("American Oliver McCall"), unless the
    // whole is an organisation ("Chinese Academy of Sciences").
    let nationality = |i: usize| {
        let w = doc.tokens[i].text;
        doc.facts(i).demonym() || (w.contains('-') && w.split('-').all(lexicon::is_demonym))
    };
    if range.len() > 1 && nationality(range.start)
        && organisation::long_form_kind(&chunk_key(doc, range.clone())).is_none()
    {
        range.start += 1;
    }
    if range.is_empty() || (range.len() == 1 && doc.tokens[range.start].text.chars().filter(|c| c.is_alphabetic()).count() < 2) {
        return;
    }
    // A month alone is the date's ("July's gain"), unless a title makes it a name.
    if range.len() == 1 && title.is_none() && may_name_month(doc.tokens[range.start].text) && crate::extract::date::month_number(doc.tokens[range.start].stem()).is_some() {
        return;
    }
    parts.push(Part { start: range.start, end: range.end, title, lists: KeyLists::default() });
}

/// Can a capitalised word name a month? Every English month name, full or short, starts with
/// Ja, Ju, Fe, Ma, Ap, Au, Se, Oc, No or De: a cheap test before `date::month_number`, which
/// lower-cases the word and looks it up.
fn may_name_month(w: &str) -> bool {
    match w.as_bytes() {
        [first, second, ..] => matches!(
            (first, second.to_ascii_lowercase()),
            (b'J', b'a' | b'u') | (b'F', b'e') | (b'M', b'a') | (b'A', b'p' | b'u') | (b'S', b'e') | (b'O', b'c') | (b'N', b'o') | (b'D', b'e')
        ),
        _ => false,
    }
}

/// Segment an ALL-CAPS or Title Case sentence: at each name token the longest run (up to five
/// tokens) that the story has already named, or that the lists know, becomes a chunk with its
/// verdict. Capitals prove nothing here, so nothing else is taken.
pub(super) fn segment_unreliable<'a>(
    doc: &Doc<'a>,
    sentence: usize,
    variants: &Variants<'_>,
    out: &mut Vec<(Chunk<'a>, Option<Verdict>)>,
) {
    let s = doc.layout.sentences[sentence].tokens.clone();
    let mut i = s.start;
    while i < s.end {
        if !is_name_token(doc, i) {
            i += 1;
            continue;
        }
        let mut run_end = i + 1;
        while run_end < s.end && run_end - i < 5 && is_name_token(doc, run_end) && doc.tokens[run_end - 1].possessive_len() == 0 {
            run_end += 1;
        }
        let mut matched = None;
        // What make_chunk would work out for each length, once: all the runs start at i.
        let (sentence_initial, title) = (doc.sentence_initial(i), title_ending_before(doc, i));
        for end in (i + 1..=run_end).rev() {
            let key = chunk_key(doc, i..end);
            // A dateline names the place it was filed from, whatever the story made of the word.
            let dateline = i == s.start && doc.tokens.get(end).is_some_and(|t| t.text == "," || t.kind == TokKind::Number && t.text.len() == 4);
            let variant = if dateline || variants.is_empty() { None } else { variants.get_upper_case(&key) };
            // The chunk is made only for a length that may have a verdict (few do).
            let verdict = match variant {
                Some(kind) => Some((Chunk::new(i..end, key, sentence_initial, true, title), Verdict { kind, rule: "name.variant", strength: Strength::Weak })),
                None if may_be_listed_or_titled(doc, end, &key, title) => {
                    let chunk = Chunk::new(i..end, key, sentence_initial, true, title);
                    (chunk.title_before.is_some() || doc.tokens.get(end).is_some_and(|t| t.text == "(") || is_listed(&chunk))
                        .then(|| classify(doc, &chunk))
                        .flatten()
                        .map(|v| (chunk, v))
                }
                None => None,
            };
            if let Some((chunk, v)) = verdict {
                matched = Some((chunk, Some(v)));
                break;
            }
        }
        match matched {
            Some((chunk, v)) => {
                i = chunk.range.end;
                out.push((chunk, v));
            }
            None => i += 1,
        }
    }
}


/// Can [`classify`] give a chunk of an ALL-CAPS or Title Case line a verdict? There capitals
/// prove nothing, and the classifiers answer only for a title before the chunk
/// (`person::classify`), an exchange listing after it or a known organisation
/// (`organisation::classify`), or a known place (`place::classify`); anything else is no
/// name. Asked first because the lines are segmented by trying up to five lengths at each
/// position, and most lengths are none of these. This is the part told without the chunk
/// (of the tokens before `end`, its key `key`): the title before it, the bracket after it, and
/// whether any case form of the key may be listed; [`is_listed`] tells the rest.
fn may_be_listed_or_titled(doc: &Doc<'_>, end: usize, key: &str, title_before: Option<&str>) -> bool {
    // A key all of whose case forms are no place and no known organisation (the filter says
    // so of nearly every run tried) needs no lookup.
    title_before.is_some() || doc.tokens.get(end).is_some_and(|t| t.text == "(") || lexicon::may_be_place_or_known_org(key)
}

/// The chunk's key, as written or in Title Case, is a known organisation or place.
fn is_listed(c: &Chunk) -> bool {
    debug_assert!(c.unreliable_case);
    c.known_org().is_some() || c.title_place().is_some() || lexicon::known_org(c.title_key()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run cut again from the remembered cut gives the chunks the first cut gave.
    #[test]
    fn remembered_cuts_match_fresh_ones() {
        let text = "French President Jacques Chirac met Nasser Hussain and Peter Such. The Bank of China and \
            Lenovo Group Ltd's shares rose. Mr Smith's dog met Prince Edward Island's mayor. By Jonathan Barrett Port Hedland.";
        let doc = crate::extract::Doc::new(text, None);
        let fresh: Vec<_> = chunks(&doc).0.iter().map(|c| (c.range.clone(), c.key.to_string(), c.title_before, c.known_org(), c.place())).collect();
        for _ in 0..2 {
            let again: Vec<_> = chunks(&doc).0.iter().map(|c| (c.range.clone(), c.key.to_string(), c.title_before, c.known_org(), c.place())).collect();
            assert_eq!(again, fresh);
        }
        // Every chunk's carried list answers are the lists' own.
        for c in chunks(&doc).0 {
            assert_eq!(c.known_org(), lexicon::known_org(&c.key), "{}", c.key);
            assert_eq!(c.place(), lexicon::place(&c.key), "{}", c.key);
        }
    }

    /// A one-token run is cut as [`cut_run`] cuts it.
    #[test]
    fn token_cuts_match_run_cuts() {
        let text = "The Reuters report said However Paris and China's May July A. Mr Smith's Iraqi ITU Acme \
            Zürich É. Monday Xianliang World Bank UN Of The's Hong Kong's Wing-kei I'm U.S. Jan.";
        let doc = crate::extract::Doc::new(text, None);
        for i in (0..doc.tokens.len()).filter(|&i| is_name_token(&doc, i)) {
            let (mut token, mut run) = (Vec::new(), Vec::new());
            cut_token(&doc, i, &mut token);
            cut_run(&doc, i..i + 1, &mut run);
            assert_eq!(token, run, "{}", doc.tokens[i].text);
        }
    }

    /// No title ends with a token that is not a word ([`title_ending_before`] lets such a
    /// token go): every title's last word, as written and in lower case, is a word token or
    /// more than one token (which no phrase of tokens joined by spaces spells).
    #[test]
    fn titles_end_with_words() {
        for line in include_str!("../../data/person_titles.txt").lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let key = line.split('\t').next().unwrap_or(line).trim_end();
            let last = key.rsplit(' ').next().unwrap_or(key);
            for w in [last.to_owned(), last.to_lowercase()] {
                let tokens = crate::tokens::tokenize(&w);
                assert!(tokens.len() != 1 || tokens[0].kind == TokKind::Word, "{key:?}");
            }
        }
    }

    /// Month names, full and short, in the cases a capitalised word takes, pass the first test.
    #[test]
    fn months_pass_the_first_test() {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
        for month in months {
            let title = organisation::title_case(month);
            for w in [month.to_uppercase(), format!("{title}."), title] {
                if crate::extract::date::month_number(&w).is_some() {
                    assert!(may_name_month(&w), "{w}");
                }
            }
        }
    }
}
