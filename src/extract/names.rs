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

    /// The chunk's last token has no possessive ending ("Acme's shares" reads differently).
    pub fn possessive_free(&self, doc: &Doc<'_>) -> bool {
        doc.tokens[self.range.end - 1].possessive_len() == 0
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
            | "y" | "the"
    )
}

/// A token that can be part of a name: capitalised, not a hyphenated ordinary word.
fn is_name_token(t: &Token<'_>) -> bool {
    // Full weekday names belong to dates; short forms ("Thu", "Sun") are often names.
    let weekday = t.text.len() > 5 && super::date::weekday_number(t.text).is_some();
    if t.kind != TokKind::Word || !t.is_capitalised() || weekday {
        return false;
    }
    match t.text.rsplit_once(['-', '‑']) {
        Some((_, tail)) if tail.chars().next().is_some_and(char::is_uppercase) => true,
        // Romanised given names: "Wing-kei", "In-mo", "Hoi-yan"; not "Cross-border".
        Some(_) => t.text.split(['-', '‑']).all(|p| (1..=6).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
            && !lexicon::is_common_word(&t.text.to_lowercase())
            && t.text.split(['-', '‑']).skip(1).all(|p| !lexicon::is_common_word(p) || p.len() <= 3),
        None => true,
    }
}

/// An ALL-CAPS line, or a Title Case headline (a function word capitalised mid-line:
/// "Forum To Woo Belt And Road Partners"), where capitals prove nothing.
fn unreliable_case(doc: &Doc<'_>, sentence: usize) -> bool {
    let s = &doc.layout.sentences[sentence];
    let words: Vec<&Token<'_>> = doc.tokens[s.tokens.clone()].iter().filter(|t| t.kind == TokKind::Word).collect();
    let letters = |t: &&Token<'_>| t.text.chars().filter(|c| c.is_alphabetic()).count();
    let long: Vec<&Token<'_>> = words.iter().copied().filter(|t| letters(t) >= 2).collect();
    let caps = long.iter().filter(|t| t.is_all_caps()).count();
    if !long.is_empty() && caps * 10 >= long.len() * 6 && (long.len() >= 2 || s.tokens.len() > 2) {
        return true;
    }
    words.iter().skip(1).any(|t| matches!(t.text, "To" | "And" | "For" | "With" | "From" | "Into" | "Over" | "After" | "Is" | "Are" | "Be" | "As"))
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

/// Find the capitalised chunks of the document's ordinary sentences; also return the
/// sentences in ALL CAPS or Title Case, which are segmented later against what the story
/// and the lists know.
pub fn chunks(doc: &Doc<'_>) -> (Vec<Chunk>, Vec<usize>) {
    let mut out = Vec::new();
    let mut unreliable = Vec::new();
    for (si, s) in doc.layout.sentences.iter().enumerate() {
        if unreliable_case(doc, si) {
            unreliable.push(si);
            continue;
        }
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
                // "By Shinichi Saoshiro TOKYO (Reuters)": an ALL-CAPS word after a mixed-case
                // name starts something else (a dateline).
                let caps_after_mixed = t.is_all_caps()
                    && t.text.len() >= 3
                    && !doc.tokens[end - 1].is_all_caps()
                    && !is_legal_form(t.text)
                    && lexicon::org_suffix_class(t.text).is_none();
                if is_name_token(t) && !caps_after_mixed {
                    end += 1;
                } else if is_connector(t.text) && end + 1 < s.tokens.end && is_name_token(&doc.tokens[end + 1]) {
                    end += 2;
                } else {
                    break;
                }
            }
            // "Commodity Systems, Inc." keeps its legal form across the comma.
            if end + 1 < s.tokens.end && doc.tokens[end].text == "," && is_legal_form(doc.tokens[end + 1].text) {
                end += 2;
            }
            split_chunk(doc, start..end, &mut out);
            i = end;
        }
    }
    (out, unreliable)
}

fn is_legal_form(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "Inc" | "Ltd" | "LLC" | "LLP" | "L.P" | "LP" | "Corp" | "plc" | "PLC" | "Co" | "AG" | "SA" | "NV" | "GmbH")
}

/// Heads that keep an "of" inside a name: "Bank of China", "Gulf of Mexico", "Duke of York".
fn keeps_of(head: &str) -> bool {
    lexicon::org_suffix_class(head).is_some()
        || matches!(
            head,
            "Republic" | "Kingdom" | "Gulf" | "Bay" | "Isle" | "Isles" | "Cape" | "Strait" | "Straits" | "Sea" | "City"
                | "State" | "States" | "Province" | "Duke" | "Duchess" | "Prince" | "Princess" | "Earl" | "Queen" | "King"
                | "Lake" | "Mount" | "Port" | "Sultanate" | "Emirate" | "Commonwealth" | "Federation" | "Court" | "House"
                | "Chamber" | "Secretary" | "Minister" | "Ministry" | "Department" | "Governor" | "Mayor" | "President"
                | "Chancellor" | "Speaker" | "Bishop" | "Archbishop" | "Friends" | "Sisters" | "Brothers" | "Sons"
        )
}

/// Peel stop words, titles and a leading nationality off a raw run, and split it where a
/// title sits inside ("French President Jacques Chirac") or where "and"/"of" joins two names
/// ("Nasser Hussain and Peter Such", "John Casesa of Schroder Wertheim & Co.").
fn split_chunk(doc: &Doc<'_>, range: Range<usize>, out: &mut Vec<Chunk>) {
    let whole = make_chunk(doc, range.clone(), None, false);
    if lexicon::known_org(&whole.key).is_some() {
        out.push(whole);
        return;
    }
    if lexicon::place(&whole.key).is_some() {
        // "The Philippines": the article is not part of a place's name.
        let article = range.len() > 1 && matches!(doc.tokens[range.start].text, "The" | "the");
        out.push(if article { make_chunk(doc, range.start + 1..range.end, None, false) } else { whole });
        return;
    }
    // A name run into a place with no comma: "Jonathan Barrett Port Hedland" (a caption).
    if range.len() >= 4 && lexicon::is_given_name(doc.tokens[range.start].text) {
        for cut in range.start + 2..range.end - 1 {
            let tail = make_chunk(doc, cut..range.end, None, false);
            if tail.len() >= 2 && matches!(lexicon::place(&tail.key), Some(lexicon::PlaceClass::City | lexicon::PlaceClass::Region | lexicon::PlaceClass::Country)) {
                push_part(doc, range.start..cut, None, out);
                out.push(tail);
                return;
            }
        }
    }
    let mut start = range.start;
    let mut title = None;
    let mut i = range.start;
    while i < range.end {
        let t = &doc.tokens[i];
        let starts_place = (i + 2..=range.end.min(i + 3)).any(|e| lexicon::place(&make_chunk(doc, i..e, None, false).key).is_some());
        if let (Some((n, class)), false) = (title_at(doc, i, range.end), starts_place) {
            // "General Motors" stays whole: a title only counts before a name token; "Dean
            // Jones" is a name, not a dean.
            let rest = doc.tokens[i + 1..range.end].iter().map(|t| t.stem()).collect::<Vec<_>>();
            let given = n == 1
                && (lexicon::is_given_name(t.text) || lexicon::is_ambiguous_given_name(t.text))
                && rest.len() == 1
                && lexicon::is_surname(rest[0])
                && !lexicon::is_given_name(rest[0]);
            if i + n < range.end && !is_connector(doc.tokens[i + n].text) && !given {
                push_part(doc, start..i, title, out);
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
        let of_place = || {
            let rest = make_chunk(doc, i + 1..range.end, None, false);
            let legal_form = matches!(
                doc.tokens[i - 1].text.trim_end_matches('.'),
                "Corp" | "Corporation" | "Inc" | "Co" | "Ltd" | "Limited" | "plc" | "PLC" | "AG" | "SA" | "NV" | "GmbH" | "LLC" | "Group" | "Holdings"
            );
            legal_form && lexicon::place(&rest.key).is_some()
        };
        // "for" joins only an institution's name: "Center for Strategic Studies", not "Julie
        // Bidwell for The Wall Street Journal".
        let splits_for = t.text == "for" && i > start && lexicon::org_suffix_class(doc.tokens[i - 1].text).is_none();
        if splits_for || t.text == "of" && i > start && (!keeps_of(doc.tokens[i - 1].text) || of_place()) {
            push_part(doc, start..i, title.take(), out);
            start = i + 1;
        }
        if matches!(t.text, "and" | "&") && i > start && splits_at_and(doc, start..range.end, i) {
            push_part(doc, start..i, title.take(), out);
            start = i + 1;
        }
        i += 1;
    }
    push_part(doc, start..range.end, title, out);
}

/// "Nasser Hussain and Peter Such" and "Micron Technology and Qualcomm" are two names;
/// "London International Financial Futures and Options Exchange" is one. Keep the whole when it
/// has an organisation's shape and one side alone is no name; else split.
fn splits_at_and(doc: &Doc<'_>, range: Range<usize>, at: usize) -> bool {
    let right_end = (at + 1..range.end).find(|&j| matches!(doc.tokens[j].text, "and" | "&")).unwrap_or(range.end);
    if right_end <= at + 1 {
        return false;
    }
    let whole = make_chunk(doc, range.start..right_end, None, false);
    if organisation::long_form_kind(&whole.key).is_none() {
        return true;
    }
    let left = make_chunk(doc, range.start..at, None, false);
    let right = make_chunk(doc, at + 1..right_end, None, false);
    classify(doc, &left).is_some() && classify(doc, &right).is_some()
}

fn push_part(doc: &Doc<'_>, mut range: Range<usize>, title: Option<&'static str>, out: &mut Vec<Chunk>) {
    // Trailing connectors cannot end a name.
    while !range.is_empty() && !is_name_token(&doc.tokens[range.end - 1]) {
        range.end -= 1;
    }
    while !range.is_empty() && !is_name_token(&doc.tokens[range.start]) {
        range.start += 1;
    }
    // A trailing everyday word is the sentence going on, not the name: "Simon Song
    // Participants" in a caption that lost its line break.
    if range.len() >= 3 && lexicon::is_given_name(doc.tokens[range.start].text) {
        let last = doc.tokens[range.end - 1].stem();
        let lower = last.to_lowercase();
        if lexicon::is_common_word(&lower) && !lexicon::is_surname(last) && lexicon::org_suffix_class(last).is_none() && lexicon::place(last).is_none() {
            range.end -= 1;
        }
    }
    // A leading everyday word before a given name is a label, not the name: "Democrat Walter
    // Mondale", "Panamanian boxing legend" aside.
    if range.len() >= 3 {
        let first = doc.tokens[range.start].text;
        let second = doc.tokens[range.start + 1].text;
        if lexicon::is_common_word(&first.to_lowercase()) && !lexicon::is_given_name(first) && !lexicon::is_surname(first) && lexicon::is_given_name(second) {
            range.start += 1;
        }
    }
    // A leading nationality is not part of the name ("American Oliver McCall"), unless the
    // whole is an organisation ("Chinese Academy of Sciences").
    let nationality = |w: &str| lexicon::is_demonym(w) || (w.contains('-') && w.split('-').all(lexicon::is_demonym));
    if range.len() > 1 && nationality(doc.tokens[range.start].text) {
        let whole = make_chunk(doc, range.clone(), title, false);
        if organisation::long_form_kind(&whole.key).is_none() {
            range.start += 1;
        }
    }
    if range.is_empty() || (range.len() == 1 && doc.tokens[range.start].text.chars().filter(|c| c.is_alphabetic()).count() < 2) {
        return;
    }
    // A month alone is the date's ("July's gain"), unless a title makes it a name.
    if range.len() == 1 && title.is_none() && super::date::month_number(doc.tokens[range.start].stem()).is_some() {
        return;
    }
    out.push(make_chunk(doc, range, title, false));
}

/// Segment an ALL-CAPS or Title Case sentence: at each name token the longest run (up to five
/// tokens) that the story has already named, or that the lists know, becomes a chunk with its
/// verdict. Capitals prove nothing here, so nothing else is taken.
fn segment_unreliable(
    doc: &Doc<'_>,
    sentence: usize,
    variants: &HashMap<String, MentionType>,
    out: &mut Vec<(Chunk, Option<Verdict>)>,
) {
    let s = doc.layout.sentences[sentence].tokens.clone();
    let mut i = s.start;
    while i < s.end {
        if !is_name_token(&doc.tokens[i]) {
            i += 1;
            continue;
        }
        let mut run_end = i + 1;
        while run_end < s.end && run_end - i < 5 && is_name_token(&doc.tokens[run_end]) && doc.tokens[run_end - 1].possessive_len() == 0 {
            run_end += 1;
        }
        let mut matched = None;
        for end in (i + 1..=run_end).rev() {
            let chunk = make_chunk(doc, i..end, None, true);
            // A dateline names the place it was filed from, whatever the story made of the word.
            let dateline = i == s.start && doc.tokens.get(end).is_some_and(|t| t.text == "," || t.kind == TokKind::Number && t.text.len() == 4);
            let verdict = match variants.get(&chunk.key.to_uppercase()).filter(|_| !dateline) {
                Some(&kind) => Some(Verdict { kind, rule: "name.variant", strength: Strength::Weak }),
                None => classify(doc, &chunk),
            };
            if let Some(v) = verdict {
                matched = Some((chunk, Some(v)));
                break;
            }
        }
        match matched {
            Some((chunk, v)) => {
                i = chunk.range.end;
                out.push((chunk, v));
            }
            None => i += 1,
        }
    }
}

/// The best verdict of the three classifiers.
fn classify(doc: &Doc<'_>, c: &Chunk) -> Option<Verdict> {
    // Market indices are not the organisations that compile them: "FTSE 100", "Nikkei 225",
    // "the Hang Seng index".
    let next = doc.tokens.get(c.range.end);
    if next.is_some_and(|t| matches!(t.text, "index" | "Index" | "average" | "Average" | "Composite" | "futures" | "industrial" | "Industrial"))
        || ((lexicon::known_org(&c.key).is_some_and(|(_, class)| class != "club") || c.key.chars().all(|ch| ch.is_ascii_uppercase() || ch == '&') && !c.unreliable_case && !table_team(doc, c)) && next.is_some_and(|t| t.kind == TokKind::Number && t.space_before && t.text.len() <= 4 && t.text.bytes().all(|b| b.is_ascii_digit())) && !next_to_result(doc, c, true))
    {
        return None;
    }
    let verdicts = [organisation::classify(doc, c), person::classify(doc, c), place::classify(doc, c)];
    let best = verdicts.into_iter().flatten().max_by_key(|v| (v.strength, kind_rank(v.kind)));
    // A club named after its town, in a result ("Leicestershire beat Somerset", "Dinamo 92-90"),
    // is the club; countries stay places by the newswire convention for national teams.
    // Venues ("At Portsmouth:") stay places.
    let prev = if c.range.start > 0 { doc.tokens[c.range.start - 1].text } else { "" };
    // "At Portsmouth: Middlesex beat ...", "Portsmouth: Middlesex 199 and 426".
    let line_head = c.range.start == doc.sentence_range(c.range.start).start && doc.tokens.get(c.range.end).is_some_and(|t| t.text == ":");
    let venue = matches!(prev, "at" | "At" | "in" | "In") || line_head;
    let town_or_unknown = match best {
        None => !c.unreliable_case && c.len() < 4 && !c.words().all(|w| lexicon::is_common_word(&w.to_lowercase())) && c.key.chars().count() > 1,
        Some(v) => {
            let shouted = c.unreliable_case || !c.key.chars().any(char::is_lowercase);
            let key = if shouted { organisation::title_case(&c.key) } else { c.key.clone() };
            v.kind == MentionType::Place && matches!(lexicon::place(&key), Some(lexicon::PlaceClass::City | lexicon::PlaceClass::Region)) && v.strength < Strength::Strong
        }
    };
    // In a sports report a town named without "in"/"at" before it or a country after it plays.
    let town = best.is_some_and(|v| v.kind == MentionType::Place) || lexicon::known_org(&c.key).is_some_and(|(_, class)| class == "club");
    let dateline = c.range.start == doc.sentence_range(c.range.start).start
        && doc.tokens.get(c.range.end).is_some_and(|t| t.text == "," || t.kind == TokKind::Number && t.text.len() == 4);
    let plays = town && doc.is_sports_story() && !dateline && !matches!(prev, "from" | "near" | "of" | "to" | "outside");
    // Team nicknames in a sports report: "the Eagles", "the Mariners", "the All Blacks".
    let nickname = doc.is_sports_story()
        && !c.unreliable_case
        && (matches!(prev, "the" | "The") || next_to_result(doc, c, false))
        && best.is_none_or(|v| v.strength == Strength::Weak)
        && c.len() <= 2
        && c.last_word().len() > 3
        && c.last_word().ends_with('s')
        && lexicon::is_common_word(&c.last_word().to_lowercase())
        && !lexicon::is_demonym(c.last_word());
    if nickname {
        return Some(Verdict { kind: MentionType::Organisation, rule: "organisation.team_nickname", strength: Strength::Listed });
    }
    if town_or_unknown && !venue && (table_team(doc, c) || plays || (best.is_some() || !c.unreliable_case) && next_to_result(doc, c, best.is_some())) {
        return Some(Verdict { kind: MentionType::Organisation, rule: "organisation.sports_team", strength: Strength::Listed });
    }
    best
}

fn is_small_int(t: &Token<'_>) -> bool {
    t.kind == TokKind::Number && t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit())
}

/// A team in a table line: a standings row ("Ulsan 1 0 2 8 9 3") or a result row
/// ("Saracens 25 Leicester 23"). People in results tables come with times, figures like
/// "9-0-49-1" or a comma, and do not match.
fn table_team(doc: &Doc<'_>, c: &Chunk) -> bool {
    let s = doc.sentence_range(c.range.start);
    let mut ints = 0;
    let mut j = c.range.end;
    while j < s.end && is_small_int(&doc.tokens[j]) && !doc.tokens.get(j + 1).is_some_and(|t| !t.space_before && (t.text == "-" || t.text == ":" || t.text == ".")) {
        ints += 1;
        j += 1;
    }
    if ints >= 2 {
        return true;
    }
    let line_start = c.range.start == s.start || (c.range.start > s.start && is_small_int(&doc.tokens[c.range.start - 1]));
    ints == 1 && line_start && (j == s.end || is_name_token(&doc.tokens[j]))
}

/// A result cue next to the chunk: "beat", "drew with", "v", a score "2-1". Within two tokens
/// for a town; right beside it for an unknown name.
fn next_to_result(doc: &Doc<'_>, c: &Chunk, known_town: bool) -> bool {
    let s = doc.sentence_range(c.range.start);
    let is_cue = |i: usize| -> bool {
        let t = &doc.tokens[i];
        if matches!(t.text, "beat" | "beats" | "defeated" | "drew" | "v" | "vs" | "vs." | "versus" | "thrashed" | "edged" | "overcame") {
            return true;
        }
        // A score: small number, hyphen, small number, all glued ("92-90", "2-1").
        t.text == "-"
            && !t.space_before
            && i > s.start
            && i + 1 < s.end
            && is_small_int(&doc.tokens[i - 1])
            && is_small_int(&doc.tokens[i + 1])
            && !doc.tokens[i + 1].space_before
            // Not part of a date: "1996-08-30" has three parts and leading zeros.
            && !doc.tokens[i + 1].text.starts_with('0')
            && !(i >= 2 && doc.tokens[i - 2].text == "-" && !doc.tokens[i - 1].space_before)
            && !doc.tokens.get(i + 2).is_some_and(|t| t.text == "-" && !t.space_before)
    };
    let reach = if known_town { 3 } else { 1 };
    let lo = c.range.start.saturating_sub(reach).max(s.start);
    let hi = (c.range.end + reach + 1).min(s.end);
    (lo..hi).any(|i| !c.range.contains(&i) && is_cue(i))
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
    let (chunks, unreliable) = chunks(doc);
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
    // A weak local guess gives way to what the story has established for the same form.
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        // A surname or company from this story beats a town of that name ("Imran Hassan" ...
        // "Hassan").
        let town = v.is_some_and(|v| v.kind == MentionType::Place && v.strength == Strength::Listed)
            && matches!(lexicon::place(&c.key), Some(lexicon::PlaceClass::City));
        let weak = v.is_none_or(|v| v.strength == Strength::Weak && v.rule != "acronym.defined");
        if weak || town && variants.get(&c.key).is_some_and(|&k| k != MentionType::Place) {
            if let Some(&kind) = variants.get(&c.key) {
                *v = Some(Verdict { kind, rule: "name.variant", strength: Strength::Weak });
            }
        }
    }

    // A relative: "Naina Yeltsin" in a story about Yeltsin.
    for (c, v) in chunks.iter().zip(verdicts.iter_mut()) {
        if v.is_none() && (2..=3).contains(&c.len()) && variants.get(c.last_word()) == Some(&MentionType::Person) {
            *v = Some(Verdict { kind: MentionType::Person, rule: "name.family", strength: Strength::Weak });
        }
    }
    let mut all: Vec<(Chunk, Option<Verdict>)> = chunks.into_iter().zip(verdicts).collect();
    for si in unreliable {
        segment_unreliable(doc, si, &variants, &mut all);
    }
    for (c, v) in &all {
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
    let add = |form: String, kind: MentionType, table: &mut HashMap<String, Option<MentionType>>| {
        table
            .entry(form)
            .and_modify(|k| {
                if *k != Some(kind) {
                    *k = None;
                }
            })
            .or_insert(Some(kind));
    };
    // Forms of fuller names first; then one-word names read from context; then one-word names
    // read off the town gazetteer, the weakest reading of a word. Each tier only fills forms the
    // earlier ones left: "Imran Hassan" makes "Hassan" a person, "Quillon said it" makes
    // "Quillon" a company whatever town bears the name.
    let town = |c: &Chunk, v: &Verdict| v.rule == "place.gazetteer" && matches!(lexicon::place(&c.key), Some(lexicon::PlaceClass::City));
    for tier in 0..3 {
        let before: std::collections::HashSet<String> = table.keys().cloned().collect();
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
                    if !before.contains(&f) {
                        add(f, v.kind, &mut table);
                    }
                }
            }
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
            let distinctive = |w: &str| !lexicon::is_common_word(&w.to_lowercase()) && lexicon::place(w).is_none() && lexicon::org_suffix_class(w).is_none() && !lexicon::is_demonym(w);
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
                if lexicon::place(&short).is_none() && !lexicon::is_common_word(&short.to_lowercase()) {
                    forms.push(short);
                }
            }
        }
        _ => {}
    }
    forms
}
