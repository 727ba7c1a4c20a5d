//! Real output validates against src/report.schema.json: every fixture, an error record,
//! and awkward inputs.

mod common;

use serde_json::Value;

fn validator() -> jsonschema::JSONSchema {
    let schema: Value = serde_json::from_str(include_str!("../src/report.schema.json")).unwrap();
    jsonschema::JSONSchema::compile(&schema).expect("schema compiles")
}

fn assert_valid(v: &jsonschema::JSONSchema, record: &Value) {
    if let Err(errors) = v.validate(record) {
        let msgs: Vec<String> = errors.map(|e| format!("{} at {}", e, e.instance_path)).collect();
        panic!("invalid record {}:\n{}", record["source"], msgs.join("\n"));
    }
}

#[test]
fn fixture_reports_validate() {
    let v = validator();
    let out = common::bin().arg(common::fixture("")).args(["--reference-date", "2024-04-16"]).output().unwrap();
    let records = common::jsonl(&out.stdout);
    assert!(records.len() >= 6, "every fixture reported");
    for r in &records {
        assert_valid(&v, r);
    }
}

#[test]
fn error_records_and_odd_inputs_validate() {
    let v = validator();
    let input = concat!(
        "{\"id\": 1, \"text\": \"\"}\n",
        "{\"id\": \"x\", \"text\": \"\\u0000 \\u2028 e\\u0301 مرحبا 👩‍👩‍👧 \\r lone CR\"}\n",
        "not json\n",
    );
    let out = common::run(&["--input", "jsonl"], input.as_bytes());
    let records = common::jsonl(&out.stdout);
    assert_eq!(records.len(), 3);
    for r in &records {
        assert_valid(&v, r);
    }
    assert!(records[2]["error"].is_string());
}
