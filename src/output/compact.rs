//! Compact JSON (one JSON Lines record) written straight from the report structs: the bytes
//! `serde_json::to_string` writes for them (same key order, skipped fields, escapes and
//! number forms), without serde's per-field calls and its byte-at-a-time string escaping.
//! The serde derives in [`crate::report`] stay the definition of the schema (and write the
//! pretty form); the tests below hold this writer to them, so a field added there and not
//! here fails them.

use std::io;

use serde_json::Value;

use crate::report::{
    number_value, Acronym, Article, Byline, Caption, DateDetails, Dateline, Entity, ErrorRecord, Extent, FigureDetails, Mention,
    MentionType, Quote, Report, Source, Span, Zone,
};
use crate::LargeReport;

/// Append the compact JSON of `r` to `out`.
pub fn report(out: &mut Vec<u8>, r: &Report) {
    // A mention is about 250 bytes of JSON: one allocation up front instead of a dozen
    // doublings (each a copy of everything written so far).
    out.reserve(1024 + 256 * r.mentions.len() + 128 * r.entities.len());
    Writer { out, sink: None }.report(r);
}

/// Bytes gathered before a streamed report is handed on ([`write_report`]).
const SPILL_AT: usize = 64 * 1024;

/// Write the compact JSON of `r` to `to`, a buffer's worth at a time: a large document's
/// report (several times the document's size as JSON) is never held whole.
pub fn write_report(to: &mut dyn io::Write, r: &Report) -> io::Result<()> {
    streamed(to, |w| w.report(r))
}

/// [`write_report`] for a large document's report, its mentions made as they are written:
/// the bytes `write_report` writes for the whole report.
pub fn write_large(to: &mut dyn io::Write, large: &LargeReport) -> io::Result<()> {
    streamed(to, |w| {
        let r = large.report();
        w.head(r);
        w.items(large.mentions(), |w, m| w.mention(&m));
        w.middle(r);
        w.items(large.quotes(), |w, q| w.quote(&q));
        w.end(r);
    })
}

/// Run `write` with a writer that hands its bytes to `to` a buffer's worth at a time.
fn streamed(to: &mut dyn io::Write, write: impl FnOnce(&mut Writer<'_>)) -> io::Result<()> {
    let mut buffer = Vec::with_capacity(2 * SPILL_AT);
    let mut w = Writer { out: &mut buffer, sink: Some(Sink { to, error: None }) };
    write(&mut w);
    w.spill();
    match w.sink.and_then(|s| s.error) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Append the compact JSON of `e` to `out`.
pub fn error_record(out: &mut Vec<u8>, e: &ErrorRecord) {
    let mut w = Writer { out, sink: None };
    w.raw(b"{\"schema\":");
    w.string(&e.schema);
    w.raw(b",\"source\":");
    w.source(&e.source);
    w.raw(b",\"error\":");
    w.string(&e.error);
    w.raw(b"}");
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
    /// Where `out` is emptied into between array items when the report is streamed.
    sink: Option<Sink<'a>>,
}

/// The destination of a streamed report, and the first error writing to it (after which
/// nothing more is written).
struct Sink<'a> {
    to: &'a mut dyn io::Write,
    error: Option<io::Error>,
}

impl Writer<'_> {
    fn report(&mut self, r: &Report) {
        self.head(r);
        self.array(&r.mentions, Writer::mention);
        self.middle(r);
        self.array(&r.quotes, Writer::quote);
        self.end(r);
    }

    /// A report up to its mentions: `{"schema":…,"source":…,"stats":…,"mentions":`.
    fn head(&mut self, r: &Report) {
        self.raw(b"{\"schema\":");
        self.string(&r.schema);
        self.raw(b",\"source\":");
        self.source(&r.source);
        self.raw(b",\"stats\":{\"chars\":");
        self.uint(r.stats.chars);
        self.raw(b",\"words\":");
        self.uint(r.stats.words);
        self.raw(b",\"sentences\":");
        self.uint(r.stats.sentences);
        self.raw(b",\"paragraphs\":");
        self.uint(r.stats.paragraphs);
        self.raw(b"},\"mentions\":");
    }

    /// A report between its mentions and its quotes: `,"entities":…,"quotes":`.
    fn middle(&mut self, r: &Report) {
        self.raw(b",\"entities\":");
        self.array(&r.entities, Writer::entity);
        self.raw(b",\"acronyms\":");
        self.array(&r.acronyms, Writer::acronym);
        self.raw(b",\"article\":");
        self.article(&r.article);
        self.raw(b",\"quotes\":");
    }

    /// A report after its quotes: `,"warnings":…}`.
    fn end(&mut self, r: &Report) {
        self.raw(b",\"warnings\":");
        self.array(&r.warnings, |w, s| w.string(s));
        self.raw(b"}");
    }

    /// Hand what is gathered to the sink, if the report is streamed.
    fn spill(&mut self) {
        if let Some(sink) = &mut self.sink {
            if sink.error.is_none() {
                sink.error = sink.to.write_all(self.out).err();
            }
            self.out.clear();
        }
    }

    /// Punctuation and keys, written as they are.
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn array<T>(&mut self, items: &[T], item: impl FnMut(&mut Self, &T)) {
        self.items(items, item);
    }

    /// A JSON array of `items`, each written by `item`.
    fn items<I: IntoIterator>(&mut self, items: I, mut item: impl FnMut(&mut Self, I::Item)) {
        self.out.push(b'[');
        for (i, x) in items.into_iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            item(self, x);
            if self.sink.is_some() && self.out.len() >= SPILL_AT {
                self.spill();
            }
        }
        self.out.push(b']');
    }

    /// An unsigned integer in decimal (what itoa writes). Always inlined, as [`u64`](Self::u64).
    #[inline(always)]
    fn uint(&mut self, n: usize) {
        self.u64(n as u64);
    }

    /// Offsets, counts and ids mostly have one to four digits: those are written from the
    /// digit-pair table as one copy of known size. Always inlined: a mention writes six
    /// numbers, and the call cost as much as the writing.
    #[inline(always)]
    fn u64(&mut self, n: u64) {
        match n {
            0..=9 => self.out.push(b'0' + n as u8),
            10..=99 => self.out.extend_from_slice(&digit_pair(n)),
            100..=999 => {
                let [tens, ones] = digit_pair(n % 100);
                self.out.extend_from_slice(&[b'0' + (n / 100) as u8, tens, ones]);
            }
            1000..=9999 => {
                let ([a, b], [c, d]) = (digit_pair(n / 100), digit_pair(n % 100));
                self.out.extend_from_slice(&[a, b, c, d]);
            }
            _ => self.long_u64(n),
        }
    }

    /// [`u64`](Self::u64) of five digits or more, out of line.
    #[inline(never)]
    fn long_u64(&mut self, n: u64) {
        self.digits(&Digits::of(n));
    }

    /// Digits already worked out: the whole window is copied, then the unused tail cut off (a
    /// copy of known size is a few moves, where a copy of the digits' length is a memcpy call).
    fn digits(&mut self, d: &Digits) {
        let at = self.out.len();
        self.out.extend_from_slice(&d.window);
        self.out.truncate(at + d.len);
    }

    fn i64(&mut self, n: i64) {
        if n < 0 {
            self.out.push(b'-');
        }
        self.u64(n.unsigned_abs());
    }

    fn number(&mut self, n: &serde_json::Number) {
        if let Some(u) = n.as_u64() {
            self.u64(u);
        } else if let Some(i) = n.as_i64() {
            self.i64(i);
        } else {
            use std::io::Write as _;
            let _ = write!(self.out, "{n}");
        }
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { b"true" } else { b"false" });
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::Null => self.raw(b"null"),
            Value::Bool(b) => self.bool(*b),
            Value::Number(n) => self.number(n),
            Value::String(s) => self.string(s),
            // Only a JSON Lines id can be an array or object (kept as given): rare enough for
            // serde_json to write it.
            Value::Array(_) | Value::Object(_) => {
                serde_json::to_writer(&mut *self.out, v).expect("a JSON value serialises");
            }
        }
    }

    #[inline(always)]
    fn opt_uint(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.uint(n),
            None => self.raw(b"null"),
        }
    }

    fn opt_string(&mut self, s: Option<&String>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw(b"null"),
        }
    }

    /// `,"key":"value"` for a field serde skips when it is None (`key` holds `,"key":`).
    fn skippable_string(&mut self, key: &[u8], s: Option<&String>) {
        if let Some(s) = s {
            self.raw(key);
            self.string(s);
        }
    }

    /// A JSON string, escaped as serde_json escapes: `"` and `\` with a backslash, control
    /// characters as \b \t \n \f \r or else \u00XX (lower-case hex), everything else (DEL,
    /// U+2028 and all non-ASCII) as it is.
    #[inline(always)]
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        // News text rarely holds a byte to escape: one test of the whole string, one copy.
        if has_escapes(bytes) {
            self.escaped_string(bytes);
            return;
        }
        self.out.reserve(bytes.len() + 2);
        self.out.push(b'"');
        self.out.extend_from_slice(bytes);
        self.out.push(b'"');
    }

    /// [`string`](Self::string) for bytes some of which need escaping, one at a time. Kept
    /// out of line: the plain strings' path is then a few moves and a copy.
    #[cold]
    #[inline(never)]
    fn escaped_string(&mut self, bytes: &[u8]) {
        self.out.reserve(bytes.len() + 2);
        self.out.push(b'"');
        for &b in bytes {
            if needs_escape(b) {
                self.escape(b);
            } else {
                self.out.push(b);
            }
        }
        self.out.push(b'"');
    }

    fn escape(&mut self, b: u8) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        match b {
            b'"' => self.raw(b"\\\""),
            b'\\' => self.raw(b"\\\\"),
            b'\x08' => self.raw(b"\\b"),
            b'\t' => self.raw(b"\\t"),
            b'\n' => self.raw(b"\\n"),
            b'\x0c' => self.raw(b"\\f"),
            b'\r' => self.raw(b"\\r"),
            _ => self.raw(&[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]),
        }
    }

    /// `"start":…,"end":…,"byte_start":…,"byte_end":…` (no braces, no leading comma).
    #[inline(always)]
    fn offsets(&mut self, start: usize, end: usize, byte_start: usize, byte_end: usize) {
        self.raw(b"\"start\":");
        self.uint(start);
        self.raw(b",\"end\":");
        self.uint(end);
        self.raw(b",\"byte_start\":");
        self.uint(byte_start);
        self.raw(b",\"byte_end\":");
        self.uint(byte_end);
    }

    fn source(&mut self, s: &Source) {
        self.raw(b"{\"path\":");
        self.opt_string(s.path.as_ref());
        self.raw(b",\"id\":");
        match &s.id {
            Some(id) => self.value(id),
            None => self.raw(b"null"),
        }
        self.raw(b",\"bytes\":");
        self.u64(s.bytes);
        self.raw(b",\"encoding\":");
        self.string(&s.encoding);
        self.raw(b"}");
    }

    /// Inlined into both its callers (a report's mentions and a large report's), as it was
    /// into its one caller before there were two: a call per mention is measurable.
    #[inline(always)]
    fn mention(&mut self, m: &Mention) {
        self.raw(mention_opening(m.kind));
        self.string(&m.text);
        self.raw(b",");
        self.offsets(m.start, m.end, m.byte_start, m.byte_end);
        self.raw(b",\"sentence\":");
        self.uint(m.sentence);
        self.raw(b",\"entity\":");
        self.opt_uint(m.entity);
        // Most mentions are names, whose value is null: written here, not through a call.
        if m.value.is_null() {
            self.raw(b",\"value\":null");
        } else {
            self.raw(b",\"value\":");
            self.value(&m.value);
        }
        self.raw(b",\"rule\":");
        self.string(&m.rule);
        self.raw(zone_field(m.zone));
        if let Some(f) = &m.figure {
            self.figure_details(f);
        }
        if let Some(d) = &m.date {
            self.date_details(d);
        }
        self.raw(b"}");
    }

    /// The figure fields, flattened into the mention (each with its leading comma).
    fn figure_details(&mut self, f: &FigureDetails) {
        self.raw(b",\"kind\":\"");
        self.raw(f.figure_kind.as_str().as_bytes());
        self.raw(b"\"");
        if let Some(low) = f.low {
            self.raw(b",\"low\":");
            self.value(&number_value(low));
        }
        if let Some(high) = f.high {
            self.raw(b",\"high\":");
            self.value(&number_value(high));
        }
        self.skippable_string(b",\"unit\":", f.unit.as_ref());
        self.skippable_string(b",\"currency\":", f.currency.as_ref());
        self.skippable_string(b",\"qualifier\":", f.qualifier.as_ref());
        self.skippable_string(b",\"duration\":", f.duration.as_ref());
    }

    /// The date fields, flattened into the mention (each with its leading comma).
    fn date_details(&mut self, d: &DateDetails) {
        self.raw(b",\"grain\":");
        self.string(&d.grain);
        self.raw(b",\"relative\":");
        self.bool(d.relative);
        self.skippable_string(b",\"offset\":", d.offset.as_ref());
        self.skippable_string(b",\"timex_type\":", d.timex_type.as_ref());
        self.skippable_string(b",\"mod\":", d.modifier.as_ref());
    }

    fn entity(&mut self, e: &Entity) {
        self.raw(b"{\"id\":");
        self.uint(e.id);
        self.raw(b",\"type\":\"");
        self.raw(e.kind.as_str().as_bytes());
        self.raw(b"\",\"name\":");
        self.string(&e.name);
        self.raw(b",\"aliases\":");
        self.array(&e.aliases, |w, s| w.string(s));
        self.raw(b",\"count\":");
        self.uint(e.count);
        self.raw(b",\"first\":");
        self.uint(e.first);
        if let Some(roles) = &e.roles {
            self.raw(b",\"roles\":");
            self.array(roles, |w, s| w.string(s));
        }
        self.raw(b"}");
    }

    fn acronym(&mut self, a: &Acronym) {
        self.raw(b"{\"short\":");
        self.string(&a.short);
        self.raw(b",\"long\":");
        self.string(&a.long);
        self.raw(b"}");
    }

    fn span(&mut self, s: &Span) {
        self.raw(b"{\"text\":");
        self.string(&s.text);
        self.raw(b",");
        self.offsets(s.start, s.end, s.byte_start, s.byte_end);
        self.raw(b"}");
    }

    fn opt_span(&mut self, s: Option<&Span>) {
        match s {
            Some(s) => self.span(s),
            None => self.raw(b"null"),
        }
    }

    fn article(&mut self, a: &Article) {
        self.raw(b"{\"shape\":");
        self.string(&a.shape);
        self.raw(b",\"publication\":");
        self.opt_span(a.publication.as_ref());
        self.raw(b",\"headline\":");
        self.opt_span(a.headline.as_ref());
        self.raw(b",\"standfirst\":");
        self.opt_span(a.standfirst.as_ref());
        self.raw(b",\"section\":");
        self.opt_span(a.section.as_ref());
        self.raw(b",\"byline\":");
        self.array(&a.byline, Writer::byline);
        self.raw(b",\"dateline\":");
        match &a.dateline {
            Some(d) => self.dateline(d),
            None => self.raw(b"null"),
        }
        self.raw(b",\"date\":");
        self.opt_string(a.date.as_ref());
        self.raw(b",\"captions\":");
        self.array(&a.captions, Writer::caption);
        self.raw(b",\"body\":");
        match &a.body {
            Some(b) => self.extent(b),
            None => self.raw(b"null"),
        }
        self.raw(b"}");
    }

    fn byline(&mut self, b: &Byline) {
        self.raw(b"{\"name\":");
        self.string(&b.name);
        self.raw(b",");
        self.offsets(b.start, b.end, b.byte_start, b.byte_end);
        self.raw(b",\"email\":");
        self.opt_string(b.email.as_ref());
        self.raw(b",\"role\":");
        self.opt_string(b.role.as_ref());
        self.raw(b"}");
    }

    fn dateline(&mut self, d: &Dateline) {
        self.raw(b"{\"text\":");
        self.string(&d.text);
        self.raw(b",");
        self.offsets(d.start, d.end, d.byte_start, d.byte_end);
        self.raw(b",\"place\":");
        self.opt_string(d.place.as_ref());
        self.raw(b",\"date\":");
        self.opt_string(d.date.as_ref());
        self.raw(b",\"agency\":");
        self.opt_string(d.agency.as_ref());
        self.raw(b"}");
    }

    fn caption(&mut self, c: &Caption) {
        self.raw(b"{\"text\":");
        self.string(&c.text);
        self.raw(b",");
        self.offsets(c.start, c.end, c.byte_start, c.byte_end);
        self.raw(b",\"credit\":");
        self.opt_string(c.credit.as_ref());
        self.raw(b",\"repeat_of\":");
        self.opt_uint(c.repeat_of);
        self.raw(b"}");
    }

    fn extent(&mut self, e: &Extent) {
        self.raw(b"{");
        self.offsets(e.start, e.end, e.byte_start, e.byte_end);
        self.raw(b"}");
    }

    fn quote(&mut self, q: &Quote) {
        self.raw(b"{\"kind\":\"");
        self.raw(q.kind.as_str().as_bytes());
        self.raw(b"\",\"text\":");
        self.string(&q.text);
        self.raw(b",");
        self.offsets(q.start, q.end, q.byte_start, q.byte_end);
        self.raw(b",\"speaker\":");
        self.opt_uint(q.speaker);
        self.raw(b",\"speaker_text\":");
        self.opt_string(q.speaker_text.as_ref());
        self.raw(b",\"speaker_start\":");
        self.opt_uint(q.speaker_start);
        self.raw(b",\"speaker_end\":");
        self.opt_uint(q.speaker_end);
        self.raw(b",\"cue\":");
        self.opt_string(q.cue.as_ref());
        self.raw(b",\"attribution\":");
        self.opt_string(q.attribution.as_ref());
        if !q.nested.is_empty() {
            self.raw(b",\"nested\":");
            self.array(&q.nested, Writer::span);
        }
        if !q.brackets.is_empty() {
            self.raw(b",\"brackets\":");
            self.array(&q.brackets, Writer::span);
        }
        self.raw(b"}");
    }
}

/// `{"type":"…","text":` for each mention type, written as one piece (three per mention
/// before).
fn mention_opening(kind: MentionType) -> &'static [u8] {
    match kind {
        MentionType::Person => b"{\"type\":\"person\",\"text\":",
        MentionType::Organisation => b"{\"type\":\"organisation\",\"text\":",
        MentionType::Place => b"{\"type\":\"place\",\"text\":",
        MentionType::Date => b"{\"type\":\"date\",\"text\":",
        MentionType::Figure => b"{\"type\":\"figure\",\"text\":",
    }
}

/// `,"zone":"…"` for each zone, written as one piece.
fn zone_field(zone: Zone) -> &'static [u8] {
    match zone {
        Zone::Publication => b",\"zone\":\"publication\"",
        Zone::Headline => b",\"zone\":\"headline\"",
        Zone::Standfirst => b",\"zone\":\"standfirst\"",
        Zone::Byline => b",\"zone\":\"byline\"",
        Zone::Dateline => b",\"zone\":\"dateline\"",
        Zone::Body => b",\"zone\":\"body\"",
        Zone::Caption => b",\"zone\":\"caption\"",
        Zone::Boilerplate => b",\"zone\":\"boilerplate\"",
    }
}

/// Does `bytes` hold a byte a JSON string must escape? Eight bytes are tested at a time.
fn has_escapes(bytes: &[u8]) -> bool {
    let word_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    if bytes.len() < 8 {
        return bytes.iter().any(|&b| ESCAPED[usize::from(b)]);
    }
    let mut words = bytes.chunks_exact(8);
    // The bytes after the last whole word are tested with the last eight bytes (overlapping
    // that word): one more word, not a loop over up to seven bytes.
    words.by_ref().any(|word| escapes_in(u64::from_le_bytes(word.try_into().expect("eight bytes"))) != 0)
        || !words.remainder().is_empty() && escapes_in(word_at(bytes.len() - 8)) != 0
}

/// Nonzero when a byte of `word` (eight string bytes, little-endian) must be escaped: a
/// control character, `"` or `\`. Bit 7 of a byte of the result is set for the lowest such
/// byte; a borrow can also mark bytes above it, never a byte below it, and never a word
/// without one.
fn escapes_in(word: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Bit 7 set where the byte of `x` is below `n` (n <= 0x80).
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
    below(word, 0x20) | below(word ^ (ONES * u64::from(b'"')), 1) | below(word ^ (ONES * u64::from(b'\\')), 1)
}

/// The decimal digits of a number, left-aligned in a fixed window.
#[derive(Clone, Copy)]
struct Digits {
    window: [u8; 20],
    len: usize,
}

impl Digits {
    fn of(n: u64) -> Digits {
        let len = decimal_len(n);
        let mut window = [0u8; 20];
        let mut rest = n;
        let mut end = len;
        // Two digits a step.
        while rest >= 100 {
            let pair = 2 * (rest % 100) as usize;
            rest /= 100;
            end -= 2;
            window[end..end + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        }
        if rest >= 10 {
            let pair = 2 * rest as usize;
            window[..2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        } else {
            window[0] = b'0' + rest as u8;
        }
        Digits { window, len }
    }
}

/// Digits of `n` in decimal.
fn decimal_len(n: u64) -> usize {
    // Offsets and counts mostly have one to four digits.
    match n {
        0..=9 => return 1,
        10..=99 => return 2,
        100..=999 => return 3,
        1000..=9999 => return 4,
        _ => {}
    }
    let mut len = 5;
    let mut bound = 100_000u64;
    while len < 20 && n >= bound {
        len += 1;
        bound = bound.wrapping_mul(10);
    }
    len
}

/// "00" to "99".
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// [`needs_escape`] of every byte, looked up (for strings too short for a word at a time).
const ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = needs_escape(b as u8);
        b += 1;
    }
    t
};

/// The two decimal digits of `n` (below 100).
#[inline]
fn digit_pair(n: u64) -> [u8; 2] {
    let k = 2 * (n % 100) as usize;
    [DIGIT_PAIRS[k], DIGIT_PAIRS[k + 1]]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::*;

    fn compact(r: &Report) -> String {
        let mut out = Vec::new();
        report(&mut out, r);
        String::from_utf8(out).unwrap()
    }

    fn assert_same(r: &Report) {
        assert_eq!(compact(r), serde_json::to_string(r).unwrap());
        assert_eq!(streamed(r), compact(r));
    }

    fn streamed(r: &Report) -> String {
        let mut out = Vec::new();
        write_report(&mut out, r).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A report many times the spill size comes out streamed as it does rendered whole, and
    /// a failing destination ends the stream with its error.
    #[test]
    fn large_reports_stream_as_they_render() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut text = String::new();
        let mut paths: Vec<_> = std::fs::read_dir(root.join("fixtures")).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            text.push_str(&std::fs::read_to_string(path).unwrap());
            text.push_str("\n\n");
        }
        let r = crate::analyse(&text.repeat(4), Source::default(), Vec::new(), &crate::Options::default());
        let whole = compact(&r);
        assert!(whole.len() > 4 * SPILL_AT, "{} bytes", whole.len());
        assert_eq!(streamed(&r), whole);

        struct Broken;
        impl io::Write for Broken {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        assert_eq!(write_report(&mut Broken, &r).unwrap_err().kind(), io::ErrorKind::BrokenPipe);
    }

    /// Strings with every byte the escaping treats specially, in every position of an
    /// eight-byte word.
    fn awkward_strings() -> Vec<String> {
        let mut v: Vec<String> = vec![
            String::new(),
            "plain".into(),
            "\"quoted\" and back\\slash".into(),
            (0u8..0x20).map(char::from).collect(),
            "DEL \x7f, line separator \u{2028}, paragraph \u{2029}, é, 中文, 🙂".into(),
            "a\u{0}b\u{1f}c\u{8}d\u{c}e\r\n\tf".into(),
            "ending in a backslash \\".into(),
            "\"".into(),
        ];
        for special in ['"', '\\', '\n', '\u{1}', '\u{1f}', '\u{7f}', '\u{80}', '\u{2028}'] {
            for pos in 0..17 {
                let mut s: String = "abcdefghijklmnopq".chars().take(pos).collect();
                s.push(special);
                s.push_str("rstuvw");
                v.push(s);
            }
        }
        v
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in awkward_strings() {
            let mut out = Vec::new();
            Writer { out: &mut out, sink: None }.string(&s);
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn strings_with_escapes_are_found() {
        for len in 0..20 {
            for pos in 0..len {
                for b in [b'"', b'\\', b'\n', 0x00, 0x1f] {
                    let mut bytes = vec![b'a'; len];
                    assert!(!has_escapes(&bytes));
                    bytes[pos] = b;
                    assert!(has_escapes(&bytes), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn escapes_are_found_where_serde_json_finds_them() {
        // Every byte value at every position of a word, alone and after an escaped byte.
        for b in 0..=0xffu8 {
            for pos in 0..8 {
                for before in [b'x', b'"', b'\n', 0x80] {
                    let mut bytes = [b'x'; 8];
                    if pos > 0 {
                        bytes[pos - 1] = before;
                    }
                    bytes[pos] = b;
                    let expected = bytes.iter().any(|&c| needs_escape(c));
                    assert_eq!(escapes_in(u64::from_le_bytes(bytes)) != 0, expected, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for x in [0.0, -0.0, 1.0, 2.0, -3.5, 0.1, 1e-7, 1e21, 123456789.125, 2600000000.0, 9.0e15, f64::MAX, f64::MIN_POSITIVE, f64::NAN, f64::INFINITY] {
            let v = number_value(x);
            let mut out = Vec::new();
            Writer { out: &mut out, sink: None }.value(&v);
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&v).unwrap(), "{x}");
        }
        let mut powers: Vec<u64> = (0..20).map(|k| 10u64.pow(k)).collect();
        powers.extend(powers.clone().iter().map(|p| p - 1));
        for n in powers.into_iter().chain([0, 1, 9, 10, 99, 100, 12345, 1_000_001, u64::MAX]) {
            let mut out = Vec::new();
            Writer { out: &mut out, sink: None }.u64(n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
        for n in [i64::MIN, -1, 0, 7, i64::MAX] {
            let mut out = Vec::new();
            Writer { out: &mut out, sink: None }.value(&Value::from(n));
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }

    /// A report with every optional part present (and one with every part absent), with
    /// awkward strings in every string field.
    #[test]
    fn every_field_is_written_as_serde_json_writes_it() {
        for s in awkward_strings() {
            let span = Span { text: s.clone(), start: 1, end: 22, byte_start: 3, byte_end: 44 };
            let full = Report {
                schema: SCHEMA.to_owned(),
                source: Source { path: Some(s.clone()), id: Some(Value::String(s.clone())), bytes: 123, encoding: "utf-8".into() },
                stats: Stats { chars: 1, words: 2, sentences: 3, paragraphs: 4 },
                mentions: vec![
                    Mention {
                        kind: MentionType::Figure,
                        text: s.clone(),
                        start: 5,
                        end: 6,
                        byte_start: 7,
                        byte_end: 8,
                        sentence: 9,
                        entity: None,
                        value: number_value(2.5),
                        rule: s.clone().into(),
                        zone: Zone::Caption,
                        figure: Some(Box::new(FigureDetails {
                            figure_kind: FigureKind::Duration,
                            low: Some(1.0),
                            high: Some(0.25),
                            unit: Some(s.clone()),
                            currency: Some(s.clone()),
                            qualifier: Some(s.clone()),
                            duration: Some(s.clone()),
                        })),
                        date: Some(Box::new(DateDetails {
                            grain: s.clone(),
                            relative: true,
                            offset: Some(s.clone()),
                            timex_type: Some(s.clone()),
                            modifier: Some(s.clone()),
                        })),
                    },
                    Mention {
                        kind: MentionType::Person,
                        text: s.clone(),
                        start: 0,
                        end: 0,
                        byte_start: 0,
                        byte_end: 0,
                        sentence: 0,
                        entity: Some(3),
                        value: Value::String(s.clone()),
                        rule: "r".into(),
                        zone: Zone::Body,
                        figure: Some(Box::new(FigureDetails {
                            figure_kind: FigureKind::Money,
                            low: None,
                            high: None,
                            unit: None,
                            currency: None,
                            qualifier: None,
                            duration: None,
                        })),
                        date: Some(Box::new(DateDetails {
                            grain: "day".into(),
                            relative: false,
                            offset: None,
                            timex_type: None,
                            modifier: None,
                        })),
                    },
                ],
                entities: vec![
                    Entity { id: 0, kind: MentionType::Place, name: s.clone(), aliases: vec![s.clone(), "x".into()], count: 2, first: 5, roles: Some(vec![s.clone()]) },
                    Entity { id: 1, kind: MentionType::Organisation, name: s.clone(), aliases: vec![], count: 1, first: 0, roles: Some(vec![]) },
                ],
                acronyms: vec![Acronym { short: s.clone(), long: s.clone() }],
                article: Article {
                    shape: s.clone(),
                    publication: Some(span.clone()),
                    headline: Some(span.clone()),
                    standfirst: Some(span.clone()),
                    section: Some(span.clone()),
                    byline: vec![Byline { name: s.clone(), start: 1, end: 2, byte_start: 3, byte_end: 4, email: Some(s.clone()), role: Some(s.clone()) }],
                    dateline: Some(Dateline { text: s.clone(), start: 1, end: 2, byte_start: 3, byte_end: 4, place: Some(s.clone()), date: Some(s.clone()), agency: Some(s.clone()) }),
                    date: Some(s.clone()),
                    captions: vec![Caption { text: s.clone(), start: 1, end: 2, byte_start: 3, byte_end: 4, credit: Some(s.clone()), repeat_of: Some(0) }],
                    body: Some(Extent { start: 1, end: 2, byte_start: 3, byte_end: 4 }),
                },
                quotes: vec![Quote {
                    kind: QuoteKind::Partial,
                    text: s.clone(),
                    start: 1,
                    end: 2,
                    byte_start: 3,
                    byte_end: 4,
                    speaker: Some(0),
                    speaker_text: Some(s.clone()),
                    speaker_start: Some(5),
                    speaker_end: Some(6),
                    cue: Some(s.clone()),
                    attribution: Some(s.clone()),
                    nested: vec![span.clone()],
                    brackets: vec![span.clone(), span.clone()],
                }],
                warnings: vec![s.clone(), s.clone()],
            };
            assert_same(&full);
            let mut empty = full.clone();
            empty.source = Source { path: None, id: None, bytes: 0, encoding: String::new() };
            empty.mentions.clear();
            empty.entities.clear();
            empty.acronyms.clear();
            empty.article = Article::default();
            empty.quotes = vec![Quote::unattributed(QuoteKind::Indirect, &s, (1, 2), (3, 4))];
            empty.warnings.clear();
            assert_same(&empty);
        }
    }

    #[test]
    fn every_kind_of_id_is_written_as_serde_json_writes_it() {
        let ids = [
            Value::Null,
            Value::Bool(true),
            Value::from(-12),
            Value::from(12.5),
            Value::from("x\"y"),
            serde_json::json!([1, "a", null, {"b": [2.0]}]),
            serde_json::json!({"z": 1, "a": {"k": "v\n"}}),
        ];
        for id in ids {
            let e = ErrorRecord {
                schema: SCHEMA.to_owned(),
                source: Source { path: Some("p".into()), id: Some(id), bytes: 0, encoding: String::new() },
                error: "line 3: \"bad\"\tinput".into(),
            };
            let mut out = Vec::new();
            error_record(&mut out, &e);
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&e).unwrap());
        }
    }

    /// The mention's pieces written whole hold the names serde writes.
    #[test]
    fn mention_pieces_hold_serde_names() {
        for t in MentionType::ALL {
            assert_eq!(mention_opening(t), format!("{{\"type\":\"{}\",\"text\":", t.as_str()).as_bytes());
        }
        for z in [Zone::Publication, Zone::Headline, Zone::Standfirst, Zone::Byline, Zone::Dateline, Zone::Body, Zone::Caption, Zone::Boilerplate] {
            assert_eq!(zone_field(z), format!(",\"zone\":\"{}\"", z.as_str()).as_bytes());
        }
    }

    /// Every enum value's name as serde writes it.
    #[test]
    fn enum_names_are_serde_names() {
        let name = |v: serde_json::Value| v.as_str().unwrap().to_owned();
        for t in MentionType::ALL {
            assert_eq!(t.as_str(), name(serde_json::to_value(t).unwrap()));
        }
        for k in [FigureKind::Number, FigureKind::Money, FigureKind::Percent, FigureKind::Quantity, FigureKind::Fraction, FigureKind::Ordinal, FigureKind::Duration] {
            assert_eq!(k.as_str(), name(serde_json::to_value(k).unwrap()));
        }
        for k in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect] {
            assert_eq!(k.as_str(), name(serde_json::to_value(k).unwrap()));
        }
        for z in [Zone::Publication, Zone::Headline, Zone::Standfirst, Zone::Byline, Zone::Dateline, Zone::Body, Zone::Caption, Zone::Boilerplate] {
            assert_eq!(z.as_str(), name(serde_json::to_value(z).unwrap()));
        }
    }

    /// Real reports: every fixture and every document of the test corpus.
    #[test]
    fn real_reports_are_written_as_serde_json_writes_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seen = 0;
        for dir in ["fixtures", "tests/corpus", "tests/regressions"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
            let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            for path in paths {
                let bytes = std::fs::read(&path).unwrap();
                let source = Source { path: Some(path.display().to_string()), ..Source::default() };
                if path.extension().is_some_and(|e| e == "jsonl") {
                    for job in crate::batch::jsonl_jobs(&bytes[..], Some(path.clone())) {
                        if let crate::batch::Job::Line { source, text, date, warnings } = job {
                            let opts = crate::Options::default().with_reference(date);
                            assert_same(&crate::analyse(&text, source, warnings, &opts));
                            seen += 1;
                        }
                    }
                } else if let Ok(r) = crate::analyse_bytes(&bytes, source, &crate::Options::default()) {
                    assert_same(&r);
                    seen += 1;
                }
            }
        }
        assert!(seen > 20, "{seen} reports");
    }
}
