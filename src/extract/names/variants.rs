//! Orthographic variants (GATE's orthomatcher): the short forms by which a name comes back
//! ("Ren", "Alibaba", "Goh"), and the table of forms the story has established.

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

use super::{person, Chunk, Strength, Verdict};
use crate::lexicon;
use crate::report::MentionType;

/// Short forms of typed names: a person's single names, an organisation without its legal
/// suffix ("Alibaba Group Holding" -> "Alibaba"), every name itself; and upper-cased copies for
/// headlines. A form claimed by two types is dropped.
pub(super) fn variant_table(chunks: &[Chunk], verdicts: &[Option<Verdict>]) -> HashMap<String, MentionType> {
    // Each form with its type (None once two types claim it) and the tier that first added it.
    let mut table: HashMap<String, (Option<MentionType>, u8)> = HashMap::default();
    let add = |form: String, kind: MentionType, tier: u8, table: &mut HashMap<String, (Option<MentionType>, u8)>| {
        match table.entry(form) {
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
    };
    // Forms of fuller names first; then one-word names read from context; then one-word names
    // read off the town gazetteer, the weakest reading of a word. Each tier only fills forms the
    // earlier ones left: "Imran Hassan" makes "Hassan" a person, "Quillon said it" makes
    // "Quillon" a company whatever town bears the name.
    let town = |c: &Chunk, v: &Verdict| v.rule == "place.gazetteer" && matches!(c.place(), Some(lexicon::PlaceClass::City));
    for tier in 0..3u8 {
        for (c, v) in chunks.iter().zip(verdicts) {
            let Some(v) = v else { continue };
            let in_tier = match tier {
                0 => c.len() > 1,
                1 => c.len() == 1 && !town(c, v),
                _ => c.len() == 1 && town(c, v),
            };
            if v.strength == Strength::Weak || !in_tier {
                continue; // only established names lend their type
            }
            for form in variant_forms(&c.key, v.kind) {
                for f in [form.to_uppercase(), form] {
                    add(f, v.kind, tier, &mut table);
                }
            }
        }
    }
    table.into_iter().filter_map(|(k, (v, _))| v.map(|v| (k, v))).collect()
}

/// The forms by which a name may come back later in a story.
pub fn variant_forms(name: &str, kind: MentionType) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let mut forms = vec![name.to_owned()];
    match kind {
        MentionType::Person if words.len() >= 2 => {
            let last = words[words.len() - 1];
            if !last.ends_with('.') && last.chars().count() >= 2 {
                forms.push(last.to_owned());
            }
            // East Asian order puts the family name first: "Ren Xianliang" -> "Ren".
            if person::family_name_first(&words) {
                forms.push(words[0].to_owned());
            }
            // A family name between an English and a Chinese given name: "Alvin Goh Wee Kiat" ->
            // "Goh", "Edmund Cheung Wing-kei" -> "Cheung".
            if words.len() >= 3 {
                for w in &words[1..words.len() - 1] {
                    if lexicon::is_surname(w) && !lexicon::is_given_name(w) && !w.ends_with('.') {
                        forms.push((*w).to_owned());
                    }
                }
            }
        }
        MentionType::Organisation if words.len() >= 2 => {
            // "Miller Kaplan Arase LLP" -> "Miller Kaplan", "Hungerford Nichols" -> "Hungerford":
            // a distinctive leading name, not an everyday word or a place.
            let distinctive = |w: &str| !lexicon::is_common_word_any_case(&w) && lexicon::place(w).is_none() && lexicon::org_suffix_class(w).is_none() && !lexicon::is_demonym(w);
            let plain = |w: &str| lexicon::place(w).is_none() && lexicon::org_suffix_class(w).is_none() && !lexicon::is_demonym(w);
            if words.len() >= 3 && words[..2].iter().all(|w| plain(w)) && words[..2].iter().any(|w| distinctive(w)) {
                forms.push(words[..2].join(" "));
            }
            if distinctive(words[0]) && !lexicon::is_given_name(words[0]) {
                forms.push(words[0].to_owned());
            }
            let mut n = words.len();
            while n > 1 && lexicon::org_suffix_class(words[n - 1]) == Some("company") {
                n -= 1;
                let short = words[..n].join(" ");
                if lexicon::place(&short).is_none() && !lexicon::is_common_word_any_case(&short) {
                    forms.push(short);
                }
            }
        }
        _ => {}
    }
    forms
}

