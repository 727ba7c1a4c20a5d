//! Runs every example corpus under tests/corpus/: one case a line, input and expected output.
//!
//! File names say which mention type a file pins: `figure_*.jsonl` checks figures,
//! `date_*.jsonl` dates, `person*.jsonl` / `organisation*.jsonl` / `place*.jsonl` names.
//! A line is `{"text": "...", "ref": "YYYY-MM-DD"?, "expect": [{"span": "...", key: value...}]}`;
//! blank lines and lines starting with `#` are comments. The mentions of the file's type must be
//! exactly the expected spans (listed in text order: each is looked for after the previous one),
//! and every other key of an expected item must equal the mention's field of that name
//! (numbers compared with a relative tolerance of 1e-6). `"expect": []` pins a negative case.
//! `"nth": k` on an item picks the k-th occurrence of its span text.

use std::fs;
use std::path::Path;

use newsdesk::calendar::Reference;
use newsdesk::report::{MentionType, Source};
use newsdesk::{analyse, Options};
use serde_json::Value;

fn type_of_file(name: &str) -> MentionType {
    MentionType::ALL
        .into_iter()
        .find(|t| name.starts_with(t.as_str()))
        .unwrap_or_else(|| panic!("corpus file {name}: name must start with a mention type"))
}

fn equal(expected: &Value, got: &Value) -> bool {
    match (expected.as_f64(), got.as_f64()) {
        (Some(a), Some(b)) => a == b || ((a - b) / a.abs().max(b.abs())).abs() < 1e-6,
        _ => expected == got,
    }
}

/// Check one case; a description of every difference.
fn check_case(kind: MentionType, case: &Value) -> Vec<String> {
    let text = case["text"].as_str().expect("case needs \"text\"");
    let reference = case.get("ref").and_then(Value::as_str).map(|s| Reference::parse(s).expect("ref is YYYY-MM-DD or an ISO timestamp"));
    let opts = Options::default().with_reference(reference);
    let report = analyse(text, Source::default(), vec![], &opts);
    let got: Vec<Value> = report
        .mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| serde_json::to_value(m).expect("mention serialises"))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    // Expected items are in text order: each is searched after the previous one.
    let mut cursor = 0usize;
    let mut wanted_spans = Vec::new();
    for exp in case["expect"].as_array().expect("case needs \"expect\" list") {
        let span = exp["span"].as_str().expect("expected item needs \"span\"");
        let span_chars: Vec<char> = span.chars().collect();
        // "nth": k picks the k-th occurrence of the span text (1-based) instead.
        let nth = exp.get("nth").and_then(Value::as_u64);
        let from = if nth.is_some() { 0 } else { cursor };
        let start = (from..=chars.len().saturating_sub(span_chars.len()))
            .filter(|&i| chars[i..].starts_with(&span_chars))
            .nth(nth.map_or(0, |k| k as usize - 1))
            .unwrap_or_else(|| panic!("span {span:?} is not in {text:?} after offset {from}"));
        let end = start + span_chars.len();
        cursor = end;
        wanted_spans.push((start, end));
        match got.iter().find(|m| m["start"] == start && m["end"] == end) {
            None => {
                let near: Vec<&str> = got.iter().filter_map(|m| m["text"].as_str()).collect();
                problems.push(format!("missing {span:?} (found {near:?})"));
            }
            Some(m) => {
                for (key, want) in exp.as_object().expect("item is an object") {
                    if key == "span" || key == "nth" {
                        continue;
                    }
                    let have = m.get(key).unwrap_or(&Value::Null);
                    if !equal(want, have) {
                        problems.push(format!("{span:?}: {key} is {have}, expected {want}"));
                    }
                }
            }
        }
    }
    for m in &got {
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        if !wanted_spans.contains(&(s, e)) {
            problems.push(format!("unexpected {} {:?} (rule {})", kind.as_str(), m["text"], m["rule"]));
        }
    }
    problems
}

#[test]
fn every_corpus_case_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = fs::read_dir(&dir).expect("tests/corpus").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let mut failures = Vec::new();
    let mut cases = 0;
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let kind = type_of_file(&name);
        for (n, line) in fs::read_to_string(path).unwrap().lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1));
            cases += 1;
            for p in check_case(kind, &case) {
                failures.push(format!("{name}:{}: {} — {p}", n + 1, case["text"]));
            }
        }
    }
    assert!(cases > 0, "no corpus cases found");
    assert!(failures.is_empty(), "{} of {cases} corpus cases fail:\n{}", failures.len(), failures.join("\n"));
}
