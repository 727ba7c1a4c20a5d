//! Printers: one report or error record into the bytes of the chosen format.

use std::borrow::Borrow;
use std::fmt::Write as _;
use std::io;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::report::{ErrorRecord, Mention, Report, Source};
use crate::LargeReport;

mod compact;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Pretty JSON: one report, or an array of reports when there are several documents.
    Json,
    /// JSON Lines: one compact report per line.
    Jsonl,
    /// Tab-separated values: one mention per line (doc, type, start, end, text, value).
    Tsv,
}

/// The outcome for one document.
pub type Record = Result<Report, ErrorRecord>;

pub const TSV_HEADER: &str = "doc\ttype\tstart\tend\ttext\tvalue\n";

/// Render one record. JSON array punctuation is the caller's.
pub fn render(record: &Record, format: Format) -> String {
    String::from_utf8(render_bytes(record, format)).expect("records are UTF-8")
}

/// [`render`] as bytes, ready to write (not checked again as UTF-8).
pub fn render_bytes(record: &Record, format: Format) -> Vec<u8> {
    match (format, record) {
        (Format::Json, Ok(r)) => serde_json::to_vec_pretty(r).expect("report serialises"),
        (Format::Json, Err(e)) => serde_json::to_vec_pretty(e).expect("record serialises"),
        (Format::Jsonl, record) => {
            let mut out = Vec::new();
            match record {
                Ok(r) => compact::report(&mut out, r),
                Err(e) => compact::error_record(&mut out, e),
            }
            out.push(b'\n');
            out
        }
        (Format::Tsv, Ok(r)) => {
            let mut out = Vec::new();
            write_tsv(&mut out, &r.source, r.mentions.iter()).expect("writing to memory does not fail");
            out
        }
        (Format::Tsv, Err(e)) => {
            format!("{}\terror\t\t\t{}\t\n", tsv_field(&doc_name(&e.source)), tsv_field(&e.error)).into_bytes()
        }
    }
}

/// Write one record to `out`: the bytes of [`render_bytes`], but a report in JSON is written
/// as it is rendered, never held whole (as JSON a report is several times the size of its
/// document).
pub fn write_record(out: &mut dyn io::Write, record: &Record, format: Format) -> io::Result<()> {
    match (format, record) {
        (Format::Json, Ok(r)) => Ok(serde_json::to_writer_pretty(out, r)?),
        (Format::Jsonl, Ok(r)) => {
            compact::write_report(out, r)?;
            out.write_all(b"\n")
        }
        (Format::Tsv, Ok(r)) => write_tsv(out, &r.source, r.mentions.iter()),
        _ => out.write_all(&render_bytes(record, format)),
    }
}

/// Write a large document's report to `out` as its mentions are made, one at a time: the bytes
/// [`write_record`] writes for the whole report ([`LargeReport::into_report`]), in every
/// format, without the mentions' vector or the report's output held whole.
pub fn write_large(out: &mut dyn io::Write, large: &LargeReport, format: Format) -> io::Result<()> {
    match format {
        Format::Json => Ok(serde_json::to_writer_pretty(out, &PrettyLarge(large))?),
        Format::Jsonl => {
            compact::write_large(out, large)?;
            out.write_all(b"\n")
        }
        Format::Tsv => write_tsv(out, &large.report().source, large.mentions()),
    }
}

/// A large report serialised as its `Report` is (the derive's fields, in order), with the
/// mentions made as serde asks for them, and the quotes given their texts back.
struct PrettyLarge<'a>(&'a LargeReport);

impl Serialize for PrettyLarge<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.0.report();
        let mut s = serializer.serialize_struct("Report", 9)?;
        s.serialize_field("schema", &r.schema)?;
        s.serialize_field("source", &r.source)?;
        s.serialize_field("stats", &r.stats)?;
        s.serialize_field("mentions", &Mentions(self.0))?;
        s.serialize_field("entities", &r.entities)?;
        s.serialize_field("acronyms", &r.acronyms)?;
        s.serialize_field("article", &r.article)?;
        s.serialize_field("quotes", &Quotes(self.0))?;
        s.serialize_field("warnings", &r.warnings)?;
        s.end()
    }
}

/// A large report's quotes, as a sequence.
struct Quotes<'a>(&'a LargeReport);

impl Serialize for Quotes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.quotes())
    }
}

/// A large report's mentions, as a sequence made one at a time.
struct Mentions<'a>(&'a LargeReport);

impl Serialize for Mentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.mentions())
    }
}

/// How a document is named in TSV: its path, its jsonl id, or "-" for stdin.
pub fn doc_name(s: &crate::report::Source) -> String {
    match (&s.path, &s.id) {
        (_, Some(serde_json::Value::String(id))) => id.clone(),
        (_, Some(id)) => id.to_string(),
        (Some(p), None) => p.clone(),
        (None, None) => "-".to_owned(),
    }
}

/// Tabs and line breaks inside a field would break the columns: escape them as \t \n \r \\.
fn tsv_field(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out
}

/// Bytes of TSV gathered before they are written ([`write_tsv`]).
const TSV_SPILL_AT: usize = 64 * 1024;

/// Write the TSV lines of the mentions of the document from `source` to `out`, a buffer's
/// worth at a time.
fn write_tsv<M: Borrow<Mention>>(out: &mut dyn io::Write, source: &Source, mentions: impl Iterator<Item = M>) -> io::Result<()> {
    let doc = tsv_field(&doc_name(source));
    let mut lines = String::with_capacity(TSV_SPILL_AT + 1024);
    for m in mentions {
        tsv_line(&mut lines, &doc, m.borrow());
        if lines.len() >= TSV_SPILL_AT {
            out.write_all(lines.as_bytes())?;
            lines.clear();
        }
    }
    out.write_all(lines.as_bytes())
}

/// Append the TSV line of mention `m` of document `doc` (its field already escaped).
fn tsv_line(out: &mut String, doc: &str, m: &Mention) {
    let value = match &m.value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => tsv_field(s),
        v => v.to_string(),
    };
    let _ = writeln!(out, "{doc}\t{}\t{}\t{}\t{}\t{value}", m.kind.as_str(), m.start, m.end, tsv_field(&m.text));
}
