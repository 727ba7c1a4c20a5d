//! Names: capitalised chunks, classified by the person, organisation and place modules,
//! then an orthographic pass (after GATE ANNIE's orthomatcher) that gives a later "Ren",
//! "Alibaba" or "ITU" the type of the fuller name it is a variant of.

use std::collections::HashMap;
use std::ops::Range;

use super::acronyms::AcronymDef;
use super::{organisation, person, place, Doc, Found};
use crate::lexicon;
use crate::report::MentionType;
use crate::tokens::{TokKind, Token};

/// A run of capitalised tokens that may be a name.
#[derive(Debug, Clone)]
pub struct Chunk {
    pub range: Range<usize>,
    /// Token texts joined by single spaces, possessive ending removed: the lookup key.
    pub key: String,
    /// The first token opens its sentence, where capitals prove nothing.
    pub sentence_initial: bool,
    /// The chunk sits in an ALL-CAPS or Title Case line, where capitals prove nothing.
    pub unreliable_case: bool,
    /// A title or role was peeled off the front or stands just before: "Mr", "secretary general".
    pub title_before: Option<&'static str>,
}

impl Chunk {
    pub fn len(&self) -> usize {
        self.range.len()
    }

    pub fn is_empty(&self) -> bool {
        self.range.is_empty()
    }

    pub fn words(&self) -> std::str::Split<'_, char> {
        self.key.split(' ')
    }

    pub fn last_word(&self) -> &str {
        self.key.rsplit(' ').next().unwrap_or("")
    }

    pub fn first_word(&self) -> &str {
        self.key.split(' ').next().unwrap_or("")
    }
}

/// How sure a classifier is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Context only ("in X", "X said").
    Weak = 1,
    /// Gazetteer or name-list evidence.
    Listed = 2,
    /// Decisive: a title, a suffix, a known organisation.
    Strong = 3,
}

#[derive(Debug, Clone, Copy)]
pub struct Verdict {
    pub kind: MentionType,
    pub rule: &'static str,
    pub strength: Strength,
}

/// Lower-case words that may sit inside a name: "Bank of China", "Belt and Road",
/// "Mohammed bin Salman", "Ludwig van Beethoven".
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "and" | "&" | "for" | "de" | "da" | "do" | "dos" | "das" | "du" | "des" | "del" | "della"
            | "di" | "la" | "le" | "van" | "von" | "der" | "den" | "ter" | "bin" | "binti" | "ibn" | "al" | "el"
            | "y" | "the" | "on" | "upon"
    )
}

/// A token that can be part of a name: capitalised, not a hyphenated ordinary word.
fn is_name_token(t: &Token<'_>) -> bool {
    if t.kind != TokKind::Word || !t.is_capitalised() {
        return false;
    }
    match t.text.rsplit_once(['-', '‑']) {
        Some((_, tail)) => tail.chars().next().is_some_and(char::is_uppercase),
        None => true,
    }
}

/// Mostly capitalised words: an ALL-CAPS or Title Case headline.
fn unreliable_case(doc: &Doc<'_>, sentence: usize) -> bool {
    let s = &doc.layout.sentences[sentence];
    let words: Vec<&Token<'_>> = doc.tokens[s.tokens.clone()]
        .iter()
        .filter(|t| t.kind == TokKind::Word && t.text.chars().count() > 3)
        .collect();
    if words.len() < 3 {
        return words.iter().all(|t| t.is_all_caps()) && !words.is_empty() && s.tokens.len() > 2;
    }
    let caps = words.iter().filter(|t| t.is_capitalised()).count();
    caps * 10 >= words.len() * 8
}

/// Longest title or role (1-3 tokens) starting at token `i` and ending before `end`.
fn title_at(doc: &Doc<'_>, i: usize, end: usize) -> Option<(usize, &'static str)> {
    let mut best = None;
    let mut phrase = String::new();
    for n in 1..=3.min(end - i) {
        if n > 1 {
            phrase.push(' ');
        }
        phrase.push_str(doc.tokens[i + n - 1].text);
        if let Some(class) = lexicon::title_class(&phrase).or_else(|| lexicon::title_class(&phrase.to_lowercase())) {
            best = Some((n, class));
        }
    }
    best
}

/// Title or role in the 1-3 tokens just before token `i` ("WIC secretary general Ren").
fn title_ending_before(doc: &Doc<'_>, i: usize) -> Option<&'static str> {
    let sentence_start = doc.sentence_range(i).start;
    for n in 1..=3usize {
        if i < sentence_start + n {
            break;
        }
        let phrase: Vec<&str> = doc.tokens[i - n..i].iter().map(|t| t.text).collect();
        let phrase = phrase.join(" ");
        if let Some(class) = lexicon::title_class(&phrase).or_else(|| lexicon::title_class(&phrase.to_lowercase())) {
            return Some(class);
        }
    }
    None
}

fn make_chunk(doc: &Doc<'_>, range: Range<usize>, title_before: Option<&'static str>, unreliable: bool) -> Chunk {
    let mut key = String::new();
    for (n, i) in range.clone().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        let t = &doc.tokens[i];
        key.push_str(if i + 1 == range.end { t.stem() } else { t.text });
    }
    Chunk {
        sentence_initial: doc.sentence_initial(range.start),
        unreliable_case: unreliable,
        title_before: title_before.or_else(|| title_ending_before(doc, range.start)),
        range,
        key,
    }
}

/// Find the capitalised chunks of the document.
pub fn chunks(doc: &Doc<'_>) -> Vec<Chunk> {
    let mut out = Vec::new();
    for (si, s) in doc.layout.sentences.iter().enumerate() {
        let unreliable = unreliable_case(doc, si);
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !is_name_token(&doc.tokens[i]) {
                i += 1;
                continue;
            }
            // Extend over name tokens and connectors followed by a name token.
            let start = i;
            let mut end = i + 1;
            while end < s.tokens.end && doc.tokens[end - 1].possessive_len() == 0 {
                let t = &doc.tokens[end];
                if is_name_token(t) {
                    end += 1;
                } else if (is_connector(t.text) || t.text == "&")
                    && end + 1 < s.tokens.end
                    && is_name_token(&doc.tokens[end + 1])
                {
                    end += 2;
                } else {
                    break;
                }
            }
            split_chunk(doc, start..end, unreliable, &mut out);
            i = end;
        }
    }
    out
}

/// Peel stop words and titles off a raw run and split it where a title sits inside
/// ("French President Jacques Chirac" -> "French", title, "Jacques Chirac").
fn split_chunk(doc: &Doc<'_>, range: Range<usize>, unreliable: bool, out: &mut Vec<Chunk>) {
    let whole = make_chunk(doc, range.clone(), None, unreliable);
    if lexicon::known_org(&whole.key).is_some() || lexicon::place(&whole.key).is_some() {
        out.push(whole);
        return;
    }
    let mut start = range.start;
    let mut title = None;
    let mut i = range.start;
    while i < range.end {
        let t = &doc.tokens[i];
        if let Some((n, class)) = title_at(doc, i, range.end) {
            // "General Motors" stays whole: a title only counts before a name token.
            if i + n < range.end && !is_connector(doc.tokens[i + n].text) {
                push_part(doc, start..i, title, unreliable, out);
                title = Some(class);
                i += n;
                start = i;
                continue;
            }
        }
        if i == start && (lexicon::is_capitalised_stopword(t.text) || is_connector(t.text)) {
            i += 1;
            start = i;
            continue;
        }
        i += 1;
    }
    push_part(doc, start..range.end, title, unreliable, out);
}

fn push_part(doc: &Doc<'_>, mut range: Range<usize>, title: Option<&'static str>, unreliable: bool, out: &mut Vec<Chunk>) {
    // Trailing connectors cannot end a name.
    while !range.is_empty() && !is_name_token(&doc.tokens[range.end - 1]) {
        range.end -= 1;
    }
    while !range.is_empty() && !is_name_token(&doc.tokens[range.start]) {
        range.start += 1;
    }
    if range.is_empty() {
        return;
    }
    out.push(make_chunk(doc, range, title, unreliable));
}

/// The best verdict of the three classifiers.
fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    let verdicts = [organisation::classify(doc, c), person::classify(doc, c), place::classify(doc, c)];
    verdicts.into_iter().flatten().max_by_key(|v| (v.strength, kind_rank(v.kind)))
}

/// Tie-break at equal strength: a suffix-bearing organisation before a person before a place.
fn kind_rank(k: MentionType) -> u8 {
    match k {
        MentionType::Organisation => 3,
        MentionType::Person => 2,
        MentionType::Place => 1,
        _ => 0,
    }
}

/// Run the name extractors over the document.
pub fn extract(doc: &Doc<'_>, acronyms: &[AcronymDef], out: &mut Vec<Found>) {
    let chunks = chunks(doc);
    let mut verdicts: Vec<Option<Verdict>> = chunks.iter().map(|c| classify(doc, c)).collect();

    // Acronyms take the type of the long form they abbreviate.
    let mut acronym_type: HashMap<&str, MentionType> = HashMap::new();
    for def in acronyms {
        let long = chunks.iter().zip(&verdicts).find(|(c, _)| c.range.start <= def.long.start && def.long.end <= c.range.end);
        if let Some((_, Some(v))) = long {
            acronym_type.insert(def.short.as_str(), v.kind);
        } else if let Some(kind) = organisation::long_form_kind(&def.long_text) {
            acronym_type.insert(def.short.as_str(), kind);
        }
    }
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        if let Some(&kind) = acronym_type.get(c.key.as_str()) {
            *v = Some(Verdict { kind, rule: "acronym.defined", strength: Strength::Strong });
        }
    }

    // Orthographic variants: names already typed lend their type to their short forms.
    let variants = variant_table(&chunks, &verdicts);
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() {
            continue;
        }
        let key = if c.unreliable_case { c.key.to_uppercase() } else { c.key.clone() };
        if let Some(&kind) = variants.get(&key) {
            *v = Some(Verdict { kind, rule: "name.variant", strength: Strength::Weak });
        }
    }

    for (c, v) in chunks.iter().zip(&verdicts) {
        if let Some(v) = v {
            let mut f = Found::name(doc, v.kind, c.range.clone(), v.rule);
            f.priority = v.strength as u8;
            out.push(f);
        }
    }
    place::extract_affixed(doc, out);
}

/// Short forms of typed names: a person's single names, an organisation without its legal
/// suffix ("Alibaba Group Holding" -> "Alibaba"), every name itself; and upper-cased copies for
/// headlines. A form claimed by two types is dropped.
fn variant_table(chunks: &[Chunk], verdicts: &[Option<Verdict>]) -> HashMap<String, MentionType> {
    let mut table: HashMap<String, Option<MentionType>> = HashMap::new();
    let mut add = |form: String, kind: MentionType| {
        table
            .entry(form)
            .and_modify(|k| {
                if *k != Some(kind) {
                    *k = None;
                }
            })
            .or_insert(Some(kind));
    };
    for (c, v) in chunks.iter().zip(verdicts) {
        let Some(v) = v else { continue };
        if c.unreliable_case {
            continue;
        }
        for form in variant_forms(&c.key, v.kind) {
            add(form.to_uppercase(), v.kind);
            add(form, v.kind);
        }
    }
    table.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

/// The forms by which a name may come back later in a story.
pub fn variant_forms(name: &str, kind: MentionType) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let mut forms = vec![name.to_owned()];
    match kind {
        MentionType::Person if words.len() >= 2 => {
            let last = words[words.len() - 1];
            if !last.ends_with('.') {
                forms.push(last.to_owned());
            }
            // East Asian order puts the family name first: "Ren Xianliang" -> "Ren".
            if lexicon::is_surname(words[0]) && !lexicon::is_given_name(words[0]) {
                forms.push(words[0].to_owned());
            }
        }
        MentionType::Organisation if words.len() >= 2 => {
            let mut n = words.len();
            while n > 1 && lexicon::org_suffix_class(words[n - 1]) == Some("company") {
                n -= 1;
                let short = words[..n].join(" ");
                if lexicon::place(&short).is_none() && !lexicon::is_common_word(&short.to_lowercase()) {
                    forms.push(short);
                }
            }
        }
        _ => {}
    }
    forms
}
