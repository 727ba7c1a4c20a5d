//! Numbers themselves: numerals in digits ("1,234.5", "1 234", "3.5bn" split into number and
//! suffix) and number words ("two and a half million", "a dozen", "one hundred and twenty",
//! "twenty-one"), fractions written in words, ordinals.

use super::lexicon::{WordClass, NUMBER_WORDS};
use crate::extract::date::WordEnds;
use crate::extract::Doc;
use crate::tokens::TokKind;
use std::sync::LazyLock;

/// A numeral written in digits, with whatever letters or signs are glued after it.
#[derive(Debug, Clone, Copy)]
pub struct Numeral<'a> {
    pub value: f64,
    /// Text after the digits: "" / "bn" / "%" / "km" / "st" / "-year".
    pub suffix: &'a str,
    /// No decimal point.
    pub integer: bool,
    /// Thousands separators were used ("1,250").
    pub grouped: bool,
    /// Number of digits before the decimal point.
    pub int_digits: usize,
    /// Starts with a zero and has more digits ("007", "020"): a code, not a quantity.
    pub leading_zero: bool,
}

/// Separators inside a number: comma, narrow no-break space, thin space.
fn is_group_sep(c: char) -> bool {
    matches!(c, ',' | '\u{202f}' | '\u{2009}')
}

/// Parse digits at the start of `s`: "1,234.5bn" -> 1234.5 with suffix "bn". Thousands groups
/// must be well formed (3 digits; the Indian 2-2-3 form "12,34,567" is accepted too), else None:
/// "22,24,26" is a list, not a number.
pub fn numeral(s: &str) -> Option<Numeral<'_>> {
    let bytes = s.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut groups = Groups::default();
    let mut sep_char = None;
    let mut i = 0;
    let mut int_digits = 0;
    // Most numerals are a run of digits that no group separator follows (a comma, or the
    // thin spaces, whose UTF-8 starts with 0xE2): their integer part is the run, read by bytes.
    let run = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !matches!(bytes.get(run), Some(b',' | 0xE2)) {
        groups = Groups { count: 1, current: run, first: 0, rest_all_3: true, middle_all_2: true };
        int_digits = run;
        i = run;
    } else {
        // Integer part with separators.
        for (pos, c) in s.char_indices() {
            i = pos;
            if c.is_ascii_digit() {
                groups.digit();
                int_digits += 1;
            } else if is_group_sep(c) && s[pos + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()) {
                if sep_char.is_some_and(|p| p != c) {
                    return None;
                }
                sep_char = Some(c);
                groups.separator();
            } else {
                break;
            }
            i = pos + c.len_utf8();
        }
    }
    if groups.count > 1 && !groups.valid() {
        return None;
    }
    let int_end = i;
    let mut frac_len = 0;
    let mut rest = &s[i..];
    if let Some(after) = rest.strip_prefix('.') {
        let frac = after.bytes().take_while(u8::is_ascii_digit).count();
        if frac > 0 {
            // A second point ("192.168.1.2", "3.2.1") is an address or a section number.
            let after_frac = &after[frac..];
            if after_frac.starts_with('.') && after_frac[1..].starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            frac_len = frac;
            rest = after_frac;
        }
    }
    // The digits with the point and without separators: the text itself when it has none.
    let value_end = if frac_len > 0 { int_end + 1 + frac_len } else { int_end };
    let value: f64 = if sep_char.is_none() && frac_len == 0 && int_digits <= 15 {
        // Whole numbers of up to 15 digits (nearly all) are exact in an f64: summed digit by
        // digit, without the float parser.
        s.as_bytes()[..int_end].iter().fold(0u64, |v, &d| v * 10 + u64::from(d - b'0')) as f64
    } else if sep_char.is_none() {
        s[..value_end].parse().ok()?
    } else {
        let digits: String = s[..value_end].chars().filter(|&c| !is_group_sep(c)).collect();
        digits.parse().ok()?
    };
    Some(Numeral {
        value,
        suffix: rest,
        integer: frac_len == 0,
        grouped: groups.count > 1,
        int_digits,
        leading_zero: int_digits > 1 && bytes[0] == b'0' && groups.count == 1,
    })
}

/// The digit groups of a numeral's integer part, counted as they are read: what
/// [`Groups::valid`] needs, without keeping each group's size.
#[derive(Default)]
struct Groups {
    count: usize,
    /// Digits in the group being read.
    current: usize,
    first: usize,
    /// Every group after the first, finished so far, has 3 digits.
    rest_all_3: bool,
    /// Every group after the first that another group followed has 2 digits.
    middle_all_2: bool,
}

impl Groups {
    fn digit(&mut self) {
        if self.count == 0 {
            *self = Groups { count: 1, current: 0, first: 0, rest_all_3: true, middle_all_2: true };
        }
        self.current += 1;
    }

    /// A separator: the group being read is finished and another follows.
    fn separator(&mut self) {
        if self.count == 1 {
            self.first = self.current;
        } else {
            self.rest_all_3 &= self.current == 3;
            self.middle_all_2 &= self.current == 2;
        }
        self.count += 1;
        self.current = 0;
    }

    /// Groups of three after the first of one to three digits, or the Indian 2-2-3 form
    /// ("12,34,567"); for a numeral with at least one separator.
    fn valid(&self) -> bool {
        let last = self.current;
        if !(1..=3).contains(&self.first) {
            return false;
        }
        if self.rest_all_3 && last == 3 {
            return true;
        }
        last == 3 && self.middle_all_2 && self.first <= 2
    }
}

/// A number in words over tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct WordNumber {
    pub end: usize,
    pub value: f64,
    /// The phrase ends in a fraction ("two-thirds", "a half"): kind fraction when it is only that.
    pub fraction_only: bool,
    /// Words used (a lone "one" needs more care than "one hundred").
    pub words: usize,
}

/// Lower case with a straight apostrophe; plain ASCII (nearly every token) takes a fast path,
/// and a word with nothing to change is borrowed, not copied.
pub(super) fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            return std::borrow::Cow::Owned(s.to_ascii_lowercase());
        }
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.to_lowercase().replace('’', "'"))
}

/// `f` of [`lower`] of `word`, with no copy on the heap for an ASCII word with capitals
/// ("Two", "First"): the number-word tests are asked of every word a figure may start at.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        crate::lexicon::with_ascii_lowercase(word, f)
    } else {
        f(&lower(word))
    }
}

/// A cardinal word or hyphenated pair ("twenty-one"): value and class.
pub fn cardinal(word: &str) -> Option<(f64, WordClass)> {
    if surely_unlisted(word, &CARDINAL_ENDS) {
        return None;
    }
    with_lower(word, cardinal_lower)
}

/// The ends and lengths of the cardinal and the ordinal words, for [`surely_unlisted`].
static CARDINAL_ENDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(NUMBER_WORDS.cardinal.keys().copied()));
static ORDINAL_ENDS: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(NUMBER_WORDS.ordinal.keys().copied()));

/// Whether `word` has a hyphen of those the number words are joined by ("twenty-one").
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-') || !word.is_ascii() && word.contains('‑')
}

/// Whether an ASCII word of two bytes or more without a hyphen is surely none of the words
/// `ends` was made of, in any case: the number-word tests are asked of most words a figure
/// may start at and after, and most are no number word. (The test is blind to the case of
/// letters; a hyphen joins two words, each looked up.)
fn surely_unlisted(word: &str, ends: &WordEnds) -> bool {
    word.len() >= 2 && !ends.may_hold(word) && word.bytes().all(|b| b.is_ascii() && b != b'-')
}

/// [`cardinal`] of a word in [`lower`] case.
fn cardinal_lower(w: &str) -> Option<(f64, WordClass)> {
    if let Some(&v) = NUMBER_WORDS.cardinal.get(w) {
        return Some(v);
    }
    let (a, b) = w.split_once(['-', '‑'])?;
    match (NUMBER_WORDS.cardinal.get(a), NUMBER_WORDS.cardinal.get(b)) {
        (Some(&(t, WordClass::Tens)), Some(&(u, WordClass::Unit))) if u > 0.0 => Some((t + u, WordClass::Tens)),
        _ => None,
    }
}

/// An ordinal word: "first", "twenty-first", "21st" is handled with digits.
pub fn ordinal_word(word: &str) -> Option<f64> {
    if surely_unlisted(word, &ORDINAL_ENDS) {
        return None;
    }
    with_lower(word, ordinal_word_lower)
}

/// [`ordinal_word`] of a word in [`lower`] case.
fn ordinal_word_lower(w: &str) -> Option<f64> {
    if let Some(&v) = NUMBER_WORDS.ordinal.get(w) {
        return Some(v);
    }
    let (a, b) = w.split_once(['-', '‑'])?;
    match (NUMBER_WORDS.cardinal.get(a), NUMBER_WORDS.ordinal.get(b)) {
        (Some(&(t, WordClass::Tens)), Some(&o)) if o < 10.0 => Some(t + o),
        _ => None,
    }
}

/// The divisor a fraction word means: "third(s)" -> 3, "half" -> 2.
pub fn denominator(word: &str) -> Option<f64> {
    with_lower(word, |w| NUMBER_WORDS.denominator.get(w).copied())
}

/// "one-third", "two-thirds", "three-quarters", "a-half" as one hyphenated token.
pub fn hyphen_fraction(word: &str) -> Option<f64> {
    // Lower case neither makes nor takes away a hyphen: a word without one is turned away
    // before it is lowered.
    if !has_hyphen(word) {
        return None;
    }
    let w = lower(word);
    let (a, b) = w.split_once(['-', '‑'])?;
    let n = if a == "a" { 1.0 } else { cardinal(a).filter(|c| c.1 != WordClass::Scale && c.1 != WordClass::Hundred)?.0 };
    let d = denominator(b)?;
    // "one-thirds" is not English, "two-third" is a common slip: accept both number forms.
    (1.0..100.0).contains(&n).then_some(n / d)
}

/// Ordinal with digits: "21st", "2nd", "3rd", "4th", with the right suffix for the number.
pub fn digit_ordinal(n: f64, suffix: &str) -> bool {
    if n.fract() != 0.0 || n < 1.0 {
        return false;
    }
    let n = n as u64;
    let want = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(want)
}

fn text<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    doc.tokens.get(i).map(|t| t.text).unwrap_or("")
}

fn glued_or_spaced_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word && t.newlines_before == 0)
}

/// "one - fourth", "five - eighths" at `i`: a hyphenated fraction with the hyphen spaced, as
/// pre-tokenised text writes it. Its value; the phrase is three tokens.
fn spaced_fraction(doc: &Doc<'_>, i: usize) -> Option<f64> {
    let (h, d) = (doc.tokens.get(i + 1)?, doc.tokens.get(i + 2)?);
    if h.text != "-" || !h.space_before || !d.space_before || h.newlines_before > 0 || d.newlines_before > 0 || d.kind != TokKind::Word {
        return None;
    }
    denominator(d.text)?;
    hyphen_fraction(&format!("{}-{}", text(doc, i), d.text))
}

/// "a half", "one half", "a quarter", "three quarters", "two-thirds", "a third" at `i`:
/// (value, end). Used after "and" ("two and a half") and as a figure of its own.
pub fn fraction_words(doc: &Doc<'_>, i: usize) -> Option<(f64, usize)> {
    let w = text(doc, i);
    if let Some(v) = hyphen_fraction(w) {
        return Some((v, i + 1));
    }
    if let Some(v) = spaced_fraction(doc, i) {
        return Some((v, i + 3));
    }
    let num = if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        1.0
    } else {
        match cardinal(w) {
            Some((v, WordClass::Unit | WordClass::Teen | WordClass::Tens)) if v >= 1.0 => v,
            _ => return None,
        }
    };
    if !glued_or_spaced_word(doc, i + 1) {
        return None;
    }
    let d = denominator(text(doc, i + 1))?;
    // "one second" / "a second" / "a fourth term" are not fractions; ordinals that double as
    // denominators only count before "of" or at the end of a clause.
    let d_word = lower(text(doc, i + 1));
    let plural_or_half = d_word.ends_with('s') || d_word.starts_with("half") || d_word.starts_with("quarter");
    let next = text(doc, i + 2);
    // "fell by a third in March": after "by" a fraction closes a measure of change.
    let by = i > 0 && doc.tokens[i - 1].text.eq_ignore_ascii_case("by");
    // "a quarter percentage point": the fraction is the size of the move.
    let closes = next.is_empty() || doc.tokens[i + 2].kind == TokKind::Punct || next.eq_ignore_ascii_case("of") || next.eq_ignore_ascii_case("percentage") || by;
    if d_word == "second" || d_word == "seconds" {
        return None;
    }
    if !(plural_or_half && num > 1.0 || closes || d_word.starts_with("half") || d_word.starts_with("quarter") && (closes || super::lexicon::scale(next).is_some())) {
        return None;
    }
    Some((num / d, i + 2))
}

/// Parse a number in words starting at token `i` ("two and a half million", "a dozen",
/// "one hundred and twenty", "twenty-one"). Digits may start it ("2.6 billion" is handled by
/// the caller; here only words).
pub fn word_number(doc: &Doc<'_>, i: usize) -> Option<WordNumber> {
    let toks = &doc.tokens;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last: Option<WordClass> = None;
    let mut last_scale = f64::INFINITY;
    let mut k = i;
    let mut words = 0;
    let mut any = false;
    let mut fraction_only = false;
    // The state before an "and" that joined a small number on ("two thousand and five"): if a
    // scale as big as the last one follows that number, the "and" joined two figures ("three
    // million and two million") and the number ends before it.
    let mut before_and: Option<(usize, f64, f64, usize)> = None;
    if let Some(v) = spaced_fraction(doc, i) {
        return Some(WordNumber { end: i + 3, value: v, fraction_only: true, words: 3 });
    }
    // "a hundred", "a million", "a dozen": "a" stands for one only before these.
    let first = text(doc, k);
    if first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an") {
        match cardinal(text(doc, k + 1)) {
            Some((_, WordClass::Hundred | WordClass::Scale | WordClass::Dozen)) if toks[k + 1].newlines_before == 0 => {
                current = 1.0;
                last = Some(WordClass::Unit);
                k += 1;
                words += 1;
                any = true;
            }
            _ => k = toks.len(),
        }
    }
    while k < toks.len() {
        let t = &toks[k];
        if any && t.newlines_before > 0 {
            break;
        }
        if t.kind != TokKind::Word {
            break;
        }
        // "and": only inside a number, after hundred or a scale ("one hundred and six",
        // "two thousand and five"), or before a fraction ("two and a half").
        if t.text.eq_ignore_ascii_case("and") && any {
            if let Some((f, end)) = fraction_words(doc, k + 1) {
                let first = text(doc, k + 1).to_lowercase();
                let one = first == "a" || first == "an" || first == "one" || first.starts_with("a-");
                // "two and a half", "twenty and three fifths": a fraction of one.
                if current > 0.0 && current < 1000.0 && (one || current < 100.0 && matches!(last, Some(WordClass::Unit | WordClass::Teen | WordClass::Tens))) {
                    current += f;
                    k = end;
                    words += 2;
                    last = Some(WordClass::Unit);
                    continue;
                }
                // "a million and a half", "six million and two thirds", "one billion and a
                // quarter million": a fraction of the scale just read, or of the one it names.
                if current == 0.0 && last == Some(WordClass::Scale) {
                    let next_scale = cardinal(text(doc, end)).filter(|&(s, c)| c == WordClass::Scale && s < last_scale && toks[end].newlines_before == 0);
                    match next_scale {
                        Some((s, _)) => {
                            total += f * s;
                            k = end + 1;
                        }
                        None => {
                            total += f * last_scale;
                            k = end;
                        }
                    }
                    words += k - end + 2;
                    break;
                }
                // "one hundred and three quarters": a maths reading; stop before "and".
                break;
            }
            let after_big = matches!(last, Some(WordClass::Hundred | WordClass::Scale));
            match cardinal(text(doc, k + 1)) {
                Some((v, WordClass::Unit | WordClass::Teen | WordClass::Tens)) if after_big && v < 100.0 => {
                    before_and = Some((k, total, current, words));
                    k += 1;
                    words += 1;
                    continue;
                }
                _ => break,
            }
        }
        let Some((mut v, mut class)) = cardinal(t.text) else { break };
        // "fifty - two": pre-tokenised text spaces the hyphen of a compound number.
        if class == WordClass::Tens {
            if let Some(u) = spaced_hyphen_unit(doc, k) {
                v += u;
                k += 2;
                words += 2;
                class = WordClass::Tens;
            }
        }
        match class {
            WordClass::Unit | WordClass::Teen | WordClass::Tens => {
                let ok = match last {
                    None | Some(WordClass::Hundred) | Some(WordClass::Scale) => true,
                    // "fifty two": a unit after a round ten.
                    Some(WordClass::Tens) => class == WordClass::Unit && current % 10.0 == 0.0 && v > 0.0,
                    _ => false,
                };
                if !ok || (last == Some(WordClass::Hundred) && current % 100.0 != 0.0) {
                    break;
                }
                current += v;
            }
            WordClass::Hundred => {
                if !(matches!(last, Some(WordClass::Unit | WordClass::Teen | WordClass::Tens)) && current > 0.0 && current < 100.0) {
                    break;
                }
                current *= 100.0;
            }
            WordClass::Scale => {
                if current == 0.0 || v >= last_scale {
                    if let Some((bk, bt, bc, bw)) = before_and.filter(|_| current > 0.0) {
                        (k, total, current, words) = (bk, bt, bc, bw);
                    }
                    break;
                }
                total += current * v;
                current = 0.0;
                last_scale = v;
            }
            WordClass::Dozen => {
                if current == 0.0 {
                    break;
                }
                // "three hundred and two dozen": only the part after the hundred is dozens.
                let small = current % 100.0;
                current = if small > 0.0 { current - small + small * 12.0 } else { current * 12.0 };
                k += 1;
                words += 1;
                any = true;
                break;
            }
        }
        last = Some(class);
        any = true;
        words += 1;
        k += 1;
    }
    if !any {
        // A fraction on its own: "two-thirds", "a quarter", "three quarters".
        let (f, end) = fraction_words(doc, i)?;
        fraction_only = true;
        let mut value = f;
        let mut end = end;
        // "a quarter million", "half a million" are handled by the caller's scale step.
        if let Some(s) = toks.get(end).and_then(|t| super::lexicon::scale(t.text)).filter(|s| *s >= 1e3) {
            if toks[end].kind == TokKind::Word && toks[end].text.len() > 3 {
                value *= s;
                end += 1;
                fraction_only = false;
            }
        }
        return Some(WordNumber { end, value, fraction_only, words: end - i });
    }
    let value = total + current;
    // "five point five", "two hundred point zero three", "nought point eleven": a decimal read out.
    if let Some((frac, end)) = point_decimal(doc, i, k, words) {
        return Some(WordNumber { end, value: value + frac, fraction_only: false, words: words + end - k });
    }
    // "two thirds", "five eighths", "twenty-three fifths": the phrase was a numerator.
    if (1.0..100.0).contains(&value) && total == 0.0 && k == i + words && words <= 2 {
        if let Some(d) = toks.get(k).filter(|t| t.kind == TokKind::Word && t.newlines_before == 0).and_then(|t| denominator(t.text)) {
            let d_word = lower(text(doc, k));
            let next = text(doc, k + 1);
            let closes = next.is_empty() || doc.tokens[k + 1].kind == TokKind::Punct || next.eq_ignore_ascii_case("of");
            let plural = d_word.ends_with('s');
            let quarters_of_year = d_word.starts_with("quarter") && i > 0 && matches!(&*lower(text(doc, i - 1)), "past" | "last" | "next" | "previous" | "first" | "final" | "coming" | "recent" | "consecutive" | "straight");
            if !d_word.starts_with("second") && !quarters_of_year && (plural && value > 1.0 || closes) {
                // "three quarters billion": the fraction scales a spelled-out scale word.
                if let Some(s) = toks.get(k + 1).filter(|t| t.kind == TokKind::Word && t.text.len() > 3 && t.newlines_before == 0).and_then(|t| super::lexicon::scale(t.text)).filter(|s| *s >= 1e3) {
                    return Some(WordNumber { end: k + 2, value: value / d * s, fraction_only: false, words: words + 2 });
                }
                return Some(WordNumber { end: k + 1, value: value / d, fraction_only: true, words: words + 1 });
            }
        }
    }
    Some(WordNumber { end: k, value, fraction_only, words })
}

/// After a tens word at `k`: a spaced hyphen and a unit word ("fifty - two"): the unit's value.
fn spaced_hyphen_unit(doc: &Doc<'_>, k: usize) -> Option<f64> {
    let toks = &doc.tokens;
    let (h, u) = (toks.get(k + 1)?, toks.get(k + 2)?);
    if h.text != "-" || !h.space_before || !u.space_before || h.newlines_before > 0 || u.newlines_before > 0 {
        return None;
    }
    match cardinal(u.text) {
        Some((v, WordClass::Unit)) if v >= 1.0 => Some(v),
        _ => None,
    }
}

/// The value of a digit word 0-9 ("nought", "oh" only inside a read-out decimal).
fn digit_word(w: &str) -> Option<u32> {
    if w.eq_ignore_ascii_case("oh") {
        return Some(0);
    }
    match cardinal(w) {
        Some((v, WordClass::Unit)) if v < 10.0 => Some(v as u32),
        _ => None,
    }
}

/// A decimal read out after the whole number that ends at token `k`: "point" then digit words
/// ("point zero three", "point five") or one number under a hundred ("point seventy-one",
/// "point eleven"). The fraction and the end token. Not "at one point", "a five-point plan".
fn point_decimal(doc: &Doc<'_>, i: usize, k: usize, words: usize) -> Option<(f64, usize)> {
    let toks = &doc.tokens;
    toks.get(k).filter(|t| t.text.eq_ignore_ascii_case("point") && t.newlines_before == 0)?;
    // "at one point", "that one point": a moment or a remark, not a number.
    if words == 1 && text(doc, i).eq_ignore_ascii_case("one") && i > 0 && matches!(&*lower(text(doc, i - 1)), "at" | "that" | "this" | "any") {
        return None;
    }
    let mut digits = String::new();
    let mut j = k + 1;
    while let Some(d) = toks.get(j).filter(|t| t.kind == TokKind::Word && t.newlines_before == 0).and_then(|t| digit_word(t.text)) {
        digits.push(char::from_digit(d, 10)?);
        j += 1;
    }
    if digits.is_empty() {
        let t = toks.get(j).filter(|t| t.kind == TokKind::Word && t.newlines_before == 0)?;
        match cardinal(t.text) {
            Some((v, WordClass::Teen | WordClass::Tens)) if (10.0..100.0).contains(&v) => {
                digits = format!("{}", v as u32);
                j += 1;
            }
            _ => return None,
        }
    }
    // "five point five million": the scale is the caller's.
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    Some((frac, j))
}

/// Unicode vulgar fractions, a character each: "½", "¾", "⅓".
pub fn vulgar(s: &str) -> Option<f64> {
    let v = match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::numeral;

    /// Whole numbers read digit by digit have the float parser's value.
    #[test]
    fn whole_numbers_read_as_the_float_parser_reads_them() {
        for text in ["0", "7", "007", "1987", "123456789012345", "999999999999999", "1234567890123456", "18446744073709551616"] {
            assert_eq!(numeral(text).map(|n| n.value), text.parse::<f64>().ok(), "{text}");
        }
        assert_eq!(numeral("2.6bn").map(|n| (n.value, n.suffix)), Some((2.6, "bn")));
        assert_eq!(numeral("1,250").map(|n| n.value), Some(1250.0));
    }
}
