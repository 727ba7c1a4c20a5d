//! Code point offsets of byte offsets, asked of a mention's two ends when it is made. Tokens
//! carry byte offsets only: on a large document the token vector is most of the memory, and
//! only the few tokens that start or end a mention need a code point offset.

/// Bytes per checkpoint: a question counts at most this many bytes less one.
const BLOCK: usize = 128;

/// The number of code points before every [`BLOCK`]-th byte of a text. An ASCII text needs no
/// table: its code point offsets are its byte offsets.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Entry `k`: code points before byte `k * BLOCK`, for `k` in `0..=text.len() / BLOCK`.
    /// Empty for an ASCII text.
    before_block: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        CharOffsets::knowing_ascii(text, text.is_ascii())
    }

    /// [`new`](Self::new) for a text known to be ASCII or not (`ascii`), as its tokenizer
    /// found.
    pub fn knowing_ascii(text: &'a str, ascii: bool) -> CharOffsets<'a> {
        debug_assert_eq!(ascii, text.is_ascii());
        if ascii {
            return CharOffsets { text, before_block: Vec::new() };
        }
        let mut before_block = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut before = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            before_block.push(before);
            before += code_points(block);
        }
        // The offset of the text's end when it falls on a block boundary.
        if text.len() % BLOCK == 0 {
            before_block.push(before);
        }
        CharOffsets { text, before_block }
    }

    /// The code point offset of byte offset `byte` (a character boundary, at most the
    /// text's length).
    #[inline]
    pub fn of(&self, byte: usize) -> usize {
        if self.before_block.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        self.before_block[block] + code_points(&self.text.as_bytes()[block * BLOCK..byte])
    }
}

/// Code points that start in `bytes`: every byte but UTF-8 continuation bytes (0b10xx_xxxx).
fn code_points(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let offsets = CharOffsets::new(text);
        for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            assert_eq!(offsets.of(byte), text[..byte].chars().count(), "byte {byte} of {} bytes", text.len());
        }
    }

    #[test]
    fn counts_code_points_before_every_boundary() {
        check("");
        check("plain ASCII");
        check("“Café” costs €5 — 中文 🙂");
        // Texts ending on, just before and just after a block boundary.
        for len in [BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK] {
            let mut s: String = "é".repeat(len / 2);
            while s.len() < len {
                s.push('a');
            }
            check(&s);
            check(&"a".repeat(len));
        }
        check(&"ab€🙂".repeat(200));
    }
}
