//! Inputs the fuzzer (tests/fuzz) or the property tests once broke, kept as regression tests:
//! each file under tests/regressions/ (raw bytes, as the fuzzer wrote them) and each inline
//! case must analyse without a panic and keep the report's invariants.

use std::fs;
use std::path::Path;

use newsdesk::report::{Report, Source};
use newsdesk::Options;

/// The invariants the fuzz target asserts.
fn check(text: &str, r: &Report, what: &str) {
    let n_sentences = newsdesk::sentences::split(&newsdesk::tokens::tokenize(text)).sentences.len();
    let mut prev_end = 0;
    for m in &r.mentions {
        assert!(m.byte_start < m.byte_end && m.byte_end <= text.len(), "{what}: {m:?}");
        assert_eq!(&text[m.byte_start..m.byte_end], m.text, "{what}");
        assert_eq!(text[..m.byte_start].chars().count(), m.start, "{what}");
        assert_eq!(m.start + m.text.chars().count(), m.end, "{what}");
        assert!(m.byte_start >= prev_end, "{what}: sorted and disjoint");
        prev_end = m.byte_end;
        assert!(m.sentence < n_sentences, "{what}: sentence {} of {n_sentences}", m.sentence);
        if let Some(e) = m.entity {
            assert!(e < r.entities.len(), "{what}");
            assert_eq!(r.entities[e].kind, m.kind, "{what}");
        }
    }
    serde_json::to_string(r).expect("serialises");
}

fn analyse_bytes(bytes: &[u8], what: &str) {
    let opts = Options::default();
    match newsdesk::input::decode(bytes) {
        Ok(d) => {
            let r = newsdesk::analyse_bytes(bytes, Source::default(), &opts).unwrap();
            check(&d.text, &r, what);
        }
        Err(_) => {
            let text = String::from_utf8_lossy(bytes);
            let r = newsdesk::analyse(&text, Source::default(), Vec::new(), &opts);
            check(&text, &r, what);
        }
    }
}

#[test]
fn every_saved_input_analyses_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for e in fs::read_dir(&dir).unwrap().flatten() {
        let bytes = fs::read(e.path()).unwrap();
        analyse_bytes(&bytes, &e.file_name().to_string_lossy());
        n += 1;
    }
    assert!(n > 0);
}

#[test]
fn inline_cases() {
    let quotes = format!("He said {}Ren Xianliang met Alibaba in Beijing{} and left.", "“‘".repeat(15_000), "’”".repeat(15_000));
    // Long chains of range connectors: each range rule reads the next end once, never recursively.
    let days = format!("{} June", (0..20_000).map(|i| (i % 28 + 1).to_string()).collect::<Vec<_>>().join(" - "));
    let hours = format!("{} pm", (0..20_000).map(|i| (i % 12 + 1).to_string()).collect::<Vec<_>>().join(" to "));
    let cases: &[&[u8]] = &[
        days.as_bytes(),
        hours.as_bytes(),
        // A Factiva header block (HD/BY/WC/PD/ET): boilerplate lines left out of stats.sentences
        // while mentions in them keep their index among all the document's sentences.
        b"HD Lenders back $2.1 billion project\nBY By Kenji Morimoto\nWC 534 words\nPD 16 April 2024\nET      0",
        // 30,000 nested quotes (quadratic once in the sentence splitter).
        quotes.as_bytes(),
        // A text ending in a quarter after a written year (the year rule read the sentence of
        // the token after the date: past the end).
        b"Sales rose in 2023 in Q3",
        b"It fell in the first half of 2023 and the second half",
    ];
    for (k, c) in cases.iter().enumerate() {
        analyse_bytes(c, &format!("case {k}"));
    }
}
