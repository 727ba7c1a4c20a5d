//! A very large document analysed a section at a time, so that its token-level structures
//! (tokens, sentences, the lower-case copy, the extractors' caches and working sets, several
//! times the size of the text) exist for one section of a few megabytes at once.
//!
//! Sections end at paragraph breaks. The first is read as the clipping (headline, byline,
//! dateline, the date relative expressions resolve against); the others as more of its story,
//! whose lines may still be furniture (credits, captions, copyright lines). Whether the text
//! is a sports report is read from all its sections. Each section's candidates are kept with
//! offsets into the whole text; entities are grouped over all of them, as for a text analysed
//! whole; quotes and roles, which read tokens, are found in a second pass over the sections
//! with those entities. The output differs from the whole text's only where evidence crosses
//! a section boundary: a short name read as a variant of a full name in another section, an
//! acronym defined in another section, a quote's speaker in the paragraph before, a labelled
//! export's fields (or a PressReader trailer) past the first section.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::extract::acronyms::AcronymDef;
use crate::extract::{self, Doc, Found};
use crate::report::{self, Article, Caption, Entity, Mention, MentionType, Quote, Report, Source, Span, Stats, Zone};
use crate::zones::{self, Zoning};
use crate::{entities, quotes, Options};

/// Texts longer than this (in bytes) are analysed in sections; shorter ones whole.
pub(crate) const SECTIONED_ABOVE: usize = 8_000_000;

/// The size (in bytes) sections are cut near: a few megabytes, so that the sections' share
/// of the memory is small beside the text's own and the mentions kept, and few paragraphs lie
/// across a boundary.
pub(crate) const SECTION_BYTES: usize = 2_000_000;

/// The smallest section size [`cut`] works with, so that a section always has room for a break.
const MIN_SECTION_BYTES: usize = 64;

/// How many of the last captions `zones::header` compares a caption line with (a repeat
/// follows its caption closely).
const RECENT_CAPTIONS: usize = 4;

/// Cut `text` into sections of at most `size` bytes (but the last), each ending after the
/// last paragraph break (a blank line) in the second half of its room; else after the last
/// line break there, else after white space, else at a character boundary.
pub(crate) fn cut(text: &str, size: usize) -> Vec<Range<usize>> {
    let size = size.max(MIN_SECTION_BYTES);
    let b = text.as_bytes();
    let mut sections = Vec::with_capacity(text.len() / size + 1);
    let mut start = 0;
    while text.len() - start > size {
        let (lo, hi) = (start + size / 2, start + size);
        let after_last = |is_break: fn(&u8) -> bool| b[lo..hi].iter().rposition(is_break).map(|p| lo + p + 1);
        let end = last_blank_line(b, lo, hi)
            .or_else(|| after_last(|&c| c == b'\n'))
            .or_else(|| after_last(u8::is_ascii_whitespace))
            .unwrap_or_else(|| (lo..=hi).rev().find(|&i| text.is_char_boundary(i)).expect("a boundary in any 4 bytes"));
        sections.push(start..end);
        start = end;
    }
    sections.push(start..text.len());
    sections
}

/// The offset just after the last blank line (a line break, then only spaces, tabs or carriage
/// returns, then a line break) that ends in `b[lo..hi]`.
fn last_blank_line(b: &[u8], lo: usize, hi: usize) -> Option<usize> {
    let mut end = hi;
    while let Some(p) = b[lo..end].iter().rposition(|&c| c == b'\n') {
        let line_break = lo + p;
        let before = b[..line_break].iter().rposition(|&c| !matches!(c, b' ' | b'\t' | b'\r'));
        if before.is_some_and(|k| k >= lo && b[k] == b'\n') {
            return Some(line_break + 1);
        }
        end = line_break;
    }
    None
}

/// Where a section starts in the whole text: what its offsets are shifted by.
#[derive(Debug, Clone, Copy)]
struct Shift {
    bytes: usize,
    chars: usize,
}

impl Shift {
    fn to_whole(self, f: &mut Found) {
        f.start += self.bytes;
        f.end += self.bytes;
        f.cstart += self.chars;
        f.cend += self.chars;
    }

    fn to_section(self, f: &mut Found) {
        f.start -= self.bytes;
        f.end -= self.bytes;
        f.cstart -= self.chars;
        f.cend -= self.chars;
    }

    fn span(self, s: &mut Span) {
        s.start += self.chars;
        s.end += self.chars;
        s.byte_start += self.bytes;
        s.byte_end += self.bytes;
    }

    fn quote(self, mut q: Quote) -> Quote {
        q.start += self.chars;
        q.end += self.chars;
        q.byte_start += self.bytes;
        q.byte_end += self.bytes;
        q.speaker_start = q.speaker_start.map(|c| c + self.chars);
        q.speaker_end = q.speaker_end.map(|c| c + self.chars);
        q.nested.iter_mut().chain(&mut q.brackets).for_each(|s| self.span(s));
        q
    }

    fn caption(self, mut c: Caption) -> Caption {
        c.start += self.chars;
        c.end += self.chars;
        c.byte_start += self.bytes;
        c.byte_end += self.bytes;
        c
    }
}

/// One section: where it lies, and its candidates (offsets into the whole text) with what
/// their mentions need of its tokens, read before the tokens go. Each section keeps its own
/// candidates, so that no vector of all of them grows by doubling (holding the old and the
/// new copy at once) and each section's go as soon as their mentions are made.
struct Section {
    bytes: Range<usize>,
    /// Code points before it.
    chars: usize,
    /// The article's captions before it (its furniture compares caption lines with them).
    captions: usize,
    found: Vec<Found>,
    zone: Vec<Zone>,
    /// Boilerplate and repeated captions: their mentions create no entities.
    muted: Vec<bool>,
    /// The sentence, among all the text's.
    sentence: Vec<u32>,
    /// The entity of each candidate (none for dates, figures and muted names), once grouped.
    entity: Vec<Option<usize>>,
}

impl Section {
    fn shift(&self) -> Shift {
        Shift { bytes: self.bytes.start, chars: self.chars }
    }
}

/// What the first pass gathers.
struct Gathered {
    sections: Vec<Section>,
    article: Article,
    stats: Stats,
    acronyms: Vec<AcronymDef>,
}

/// [`crate::analyse`] for a text cut into sections of about `size` bytes.
pub(crate) fn analyse(text: &str, source: Source, warnings: Vec<String>, opts: &Options, size: usize) -> Report {
    let Gathered { mut sections, article, stats, acronyms } = gather(text, opts, size);
    let mut entities = group(text, &mut sections, &acronyms);
    let quotes = find_quotes(text, opts, &mut sections, &mut entities, &article);
    let mentions = mentions(text, sections);
    Report {
        schema: report::SCHEMA.to_owned(),
        source,
        stats,
        mentions,
        entities,
        acronyms: crate::acronym_list(&acronyms),
        article,
        quotes,
        warnings,
    }
}

/// The first pass: each section's zones, candidates, counts and acronyms.
fn gather(text: &str, opts: &Options, size: usize) -> Gathered {
    let mut g = Gathered { sections: Vec::new(), article: Article::default(), stats: Stats::default(), acronyms: Vec::new() };
    // Every section's dates resolve against the reference given, else the first section's date.
    let mut reference = opts.reference_date;
    let (mut chars, mut sentences) = (0, 0);
    let sections = cut(text, size);
    let sports = is_sports_text(text, &sections);
    for (k, bytes) in sections.into_iter().enumerate() {
        let part = &text[bytes.clone()];
        let mut doc = Doc::new(part, opts.reference_date);
        doc.set_sports_story(sports);
        let zoning = section_zoning(&doc, k == 0, &g.article.captions);
        if k == 0 && reference.is_none() {
            reference = zoning.date;
        }
        doc.reference = reference;
        doc.reference_time = opts.given_time();
        let acronyms = extract::acronyms::find(&doc);
        let mut found = crate::candidates(&mut doc, &acronyms, opts);
        let starts = || found.iter().map(|f| f.tokens.start);
        let zone = starts().map(|at| zoning.zone_of(at)).collect();
        let muted = starts().map(|at| zoning.is_muted(at)).collect();
        let sentence = starts().map(|at| sentences + if at < doc.tokens.len() { doc.sentence_of(at) } else { 0 }).collect();
        let shift = Shift { bytes: bytes.start, chars };
        found.iter_mut().for_each(|f| shift.to_whole(f));
        let found = exact(found);
        g.sections.push(Section { bytes, chars, captions: g.article.captions.len(), found, zone, muted, sentence, entity: Vec::new() });
        let counts = crate::stats(&doc, &zoning);
        g.stats.words += counts.words;
        g.stats.sentences += counts.sentences;
        g.stats.paragraphs += counts.paragraphs;
        g.acronyms.extend(acronyms);
        if k == 0 {
            g.article = zoning.article;
        } else {
            continue_article(&mut g.article, &doc, zoning, shift);
        }
        chars += doc.char_offset(part.len());
        sentences += doc.layout.sentences.len() as u32;
    }
    g.stats.chars = chars;
    g
}

/// The candidates moved into a vector of their own size. The extractors' vector has room for
/// all candidates before overlaps were resolved, and its pages were written: kept, it would
/// hold their memory for the rest of the analysis (`shrink_to_fit` leaves an allocator a
/// block more than half used).
fn exact(mut found: Vec<Found>) -> Vec<Found> {
    let mut kept = Vec::with_capacity(found.len());
    kept.append(&mut found);
    kept
}

/// Group the names of all sections into entities, as for a text analysed whole, and give each
/// candidate its entity. Grouping reads only the names that are not muted, and a name joins
/// only an entity of its own type: each type is grouped over a copy of its names (names carry
/// no boxed details), not of all the candidates.
fn group(text: &str, sections: &mut [Section], acronyms: &[AcronymDef]) -> Vec<Entity> {
    let whole = Doc::untokenised(text);
    for s in sections.iter_mut() {
        s.entity = vec![None; s.found.len()];
    }
    let mut all = Vec::new();
    for kind in [MentionType::Person, MentionType::Organisation, MentionType::Place] {
        let grouped = |s: &Section, i: usize| s.found[i].kind == kind && !s.muted[i];
        let mut names = Vec::new();
        for s in sections.iter() {
            names.extend((0..s.found.len()).filter(|&i| grouped(s, i)).map(|i| s.found[i].clone()));
        }
        let (ids, entities) = entities::group(&whole, &names, acronyms, &[]);
        drop(names);
        let mut ids = ids.into_iter();
        for s in sections.iter_mut() {
            for i in 0..s.found.len() {
                if grouped(s, i) {
                    s.entity[i] = ids.next().expect("an id per name grouped").map(|id| all.len() + id);
                }
            }
        }
        all.extend(entities);
    }
    in_order_of_first_mention(sections, all)
}

/// Number the entities of all types in order of their first mention, as one grouping of all
/// the names does (no two names start at the same place, so the order is the same).
fn in_order_of_first_mention(sections: &mut [Section], entities: Vec<Entity>) -> Vec<Entity> {
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| entities[i].first);
    let mut renumbered = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        renumbered[old] = new;
    }
    for id in sections.iter_mut().flat_map(|s| s.entity.iter_mut()).flatten() {
        *id = renumbered[*id];
    }
    let mut entities: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    let mut ordered: Vec<Entity> = order.iter().map(|&i| entities[i].take().expect("each entity once")).collect();
    for (id, e) in ordered.iter_mut().enumerate() {
        e.id = id;
    }
    ordered
}

/// The report's mentions, made a section at a time: each section's candidates go as their
/// mentions are made.
fn mentions(text: &str, sections: Vec<Section>) -> Vec<Mention> {
    let mut mentions = Vec::with_capacity(sections.iter().map(|s| s.found.len()).sum());
    for s in sections {
        let made = s.found.into_iter().zip(s.zone).zip(s.sentence).zip(s.entity);
        mentions.extend(made.map(|(((f, zone), sentence), entity)| crate::mention(text, f, zone, sentence, entity)));
    }
    mentions
}

/// Whether the whole text is a sports report, as the sports words of all its sections say:
/// every section's names are read with the whole text's answer. Sections are tokenised for it
/// one at a time, until the answer is known.
fn is_sports_text(text: &str, sections: &[Range<usize>]) -> bool {
    let mut seen = 0;
    sections.iter().any(|r| {
        seen |= extract::sports_words_among(&crate::tokens::tokenize(&text[r.clone()]));
        extract::is_sports(seen)
    })
}

/// The zones of a section: the first is read as the clipping; the others as more of its
/// story, whose lines may still be furniture. `captions` are the article's captions before
/// the section (a caption line repeating one of the last few is a repeat).
fn section_zoning(doc: &Doc<'_>, first: bool, captions: &[Caption]) -> Zoning {
    if first {
        return zones::analyse(doc);
    }
    let n = doc.tokens.len();
    let mut cx = zones::Cx {
        doc,
        lines: zones::lines(&doc.tokens),
        z: Zoning { zone: vec![Zone::Body; n], muted: vec![false; n], ..Zoning::default() },
        body_line: None,
    };
    cx.z.article.captions = captions[captions.len().saturating_sub(RECENT_CAPTIONS)..].to_vec();
    zones::header::furniture(&mut cx);
    cx.z
}

/// Add what a later section's zoning found to the article: its credits and captions, and the
/// end of the body when the section has story text.
fn continue_article(article: &mut Article, doc: &Doc<'_>, zoning: Zoning, shift: Shift) {
    for mut b in zoning.article.byline {
        (b.start, b.end) = (b.start + shift.chars, b.end + shift.chars);
        (b.byte_start, b.byte_end) = (b.byte_start + shift.bytes, b.byte_end + shift.bytes);
        article.byline.push(b);
    }
    // The section's captions follow the last few of the article's it was given.
    let given = article.captions.len().min(RECENT_CAPTIONS);
    let before = article.captions.len() - given;
    for mut c in zoning.article.captions.into_iter().skip(given) {
        c.repeat_of = c.repeat_of.map(|i| before + i);
        article.captions.push(shift.caption(c));
    }
    let last_body = zoning.zone.iter().rposition(|&z| z == Zone::Body);
    if let (Some(body), Some(i)) = (article.body.as_mut(), last_body) {
        let end = doc.tokens[i].end();
        body.end = shift.chars + doc.char_offset(end);
        body.byte_end = shift.bytes + end;
    }
}

/// The second pass: quotes, their speakers and the persons' roles, a section at a time with
/// the entities of the whole text. Each section's candidates are given back their section's
/// offsets while it is read.
fn find_quotes(text: &str, opts: &Options, sections: &mut [Section], entities: &mut [Entity], article: &Article) -> Vec<Quote> {
    let mut all = Vec::new();
    for (k, s) in sections.iter_mut().enumerate() {
        let doc = Doc::new(&text[s.bytes.clone()], opts.reference_date);
        let zoning = section_zoning(&doc, k == 0, &article.captions[..s.captions]);
        let shift = s.shift();
        s.found.iter_mut().for_each(|f| shift.to_section(f));
        let mut named = SectionEntities::of(&s.entity, entities);
        let quotes = quotes::find(&doc, &zoning, &s.found, &named.entity_of, &mut named.copies);
        s.found.iter_mut().for_each(|f| shift.to_whole(f));
        all.extend(quotes.into_iter().map(|mut q| {
            q.speaker = q.speaker.map(|e| named.whole[e]);
            shift.quote(q)
        }));
        for (copy, &e) in named.copies.into_iter().zip(&named.whole) {
            add_roles(&mut entities[e], copy.roles);
        }
    }
    all
}

/// The entities a section's names belong to, numbered for the section: the quote stage keeps
/// tables as long as the entities it is given, and given all the text's for every section
/// they would grow with the text twice over.
struct SectionEntities {
    /// The whole text's number of each.
    whole: Vec<usize>,
    /// Copies, without roles, for the quote stage to give the section's roles to.
    copies: Vec<Entity>,
    /// Each candidate's entity, in the section's numbers.
    entity_of: Vec<Option<usize>>,
}

impl SectionEntities {
    fn of(entity_of: &[Option<usize>], entities: &[Entity]) -> SectionEntities {
        let mut numbers: FxHashMap<usize, usize> = FxHashMap::default();
        let mut named = SectionEntities { whole: Vec::new(), copies: Vec::new(), entity_of: Vec::with_capacity(entity_of.len()) };
        for &e in entity_of {
            let number = e.map(|e| {
                *numbers.entry(e).or_insert_with(|| {
                    named.whole.push(e);
                    named.copies.push(Entity { roles: None, ..entities[e].clone() });
                    named.copies.len() - 1
                })
            });
            named.entity_of.push(number);
        }
        named
    }
}

/// Add the roles a section gave a person (none for other entities) after those earlier
/// sections gave, each role once: the roles of the whole text, in text order.
fn add_roles(e: &mut Entity, roles: Option<Vec<String>>) {
    let Some(roles) = roles else { return };
    match &mut e.roles {
        None => e.roles = Some(roles),
        Some(earlier) => {
            for r in roles {
                if !earlier.contains(&r) {
                    earlier.push(r);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, size: usize) -> Vec<&str> {
        cut(text, size).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn cuts_cover_the_text_in_order() {
        for text in ["", "short", &"word ".repeat(100), &"é".repeat(300), &"para one.\n\npara two.\n".repeat(40)] {
            let sections = cut(text, 64);
            assert_eq!(sections.first().map(|r| r.start), Some(0));
            assert_eq!(sections.last().map(|r| r.end), Some(text.len()));
            assert!(sections.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
            assert!(sections.iter().all(|r| r.len() <= 64 || r.end == text.len()));
        }
    }

    #[test]
    fn cuts_prefer_blank_lines_then_line_breaks_then_spaces() {
        let text = format!("{}\n\n{}\n{} {}", "a".repeat(40), "b".repeat(10), "c".repeat(5), "d".repeat(100));
        let p = pieces(&text, 64);
        assert_eq!(p[0], format!("{}\n\n", "a".repeat(40)));
        let text = format!("{}\n \t\r\n{}", "a".repeat(40), "b".repeat(100));
        assert_eq!(pieces(&text, 64)[0], format!("{}\n \t\r\n", "a".repeat(40)));
        let text = format!("{}\n{} {}", "a".repeat(40), "b".repeat(10), "c".repeat(100));
        assert_eq!(pieces(&text, 64)[0], format!("{}\n", "a".repeat(40)));
        let text = format!("{} {}", "a".repeat(40), "b".repeat(100));
        assert_eq!(pieces(&text, 64)[0], format!("{} ", "a".repeat(40)));
        // A blank line too early in the room is passed over for a later line break.
        let text = format!("a\n\n{}\n{}", "b".repeat(50), "c".repeat(100));
        assert_eq!(pieces(&text, 64)[0], format!("a\n\n{}\n", "b".repeat(50)));
        // No break at all: cut at a character boundary.
        assert!(pieces(&"é".repeat(100), 64).iter().all(|p| p.chars().all(|c| c == 'é')));
    }

    #[test]
    fn earlier_roles_come_first_each_once() {
        let person = |roles: Option<Vec<&str>>| Entity {
            id: 0,
            kind: crate::report::MentionType::Person,
            name: "A".into(),
            aliases: vec![],
            count: 1,
            first: 0,
            roles: roles.map(|r| r.into_iter().map(String::from).collect()),
        };
        let strings = |r: &[&str]| Some(r.iter().map(|&x| x.to_owned()).collect::<Vec<_>>());
        let mut e = person(Some(vec!["chair", "author"]));
        add_roles(&mut e, strings(&["mayor", "chair"]));
        assert_eq!(e.roles, strings(&["chair", "author", "mayor"]));
        let mut e = person(None);
        add_roles(&mut e, strings(&[]));
        assert_eq!(e.roles, strings(&[]));
        add_roles(&mut e, None);
        assert_eq!(e.roles, strings(&[]));
    }

    #[test]
    fn a_sections_entities_are_numbered_for_it() {
        let entity = |id: usize| Entity { id, kind: MentionType::Place, name: format!("E{id}"), aliases: vec![], count: 1, first: id, roles: None };
        let entities: Vec<Entity> = (0..5).map(entity).collect();
        let named = SectionEntities::of(&[None, Some(3), Some(1), None, Some(3)], &entities);
        assert_eq!(named.whole, [3, 1]);
        assert_eq!(named.entity_of, [None, Some(0), Some(1), None, Some(0)]);
        assert_eq!(named.copies.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["E3", "E1"]);
    }
}
