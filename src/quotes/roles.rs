//! Roles: the job a text gives a person, in the three shapes news copy uses.
//! - before the name: "WIC secretary general Ren Xianliang", "Interior Minister Grace Njoroge";
//! - an appositive after it: "Cosmas Luckyson Zavazava, director of ITU’s Telecommunication
//!   Development Bureau, in a statement";
//! - an appositive before it: "a ministry spokesman, Erlend Vik, said".
//!
//! A phrase is a role only when it holds a job word ([`cues::is_role_head`]); leading
//! articles and possessive pronouns are dropped. Each look is bounded to a few tokens.

use std::ops::Range;

use crate::extract::Doc;
use crate::quotes::cues::{self, Pronoun};
use crate::quotes::{Names, TokenSet};
use crate::report::MentionType;
use crate::tokens::TokKind;

fn word<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    doc.tokens.get(i).map_or("", |t| t.text)
}

/// Trim articles and possessive pronouns at the front and punctuation at either end.
fn trim(doc: &Doc<'_>, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && (cues::is_determiner_at(doc, r.start) || doc.tokens[r.start].kind == TokKind::Punct) {
        r.start += 1;
    }
    while r.end > r.start && doc.tokens[r.end - 1].kind == TokKind::Punct {
        r.end -= 1;
    }
    r
}

fn has_head(doc: &Doc<'_>, r: &Range<usize>) -> bool {
    r.clone().any(|i| cues::is_role_head_at(doc, i))
}

fn text(doc: &Doc<'_>, r: Range<usize>) -> String {
    doc.text[doc.tokens[r.start].start()..doc.tokens[r.end - 1].end()].to_owned()
}

/// "WIC secretary general Ren Xianliang": title words and capitalised words right before.
fn before(doc: &Doc<'_>, start: usize) -> Option<Range<usize>> {
    let first = doc.sentence_range(start).start;
    // The word next to the name must be a title word: "Intel chief Pat" yes, "Lancashire's Obi"
    // no. Asked first: most names have none, and need no walk back.
    if start <= first || !cues::is_role_modifier_at(doc, start - 1) {
        return None;
    }
    let mut k = start;
    while k > first && start - k < 7 {
        let t = &doc.tokens[k - 1];
        // (The word next to the name was asked above.)
        let title_word = || k == start || t.is_capitalised() || cues::is_role_modifier_at(doc, k - 1);
        let ok = t.kind == TokKind::Word && title_word() && cues::title_sex(t.text).is_none();
        if !ok {
            break;
        }
        k -= 1;
    }
    let r = trim(doc, k..start);
    (!r.is_empty() && has_head(doc, &r)).then_some(r)
}

/// The phrase from `k` to the next comma, full stop or relative pronoun, at most 14 tokens.
fn phrase(doc: &Doc<'_>, k: usize) -> Range<usize> {
    let end_s = doc.sentence_range(k.min(doc.tokens.len() - 1)).end;
    let mut e = k;
    while e < end_s && e - k < 14 && !matches!(word(doc, e), "," | "." | ";" | ":" | "(" | "“" | "\"" | "who" | "whose" | "which" | "—" | "–") {
        e += 1;
    }
    k..e
}

/// Whether phrase `r` may be an appositive: it holds no other person's full name ("captain,
/// 20-year-old striker Keith O'Neill" lists another player; "Lukashenko's political adviser"
/// and "former Clinton administration adviser" name one by a word) and is no clause ("she was
/// queen of ...", "will head Dole's team"). `full_names` holds the tokens of names of several
/// words.
fn appositive(doc: &Doc<'_>, r: &Range<usize>, full_names: &TokenSet) -> bool {
    let clause_word = |i: usize| {
        cues::pronoun_at(doc, i).is_some()
            || matches!(word(doc, i), "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would" | "can" | "could" | "may" | "might" | "must")
    };
    !full_names.any_in(r.clone()) && !r.clone().any(clause_word)
}

/// "NAME, [the] director of X," — skipping an age ("Aslak Somby, 61, a Sámi fisherman").
fn after(doc: &Doc<'_>, end: usize, full_names: &TokenSet) -> Option<Range<usize>> {
    let mut k = end;
    if word(doc, k) != "," {
        return None;
    }
    k += 1;
    if doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Number) && word(doc, k + 1) == "," {
        k += 2;
    }
    // "Jones, who is chief secretary to the Treasury,": the job the relative clause gives, a
    // noun phrase ("who was hospitalised with a head wound" is none).
    if word(doc, k) == "who" && matches!(word(doc, k + 1), "is" | "was") {
        k += 2;
        if matches!(word(doc, k), "also" | "now" | "currently") {
            k += 1;
        }
        let noun_phrase = |i: usize| {
            cues::is_determiner_at(doc, i) || cues::is_role_head_at(doc, i) || cues::is_role_modifier_at(doc, i) || doc.tokens.get(i).is_some_and(|t| t.is_capitalised())
        };
        if !noun_phrase(k) {
            return None;
        }
    }
    let p = phrase(doc, k);
    // An appositive, not the next clause: it ends at a comma, stop or relative pronoun.
    if p.end - p.start >= 14 || p.is_empty() {
        return None;
    }
    let r = trim(doc, p);
    // "Freeh, on an official visit to Mexico," tells where he is, not his job.
    let adverbial = || matches!(word(doc, r.start), "on" | "in" | "at" | "during" | "after" | "before" | "for" | "with" | "from" | "while" | "speaking");
    (!r.is_empty() && !adverbial() && has_head(doc, &r) && !r.clone().any(|i| cues::is_cue_at(doc, i)) && appositive(doc, &r, full_names)).then_some(r)
}

/// "a ministry spokesman, Erlend Vik," — the phrase between the previous comma, speech verb
/// or sentence start and the comma before the name, when a comma closes the name too (or a
/// full stop, after a speech verb: "said the company's chief executive, Dr Helena Marsh.").
fn apposed_before(doc: &Doc<'_>, start: usize, end: usize, full_names: &TokenSet) -> Option<Range<usize>> {
    if start < 2 || word(doc, start - 1) != "," || !matches!(word(doc, end), "," | ".") {
        return None;
    }
    let first = doc.sentence_range(start).start;
    let mut k = start - 1;
    while k > first && start - k < 10 && word(doc, k - 1) != "," && !cues::is_cue_at(doc, k - 1) {
        k -= 1;
    }
    if start - k >= 10 {
        return None;
    }
    // A name that ends its sentence closes the apposition only after a speech verb: "...,"
    // said Corvane's chief executive, Dr Helena Marsh."
    if word(doc, end) == "." && !(k > first && cues::is_cue_at(doc, k - 1)) {
        return None;
    }
    let r = trim(doc, k..start - 1);
    (!r.is_empty() && has_head(doc, &r) && !r.clone().any(|i| cues::is_cue_at(doc, i)) && appositive(doc, &r, full_names)).then_some(r)
}

/// Where the honorifics right before token `start` begin ("Sir", "Dr", "Mrs"): `start` when
/// there are none. ("Professor" and "Judge" are roles of their own.)
fn honorific_start(doc: &Doc<'_>, start: usize) -> usize {
    let honorific = |w: &str| cues::title_sex(w).is_some() || w.trim_end_matches('.') == "Dr";
    let mut k = start;
    while k > 0 && start - k < 2 && honorific(word(doc, k - 1)) {
        k -= 1;
    }
    k
}

/// Roles per entity (persons only) and the sex titles and roles tell.
pub fn find(doc: &Doc<'_>, names: &Names, n_entities: usize) -> (Vec<Vec<String>>, Vec<Option<Pronoun>>) {
    let mut roles: Vec<Vec<String>> = vec![Vec::new(); n_entities];
    let mut sex: Vec<Option<Pronoun>> = vec![None; n_entities];
    let mut full_names = TokenSet::new(doc.tokens.len());
    // The persons' mentions, read off the candidates: most names are no person's.
    let persons = || (0..names.len()).map(|k| names.found_at(k)).filter(|(f, _)| f.kind == MentionType::Person);
    for (f, _) in persons().filter(|(f, _)| f.tokens.len() > 1) {
        for i in f.tokens.clone() {
            full_names.insert(i);
        }
    }
    for (f, entity) in persons() {
        let Some(e) = entity.filter(|&e| e < n_entities) else { continue };
        if f.tokens.is_empty() {
            continue;
        }
        let (s, end) = (f.tokens.start, f.tokens.end);
        if s > 0 {
            if let Some(x) = cues::title_sex(word(doc, s - 1)) {
                sex[e] = Some(x);
            }
        }
        // "chairman Sir Neil Dawes", "the chairman, Dr Neil Dawes,": the role is before the
        // honorific.
        let outer = honorific_start(doc, s);
        for r in [before(doc, outer), after(doc, end, &full_names), apposed_before(doc, outer, end, &full_names)].into_iter().flatten() {
            let t = text(doc, r);
            if sex[e].is_none() {
                sex[e] = cues::role_sex(&t);
            }
            if !roles[e].contains(&t) {
                roles[e].push(t);
            }
        }
    }
    (roles, sex)
}
