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

/// [`is_cue`] of token `i`'s text (false past the last token), as the token's
/// [`Opener`](crate::extract::openers::Opener) holds it: worked out once per token.
pub fn is_cue_at(doc: &Doc<'_>, i: usize) -> bool {
    doc.openers().get(i).is_some_and(|o| o.speech == Speech::Cue)
}

/// What a word is to the reported speech rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speech {
    /// A speech verb ([`is_cue`]).
    Cue,
    /// "according" in any ASCII case (of "according to").
    According,
    /// Anything else: nearly every word.
    #[default]
    Other,
}

/// The [`Speech`] of an ASCII word, `lower` in lower case.
#[inline]
pub fn speech_of_ascii_lower(lower: &str) -> Speech {
    if !may_be_speech_word(lower) {
        Speech::Other
    } else if CUE_WORDS.contains(&lower) {
        Speech::Cue
    } else if lower == "according" {
        Speech::According
    } else {
        Speech::Other
    }
}

/// The [`Speech`] of a word with characters other than ASCII: a speech verb by its full lower
/// case, never "according" (ASCII case never makes such a word that one).
pub fn speech_of_non_ascii(word: &str) -> Speech {
    if is_cue(word) { Speech::Cue } else { Speech::Other }
}

/// [`is_cue`] of a word already in lower case.
///
/// Asked of many words of a story, so a look at its first and last letters and length
/// ([`may_be_speech_word`]) turns nearly every other word away before the list.
#[inline]
pub fn is_cue_lower(w: &str) -> bool {
    may_be_speech_word(w) && CUE_WORDS.contains(&w)
}

/// The speech verbs, lower case: [`is_cue_lower`]'s list.
pub(crate) const CUE_WORDS: [&str; 44] = [
    "said", "says", "say", "told", "tells", "added", "adds", "announced", "announces", "stated", "states", "explained",
    "explains", "noted", "notes", "warned", "warns", "asked", "asks", "replied", "insisted", "insists", "argued", "argues",
    "claimed", "claims", "wrote", "writes", "declared", "confirmed", "confirms", "acknowledged", "recalled", "continued",
    "estimated", "predicted", "stressed", "emphasised", "emphasized", "admitted", "conceded", "complained", "urged",
    "suggested",
];

/// Whether ASCII text `t` may be a speech verb ([`CUE_WORDS`]) or "according", in any case:
/// false for nearly every other word, told by its first and last letters and its length
/// with one table look. (A text with other characters may lower-case to another length and
/// letters: it is no question for this test.)
#[inline]
pub fn may_be_speech_word(t: &str) -> bool {
    match t.as_bytes() {
        [first, .., last] if t.len() < 16 => match (letter_index(*first), letter_index(*last)) {
            (Some(f), Some(l)) => SPEECH_ENDS[f * 26 + l] >> t.len() & 1 != 0,
            _ => false,
        },
        _ => false,
    }
}

/// The place of ASCII letter `b` (either case) in the alphabet.
const fn letter_index(b: u8) -> Option<usize> {
    let lower = b | 0x20;
    if lower.is_ascii_lowercase() { Some((lower - b'a') as usize) } else { None }
}

/// For each pair of first and last letter, the lengths (as bits) of the speech verbs and
/// "according" that start and end so ([`may_be_speech_word`]).
static SPEECH_ENDS: [u16; 26 * 26] = {
    let mut table = [0u16; 26 * 26];
    let mut k = 0;
    while k <= CUE_WORDS.len() {
        let w = if k < CUE_WORDS.len() { CUE_WORDS[k].as_bytes() } else { b"according" };
        match (letter_index(w[0]), letter_index(w[w.len() - 1])) {
            (Some(f), Some(l)) => table[f * 26 + l] |= 1 << w.len(),
            _ => panic!("a speech word starts and ends with a letter"),
        }
        k += 1;
    }
    table
};

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
    if !may_be_role_word(doc, i) {
        return false;
    }
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
    may_be_role_word(doc, i) && (is_role_head_at(doc, i) || with_token_lower(doc, i, is_modifier_lower))
}

/// Whether token `i` may be a role word at all. Every listed role head and modifier starts
/// with a letter, and so do the compounds made of them ("co-leader", "president-elect"): a
/// token of ASCII text starting with anything else (a mark, a digit) is none, and is turned
/// away without a look at the lists. (Past the last token, none either.)
#[inline]
fn may_be_role_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.text.as_bytes().first().is_some_and(|b| !b.is_ascii() || b.is_ascii_alphabetic()))
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
    // Every word looked for ends in "man" or "men", which only those ASCII letters in any
    // case lower-case to: a role without them (most) is told so without a lower-case copy.
    let man_or_men = |w: &[u8]| w[0] | 0x20 == b'm' && matches!(w[1] | 0x20, b'a' | b'e') && w[2] | 0x20 == b'n';
    if !role.as_bytes().windows(3).any(man_or_men) {
        return None;
    }
    sex_of_lower(&role.to_lowercase())
}

/// [`role_sex`] of a role in lower case, without the quick look.
fn sex_of_lower(r: &str) -> Option<Pronoun> {
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

    /// Every listed role word starts with a lower-case letter, as [`may_be_role_word`] takes.
    #[test]
    fn role_words_start_with_a_letter() {
        for list in [include_str!("../data/role_heads.txt"), include_str!("../data/role_modifiers.txt")] {
            for line in list.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                assert!(line.as_bytes()[0].is_ascii_lowercase(), "{line}");
            }
        }
    }

    /// The look for "man" and "men" before the lower-case copy changes no answer.
    #[test]
    fn role_sex_as_lower_case_says() {
        let full = |role: &str| sex_of_lower(&role.to_lowercase());
        for role in ["spokeswoman", "Spokeswoman", "CHAIRMAN", "chairwoman", "fisherman's", "director", "Prime Minister", "WOMEN'S coach", "man", "", "chair\u{212a}man", "Spokes\u{130}man"] {
            assert_eq!(role_sex(role), full(role), "{role}");
        }
    }

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
            assert!(CUE_WORDS.contains(&w) && is_cue_lower(w), "{w}");
        }
        for w in ["the", "sad", "", "s", "saidx", "hinted", "acknowledgeds", "according"] {
            assert!(!is_cue_lower(w), "{w}");
        }
        for w in cues.iter().chain(&["according"]) {
            for v in [w.to_string(), w.to_uppercase(), format!("{}{}", w[..1].to_uppercase(), &w[1..])] {
                assert!(may_be_speech_word(&v), "{v}");
            }
        }
        for w in ["the", "The", "sad", "", "s", "saidx", "acknowledgeds", "2024", "\u{201c}", "sa\u{e9}d"] {
            assert!(!may_be_speech_word(w), "{w}");
        }
    }
}
