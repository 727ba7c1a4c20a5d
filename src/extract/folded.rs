//! Texts compared and hashed as if case-folded byte by byte, without a folded copy: the
//! tables of name forms hold pieces of the document and fold them as they are asked.

use std::hash::Hasher;

use crate::lexicon;

/// Bytes, and whether each stands for its ASCII fold (`fold`) or for itself.
#[derive(Clone, Copy)]
pub(crate) struct Folded<'a> {
    pub bytes: &'a [u8],
    pub folds: bool,
}

impl Folded<'_> {
    /// Whether the two stand for the same bytes, `fold` (`u8::to_ascii_lowercase` or
    /// `u8::to_ascii_uppercase`) applied where a side folds: the byte-by-byte reading of
    /// [`eq_upper`](Self::eq_upper), which the tables use.
    #[cfg(test)]
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
    /// length: the byte-by-byte reading of [`hash_upper`](Self::hash_upper), which the tables
    /// use.
    #[cfg(test)]
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

impl Folded<'_> {
    /// [`eq`](Self::eq) with `u8::to_ascii_uppercase` as the fold, eight bytes at a time
    /// ([`ascii_upper_word`]).
    #[inline]
    pub fn eq_upper(self, other: Folded<'_>) -> bool {
        if self.bytes.len() != other.bytes.len() {
            return false;
        }
        if !self.folds && !other.folds {
            return self.bytes == other.bytes;
        }
        let (mut mine, mut theirs) = (self.bytes.chunks_exact(8), other.bytes.chunks_exact(8));
        let same = |a: u64, b: u64| self.fold_word(a) == other.fold_word(b);
        if !(&mut mine).zip(&mut theirs).all(|(a, b)| same(word_of(a), word_of(b))) {
            return false;
        }
        let (rest, other_rest) = (mine.remainder(), theirs.remainder());
        rest.is_empty() || same(lexicon::tail_word(rest), lexicon::tail_word(other_rest))
    }

    /// [`hash`](Self::hash) with `u8::to_ascii_uppercase` as the fold, eight bytes at a time
    /// ([`ascii_upper_word`]): the same hash.
    #[inline]
    pub fn hash_upper<H: Hasher>(self, state: &mut H) {
        let mut pieces = self.bytes.chunks_exact(8);
        for piece in &mut pieces {
            state.write_u64(self.fold_word(word_of(piece)));
        }
        let rest = pieces.remainder();
        if !rest.is_empty() {
            // Zero-padded: a zero byte folds to itself.
            state.write_u64(self.fold_word(lexicon::tail_word(rest)));
        }
        state.write_usize(self.bytes.len());
    }

    /// Eight of the bytes (a little-endian word) as they stand: in ASCII upper case if they
    /// fold.
    #[inline]
    fn fold_word(self, word: u64) -> u64 {
        if self.folds {
            ascii_upper_word(word)
        } else {
            word
        }
    }
}

/// Eight bytes as a little-endian word.
#[inline]
fn word_of(piece: &[u8]) -> u64 {
    u64::from_le_bytes([piece[0], piece[1], piece[2], piece[3], piece[4], piece[5], piece[6], piece[7]])
}

/// Eight bytes (little-endian in a word) with their ASCII lower-case letters in upper case,
/// all at once (`u8::to_ascii_uppercase` of each): a byte's high bit marks it when it lies in
/// 'a'..='z' (its low seven bits plus 0x1f carry into the high bit from 'a' on, plus 0x05
/// from '{'), and is not set for bytes that are not ASCII. Each sum stays within its byte.
#[inline]
pub(crate) fn ascii_upper_word(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = w & !HIGH;
    let from_a = low + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = low + 0x0505_0505_0505_0505;
    let lowers = from_a & !past_z & !w & HIGH;
    w & !(lowers >> 2)
}

#[cfg(test)]
mod upper_tests {
    use super::*;
    use std::hash::BuildHasher;

    /// The word-at-a-time upper-case fold is `u8::to_ascii_uppercase` of every byte.
    #[test]
    fn upper_word_folds_every_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let word = 0x4161_7a5b_7b60_e9c3u64 & !(0xff << (8 * at)) | u64::from(b) << (8 * at);
                let want = u64::from_le_bytes(word.to_le_bytes().map(|x| x.to_ascii_uppercase()));
                assert_eq!(ascii_upper_word(word), want, "{b:#x} at {at}");
            }
        }
    }

    /// [`Folded::eq_upper`] and [`Folded::hash_upper`] agree with the byte-by-byte forms.
    #[test]
    fn upper_forms_agree_with_the_byte_forms() {
        let hasher = rustc_hash::FxBuildHasher;
        let texts = ["", "a", "Acme", "ACME", "acme Corp", "ACME CORP", "Alibaba Group Holding Ltd", "ALIBABA GROUP HOLDING LTD", "Zürich", "ZÜRICH", "exactly8", "EXACTLY8", "{[`@az]}", "{[`@AZ]}"];
        for a in texts {
            for folds in [false, true] {
                let x = Folded { bytes: a.as_bytes(), folds };
                let (mut want, mut got) = (hasher.build_hasher(), hasher.build_hasher());
                x.hash(&mut want, u8::to_ascii_uppercase);
                x.hash_upper(&mut got);
                assert_eq!(got.finish(), want.finish(), "{a:?} {folds}");
                for b in texts {
                    for other_folds in [false, true] {
                        let y = Folded { bytes: b.as_bytes(), folds: other_folds };
                        assert_eq!(x.eq_upper(y), x.eq(y, u8::to_ascii_uppercase), "{a:?} {folds} {b:?} {other_folds}");
                    }
                }
            }
        }
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
