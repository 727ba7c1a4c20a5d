//! Word-list lookup tables built at compile time by `src/build.rs`: open addressing over the
//! embedded list text, so a run pays nothing to load a list and a lookup is one hash and a
//! probe or two. Shared by the build script (which lays tables out) and `lexicon` (which reads
//! them); the two must agree on [`hash`] and the slot layout.
#![allow(dead_code)]

/// A slot: key start, key length, value start, value length (u32, little-endian), as offsets
/// into the list's text. A free slot has key start `FREE`.
pub const SLOT: usize = 16;
pub const FREE: u32 = u32::MAX;

/// A fast hash of a short string (FxHash-style over 8-byte words, with a final mix).
#[inline]
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// A table over `text`; `slots` is a power-of-two number of [`SLOT`]-byte slots.
#[derive(Clone, Copy)]
pub struct Table {
    pub text: &'static str,
    pub slots: &'static [u8],
}

#[inline]
fn word(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Table {
    /// The value stored for `key` (the rest of its line after the first tab, "" for none).
    #[inline]
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let n = self.slots.len() / SLOT;
        if n == 0 {
            return None;
        }
        let mask = n - 1;
        let mut i = hash(key.as_bytes()) as usize & mask;
        let text = self.text.as_bytes();
        for _ in 0..n {
            let at = i * SLOT;
            let ks = word(self.slots, at);
            if ks == FREE {
                return None;
            }
            let (ks, kl) = (ks as usize, word(self.slots, at + 4) as usize);
            if kl == key.len() && text.get(ks..ks + kl) == Some(key.as_bytes()) {
                let (vs, vl) = (word(self.slots, at + 8) as usize, word(self.slots, at + 12) as usize);
                return self.text.get(vs..vs + vl);
            }
            i = (i + 1) & mask;
        }
        None
    }

    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The second tab-separated column of the value ("" when there is none).
    #[inline]
    pub fn column(&self, key: &str) -> Option<&'static str> {
        self.get(key).map(|v| v.split('\t').next().unwrap_or(""))
    }
}

/// Lay out a table for `entries` (key and value byte ranges into the text); the first entry
/// of a key wins, so callers that want "last wins" pass entries reversed.
pub fn build(text: &str, entries: &[(std::ops::Range<usize>, std::ops::Range<usize>)]) -> Vec<u8> {
    let n = (entries.len() * 3 / 2 + 1).next_power_of_two().max(8);
    let mask = n - 1;
    let mut slots = vec![0u8; n * SLOT];
    for i in 0..n {
        slots[i * SLOT..i * SLOT + 4].copy_from_slice(&FREE.to_le_bytes());
    }
    let bytes = text.as_bytes();
    for (k, v) in entries {
        let key = &bytes[k.clone()];
        let mut i = hash(key) as usize & mask;
        loop {
            let at = i * SLOT;
            let ks = word(&slots, at);
            if ks == FREE {
                for (j, x) in [k.start, k.len(), v.start, v.len()].into_iter().enumerate() {
                    slots[at + 4 * j..at + 4 * j + 4].copy_from_slice(&(x as u32).to_le_bytes());
                }
                break;
            }
            let (ks, kl) = (ks as usize, word(&slots, at + 4) as usize);
            if &bytes[ks..ks + kl] == key {
                break; // the key is in already: first wins
            }
            i = (i + 1) & mask;
        }
    }
    slots
}
