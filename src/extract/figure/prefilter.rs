//! Which tokens can start a figure at all: most tokens are ordinary words, turned away with
//! one cheap look before the rules build anything.

use super::*;
use crate::extract::openers::{Opener, Shape};

/// What a lower-case word can do at the start of a figure (bits of [`WORD_ROLES`]).
/// A word the word rules read on its own: number words, ordinals, vague counts ("dozens",
/// "several"), "half", "quarter", "minus".
const OPENS: u8 = 1;
/// "a" / "an": a figure only before a number word ("a dozen", "a million"), a fraction word
/// ("a third"), "few" ("a few hundred") or a spaced hyphen ("a - half"): see [`article_opens`].
const ARTICLE: u8 = 2;
/// The first word of a hedge ("about", "more than", "up to"): see [`HEDGES`].
pub(super) const HEDGE: u8 = 4;
/// "between", "from": a range opener, with the range's first figure right after it.
pub(super) const RANGE: u8 = 8;

/// Every lower-case word with a role at the start of a figure, and its roles: one probe per
/// token instead of one per list.
static WORD_ROLES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::LazyLock::new(|| {
    let mut roles: rustc_hash::FxHashMap<&'static str, u8> = rustc_hash::FxHashMap::default();
    let mut add = |w: &'static str, role: u8| *roles.entry(w).or_default() |= role;
    for w in ["minus", "negative", "several", "many", "few", "half", "quarter"] {
        add(w, OPENS);
    }
    for &w in VAGUE_FIRST.iter().chain(lexicon::NUMBER_WORDS.cardinal.keys()).chain(lexicon::NUMBER_WORDS.ordinal.keys()) {
        add(w, OPENS);
    }
    add("a", ARTICLE);
    add("an", ARTICLE);
    for &w in HEDGE_FIRST.iter() {
        add(w, HEDGE);
    }
    add("between", RANGE);
    add("from", RANGE);
    roles
});

/// Whether [`figure_at`] may find a figure at a token; false only when it surely finds none.
/// Most tokens are ordinary words, and this turns them away with one cheap look instead of
/// the dozen table probes and lower-casings of the full rules. Asked token by token as the
/// scan goes (no table of every token's answer is built first).
///
/// Why it is safe: [`core_at`] finds nothing at a `blocked` token, and otherwise needs a
/// number token, a digit in the token (glued currency, "Rs500"), a "$" right after ("HK$
/// 10"), a number right after a sign, a stop or a currency code ("-5", ".08", "USD 22.5"),
/// or a word that its word rules know ([`OPENS`], [`ARTICLE`], or a hyphenated compound).
/// [`figure_at`] adds range openers ("between", "from"), which need a figure right after
/// them, and hedges, which need a figure within the next `HEDGE_MAX` tokens. Non-ASCII words
/// are always tried (their lower case is not ASCII's).
pub(super) struct Prefilter<'d, 'a> {
    doc: &'d Doc<'a>,
    openers: &'d [Opener],
    blocked: &'d [bool],
}

impl<'d, 'a> Prefilter<'d, 'a> {
    pub(super) fn new(doc: &'d Doc<'a>, blocked: &'d [bool]) -> Prefilter<'d, 'a> {
        Prefilter { doc, openers: doc.openers(), blocked }
    }

    /// The first token from `from` on where [`figure_at`] may find a figure (as
    /// [`may_start_at`](Self::may_start_at) says), or the number of tokens when none may.
    /// Most tokens are plain words and marks before other plain ones, passed over with one
    /// look at each and at the token after it; the full test is asked only of the others.
    pub(super) fn next_start(&self, from: usize) -> usize {
        let toks = &self.doc.tokens[..];
        let n = toks.len();
        let openers = &self.openers[..n];
        let mut i = from;
        while i < n {
            // A number is never plain (it holds a digit, or a non-ASCII numeral): `plain`
            // alone says the token is no number.
            debug_assert!(!plain(&openers[i]) || toks[i].kind != TokKind::Number, "{}", toks[i].text);
            let passed = plain(&openers[i]) && !toks.get(i + 1).is_some_and(opens_amount);
            if !passed && self.may_start_at(i) {
                return i;
            }
            i += 1;
        }
        n
    }

    /// Whether [`figure_at`] may find a figure at token `i`.
    #[inline]
    pub(super) fn may_start_at(&self, i: usize) -> bool {
        // Most tokens are plain words and marks (no figure role, digit, hyphen or non-ASCII
        // byte): every rule reads one only before a "$" or a number ([`core`](Self::core)),
        // so the token after turns nearly all of them away in one look.
        let toks = &self.doc.tokens;
        if plain(&self.openers[i]) && toks[i].kind != TokKind::Number && !toks.get(i + 1).is_some_and(opens_amount) {
            return false;
        }
        if self.core(i) {
            return true;
        }
        let r = self.openers[i].figure_roles;
        if r & (RANGE | HEDGE) == 0 {
            return false;
        }
        let n = self.doc.tokens.len();
        r & RANGE != 0 && i + 1 < n && self.core(i + 1)
            || r & HEDGE != 0 && (i + 1..n.min(i + 1 + HEDGE_MAX)).any(|j| self.core(j)) && hedge_may_open(self.doc, i, |j| j < n && self.core(j))
    }

    /// Whether [`core_at`] may find a figure at token `i`. Inlined: asked of every token, and
    /// most answer in a few tests.
    #[inline(always)]
    fn core(&self, i: usize) -> bool {
        if self.blocked[i] {
            return false;
        }
        let toks = &self.doc.tokens;
        let (t, opener) = (&toks[i], &self.openers[i]);
        if t.kind == TokKind::Number {
            // No word role is a number; core_at reads every number token.
            debug_assert_eq!(opener.figure_roles, 0, "{}", t.text);
            true
        } else if t.kind == TokKind::Word && opener.figure_roles == 0 && !opener.shape.digit && !opener.shape.hyphen && !opener.shape.non_ascii {
            // Most tokens: a plain word opens a figure only before a "$" or as a currency code
            // before a number (what core_may_start asks of it).
            toks.get(i + 1).is_some_and(|next| next.text.starts_with('$') || next.kind == TokKind::Number && is_currency_code(t.text))
        } else {
            core_may_start(self.doc, i, &opener.shape, opener.figure_roles)
        }
    }
}

/// A token with no figure role, digit, hyphen or non-ASCII byte: a plain word or mark.
#[inline(always)]
fn plain(opener: &Opener) -> bool {
    opener.figure_roles == 0 && !opener.shape.digit && !opener.shape.hyphen && !opener.shape.non_ascii
}

/// A number or a "$" (perhaps glued to more): what a plain word before it may head ("HK$
/// 10", "USD 22.5").
#[inline(always)]
fn opens_amount(next: &crate::tokens::Token<'_>) -> bool {
    next.kind == TokKind::Number || next.text.as_bytes().first() == Some(&b'$')
}

/// A currency code or abbreviation written before a number ("USD 22.5", "MSEK 30", "Rs 500").
fn is_currency_code(text: &str) -> bool {
    money::mega_code(text).is_some() || lexicon::CURRENCIES.before.contains_key(text)
}

/// The hedge phrases by first word, each as its list of words.
static HEDGES_BY_FIRST_WORD: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>>> = std::sync::LazyLock::new(|| {
    let mut by_first: rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>> = rustc_hash::FxHashMap::default();
    for h in HEDGES.iter() {
        let words: Vec<&'static str> = h.split(' ').collect();
        by_first.entry(words[0]).or_default().push(words);
    }
    by_first
});

/// Whether a hedge at token `i` (a hedge's first word) may head a figure: some hedge phrase
/// starting there is followed by a token where [`core_at`] may find one (`core`). The
/// phrase's later words are compared ignoring ASCII case, and a non-ASCII token matches any
/// word (the rules compare full lower case).
fn hedge_may_open(doc: &Doc<'_>, i: usize, core: impl Fn(usize) -> bool) -> bool {
    let toks = &doc.tokens;
    let first = if toks[i].text.is_ascii() { std::borrow::Cow::Borrowed(doc.ascii_lower(i)) } else { numbers::lower(toks[i].text) };
    let Some(phrases) = HEDGES_BY_FIRST_WORD.get(&*first) else { return false };
    phrases.iter().any(|words| {
        let len = words.len();
        core(i + len)
            && words[1..].iter().enumerate().all(|(k, w)| {
                let t = &toks[i + 1 + k];
                !t.text.is_ascii() || t.text.eq_ignore_ascii_case(w)
            })
    })
}

/// Every word with a role at the start of a figure, and its roles (bits of [`WORD_ROLES`]).
pub(crate) fn word_roles() -> impl Iterator<Item = (&'static str, u8)> {
    WORD_ROLES.iter().map(|(&w, &roles)| (w, roles))
}

/// The [`WORD_ROLES`] of a non-ASCII token `text`, looked up by its lower case as
/// [`numbers::lower`] gives it (an ASCII word's are looked up by its ASCII lower case).
pub(crate) fn non_ascii_roles(text: &str) -> u8 {
    WORD_ROLES.get(&*numbers::lower(text)).copied().unwrap_or(0)
}

/// Whether [`core_at`] may find a figure at token `i`, not blocked, whose word roles are
/// `roles` (see [`Prefilter`]).
fn core_may_start(doc: &Doc<'_>, i: usize, shape: &Shape, roles: u8) -> bool {
    let toks = &doc.tokens;
    let t = &toks[i];
    let next = toks.get(i + 1);
    if t.kind == TokKind::Number || next.is_some_and(|n| n.text.starts_with('$')) {
        return true;
    }
    if shape.digit {
        return true;
    }
    let number_next = next.is_some_and(|n| n.kind == TokKind::Number);
    if t.kind != TokKind::Word {
        // Signs ("-5"), ".08", "$ 75", "£ 8.10", "MUSD 30": the only marks core_at reads
        // before a number.
        return number_next
            && (matches!(t.text, "-" | "−" | "." | "$") || lexicon::CURRENCIES.before.contains_key(t.text) || money::mega_code(t.text).is_some());
    }
    // Before a number, a word opens a figure only as a currency code ("USD 22.5", "MSEK 30");
    // other words before numbers ("won 3", "of 20") are turned away here.
    if number_next && is_currency_code(t.text) {
        return true;
    }
    if shape.non_ascii {
        return true;
    }
    if shape.hyphen {
        return compound_may_open(doc.ascii_lower(i));
    }
    roles & OPENS != 0 || roles & ARTICLE != 0 && article_opens(doc, i + 1)
}

/// Words before the first hyphen of a compound the word rules read: number words and
/// ordinals ("two-year", "twenty-one", "third-largest"), "a" ("a-half"), "half" and
/// "quarter" ("quarter-point").
static COMPOUND_FIRST_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
    let numbers = &lexicon::NUMBER_WORDS;
    numbers.cardinal.keys().chain(numbers.ordinal.keys()).copied().chain(["a", "half", "quarter"]).collect()
});

/// Whether a hyphenated ASCII word, `lw` in lower case, may open a figure: the word rules
/// (compounds, hyphenated number words and fractions, "twenty-first") all read a number
/// word, an ordinal, "a", "half" or "quarter" before its first hyphen.
fn compound_may_open(lw: &str) -> bool {
    let first = lw.split('-').next().unwrap_or(lw);
    COMPOUND_FIRST_WORDS.contains(first)
}

/// Whether "a" / "an" before token `k` may open a figure: the word rules read it only as one
/// before "few", a number word ("a hundred", "a dozen"), a fraction word ("a third", "a
/// half") or a spaced hyphen ("a - half"). Non-ASCII and hyphenated words are let through.
fn article_opens(doc: &Doc<'_>, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else { return false };
    if !t.text.is_ascii() || t.text.contains('-') {
        return true;
    }
    let w = doc.ascii_lower(k);
    w == "few" || lexicon::NUMBER_WORDS.cardinal.contains_key(w) || lexicon::NUMBER_WORDS.denominator.contains_key(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str) -> Vec<bool> {
        let doc = Doc::new(text, None);
        let blocked = guards::blocked(&doc);
        let prefilter = Prefilter::new(&doc, &blocked);
        (0..doc.tokens.len()).map(|i| prefilter.may_start_at(i)).collect()
    }

    #[test]
    fn articles_open_only_before_number_words() {
        assert_eq!(starts("a dozen eggs"), [true, true, false]);
        assert_eq!(starts("a third of them"), [true, true, false, false]);
        assert_eq!(starts("an apple"), [false, false]);
        assert_eq!(starts("a few hundred"), [true, true, true]);
    }

    #[test]
    fn compounds_open_only_after_a_number_word() {
        assert_eq!(starts("his two-year deal"), [false, true, false]);
        assert_eq!(starts("his all-rounder skills"), [false, false, false]);
        assert_eq!(starts("twenty-first third-largest a-half"), [true, true, true]);
    }

    #[test]
    fn range_openers_need_a_figure_next() {
        assert_eq!(starts("from 5 to 10"), [true, true, false, true]);
        assert_eq!(starts("from here"), [false, false]);
    }
}
