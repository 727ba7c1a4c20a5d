//! Texts compared and hashed as if case-folded byte by byte, without a folded copy: the
//! tables of name forms hold pieces of the document and fold them as they are asked.

use std::hash::Hasher;

/// Bytes, and whether each stands for its ASCII fold (`fold`) or for itself.
#[derive(Clone, Copy)]
pub(crate) struct Folded<'a> {
    pub bytes: &'a [u8],
    pub folds: bool,
}

impl Folded<'_> {
    fn byte(self, b: u8, fold: fn(&u8) -> u8) -> u8 {
        if self.folds {
            fold(&b)
        } else {
            b
        }
    }

    /// Whether the two stand for the same bytes, `fold` (`u8::to_ascii_lowercase` or
    /// `u8::to_ascii_uppercase`) applied where a side folds.
    pub fn eq(self, other: Folded<'_>, fold: fn(&u8) -> u8) -> bool {
        self.bytes.len() == other.bytes.len() && self.bytes.iter().zip(other.bytes).all(|(&x, &y)| self.byte(x, fold) == other.byte(y, fold))
    }

    /// Hash the bytes it stands for, eight at a time, then the length.
    pub fn hash<H: Hasher>(self, state: &mut H, fold: fn(&u8) -> u8) {
        for piece in self.bytes.chunks(8) {
            let mut word = [0u8; 8];
            for (to, &b) in word.iter_mut().zip(piece) {
                *to = self.byte(b, fold);
            }
            state.write_u64(u64::from_le_bytes(word));
        }
        state.write_usize(self.bytes.len());
    }
}
