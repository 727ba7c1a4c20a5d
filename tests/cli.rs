//! The binary end to end: stdin, folders, bad files, JSON Lines input, TSV, closed pipes.

mod common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{bin, jsonl, run, scratch};
use serde_json::Value;

#[test]
fn stdin_gives_one_pretty_report() {
    let out = run(&[], "China will host a forum next month in Beijing, Ren Xianliang said.".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["schema"], "newsdesk/report/1");
    assert_eq!(r["source"]["path"], Value::Null);
    assert_eq!(r["source"]["encoding"], "utf-8");
    let texts: Vec<&str> = r["mentions"].as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap()).collect();
    for want in ["China", "next month", "Beijing", "Ren Xianliang"] {
        assert!(texts.contains(&want), "{want} in {texts:?}");
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("\n  \"schema\""), "pretty by default for one document");
}

#[test]
fn empty_input_is_a_valid_empty_report() {
    let out = run(&["-"], b"");
    assert_eq!(out.status.code(), Some(0));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["mentions"], Value::Array(vec![]));
    assert_eq!(r["stats"]["chars"], 0);
}

#[test]
fn nested_folder_in_sorted_order_skipping_hidden_and_other_extensions() {
    let dir = scratch("nested");
    fs::create_dir_all(dir.join("b/deeper")).unwrap();
    fs::create_dir_all(dir.join(".hidden")).unwrap();
    fs::write(dir.join("b/deeper/c.txt"), "Paris is in France.").unwrap();
    fs::write(dir.join("a.txt"), "Ren Xianliang spoke.").unwrap();
    fs::write(dir.join("b/a.txt"), "Beijing").unwrap();
    fs::write(dir.join("notes.md"), "not a clipping").unwrap();
    fs::write(dir.join(".hidden/x.txt"), "hidden").unwrap();
    fs::write(dir.join(".dot.txt"), "hidden").unwrap();
    let out = bin().arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let paths: Vec<String> = jsonl(&out.stdout)
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap().strip_prefix(dir.to_str().unwrap()).unwrap().to_owned())
        .collect();
    assert_eq!(paths, ["/a.txt", "/b/a.txt", "/b/deeper/c.txt"]);
    // --ext takes other extensions.
    let out = bin().arg(&dir).args(["--ext", "md"]).output().unwrap();
    assert_eq!(jsonl(&out.stdout).len(), 1);
}

#[test]
fn bad_files_get_error_records_and_the_batch_goes_on() {
    let dir = scratch("bad");
    fs::write(dir.join("1-good.txt"), "Alibaba owns the Post.").unwrap();
    fs::write(dir.join("2-binary.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00binary").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("3-dangling.txt")).unwrap();
    fs::write(dir.join("4-latin1.txt"), b"Caf\xe9 in M\xfcnchen").unwrap();
    fs::write(dir.join("5-good.txt"), "Qualcomm said so.").unwrap();
    let out = bin().arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "some documents failed");
    let records = jsonl(&out.stdout);
    assert_eq!(records.len(), 5, "one record per input");
    assert!(records[0]["mentions"].is_array());
    assert!(records[1]["error"].as_str().unwrap().contains("binary"));
    assert!(records[2]["error"].as_str().unwrap().contains("No such file"));
    assert_eq!(records[3]["source"]["encoding"], "windows-1252");
    assert_eq!(records[3]["stats"]["chars"], 15);
    assert!(records[4]["mentions"].is_array());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2-binary.txt"), "errors are told on stderr: {stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn jsonl_input_keeps_ids_and_reports_bad_lines() {
    let input = concat!(
        "{\"id\": \"a1\", \"text\": \"It happened yesterday in Beijing.\", \"date\": \"2024-04-16\"}\n",
        "{\"id\": 7, \"text\": \"Nothing here.\"}\n",
        "this is not json\n",
        "{\"id\": \"a3\", \"text\": \"Prices rose 12.5 per cent.\"}\n",
    );
    let out = run(&["--input", "jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let r = jsonl(&out.stdout);
    assert_eq!(r.len(), 4);
    assert_eq!(r[0]["source"]["id"], "a1");
    let yesterday = r[0]["mentions"].as_array().unwrap().iter().find(|m| m["text"] == "yesterday").unwrap();
    assert_eq!(yesterday["value"], "2024-04-15");
    assert_eq!(r[1]["source"]["id"], 7);
    assert!(r[2]["error"].as_str().unwrap().starts_with("line 3: invalid JSON"));
    assert_eq!(r[3]["source"]["id"], "a3");
}

#[test]
fn tsv_has_a_header_and_one_mention_per_line() {
    let out = run(&["--format", "tsv", "--types", "place"], b"From Beijing to\tXian, Shaanxi province.");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "doc\ttype\tstart\tend\ttext\tvalue");
    assert_eq!(lines[1], "-\tplace\t5\t12\tBeijing\t");
    assert!(lines[2..].iter().all(|l| l.split('\t').count() == 6 && l.contains("\tplace\t")));
}

#[test]
fn types_filter_and_reference_date() {
    let out = run(&["--types", "date", "--reference-date", "2024-03-20"], b"China will host a forum next month.");
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let m = r["mentions"].as_array().unwrap();
    assert_eq!(m.len(), 1);
    assert_eq!(m[0]["value"], "2024-04");
    // An ISO timestamp gives its date.
    let out = run(&["--types", "date", "--reference-date", "2024-03-20T14:32:00Z"], b"China will host a forum next month.");
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["mentions"][0]["value"], "2024-04");
    // ... and its time of day, for counts of hours and minutes.
    let out = run(&["--types", "date", "--reference-date", "2024-03-20T22:45:00Z"], b"Polls close in two hours.");
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["mentions"][0]["value"], "2024-03-21T00:45");
    // A jsonl line's timestamp wins over the option, time and all.
    let line = br#"{"id": "a", "text": "Polls close in two hours.", "date": "2024-05-02 08:10"}"#;
    let out = run(&["--input", "jsonl", "--format", "jsonl", "--types", "date", "--reference-date", "2024-03-20T22:45:00Z"], line);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["mentions"][0]["value"], "2024-05-02T10:10");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["--format", "xml"], b"").status.code(), Some(2));
    assert_eq!(run(&["--reference-date", "16/4/2024"], b"").status.code(), Some(2));
    assert_eq!(run(&["--reference-date", "2024-03-20x"], b"").status.code(), Some(2));
    assert_eq!(run(&["--types", "animal"], b"").status.code(), Some(2));
    let v = run(&["--version"], b"");
    assert_eq!(v.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("newsdesk "));
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = scratch("pipe");
    for i in 0..400 {
        fs::write(dir.join(format!("{i:04}.txt")), "China will host a forum next month. ".repeat(50)).unwrap();
    }
    let mut child = bin().arg(&dir).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here: the pipe closes with most reports unwritten.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn output_dir_mirrors_the_tree_and_does_not_overwrite() {
    let dir = scratch("outdir");
    fs::create_dir_all(dir.join("in/sub")).unwrap();
    fs::write(dir.join("in/sub/x.txt"), "Beijing").unwrap();
    let out = bin().arg(dir.join("in")).arg("--output").arg(dir.join("out")).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let r: Value = serde_json::from_str(&fs::read_to_string(dir.join("out/sub/x.json")).unwrap()).unwrap();
    assert_eq!(r["mentions"][0]["text"], "Beijing");
    let again = bin().arg(dir.join("in")).arg("--output").arg(dir.join("out")).output().unwrap();
    assert_eq!(again.status.code(), Some(1), "an existing report is not overwritten");
    let forced = bin().arg(dir.join("in")).arg("--output").arg(dir.join("out")).arg("--force").output().unwrap();
    assert_eq!(forced.status.code(), Some(0));
}

#[test]
fn several_threads_keep_input_order() {
    let dir = scratch("order");
    for i in 0..60 {
        let body = if i % 7 == 0 { "Beijing. ".repeat(2000) } else { "Paris.".to_owned() };
        fs::write(dir.join(format!("{i:03}.txt")), body).unwrap();
    }
    let out = bin().arg(&dir).args(["--jobs", "4"]).output().unwrap();
    let paths: Vec<String> = jsonl(&out.stdout).iter().map(|r| r["source"]["path"].as_str().unwrap().to_owned()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths.len(), 60);
    assert_eq!(paths, sorted);
}
