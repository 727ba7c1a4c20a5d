//! A candidate's value and figure or date details packed into a few bytes while a large
//! document's candidates wait for their mentions to be written. As built by the extractors
//! they are a boxed JSON value and boxed structs of strings: about two hundred bytes of heap
//! a date or figure, where packed they take about thirty.
//!
//! A packed record is self-delimiting: one byte saying which parts follow, the value, then the
//! figure's fields and the date's, each optional field only when present (a bit of a mask
//! says which). Numbers are kept as they are (the JSON number's own representation, so that it
//! is written the same), strings as a length and their bytes.

use serde_json::{Number, Value};

use crate::report::{DateDetails, FigureDetails, FigureKind};

const HAS_FIGURE: u8 = 1;
const HAS_DATE: u8 = 2;

/// The tags of a packed value.
const NULL: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const UNSIGNED: u8 = 3;
const NEGATIVE: u8 = 4;
const FLOAT: u8 = 5;
const STRING: u8 = 6;
/// An array or object (no extractor makes one): kept as its JSON text.
const JSON: u8 = 7;

/// Figure kinds by their packed number.
const FIGURE_KINDS: [FigureKind; 7] = [
    FigureKind::Number,
    FigureKind::Money,
    FigureKind::Percent,
    FigureKind::Quantity,
    FigureKind::Fraction,
    FigureKind::Ordinal,
    FigureKind::Duration,
];

/// Whether a candidate with these parts needs a packed record (most names have none).
pub(super) fn needed(value: &Value, figure: Option<&FigureDetails>, date: Option<&DateDetails>) -> bool {
    !value.is_null() || figure.is_some() || date.is_some()
}

/// Append the packed record of a candidate's value, figure and date details to `out`.
pub(super) fn pack(out: &mut Vec<u8>, value: &Value, figure: Option<&FigureDetails>, date: Option<&DateDetails>) {
    let parts = if figure.is_some() { HAS_FIGURE } else { 0 } | if date.is_some() { HAS_DATE } else { 0 };
    out.push(parts);
    pack_value(out, value);
    if let Some(f) = figure {
        pack_figure(out, f);
    }
    if let Some(d) = date {
        pack_date(out, d);
    }
}

/// The value, figure and date details of the packed record at the start of `bytes`.
pub(super) fn unpack(bytes: &[u8]) -> (Value, Option<Box<FigureDetails>>, Option<Box<DateDetails>>) {
    let mut r = Reader { bytes, at: 0 };
    let parts = r.byte();
    let value = r.value();
    let figure = (parts & HAS_FIGURE != 0).then(|| Box::new(r.figure()));
    let date = (parts & HAS_DATE != 0).then(|| Box::new(r.date()));
    (value, figure, date)
}

fn pack_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.push(NULL),
        Value::Bool(b) => out.push(if *b { TRUE } else { FALSE }),
        Value::Number(n) => pack_number(out, n),
        Value::String(s) => {
            out.push(STRING);
            pack_str(out, s);
        }
        Value::Array(_) | Value::Object(_) => {
            out.push(JSON);
            pack_str(out, &value.to_string());
        }
    }
}

/// A number in the representation it has (an integral float stays a float: it is written
/// with its ".0").
fn pack_number(out: &mut Vec<u8>, n: &Number) {
    if let Some(x) = n.as_f64().filter(|_| n.is_f64()) {
        out.push(FLOAT);
        out.extend_from_slice(&x.to_le_bytes());
    } else if let Some(u) = n.as_u64() {
        out.push(UNSIGNED);
        pack_len(out, u);
    } else {
        out.push(NEGATIVE);
        out.extend_from_slice(&n.as_i64().expect("a number is a float, an unsigned or a signed integer").to_le_bytes());
    }
}

fn pack_figure(out: &mut Vec<u8>, f: &FigureDetails) {
    let kind = FIGURE_KINDS.iter().position(|&k| k == f.figure_kind).expect("every figure kind is listed");
    out.push(kind as u8);
    let strings = [&f.unit, &f.currency, &f.qualifier, &f.duration];
    let mut present = u8::from(f.low.is_some()) | u8::from(f.high.is_some()) << 1;
    for (k, s) in strings.iter().enumerate() {
        present |= u8::from(s.is_some()) << (2 + k);
    }
    out.push(present);
    for x in [f.low, f.high].into_iter().flatten() {
        out.extend_from_slice(&x.to_le_bytes());
    }
    for s in strings.into_iter().flatten() {
        pack_str(out, s);
    }
}

fn pack_date(out: &mut Vec<u8>, d: &DateDetails) {
    let strings = [&d.offset, &d.timex_type, &d.modifier];
    let mut present = u8::from(d.relative);
    for (k, s) in strings.iter().enumerate() {
        present |= u8::from(s.is_some()) << (1 + k);
    }
    out.push(present);
    pack_str(out, &d.grain);
    for s in strings.into_iter().flatten() {
        pack_str(out, s);
    }
}

fn pack_str(out: &mut Vec<u8>, s: &str) {
    pack_len(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// An unsigned number seven bits a byte, low bits first, the high bit set on all but the last.
fn pack_len(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads a packed record from its start.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> u8 {
        self.at += 1;
        self.bytes[self.at - 1]
    }

    fn eight(&mut self) -> [u8; 8] {
        self.at += 8;
        self.bytes[self.at - 8..self.at].try_into().expect("eight bytes")
    }

    fn len(&mut self) -> u64 {
        let (mut n, mut shift) = (0u64, 0);
        loop {
            let b = self.byte();
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return n;
            }
            shift += 7;
        }
    }

    fn string(&mut self) -> String {
        let len = self.len() as usize;
        self.at += len;
        std::str::from_utf8(&self.bytes[self.at - len..self.at]).expect("packed from a string").to_owned()
    }

    fn strings<const N: usize>(&mut self, present: u8) -> [Option<String>; N] {
        std::array::from_fn(|k| (present & 1 << k != 0).then(|| self.string()))
    }

    fn value(&mut self) -> Value {
        match self.byte() {
            NULL => Value::Null,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            UNSIGNED => Value::Number(Number::from(self.len())),
            NEGATIVE => Value::Number(Number::from(i64::from_le_bytes(self.eight()))),
            FLOAT => Value::Number(Number::from_f64(f64::from_le_bytes(self.eight())).expect("packed from a finite float")),
            STRING => Value::String(self.string()),
            _ => serde_json::from_str(&self.string()).expect("packed from a JSON value"),
        }
    }

    fn figure(&mut self) -> FigureDetails {
        let figure_kind = FIGURE_KINDS[usize::from(self.byte())];
        let present = self.byte();
        let low = (present & 1 != 0).then(|| f64::from_le_bytes(self.eight()));
        let high = (present & 2 != 0).then(|| f64::from_le_bytes(self.eight()));
        let [unit, currency, qualifier, duration] = self.strings(present >> 2);
        FigureDetails { figure_kind, low, high, unit, currency, qualifier, duration }
    }

    fn date(&mut self) -> DateDetails {
        let present = self.byte();
        let grain = self.string();
        let [offset, timex_type, modifier] = self.strings(present >> 1);
        DateDetails { grain, relative: present & 1 != 0, offset, timex_type, modifier }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(value: Value, figure: Option<FigureDetails>, date: Option<DateDetails>) {
        let mut out = vec![9, 9];
        pack(&mut out, &value, figure.as_ref(), date.as_ref());
        out.push(0xff);
        let (v, f, d) = unpack(&out[2..]);
        // The same JSON, not only equal values: a float 2.0 must not come back as 2.
        assert_eq!(serde_json::to_string(&v).unwrap(), serde_json::to_string(&value).unwrap());
        assert_eq!(v, value);
        assert_eq!(f.map(|f| *f), figure);
        assert_eq!(d.map(|d| *d), date);
    }

    #[test]
    fn every_part_comes_back_as_it_was() {
        let values = [
            Value::Null,
            Value::Bool(true),
            Value::Bool(false),
            Value::from(0u64),
            Value::from(127u64),
            Value::from(128u64),
            Value::from(2_600_000_000i64),
            Value::from(u64::MAX),
            Value::from(-5i64),
            Value::from(i64::MIN),
            Value::from(2.0),
            Value::from(-0.25),
            Value::from(1e300),
            Value::from("2024-03-01"),
            Value::from(""),
            Value::from("é \"x\"".repeat(60)),
            serde_json::json!([1, {"a": 2.5}]),
        ];
        let s = |x: &str| Some(x.to_owned());
        let figures = [
            None,
            Some(FigureDetails { figure_kind: FigureKind::Number, low: None, high: None, unit: None, currency: None, qualifier: None, duration: None }),
            Some(FigureDetails { figure_kind: FigureKind::Money, low: Some(20.0), high: None, unit: s("people"), currency: None, qualifier: s("about"), duration: None }),
            Some(FigureDetails { figure_kind: FigureKind::Duration, low: Some(1.5), high: Some(-3.0), unit: s("km"), currency: s("USD"), qualifier: s("more than"), duration: s("P3Y") }),
        ];
        let dates = [
            None,
            Some(DateDetails { grain: "day".into(), relative: false, offset: None, timex_type: None, modifier: None }),
            Some(DateDetails { grain: String::new(), relative: true, offset: s("-P1D"), timex_type: s("TIME"), modifier: s("START") }),
            Some(DateDetails { grain: "year".into(), relative: true, offset: None, timex_type: s("DATE"), modifier: None }),
        ];
        for value in &values {
            for figure in &figures {
                for date in &dates {
                    round_trip(value.clone(), figure.clone(), date.clone());
                }
            }
        }
        for kind in FIGURE_KINDS {
            round_trip(Value::Null, Some(FigureDetails { figure_kind: kind, low: None, high: None, unit: None, currency: None, qualifier: None, duration: None }), None);
        }
    }

    #[test]
    fn only_values_and_details_need_packing() {
        assert!(!needed(&Value::Null, None, None));
        assert!(needed(&Value::from(1), None, None));
    }
}
