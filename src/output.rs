//! Printers: one report or error record into the bytes of the chosen format.

use std::fmt::Write as _;
use std::io;

use crate::report::{ErrorRecord, Report};

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
        (Format::Tsv, Ok(r)) => tsv(r).into_bytes(),
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
        _ => out.write_all(&render_bytes(record, format)),
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

fn tsv(r: &Report) -> String {
    let doc = tsv_field(&doc_name(&r.source));
    let mut out = String::new();
    for m in &r.mentions {
        let value = match &m.value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => tsv_field(s),
            v => v.to_string(),
        };
        let _ = writeln!(out, "{doc}\t{}\t{}\t{}\t{}\t{value}", m.kind.as_str(), m.start, m.end, tsv_field(&m.text));
    }
    out
}
