//! Attribution: finding the speaker and cue around a direct quote, and reported speech.
//!
//! Reported speech is read sentence by sentence in the story text, from its first speech
//! verb (or "according to") outside a direct quote:
//! - trailing: "The theme ... would be X, Ren said." / "..., his office said, accompanied by";
//! - inverted: "..., said the company.";
//! - leading: "Ren said the forum would ..." / "Shreya Venkataraman, the ADB's country
//!   director, said the bank's ..." / "He told NRK radio he was ...";
//! - "according to": "..., according to the organisers." / "According to a study ..., X".

use std::ops::Range;

use crate::extract::Found;
use crate::quotes::cues::{self, Speech};
use crate::quotes::marks::block_start;
use crate::quotes::{Cx, Speaker};
use crate::report::{MentionType, Zone};
use crate::tokens::TokKind;

/// Reported speech found in a sentence.
pub struct Reported {
    pub content: Range<usize>,
    pub speaker: Option<Speaker>,
    pub cue: Option<String>,
}

fn is_punct(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.doc.tokens.get(i).is_none_or(|t| t.kind == TokKind::Punct)
}

fn stops_phrase(t: &str) -> bool {
    matches!(t, "," | "." | ";" | ":" | "!" | "?" | "“" | "”" | "\"" | "(" | ")" | "—" | "–")
}

/// A speaker named by the words `r` before a cue: a person or body in them, a pronoun, or a
/// short noun phrase ("the organisers", "Analysts").
fn subject(cx: &Cx<'_, '_>, r: Range<usize>, how: &'static str) -> Option<Speaker> {
    // "the England and Wales Cricket Board (ECB)": the acronym is the name's.
    let r = if r.len() >= 4 && bracketed_acronym_ends(cx, r.end - 1) { r.start..r.end - 3 } else { r };
    if r.is_empty() || r.len() > 8 || r.clone().any(|i| stops_phrase(cx.t(i)) || cues::is_cue_at(cx.doc, i)) {
        return None;
    }
    if r.len() == 1 && cues::pronoun_at(cx.doc, r.start).is_some() {
        return cx.resolve_pronoun(r.start, "pronoun");
    }
    if let Some(m) = cx.name_within(r.clone()) {
        // "The UN agency": the body named inside the phrase; the phrase is the speaker's words.
        let whole = cx.tokens_speaker(r.clone(), m.entity, how);
        return Some(if m.tokens == r || m.kind == MentionType::Person { cx.name_speaker(m, how) } else { whole });
    }
    let first = cx.doc.tokens[r.start];
    // "party officials", "diplomats": a short phrase of lower-case words ending in a plural,
    // neither a setting ("in recent days") nor a relative clause's ("the price that exporters
    // say is fair").
    // Nouns of a group that take no "s" count as plurals: "police said".
    let collective = |t: &str| matches!(t, "police" | "people" | "staff" | "personnel" | "military" | "management");
    let plural = |i: usize| (cx.t(i).len() > 3 && cx.t(i).ends_with('s') && !cx.t(i).ends_with("ss")) || collective(cx.t(i));
    let relative = r.start > 0 && matches!(cx.t(r.start - 1), "that" | "which" | "who" | "whom");
    let people = r.len() <= 3
        && !relative
        && !is_setting(cx.t(r.start))
        && r.clone().all(|i| cx.doc.tokens[i].is_word() && !cx.doc.tokens[i].is_capitalised())
        && plural(r.end - 1);
    if !(first.is_capitalised() || cues::is_determiner_at(cx.doc, r.start) || people) {
        return None;
    }
    // A place is not a speaker ("in the Kerio Valley said" is no subject of its own).
    if cx.names.ending(r.end - 1).is_some_and(|m| m.kind == MentionType::Place) {
        return None;
    }
    cx.resolve_nominal(r.clone()).or_else(|| Some(cx.tokens_speaker(r, None, how)))
}

/// The speaker after a cue ("said Cosmas Luckyson Zavazava, director of ...", "according to
/// the organisers"): the first person or body before the clause ends, else the phrase.
fn named_after(cx: &Cx<'_, '_>, k: usize, how: &'static str) -> Option<Speaker> {
    let n = cx.n();
    if k >= n || block_start(cx.doc, k) {
        return None;
    }
    if cues::pronoun_at(cx.doc, k).is_some() {
        return cx.resolve_pronoun(k, "pronoun");
    }
    let mut e = k;
    while e < n && e - k < 14 && !matches!(cx.t(e), "." | ";" | "“" | "\"" | "!" | "?") && !(e > k && block_start(cx.doc, e)) {
        if let Some(m) = cx.names.starting(e).filter(|m| matches!(m.kind, MentionType::Person | MentionType::Organisation)) {
            if m.entity.is_some() {
                return Some(cx.name_speaker(m, how));
            }
        }
        e += 1;
    }
    let mut e = k;
    while e < n && e - k < 10 && !stops_phrase(cx.t(e)) && !(e > k && block_start(cx.doc, e)) {
        e += 1;
    }
    (e > k && e - k < 10).then(|| cx.resolve_nominal(k..e).unwrap_or_else(|| cx.tokens_speaker(k..e, None, how)))
}

/// ", Ren said" / ", said Cosmas ..." / ", according to X" right after a closing mark.
pub fn after_quote(cx: &Cx<'_, '_>, close: usize) -> Option<(Speaker, String, usize)> {
    let n = cx.n();
    let mut j = close + 1;
    if cx.t(j) == "," {
        j += 1;
    }
    if j >= n || block_start(cx.doc, j) {
        return None;
    }
    if cx.t(j).eq_ignore_ascii_case("according") && cx.t(j + 1) == "to" {
        return named_after(cx, j + 2, "after").map(|s| (s, "according to".to_owned(), j));
    }
    if cues::is_cue_at(cx.doc, j) {
        return named_after(cx, j + 1, "after").map(|s| (s, cx.t(j).to_lowercase(), j));
    }
    // "“...,” Nguyen Van Duc, chief executive of Nam Do Clean Energy, said at ...".
    // A name the extractor did not know counts here as 2-4 capitalised words.
    let name = cx.names.starting(j).filter(|m| m.kind == MentionType::Person && m.entity.is_some());
    let name_end = name.as_ref().map(|m| m.tokens.end).or_else(|| {
        let e = (j..(j + 4).min(n)).take_while(|&i| cx.doc.tokens[i].is_word() && cx.doc.tokens[i].is_capitalised()).last()? + 1;
        (e - j >= 2).then_some(e)
    });
    if let Some(ne) = name_end.filter(|&ne| cx.t(ne) == ",") {
        let stretch = ne + 1..(ne + 16).min(n);
        if let Some(q) = stretch.take_while(|&i| !matches!(cx.t(i), "." | ";" | "“" | "\"")).find(|&i| cx.t(i) == ",") {
            if cues::is_cue_at(cx.doc, q + 1) {
                let sp = match name {
                    Some(m) => cx.name_speaker(m, "after"),
                    None => cx.tokens_speaker(j..ne, None, "after"),
                };
                return Some((sp, cx.t(q + 1).to_lowercase(), q + 1));
            }
        }
    }
    let mut c = j;
    while c < n && c - j < 9 && !is_punct(cx, c) && !(c > j && block_start(cx.doc, c)) {
        if cues::is_cue_at(cx.doc, c) && c > j {
            let how = "after";
            return subject(cx, j..c, how).map(|s| (s, cx.t(c).to_lowercase(), c));
        }
        c += 1;
    }
    None
}

/// "X said: “...”" / "X told reporters: “...”" / "X said, “...”" right before an opening mark.
pub fn before_quote(cx: &Cx<'_, '_>, open: usize) -> Option<(Speaker, String, usize)> {
    if open == 0 || block_start(cx.doc, open) {
        return None;
    }
    let mut k = open - 1;
    if matches!(cx.t(k), ":" | ",") {
        k = k.checked_sub(1)?;
    }
    // The cue, maybe followed by its audience: "told reporters:".
    let c = (k.saturating_sub(3)..=k).rev().find(|&c| cues::is_cue_at(cx.doc, c))?;
    if (c + 1..=k).any(|i| is_punct(cx, i)) {
        return None;
    }
    let first = cx.doc.sentence_range(c).start;
    subject_before(cx, c, first).map(|s| (s, cx.t(c).to_lowercase(), c))
}

/// The subject of the cue at `c`, in tokens `first..c`: a name right before it, a pronoun, a
/// name before an appositive ("Erlend Vik, a ministry spokesman, said"), or a short phrase.
/// Verbs that put a few quoted words in the subject's mouth: "called it “a strong
/// bipartisan vote”", "described the plan as “reckless”".
fn is_naming_verb(w: &str) -> bool {
    matches!(w, "called" | "calls" | "described" | "describes" | "dubbed" | "branded" | "labelled" | "labeled" | "termed" | "hailed" | "denounced")
}

/// The speaker of a partial quote opening at token `open` after a naming verb
/// ([`is_naming_verb`]) with at most three words between ("called it", "described the plan
/// as"), and the verb: the subject before the verb, as a reporting verb's is read.
pub fn named_by(cx: &Cx<'_, '_>, open: usize) -> Option<(Speaker, String)> {
    let first = cx.doc.sentence_range(open).start;
    let v = (first.max(open.saturating_sub(4))..open).rev().find(|&v| is_naming_verb(cx.doc.ascii_lower(v)))?;
    // "Thatcher, dubbed the “Iron Lady”": a participle after a comma is said of the subject,
    // not by it. A comma that closes an appositive after a name is the subject's, though:
    // "Tom Brennan, the current mayor, described her as “a force of nature”".
    let closes_appositive = || {
        let open_comma = (first.max(v.saturating_sub(10))..v - 1).rev().find(|&q| cx.t(q) == ",");
        open_comma.is_some_and(|q| q > first && cx.names.ending(q - 1).is_some_and(|m| m.kind == MentionType::Person))
    };
    if (v + 1..open).any(|i| is_punct(cx, i)) || v > first && cx.t(v - 1) == "," && !closes_appositive() {
        return None;
    }
    let speaker = subject_before(cx, v, first)?;
    Some((speaker, cx.doc.ascii_lower(v).to_owned()))
}

pub fn subject_before(cx: &Cx<'_, '_>, c: usize, first: usize) -> Option<Speaker> {
    if c <= first {
        return None;
    }
    let mut k = c - 1;
    while k > first && c - k < 4 && matches!(cx.t(k), "also" | "later" | "then" | "previously" | "earlier" | "again" | "has" | "had" | "have" | "himself" | "herself" | "recently" | "once") {
        k -= 1;
    }
    // "the Christian Democratic Union (CDU) said": the acronym is the name's, as in `subject`.
    if k >= first + 3 && bracketed_acronym_ends(cx, k) {
        k -= 3;
    }
    if let Some(m) = cx.names.ending(k).filter(|m| matches!(m.kind, MentionType::Person | MentionType::Organisation) && m.entity.is_some()) {
        // "Markus Brandt of the CDU said": the person speaks, for the body.
        let member = (m.kind == MentionType::Organisation).then(|| member_before(cx, m.tokens.start, first)).flatten();
        return Some(cx.name_speaker(member.unwrap_or(m), "before"));
    }
    if cues::pronoun_at(cx.doc, k).is_some() && (k == first || is_punct(cx, k - 1) || matches!(cx.t(k - 1), "and" | "but" | "as")) {
        return cx.resolve_pronoun(k, "pronoun");
    }
    if cx.t(k) == "," {
        // Appositives: walk back over up to three comma-separated stretches.
        let mut e = k;
        for _ in 0..3 {
            if e == 0 {
                break;
            }
            if let Some(m) = cx.names.ending(e - 1).filter(|m| m.kind == MentionType::Person && m.entity.is_some()) {
                return Some(cx.name_speaker(m, "before"));
            }
            let Some(q) = (first.max(e.saturating_sub(20))..e).rev().find(|&q| cx.t(q) == ",") else { break };
            e = q;
        }
        // "Farmers in the Kerio Valley, known for ..., said": the stretch opening the sentence.
        // "Asked about the letter, a ministry spokesman, Erlend Vik, said": a stretch of
        // capitalised words between commas is a name the name extractor did not know.
        if let Some(q) = (first.max(k.saturating_sub(6))..k).rev().find(|&q| cx.t(q) == ",") {
            let r = q + 1..k;
            if (2..=4).contains(&r.len()) && r.clone().all(|i| cx.doc.tokens[i].is_capitalised() && cx.doc.tokens[i].is_word()) {
                // "The developer, Veridian Energy, said": a body's name the stretch is exactly.
                if let Some(m) = cx.names.starting(r.start).filter(|m| m.tokens == r && m.entity.is_some()) {
                    return Some(cx.name_speaker(m, "before"));
                }
                return Some(cx.tokens_speaker(r, None, "before"));
            }
        }
        let q = (first..k.min(first + 12)).find(|&q| cx.t(q) == ",")?;
        return subject(cx, first..q, "before");
    }
    let mut b = k;
    while b > first && k - b < 8 && !stops_phrase(cx.t(b - 1)) && !matches!(cx.t(b - 1), "and" | "but" | "that" | "while" | "as") {
        b -= 1;
    }
    subject(cx, b..k + 1, "before")
}

/// The person named right before "of", "from" or "at" (and "the") that ends at token `at`,
/// within the sentence from `first`: "Markus Brandt of the CDU", "John Smith from Acme".
fn member_before(cx: &Cx<'_, '_>, at: usize, first: usize) -> Option<super::NameRef> {
    let mut k = at.checked_sub(1)?;
    if k > first && cx.t(k).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    if k <= first || !matches!(cx.t(k), "of" | "from" | "at") {
        return None;
    }
    cx.names.ending(k - 1).filter(|p| p.kind == MentionType::Person && p.entity.is_some())
}

/// The "that" closing a listener of "told" that opens with an article at token `k`, within
/// eight tokens of it and with nothing that ends a phrase before it.
fn that_after_listener(cx: &Cx<'_, '_>, k: usize, end: usize) -> Option<usize> {
    if !matches!(cx.t(k), "a" | "an" | "the") {
        return None;
    }
    (k + 1..(k + 9).min(end)).take_while(|&i| !stops_phrase(cx.t(i))).find(|&i| cx.t(i) == "that")
}

/// Skip what sits between a cue and the reported clause: a date ("said on Friday"), "in a
/// statement", the audience of "told", and "that".
fn content_start(cx: &Cx<'_, '_>, c: usize, dates: &Dates, end: usize) -> usize {
    let mut k = c + 1;
    if cx.t(c).eq_ignore_ascii_case("told") {
        if let Some(m) = cx.names.starting(k) {
            k = m.tokens.end;
            if cx.doc.tokens.get(k).is_some_and(|t| cues::is_audience(t.text)) {
                k += 1;
            }
        } else if cues::is_audience(cx.t(k)) {
            k += 1;
        } else if let Some(t) = that_after_listener(cx, k, end) {
            // "told a news conference in Berlin that", "told the Financial Times that".
            k = t;
        } else if cx.t(k) == "the" && cx.doc.tokens.get(k + 1).is_some_and(|t| t.is_capitalised()) {
            k += 2;
        }
    }
    // "told reporters in the town of Iten on Saturday that", "told Reuters by telephone from
    // Ankara that": a setting, then "that".
    if is_setting(cx.t(k)) {
        if let Some(t) = (k + 1..(k + 12).min(end)).take_while(|&i| !stops_phrase(cx.t(i))).find(|&i| cx.t(i) == "that") {
            k = t;
        }
    }
    for _ in 0..2 {
        // "said on Friday", "told analysts last month that": past the whole date.
        if let Some(e) = dates.end_of(k + 1).filter(|_| matches!(cx.t(k), "on" | "in" | "at")) {
            k = e;
        } else if let Some(e) = dates.end_of(k) {
            k = e;
        }
        if is_setting(cx.t(k)) && matches!(cx.t(k + 1), "a" | "an" | "the") && k + 4 < end {
            // "in a statement that", "at a briefing that": only when "that" follows soon;
            // without it, when a pronoun or a possessive opens the clause right after the noun
            // ("said in a statement it had ...", "told reporters outside the court her client
            // would ...").
            let that = || (k + 2..(k + 6).min(end)).find(|&i| cx.t(i) == "that");
            if let Some(t) = that().filter(|_| matches!(cx.t(k), "in" | "at")) {
                k = t;
            } else if opens_clause(cx, k + 3) && cx.doc.tokens[k + 2].is_word() {
                k += 3;
            }
        }
    }
    if cx.t(k) == "that" {
        k += 1;
    }
    k.min(end)
}

/// Tokens `i - 2..=i` are a word in brackets, "( ECB )" (`i` at least 2).
fn bracketed_acronym_ends(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.t(i) == ")" && cx.t(i - 2) == "("
}

/// A preposition that opens the setting of what was said ("in the town of Iten", "by
/// telephone", "at a briefing") rather than what was said.
/// A pronoun or a possessive at token `i`, which may open a reported clause: "it had", "her
/// client would".
fn opens_clause(cx: &Cx<'_, '_>, i: usize) -> bool {
    cues::pronoun_at(cx.doc, i).is_some() || matches!(cx.t(i), "his" | "her" | "its" | "their" | "our" | "His" | "Her" | "Its" | "Their" | "Our")
}

fn is_setting(t: &str) -> bool {
    matches!(t, "in" | "at" | "on" | "during" | "after" | "by" | "from" | "via" | "over" | "outside" | "inside" | "near")
}

/// Trim the sentence end: full stop, closing marks.
fn content_end(cx: &Cx<'_, '_>, a: usize, mut e: usize) -> usize {
    let floor = a.max(e.saturating_sub(8));
    while e > floor && matches!(cx.t(e - 1), "." | "," | "!" | "?" | ";") {
        e -= 1;
    }
    e
}

/// Words after a trailing attribution's cue that keep it trailing: the sentence ends, or a
/// place, time or manner phrase follows ("announced at a news conference", "said, citing").
fn trailing_tail(cx: &Cx<'_, '_>, c: usize, end: usize, dates: &Dates) -> bool {
    // "..., his lawyer told reporters outside the court.": the audience, then the tail.
    let told_audience = cx.t(c).eq_ignore_ascii_case("told") && cues::is_audience(cx.t(c + 1));
    let k = if told_audience { c + 2 } else { c + 1 };
    if told_audience && is_setting(cx.t(k)) {
        return true;
    }
    k >= end
        || matches!(cx.t(k), "." | "," | ";" | "in" | "at" | "on" | "during" | "after" | "before" | "when" | "while" | "yesterday" | "today" | "last" | "this" | "earlier" | "late" | "recently")
        || dates.end_of(k).is_some()
}

/// The date mentions' token ranges, in text order.
struct Dates(Vec<Range<usize>>);

impl Dates {
    /// Where the date starting at token `i` ends, if one starts there.
    fn end_of(&self, i: usize) -> Option<usize> {
        self.0.binary_search_by_key(&i, |d| d.start).ok().map(|k| self.0[k].end)
    }
}

pub fn find(cx: &Cx<'_, '_>, found: &[Found]) -> Vec<Reported> {
    let doc = cx.doc;
    let dates = Dates(found.iter().filter(|f| f.kind == MentionType::Date).map(|f| f.tokens.clone()).collect());
    // Looked up once, not at every token of the scan below.
    let openers = doc.openers();
    let mut out = Vec::new();
    for s in &doc.layout.sentences {
        // Only a speech verb or "according" opens reported speech, and most sentences have
        // neither: one look at each token's opener turns them away, before their zone is read.
        let Some(k) = openers[s.tokens.clone()].iter().position(|o| o.speech != Speech::Other) else { continue };
        let (mut a, end) = (s.tokens.start, s.tokens.end);
        // A wire story's first sentence follows the dateline on its line: "LONDON, March 19
        // (Reuters) - Unilever will cut ..., the group said."
        while a < end && cx.zoning.zone_of(a) == Zone::Dateline {
            a += 1;
        }
        if a == end || !matches!(cx.zoning.zone_of(a), Zone::Body | Zone::Standfirst) || cx.used_cue.any_in(a..end) {
            continue;
        }
        let mut first = a;
        while first < end && matches!(cx.t(first), "“" | "\"" | "‘" | "(" | "-" | "—") {
            first += 1;
        }
        // The speech words from the first one on (none lies before `s.tokens.start + k`).
        let from = first.max(s.tokens.start + k);
        let speech_words = openers[from..end].iter().enumerate().filter(|(_, o)| o.speech != Speech::Other);
        for (c, speech) in speech_words.map(|(k, o)| (from + k, o.speech)) {
            if cx.in_direct.contains(c) {
                continue;
            }
            // A clause that opens with a direct quote's words is that quote misread: it has its
            // own speaker ("“...,” Ishikawa, 47, said in an interview"). (One may go on into a
            // quote: "Solana said the accession ... “is perhaps the clearest ...”".)
            let apart = |r: &Reported| !cx.in_direct.contains(r.content.start);
            if speech == Speech::According && cx.t(c + 1) == "to" {
                if let Some(r) = according(cx, first, c, end).filter(apart) {
                    out.push(r);
                }
                break;
            }
            if speech != Speech::Cue || doc.tokens[c].is_capitalised() && c != first {
                continue;
            }
            if let Some(r) = reported_at(cx, first, c, end, &dates).filter(apart) {
                out.push(r);
                break;
            }
        }
    }
    out
}

fn according(cx: &Cx<'_, '_>, first: usize, c: usize, end: usize) -> Option<Reported> {
    let src = c + 2;
    let src_end = (src..end).find(|&i| stops_phrase(cx.t(i))).unwrap_or(end);
    if src_end <= src {
        return None;
    }
    let speaker = named_after(cx, src, "according").map(|mut s| {
        // The source is the whole phrase ("a study commissioned by ..."), its body the entity.
        if s.entity.is_some() && src_end - src <= 14 {
            let whole = cx.tokens_speaker(src..src_end, s.entity, "according");
            if !cues::is_determiner_at(cx.doc, src) || src_end - src > 4 {
                s = whole;
            }
        }
        s
    });
    let content = if c == first {
        let k = if cx.t(src_end) == "," { src_end + 1 } else { src_end };
        k..content_end(cx, k, end)
    } else {
        let e = if cx.t(c - 1) == "," { c - 1 } else { c };
        first..content_end(cx, first, e)
    };
    (content.len() >= 2).then(|| Reported { content, speaker, cue: Some("according to".to_owned()) })
}

/// Whether the speech word at `c` is a noun by the word before it: an article or possessive
/// ("the claims", "her warning"), a preposition ("amid claims", "against claims") or a verb
/// that takes a claim as its object ("denied claims").
fn used_as_noun(cx: &Cx<'_, '_>, c: usize) -> bool {
    cues::is_determiner_at(cx.doc, c - 1)
        || matches!(
            cx.doc.ascii_lower(c - 1),
            "against" | "despite" | "amid" | "amidst" | "over" | "about" | "of" | "following" | "denied" | "rejected" | "dismissed" | "disputed"
        )
}

/// "claims from Kemi Badenoch that CONTENT", "a warning by the IMF that CONTENT": the person or
/// body after "from" or "by", and the clause after its "that".
fn noun_source(cx: &Cx<'_, '_>, c: usize, end: usize) -> Option<(Speaker, Range<usize>)> {
    if !matches!(cx.t(c + 1), "from" | "by") {
        return None;
    }
    let m = cx.names.starting(c + 2).filter(|m| matches!(m.kind, MentionType::Person | MentionType::Organisation))?;
    let k = m.tokens.end;
    if cx.t(k) != "that" {
        return None;
    }
    let e = content_end(cx, k + 1, end);
    (e >= k + 4).then(|| (cx.name_speaker(m, "before"), k + 1..e))
}

fn reported_at(cx: &Cx<'_, '_>, first: usize, c: usize, end: usize, dates: &Dates) -> Option<Reported> {
    // The cue as reported, lower-cased only for a report made (most calls make none).
    let cue = || Some(cx.t(c).to_lowercase());
    // "estimated losses at ...": some verbs report speech only before "that".
    if cues::needs_that_at(cx.doc, c) && cx.t(c + 1) != "that" {
        return None;
    }
    // "the Greens insisted on control of ...": a demand, not a reported clause.
    if matches!(cx.doc.ascii_lower(c), "insisted" | "insists" | "insist") && matches!(cx.t(c + 1), "on" | "upon") {
        return None;
    }
    // "against claims from Kemi Badenoch that ...": a speech word used as a noun. Its source
    // speaks, when named; the sentence's subject does not.
    if c > first && used_as_noun(cx, c) {
        return noun_source(cx, c, end).map(|(speaker, content)| Reported { content, speaker: Some(speaker), cue: cue() });
    }
    // Trailing: "CONTENT, SUBJECT said[ tail]." A subject's bracketed acronym is not counted
    // in its reach: "..., the England and Wales Cricket Board (ECB) said".
    let bracket = if c >= 3 && bracketed_acronym_ends(cx, c - 1) { 3 } else { 0 };
    if let Some(p) = (first.max(c.saturating_sub(9 + bracket))..c).rev().find(|&p| cx.t(p) == ",") {
        if p + 1 < c && p >= first + 3 && trailing_tail(cx, c, end, dates) {
            if let Some(sp) = subject(cx, p + 1..c, "after") {
                return Some(Reported { content: first..content_end(cx, first, p), speaker: Some(sp), cue: cue() });
            }
        }
    }
    // Leading: "SUBJECT[, appositive,] said [that] CONTENT."
    let leading = subject_before(cx, c, first).and_then(|sp| {
        let k = content_start(cx, c, dates, end);
        let e = content_end(cx, k, end);
        // "told Reuters by telephone from Ankara.", "said in a statement on Sunday.": a short
        // setting and nothing said after it is no reported clause.
        let only_setting = is_setting(cx.t(k)) && e < k + 6;
        (e >= k + 3 && !only_setting && !matches!(cx.t(k), ":" | "“" | "\"" | ",") && !cx.in_direct.contains(k)).then(|| Reported { content: k..e, speaker: Some(sp), cue: cue() })
    });
    // Inverted: "CONTENT, said SUBJECT." — the subject runs to the end of the clause.
    if c >= first + 4 && cx.t(c - 1) == "," && leading.as_ref().is_none_or(|r| r.speaker.as_ref().is_none_or(|s| s.entity.is_none())) {
        let stop = (c + 1..end.min(c + 16)).find(|&i| stops_phrase(cx.t(i))).unwrap_or(end);
        let named = (c + 1..stop).any(|i| cx.names.starting(i).is_some_and(|m| m.kind == MentionType::Person));
        if named || stop - c <= 6 {
            if let Some(sp) = named_after(cx, c + 1, "after") {
                return Some(Reported { content: first..content_end(cx, first, c - 1), speaker: Some(sp), cue: cue() });
            }
        }
    }
    leading
}
