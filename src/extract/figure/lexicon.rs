//! The figure word lists (`src/data/figure_*.txt`), parsed once on first use.
//!
//! Every list is data, not code, so a reader can see and extend what the extractor knows
//! without reading Rust: currencies, scales, number words, units, hedges, guard words.

// Fx hashing: these tables are probed for nearly every token; SipHash cost 3.5% of a run.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// The lines of a list that are not comments, each as its tab-separated columns (no list has
/// more than three; a column a line lacks is empty). Held in an array, not a vector: every
/// list is read once per run, a line at a time.
fn lines(data: &'static str) -> impl Iterator<Item = [&'static str; 4]> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| {
        let mut cols = [""; 4];
        let mut rest = l;
        for col in cols.iter_mut().take(3) {
            match rest.as_bytes().iter().position(|&b| b == b'\t') {
                Some(at) => {
                    *col = &rest[..at];
                    rest = &rest[at + 1..];
                }
                None => {
                    *col = rest;
                    rest = "";
                    break;
                }
            }
        }
        cols[3] = rest;
        cols
    })
}

fn number(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("figure list: bad number {s:?}"))
}

/// Where a currency form is written relative to the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Before,
    After,
    Both,
}

pub struct Currencies {
    /// Forms written before the amount, exactly as written ("US$", "£", "Rs", "USD").
    pub before: HashMap<&'static str, &'static str>,
    /// Forms written after the amount, lower case ("yuan", "australian dollars", "usd").
    pub after: HashMap<String, &'static str>,
    /// Longest form after the amount, in words.
    pub after_max_words: usize,
    /// Codes listed in lower case: typed that way after an amount ("10 rmb").
    pub lowercase_codes: HashSet<&'static str>,
}

pub static CURRENCIES: LazyLock<Currencies> = LazyLock::new(|| {
    let mut before = HashMap::default();
    let mut after = HashMap::default();
    let mut after_max_words = 1;
    let mut lowercase_codes = HashSet::default();
    for cols in lines(include_str!("../../data/figure_currencies.txt")) {
        let (form, iso) = (cols[0], cols[1]);
        let pos = match cols.get(2).copied() {
            Some("before") => Position::Before,
            Some("after") => Position::After,
            _ => Position::Both,
        };
        if pos != Position::After {
            before.insert(form, iso);
        }
        if pos == Position::After && form.len() == 3 && form.chars().all(|c| c.is_ascii_lowercase()) {
            lowercase_codes.insert(form);
        }
        if pos != Position::Before {
            after_max_words = after_max_words.max(form.split(' ').count());
            after.insert(form.to_lowercase(), iso);
        }
    }
    Currencies { before, after, after_max_words, lowercase_codes }
});

/// Minor units: form -> (divisor, ISO code or "dollar").
pub static SUBUNITS: LazyLock<HashMap<&'static str, (f64, &'static str)>> = LazyLock::new(|| {
    lines(include_str!("../../data/figure_subunits.txt")).map(|c| (c[0], (number(c[1]), c[2]))).collect()
});

/// Scale abbreviations and words -> multiplier (case-sensitive; words also match capitalised).
pub static SCALES: LazyLock<HashMap<&'static str, f64>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_scales.txt")).map(|c| (c[0], number(c[1]))).collect());

/// The multiplier of a scale word or abbreviation: "billion", "Billion", "bn", "m".
pub fn scale(w: &str) -> Option<f64> {
    if let Some(&v) = SCALES.get(w) {
        return Some(v);
    }
    // Spelled-out words in any case ("MILLION", "Billion"); abbreviations only as listed.
    if w.len() > 3 {
        return crate::lexicon::with_lower(w, |w| SCALES.get(w).copied());
    }
    None
}

/// [`scale`] of token `k`'s text, lower-cased as the document holds it for ASCII: asked
/// after every number.
pub fn scale_at(doc: &crate::extract::Doc<'_>, k: usize) -> Option<f64> {
    let text = doc.tokens[k].text;
    if let Some(&v) = SCALES.get(text) {
        return Some(v);
    }
    if text.len() <= 3 {
        return None;
    }
    if text.is_ascii() {
        return SCALES.get(doc.ascii_lower(k)).copied();
    }
    crate::lexicon::with_lower(text, |w| SCALES.get(w).copied())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
}

pub struct NumberWords {
    pub cardinal: HashMap<&'static str, (f64, WordClass)>,
    pub ordinal: HashMap<&'static str, f64>,
    pub denominator: HashMap<&'static str, f64>,
}

pub static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let mut w = NumberWords { cardinal: HashMap::default(), ordinal: HashMap::default(), denominator: HashMap::default() };
    for c in lines(include_str!("../../data/figure_number_words.txt")) {
        let v = number(c[1]);
        let class = match c[2] {
            "unit" => WordClass::Unit,
            "teen" => WordClass::Teen,
            "tens" => WordClass::Tens,
            "hundred" => WordClass::Hundred,
            "scale" => WordClass::Scale,
            "dozen" => WordClass::Dozen,
            "ordinal" => {
                w.ordinal.insert(c[0], v);
                continue;
            }
            "denominator" => {
                w.denominator.insert(c[0], v);
                continue;
            }
            other => panic!("figure_number_words.txt: unknown class {other}"),
        };
        w.cardinal.insert(c[0], (v, class));
    }
    w
});

/// Hedge phrases, lower case, as token lists; the longest has `HEDGE_MAX` words.
pub static HEDGES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_hedges.txt")).map(|c| c[0]).collect());
pub const HEDGE_MAX: usize = 3;

/// Vague counts: phrase -> magnitude.
pub static VAGUE: LazyLock<HashMap<&'static str, f64>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_vague.txt")).map(|c| (c[0], number(c[1]))).collect());

pub struct Unit {
    pub canonical: &'static str,
    /// Only directly attached to the digits ("5t", "40C").
    pub glued_only: bool,
}

pub struct Units {
    /// Forms that match exactly as written.
    pub exact: HashMap<&'static str, Unit>,
    /// Forms that match in any case (lower-cased keys).
    pub folded: HashMap<String, Unit>,
    pub max_words: usize,
}

pub static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut u = Units { exact: HashMap::default(), folded: HashMap::default(), max_words: 1 };
    for c in lines(include_str!("../../data/figure_units.txt")) {
        let flags = c.get(2).copied().unwrap_or("");
        let unit = Unit { canonical: c[1], glued_only: flags.contains("glued") };
        u.max_words = u.max_words.max(c[0].split(' ').count());
        if flags.contains("exact") {
            u.exact.insert(c[0], unit);
        } else {
            u.folded.insert(c[0].to_lowercase(), unit);
        }
    }
    u
});

impl Units {
    pub fn get(&self, form: &str) -> Option<&Unit> {
        self.exact.get(form).or_else(|| crate::lexicon::with_lower(form, |f| self.folded.get(f)))
    }
}

pub static IDENTIFIER_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_identifiers.txt")).map(|c| c[0]).collect());

pub static COUNTED_STOP: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_counted_stop.txt")).map(|c| c[0]).collect());

pub static DOLLAR_PLACES: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_dollar_places.txt")).map(|c| (c[0], c[1])).collect());

pub static METRE_CONTEXT: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../data/figure_metre_context.txt")).map(|c| c[0]).collect());

/// Guard word groups (see figure_guard_words.txt): (word, group).
static GUARD_WORDS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    for c in lines(include_str!("../../data/figure_guard_words.txt")) {
        m.entry(c[0]).or_default().push(c[1]);
    }
    m
});

/// Is `word` (any case) in guard group `group`?
pub fn guard(group: &str, word: &str) -> bool {
    crate::lexicon::with_lower(word, |w| guard_lower(group, w))
}

/// The first and last letters and lengths of [`GUARD_WORDS`]' words: the guards ask about
/// the words around every number, and most are in no group, turned away by these before a
/// hash of the word is taken.
static GUARD_WORD_ENDS: LazyLock<crate::extract::date::WordEnds> = LazyLock::new(|| crate::extract::date::WordEnds::new(GUARD_WORDS.keys().copied()));

/// [`guard`] of a word already in lower case.
fn guard_lower(group: &str, lower: &str) -> bool {
    GUARD_WORD_ENDS.may_hold(lower) && GUARD_WORDS.get(lower).is_some_and(|g| g.contains(&group))
}

/// [`guard`] of token `k`'s text: an ASCII token's lower case is the document's, so the
/// checks made at every number token lower-case nothing.
pub fn guard_token(doc: &crate::extract::Doc<'_>, group: &str, k: usize) -> bool {
    let text = doc.tokens[k].text;
    if text.is_ascii() {
        guard_lower(group, doc.ascii_lower(k))
    } else {
        guard(group, text)
    }
}
