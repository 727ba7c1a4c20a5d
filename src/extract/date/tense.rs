//! Which way a sentence points in time, read from the verbs nearest a date expression:
//! "will meet on Monday" looks forward, "met on Monday" looks back. The closest cue wins, in a
//! window of the same sentence; no cue leaves the direction open.

use std::ops::Range;

use super::prefilter::WordEnds;
use super::words;
use crate::extract::Doc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dir {
    Past,
    Future,
    #[default]
    None,
}

pub(super) const WINDOW: usize = 20;

/// Direction of the expression covering tokens `start..end`. Reporting verbs ("said",
/// "told") give the tense of the telling, not of the event, so they count only when no other
/// cue is in reach: "would be ready to leave as soon as Tuesday, Castro said" looks forward.
/// The expression's own clause is asked first: in "the talks, which ended late on Saturday,
/// will resume" the "will" two words away belongs to another verb than "ended".
/// `cue_at` is [`cue`] of a token (the caller keeps the answers: the clause and the sentence
/// are read over the same tokens, and expressions near each other share their cues).
pub fn direction(doc: &Doc<'_>, start: usize, end: usize, cue_at: impl Fn(usize) -> Dir) -> Dir {
    if start >= doc.tokens.len() {
        return Dir::None;
    }
    let mut sentence = doc.sentence_range(start);
    // "until 9 a.m. Tuesday": a sentence split after "a.m." is not a real boundary.
    if sentence.start > 0 && matches!(doc.tokens[sentence.start - 1].text, "a.m." | "p.m." | "A.M." | "P.M.") {
        sentence.start = doc.sentence_range(sentence.start - 1).start;
    }
    let clause = clause_around(doc, start, end, sentence.clone());
    if clause != sentence {
        // A reporting verb in the expression's own clause dates the telling, which is the
        // event: "..., the minister told parliament on Tuesday" looks back, whatever the
        // other clause says ("will review its plans next month, ...").
        let (d, told) = nearest_cue(doc, start, end, clause, &cue_at);
        if d != Dir::None {
            return d;
        }
        if told != Dir::None {
            return told;
        }
    }
    let (d, fallback) = nearest_cue(doc, start, end, sentence, &cue_at);
    if d != Dir::None {
        d
    } else {
        fallback
    }
}

/// The closest cue to `start..end` inside `bounds`, and the first reporting verb's tense
/// passed over on the way (the fallback).
fn nearest_cue(doc: &Doc<'_>, start: usize, end: usize, bounds: Range<usize>, cue_at: &impl Fn(usize) -> Dir) -> (Dir, Dir) {
    let mut fallback = Dir::None;
    for k in 1..=WINDOW {
        // Left first at equal distance: the auxiliary usually precedes.
        // A reporting verb right beside the date ("said Monday", "announced on Wednesday")
        // dates the telling, which is the event: it counts in full.
        let mut look = |j: usize| -> Option<Dir> {
            // "the deadline is Friday", "the office is closed on Monday": a present tense
            // whose complement is the date names a coming day. After the date it is often
            // another verb's ("finalists named on Wednesday are").
            if k <= 2 && j < start && present_beside(doc, j) {
                return Some(Dir::Future);
            }
            // "a premium to the closing price on Friday" looks back.
            if k <= 2 && j < start && market_close(doc, j) {
                return Some(Dir::Past);
            }
            // "notes due 2026 on January 22": a cue followed by another date is that date's.
            if j + 1 < start && doc.tokens[j].text == "due" && doc.tokens[j + 1].text.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let d = cue_at(j);
            if d == Dir::None {
                return None;
            }
            if k > 2 && is_reporting(doc.tokens[j].text) {
                if fallback == Dir::None {
                    fallback = d;
                }
                return None;
            }
            Some(d)
        };
        if start >= k && start - k >= bounds.start {
            if let Some(d) = look(start - k) {
                return (d, fallback);
            }
        }
        let j = end + k - 1;
        if j < bounds.end {
            if let Some(d) = look(j) {
                return (d, fallback);
            }
        }
    }
    (Dir::None, fallback)
}

/// The tokens of `sentence` between the commas, semicolons, dashes or joining "and"/"but"/
/// "that" nearest to `start..end` on either side, looked for no further than the cues are:
/// "the bill passed late Thursday and now heads to the House", "told the Commons on Monday
/// that the changes would save ..." (the telling is Monday's, the saving ahead).
fn clause_around(doc: &Doc<'_>, start: usize, end: usize, sentence: Range<usize>) -> Range<usize> {
    let is_break = |i: usize| matches!(doc.tokens[i].text, "," | ";" | "--" | "—" | "–" | "and" | "but" | "that");
    let left = start.saturating_sub(WINDOW).max(sentence.start);
    let right = (end + WINDOW).min(sentence.end);
    let from = (left..start).rev().find(|&i| is_break(i)).map_or(sentence.start, |i| i + 1);
    let to = (end.min(right)..right).find(|&i| is_break(i)).unwrap_or(sentence.end);
    from..to
}

fn is_reporting(w: &str) -> bool {
    matches!(w, "said" | "told" | "added" | "reported" | "announced" | "stated" | "noted" | "wrote" | "explained" | "insisted" | "argued" | "claimed" | "confirmed")
}

/// The direction the word at token `i` points in on its own (with the words around it that
/// make it a tense): a pure function of the token in its document.
pub fn cue(doc: &Doc<'_>, i: usize) -> Dir {
    let t = &doc.tokens[i];
    if !t.is_word() {
        return Dir::None;
    }
    let w = lower(doc, i);
    // Most words near a date are no cue, and an ASCII one says so by its ends and length.
    if matches!(w, std::borrow::Cow::Borrowed(lw) if !may_cue(lw)) {
        return Dir::None;
    }
    cue_of_word(doc, i, &w)
}

/// The words [`cue_of_word`] reads by name.
const CUE_WORDS: [&str; 31] = [
    "will", "shall", "would", "wo", "upcoming", "scheduled", "due", "expected", "plans", "planned", "plan", "intends",
    "aims", "expects", "expect", "tomorrow", "next", "forthcoming", "coming", "soon", "until", "till", "going", "set",
    "is", "are", "hopes", "last", "ago", "yesterday", "earlier",
];

/// The ends and lengths of [`CUE_WORDS`].
static CUE_WORD_ENDS: std::sync::LazyLock<WordEnds> = std::sync::LazyLock::new(|| WordEnds::new(CUE_WORDS));

/// Whether an ASCII word in lower case may be a cue ([`cue_of_word`] other than None): one of
/// the words read by name, a contraction of "will", a listed verb, or a regular past tense.
/// False only when it surely is none.
fn may_cue(lw: &str) -> bool {
    lw.ends_with("'ll") || CUE_WORD_ENDS.may_hold(lw) || words::may_be_tense_verb(lw) || lw.len() > 4 && lw.ends_with("ed")
}

/// [`cue`] of the word at token `i`, `w` its [`lower`] case.
fn cue_of_word(doc: &Doc<'_>, i: usize, w: &str) -> Dir {
    if w.ends_with("'ll") {
        return Dir::Future;
    }
    let next = if i + 1 < doc.tokens.len() { doc.ascii_lower(i + 1) } else { "" };
    match w {
        "will" | "shall" | "would" | "wo" | "upcoming" | "scheduled" | "due" | "expected" | "plans" | "planned"
        | "plan" | "intends" | "aims" | "expects" | "expect" | "tomorrow" | "next" | "forthcoming" | "coming" | "soon" => {
            return Dir::Future
        }
        // "is closed until Friday" looks forward; "lasted until Tuesday", "paid every coupon
        // until January" back: a past verb a few words before decides.
        "until" | "till" => {
            let past = (i.saturating_sub(4)..i).any(|k| past_form(doc, k) && !passive(doc, k));
            return if past { Dir::Past } else { Dir::Future };
        }
        "going" | "set" | "is" | "are" | "hopes" if next == "to" => return Dir::Future,
        "set" if next == "for" => return Dir::Future,
        // "will last until Friday", "to last": the verb, not "last week".
        "last" if i > 0 && matches!(doc.ascii_lower(i - 1), "will" | "would" | "could" | "should" | "may" | "might" | "must" | "can" | "to") => return Dir::None,
        "ago" | "last" | "yesterday" | "earlier" => return Dir::Past,
        _ => {}
    }
    if passive(doc, i) {
        return Dir::None;
    }
    // The subject test first: it is cheaper than the list's. A plain form with a capital may
    // be a word of a name in a title-case line ("Rovers Host City"): only one in lower case
    // counts.
    let lower_case = || doc.tokens[i].text.starts_with(|c: char| c.is_ascii_lowercase());
    if words::is_scheduled_verb(w) || lower_case() && plural_subject_before(doc, i) && words::is_scheduled_plain_verb(w) {
        return Dir::Future;
    }
    if past_word(doc, i, w) {
        return Dir::Past;
    }
    Dir::None
}

/// "is" or "are" at token `j`, or a participle after one ("is closed", "are held").
fn present_beside(doc: &Doc<'_>, j: usize) -> bool {
    let present_be = |k: usize| matches!(doc.ascii_lower(k), "is" | "are");
    present_be(j) || j > 0 && present_be(j - 1) && past_form(doc, j)
}

/// "price" in "a premium to the closing price": a price the offer is measured against is on
/// record, whatever the sentence plans ("will pay ..., a premium to the closing price on
/// Friday"). Only a comparison says so: "will be set at the closing price on Friday" and
/// "after the close on Thursday" may lie ahead.
fn market_close(doc: &Doc<'_>, j: usize) -> bool {
    let compared = |k: usize| matches!(doc.ascii_lower(k), "to" | "over" | "from" | "with" | "versus");
    matches!(doc.ascii_lower(j), "price" | "prices" | "level" | "levels")
        && j >= 3
        && doc.ascii_lower(j - 1) == "closing"
        && (compared(j - 2) || compared(j - 3))
}

/// "markets" in "markets reopen", "they" in "they meet": a plural subject right before a
/// plain verb form, which makes it a present tense. After a determiner, a preposition or
/// "to" the same word is a noun or an infinitive ("the vote on Sunday", "agreed to meet"),
/// and after a possessive a noun ("Thursday's close").
fn plural_subject_before(doc: &Doc<'_>, i: usize) -> bool {
    if i == 0 || !doc.tokens[i - 1].is_word() {
        return false;
    }
    let w = doc.ascii_lower(i - 1);
    matches!(w, "they" | "we" | "you")
        || team_before(doc, i - 1)
        || w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !matches!(w, "this" | "thus" | "was" | "has" | "does" | "plus" | "less" | "unless" | "across" | "news" | "always" | "perhaps" | "sometimes" | "towards" | "afterwards" | "theirs" | "ours" | "yours" | "hers")
}

/// "England" in "England travel to Newcastle", "United" in "Manchester United host Chelsea":
/// news takes a team or a body named by its place as plural. The name opens its phrase (a
/// word before the name makes the pair a noun phrase: "the Apple launch", "the Wall Street
/// close"), and a month or weekday is a date, not a subject ("January travel").
fn team_before(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.tokens[j];
    // A possessive is no subject: "Thursday's vote", "Let's meet".
    if !t.is_capitalised() || t.is_all_caps() || t.possessive_len() > 0 {
        return false;
    }
    if words::month_number(t.text).is_some() || words::weekday_number(t.text).is_some() {
        return false;
    }
    let mut first = j;
    while first > 0 && doc.tokens[first - 1].is_word() && doc.tokens[first - 1].is_capitalised() {
        first -= 1;
    }
    first == 0 || !doc.tokens[first - 1].is_word()
}

/// Token `i` in lower case: an ASCII word's is the document's (no copy); others are
/// lower-cased here, curly apostrophes straightened.
#[inline]
fn lower<'d>(doc: &'d Doc<'_>, i: usize) -> std::borrow::Cow<'d, str> {
    let text = doc.tokens[i].text;
    // The opener says whether the token holds a non-ASCII byte (its bytes were read once).
    if !doc.openers()[i].shape.non_ascii {
        std::borrow::Cow::Borrowed(doc.ascii_lower(i))
    } else {
        std::borrow::Cow::Owned(text.to_lowercase().replace('’', "'"))
    }
}

/// "when the case is heard", "would be held", "is fully booked": a participle after a form of
/// "be" (an adverb may come between) is a passive, not a past tense; the auxiliary further out
/// decides.
fn passive(doc: &Doc<'_>, i: usize) -> bool {
    // "will stay closed", "remained shut": verbs that, like "be", take a participle as a state.
    let be = |k: usize| {
        matches!(
            doc.ascii_lower(k),
            "is" | "are" | "be" | "being" | "been" | "am" | "get" | "gets" | "stay" | "stays" | "stayed" | "remain" | "remains" | "remained" | "become" | "becomes" | "became" | "keep" | "keeps" | "kept"
        )
    };
    let adverb = |k: usize| doc.tokens[k].text.len() > 3 && doc.tokens[k].text.ends_with("ly");
    i > 0 && (be(i - 1) || i > 1 && adverb(i - 1) && be(i - 2))
}

/// A past-tense form at token `i`: a listed irregular one ("was", "began") or a regular "-ed"
/// (not words that merely end so, nor a capitalised name).
fn past_form(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens[i].is_word() && past_word(doc, i, &lower(doc, i))
}

/// [`past_form`] of the word at token `i`, `w` its [`lower`] case.
fn past_word(doc: &Doc<'_>, i: usize, w: &str) -> bool {
    let t = &doc.tokens[i];
    // "the estimated 727,000 refugees", "a revised plan": after a determiner it is an adjective.
    let after_determiner = i > 0 && matches!(doc.ascii_lower(i - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these");
    words::is_listed_past(w)
        || !after_determiner
            && w.len() > 4
            && w.ends_with("ed")
            && !matches!(w, "hundred" | "indeed" | "speed" | "need" | "proceed" | "succeed" | "exceed" | "breed" | "greed" | "seed" | "feed" | "shed" | "bred")
            && t.text.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick test of a word's ends turns away no cue: on every token of the date corpora,
    /// the cue is the one the full reading finds.
    #[test]
    fn quick_test_loses_no_cue() {
        let corpora = [
            include_str!("../../../tests/corpus/date_absolute.jsonl"),
            include_str!("../../../tests/corpus/date_relative.jsonl"),
            include_str!("../../../tests/corpus/date_time.jsonl"),
            include_str!("../../../tests/corpus/date_negative.jsonl"),
        ];
        let mut cues = 0;
        for line in corpora.iter().flat_map(|c| c.lines()).filter(|l| l.starts_with('{')) {
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let doc = Doc::new(case["text"].as_str().unwrap(), None);
            for i in (0..doc.tokens.len()).filter(|&i| doc.tokens[i].is_word()) {
                let full = cue_of_word(&doc, i, &lower(&doc, i));
                assert_eq!(cue(&doc, i), full, "{:?}", doc.tokens[i].text);
                cues += usize::from(full != Dir::None);
            }
        }
        assert!(cues > 100, "{cues}");
        for w in ["will", "we'll", "expected", "lasted", "Yesterday", "opens", "ago", "until"] {
            let doc = Doc::new(w, None);
            assert_ne!(cue(&doc, 0), Dir::None, "{w}");
        }
    }
}
