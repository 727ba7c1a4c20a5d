//! Accounting (issue 8): for any folder or JSON Lines stream of N inputs the output holds
//! exactly N records, a report or an error record each, in input order, and nothing panics.

mod common;

use std::fs;
use std::path::Path;

use common::{bin, jsonl, run, scratch};
use serde_json::Value;

fn path_of(r: &Value) -> String {
    r["source"]["path"].as_str().unwrap_or("").to_owned()
}

fn is_report(r: &Value) -> bool {
    r["mentions"].is_array() && r.get("error").is_none()
}

#[cfg(unix)]
#[test]
fn a_hostile_folder_gives_one_record_per_input() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{symlink, PermissionsExt};

    let dir = scratch("hostile");
    let d = |name: &str| dir.join(name);
    fs::write(d("01-good.txt"), "Ren Xianliang met Alibaba executives in Beijing on April 16.").unwrap();
    fs::write(d("02-empty.txt"), "").unwrap();
    fs::write(d("03-binary.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00binary\x00\x00").unwrap();
    fs::write(d("04-unreadable.txt"), "Nobody may read this.").unwrap();
    fs::set_permissions(d("04-unreadable.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    symlink(d("nowhere"), d("05-dangling.txt")).unwrap();
    fs::create_dir(d("06-a-directory.txt")).unwrap(); // a directory: walked, holds nothing
    fs::write(dir.join(std::ffi::OsStr::from_bytes(b"07-bad-\xff\xfe-name.txt")), "Paris is in France.").unwrap();
    fs::write(d("08-huge.txt"), "x".repeat(3_000_000)).unwrap();
    symlink(d("01-good.txt"), d("09-link-to-good.txt")).unwrap();
    symlink(d("10-loop-b.txt"), d("10-loop-a.txt")).unwrap();
    symlink(d("10-loop-a.txt"), d("10-loop-b.txt")).unwrap();
    fs::create_dir(d("11-sub")).unwrap();
    symlink(&dir, d("11-sub/back-to-top")).unwrap(); // a directory loop
    fs::write(d("11-sub/inner.txt"), "Qualcomm said so.").unwrap();
    fs::write(d("12-latin1.txt"), b"Caf\xe9 in M\xfcnchen").unwrap();
    fs::write(d("13-utf16.txt"), b"\xff\xfeB\x00e\x00i\x00j\x00i\x00n\x00g\x00").unwrap();
    fs::write(d("14-nul-late.txt"), [b"A text. ".repeat(2000), b"\x00 then more".to_vec()].concat()).unwrap();
    fs::write(d("15-crlf.txt"), "Headline\r\n\r\nBeijing hosts WIC.\rLone CR here.").unwrap();
    fs::write(d("notes.md"), "not taken: another extension").unwrap();
    fs::write(d(".hidden.txt"), "not taken: hidden").unwrap();

    let root_can_read = fs::read(d("04-unreadable.txt")).is_ok();
    let out = bin().arg(&dir).args(["--jobs", "2"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let records = jsonl(&out.stdout);
    let names: Vec<String> = records.iter().map(|r| path_of(r).rsplit('/').next().unwrap().to_owned()).collect();
    assert_eq!(
        names,
        [
            "01-good.txt", "02-empty.txt", "03-binary.txt", "04-unreadable.txt", "05-dangling.txt",
            "07-bad-\u{fffd}\u{fffd}-name.txt", "08-huge.txt", "09-link-to-good.txt", "10-loop-a.txt", "10-loop-b.txt",
            "inner.txt", "12-latin1.txt", "13-utf16.txt", "14-nul-late.txt", "15-crlf.txt",
        ],
        "one record per input, in order: {stderr}"
    );
    let by_name = |n: &str| &records[names.iter().position(|x| x == n).unwrap()];
    assert!(is_report(by_name("01-good.txt")));
    assert!(is_report(by_name("02-empty.txt")));
    assert_eq!(by_name("02-empty.txt")["stats"]["chars"], 0);
    assert!(by_name("03-binary.txt")["error"].as_str().unwrap().contains("binary"));
    assert_eq!(is_report(by_name("04-unreadable.txt")), root_can_read);
    assert!(by_name("05-dangling.txt")["error"].is_string());
    assert!(is_report(by_name("07-bad-\u{fffd}\u{fffd}-name.txt")));
    assert!(is_report(by_name("08-huge.txt")));
    assert_eq!(by_name("08-huge.txt")["stats"]["chars"], 3_000_000);
    assert_eq!(by_name("09-link-to-good.txt")["mentions"], by_name("01-good.txt")["mentions"]);
    assert!(by_name("10-loop-a.txt")["error"].is_string());
    assert_eq!(by_name("12-latin1.txt")["source"]["encoding"], "windows-1252");
    assert_eq!(by_name("13-utf16.txt")["source"]["encoding"], "utf-16le");
    assert_eq!(by_name("13-utf16.txt")["mentions"][0]["text"], "Beijing");
    assert!(is_report(by_name("14-nul-late.txt")), "a NUL past the first 8 KiB is a control character, not binary");
    let crlf = by_name("15-crlf.txt");
    let text = "Headline\r\n\r\nBeijing hosts WIC.\rLone CR here.";
    for m in crlf["mentions"].as_array().unwrap() {
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(text.chars().skip(s).take(e - s).collect::<String>(), m["text"].as_str().unwrap(), "CRLF offsets");
    }
    let errors = records.iter().filter(|r| r.get("error").is_some()).count();
    assert_eq!(out.status.code(), Some(if errors > 0 { 1 } else { 0 }));
    // Every error is told on stderr too (unless --quiet).
    assert_eq!(stderr.lines().filter(|l| l.starts_with("newsdesk: ") && !l.contains(" documents")).count(), errors, "{stderr}");

    // The same folder, one worker: the same records.
    let seq = bin().arg(&dir).args(["--jobs", "1"]).output().unwrap();
    assert_eq!(jsonl(&seq.stdout), records);
}

#[test]
fn explicit_paths_are_each_accounted_for() {
    let dir = scratch("explicit");
    fs::write(dir.join("a.txt"), "Beijing").unwrap();
    fs::create_dir(dir.join("d")).unwrap();
    fs::write(dir.join("d/b.txt"), "Paris").unwrap();
    let missing = dir.join("missing.txt");
    let out = bin().arg(dir.join("a.txt")).arg(&missing).arg(dir.join("d")).arg(dir.join("a.txt")).output().unwrap();
    let r = jsonl(&out.stdout);
    assert_eq!(r.len(), 4, "a file named twice is two inputs");
    assert!(r[1]["error"].as_str().unwrap().contains("No such file"));
    assert!(path_of(&r[2]).ends_with("d/b.txt"));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_jsonl_stream_gives_one_record_per_line() {
    let big = "Beijing. ".repeat(100_000);
    let lines: Vec<Vec<u8>> = vec![
        br#"{"id": 1, "text": "Ren Xianliang spoke in Beijing."}"#.to_vec(),
        b"{\"id\": 2, \"text\": \"broken".to_vec(),                    // truncated JSON
        b"[1, 2, 3]".to_vec(),                                          // not an object
        br#"{"id": 4}"#.to_vec(),                                       // no text
        br#"{"id": 5, "text": 42}"#.to_vec(),                           // text not a string
        b"{\"id\": 6, \"text\": \"caf\xe9\"}".to_vec(),                 // invalid UTF-8 in the line
        br#"{"id": 7, "text": "", "date": "yesterday"}"#.to_vec(),      // bad date: a warning
        format!(r#"{{"id": 8, "text": "{big}"}}"#).into_bytes(),        // a long line
        br#"{"id": 9, "text": "NUL \u0000 and \r lone CR \u2028 and more"}"#.to_vec(),
        br#"{"id": null, "text": "no id"}"#.to_vec(),
        b"\x00\x01\x02 binary junk".to_vec(),
        br#"{"id": 12, "text": "Last one, in Paris."}"#.to_vec(),
    ];
    let mut input = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        input.extend_from_slice(l);
        input.extend_from_slice(if i % 2 == 0 { b"\n" } else { b"\r\n" });
        if i == 3 {
            input.extend_from_slice(b"\n   \n"); // blank lines are no documents
        }
    }
    input.extend_from_slice(br#"{"id": 13, "text": "no final newline"}"#);
    let out = run(&["--input", "jsonl", "--jobs", "2"], &input);
    let r = jsonl(&out.stdout);
    assert_eq!(r.len(), 13, "one record per non-blank line");
    let line_of = |k: usize| r[k]["error"].as_str().map(|e| e.split(':').next().unwrap().to_owned());
    assert!(is_report(&r[0]));
    assert_eq!(line_of(1).as_deref(), Some("line 2"));
    assert_eq!(line_of(2).as_deref(), Some("line 3"));
    assert_eq!(line_of(3).as_deref(), Some("line 4"));
    assert_eq!(r[3]["source"]["id"], 4, "the id is kept when there is one");
    assert_eq!(line_of(4).as_deref(), Some("line 7"), "blank lines count as lines");
    assert!(r[5]["error"].is_string(), "invalid UTF-8 in a JSON string is invalid JSON");
    assert!(is_report(&r[6]));
    assert_eq!(r[6]["warnings"].as_array().unwrap().len(), 1);
    assert!(is_report(&r[7]));
    assert_eq!(r[7]["stats"]["chars"], big.chars().count());
    assert!(is_report(&r[8]));
    assert!(is_report(&r[9]));
    assert!(r[10]["error"].is_string());
    assert_eq!(r[11]["source"]["id"], 12);
    assert_eq!(r[12]["source"]["id"], 13);
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn output_dir_accounts_for_every_input() {
    let dir = scratch("outacct");
    let input = dir.join("in");
    fs::create_dir_all(input.join("sub")).unwrap();
    fs::write(input.join("a.txt"), "Beijing").unwrap();
    fs::write(input.join("sub/b.txt"), "").unwrap();
    fs::write(input.join("c.txt"), b"\x00\x01binary").unwrap();
    let out = bin().arg(&input).arg("--output").arg(dir.join("out")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(Path::new(&dir.join("out/a.json")).exists());
    assert!(Path::new(&dir.join("out/sub/b.json")).exists());
    assert!(!Path::new(&dir.join("out/c.json")).exists(), "no report for a failed input");
    let leftovers: Vec<_> = walk(&dir.join("out")).into_iter().filter(|p| !p.ends_with(".json")).collect();
    assert!(leftovers.is_empty(), "no temporary files left: {leftovers:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("c.txt"), "{stderr}");
    let summary = stderr.lines().last().unwrap_or("");
    assert!(summary.contains("3 documents") && summary.contains("1 error"), "a summary at the end: {stderr}");
    // --quiet: nothing on stderr.
    let q = bin().arg(&input).arg("--output").arg(dir.join("out2")).arg("--quiet").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&q.stderr), "");
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p.to_string_lossy().into_owned());
        }
    }
    out
}
