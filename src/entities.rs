//! Grouping: name mentions become entities. Full names are seen first, so that a later (or
//! earlier) "Ren", "Alibaba" or "ITU" joins the entity of "Ren Xianliang", "Alibaba Group
//! Holding" or "International Telecommunication Union" (GATE's orthographic coreference).
//! Forms compare without case, so a headline's "LEICESTERSHIRE" is the body's "Leicestershire".

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

use crate::extract::acronyms::AcronymDef;
use crate::extract::names::variant_forms;
use crate::extract::{Doc, Found};
use crate::lexicon;
use crate::report::{Entity, MentionType};

/// Assign an entity index to every name mention (None for dates and figures) and build the
/// entities, ordered by first mention. `muted` mentions (boilerplate, repeated captions)
/// neither found nor join an entity.
pub fn group(doc: &Doc<'_>, mentions: &[Found], acronyms: &[AcronymDef], muted: &[bool]) -> (Vec<Option<usize>>, Vec<Entity>) {
    let is_muted = |i: usize| muted.get(i).copied().unwrap_or(false);
    let mut entities: Vec<Entity> = Vec::new();
    // (type, form in lower case) -> entities that can be called so.
    let mut forms = Forms::for_mentions(mentions);
    let defined: HashMap<&str, &str> = acronyms.iter().map(|a| (a.short.as_str(), a.long_text.as_str())).collect();
    let text_of = |m: &Found| m.text(doc);

    // Pass 1: every multi-word name founds (or joins) an entity under its full form.
    let mut assigned: Vec<Option<usize>> = vec![None; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        let t = text_of(m);
        if !m.kind.is_name() || !t.contains(' ') || is_muted(i) {
            continue;
        }
        let id = match forms.get(m.kind, t).and_then(|ids| ids.first()) {
            Some(&id) => id,
            None => {
                let id = entities.len();
                entities.push(Entity { id, kind: m.kind, name: t.to_owned(), aliases: vec![], count: 0, first: m.cstart, roles: None });
                for form in variant_forms(t, m.kind) {
                    forms.add(m.kind, form, id);
                }
                id
            }
        };
        assigned[i] = Some(id);
    }

    // Pass 2: the rest join by exact form, variant, or acronym; else found their own entity.
    let mut last_seen: Vec<usize> = entities.iter().map(|e| e.first).collect();
    for (i, m) in mentions.iter().enumerate() {
        if !m.kind.is_name() || is_muted(i) {
            continue;
        }
        let t = text_of(m);
        let id = match assigned[i] {
            Some(id) => id,
            None => {
                // The acronym's long form is looked for only when the form itself is unknown.
                let long = || defined.get(t).copied().or_else(|| lexicon::org_by_acronym(t));
                let candidates = forms.get(m.kind, t).or_else(|| long().and_then(|l| forms.get(m.kind, l)));
                match candidates {
                    // Two people share the form: the one mentioned most recently.
                    Some(ids) => *ids.iter().max_by_key(|&&id| last_seen[id]).expect("non-empty"),
                    None => {
                        let id = entities.len();
                        entities.push(Entity { id, kind: m.kind, name: t.to_owned(), aliases: vec![], count: 0, first: m.cstart, roles: None });
                        last_seen.push(m.cstart);
                        forms.add(m.kind, t, id);
                        id
                    }
                }
            }
        };
        last_seen[id] = m.cstart;
        let e = &mut entities[id];
        e.count += 1;
        e.first = e.first.min(m.cstart);
        // A headline's capitals make a poor canonical name: prefer the body's casing.
        let shouting = |x: &str| !x.chars().any(char::is_lowercase);
        if shouting(&e.name) && !shouting(t) && t.chars().count() >= e.name.chars().count() {
            let old = std::mem::replace(&mut e.name, t.to_owned());
            e.aliases.retain(|a| a != t);
            e.aliases.push(old);
        } else if t != e.name && !e.aliases.iter().any(|a| a == t) {
            e.aliases.push(t.to_owned());
        }
        assigned[i] = Some(id);
    }

    // Entities in order of first mention; remap indices.
    let mut order: Vec<usize> = (0..entities.len()).filter(|&i| entities[i].count > 0).collect();
    order.sort_by_key(|&i| entities[i].first);
    let mut remap = vec![usize::MAX; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let mut entities: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    let mut out: Vec<Entity> = order.iter().map(|&i| entities[i].take().expect("each entity once")).collect();
    for (new, e) in out.iter_mut().enumerate() {
        e.id = new;
    }
    let assigned = assigned.into_iter().map(|a| a.map(|id| remap[id])).collect();
    (assigned, out)
}

/// The most forms a table of [`Forms`] is sized for before any is added.
const PRESIZED_FORMS: usize = 16 * 1024;

/// The forms entities can be called by, in lower case, one table per type: looked up with
/// the lower case of a mention's text made in a reused buffer, not a String per question.
#[derive(Default)]
struct Forms {
    by_type: [HashMap<String, Ids>; MentionType::ALL.len()],
}

/// The entities a form calls, in the order they took it: nearly always one, kept inline (a
/// list per form was an allocation per form).
enum Ids {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Ids {
    fn as_slice(&self) -> &[usize] {
        match self {
            Ids::One(id) => id,
            Ids::Many(ids) => ids,
        }
    }

    /// Add `id` unless the form calls it already.
    fn add(&mut self, id: usize) {
        match self {
            Ids::One([first]) if *first != id => *self = Ids::Many(vec![*first, id]),
            Ids::One(_) => {}
            Ids::Many(ids) => {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
}

impl Forms {
    /// Tables with room for the forms of `mentions` from the start: a name lends itself and
    /// a short form or two, and a table grown one rehash at a time costs more than the room.
    /// The room is capped: a long document repeats its names, and a table sized for all of its
    /// mentions would be mostly empty buckets spread over memory by the hash; past the cap,
    /// the tables grow as forms come.
    fn for_mentions(mentions: &[Found]) -> Forms {
        let mut names = [0; MentionType::ALL.len()];
        for m in mentions.iter().filter(|m| m.kind.is_name()) {
            names[m.kind as usize] += 1;
        }
        let mut forms = Forms::default();
        for (table, &n) in forms.by_type.iter_mut().zip(&names) {
            if n > 0 {
                table.reserve((2 * n).min(PRESIZED_FORMS));
            }
        }
        forms
    }

    fn table(&self, kind: MentionType) -> &HashMap<String, Ids> {
        &self.by_type[kind as usize]
    }

    /// The entities called `form` (any case).
    fn get(&self, kind: MentionType, form: &str) -> Option<&[usize]> {
        let table = self.table(kind);
        if table.is_empty() {
            return None;
        }
        lexicon::with_lower(form, |lower| table.get(lower).map(Ids::as_slice))
    }

    /// Let `form` (any case) call entity `id` too.
    fn add(&mut self, kind: MentionType, form: &str, id: usize) {
        // An ASCII form's lower case is its ASCII lower case, made without the Unicode tables.
        let lower = if form.is_ascii() { form.to_ascii_lowercase() } else { form.to_lowercase() };
        match self.by_type[kind as usize].entry(lower) {
            Entry::Occupied(ids) => ids.into_mut().add(id),
            Entry::Vacant(slot) => {
                slot.insert(Ids::One([id]));
            }
        }
    }
}
