//! Grouping: name mentions become entities. Full names are seen first, so that a later (or
//! earlier) "Ren", "Alibaba" or "ITU" joins the entity of "Ren Xianliang", "Alibaba Group
//! Holding" or "International Telecommunication Union" (GATE's orthographic coreference).
//! Forms compare without case, so a headline's "LEICESTERSHIRE" is the body's "Leicestershire".

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

use crate::extract::acronyms::AcronymDef;
use crate::extract::names::variant_forms_into;
use crate::extract::{Doc, Found};

use crate::lexicon;
use crate::report::{Entity, MentionType};

/// What grouping reads of a mention: its type and where it lies (bytes, and the code points
/// before it). 16 bytes where a candidate is 96: a large document's names of a type are all
/// grouped at once. Offsets fit in 32 bits: a document is at most 4 GiB.
#[derive(Debug, Clone, Copy)]
pub struct MentionAt {
    pub kind: MentionType,
    start: u32,
    end: u32,
    cstart: u32,
}

impl MentionAt {
    /// A mention of `kind` over bytes `start..end`, after `cstart` code points.
    pub fn new(kind: MentionType, start: usize, end: usize, cstart: usize) -> MentionAt {
        debug_assert!(end <= crate::tokens::MAX_DOCUMENT);
        MentionAt { kind, start: start as u32, end: end as u32, cstart: cstart as u32 }
    }

    /// Where candidate `f` lies.
    pub fn of(f: &Found) -> MentionAt {
        MentionAt::new(f.kind, f.start, f.end, f.cstart)
    }

    fn start(&self) -> usize {
        self.start as usize
    }

    fn end(&self) -> usize {
        self.end as usize
    }

    /// The code points before it.
    fn cstart(&self) -> usize {
        self.cstart as usize
    }

    fn text<'t>(&self, doc: &Doc<'t>) -> &'t str {
        &doc.text[self.start()..self.end()]
    }
}

/// Assign an entity index to every name mention (None for dates and figures) and build the
/// entities, ordered by first mention. `muted` mentions (boilerplate, repeated captions)
/// neither found nor join an entity.
pub fn group(doc: &Doc<'_>, mentions: &[MentionAt], acronyms: &[AcronymDef], muted: &[bool]) -> (Vec<Option<usize>>, Vec<Entity>) {
    let is_muted = |i: usize| muted.get(i).copied().unwrap_or(false);
    let mut entities: Vec<Entity> = Vec::new();
    // (type, form in lower case) -> entities that can be called so.
    let mut forms = Forms::for_mentions(mentions);
    let defined: HashMap<&str, &str> = acronyms.iter().map(|a| (a.short.as_str(), a.long_text.as_str())).collect();
    // (type, initials) -> the entities they can call: built when a mention first asks.
    let mut by_initials: Option<Initials> = None;
    // First word of an organisation's name in lower case -> the organisations: built when a
    // mention first asks.
    let mut by_first_word: Option<WordTable> = None;
    // A middle word of a person's name in lower case -> the persons: built when a mention
    // first asks.
    let mut by_middle_word: Option<WordTable> = None;
    // The given name of a person's name in lower case -> the persons: built when a knight or
    // dame called by it first asks.
    let mut by_given_name: Option<WordTable> = None;
    let text_of = |m: &MentionAt| m.text(doc);

    // Pass 1: every multi-word name founds (or joins) an entity under its full form. A
    // person's name with an initial for a given name ("I. Hassan" in a scorecard) waits for
    // the full names, and joins the one it abbreviates.
    // The forms of the name at hand (one buffer for all of them).
    let mut short_forms = Vec::new();
    let mut assigned: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut initialled = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let t = text_of(m);
        if !m.kind.is_name() || !has_space(t) || is_muted(i) {
            continue;
        }
        if m.kind == MentionType::Person && given_initial(t).is_some() {
            initialled.push(i);
            continue;
        }
        // "Kestrel Foods Inc" is the "Kestrel Foods" of the headline. (Only a company's name is
        // looked at for a legal form: most names of several words are persons'.)
        // The bare name must be that company's whole name, not a short form of another's:
        // "Siemens AG" is not "Siemens Energy AG", whose short form "Siemens" is.
        let bare = || {
            let b = (m.kind == MentionType::Organisation).then(|| without_legal_form(t)).flatten()?;
            let whole = |id: &usize| {
                let name = entities[*id].name.as_str();
                name.eq_ignore_ascii_case(b) || without_legal_form(name).is_some_and(|n| n.eq_ignore_ascii_case(b))
            };
            forms.get(m.kind, b).and_then(|ids| ids.iter().find(|id| whole(id)))
        };
        let id = match forms.get(m.kind, t).and_then(|ids| ids.first()).or_else(bare) {
            Some(&id) => id,
            None => found(&mut entities, &mut forms, &mut short_forms, m, t),
        };
        assigned[i] = Some(id);
    }
    for i in initialled {
        let m = &mentions[i];
        let t = text_of(m);
        let id = match forms.get(m.kind, t).and_then(|ids| ids.first()).copied().or_else(|| abbreviated(t, &forms, &entities)) {
            Some(id) => id,
            None => found(&mut entities, &mut forms, &mut short_forms, m, t),
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
                // An acronym's long form is looked for only when the form itself is unknown:
                // the one the text defines, a name of the text it spells, a well-known one.
                let defined_long = || defined.get(t).and_then(|&l| forms.get(m.kind, l));
                let known_long = || lexicon::org_by_acronym(t).and_then(|l| forms.get(m.kind, l));
                // Read only when the form is unknown (most mentions' is known).
                let key = || initials_of_form(t).filter(|_| matches!(m.kind, MentionType::Organisation | MentionType::Place));
                let direct = forms.get(m.kind, t).or_else(defined_long);
                let spelled: Option<Vec<usize>> = match direct {
                    None => key().and_then(|k| {
                        let table = by_initials.get_or_insert_with(|| initials_table(&entities));
                        table.get(&(m.kind, k)).map(|ids| latest(ids).to_vec())
                    }),
                    Some(_) => None,
                };
                // "Kestrel" for "Kestrel Foods", when the variants left out a word that is
                // also an everyday one: the story named it as a body on its own.
                // "Lula" for "Luiz Inácio Lula da Silva": a person called by a middle name.
                let named = direct.or(spelled.as_deref()).or_else(known_long);
                let by_word = match named {
                    None if m.kind == MentionType::Organisation && !t.contains(' ') => {
                        let table = by_first_word.get_or_insert_with(|| first_words_table(&entities));
                        table.get(&Lower::of(t)).map(|ids| latest(ids).to_vec())
                    }
                    // "Sir William" for "Sir William Harrington": a knight is called by his given name.
                    None if m.kind == MentionType::Person && !t.contains(' ') && after_knighthood(doc, m) => {
                        let table = by_given_name.get_or_insert_with(|| given_names_table(&entities));
                        table.get(&Lower::of(t)).map(|ids| latest(ids).to_vec())
                    }
                    None if m.kind == MentionType::Person && !t.contains(' ') => {
                        let table = by_middle_word.get_or_insert_with(|| middle_words_table(&entities));
                        table.get(&Lower::of(t)).map(|ids| latest(ids).to_vec())
                    }
                    _ => None,
                };
                let candidates = named.or(by_word.as_deref());
                let bracketed = candidates.is_none().then(|| bracketed_after(doc, mentions, &assigned, i)).flatten();
                match (candidates, bracketed) {
                    (Some(ids), _) => meant(ids, m, &entities, &last_seen),
                    (None, Some(id)) => {
                        forms.add(m.kind, t, id);
                        id
                    }
                    (None, None) => {
                        let id = new_entity(&mut entities, m, t);
                        last_seen.push(m.cstart());
                        forms.add(m.kind, t, id);
                        // "US" founds an entity "U.S." joins later (a table built later reads
                        // it from the entities).
                        if let Some(table) = by_initials.as_mut() {
                            if let Some(key) = key() {
                                table.entry((m.kind, key)).or_default().push(id);
                            }
                        }
                        id
                    }
                }
            }
        };
        last_seen[id] = m.cstart();
        let e = &mut entities[id];
        e.count += 1;
        e.first = e.first.min(m.cstart());
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

/// The entity of the body named right before mention `k` when `k` is an acronym in brackets
/// with the name's first letter: "the Social Democrats (SPD)", whose letters spell the name
/// in another language. (A bracket whose letters spell the name is a definition the acronym
/// finder reads; a ticker of another letter, "Acme Corp (NYSE)", is neither.)
fn bracketed_after(doc: &Doc<'_>, mentions: &[MentionAt], assigned: &[Option<usize>], k: usize) -> Option<usize> {
    let (m, prev) = (&mentions[k], &mentions[k.checked_sub(1)?]);
    if m.kind != MentionType::Organisation || prev.kind != m.kind {
        return None;
    }
    let letters = initials_of_form(m.text(doc))?;
    let in_brackets = matches!(doc.text.get(prev.end()..m.start()), Some("(" | " (")) && doc.text.get(m.end()..)?.starts_with(')');
    let same_first = prev.text(doc).chars().next() == letters.chars().next();
    if in_brackets && same_first { assigned[k - 1] } else { None }
}

/// An entity named `t`, first mentioned by `m`, not yet counted: its id.
fn new_entity(entities: &mut Vec<Entity>, m: &MentionAt, t: &str) -> usize {
    let id = entities.len();
    entities.push(Entity { id, kind: m.kind, name: t.to_owned(), aliases: vec![], count: 0, first: m.cstart(), roles: None });
    id
}

/// A new entity for name `m` (of several words, text `t`), callable by its variant forms and,
/// for a company, by its name without the legal form. (Its initials are read from the entity
/// when a mention asks: [`initials_table`].)
fn found<'d>(entities: &mut Vec<Entity>, forms: &mut Forms<'d>, short_forms: &mut Vec<&'d str>, m: &MentionAt, t: &'d str) -> usize {
    let id = new_entity(entities, m, t);
    variant_forms_into(t, m.kind, short_forms);
    for &form in short_forms.iter() {
        forms.add(m.kind, form, id);
    }
    // A company is called by its name without the legal form, even when that is an everyday
    // word the extractors would not take for a variant ("Apple" of "Apple Inc.").
    if m.kind == MentionType::Organisation {
        if let Some(bare) = without_legal_form(t) {
            forms.add(m.kind, bare, id);
        }
    }
    id
}

/// (type, initials) -> the organisations and places they can call, in the order the entities
/// were founded.
type Initials = HashMap<(MentionType, String), Vec<usize>>;

/// The [`Initials`] of the entities founded so far: a name of several words by its initials
/// ([`initials`]), an acronym by itself ("US" for "U.S." to join). Built only when a mention
/// that may be initials finds no entity by its own form: most stories need none.
fn initials_table(entities: &[Entity]) -> Initials {
    let mut table = Initials::default();
    for e in entities.iter().filter(|e| matches!(e.kind, MentionType::Organisation | MentionType::Place)) {
        let keys = if e.name.contains(' ') { initials(&e.name) } else { initials_of_form(&e.name).into_iter().collect() };
        for key in keys {
            table.entry((e.kind, key)).or_default().push(e.id);
        }
    }
    table
}

/// A word of a name of several words, in lower case -> the entities whose names have it there,
/// in the order they were founded ([`first_words_table`], [`middle_words_table`]).
type WordTable = HashMap<Lower<'static>, Vec<usize>>;

/// The first words of the organisations founded so far (all the names of several words: the
/// first pass founds them).
fn first_words_table(entities: &[Entity]) -> WordTable {
    word_table(entities, MentionType::Organisation, |k, _, _| k == 0)
}

/// The first word of each person's name of several words -> the persons so named.
fn given_names_table(entities: &[Entity]) -> WordTable {
    word_table(entities, MentionType::Person, |k, _, _| k == 0)
}

/// Whether mention `m` comes right after "Sir" or "Dame", which go with a given name.
fn after_knighthood(doc: &Doc<'_>, m: &MentionAt) -> bool {
    let before = doc.text[..m.start()].trim_end_matches(' ');
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    before.len() < m.start() && matches!(word, "Sir" | "Dame")
}

/// Each capitalised word between a person's first and last (the last is a variant form
/// already) -> the persons so named.
fn middle_words_table(entities: &[Entity]) -> WordTable {
    word_table(entities, MentionType::Person, |k, n, w| {
        k > 0 && k + 1 < n && w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with('.')
    })
}

/// A [`WordTable`] of the `kind` entities' names of several words, by each word `w` that
/// `picked(k, n, w)` takes (`k` its place among the name's `n` words).
fn word_table(entities: &[Entity], kind: MentionType, picked: impl Fn(usize, usize, &str) -> bool) -> WordTable {
    let mut table = WordTable::default();
    for e in entities.iter().filter(|e| e.kind == kind && e.name.contains(' ')) {
        let n = e.name.split(' ').count();
        for (_, w) in e.name.split(' ').enumerate().filter(|&(k, w)| picked(k, n, w)) {
            table.entry(Lower::Copied(w.to_lowercase().into_boxed_str())).or_default().push(e.id);
        }
    }
    table
}

/// Whether a name has a space, so several words: asked of every mention, a byte loop (the
/// search for a character set one up for each short name).
fn has_space(name: &str) -> bool {
    name.bytes().any(|b| b == b' ')
}

/// The initial standing for a person's given name: "I" of "I. Hassan" or "J Smith".
fn given_initial(name: &str) -> Option<char> {
    // The first word (a byte search: a split by character set one up for each name).
    let first = &name[..name.bytes().position(|b| b == b' ').unwrap_or(name.len())];
    let mut chars = first.chars();
    let c = chars.next().filter(|c| c.is_uppercase())?;
    matches!(chars.as_str(), "" | ".").then_some(c)
}

/// The one person entity named in full whose family name ends `name` and whose given name
/// starts with `name`'s initial: "I. Hassan" abbreviates "Imran Hassan". None when no entity
/// or several fit ("Imran Hassan" and "Idris Hassan").
fn abbreviated(name: &str, forms: &Forms<'_>, entities: &[Entity]) -> Option<usize> {
    let initial = given_initial(name)?;
    let family = name.rsplit(' ').next()?;
    let fits = |&&id: &&usize| {
        let full = &entities[id].name;
        given_initial(full).is_none() && full.starts_with(initial) && full.ends_with(family)
    };
    let mut ids = forms.get(MentionType::Person, family)?.iter().filter(fits);
    match (ids.next(), ids.next()) {
        (Some(&id), None) => Some(id),
        _ => None,
    }
}

/// Of the entities a short form can call, the one mention `m` means. Among those the story
/// has already named: for an organisation, the one named most so far, the story's subject
/// ("Alibaba" after "Alibaba Group Holding" and "Alibaba Cloud"), else the one named last (of
/// two Smiths, the one just spoken of). When none has been named yet, the one named next.
fn meant(ids: &[usize], m: &MentionAt, entities: &[Entity], last_seen: &[usize]) -> usize {
    let ids = latest(ids);
    let salience = |id: usize| if m.kind == MentionType::Organisation { entities[id].count } else { 0 };
    let rank = |id: usize| {
        if last_seen[id] <= m.cstart() {
            (1, salience(id), last_seen[id])
        } else {
            (0, 0, usize::MAX - last_seen[id])
        }
    };
    *ids.iter().max_by_key(|&&id| rank(id)).expect("a form calls at least one entity")
}

/// How many of the entities sharing a form [`meant`] weighs: the latest founded. News never
/// has more bodies or people of one short name; a text made of thousands would otherwise cost
/// each mention of the name a pass over all of them.
const SHARED_FORM_LIMIT: usize = 16;

/// The last [`SHARED_FORM_LIMIT`] of `ids`.
fn latest(ids: &[usize]) -> &[usize] {
    &ids[ids.len().saturating_sub(SHARED_FORM_LIMIT)..]
}

/// The letters of a mention that may be a name's initials: two to six capitals, all with a
/// full stop after them or none ("ECB", "UAE", "U.S." -> "US").
fn initials_of_form(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let plain = (2..=6).contains(&b.len()) && b.iter().all(u8::is_ascii_uppercase);
    let dotted = (4..=12).contains(&b.len()) && b.chunks(2).all(|pair| pair[0].is_ascii_uppercase() && pair.get(1) == Some(&b'.'));
    if plain {
        Some(t.to_owned())
    } else if dotted {
        Some(b.iter().step_by(2).map(|&c| char::from(c)).collect())
    } else {
        None
    }
}

/// A company's name without the legal forms that close it ("Apple Inc." -> "Apple"); None
/// when it has none, or is nothing else.
fn without_legal_form(name: &str) -> Option<&str> {
    let mut bare = name;
    while let Some((rest, last)) = bare.rsplit_once(' ') {
        if !lexicon::is_legal_form(last) {
            break;
        }
        bare = rest.trim_end_matches(',');
    }
    (bare.len() < name.len()).then_some(bare)
}

/// The initials a name of several words may be known by, GATE's acronym match: the first
/// letters of its words, once without the small words a defined acronym skips ("European
/// Central Bank" -> "ECB", "United Arab Emirates" -> "UAE") and once with them ("Bank of
/// Japan" -> "BOJ"). A closing legal form is spelled both ways when two words or more are left
/// without it: left out ("International Business Machines Corp" -> "IBM") and kept ("British
/// Broadcasting Corporation" -> "BBC"); a name of one word and its legal form has no initials
/// ("Apple Inc." is no "AI"). None of them when a word that counts does not start with a
/// capital letter.
fn initials(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let mut bare = words.len();
    while bare > 1 && lexicon::is_legal_form(words[bare - 1]) {
        bare -= 1;
    }
    let first_capital = |w: &str| w.chars().next().filter(char::is_ascii_uppercase);
    let spell = |words: &[&str], keep_small: bool| -> Option<String> {
        let mut letters = String::new();
        for w in words {
            if crate::extract::acronyms::is_skippable(w) {
                if keep_small {
                    letters.extend(w.chars().next().map(|c| c.to_ascii_uppercase()));
                }
                continue;
            }
            letters.push(first_capital(w)?);
        }
        (letters.len() >= 2).then_some(letters)
    };
    let spelled: &[&[&str]] = if bare < words.len() && bare >= 2 { &[&words[..bare], &words] } else { &[&words[..bare]] };
    let mut out: Vec<String> = Vec::new();
    for &words in spelled {
        for keep_small in [false, true] {
            if let Some(letters) = spell(words, keep_small).filter(|s| !out.contains(s)) {
                out.push(letters);
            }
        }
    }
    out
}

/// The most forms a table of [`Forms`] is sized for before any is added.
const PRESIZED_FORMS: usize = 16 * 1024;

/// The forms entities can be called by, in lower case, one table per type. The forms are
/// pieces of the document's mentions: an ASCII one is kept as it is and lower-cased as it is
/// hashed and compared ([`Lower`]), not copied per form or per question.
struct Forms<'d> {
    by_type: [HashMap<Lower<'d>, Ids>; MentionType::ALL.len()],
}

/// A form in lower case (`str::to_lowercase`): an ASCII text lower-cased as it is hashed and
/// compared, or the lower-case copy of any other.
#[derive(Debug)]
enum Lower<'d> {
    Ascii(&'d str),
    Copied(Box<str>),
}

impl<'d> Lower<'d> {
    fn of(form: &'d str) -> Lower<'d> {
        if form.is_ascii() {
            Lower::Ascii(form)
        } else {
            Lower::Copied(form.to_lowercase().into_boxed_str())
        }
    }

    /// The bytes, which stand for their ASCII lower case. (A copy's are its lower case
    /// already: lowering its ASCII capitals again, of which it has none, changes nothing.)
    fn bytes(&self) -> &[u8] {
        match self {
            Lower::Ascii(text) => text.as_bytes(),
            Lower::Copied(text) => text.as_bytes(),
        }
    }
}

/// Two forms are equal when their lower cases are: compared eight bytes at a time, each word
/// lowered at once ([`lexicon::ascii_lower_word`]).
impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.bytes(), other.bytes());
        a.len() == b.len() && a.chunks(8).zip(b.chunks(8)).all(|(x, y)| lexicon::ascii_lower_word(word_of(x)) == lexicon::ascii_lower_word(word_of(y)))
    }
}

impl Eq for Lower<'_> {}

/// The hash of the lower case: its words of eight bytes (the last zero-padded), then its
/// length.
impl std::hash::Hash for Lower<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let bytes = self.bytes();
        for piece in bytes.chunks(8) {
            state.write_u64(lexicon::ascii_lower_word(word_of(piece)));
        }
        state.write_usize(bytes.len());
    }
}

/// One to eight bytes as a little-endian word, zero-padded.
#[inline]
fn word_of(piece: &[u8]) -> u64 {
    match piece {
        &[b0, b1, b2, b3, b4, b5, b6, b7] => u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]),
        rest => crate::lexicon::tail_word(rest),
    }
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

    /// Add `id` unless the form calls it last already. An entity's forms are added as it is
    /// founded, so a repeat is the last id; an id met again further back (an acronym joined to
    /// an older name) is harmless twice. Not a search of the list: thousands of people sharing a
    /// surname would make each new one a pass over all.
    fn add(&mut self, id: usize) {
        match self {
            Ids::One([first]) if *first != id => *self = Ids::Many(vec![*first, id]),
            Ids::One(_) => {}
            Ids::Many(ids) => {
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
    }
}

impl<'d> Forms<'d> {
    /// Tables with room for the forms of `mentions` from the start: a name lends itself and
    /// a short form or two, and a table grown one rehash at a time costs more than the room.
    /// The room is capped: a long document repeats its names, and a table sized for all of its
    /// mentions would be mostly empty buckets spread over memory by the hash; past the cap,
    /// the tables grow as forms come.
    fn for_mentions(mentions: &[MentionAt]) -> Forms<'d> {
        let mut names = [0; MentionType::ALL.len()];
        for m in mentions.iter().filter(|m| m.kind.is_name()) {
            names[m.kind as usize] += 1;
        }
        let mut forms = Forms { by_type: Default::default() };
        for (table, &n) in forms.by_type.iter_mut().zip(&names) {
            if n > 0 {
                table.reserve((2 * n).min(PRESIZED_FORMS));
            }
        }
        forms
    }

    /// The entities called `form` (any case).
    fn get(&self, kind: MentionType, form: &'d str) -> Option<&[usize]> {
        let table = &self.by_type[kind as usize];
        if table.is_empty() {
            return None;
        }
        table.get(&Lower::of(form)).map(Ids::as_slice)
    }

    /// Let `form` (any case) call entity `id` too.
    fn add(&mut self, kind: MentionType, form: &'d str, id: usize) {
        match self.by_type[kind as usize].entry(Lower::of(form)) {
            Entry::Occupied(ids) => ids.into_mut().add(id),
            Entry::Vacant(slot) => {
                slot.insert(Ids::One([id]));
            }
        }
    }
}

#[cfg(test)]
mod lower_tests {
    use super::*;
    use std::hash::BuildHasher;

    /// Every byte's lower case, eight at a time, is `to_ascii_lowercase`'s.
    #[test]
    fn words_lower_as_bytes_do() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let w = u64::from(b) << (8 * at) | 0x4142_5a5b_6061_7a7b & !(0xff << (8 * at));
                let want = u64::from_le_bytes(w.to_le_bytes().map(|x| x.to_ascii_lowercase()));
                assert_eq!(lexicon::ascii_lower_word(w), want, "{b} at {at}");
            }
        }
    }

    /// A form key stands for the form's lower case: equal lower cases make equal keys with
    /// equal hashes, whether the key was lower-cased on the fly or copied.
    #[test]
    fn keys_equal_by_lower_case() {
        let hasher = rustc_hash::FxBuildHasher;
        let forms = ["Acme", "ACME", "acme", "Acme Corp", "ZÜRICH", "zürich", "Zürich", "", "\u{212a}x", "KX", "Alibaba Group Holding Ltd", "ALIBABA GROUP HOLDING LTD", "Alibaba Group Holding Lte", "exactly8", "EXACTLY8"];
        for a in forms {
            for b in forms {
                let (ka, kb) = (Lower::of(a), Lower::of(b));
                assert_eq!(ka == kb, a.to_lowercase() == b.to_lowercase(), "{a:?} {b:?}");
                if ka == kb {
                    assert_eq!(hasher.hash_one(&ka), hasher.hash_one(&kb), "{a:?} {b:?}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_spell_a_closing_legal_form_both_ways() {
        assert_eq!(initials("International Business Machines Corp"), ["IBM", "IBMC"]);
        assert_eq!(initials("British Broadcasting Corporation"), ["BB", "BBC"]);
        assert_eq!(initials("Samsung Electronics Co Ltd"), ["SE", "SECL"]);
    }

    #[test]
    fn one_word_and_its_legal_form_has_no_initials() {
        assert!(initials("Apple Inc.").is_empty());
        assert!(initials("Tata Corporation").is_empty());
    }

    #[test]
    fn small_words_are_spelled_both_ways() {
        assert_eq!(initials("Bank of Japan"), ["BJ", "BOJ"]);
        assert_eq!(initials("European Central Bank"), ["ECB"]);
        assert!(initials("Bank of japan").is_empty());
    }
}
