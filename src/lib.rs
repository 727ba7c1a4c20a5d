//! newsdesk: people, organisations, places, dates and figures out of newspaper text.
//!
//! The pipeline, one module a stage:
//! [`input`] (bytes to text) → [`tokens`] → [`sentences`] → [`extract`] (one module per kind)
//! → [`resolve`] (overlaps) → [`entities`] (grouping) → [`report`] (the JSON contract).
//! [`zones`] reads the clipping's structure after sentences (its date is the reference date
//! when none is given); [`quotes`] runs last, on the grouped mentions.
//! The command line ([`cli`], [`batch`], [`output`]) is a thin layer over [`analyse`].

pub mod batch;
pub mod calendar;
pub mod char_offsets;
pub mod cli;
pub mod entities;
pub mod extract;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod quotes;
pub mod report;
pub mod resolve;
mod sections;
pub mod sentences;
pub mod tokens;
pub mod zones;

use std::borrow::Cow;

use calendar::Date;
use extract::{Doc, Found};
use report::{Acronym, Mention, MentionType, Report, Source, Stats};
use tokens::TokKind;

/// What to extract and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// Types to report (all when empty).
    pub types: Vec<MentionType>,
    /// The date relative expressions resolve against.
    pub reference_date: Option<Date>,
    /// The time of day of `reference_date`, when a timestamp gave one: "in 30 minutes" and
    /// "two hours ago" are then clock times.
    pub reference_time: Option<calendar::TimeOfDay>,
}

impl Default for Options {
    fn default() -> Self {
        Options { types: MentionType::ALL.to_vec(), reference_date: None, reference_time: None }
    }
}

impl Options {
    pub fn wants(&self, t: MentionType) -> bool {
        self.types.is_empty() || self.types.contains(&t)
    }

    /// These options resolving against `reference` (its date, and its time when it has one).
    pub fn with_reference(self, reference: Option<calendar::Reference>) -> Options {
        Options { reference_date: reference.map(|r| r.date), reference_time: reference.and_then(|r| r.time), ..self }
    }

    /// The reference's time of day, which goes with the caller's date only (never with the
    /// article's own).
    pub(crate) fn given_time(&self) -> Option<calendar::TimeOfDay> {
        self.reference_time.filter(|_| self.reference_date.is_some())
    }
}

/// Analyse decoded text; `source` and decoding warnings are copied into the report.
///
/// # Panics
/// On a text longer than 4 GiB ([`input::check_length`] says so first; [`analyse_bytes`]
/// refuses it with an error).
///
/// A text of more than 8 MB is analysed a few megabytes at a time (see [`analyse_in_sections`]).
pub fn analyse(text: &str, source: Source, warnings: Vec<String>, opts: &Options) -> Report {
    if text.len() > sections::SECTIONED_ABOVE {
        return sections::analyse(text, source, warnings, opts, sections::SECTION_BYTES);
    }
    let mut doc = Doc::new(text, opts.reference_date);
    doc.reference_time = opts.given_time();
    let zoning = zones::analyse(&doc);
    // A dateline's day placed by the reference is the story's own: its relative dates count
    // from it ("BERLIN, June 3 (dpa) - ... said on Wednesday").
    if doc.reference.is_none() || zoning.date_placed_by_reference {
        doc.reference = zoning.date;
    }
    let acronym_defs = extract::acronyms::find(&doc);
    let found = candidates(&mut doc, &acronym_defs, opts);

    // Boilerplate and repeated captions keep their mentions but create no entities.
    let muted: Vec<bool> = found.iter().map(|f| zoning.is_muted(f.tokens.start)).collect();
    let placed: Vec<entities::MentionAt> = found.iter().map(entities::MentionAt::of).collect();
    let (entity_of, mut entities) = entities::group(&doc, &placed, &acronym_defs, &muted);
    drop(placed);
    let quotes = quotes::find(&doc, &zoning, &found, &entity_of, &mut entities);
    let stats = stats(&doc, &zoning);
    // What the mentions need of the tokens, read before the token-level structures go: on a
    // large document those are most of the memory, and the mentions about as much again.
    let sentences: Vec<u32> = found.iter().map(|f| if f.tokens.start < doc.tokens.len() { doc.sentence_of(f.tokens.start) } else { 0 }).collect();
    drop(doc);
    let mentions = found
        .into_iter()
        .zip(entity_of)
        .zip(sentences)
        .map(|((f, entity), sentence)| {
            let zone = zoning.zone_of(f.tokens.start);
            mention(text, f, zone, sentence, entity)
        })
        .collect();

    Report {
        schema: report::SCHEMA.to_owned(),
        source,
        stats,
        mentions,
        entities,
        acronyms: acronym_list(&acronym_defs),
        article: zoning.article,
        quotes,
        warnings,
    }
}

/// [`analyse`] a section of about `section_bytes` at a time, cut at paragraph breaks, whatever
/// the text's length: what `analyse` does for a text of more than 8 MB. Its memory is the
/// text's and the mentions', with one section's tokens at a time; its output is the whole
/// text's but where evidence lies across a section boundary (a quote's speaker named in the
/// paragraph before, an acronym defined in another section). Public for tests.
#[doc(hidden)]
pub fn analyse_in_sections(text: &str, source: Source, warnings: Vec<String>, opts: &Options, section_bytes: usize) -> Report {
    sections::analyse(text, source, warnings, opts, section_bytes)
}

/// The mentions the extractors find in `doc`, overlaps resolved, of the types `opts` wants.
/// The extractors' per-token cache is gone afterwards.
pub(crate) fn candidates(doc: &mut Doc<'_>, acronym_defs: &[extract::acronyms::AcronymDef], opts: &Options) -> Vec<Found> {
    // Room for more candidates than a news text has (about one in six tokens), so that the
    // vector does not grow by doubling on a large document: each doubling holds the old and
    // the new copy at once. Room never written to is not taken from the system.
    let mut found: Vec<Found> = Vec::with_capacity(doc.tokens.len() / 4);
    if opts.wants(MentionType::Person) || opts.wants(MentionType::Organisation) || opts.wants(MentionType::Place) {
        // Names are classified together (one kind's evidence rules out another) and filtered after.
        extract::names::extract(doc, acronym_defs, &mut found);
    }
    // Dates run for figures too: a year is a date, and must not come out as a figure.
    if opts.wants(MentionType::Date) || opts.wants(MentionType::Figure) {
        extract::date::extract(doc, &mut found);
    }
    if opts.wants(MentionType::Figure) {
        extract::figure::extract(doc, &mut found);
    }
    // The later stages hold the candidates and more besides: the extractors' cache goes first.
    doc.forget_word_facts();
    let mut found = resolve::resolve(found);
    found.retain(|f| opts.wants(f.kind));
    found
}

/// The report's mention of candidate `f` of `text` (offsets into `text`). Always inlined:
/// made in place in the mentions' vector, not copied there (a mention is 160 bytes).
#[inline(always)]
pub(crate) fn mention(text: &str, mut f: Found, zone: report::Zone, sentence: u32, entity: Option<usize>) -> Mention {
    Mention {
        zone,
        kind: f.kind,
        text: text[f.start..f.end].to_owned(),
        start: f.cstart,
        end: f.cend,
        byte_start: f.start,
        byte_end: f.end,
        sentence: sentence as usize,
        entity,
        value: f.take_value(),
        rule: Cow::Borrowed(f.rule),
        figure: f.figure,
        date: f.date,
    }
}

/// The acronyms defined, each short form once (its first definition).
pub(crate) fn acronym_list(defs: &[extract::acronyms::AcronymDef]) -> Vec<Acronym> {
    let mut acronyms: Vec<Acronym> = Vec::new();
    for a in defs {
        if !acronyms.iter().any(|x| x.short == a.short) {
            acronyms.push(Acronym { short: a.short.clone(), long: a.long_text.clone() });
        }
    }
    acronyms
}

/// Counts over the article: muted tokens (boilerplate, repeated captions) are left out, and a
/// sentence or paragraph counts when any of its tokens does.
pub(crate) fn stats(doc: &Doc<'_>, zoning: &zones::Zoning) -> Stats {
    let counted = |i: usize| !zoning.is_muted(i);
    let words = (0..doc.tokens.len())
        .filter(|&i| counted(i) && !matches!(doc.tokens[i].kind, TokKind::Punct | TokKind::Symbol))
        .count();
    let mut sentences = 0;
    let mut paragraphs = 0;
    let mut last_paragraph = None;
    for s in &doc.layout.sentences {
        if s.tokens.clone().any(counted) {
            sentences += 1;
            if last_paragraph != Some(s.paragraph) {
                paragraphs += 1;
                last_paragraph = Some(s.paragraph);
            }
        }
    }
    Stats { chars: doc.text.chars().count(), words, sentences, paragraphs }
}

/// Decode raw bytes and analyse them: the whole job for one document.
pub fn analyse_bytes(bytes: &[u8], source: Source, opts: &Options) -> Result<Report, input::DecodeError> {
    analyse_decoded(input::decode(bytes)?, bytes.len(), source, opts)
}

/// [`analyse_bytes`] for bytes the caller gives up (a file just read): UTF-8 text is analysed
/// in place rather than copied.
pub fn analyse_owned_bytes(bytes: Vec<u8>, source: Source, opts: &Options) -> Result<Report, input::DecodeError> {
    Ok(Document::from_bytes(bytes, source)?.analyse(opts))
}

fn analyse_decoded(decoded: input::Decoded, len: usize, source: Source, opts: &Options) -> Result<Report, input::DecodeError> {
    Ok(Document::decoded(decoded, len, source)?.analyse(opts))
}

/// A document decoded and ready to analyse: its text, where it came from, and the decoding's
/// warnings. The command line reads documents into these, and analyses a large one (see
/// [`Document::is_large`]) with [`Document::analyse_large`], whose report is written as its
/// mentions are made.
#[derive(Debug)]
pub struct Document {
    pub text: String,
    pub source: Source,
    pub warnings: Vec<String>,
}

impl Document {
    /// Decode bytes the caller gives up (a file just read): UTF-8 text is kept in place rather
    /// than copied. The source is given the bytes' length and encoding.
    pub fn from_bytes(bytes: Vec<u8>, source: Source) -> Result<Document, input::DecodeError> {
        let len = bytes.len();
        Document::decoded(input::decode_owned(bytes)?, len, source)
    }

    fn decoded(decoded: input::Decoded, len: usize, mut source: Source) -> Result<Document, input::DecodeError> {
        input::check_length(decoded.text.len())?;
        source.bytes = len as u64;
        source.encoding = decoded.encoding.to_owned();
        Ok(Document { text: decoded.text, source, warnings: decoded.warnings })
    }

    /// Whether [`analyse`] reads it in sections: its report is then best made with
    /// [`Document::analyse_large`].
    pub fn is_large(&self) -> bool {
        self.text.len() > sections::SECTIONED_ABOVE
    }

    /// Its report ([`analyse`]).
    pub fn analyse(self, opts: &Options) -> Report {
        analyse(&self.text, self.source, self.warnings, opts)
    }

    /// Its report as [`analyse`] makes it, but with the mentions left to be made one at a time
    /// as they are written ([`LargeReport::mentions`]). On a document of more than 8 MB the
    /// mentions' vector (160 bytes a mention, with a copy of its text and its value beside)
    /// would be several times the text's size; the candidates they are made of are kept in a
    /// few dozen bytes each. A document that is not [`Document::is_large`] is one section:
    /// its report is `analyse`'s too.
    pub fn analyse_large(self, opts: &Options) -> LargeReport {
        self.analyse_in_sections(opts, sections::SECTION_BYTES)
    }

    /// [`Document::analyse_large`] with sections of about `section_bytes`, whatever the text's
    /// length (as [`analyse_in_sections`]). Public for tests.
    #[doc(hidden)]
    pub fn analyse_in_sections(self, opts: &Options, section_bytes: usize) -> LargeReport {
        let analysis = sections::analyse_unmade(&self.text, self.source, self.warnings, opts, section_bytes);
        LargeReport { text: self.text, analysis }
    }
}

/// A document's report whose mentions are made as they are asked for: what
/// [`Document::analyse_large`] gives, written by [`output::write_large`].
pub struct LargeReport {
    text: String,
    analysis: sections::Analysis,
}

impl LargeReport {
    /// The report without its mentions and quotes (its `mentions` and `quotes` are empty).
    pub fn report(&self) -> &Report {
        &self.analysis.report
    }

    /// The report's quotes, in order, each made when it is asked for.
    pub fn quotes(&self) -> impl Iterator<Item = report::Quote> + '_ {
        self.analysis.quotes(&self.text)
    }

    /// The report's mentions, in order, each made when it is asked for.
    pub fn mentions(&self) -> impl Iterator<Item = Mention> + '_ {
        self.analysis.mentions(&self.text)
    }

    /// How many mentions [`LargeReport::mentions`] gives.
    pub fn mention_count(&self) -> usize {
        self.analysis.mention_count()
    }

    /// The whole report, its mentions made (what [`analyse`] gives for the document).
    pub fn into_report(self) -> Report {
        self.analysis.into_report(&self.text)
    }
}
