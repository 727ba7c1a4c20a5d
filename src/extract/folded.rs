//! Texts compared and hashed as if case-folded byte by byte, without a folded copy: the
//! tables of name forms hold pieces of the document and fold them as they are asked.
//!
//! The bytes are read eight at a time and a whole word is folded in a few instructions
//! ([`Fold::word`]): a byte-by-byte fold through a function pointer was a call per byte at
//! every hash and every comparison of a form.

use std::hash::Hasher;

/// The ASCII case a folding side stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// `u8::to_ascii_lowercase` of every byte.
    Lower,
    /// `u8::to_ascii_uppercase` of every byte.
    Upper,
}

impl Fold {
    /// Eight bytes (little-endian in `w`) with each folded as `u8::to_ascii_lowercase` or
    /// `u8::to_ascii_uppercase` would fold it: the bytes of the other case's letters have
    /// their 0x20 bit flipped, every other byte is kept.
    #[inline]
    fn word(self, w: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let (first, last) = match self {
            Fold::Lower => (b'A', b'Z'),
            Fold::Upper => (b'a', b'z'),
        };
        // Each byte's low seven bits plus a bias: the sum reaches 0x80 (and no further than
        // 0xFF, so no carry into the next byte) exactly when the bits are at least `first`,
        // resp. greater than `last`.
        let low = w & !HIGH;
        let from_first = low + u64::from(0x80 - first) * ONES;
        let past_last = low + u64::from(0x80 - last - 1) * ONES;
        // A letter to fold: from `first`, not past `last`, and an ASCII byte (top bit clear).
        let letters = from_first & !past_last & !w & HIGH;
        w ^ (letters >> 2)
    }
}

/// Bytes, and whether each stands for its ASCII fold or for itself.
#[derive(Clone, Copy)]
pub(crate) struct Folded<'a> {
    pub bytes: &'a [u8],
    pub folds: bool,
}

impl Folded<'_> {
    /// Up to eight bytes as a little-endian word, zero-padded, folded when this side folds
    /// (a zero byte folds to itself). The short last piece is shifted in byte by byte: a
    /// copy of a variable length is a call.
    #[inline]
    fn word(self, piece: &[u8], fold: Fold) -> u64 {
        let w = match <[u8; 8]>::try_from(piece) {
            Ok(eight) => u64::from_le_bytes(eight),
            Err(_) => piece.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b)),
        };
        if self.folds {
            fold.word(w)
        } else {
            w
        }
    }

    /// Whether the two stand for the same bytes, `fold` applied where a side folds.
    #[inline]
    pub fn eq(self, other: Folded<'_>, fold: Fold) -> bool {
        self.bytes.len() == other.bytes.len() && self.bytes.chunks(8).zip(other.bytes.chunks(8)).all(|(x, y)| self.word(x, fold) == other.word(y, fold))
    }

    /// Hash the bytes it stands for, eight at a time (the last piece zero-padded), then the
    /// length.
    #[inline]
    pub fn hash<H: Hasher>(self, state: &mut H, fold: Fold) {
        for piece in self.bytes.chunks(8) {
            state.write_u64(self.word(piece, fold));
        }
        state.write_usize(self.bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folded word is the word of the bytes folded one by one, for every byte value in
    /// every position.
    #[test]
    fn word_folds_as_the_bytes_do() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"aZ@[`{\x7f\x80";
                bytes[at] = b;
                let w = u64::from_le_bytes(bytes);
                assert_eq!(Fold::Upper.word(w), u64::from_le_bytes(bytes.map(|b| b.to_ascii_uppercase())), "{b} at {at}");
                assert_eq!(Fold::Lower.word(w), u64::from_le_bytes(bytes.map(|b| b.to_ascii_lowercase())), "{b} at {at}");
            }
        }
    }

    /// Equality and hashing see the folded bytes, whatever the length.
    #[test]
    fn folded_texts_compare_and_hash_as_their_folds() {
        use std::hash::{BuildHasher, Hash};
        let hasher = rustc_hash::FxBuildHasher;
        let texts = ["", "a", "Acme", "ACME", "Alibaba Group Holding Ltd", "ALIBABA GROUP HOLDING LTD", "Zürich", "ZüRICH", "12345678", "abcdefgh", "ABCDEFGHI"];
        for fold in [Fold::Lower, Fold::Upper] {
            let folded_copy = |t: &str| match fold {
                Fold::Lower => t.to_ascii_lowercase(),
                Fold::Upper => t.to_ascii_uppercase(),
            };
            for a in texts {
                for b in texts {
                    let (x, y) = (Folded { bytes: a.as_bytes(), folds: true }, Folded { bytes: b.as_bytes(), folds: false });
                    assert_eq!(x.eq(y, fold), folded_copy(a) == b, "{a:?} {b:?}");
                }
                // The hash of a folding side is that of its folded copy held as it is, and
                // the same as the byte-by-byte fold hashed eight bytes at a time.
                let copy = folded_copy(a);
                let hash = |f: Folded<'_>| {
                    let mut state = hasher.build_hasher();
                    f.hash(&mut state, fold);
                    std::hash::Hasher::finish(&state)
                };
                assert_eq!(hash(Folded { bytes: a.as_bytes(), folds: true }), hash(Folded { bytes: copy.as_bytes(), folds: false }), "{a:?}");
                let mut state = hasher.build_hasher();
                for piece in copy.as_bytes().chunks(8) {
                    let mut word = [0u8; 8];
                    word[..piece.len()].copy_from_slice(piece);
                    std::hash::Hasher::write_u64(&mut state, u64::from_le_bytes(word));
                }
                copy.len().hash(&mut state);
                assert_eq!(hash(Folded { bytes: a.as_bytes(), folds: true }), std::hash::Hasher::finish(&state), "{a:?}");
            }
        }
    }
}
