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

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::extract::acronyms::AcronymDef;
use crate::entities::MentionAt;
use crate::extract::{self, Doc, Found};
use crate::report::{self, Article, Caption, Entity, Mention, MentionType, Quote, Report, Source, Span, Stats, Zone};
use crate::zones::{self, Zoning};
use crate::{entities, quotes, Options};

mod kept_quotes;
mod packed;

use kept_quotes::{KeptQuotes, Strings};

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
    /// The article's captions before it (for its zoning in the second pass).
    captions: usize,
    kept: Vec<Kept>,
    /// The packed values and details of the candidates that have them ([`Kept::details`]).
    details: Vec<u8>,
    /// Its quotes (whole-text offsets and entities), once found.
    quotes: KeptQuotes,
}

impl Section {
    fn shift(&self) -> Shift {
        Shift { bytes: self.bytes.start, chars: self.chars }
    }
}

/// What [`Kept::entity`] and [`Kept::details`] hold for none.
const NONE: u32 = u32::MAX;

/// A candidate as kept between the passes: what grouping, the quotes and its mention need, in
/// 36 bytes (a [`Found`] is 96, and its value and details are boxed apart; a dense document
/// has a candidate every 35 bytes of text). Offsets fit: a document is at most 4 GiB.
#[derive(Debug, Clone, Copy)]
struct Kept {
    /// Bytes, in the whole text.
    start: u32,
    end: u32,
    /// Code points before it, in the whole text (its length in code points is its text's).
    cstart: u32,
    /// Tokens covered, in its section.
    tokens: [u32; 2],
    /// Its sentence among all the text's.
    sentence: u32,
    /// Its entity in the whole text's numbers (none for dates, figures, muted names), once grouped.
    entity: u32,
    /// Where its packed value and details start in its section's `details`; none for a
    /// candidate with neither (most names).
    details: u32,
    /// Its rule's number in [`Rules`].
    rule: u16,
    /// Its type's place in [`MentionType::ALL`], and [`MUTED`] when it lies in boilerplate or
    /// a repeated caption (it creates no entity).
    kind_muted: u8,
    zone: Zone,
}

/// The bit of [`Kept::kind_muted`] that says a candidate is muted.
const MUTED: u8 = 0x80;

impl Kept {
    fn kind(&self) -> MentionType {
        MentionType::ALL[usize::from(self.kind_muted & !MUTED)]
    }

    fn muted(&self) -> bool {
        self.kind_muted & MUTED != 0
    }

    fn entity(&self) -> Option<usize> {
        (self.entity != NONE).then_some(self.entity as usize)
    }

    /// Its text, of the whole `text`.
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }

    /// Its length in code points, in the whole `text` (its length in bytes when `text` is ASCII).
    fn chars(&self, text: &str, ascii: bool) -> usize {
        if ascii {
            (self.end - self.start) as usize
        } else {
            self.text(text).chars().count()
        }
    }

    /// Where it lies in the whole text, for grouping.
    fn placed(&self) -> MentionAt {
        MentionAt::new(self.kind(), self.start as usize, self.end as usize, self.cstart as usize)
    }

    /// A candidate of the whole `text` again, without value or details (which neither grouping
    /// nor the quotes read), at offsets `shift` before its own. `template` is any candidate
    /// (`Found`'s value is the extractors' to set).
    fn found(&self, text: &str, ascii: bool, template: &Found, shift: Shift, rules: &Rules) -> Found {
        let mut f = template.clone();
        f.kind = self.kind();
        f.tokens = self.tokens[0] as usize..self.tokens[1] as usize;
        f.start = self.start as usize - shift.bytes;
        f.end = self.end as usize - shift.bytes;
        f.cstart = self.cstart as usize - shift.chars;
        f.cend = f.cstart + self.chars(text, ascii);
        f.rule = rules.name(self.rule);
        f
    }
}

/// A candidate to copy fields over: no candidate of the extractors' has a public constructor
/// that needs no tokens.
fn template() -> Found {
    let doc = Doc::new("x", None);
    Found::new(&doc, MentionType::Person, 0..1, "")
}

/// The rules' names, each numbered once: a candidate keeps a number, not a 16-byte `&str`.
#[derive(Default)]
struct Rules {
    names: Vec<&'static str>,
    numbers: FxHashMap<&'static str, u16>,
}

impl Rules {
    fn number(&mut self, rule: &'static str) -> u16 {
        if let Some(&n) = self.numbers.get(rule) {
            return n;
        }
        let n = u16::try_from(self.names.len()).expect("fewer than 65536 rules");
        self.names.push(rule);
        self.numbers.insert(rule, n);
        n
    }

    fn name(&self, number: u16) -> &'static str {
        self.names[usize::from(number)]
    }
}

/// What the first pass gathers.
struct Gathered {
    sections: Vec<Section>,
    article: Article,
    stats: Stats,
    acronyms: Vec<AcronymDef>,
    rules: Rules,
}

/// A text's analysis in sections before its mentions are made: the report without them, and
/// the candidates they are made of, kept compact.
pub(crate) struct Analysis {
    /// The report, its `mentions` and `quotes` empty (they are the sections').
    pub(crate) report: Report,
    sections: Vec<Section>,
    rules: Rules,
    /// The quotes' strings.
    strings: Strings,
    /// Whether the text is ASCII (its code point offsets are its byte offsets).
    ascii: bool,
}

/// [`crate::analyse`] for a text cut into sections of about `size` bytes.
pub(crate) fn analyse(text: &str, source: Source, warnings: Vec<String>, opts: &Options, size: usize) -> Report {
    analyse_unmade(text, source, warnings, opts, size).into_report(text)
}

/// Everything of the analysis in sections but the mentions, which [`Analysis::mentions`] makes
/// one at a time.
pub(crate) fn analyse_unmade(text: &str, source: Source, warnings: Vec<String>, opts: &Options, size: usize) -> Analysis {
    let Gathered { mut sections, article, stats, acronyms, rules } = gather(text, opts, size);
    let mut entities = group(text, &mut sections, &acronyms);
    let mut strings = Strings::default();
    find_quotes(text, opts, &mut sections, &mut entities, &article, &rules, &mut strings);
    let report = Report {
        schema: report::SCHEMA.to_owned(),
        source,
        stats,
        mentions: Vec::new(),
        entities,
        acronyms: crate::acronym_list(&acronyms),
        article,
        quotes: Vec::new(),
        warnings,
    };
    Analysis { report, sections, rules, strings, ascii: text.is_ascii() }
}

impl Analysis {
    /// The whole report of `text` (the text analysed), its mentions and quotes made.
    pub(crate) fn into_report(self, text: &str) -> Report {
        let mentions = Vec::with_capacity(self.mention_count());
        let mut quotes = Vec::with_capacity(self.quote_count());
        quotes.extend(self.quotes(text));
        let Analysis { mut report, sections, rules, strings, ascii } = self;
        drop(strings);
        report.quotes = quotes;
        report.mentions = mentions;
        for s in sections {
            // Each section's candidates go as their mentions are made.
            report.mentions.extend(s.kept.iter().map(|k| mention(text, ascii, k, &s.details, &rules)));
        }
        report
    }

    /// The report's mentions of `text` (the text analysed), in order, made one at a time.
    pub(crate) fn mentions<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Mention> + 'a {
        self.sections.iter().flat_map(move |s| s.kept.iter().map(move |k| mention(text, self.ascii, k, &s.details, &self.rules)))
    }

    /// How many mentions there are.
    pub(crate) fn mention_count(&self) -> usize {
        self.sections.iter().map(|s| s.kept.len()).sum()
    }

    /// The report's quotes of `text` (the text analysed), in order, made one at a time.
    pub(crate) fn quotes<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Quote> + 'a {
        self.sections.iter().flat_map(move |s| s.quotes.quotes(text, &self.strings))
    }

    /// How many quotes there are.
    pub(crate) fn quote_count(&self) -> usize {
        self.sections.iter().map(|s| s.quotes.len()).sum()
    }
}

/// The report's mention of a kept candidate of `text`; `details` are its section's.
fn mention(text: &str, ascii: bool, k: &Kept, details: &[u8], rules: &Rules) -> Mention {
    let (value, figure, date) = match k.details {
        NONE => (serde_json::Value::Null, None, None),
        at => packed::unpack(&details[at as usize..]),
    };
    Mention {
        kind: k.kind(),
        text: k.text(text).to_owned(),
        start: k.cstart as usize,
        end: k.cstart as usize + k.chars(text, ascii),
        byte_start: k.start as usize,
        byte_end: k.end as usize,
        sentence: k.sentence as usize,
        entity: k.entity(),
        value,
        rule: Cow::Borrowed(rules.name(k.rule)),
        zone: k.zone,
        figure,
        date,
    }
}

/// The first pass: each section's zones, candidates, counts and acronyms.
fn gather(text: &str, opts: &Options, size: usize) -> Gathered {
    let mut g = Gathered { sections: Vec::new(), article: Article::default(), stats: Stats::default(), acronyms: Vec::new(), rules: Rules::default() };
    // Every section's dates resolve against the reference given, else the first section's date
    // (and so does a dateline's day the reference placed: the story's own).
    let mut reference = opts.reference_date;
    let (mut chars, mut sentences) = (0, 0);
    let sections = cut(text, size);
    let sports = is_sports_text(text, &sections);
    let mut details = Vec::new();
    for (k, bytes) in sections.into_iter().enumerate() {
        let part = &text[bytes.clone()];
        let mut doc = Doc::new(part, opts.reference_date);
        doc.set_sports_story(sports);
        let zoning = section_zoning(&doc, k == 0, &g.article.captions);
        if k == 0 && (reference.is_none() || zoning.date_placed_by_reference) {
            reference = zoning.date;
        }
        doc.reference = reference;
        doc.reference_time = opts.given_time();
        let acronyms = extract::acronyms::find(&doc);
        let found = crate::candidates(&mut doc, &acronyms, opts);
        let shift = Shift { bytes: bytes.start, chars };
        details.clear();
        let kept = found.into_iter().map(|f| keep(f, &doc, &zoning, shift, sentences, &mut details, &mut g.rules)).collect();
        // A vector of its own size: `details` grew by doubling.
        let captions = g.article.captions.len();
        g.sections.push(Section { bytes, chars, captions, kept, details: details.to_vec(), quotes: KeptQuotes::default() });
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

/// A section's candidate kept: offsets into the whole text (the section starts `shift` into
/// it, after `sentences` sentences), with its zone and sentence read from the section's tokens
/// and its value and details packed onto `details`.
fn keep(mut f: Found, doc: &Doc<'_>, zoning: &Zoning, shift: Shift, sentences: u32, details: &mut Vec<u8>, rules: &mut Rules) -> Kept {
    let at = f.tokens.start;
    let value = f.take_value();
    let packed = packed::needed(&value, f.figure.as_deref(), f.date.as_deref()).then(|| {
        let offset = u32::try_from(details.len()).expect("a section's details under 4 GiB");
        packed::pack(details, &value, f.figure.as_deref(), f.date.as_deref());
        offset
    });
    let whole = |offset: usize, by: usize| u32::try_from(offset + by).expect("a document of at most 4 GiB");
    Kept {
        start: whole(f.start, shift.bytes),
        end: whole(f.end, shift.bytes),
        cstart: whole(f.cstart, shift.chars),
        tokens: [f.tokens.start as u32, f.tokens.end as u32],
        sentence: sentences + if at < doc.tokens.len() { doc.sentence_of(at) } else { 0 },
        entity: NONE,
        details: packed.unwrap_or(NONE),
        rule: rules.number(f.rule),
        kind_muted: MentionType::ALL.iter().position(|&t| t == f.kind).expect("every type is listed") as u8 | if zoning.is_muted(at) { MUTED } else { 0 },
        zone: zoning.zone_of(at),
    }
}

/// Group the names of all sections into entities, as for a text analysed whole, and give each
/// candidate its entity. Grouping reads only the names that are not muted, and a name joins
/// only an entity of its own type: each type is grouped over candidates made again of its
/// names, not of all the candidates.
fn group(text: &str, sections: &mut [Section], acronyms: &[AcronymDef]) -> Vec<Entity> {
    let whole = Doc::untokenised(text);
    let mut all = Vec::new();
    for kind in [MentionType::Person, MentionType::Organisation, MentionType::Place] {
        let grouped = |k: &Kept| k.kind() == kind && !k.muted();
        // Counted first: a vector grown by doubling would hold its old and new copies at once,
        // at the peak of the analysis (a large document has a million names of a type).
        let count = sections.iter().flat_map(|s| &s.kept).filter(|k| grouped(k)).count();
        let mut names: Vec<MentionAt> = Vec::with_capacity(count);
        names.extend(sections.iter().flat_map(|s| &s.kept).filter(|k| grouped(k)).map(Kept::placed));
        let (ids, entities) = entities::group(&whole, &names, acronyms, &[]);
        drop(names);
        let mut ids = ids.into_iter();
        for k in sections.iter_mut().flat_map(|s| s.kept.iter_mut()).filter(|k| grouped(k)) {
            k.entity = ids.next().expect("an id per name grouped").map_or(NONE, |id| (all.len() + id) as u32);
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
        renumbered[old] = new as u32;
    }
    for k in sections.iter_mut().flat_map(|s| s.kept.iter_mut()).filter(|k| k.entity != NONE) {
        k.entity = renumbered[k.entity as usize];
    }
    let mut entities: Vec<Option<Entity>> = entities.into_iter().map(Some).collect();
    let mut ordered: Vec<Entity> = order.iter().map(|&i| entities[i].take().expect("each entity once")).collect();
    for (id, e) in ordered.iter_mut().enumerate() {
        e.id = id;
    }
    ordered
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
/// the entities of the whole text. Each section's candidates are made again (without values or
/// details, which the quotes do not read), with its own offsets, while it is read.
fn find_quotes(text: &str, opts: &Options, sections: &mut [Section], entities: &mut [Entity], article: &Article, rules: &Rules, strings: &mut Strings) {
    let template = template();
    let ascii = text.is_ascii();
    for (k, s) in sections.iter_mut().enumerate() {
        let doc = Doc::new(&text[s.bytes.clone()], opts.reference_date);
        let zoning = section_zoning(&doc, k == 0, &article.captions[..s.captions]);
        let shift = s.shift();
        let found: Vec<Found> = s.kept.iter().map(|c| c.found(text, ascii, &template, shift, rules)).collect();
        let entity_of: Vec<Option<usize>> = s.kept.iter().map(Kept::entity).collect();
        let mut named = SectionEntities::of(&entity_of, entities);
        drop(entity_of);
        let quotes = quotes::find(&doc, &zoning, &found, &named.entity_of, &mut named.copies);
        let quotes = quotes.into_iter().map(|mut q| {
            q.speaker = q.speaker.map(|e| named.whole[e]);
            shift.quote(q)
        });
        s.quotes = KeptQuotes::keep(text, quotes.collect(), strings);
        for (copy, &e) in named.copies.into_iter().zip(&named.whole) {
            add_roles(&mut entities[e], copy.roles);
        }
    }
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
    fn a_kept_candidate_is_small() {
        assert_eq!(std::mem::size_of::<Kept>(), 36);
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
