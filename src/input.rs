//! Input & decoding: raw bytes to the text every offset indexes.
//!
//! The decoded text is never normalised (CRLF stays CRLF) so that offsets index exactly the
//! text a reader of the file sees; the report names the encoding in `source.encoding`.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// A decoded document.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub warnings: Vec<String>,
}

/// Why a document was not analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Binary,
    /// Longer than the tokens' 32-bit offsets reach ([`crate::tokens::MAX_DOCUMENT`]).
    TooLarge(usize),
}

/// A text of `len` bytes can be analysed: longer than 4 GiB it cannot (the tokens' offsets
/// are 32-bit), and it is refused with an error record rather than stopping the run.
pub fn check_length(len: usize) -> Result<(), DecodeError> {
    if len > crate::tokens::MAX_DOCUMENT {
        Err(DecodeError::TooLarge(len))
    } else {
        Ok(())
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Binary => write!(f, "binary file (not text): skipped"),
            DecodeError::TooLarge(len) => write!(f, "a document of {len} bytes: at most 4 GiB can be analysed: skipped"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// [`decode`] for bytes the caller gives up: valid UTF-8 without a BOM (nearly every file)
/// becomes the text in place, so a large document is not held twice.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if Encoding::for_bom(&bytes).is_some() || looks_binary(&bytes) {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let mut d = Decoded { text, encoding: "utf-8", warnings: Vec::new() };
            check_controls(&mut d);
            Ok(d)
        }
        Err(e) => decode(e.as_bytes()),
    }
}

/// Decode raw bytes: BOMs first (UTF-8, UTF-16 LE/BE), then UTF-8, then Windows-1252 when
/// the bytes look like a single-byte Western export, else UTF-8 with replacement characters.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut warnings = Vec::new();
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (text, had_errors) = if enc == UTF_16LE || enc == UTF_16BE {
            enc.decode_without_bom_handling(body)
        } else {
            encoding_rs::UTF_8.decode_without_bom_handling(body)
        };
        if had_errors {
            warnings.push(format!("invalid {} sequences replaced with U+FFFD", enc.name()));
        }
        let mut d = Decoded { text: text.into_owned(), encoding: encoding_label(enc), warnings };
        check_controls(&mut d);
        return Ok(d);
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    let mut d = match std::str::from_utf8(bytes) {
        Ok(s) => Decoded { text: s.to_owned(), encoding: "utf-8", warnings },
        Err(_) if looks_single_byte_western(bytes) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            warnings.push("not valid UTF-8: decoded as Windows-1252".to_owned());
            Decoded { text: text.into_owned(), encoding: "windows-1252", warnings }
        }
        Err(_) => {
            warnings.push("invalid UTF-8 sequences replaced with U+FFFD".to_owned());
            Decoded { text: String::from_utf8_lossy(bytes).into_owned(), encoding: "utf-8", warnings }
        }
    };
    check_controls(&mut d);
    Ok(d)
}

fn encoding_label(enc: &'static Encoding) -> &'static str {
    if enc == UTF_16LE {
        "utf-16le"
    } else if enc == UTF_16BE {
        "utf-16be"
    } else {
        "utf-8"
    }
}

/// NUL bytes in the first 8 KiB, or many control bytes, mean a binary file (as grep decides).
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 10 > head.len().max(1)
}

/// Invalid UTF-8 where every high byte stands alone between ASCII bytes is what a Latin-1 or
/// Windows-1252 export looks like; broken UTF-8 has runs of high bytes.
fn looks_single_byte_western(bytes: &[u8]) -> bool {
    let mut high = 0usize;
    let mut run = 0usize;
    let mut long_runs = 0usize;
    for &b in bytes {
        if b >= 0x80 {
            high += 1;
            run += 1;
            if run == 2 {
                long_runs += 1;
            }
        } else {
            run = 0;
        }
    }
    high > 0 && long_runs * 4 <= high
}

/// Control characters other than white space are kept (offsets must not move) but reported.
fn check_controls(d: &mut Decoded) {
    let n = d
        .text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}'))
        .count();
    if n > 0 {
        d.warnings.push(format!("{n} control characters in the text"));
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn documents_over_4_gib_are_refused() {
        assert!(check_length(crate::tokens::MAX_DOCUMENT).is_ok());
        let e = check_length(crate::tokens::MAX_DOCUMENT + 1).unwrap_err();
        assert_eq!(e.to_string(), "a document of 4294967296 bytes: at most 4 GiB can be analysed: skipped");
    }

    use super::*;

    /// Giving the bytes up changes nothing in what comes out.
    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let inputs: [&[u8]; 8] = [
            "café in Zürich".as_bytes(),
            b"\xEF\xBB\xBFcaf\xC3\xA9",
            b"\xFF\xFEh\x00i\x00",
            b"caf\xE9 cr\xE8me, \x93quoted\x94",
            b"bad \xC3\x28 sequence",
            b"\x00\x01\x02\x03binary\x00\x00",
            b"bell \x07 and form feed \x0C",
            b"",
        ];
        for bytes in inputs {
            let (a, b) = (decode(bytes), decode_owned(bytes.to_vec()));
            match (a, b) {
                (Ok(a), Ok(b)) => assert_eq!((a.text, a.encoding, a.warnings), (b.text, b.encoding, b.warnings), "{bytes:?}"),
                (Err(a), Err(b)) => assert_eq!(a, b),
                (a, b) => panic!("{bytes:?}: {a:?} vs {b:?}"),
            }
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("café".as_bytes()).unwrap().text, "café");
        let d = decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("café", "utf-8"));
    }

    #[test]
    fn utf16_with_bom() {
        let d = decode(b"\xFF\xFEh\x00i\x00").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("hi", "utf-16le"));
        let d = decode(b"\xFE\xFF\x00h\x00i").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("hi", "utf-16be"));
    }

    #[test]
    fn windows_1252_fallback() {
        let d = decode(b"caf\xE9 \x93quoted\x94").unwrap();
        assert_eq!(d.text, "café “quoted”");
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"\x7fELF\x02\x01\x00\x00").unwrap_err(), DecodeError::Binary);
    }

    #[test]
    fn empty_is_text() {
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
