//! Orthographic variants (GATE's orthomatcher): the short forms by which a name comes back
//! ("Ren", "Alibaba", "Goh"), and the table of forms the story has established.

use rustc_hash::FxHashMap as HashMap;
use std::cell::Cell;
use std::collections::hash_map::Entry;

use super::{words_of, Chunk, Doc, Strength, Verdict};
use crate::extract::folded::Folded;
use crate::extract::word_facts::WordFacts;
use crate::lexicon;
use crate::report::MentionType;

/// The forms the story has established, each with the one type that claims it.
pub(super) struct Variants<'c> {
    /// Each form with its type (None once two types claim it) and the tier that first added it.
    forms: HashMap<Form<'c>, (Option<MentionType>, u8)>,
}

/// A form in the table: a piece of a chunk's key, or its upper-case copy. The copy of an
/// ASCII piece is upper-cased as it is hashed and compared rather than copied: nearly every
/// form has one, and it would be an allocation each.
#[derive(Debug)]
enum Form<'c> {
    /// The text as it is.
    AsIs(&'c str),
    /// The ASCII text in upper case.
    AsciiUpper(&'c str),
    /// An upper-case copy of a text that is not ASCII (`str::to_uppercase` may change its
    /// length).
    Upper(Box<str>),
}

impl Form<'_> {
    /// The form's bytes, and whether they stand for their ASCII upper case.
    fn folded(&self) -> Folded<'_> {
        match self {
            Form::AsIs(text) => Folded { bytes: text.as_bytes(), folds: false },
            Form::AsciiUpper(text) => Folded { bytes: text.as_bytes(), folds: true },
            Form::Upper(text) => Folded { bytes: text.as_bytes(), folds: false },
        }
    }
}

/// Two forms are equal when the texts they stand for are.
impl PartialEq for Form<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.folded().eq_upper(other.folded())
    }
}

impl Eq for Form<'_> {}

/// The hash of the text a form stands for.
impl std::hash::Hash for Form<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.folded().hash_upper(state);
    }
}

impl<'c> Variants<'c> {
    /// The type of a form, if exactly one type claims it.
    pub(super) fn get(&self, form: &str) -> Option<MentionType> {
        lookup(&self.forms, &Form::AsIs(form))
    }

    /// [`get`](Self::get), and whether the form is only a weak full name's (see
    /// [`variant_table`]'s last tier).
    pub(super) fn get_with_weakness(&self, form: &str) -> Option<(MentionType, bool)> {
        self.forms.get(&Form::AsIs(form)).and_then(|&(kind, tier)| Some((kind?, tier == WEAK_PERSONS_TIER)))
    }

    /// [`get`](Self::get) of the upper case of `key` (`str::to_uppercase`).
    pub(super) fn get_upper_case(&self, key: &str) -> Option<MentionType> {
        if key.is_ascii() {
            lookup(&self.forms, &Form::AsciiUpper(key))
        } else {
            lookup(&self.forms, &Form::Upper(key.to_uppercase().into_boxed_str()))
        }
    }

    /// No form at all (so no lookup can answer).
    pub(super) fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Claim `form` for `kind` in `tier`: a form an earlier tier filled is left as it is; two
    /// types claiming it in the same tier cancel out.
    fn add(&mut self, form: Form<'c>, kind: MentionType, tier: u8) {
        match self.forms.entry(form) {
            // Filled by an earlier tier: left as it is.
            Entry::Occupied(e) if e.get().1 < tier => {}
            Entry::Occupied(mut e) => {
                if e.get().0 != Some(kind) {
                    e.get_mut().0 = None;
                }
            }
            Entry::Vacant(e) => {
                e.insert((Some(kind), tier));
            }
        }
    }
}

/// The type of `form` in `forms` (one lifetime for the table's forms and the one asked about).
fn lookup<'x>(forms: &HashMap<Form<'x>, (Option<MentionType>, u8)>, form: &Form<'x>) -> Option<MentionType> {
    forms.get(form).and_then(|&(kind, _)| kind)
}

/// The most forms the table is sized for before any is added.
const PRESIZED_FORMS: usize = 16 * 1024;

/// Short forms of typed names: a person's single names, an organisation without its legal
/// suffix ("Alibaba Group Holding" -> "Alibaba"), every name itself; and upper-cased copies for
/// headlines. A form claimed by two types is dropped.
/// The tier of [`variant_table`] that holds the forms of persons' full names read from
/// context alone.
const WEAK_PERSONS_TIER: u8 = 3;

pub(super) fn variant_table<'c>(doc: &Doc<'_>, chunks: &'c [Chunk], verdicts: &[Option<Verdict>]) -> Variants<'c> {
    // About three forms a name, and an upper-case copy of each: room for them from the start,
    // up to a cap. A long document repeats its names, and a table sized for every chunk of it
    // would be mostly empty buckets, spread over memory by the hash (34 MB of a 10 MB
    // document's peak); past the cap, the table grows as forms come.
    let room = (chunks.len() * 4).min(PRESIZED_FORMS);
    let mut table = Variants { forms: HashMap::with_capacity_and_hasher(room, Default::default()) };
    // Forms of fuller names first; then one-word names read from context; then one-word names
    // read off the town gazetteer, the weakest reading of a word. Each tier only fills forms the
    // earlier ones left: "Imran Hassan" makes "Hassan" a person, "Quillon said it" makes
    // "Quillon" a company whatever town bears the name.
    let town = |c: &Chunk, v: &Verdict| v.rule == "place.gazetteer" && matches!(c.place(), Some(lexicon::PlaceClass::City));
    // The forms of the name at hand (one buffer for all of them, with room for a long name's).
    let mut forms = Vec::with_capacity(8);
    // The names and types whose forms this tier has added: a story names the same people
    // and companies again and again, and the same name of the same type has the same forms
    // (they are pieces of it, chosen by its words' list answers), which add nothing the
    // second time.
    let mut added: rustc_hash::FxHashSet<(&str, MentionType)> = rustc_hash::FxHashSet::with_capacity_and_hasher(chunks.len().min(PRESIZED_FORMS), Default::default());
    // Last, the full names of persons read from context alone ("Sofie Lund said"): their
    // family name is hers for the rest of the story ("Lund replied"), not the town's.
    let weak_person = |c: &Chunk, v: &Verdict| v.strength == Strength::Weak && v.kind == MentionType::Person && c.len() > 1;
    for tier in 0..=WEAK_PERSONS_TIER {
        added.clear();
        for (c, v) in chunks.iter().zip(verdicts) {
            let Some(v) = v else { continue };
            let established = v.strength != Strength::Weak;
            let in_tier = match tier {
                0 => established && c.len() > 1,
                1 => established && c.len() == 1 && !town(c, v),
                2 => established && c.len() == 1 && town(c, v),
                _ => weak_person(c, v),
            };
            if !in_tier {
                continue;
            }
            if !added.insert((&c.key, v.kind)) {
                continue;
            }
            // The chunk's words are its tokens: their list answers come from the token cache.
            forms_of(&c.key, v.kind, |k, w| c.word_facts(doc, k, w), &mut forms);
            for &form in &forms {
                // The upper-case copy first; a form already in capitals is its own copy.
                if !form.is_ascii() {
                    table.add(Form::Upper(form.to_uppercase().into_boxed_str()), v.kind, tier);
                } else if form.bytes().any(|b| b.is_ascii_lowercase()) {
                    table.add(Form::AsciiUpper(form), v.kind, tier);
                }
                table.add(Form::AsIs(form), v.kind, tier);
            }
        }
    }
    table
}

/// The forms by which a name may come back later in a story.
pub fn variant_forms(name: &str, kind: MentionType) -> Vec<&str> {
    let mut forms = Vec::new();
    variant_forms_into(name, kind, &mut forms);
    forms
}

/// [`variant_forms`], written into `forms` (cleared first): a caller asking of name after
/// name reuses one buffer.
pub fn variant_forms_into<'n>(name: &'n str, kind: MentionType, forms: &mut Vec<&'n str>) {
    // A cell of answers for each of the first words, as a token has: the words' answers come
    // from the table shared across documents (the names grouped come back story after story),
    // each question asked of it at most once here.
    let cells: [Cell<u32>; 8] = Default::default();
    let facts = |k: usize, w| match cells.get(k) {
        Some(cell) => WordFacts::cached(w, cell),
        None => WordFacts::uncached(w),
    };
    forms_of(name, kind, facts, forms);
}

/// [`variant_forms`] into `forms` (cleared first), the list answers of the name's `k`-th
/// word `w` given by `facts(k, w)`. Every form is a piece of the name: the whole, one word,
/// or the words up to one.
fn forms_of<'n, 'f>(name: &'n str, kind: MentionType, facts: impl Fn(usize, &'n str) -> WordFacts<'f>, forms: &mut Vec<&'n str>) {
    forms.clear();
    forms.push(name);
    if !name.contains(' ') || !matches!(kind, MentionType::Person | MentionType::Organisation) {
        return;
    }
    // The words, on the stack for the names of up to eight words nearly all are.
    let mut few = [""; 8];
    let mut n = 0;
    let mut split = words_of(name);
    for (slot, w) in few.iter_mut().zip(&mut split) {
        *slot = w;
        n += 1;
    }
    let many: Vec<&str>;
    let words: &[&str] = if split.next().is_none() {
        &few[..n]
    } else {
        many = words_of(name).collect();
        &many
    };
    // `words[..n].join(" ")`: the name up to the end of its `n`-th word.
    let first_words = |n: usize| &name[..words[..n].iter().map(|w| w.len()).sum::<usize>() + n - 1];
    match kind {
        MentionType::Person => {
            let last = words[words.len() - 1];
            if !last.ends_with('.') && last.chars().count() >= 2 {
                forms.push(last);
            }
            // East Asian order puts the family name first: "Ren Xianliang" -> "Ren".
            // (`person::family_name_first`, with the words' cached answers.)
            let family_first = (2..=3).contains(&words.len())
                && facts(0, words[0]).surname()
                && words.iter().enumerate().skip(1).all(|(k, w)| facts(k, w).romanised_given());
            if family_first {
                forms.push(words[0]);
            }
            // A family name between an English and a Chinese given name: "Alvin Goh Wee Kiat" ->
            // "Goh", "Edmund Cheung Wing-kei" -> "Cheung".
            if words.len() >= 3 {
                for (k, w) in words.iter().enumerate().take(words.len() - 1).skip(1) {
                    let f = facts(k, w);
                    if f.surname() && !f.given() && !w.ends_with('.') {
                        forms.push(w);
                    }
                }
            }
        }
        _ => {
            // "Miller Kaplan Arase LLP" -> "Miller Kaplan", "Hungerford Nichols" -> "Hungerford":
            // a distinctive leading name, not an everyday word or a place.
            let plain = |k: usize| {
                let f = facts(k, words[k]);
                f.place().is_none() && !f.org_suffix() && !f.demonym()
            };
            let distinctive = |k: usize| !facts(k, words[k]).common_any_case() && plain(k);
            // "Manchester United" -> "United", "U.S. Senate" -> "Senate": a body named by its
            // place and one word of its own is called by that word once the place is understood.
            // (A club's or a chamber's own word may be a listed suffix: "United", "Senate".)
            let own_word = |k: usize| {
                let f = facts(k, words[k]);
                f.place().is_none() && !f.demonym() && (!f.org_suffix() || lexicon::org_suffix_class(words[k]) == Some("institution"))
            };
            if words.len() == 2 && (facts(0, words[0]).place().is_some() || facts(0, words[0]).demonym()) && own_word(1) && words[1].chars().next().is_some_and(char::is_uppercase) {
                forms.push(words[1]);
            }
            if words.len() >= 3 && plain(0) && plain(1) && (distinctive(0) || distinctive(1)) {
                forms.push(first_words(2));
            }
            if distinctive(0) && !facts(0, words[0]).given() {
                forms.push(words[0]);
            }
            let mut n = words.len();
            while n > 1 && lexicon::org_suffix_class(words[n - 1]) == Some("company") {
                n -= 1;
                let short = first_words(n);
                if lexicon::place(short).is_none() && !lexicon::is_common_word_any_case(short) {
                    forms.push(short);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_pieces_of_the_name() {
        assert_eq!(variant_forms("Ren Xianliang", MentionType::Person), ["Ren Xianliang", "Xianliang", "Ren"]);
        assert_eq!(variant_forms("Alvin Goh Wee Kiat", MentionType::Person)[..2], ["Alvin Goh Wee Kiat", "Kiat"]);
        assert_eq!(variant_forms("Alibaba Group Holding Ltd", MentionType::Organisation)[0], "Alibaba Group Holding Ltd");
        assert!(variant_forms("Alibaba Group Holding Ltd", MentionType::Organisation).contains(&"Alibaba"));
        assert_eq!(variant_forms("Beijing", MentionType::Place), ["Beijing"]);
    }
}

#[cfg(test)]
mod form_tests {
    use super::*;
    use std::hash::BuildHasher;

    /// A form stands for its text: equal texts make equal forms with equal hashes, however
    /// each is held.
    #[test]
    fn forms_equal_by_the_text_they_stand_for() {
        let hasher = rustc_hash::FxBuildHasher;
        let texts = ["Acme", "ACME", "acme", "Acme Corp", "ACME CORP", "Zürich", "ZÜRICH", "", "Alibaba Group Holding Ltd"];
        let forms = |t: &'static str| {
            let mut all = vec![Form::AsIs(t), Form::Upper(t.to_owned().into_boxed_str())];
            if t.is_ascii() {
                all.push(Form::AsciiUpper(t));
            }
            all
        };
        let text_of = |f: &Form| match f {
            Form::AsIs(t) => t.to_string(),
            Form::AsciiUpper(t) => t.to_ascii_uppercase(),
            Form::Upper(t) => t.to_string(),
        };
        for a in texts.iter().flat_map(|t| forms(t)) {
            for b in texts.iter().flat_map(|t| forms(t)) {
                assert_eq!(a == b, text_of(&a) == text_of(&b), "{a:?} {b:?}");
                if a == b {
                    assert_eq!(hasher.hash_one(&a), hasher.hash_one(&b), "{a:?} {b:?}");
                }
            }
        }
    }
}
