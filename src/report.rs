//! The report: the output contract, schema `newsdesk/report/1`.
//!
//! Every struct here is serialised as-is; `src/report.schema.json` describes the same shape
//! and `tests/schema.rs` validates real output against it. Add a field here, add it there.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const SCHEMA: &str = "newsdesk/report/1";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub schema: String,
    pub source: Source,
    pub stats: Stats,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    pub acronyms: Vec<Acronym>,
    /// The clipping's structure: publication, headline, byline, dateline, captions, body.
    pub article: Article,
    /// Direct, partial and indirect quotes with their speakers, in text order.
    pub quotes: Vec<Quote>,
    pub warnings: Vec<String>,
}

/// Where the document came from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Source {
    /// File path as given on the command line (or found under a directory); null for stdin.
    pub path: Option<String>,
    /// The `id` of an `--input jsonl` line (string or number, kept as given); null otherwise.
    pub id: Option<Value>,
    /// Size of the raw input in bytes.
    pub bytes: u64,
    /// The encoding the text was decoded from: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`.
    pub encoding: String,
}

/// Counts. `chars` covers the whole decoded text (offsets index it); `words`, `sentences`
/// and `paragraphs` count the article only: tokens in boilerplate zones and in repeated
/// captions are left out, and a sentence or paragraph counts when any of its tokens does.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Stats {
    /// Unicode code points in the decoded text.
    pub chars: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum MentionType {
    Person,
    Organisation,
    Place,
    Date,
    Figure,
}

impl MentionType {
    pub const ALL: [MentionType; 5] = [
        MentionType::Person,
        MentionType::Organisation,
        MentionType::Place,
        MentionType::Date,
        MentionType::Figure,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MentionType::Person => "person",
            MentionType::Organisation => "organisation",
            MentionType::Place => "place",
            MentionType::Date => "date",
            MentionType::Figure => "figure",
        }
    }

    pub fn parse(s: &str) -> Option<MentionType> {
        MentionType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Names are grouped into entities; dates and figures are values, not entities.
    pub fn is_name(self) -> bool {
        matches!(self, MentionType::Person | MentionType::Organisation | MentionType::Place)
    }
}

/// The kind of a figure mention.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Number,
    Money,
    Percent,
    Quantity,
    Fraction,
    Ordinal,
    /// A length of time: "three years", "a decade", "a 10-year bond".
    Duration,
}

impl FigureKind {
    /// The name the report gives it (its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Number => "number",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Quantity => "quantity",
            FigureKind::Fraction => "fraction",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Duration => "duration",
        }
    }
}

/// One span of text the extractors found.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Mention {
    #[serde(rename = "type")]
    pub kind: MentionType,
    pub text: String,
    /// Unicode code point offsets into the decoded text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// UTF-8 byte offsets into the decoded text, end exclusive.
    pub byte_start: usize,
    pub byte_end: usize,
    /// Index of the mention's sentence (0-based) among all the text's sentences, headers and
    /// boilerplate included (`stats.sentences` counts the article's only).
    pub sentence: usize,
    /// Index into `entities` for names; null for dates and figures.
    pub entity: Option<usize>,
    /// Normalised value: a number for figures, a TIMEX3 string for dates, null otherwise.
    pub value: Value,
    /// Which rule produced the mention: a name the code holds (borrowed, no copy per mention)
    /// unless read back from JSON.
    pub rule: Cow<'static, str>,
    /// The part of the clipping the mention lies in.
    pub zone: Zone,
    /// Boxed, like the rest of a mention's optional parts kept small: a large document has
    /// hundreds of thousands of mentions, most of them names.
    #[serde(flatten)]
    pub figure: Option<Box<FigureDetails>>,
    #[serde(flatten)]
    pub date: Option<Box<DateDetails>>,
}

/// Figure-only fields.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FigureDetails {
    #[serde(rename = "kind")]
    pub figure_kind: FigureKind,
    /// Range bounds ("between 20 and 30"), written as the value is ([`number_value`]).
    #[serde(skip_serializing_if = "Option::is_none", default, serialize_with = "bound")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default, serialize_with = "bound")]
    pub high: Option<f64>,
    /// The counted noun ("people") or the unit of measure ("km", "percentage point").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unit: Option<String>,
    /// ISO 4217 code for money.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub currency: Option<String>,
    /// Hedge word(s): "about", "over", "more than", "up to", ...
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub qualifier: Option<String>,
    /// For kind duration: the ISO 8601 duration (P3Y, PT72H; PXY for "for years").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub duration: Option<String>,
}

/// Date-only fields.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DateDetails {
    /// day, week, weekend, month, quarter, half, season, year, fiscal_year, decade, century,
    /// time, part_of_day, vague (PRESENT_REF, PAST_REF), unknown.
    pub grain: String,
    /// True when the value needed the reference date.
    pub relative: bool,
    /// For relative expressions: ISO 8601 offset from the reference ("-P1D" for yesterday).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub offset: Option<String>,
    /// TIMEX3 type: DATE, or TIME when a clock time is given. (Lengths of time, TIMEX3
    /// DURATION, are figures of kind duration.)
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub timex_type: Option<String>,
    /// TIMEX3 mod: START ("early March"), MID, END ("late last year"), APPROX ("about two
    /// years"), MORE_THAN, LESS_THAN, EQUAL_OR_MORE ("at least 72 hours"), EQUAL_OR_LESS.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
}

/// Mentions of one thing, grouped.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    pub id: usize,
    #[serde(rename = "type")]
    pub kind: MentionType,
    /// Canonical name: the fullest form used in the text.
    pub name: String,
    /// Other forms used in the text (surname, acronym, short form).
    pub aliases: Vec<String>,
    /// Number of mentions.
    pub count: usize,
    /// Code point offset of the first mention.
    pub first: usize,
    /// Persons only: the jobs the text gives them ("WIC secretary general", "director of
    /// ITU’s Telecommunication Development Bureau"), in text order, without duplicates.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub roles: Option<Vec<String>>,
}

/// An acronym defined in the text: "World Internet Conference (WIC)".
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Acronym {
    pub short: String,
    pub long: String,
}

/// The record written in place of a report when a document could not be analysed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ErrorRecord {
    pub schema: String,
    pub source: Source,
    pub error: String,
}

/// A figure's number as the text wrote it. A written decimal times a scale carries binary
/// noise ("$4.1 billion" is 4.1 × 10⁹ = 4099999999.9999995 in floating point); figures in news
/// have at most six decimals, so a value is snapped to the nearest millionth (past 9 × 10⁹,
/// where millionths no longer fit a double's integers, to the nearest integer) when that is
/// within a trillionth of it: the noise is ten thousand times smaller.
pub fn as_written(x: f64) -> f64 {
    if !x.is_finite() || x.fract() == 0.0 {
        return x;
    }
    let snapped = if x.abs() < 9.0e9 { (x * 1e6).round() / 1e6 } else { x.round() };
    if (snapped - x).abs() <= x.abs() * 1e-12 {
        snapped
    } else {
        x
    }
}

/// Serialise a range bound as a figure value ([`number_value`]).
fn bound<S: serde::Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(x) => number_value(*x).serialize(s),
        None => s.serialize_none(),
    }
}

/// Serialise a figure value, [as written](as_written): integers as JSON integers
/// (2600000000, not 2600000000.0).
pub fn number_value(x: f64) -> Value {
    let x = as_written(x);
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map(Value::Number).unwrap_or(Value::Null)
    }
}

/// The part of a clipping a token lies in.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    /// The masthead line naming the newspaper ("South China Morning Post", Factiva's SN).
    Publication,
    Headline,
    /// The summary line between headline and byline.
    Standfirst,
    /// Bylines, and reporting/editing credits such as "(Reporting by ...; Editing by ...)".
    Byline,
    /// The dateline ("NAIROBI, March 3 (Reuters) -") and the clipping's own date line.
    Dateline,
    #[default]
    Body,
    Caption,
    /// Export furniture: field labels, word counts, copyright and indexing lines, trailers.
    Boilerplate,
}

impl Zone {
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Publication => "publication",
            Zone::Headline => "headline",
            Zone::Standfirst => "standfirst",
            Zone::Byline => "byline",
            Zone::Dateline => "dateline",
            Zone::Body => "body",
            Zone::Caption => "caption",
            Zone::Boilerplate => "boilerplate",
        }
    }
}

/// A stretch of the text: `text == document[start:end]` (code points), bytes alike.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Span {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// Offsets of a stretch too long to repeat as text (the body).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Extent {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// The clipping's structure. Every field is null (or empty) when the text does not carry it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Article {
    /// The export shape recognised: pressreader, factiva, lexisnexis, wire, plain.
    pub shape: String,
    pub publication: Option<Span>,
    pub headline: Option<Span>,
    pub standfirst: Option<Span>,
    pub section: Option<Span>,
    pub byline: Vec<Byline>,
    pub dateline: Option<Dateline>,
    /// The clipping's date, YYYY-MM-DD, when it carries a full one (a date line, a dated
    /// dateline, a labelled field). Relative dates resolve against it unless a reference date
    /// is given.
    pub date: Option<String>,
    pub captions: Vec<Caption>,
    /// From the first to the last token of the story text (dateline included).
    pub body: Option<Extent>,
}

/// One author or credit; the span is the name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Byline {
    pub name: String,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub email: Option<String>,
    /// What the credit says the person did or is: "reporting", "editing", "Political Editor".
    pub role: Option<String>,
}

/// "NAIROBI, March 3 (Reuters) -": the span covers the whole dateline.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Dateline {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// The place as written: "NAIROBI", "TOKYO/HANOI", "HONG KONG".
    pub place: Option<String>,
    /// TIMEX3 value of the date: 2024-02-11, XXXX-03-03 (no year and no reference date; with
    /// one, the last such day on or before it), XXXX-WXX-2 (a weekday).
    pub date: Option<String>,
    /// The news agency in brackets: "Reuters", "AP".
    pub agency: Option<String>,
}

/// A photo caption; the span covers the caption text after the credit.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Caption {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// "Simon Song" from "?? Photo: Simon Song ??".
    pub credit: Option<String>,
    /// Index of the earlier caption this line repeats (PressReader prints each twice); its
    /// mentions create no entities.
    pub repeat_of: Option<usize>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks that stand as what someone said.
    Direct,
    /// A few quoted words inside the writer's own sentence ("to “pause and rethink” the scheme").
    Partial,
    /// Reported speech without quotation marks: "Ren said the forum would ...".
    Indirect,
}

impl QuoteKind {
    /// The name the report gives it (its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who said what. The span is the quoted words without the outer marks (for indirect speech,
/// the reported clause); a quote over several paragraphs spans all of them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    pub kind: QuoteKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// Index into `entities` of the speaker, when the speaker is a named person or body.
    pub speaker: Option<usize>,
    /// The words naming the speaker at the attribution ("Ren", "he", "the organisers").
    pub speaker_text: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    /// The attribution verb or phrase, lower case: "said", "told", "added", "according to".
    pub cue: Option<String>,
    /// How the speaker was found: after (", Ren said"), before ("said: “"), pronoun, nominal
    /// ("the company said"), same_paragraph (a quote right after an attributed one),
    /// previous_paragraph.
    pub attribution: Option<String>,
    /// Quotes within the quote ('open to everyone').
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub nested: Vec<Span>,
    /// Editorial insertions in square brackets ("[There are people]").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub brackets: Vec<Span>,
}

#[cfg(test)]
impl Quote {
    /// A quote of `kind` over `text` at the offsets given, with no speaker, cue, nested quotes
    /// or brackets: what the tests of the quote stores and writers start from.
    pub(crate) fn unattributed(kind: QuoteKind, text: &str, (start, end): (usize, usize), (byte_start, byte_end): (usize, usize)) -> Quote {
        Quote {
            kind,
            text: text.to_owned(),
            start,
            end,
            byte_start,
            byte_end,
            speaker: None,
            speaker_text: None,
            speaker_start: None,
            speaker_end: None,
            cue: None,
            attribution: None,
            nested: vec![],
            brackets: vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{as_written, number_value};

    #[test]
    fn scaled_decimals_lose_their_binary_noise() {
        assert_eq!(4.1 * 1e9, 4099999999.9999995, "the noise this guards against");
        assert_eq!(number_value(4.1 * 1e9), serde_json::json!(4100000000u64));
        assert_eq!(as_written(4.1 * 1e6), 4100000.0);
        assert_eq!(as_written(0.1 + 0.2), 0.3);
        assert_eq!(as_written(1.2345 * 1e3), 1234.5);
        assert_eq!(as_written(123.456 * 1e12), 123456000000000.0);
    }

    #[test]
    fn values_that_are_not_noise_stay() {
        for x in [1.62, 199.8, 0.000_000_45, 1234567.5, 2.0 / 3.0, -3.25, 9.5e9 + 0.5] {
            assert_eq!(as_written(x), x, "{x}");
        }
    }
}
