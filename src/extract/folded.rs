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
    /// Whether the two stand for the same bytes, `fold` (`u8::to_ascii_lowercase` or
    /// `u8::to_ascii_uppercase`) applied where a side folds. Generic over the fold, so that it
    /// is inlined into the byte loop rather than called through a pointer for every byte.
    #[inline]
    pub fn eq(self, other: Folded<'_>, fold: impl Fn(&u8) -> u8 + Copy) -> bool {
        if self.bytes.len() != other.bytes.len() {
            return false;
        }
        match (self.folds, other.folds) {
            (false, false) => self.bytes == other.bytes,
            (true, false) => other.bytes.iter().zip(self.bytes).all(|(&x, y)| x == fold(y)),
            (false, true) => self.bytes.iter().zip(other.bytes).all(|(&x, y)| x == fold(y)),
            (true, true) => self.bytes.iter().zip(other.bytes).all(|(x, y)| fold(x) == fold(y)),
        }
    }

    /// Hash the bytes it stands for, eight at a time (the last piece zero-padded), then the
    /// length.
    #[inline]
    pub fn hash<H: Hasher>(self, state: &mut H, fold: impl Fn(&u8) -> u8 + Copy) {
        let mut pieces = self.bytes.chunks_exact(8);
        for piece in &mut pieces {
            let word: [u8; 8] = std::array::from_fn(|k| if self.folds { fold(&piece[k]) } else { piece[k] });
            state.write_u64(u64::from_le_bytes(word));
        }
        let rest = pieces.remainder();
        if !rest.is_empty() {
            // Shifted in byte by byte, last first: a copy of a variable length is a call.
            let word = rest.iter().rev().fold(0u64, |w, b| w << 8 | u64::from(if self.folds { fold(b) } else { *b }));
            state.write_u64(word);
        }
        state.write_usize(self.bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// The hash is the one of the folded bytes in pieces of eight, zero-padded, then the
    /// length; equality is that of the folded bytes.
    #[test]
    fn hashes_and_compares_the_folded_bytes() {
        let hasher = rustc_hash::FxBuildHasher;
        let texts = ["", "a", "Acme", "ACME", "acme Corp", "Alibaba Group Holding Ltd", "Zürich", "ZÜRICH", "exactly8", "EXACTLY8"];
        for a in texts {
            for folds in [false, true] {
                let folded: Vec<u8> = a.bytes().map(|b| if folds { b.to_ascii_uppercase() } else { b }).collect();
                let mut want = hasher.build_hasher();
                for piece in folded.chunks(8) {
                    let mut word = [0u8; 8];
                    word[..piece.len()].copy_from_slice(piece);
                    want.write_u64(u64::from_le_bytes(word));
                }
                want.write_usize(folded.len());
                let mut got = hasher.build_hasher();
                Folded { bytes: a.as_bytes(), folds }.hash(&mut got, u8::to_ascii_uppercase);
                assert_eq!(got.finish(), want.finish(), "{a:?} {folds}");
                for b in texts {
                    for other_folds in [false, true] {
                        let other: Vec<u8> = b.bytes().map(|x| if other_folds { x.to_ascii_uppercase() } else { x }).collect();
                        let eq = Folded { bytes: a.as_bytes(), folds }.eq(Folded { bytes: b.as_bytes(), folds: other_folds }, u8::to_ascii_uppercase);
                        assert_eq!(eq, folded == other, "{a:?} {folds} {b:?} {other_folds}");
                    }
                }
            }
        }
    }
}
