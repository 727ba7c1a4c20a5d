//! Word lists for attribution: speech verbs, pronouns, the audiences of "told", role words.
//! Short closed lists, kept here rather than in src/data because they are grammar, not
//! vocabulary that grows.

use crate::extract::Doc;

/// `f` of the lower case of token `i`'s text, as [`crate::lexicon::with_lower`] gives it ("" past
/// the last token). An ASCII token's lower case is the document's own ([`Doc::ascii_lower`]):
/// the word lists below are asked of token after token, and a lower-case copy of each was a
/// copy into a buffer kept per thread and a pass over its bytes.
fn with_token_lower<R>(doc: &Doc<'_>, i: usize, f: impl FnOnce(&str) -> R) -> R {
    match doc.tokens.get(i) {
        Some(t) if t.text.is_ascii() => f(doc.ascii_lower(i)),
        Some(t) => crate::lexicon::with_lower(t.text, f),
        None => f(""),
    }
}

/// Verbs that introduce what someone said, lower case.
pub fn is_cue(word: &str) -> bool {
    crate::lexicon::with_lower(word, is_cue_lower)
}

/// [`is_cue`] of token `i`'s text ("" past the last token).
pub fn is_cue_at(doc: &Doc<'_>, i: usize) -> bool {
    with_token_lower(doc, i, is_cue_lower)
}

/// [`is_cue`] of a word already in lower case.
///
/// Asked of nearly every word of a story, so a look at its length and end letters turns most
/// words away before the list: every cue has 3 to 12 letters, ends in d, e, s or y and starts
/// with one of a dozen letters.
#[inline]
pub fn is_cue_lower(w: &str) -> bool {
    match w.as_bytes() {
        [first, .., last] if (3..=12).contains(&w.len()) => {
            letter_in(*first, CUE_FIRST_LETTERS) && letter_in(*last, CUE_LAST_LETTERS) && is_listed_cue(w)
        }
        _ => false,
    }
}

/// The set of the letters in `letters` as bits, `a` the lowest.
const fn letter_set(letters: &[u8]) -> u32 {
    let mut set = 0;
    let mut i = 0;
    while i < letters.len() {
        set |= 1 << (letters[i] - b'a');
        i += 1;
    }
    set
}

/// The letters cues start with, and end with.
const CUE_FIRST_LETTERS: u32 = letter_set(b"acdeinprstuw");
const CUE_LAST_LETTERS: u32 = letter_set(b"desy");

/// Whether byte `b` is a lower-case letter in `set`.
fn letter_in(b: u8, set: u32) -> bool {
    b.is_ascii_lowercase() && set & (1 << (b - b'a')) != 0
}

/// The list of [`is_cue_lower`].
fn is_listed_cue(w: &str) -> bool {
    matches!(w,
        "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "announced" | "announces" | "stated" | "states"
            | "explained" | "explains" | "noted" | "notes" | "warned" | "warns" | "asked" | "asks" | "replied"
            | "insisted" | "insists" | "argued" | "argues" | "claimed" | "claims" | "wrote" | "writes" | "declared"
            | "confirmed" | "confirms" | "acknowledged" | "recalled" | "continued" | "estimated" | "predicted"
            | "stressed" | "emphasised" | "emphasized" | "admitted" | "conceded" | "complained" | "urged" | "suggested"
    )
}

/// A verb at token `i` that reports speech only when "that" follows: "estimated that" (not
/// "estimated losses at").
pub fn needs_that_at(doc: &Doc<'_>, i: usize) -> bool {
    with_token_lower(doc, i, needs_that_lower)
}

/// [`needs_that_at`] of a word in lower case.
fn needs_that_lower(w: &str) -> bool {
    matches!(w, "estimated" | "predicted" | "confirmed" | "noted" | "recalled" | "acknowledged" | "admitted" | "suggested" | "stressed" | "urged" | "continued" | "asked")
}

/// The pronoun token `i` is, if any ("" past the last token).
pub fn pronoun_at(doc: &Doc<'_>, i: usize) -> Option<Pronoun> {
    with_token_lower(doc, i, pronoun_lower)
}

/// [`pronoun_at`] of a word in lower case.
fn pronoun_lower(w: &str) -> Option<Pronoun> {
    match w {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "it" => Some(Pronoun::It),
        "they" | "we" | "i" => Some(Pronoun::Other),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    It,
    Other,
}

/// What a noun after "the" calls a body the story has named: "the company said", "the
/// ministry added".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyNoun {
    /// A business: company, firm, lender, carmaker ...
    Business,
    /// A public or member body: regulator, party, club ...
    Institution,
    /// A body its name calls so: ministry ("Ministry of Finance"), department ("Commerce
    /// Department"), court, commission, council, government.
    Titled,
}

/// The [`BodyNoun`] token `i` is, if any.
pub fn body_noun_at(doc: &Doc<'_>, i: usize) -> Option<BodyNoun> {
    with_token_lower(doc, i, |w| match w {
        "company" | "firm" | "group" | "bank" | "lender" | "insurer" | "carrier" | "airline" | "retailer" | "miner"
        | "carmaker" | "automaker" | "drugmaker" | "chipmaker" | "conglomerate" | "manufacturer" | "operator"
        | "utility" | "broker" | "publisher" | "brewer" | "startup" | "start-up" => Some(BodyNoun::Business),
        "agency" | "regulator" | "exchange" | "club" | "party" | "union" | "authority" | "organisation" | "organization" => {
            Some(BodyNoun::Institution)
        }
        "ministry" | "department" | "court" | "commission" | "council" | "government" => Some(BodyNoun::Titled),
        _ => None,
    })
}

/// Who one tells things to: "told reporters", "told analysts".
pub fn is_audience(word: &str) -> bool {
    crate::lexicon::with_lower(word, |w| matches!(w,
        "reporters" | "journalists" | "analysts" | "investors" | "lawmakers" | "parliament" | "delegates" | "us" | "me"
            | "him" | "her" | "them" | "supporters" | "students" | "radio" | "television" | "viewers" | "listeners"
            | "shareholders" | "staff" | "employees" | "residents" | "congress" | "senators" | "mps" | "officials"
    ))
}

/// An article or possessive at token `i` ("" past the last token).
pub fn is_determiner_at(doc: &Doc<'_>, i: usize) -> bool {
    with_token_lower(doc, i, is_determiner_lower)
}

/// [`is_determiner_at`] of a word in lower case.
fn is_determiner_lower(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that" | "these" | "those")
}

/// Words that head a job title: "secretary general", "director", "spokeswoman".
pub fn is_role_head(word: &str) -> bool {
    crate::lexicon::with_lower(word.trim_end_matches('.'), role_head_of_lower)
}

/// [`is_role_head`] of token `i`'s text ("" past the last token). An ASCII token's full stops
/// are trimmed after lower-casing rather than before: the same, ASCII lower-casing leaving
/// full stops as they are; a token with other characters is asked as [`is_role_head`] does.
pub fn is_role_head_at(doc: &Doc<'_>, i: usize) -> bool {
    match doc.tokens.get(i) {
        Some(t) if !t.text.is_ascii() => is_role_head(t.text),
        _ => with_token_lower(doc, i, |w| role_head_of_lower(w.trim_end_matches('.'))),
    }
}

/// [`is_role_head`] of a word in lower case without its full stops.
fn role_head_of_lower(w: &str) -> bool {
    let w = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w);
    is_role_head_lower(w) || compound_role_head(w)
}

/// A role head with a prefix or suffix joined by a hyphen: "co-leader", "ex-minister",
/// "chancellor-designate", "president-elect", "editor-in-chief".
fn compound_role_head(w: &str) -> bool {
    const PREFIXES: [&str; 4] = ["co-", "ex-", "vice-", "acting-"];
    const SUFFIXES: [&str; 3] = ["-designate", "-elect", "-in-chief"];
    w.contains('-')
        && (PREFIXES.iter().any(|p| w.strip_prefix(p).is_some_and(is_role_head_lower))
            || SUFFIXES.iter().any(|s| w.strip_suffix(s).is_some_and(is_role_head_lower)))
}

/// [`is_role_head`] of a word in lower case without its full stop and possessive ending.
fn is_role_head_lower(w: &str) -> bool {
    crate::lexicon::is_role_head(w)
}

/// Words that may sit inside a pre-name title, at token `i` ("" past the last token): "head
/// coach", "secretary general".
pub fn is_role_modifier_at(doc: &Doc<'_>, i: usize) -> bool {
    is_role_head_at(doc, i) || with_token_lower(doc, i, is_modifier_lower)
}

/// The words of [`is_role_modifier_at`] that head no title, in lower case.
fn is_modifier_lower(w: &str) -> bool {
    crate::lexicon::is_role_modifier(w)
}

/// Honorifics that tell a person's sex.
pub fn title_sex(word: &str) -> Option<Pronoun> {
    match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "Mister" => Some(Pronoun::He),
        "Ms" | "Mrs" | "Miss" | "Madam" | "Madame" | "Dame" | "Lady" => Some(Pronoun::She),
        _ => None,
    }
}

/// Sex a role word tells: spokeswoman, chairman.
pub fn role_sex(role: &str) -> Option<Pronoun> {
    let r = role.to_lowercase();
    if r.contains("woman") || r.contains("women") {
        Some(Pronoun::She)
    } else if r.contains("spokesman") || r.contains("chairman") || r.contains("fisherman") {
        Some(Pronoun::He)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The length and letter look in front of the list turns no cue away.
    #[test]
    fn cue_filter_keeps_every_cue() {
        let cues = [
            "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stated", "states", "explained",
            "explains", "noted", "notes", "warned", "warns", "asked", "asks", "replied", "insisted", "insists", "argued",
            "argues", "claimed", "claims", "wrote", "writes", "declared", "confirmed", "confirms", "acknowledged",
            "recalled", "continued", "estimated", "predicted", "stressed", "emphasised", "emphasized", "admitted",
            "conceded", "complained", "urged", "suggested",
        ];
        for w in cues {
            assert!(is_listed_cue(w) && is_cue_lower(w), "{w}");
        }
        for w in ["the", "sad", "", "s", "saidx", "hinted", "acknowledgeds"] {
            assert!(!is_cue_lower(w), "{w}");
        }
    }
}
