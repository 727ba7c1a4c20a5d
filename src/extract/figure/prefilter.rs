//! Which tokens can start a figure at all: most tokens are ordinary words, turned away with
//! one cheap look before the rules build anything.

use super::*;

/// Lower-case words that can open a figure on their own, without a number token or a digit
/// next to them: number words, ordinals, vague counts ("dozens", "several"), "half", "a"
/// ("a dozen"), "minus". A word that is none of these, has no digit or hyphen and is not
/// followed by a number cannot start any figure rule.
static OPENING_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
    let mut s: rustc_hash::FxHashSet<&'static str> =
        ["minus", "negative", "several", "many", "few", "a", "an", "half", "quarter"].into_iter().collect();
    s.extend(VAGUE_FIRST.iter().copied());
    s.extend(lexicon::NUMBER_WORDS.cardinal.keys().copied());
    s.extend(lexicon::NUMBER_WORDS.ordinal.keys().copied());
    s
});

/// For each token, whether [`figure_at`] may find a figure there; false only when it surely
/// finds none. Most tokens are ordinary words, and this turns them away with one cheap look
/// instead of the dozen table probes and lower-casings of the full rules.
///
/// Why it is safe: [`core_at`] needs a number token, a digit in the token (glued currency,
/// "Rs500"), a "$" right after ("HK$ 10"), a number right after a sign, a stop or a currency
/// code ("-5", ".08", "USD 22.5"), or a word that its word rules know ([`OPENING_WORDS`],
/// "minus", or a hyphenated compound). [`figure_at`] adds
/// range openers ("between", "from") and hedges, which need a figure within the next
/// `HEDGE_MAX` tokens. Non-ASCII words are always tried (their lower case is not ASCII's).
pub(super) fn may_start(doc: &Doc<'_>) -> Vec<bool> {
    let toks = &doc.tokens;
    let core: Vec<bool> = (0..toks.len()).map(|i| core_may_start(doc, i)).collect();
    (0..toks.len())
        .map(|i| {
            core[i] || {
                let w = lower_cow(doc, i);
                w == "between" || w == "from" || HEDGE_FIRST.contains(&*w) && core[i + 1..toks.len().min(i + 1 + HEDGE_MAX)].iter().any(|&c| c)
            }
        })
        .collect()
}

/// Whether [`core_at`] may find a figure at token `i` (see [`may_start`]).
fn core_may_start(doc: &Doc<'_>, i: usize) -> bool {
    let toks = &doc.tokens;
    let t = &toks[i];
    let next = toks.get(i + 1);
    if t.kind == TokKind::Number || t.text.bytes().any(|b| b.is_ascii_digit()) || next.is_some_and(|n| n.text.starts_with('$')) {
        return true;
    }
    let number_next = next.is_some_and(|n| n.kind == TokKind::Number);
    if t.kind != TokKind::Word {
        // Signs, ".08", "$ 75".
        return number_next;
    }
    // Before a number, a word opens a figure only as a currency code ("USD 22.5", "MSEK 30");
    // other words before numbers ("won 3", "of 20") are turned away here.
    if number_next && (money::mega_code(t.text).is_some() || lexicon::CURRENCIES.before.contains_key(t.text)) {
        return true;
    }
    if !t.text.is_ascii() || t.text.as_bytes().contains(&b'-') {
        return true;
    }
    OPENING_WORDS.contains(doc.ascii_lower(i))
}
