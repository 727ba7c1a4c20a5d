//! Word-list lookup tables built at compile time by `src/build.rs`: open addressing over the
//! embedded list text, so a run pays nothing to load a list and a lookup is one hash and a
//! probe or two. Shared by the build script (which lays tables out) and `lexicon` (which reads
//! them); the two must agree on [`hash`] and the slot layout.
#![allow(dead_code)]

/// A slot (8 bytes): key start (u32), key length (u8), a tag of 8 hash bits (u8), value
/// length (u16), little-endian, as offsets into the list's text. The value lies right after
/// the key and its tab, or (tables keyed by a later column) right before the key's tab. A
/// free slot has key start `FREE`. Tables are at most a third full, so a miss (most lookups)
/// usually ends at the first or second slot.
pub const SLOT: usize = 8;
pub const FREE: u32 = u32::MAX;
/// Longest key and value a table holds (longer lines are left out, with a build warning).
pub const MAX_KEY: usize = u8::MAX as usize;
pub const MAX_VALUE: usize = u16::MAX as usize;

/// A fast hash of a short string (FxHash-style over 8-byte words, with a final mix).
#[inline]
pub fn hash(key: &[u8]) -> u64 {
    hash_words(key, |w| w)
}

/// [`hash`] of `key` with its ASCII letters in lower case, folded a word at a time as it is
/// hashed (no lower-case copy).
#[inline]
pub fn hash_ascii_lower(key: &[u8]) -> u64 {
    hash_words(key, ascii_lower_word)
}

/// Eight bytes (little-endian in a word) with their ASCII capitals in lower case, all at once:
/// a byte's high bit marks it when it lies in 'A'..='Z' (its low seven bits plus 0x3f carry
/// into the high bit from 'A' on, plus 0x25 from '['), and is not set for bytes that are not
/// ASCII. Each sum stays within its byte.
#[inline]
pub fn ascii_lower_word(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = w & !HIGH;
    let from_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low + 0x2525_2525_2525_2525;
    let capitals = from_a & !past_z & !w & HIGH;
    w | capitals >> 2
}

/// The last 1-7 bytes of a key as a little-endian word, zero-padded: read as two overlapping
/// halves, whose shared bytes are the same (a copy into a buffer was a call to memcpy at
/// every lookup, and a byte-by-byte shift a step per byte).
#[inline]
pub fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!((1..8).contains(&n));
    if n >= 4 {
        let four = |at: usize| u64::from(u32::from_le_bytes([rest[at], rest[at + 1], rest[at + 2], rest[at + 3]]));
        four(0) | four(n - 4) << (8 * (n - 4))
    } else {
        u64::from(rest[0]) | u64::from(rest[n / 2]) << (8 * (n / 2)) | u64::from(rest[n - 1]) << (8 * (n - 1))
    }
}

/// [`hash`] over the words of `key` as `word` maps them.
#[inline]
fn hash_words(key: &[u8], word: impl Fn(u64) -> u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = word(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let w = word(tail_word(rest));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

#[inline]
fn tag(h: u64) -> u8 {
    (h >> 56) as u8
}

/// The two bits of a key's hash in a Bloom filter of `bits` bits (a power of two). Other
/// bits of the hash than the slot index and the tag, so the filter rejects what the first
/// probe would not.
#[inline]
fn bloom_bits(h: u64, bits: usize) -> (usize, usize) {
    let mask = bits - 1;
    ((h >> 24) as usize & mask, (h.rotate_left(21).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask)
}

/// A Bloom filter of the keys in `slots`: eight bits a key, two set per key, so about one
/// absent key in twenty gets through to the table.
pub fn build_bloom(text: &str, slots: &[u8]) -> Vec<u8> {
    let keys = slots.chunks_exact(SLOT).filter(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) != FREE).count();
    let bits = (keys * 8).next_power_of_two().max(64);
    let mut bloom = vec![0u8; bits / 8];
    for s in slots.chunks_exact(SLOT) {
        let ks = u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        if ks == FREE {
            continue;
        }
        let key = &text.as_bytes()[ks as usize..ks as usize + s[4] as usize];
        let (a, b) = bloom_bits(hash(key), bits);
        bloom[a / 8] |= 1 << (a % 8);
        bloom[b / 8] |= 1 << (b % 8);
    }
    bloom
}

/// Bits of an edge-word filter ([`build_edges`]).
pub const EDGE_BITS: usize = 8192;

/// The bit of a lower-case word in an edge-word filter.
#[inline]
pub fn edge_bit(lower: &[u8]) -> usize {
    hash(lower) as usize % EDGE_BITS
}

/// Filters of the first and of the last words (lower case) of multi-word keys, one after the
/// other, [`EDGE_BITS`] bits each: a word whose bit is clear begins (ends) no key, so no
/// phrase starting (ending) with it need be looked up.
pub fn build_edges<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<u8> {
    let mut edges = vec![0u8; 2 * EDGE_BITS / 8];
    for key in keys {
        let lower = key.to_lowercase();
        let first = lower.split(' ').next().unwrap_or("");
        let last = lower.rsplit(' ').next().unwrap_or("");
        for (word, at) in [(first, 0), (last, EDGE_BITS)] {
            let bit = at + edge_bit(word.as_bytes());
            edges[bit / 8] |= 1 << (bit % 8);
        }
    }
    edges
}

/// Bits of the phrase filter ([`build_phrase_filter`]).
pub const PHRASE_BITS: usize = 1 << 19;

/// The bit of a lower-case phrase in the phrase filter.
#[inline]
pub fn phrase_bit(lower: &[u8]) -> usize {
    phrase_bit_of_hash(hash(lower))
}

/// [`phrase_bit`] of a phrase whose [`hash`] is `h`.
#[inline]
pub fn phrase_bit_of_hash(h: u64) -> usize {
    (h >> 13) as usize & (PHRASE_BITS - 1)
}

/// A filter of phrases in lower case, one bit each: a phrase whose bit is clear is, in no
/// case, any of `keys`.
pub fn build_phrase_filter<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<u8> {
    let mut filter = vec![0u8; PHRASE_BITS / 8];
    for key in keys {
        let bit = phrase_bit(key.to_ascii_lowercase().as_bytes());
        filter[bit / 8] |= 1 << (bit % 8);
    }
    filter
}

/// A table over `text`; `slots` is a power-of-two number of [`SLOT`]-byte slots.
#[derive(Clone, Copy)]
pub struct Table {
    pub text: &'static str,
    pub slots: &'static [u8],
    /// Bloom filter of the keys ([`build_bloom`]). Most lookups are of absent keys, and the
    /// big tables (megabytes: common words, surnames, cities) cost a cache miss a probe; the
    /// filters are small enough to stay in cache and turn most absent keys away.
    pub bloom: &'static [u8],
    /// The value is the column before the key (a table keyed by a later column).
    pub value_before_key: bool,
}

impl Table {
    /// The value stored for `key` (the rest of its line after the first tab, "" for none).
    #[inline]
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.get_hashed(key, hash(key.as_bytes()))
    }

    /// [`get`](Self::get) with the key's [`hash`] already worked out (several tables asked
    /// about one key hash it once).
    #[inline]
    pub fn get_hashed(&self, key: &str, h: u64) -> Option<&'static str> {
        self.probe(key.as_bytes(), h, |stored| stored == key.as_bytes())
    }

    /// [`get`](Self::get) of `key` with its ASCII letters in lower case (`to_ascii_lowercase`),
    /// folded as it is hashed and compared: no copy.
    #[inline]
    pub fn get_ascii_lower(&self, key: &str) -> Option<&'static str> {
        let key = key.as_bytes();
        self.probe(key, hash_ascii_lower(key), |stored| stored.iter().zip(key).all(|(&s, k)| s == k.to_ascii_lowercase()))
    }

    /// The value of the key of `h` whose stored bytes `matches` accepts (`key` is asked for its
    /// length only).
    #[inline]
    fn probe(&self, key: &[u8], h: u64, matches: impl Fn(&[u8]) -> bool) -> Option<&'static str> {
        let n = self.slots.len() / SLOT;
        if n == 0 || key.len() > MAX_KEY {
            return None;
        }
        let mask = n - 1;
        let (a, b) = bloom_bits(h, self.bloom.len() * 8);
        if self.bloom[a / 8] & (1 << (a % 8)) == 0 || self.bloom[b / 8] & (1 << (b % 8)) == 0 {
            return None;
        }
        let (want_len, want_tag) = (key.len() as u8, tag(h));
        let mut i = h as usize & mask;
        let text = self.text.as_bytes();
        for _ in 0..n {
            let slot: &[u8; SLOT] = self.slots[i * SLOT..i * SLOT + SLOT].try_into().ok()?;
            let ks = u32::from_le_bytes([slot[0], slot[1], slot[2], slot[3]]);
            if ks == FREE {
                return None;
            }
            if slot[4] == want_len && slot[5] == want_tag {
                let ks = ks as usize;
                if text.get(ks..ks + key.len()).is_some_and(&matches) {
                    let vl = u16::from_le_bytes([slot[6], slot[7]]) as usize;
                    if vl == 0 {
                        return Some("");
                    }
                    let vs = if self.value_before_key { ks.checked_sub(vl + 1)? } else { ks + key.len() + 1 };
                    return self.text.get(vs..vs + vl);
                }
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

/// Lay out a table for `entries` (key and value byte ranges into the text; each value right
/// after its key and a tab, or right before the key and a tab when `value_before_key`); the
/// first entry of a key wins, so callers that want "last wins" pass entries reversed.
/// Returns the slots and the keys left out for being too long.
pub fn build(
    text: &str,
    entries: &[(std::ops::Range<usize>, std::ops::Range<usize>)],
    value_before_key: bool,
) -> (Vec<u8>, Vec<String>) {
    let n = (entries.len() * 3).next_power_of_two().max(8);
    let mask = n - 1;
    let mut slots = vec![0u8; n * SLOT];
    for i in 0..n {
        slots[i * SLOT..i * SLOT + 4].copy_from_slice(&FREE.to_le_bytes());
    }
    let bytes = text.as_bytes();
    let mut skipped = Vec::new();
    for (k, v) in entries {
        let key = &bytes[k.clone()];
        let expected_start = if value_before_key { k.start.wrapping_sub(v.len() + 1) } else { k.end + 1 };
        if key.len() > MAX_KEY || v.len() > MAX_VALUE || (!v.is_empty() && v.start != expected_start) {
            skipped.push(String::from_utf8_lossy(key).into_owned());
            continue;
        }
        let h = hash(key);
        let mut i = h as usize & mask;
        loop {
            let at = i * SLOT;
            let ks = u32::from_le_bytes([slots[at], slots[at + 1], slots[at + 2], slots[at + 3]]);
            if ks == FREE {
                slots[at..at + 4].copy_from_slice(&(k.start as u32).to_le_bytes());
                slots[at + 4] = key.len() as u8;
                slots[at + 5] = tag(h);
                slots[at + 6..at + 8].copy_from_slice(&(v.len() as u16).to_le_bytes());
                break;
            }
            let (ks, kl) = (ks as usize, slots[at + 4] as usize);
            if &bytes[ks..ks + kl] == key {
                break; // the key is in already: first wins
            }
            i = (i + 1) & mask;
        }
    }
    (slots, skipped)
}
