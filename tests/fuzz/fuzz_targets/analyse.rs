//! Fuzz target: raw bytes through decoding and the whole analysis, as a file would go.
//! Checks the invariants of the report contract, so a wrong offset is a crash too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdesk::report::Source;
use newsdesk::Options;

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    // Text as a file would give it; a "binary" input (NUL bytes) goes in as text all the same,
    // as a jsonl line with "\u0000" would.
    let (text, report) = match newsdesk::input::decode(data) {
        Ok(d) => {
            let report = newsdesk::analyse_bytes(data, Source::default(), &opts).expect("decodes twice alike");
            (d.text, report)
        }
        Err(_) => {
            let text = String::from_utf8_lossy(data).into_owned();
            let report = newsdesk::analyse(&text, Source::default(), Vec::new(), &opts);
            (text, report)
        }
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Sentence indices index the document's sentences (stats.sentences counts only those of
    // the article proper, without boilerplate).
    let n_sentences = newsdesk::sentences::split(&newsdesk::tokens::tokenize(&text)).sentences.len();
    let cp_to_byte = |cp: usize| if cp == chars.len() { text.len() } else { chars[cp].0 };
    let mut prev_end = 0usize;
    for m in &report.mentions {
        assert!(m.byte_start < m.byte_end && m.byte_end <= text.len(), "byte offsets in range");
        assert!(text.is_char_boundary(m.byte_start) && text.is_char_boundary(m.byte_end));
        assert_eq!(&text[m.byte_start..m.byte_end], m.text, "text is the slice");
        assert!(m.end <= chars.len());
        assert_eq!(cp_to_byte(m.start), m.byte_start, "code point and byte starts agree");
        assert_eq!(cp_to_byte(m.end), m.byte_end, "code point and byte ends agree");
        assert!(m.byte_start >= prev_end, "sorted, not overlapping");
        prev_end = m.byte_end;
        assert!(m.sentence < n_sentences.max(1), "sentence index valid");
        if let Some(e) = m.entity {
            assert!(e < report.entities.len(), "entity index valid");
            assert_eq!(report.entities[e].kind, m.kind, "entity of the mention's type");
        }
    }
    // Quotes and article spans: inside the text, text == slice, offsets agree.
    let mut spans: Vec<(&str, usize, usize, usize, usize)> = Vec::new();
    for q in &report.quotes {
        spans.push((q.text.as_str(), q.start, q.end, q.byte_start, q.byte_end));
        for n in q.nested.iter().chain(&q.brackets) {
            spans.push((n.text.as_str(), n.start, n.end, n.byte_start, n.byte_end));
        }
        if let Some(s) = q.speaker {
            assert!(s < report.entities.len(), "quote speaker valid");
        }
    }
    let a = &report.article;
    for s in [&a.publication, &a.headline, &a.standfirst, &a.section].into_iter().flatten() {
        spans.push((s.text.as_str(), s.start, s.end, s.byte_start, s.byte_end));
    }
    for b in &a.byline {
        spans.push((b.name.as_str(), b.start, b.end, b.byte_start, b.byte_end));
    }
    for (t, start, end, bs, be) in spans {
        assert!(bs <= be && be <= text.len() && text.is_char_boundary(bs) && text.is_char_boundary(be));
        assert_eq!(&text[bs..be], t, "span text is the slice");
        assert!(end <= chars.len());
        assert_eq!((cp_to_byte(start), cp_to_byte(end)), (bs, be), "span offsets agree");
    }
    serde_json::to_string(&report).expect("serialises");
});
