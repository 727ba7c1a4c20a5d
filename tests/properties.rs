//! Property tests (issue 8): over arbitrary Unicode text — combining marks, right-to-left
//! scripts, emoji with joiners, NUL, lone CR, U+2028, very long lines — the analysis never
//! panics, and the report keeps its contract: every mention lies inside the text on character
//! boundaries with text == the slice, byte and code point offsets agree, mentions are sorted
//! and do not overlap, entity and sentence indices are valid, and the JSON validates against
//! src/report.schema.json. The same holds for raw bytes through decoding (UTF-16 with BOM,
//! Windows-1252, CRLF): offsets index the decoded text.
//!
//! `PROPTEST_CASES=5000 cargo test --release --test properties` for a longer run.

use std::sync::LazyLock;

use newsdesk::report::{Report, Source};
use newsdesk::Options;
use proptest::prelude::*;
use serde_json::Value;

static SCHEMA: LazyLock<jsonschema::JSONSchema> = LazyLock::new(|| {
    let schema: Value = serde_json::from_str(include_str!("../src/report.schema.json")).unwrap();
    jsonschema::JSONSchema::compile(&schema).expect("schema compiles")
});

/// Pieces news text and hostile text are made of; glued with or without white space.
const PIECES: &[&str] = &[
    "Beijing", "China", "Ren Xianliang", "Mr.", "Dr.", "J.", "K.", "U.S.", "ITU's", "Alibaba’s", "WIC", "(WIC)",
    "World Internet Conference", "the", "said", "of", "and", "in", "on", "April", "16", "2024", "next month",
    "yesterday", "2.6", "billion", "1,250", "US$1.2", "HK$300", "£5", "¥20", "3.5%", "per cent", "one-third",
    "over", "about", "between", "to", "-", "–", "—", ".", ",", ";", ":", "!", "?", "…", "“", "”", "‘", "’", "\"",
    "'", "(", ")", "[", "]", "\n", "\n\n", "\r", "\r\n", "\t", "\u{2028}", "\u{2029}", "\u{0}", "\u{85}",
    "\u{feff}", "e\u{301}", "\u{301}\u{302}\u{303}", "مرحبا", "שלום", "\u{202e}abc\u{202c}", "👩‍👩‍👧", "🇬🇧",
    "1️⃣", "Zoë", "İstanbul", "ß", "ǅ", "ﬁ", "Ⅻ", "٣", "１２", "https://www.scmp.com/x.", "a@b.cn",
    "Inc.", "Ltd", "Co.", "Group", "Holdings", "University", "President", "Xi Jinping", "MONDAY", "BEIJING —",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        1 => "[A-Z][a-z]{0,8}",
        1 => "[0-9]{1,12}",
        1 => "\\PC{1,6}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        // News-like: pieces with mostly single spaces.
        8 => prop::collection::vec((piece(), prop::sample::select(&["", " ", " ", " ", "\n"][..])), 0..120)
            .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect()),
        // Anything at all.
        2 => any::<String>(),
        // A long line: one piece repeated, with or without spaces.
        1 => (piece(), 500usize..4000, any::<bool>())
            .prop_map(|(p, n, space)| if space { vec![p; n].join(" ") } else { p.repeat(n) }),
    ]
}

/// Every invariant of the report contract, for the text the offsets index.
fn check(text: &str, r: &Report) -> Result<(), TestCaseError> {
    let n_chars = text.chars().count();
    prop_assert_eq!(r.stats.chars, n_chars);
    // Sentence indices index the document's sentences; stats.sentences counts only those of
    // the article proper (boilerplate left out), so it can be smaller.
    let n_sentences = newsdesk::sentences::split(&newsdesk::tokens::tokenize(text)).sentences.len();
    prop_assert!(r.stats.sentences <= n_sentences);
    let mut prev_end = 0usize;
    for (k, m) in r.mentions.iter().enumerate() {
        prop_assert!(m.byte_start < m.byte_end, "mention {} empty or reversed: {:?}", k, m);
        prop_assert!(m.byte_end <= text.len(), "mention {} past the end", k);
        prop_assert!(text.is_char_boundary(m.byte_start) && text.is_char_boundary(m.byte_end), "mention {} off a char boundary", k);
        prop_assert_eq!(&text[m.byte_start..m.byte_end], m.text.as_str(), "mention {}: text is the slice", k);
        prop_assert_eq!(text[..m.byte_start].chars().count(), m.start, "mention {}: code point start", k);
        prop_assert_eq!(m.start + m.text.chars().count(), m.end, "mention {}: code point end", k);
        prop_assert!(m.byte_start >= prev_end, "mention {} overlaps or is out of order", k);
        prev_end = m.byte_end;
        prop_assert!(m.sentence < n_sentences, "mention {}: sentence {} of {}", k, m.sentence, n_sentences);
        if let Some(e) = m.entity {
            prop_assert!(e < r.entities.len(), "mention {}: entity {} of {}", k, e, r.entities.len());
            prop_assert_eq!(r.entities[e].kind, m.kind, "mention {}: entity of another type", k);
        }
    }
    // Every other span the report gives: quotes (with nested spans and brackets), the
    // article's headline and the like, bylines.
    let mut spans: Vec<(&str, &str, usize, usize, usize, usize)> = Vec::new();
    for q in &r.quotes {
        spans.push(("quote", q.text.as_str(), q.start, q.end, q.byte_start, q.byte_end));
        for n in q.nested.iter().chain(&q.brackets) {
            spans.push(("quote part", n.text.as_str(), n.start, n.end, n.byte_start, n.byte_end));
        }
        if let Some(s) = q.speaker {
            prop_assert!(s < r.entities.len(), "quote speaker {} of {}", s, r.entities.len());
        }
        if let (Some(a), Some(b)) = (q.speaker_start, q.speaker_end) {
            prop_assert!(a <= b && b <= n_chars, "speaker offsets {}..{}", a, b);
        }
    }
    let a = &r.article;
    for s in [&a.publication, &a.headline, &a.standfirst, &a.section].into_iter().flatten() {
        spans.push(("article", s.text.as_str(), s.start, s.end, s.byte_start, s.byte_end));
    }
    for b in &a.byline {
        spans.push(("byline", b.name.as_str(), b.start, b.end, b.byte_start, b.byte_end));
    }
    for (what, t, start, end, bs, be) in spans {
        prop_assert!(bs <= be && be <= text.len(), "{} past the end", what);
        prop_assert!(text.is_char_boundary(bs) && text.is_char_boundary(be), "{} off a char boundary", what);
        prop_assert_eq!(&text[bs..be], t, "{}: text is the slice", what);
        prop_assert_eq!(text[..bs].chars().count(), start, "{}: code point start", what);
        prop_assert_eq!(start + t.chars().count(), end, "{}: code point end", what);
    }
    for (i, e) in r.entities.iter().enumerate() {
        prop_assert_eq!(e.id, i, "entity ids are their indices");
        prop_assert!(e.first <= n_chars);
    }
    let json = serde_json::to_value(r).expect("serialises");
    if let Err(errors) = SCHEMA.validate(&json) {
        let msgs: Vec<String> = errors.map(|e| format!("{} at {}", e, e.instance_path)).collect();
        return Err(TestCaseError::fail(format!("schema: {}", msgs.join("; "))));
    }
    Ok(())
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES sets another number.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text_keeps_the_contract(text in text()) {
        let r = newsdesk::analyse(&text, Source::default(), Vec::new(), &Options::default());
        check(&text, &r)?;
    }

    #[test]
    fn one_type_at_a_time(text in text(), k in 0usize..5) {
        let t = newsdesk::report::MentionType::ALL[k];
        let opts = Options { types: vec![t], ..Options::default() };
        let r = newsdesk::analyse(&text, Source::default(), Vec::new(), &opts);
        check(&text, &r)?;
        prop_assert!(r.mentions.iter().all(|m| m.kind == t));
    }

    #[test]
    fn any_bytes_index_the_decoded_text(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(d) = newsdesk::input::decode(&bytes) {
            let r = newsdesk::analyse_bytes(&bytes, Source::default(), &Options::default()).expect("decodes");
            prop_assert_eq!(r.source.encoding.as_str(), d.encoding);
            check(&d.text, &r)?;
        }
    }

    /// The same text as UTF-16 LE and BE with a BOM decodes to itself, and the offsets are
    /// those of the UTF-8 analysis.
    #[test]
    fn utf16_with_bom_gives_the_same_offsets(text in text()) {
        let utf8 = newsdesk::analyse(&text, Source::default(), Vec::new(), &Options::default());
        for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
            let mut bytes = bom.to_vec();
            for u in text.encode_utf16() {
                bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let d = newsdesk::input::decode(&bytes).expect("UTF-16 with a BOM is text");
            prop_assert_eq!(&d.text, &text);
            let r = newsdesk::analyse_bytes(&bytes, Source::default(), &Options::default()).unwrap();
            prop_assert_eq!(r.source.encoding.as_str(), if le { "utf-16le" } else { "utf-16be" });
            check(&d.text, &r)?;
            let spans = |r: &Report| r.mentions.iter().map(|m| (m.start, m.end, m.byte_start, m.byte_end)).collect::<Vec<_>>();
            prop_assert_eq!(spans(&r), spans(&utf8));
        }
    }

    /// Windows-1252 exports: detected when every high byte stands alone; whatever the detector
    /// decides, offsets index the decoded text.
    #[test]
    fn single_byte_exports_index_the_decoded_text(text in "[ -~\u{e9}\u{fc}\u{e0}\u{2019}\u{201c}\u{201d}\u{20ac}\r\n]{0,400}") {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let d = newsdesk::input::decode(&bytes).expect("text");
        // Every high byte alone between ASCII bytes: clearly a single-byte export.
        let isolated = !bytes.windows(2).any(|w| w[0] >= 0x80 && w[1] >= 0x80);
        if !text.is_ascii() && isolated && std::str::from_utf8(&bytes).is_err() {
            prop_assert_eq!(d.encoding, "windows-1252");
            prop_assert_eq!(&d.text, &text);
        }
        let r = newsdesk::analyse_bytes(&bytes, Source::default(), &Options::default()).unwrap();
        check(&d.text, &r)?;
    }
}
