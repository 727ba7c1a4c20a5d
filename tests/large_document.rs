//! A large document is analysed a few megabytes at a time (sections cut at paragraph breaks).
//! These tests cut small texts into small sections through `analyse_in_sections`, the path
//! `analyse` takes for a text of more than 8 MB.

use newsdesk::calendar::Date;
use newsdesk::report::{MentionType, Report, Source};
use newsdesk::{analyse, analyse_in_sections, Options};

/// Paragraphs that each carry all their own evidence: a person named in full, a body, places,
/// dates relative to the clipping's date, figures, and a quote attributed in its own sentence.
const PARAGRAPHS: [&str; 4] = [
    "Maria Lopez, the planning director of Westbay, said on Tuesday that the harbour project would cost $4.5 million and create 300 jobs.",
    "The Westbay Port Authority approved the plan on March 12, 2024, according to a statement from the mayor's office in Portland.",
    "“We are delighted with the outcome,” Lopez said. Work is due to start in Westbay next year, two years later than planned.",
    "About 12 percent of residents in Portland opposed the scheme last month, a survey by Harbourside Research found.",
];

/// A clipping: a headline and a dated dateline, then `n` paragraphs.
fn clipping(n: usize) -> String {
    let mut text = String::from("Harbour project wins approval\n\nWESTBAY, March 14, 2024 (Reuters) - The harbour plan moved ahead.\n\n");
    for k in 0..n {
        text.push_str(PARAGRAPHS[k % PARAGRAPHS.len()]);
        text.push_str("\n\n");
    }
    text
}

fn whole(text: &str) -> Report {
    analyse(text, Source::default(), vec![], &Options::default())
}

fn in_sections(text: &str, section_bytes: usize) -> Report {
    analyse_in_sections(text, Source::default(), vec![], &Options::default(), section_bytes)
}

/// The mentions' offsets slice the text to their text, in code points and in bytes.
fn assert_offsets_slice_text(text: &str, r: &Report) {
    let chars: Vec<char> = text.chars().collect();
    for m in &r.mentions {
        assert_eq!(&text[m.byte_start..m.byte_end], m.text, "{m:?}");
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text, "{m:?}");
    }
    for q in &r.quotes {
        assert_eq!(&text[q.byte_start..q.byte_end], q.text, "{q:?}");
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text, "{q:?}");
    }
}

#[test]
fn sections_find_the_whole_texts_mentions_entities_and_quotes() {
    let text = clipping(60);
    let (a, b) = (whole(&text), in_sections(&text, 1000));
    assert!(b.mentions.len() > 200, "{}", b.mentions.len());
    assert_eq!(a.mentions, b.mentions);
    assert_eq!(a.entities, b.entities);
    assert_eq!(a.quotes, b.quotes);
    assert_eq!(a.stats, b.stats);
    assert_eq!(a.article, b.article);
}

#[test]
fn sectioned_mentions_slice_the_text_and_point_at_entities_in_order() {
    // Not ASCII, so that code point and byte offsets differ; cut anywhere, not only at
    // paragraph breaks.
    let text = clipping(40).replace("Lopez", "López").replace("\n\n", "\n");
    for size in [300, 1000, 4000] {
        let r = in_sections(&text, size);
        assert!(r.mentions.len() > 100);
        assert_offsets_slice_text(&text, &r);
        assert!(r.mentions.iter().filter_map(|m| m.entity).all(|e| e < r.entities.len()));
        assert!(r.quotes.iter().filter_map(|q| q.speaker).all(|e| e < r.entities.len()));
        assert!(r.mentions.windows(2).all(|w| w[0].sentence <= w[1].sentence && w[0].start <= w[1].start));
        assert!(r.mentions.iter().all(|m| m.kind.is_name() == m.entity.is_some() || m.zone == newsdesk::report::Zone::Boilerplate));
        assert_eq!(r.stats.chars, text.chars().count());
    }
}

#[test]
fn every_section_resolves_dates_against_the_first_sections_date() {
    let text = clipping(40);
    let r = in_sections(&text, 1000);
    assert_eq!(r.article.date.as_deref(), Some("2024-03-14"));
    let values = |word: &str| -> Vec<String> {
        r.mentions.iter().filter(|m| m.kind == MentionType::Date && m.text == word).map(|m| m.value.to_string()).collect()
    };
    for word in ["Tuesday", "next year", "last month"] {
        let v = values(word);
        assert!(v.len() >= 10, "{word}: {v:?}");
        assert!(v.iter().all(|x| *x == v[0]), "{word}: {v:?}");
    }
    // A reference date given wins over the clipping's, in every section.
    let opts = Options { reference_date: Date::new(2030, 1, 1), ..Options::default() };
    let r = analyse_in_sections(&text, Source::default(), vec![], &opts, 1000);
    let next: Vec<_> = r.mentions.iter().filter(|m| m.text == "next year").map(|m| m.value.to_string()).collect();
    assert!(next.len() >= 10 && next.iter().all(|v| v == "\"2031\""), "{next:?}");
}

/// Every fixture cut into small sections (breaks anywhere: in headers, labelled fields,
/// captions, quotes) gives mentions and quotes that slice the text, entities in range and
/// the whole text's counts of characters.
#[test]
fn fixtures_in_small_sections_stay_consistent() {
    for (path, text) in fixtures() {
        for size in [64, 250, 1000] {
            let r = in_sections(&text, size);
            assert_offsets_slice_text(&text, &r);
            assert!(r.mentions.iter().filter_map(|m| m.entity).all(|e| e < r.entities.len()), "{path}");
            assert!(r.mentions.windows(2).all(|w| w[0].sentence <= w[1].sentence), "{path}");
            assert!(r.article.captions.iter().filter_map(|c| c.repeat_of).all(|i| i < r.article.captions.len()), "{path}");
            assert_eq!(r.stats.chars, text.chars().count(), "{path}");
        }
    }
}

/// The text fixtures, by name.
fn fixtures() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    texts
}

#[test]
fn one_section_is_the_whole_text() {
    for (path, text) in fixtures() {
        assert_eq!(whole(&text), in_sections(&text, usize::MAX / 2), "{path}");
    }
}

#[test]
fn every_section_takes_the_callers_time_of_day() {
    let text = "Polls close in two hours.\n\n".repeat(20);
    let opts = Options { reference_date: Date::new(2024, 5, 2), reference_time: newsdesk::calendar::TimeOfDay::of_timestamp("2024-05-02T22:30"), ..Options::default() };
    let r = analyse_in_sections(&text, Source::default(), vec![], &opts, 64);
    let dates: Vec<_> = r.mentions.iter().filter(|m| m.kind == MentionType::Date).collect();
    assert_eq!(dates.len(), 20);
    assert!(dates.iter().all(|m| m.value == "2024-05-03T00:30"), "{dates:?}");
}

/// A large document's report written as its mentions are made gives the bytes of the whole
/// report written, in every format: the fixtures and a clipping (not ASCII), cut small.
#[test]
fn a_report_written_as_its_mentions_are_made_is_the_whole_reports_bytes() {
    use newsdesk::output::{write_large, write_record, Format};
    use newsdesk::Document;
    let clipping = clipping(40).replace("Lopez", "López");
    let mut texts = fixtures();
    texts.push(("clipping".to_owned(), clipping));
    for (path, text) in texts {
        for size in [64, 1000] {
            let source = Source { path: Some(path.clone()), id: Some(serde_json::json!(7)), bytes: 3, encoding: "utf-8".into() };
            let document = || Document { text: text.clone(), source: source.clone(), warnings: vec!["a \"warning\"".into()] };
            let report = document().analyse_in_sections(&Options::default(), size).into_report();
            assert_eq!(report, analyse_in_sections(&text, source.clone(), vec!["a \"warning\"".into()], &Options::default(), size));
            let large = document().analyse_in_sections(&Options::default(), size);
            assert!(large.report().mentions.is_empty());
            assert_eq!(large.mention_count(), report.mentions.len());
            for format in [Format::Jsonl, Format::Json, Format::Tsv] {
                let (mut whole, mut streamed) = (Vec::new(), Vec::new());
                write_record(&mut whole, &Ok(report.clone()), format).unwrap();
                write_large(&mut streamed, &large, format).unwrap();
                assert!(whole == streamed, "{path}, {size}, {format:?}");
            }
        }
    }
}
