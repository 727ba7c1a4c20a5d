//! Batches: finding the documents (files, directories, stdin, JSON Lines streams) and running
//! the analysis over them on several threads with results kept in input order.

use std::collections::{HashSet, VecDeque};
use std::fs;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use serde_json::Value;

use crate::calendar::Reference;
use crate::report::{ErrorRecord, Source, SCHEMA};

/// One unit of work: one document, or the record of an input that could not become one.
#[derive(Debug)]
pub enum Job {
    /// A file; `rel` is its path below the argument it was found under (for `--output`).
    File { path: PathBuf, rel: PathBuf },
    Stdin,
    /// A document of a JSON Lines stream.
    Line { source: Source, text: String, date: Option<Reference>, warnings: Vec<String> },
    Failed(ErrorRecord),
}

pub fn error_record(path: Option<&Path>, id: Option<Value>, error: String) -> ErrorRecord {
    ErrorRecord {
        schema: SCHEMA.to_owned(),
        source: Source { path: path.map(|p| p.to_string_lossy().into_owned()), id, bytes: 0, encoding: String::new() },
        error,
    }
}

/// Expand the command-line paths into jobs: directories recursively, entries in byte order of
/// their names, hidden entries skipped, files filtered by extension, symlink loops cut.
pub fn file_jobs(paths: &[PathBuf], exts: &[String]) -> Vec<Job> {
    let mut jobs = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            jobs.push(Job::Stdin);
            continue;
        }
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut visited = HashSet::new();
                walk(p, p, exts, &mut visited, &mut jobs);
            }
            Ok(_) => jobs.push(Job::File { path: p.clone(), rel: p.file_name().map(PathBuf::from).unwrap_or_default() }),
            Err(e) => jobs.push(Job::Failed(error_record(Some(p), None, io_message(&e)))),
        }
    }
    jobs
}

fn walk(root: &Path, dir: &Path, exts: &[String], visited: &mut HashSet<PathBuf>, jobs: &mut Vec<Job>) {
    if let Ok(canon) = fs::canonicalize(dir) {
        if !visited.insert(canon) {
            return; // a symlink loop, or the same directory reached twice
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            jobs.push(Job::Failed(error_record(Some(dir), None, io_message(&e))));
            return;
        }
    };
    // The kind of an entry comes with the listing (no stat a file); symlinks are followed.
    let mut names: Vec<_> = entries.filter_map(Result::ok).map(|e| (e.file_name(), e.file_type().ok())).collect();
    names.sort_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));
    for (name, kind) in names {
        if name.as_encoded_bytes().first() == Some(&b'.') {
            continue;
        }
        let path = dir.join(&name);
        if kind.is_some_and(|k| k.is_file()) {
            if has_ext(&path, exts) {
                let rel = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| PathBuf::from(&name));
                jobs.push(Job::File { path, rel });
            }
            continue;
        }
        let rel = path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| PathBuf::from(&name));
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(root, &path, exts, visited, jobs),
            Ok(_) if has_ext(&path, exts) => jobs.push(Job::File { path, rel }),
            Ok(_) => {}
            // A dangling symlink or an entry we may not stat: account for it if it would count.
            Err(e) if has_ext(&path, exts) => jobs.push(Job::Failed(error_record(Some(&path), None, io_message(&e)))),
            Err(_) => {}
        }
    }
}

fn has_ext(path: &Path, exts: &[String]) -> bool {
    if exts.iter().any(|e| e == "*") {
        return true;
    }
    let Some(ext) = path.extension() else { return false };
    let ext = ext.to_string_lossy();
    exts.iter().any(|e| e.trim_start_matches('.').eq_ignore_ascii_case(&ext))
}

/// "No such file or directory (os error 2)" -> "No such file or directory".
pub fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// The documents of a JSON Lines stream: {"id": ..., "text": "...", "date": "YYYY-MM-DD"}.
/// A line that is not such an object becomes an error record naming its line number.
pub fn jsonl_jobs<R: BufRead + Send>(mut reader: R, origin: Option<PathBuf>) -> impl Iterator<Item = Job> + Send {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                line_no += 1;
                let msg = format!("line {line_no}: {}", io_message(&e));
                return Some(Job::Failed(error_record(origin.as_deref(), None, msg)));
            }
        }
        line_no += 1;
        let line = trim_line(&buf);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(parse_line(line, line_no, origin.as_deref()));
    })
}

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &buf[..end]
}

fn parse_line(line: &[u8], line_no: usize, origin: Option<&Path>) -> Job {
    let fail = |id: Option<Value>, msg: String| Job::Failed(error_record(origin, id, format!("line {line_no}: {msg}")));
    // Nearly every record is a flat object of strings: read without a JSON tree. Any other
    // shape (and every malformed line) is read by serde_json, whose errors the records give.
    let (id, text, date) = match FlatRecord::read(line) {
        Some(FlatRecord { id, text, date }) => (id.filter(|v| !v.is_null()), text, date),
        None => {
            let value: Value = match serde_json::from_slice(line) {
                Ok(v) => v,
                Err(e) => return fail(None, format!("invalid JSON: {e}")),
            };
            let Value::Object(mut obj) = value else { return fail(None, "not a JSON object".to_owned()) };
            let id = obj.remove("id").filter(|v| !v.is_null());
            let Some(Value::String(text)) = obj.remove("text") else {
                return fail(id, "no \"text\" string".to_owned());
            };
            (id, text, obj.remove("date"))
        }
    };
    let mut warnings = Vec::new();
    let date = match date.as_ref() {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => {
            // Lenient: a date followed by anything (a timestamp's time is kept when it is one).
            let d = Reference::leading(s);
            if d.is_none() {
                warnings.push(format!("\"date\" {s:?} is not YYYY-MM-DD: ignored"));
            }
            d
        }
        Some(other) => {
            warnings.push(format!("\"date\" {other} is not a string: ignored"));
            None
        }
    };
    let source = Source {
        path: origin.map(|p| p.to_string_lossy().into_owned()),
        id,
        bytes: line.len() as u64,
        encoding: "utf-8".to_owned(),
    };
    Job::Line { source, text, date, warnings }
}

/// A JSON Lines record read without building a JSON tree: a flat object whose values are all
/// strings, null, true or false, with a "text" string, no key written with an escape and none
/// of "id", "text" and "date" twice. [`FlatRecord::read`] gives None for any other line, valid
/// or not, for serde_json to read: what it accepts, it reads as serde_json would.
#[derive(Debug, PartialEq)]
struct FlatRecord {
    id: Option<Value>,
    text: String,
    date: Option<Value>,
}

impl FlatRecord {
    fn read(line: &[u8]) -> Option<FlatRecord> {
        // A line that is not UTF-8 is no JSON serde_json reads: checked once, whole.
        let mut r = JsonBytes { s: std::str::from_utf8(line).ok()?, b: line, at: 0 };
        let (mut id, mut text, mut date) = (None, None, None);
        r.skip_space();
        r.expect(b'{')?;
        loop {
            r.skip_space();
            let key = r.plain_key()?;
            r.skip_space();
            r.expect(b':')?;
            r.skip_space();
            // The document's text is most of the line: room for all of it at once.
            let room = if key == b"text" { line.len() - r.at } else { 0 };
            let value = r.scalar(room)?;
            let field = match key {
                b"id" => &mut id,
                b"text" => &mut text,
                b"date" => &mut date,
                _ => &mut None,
            };
            if field.replace(value).is_some() {
                return None;
            }
            r.skip_space();
            match r.next()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
        r.skip_space();
        let Some(Value::String(text)) = text else { return None };
        (r.at == line.len()).then_some(FlatRecord { id, text, date })
    }
}

/// A reader of the bytes of one JSON value (UTF-8), from `at`.
struct JsonBytes<'a> {
    s: &'a str,
    /// `s` as bytes.
    b: &'a [u8],
    at: usize,
}

impl<'a> JsonBytes<'a> {
    fn next(&mut self) -> Option<u8> {
        let c = *self.b.get(self.at)?;
        self.at += 1;
        Some(c)
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.next()? == c).then_some(())
    }

    /// JSON's white space: space, tab, line feed, carriage return.
    fn skip_space(&mut self) {
        while matches!(self.b.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A key with no escape in it, as its bytes (UTF-8).
    fn plain_key(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + self.b[start..].iter().position(|&c| c == b'"')?;
        let key: &'a [u8] = &self.b[start..end];
        if key.iter().any(|&c| c == b'\\' || c < 0x20) {
            return None;
        }
        self.at = end + 1;
        Some(key)
    }

    /// A string, null, true or false (anything else is None); a string is given `room` bytes
    /// from the start.
    fn scalar(&mut self, room: usize) -> Option<Value> {
        let literal = |r: &mut Self, word: &[u8], value: Value| {
            let found = r.b[r.at..].starts_with(word);
            r.at += word.len();
            found.then_some(value)
        };
        match *self.b.get(self.at)? {
            b'"' => self.string(room).map(Value::String),
            b'n' => literal(self, b"null", Value::Null),
            b't' => literal(self, b"true", Value::Bool(true)),
            b'f' => literal(self, b"false", Value::Bool(false)),
            _ => None,
        }
    }

    /// A string: its plain stretches copied whole (found eight bytes at a time), its escapes
    /// decoded. None for what serde_json refuses (a control character, an unknown escape)
    /// and for a surrogate escape (left to serde_json to pair).
    fn string(&mut self, room: usize) -> Option<String> {
        self.expect(b'"')?;
        let mut out = String::with_capacity(room);
        loop {
            let start = self.at;
            self.at = start + plain_run(&self.b[start..]);
            // Escapes are ASCII: the stretches between them are whole characters.
            out.push_str(&self.s[start..self.at]);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => out.push(self.escape()?),
                _ => return None,
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Option<char> {
        Some(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = self.b.get(self.at..self.at + 4)?;
                self.at += 4;
                let code = hex.iter().try_fold(0u32, |n, &h| Some(n * 16 + char::from(h).to_digit(16)?))?;
                char::from_u32(code)?
            }
            _ => return None,
        })
    }
}

/// The length of the run of bytes at the start of `b` that a JSON string holds as they are:
/// up to a quote, a backslash or a control character (or the end). Eight bytes are tested at
/// a time: a document's text runs a hundred bytes and more between escapes.
fn plain_run(b: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Bit 7 set in the bytes of `x` below `n` (n <= 0x80), and perhaps above one of those.
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
    let mut at = 0;
    while let Some(chunk) = b.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let stops = below(word, 0x20) | below(word ^ (ONES * u64::from(b'"')), 1) | below(word ^ (ONES * u64::from(b'\\')), 1);
        if stops != 0 {
            // The lowest marked byte is a stop (a borrow marks only bytes above a stop).
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + b[at..].iter().position(|&c| c < 0x20 || c == b'"' || c == b'\\').unwrap_or(b.len() - at)
}

/// Run `work` over `items` on `threads` threads and hand the results to `emit` in input order,
/// as `Some(result)`; `emit(None)` says the output has caught up with every result finished so
/// far (time to flush, so that reports stream as they are ready). At most a window of results
/// per thread wait for a slow one, so memory stays flat on long streams. When `emit` fails (a closed pipe), the workers stop and the error is returned.
///
/// There is no writer thread: the worker that finishes the next result in order writes it, and
/// any that were waiting behind it, while the others go on working. A worker only sleeps when
/// it is a whole window ahead of the output; nobody is woken per document.
pub fn run_ordered<T, R, I, W, E>(items: I, threads: usize, work: W, mut emit: E) -> io::Result<()>
where
    T: Send,
    R: Send,
    I: Iterator<Item = T> + Send,
    W: Fn(T) -> R + Sync,
    E: FnMut(Option<R>) -> io::Result<()> + Send,
{
    if threads <= 1 {
        for item in items {
            emit(Some(work(item)))?;
            emit(None)?;
        }
        return Ok(());
    }
    let window = threads * WINDOW_PER_THREAD;
    let shared = Shared {
        source: Mutex::new(items.enumerate()),
        order: Mutex::new(Order { base: 0, ready: VecDeque::with_capacity(window), writing: false, sleepers: 0, error: None }),
        room: Condvar::new(),
        stop: AtomicBool::new(false),
        window,
        output: Mutex::new(&mut emit),
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            let (shared, work) = (&shared, &work);
            scope.spawn(move || shared.worker(work));
        }
        shared.worker(&work);
    });
    match shared.order.into_inner().unwrap_or_else(|e| e.into_inner()).error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A worker that panics stops the others (they could otherwise wait for its result forever).
struct StopOnPanic<'s, 'a, S, R, E>(&'s Shared<'a, S, R, E>);

impl<S, R, E> Drop for StopOnPanic<'_, '_, S, R, E> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop.store(true, Ordering::Relaxed);
            let _order = self.0.order.lock().unwrap_or_else(|e| e.into_inner());
            self.0.room.notify_all();
        }
    }
}

/// Results a thread may run ahead of the output. News documents differ in length by 30 times
/// and more; with 4, a worker behind a long document often had to sleep (86 times on 10,000
/// clippings at --jobs 2, a core idle each time); with 16, twice.
const WINDOW_PER_THREAD: usize = 16;

/// The results between the last one written and the newest one finished.
struct Order<R> {
    /// Index of the first result not yet taken for writing (`ready[0]`).
    base: usize,
    ready: VecDeque<Option<R>>,
    /// A worker is writing; the others only leave their results here.
    writing: bool,
    /// Workers waiting for the output to make room in the window.
    sleepers: usize,
    error: Option<io::Error>,
}

struct Shared<'a, S, R, E> {
    source: Mutex<S>,
    order: Mutex<Order<R>>,
    room: Condvar,
    stop: AtomicBool,
    window: usize,
    output: Mutex<&'a mut E>,
}

impl<T, R, S, E> Shared<'_, S, R, E>
where
    S: Iterator<Item = (usize, T)>,
    E: FnMut(Option<R>) -> io::Result<()>,
{
    fn order(&self) -> MutexGuard<'_, Order<R>> {
        self.order.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn worker<W: Fn(T) -> R>(&self, work: &W) {
        let _guard = StopOnPanic(self);
        let mut batch: Vec<R> = Vec::new();
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            let Some((idx, item)) = self.source.lock().unwrap_or_else(|e| e.into_inner()).next() else { return };
            {
                // Do not run too far ahead of the slowest document still being written.
                let mut order = self.order();
                while idx >= order.base + self.window && !self.stop.load(Ordering::Relaxed) {
                    order.sleepers += 1;
                    order = self.room.wait(order).unwrap_or_else(|e| e.into_inner());
                    order.sleepers -= 1;
                }
            }
            let r = work(item);
            let mut order = self.order();
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            let slot = idx - order.base;
            if order.ready.len() <= slot {
                order.ready.resize_with(slot + 1, || None);
            }
            order.ready[slot] = Some(r);
            if order.writing {
                continue; // the worker writing will take it
            }
            order.writing = true;
            let mut emit = self.output.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                while let Some(Some(_)) = order.ready.front() {
                    batch.extend(order.ready.pop_front().flatten());
                    order.base += 1;
                }
                if batch.is_empty() {
                    break;
                }
                if order.sleepers > 0 {
                    self.room.notify_all();
                }
                drop(order);
                let mut result = batch.drain(..).try_for_each(|r| emit(Some(r)));
                order = self.order();
                if result.is_ok() && order.ready.front().is_none_or(Option::is_none) {
                    // Caught up: everything finished is written.
                    drop(order);
                    result = emit(None);
                    order = self.order();
                }
                if let Err(e) = result {
                    order.error = Some(e);
                    order.ready.clear();
                    self.stop.store(true, Ordering::Relaxed);
                    self.room.notify_all();
                    return;
                }
            }
            order.writing = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the flat reader reads, serde_json reads alike; and it reads the usual records.
    #[test]
    fn flat_records_read_as_serde_json_reads_them() {
        let keys = ["\"id\"", "\"text\"", "\"date\"", "\"other\"", "\"te\\u0078t\"", "\"\"", "\"é\"", "text"];
        let values = [
            "\"a b\"", "\"x\\\"y\"", "\"\\n\\t\\u00e9\\u0041\\u00E9\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\q\"", "\"\u{1}\"", "\"é中🙂\"",
            "null", "true", "false", "12", "-1.5e3", "[1]", "{}", "\"2024-03-05\"", "\"\\\\\"", "\"\\/\"", "nul", "\"\u{7f}\"",
            "\"abcdefghijklmnop\\\"qrstuvwxyz\"", "\"\\u0000\"", "\"abc", "\"\\u12\"", "\"plain\"", "\"plain text, longer than a word\"",
            "\"2024-03-05T10:00:00Z\"", "\"a\\nb\"",
        ];
        let spaces = ["", "", "", " ", " ", "\t", "\r", "  \n", "\u{a0}"];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut pick = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let mut lines: Vec<Vec<u8>> = vec![
            br#"{"id": "0-0", "text": "CRICKET - ESSEX WIN.\nLONDON 1996-08-30\n\"Yes\" \u2019 it is."}"#.to_vec(),
            br#"{"text":"x","date":"2024-03-05","id":null}"#.to_vec(),
            b"{\"text\":\"\xff\"}".to_vec(),
            b"{\"te\xffxt\":\"a\",\"text\":\"b\"}".to_vec(),
        ];
        for _ in 0..100_000 {
            let mut line = String::new();
            line.push_str(spaces[pick(spaces.len())]);
            line.push('{');
            let fields = pick(5);
            for f in 0..fields {
                if f > 0 {
                    line.push_str([",", ",", ",", ",", ",", ",", ",", ";", ",,"][pick(9)]);
                }
                let key = if f == 0 && pick(4) > 0 { "\"text\"" } else { keys[pick(keys.len())] };
                for piece in [key, spaces[pick(spaces.len())], [":", ":", ":", ":", ":", "="][pick(6)], spaces[pick(spaces.len())]] {
                    line.push_str(piece);
                }
                line.push_str(values[pick(values.len())]);
                line.push_str(spaces[pick(spaces.len())]);
            }
            line.push_str(["}", "}", "}", "}", "}", "}", "}", "", "},", "} x"][pick(10)]);
            line.push_str(spaces[pick(spaces.len())]);
            lines.push(line.into_bytes());
        }
        let mut read = 0;
        for line in &lines {
            let Some(flat) = FlatRecord::read(line) else { continue };
            read += 1;
            let Ok(Value::Object(mut obj)) = serde_json::from_slice::<Value>(line) else { panic!("{:?}", String::from_utf8_lossy(line)) };
            let expected = FlatRecord { id: obj.remove("id"), text: obj.remove("text").unwrap().as_str().unwrap().to_owned(), date: obj.remove("date") };
            assert_eq!(flat, expected, "{:?}", String::from_utf8_lossy(line));
        }
        assert!(read > 2_000, "{read}");
        assert!(FlatRecord::read(&lines[0]).is_some() && FlatRecord::read(&lines[1]).is_some());
    }

    #[test]
    fn plain_runs_end_at_the_first_stop() {
        for len in 0..20 {
            for pos in 0..=len {
                for stop in [b'"', b'\\', b'\n', 0, 0x1f] {
                    for filler in [b'a', 0x80, 0xff, b' ', 0x7f] {
                        let mut bytes = vec![filler; len];
                        if pos < len {
                            bytes[pos] = stop;
                        }
                        assert_eq!(plain_run(&bytes), pos, "{bytes:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn ordered_results_on_many_threads() {
        let mut seen = Vec::new();
        run_ordered(0..1000u64, 4, |x| x * 2, |r| {
            seen.extend(r);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, (0..1000u64).map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn emit_error_stops_the_run() {
        let mut n = 0;
        let r = run_ordered(0..100_000u64, 2, |x| x, |r| {
            if r.is_none() {
                return Ok(());
            }
            n += 1;
            if n == 10 { Err(io::Error::from(io::ErrorKind::BrokenPipe)) } else { Ok(()) }
        });
        assert_eq!(r.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(n, 10);
    }

    #[test]
    fn uneven_work_keeps_order_and_flushes() {
        let (mut seen, mut flushes) = (Vec::new(), 0);
        let work = |x: u64| {
            if x % 7 == 0 {
                std::thread::sleep(std::time::Duration::from_micros(300));
            }
            x
        };
        run_ordered(0..500u64, 3, work, |r| {
            match r {
                Some(r) => seen.push(r),
                None => flushes += 1,
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, (0..500u64).collect::<Vec<_>>());
        assert!(flushes >= 1);
    }

    #[test]
    fn a_slow_result_holds_back_at_most_a_window() {
        use std::sync::atomic::AtomicUsize;
        let (started, ahead) = (AtomicUsize::new(0), AtomicUsize::new(usize::MAX));
        let work = |x: usize| {
            started.fetch_max(x, Ordering::SeqCst);
            if x == 0 {
                std::thread::sleep(std::time::Duration::from_millis(200));
                ahead.store(started.load(Ordering::SeqCst), Ordering::SeqCst);
            }
            x
        };
        run_ordered(0..1000usize, 2, work, |_| Ok(())).unwrap();
        // While the first was being worked on, nothing beyond the window was taken up.
        let ahead = ahead.load(Ordering::SeqCst);
        assert!(ahead < 2 * WINDOW_PER_THREAD, "{ahead}");
    }

    #[test]
    fn jsonl_lines_and_errors() {
        let input = b"{\"id\": 1, \"text\": \"Hi\"}\n\nnot json\n{\"id\": \"x\"}\n" as &[u8];
        let jobs: Vec<Job> = jsonl_jobs(input, None).collect();
        assert_eq!(jobs.len(), 3);
        assert!(matches!(&jobs[0], Job::Line { text, .. } if text == "Hi"));
        assert!(matches!(&jobs[1], Job::Failed(e) if e.error.starts_with("line 3: invalid JSON")));
        assert!(matches!(&jobs[2], Job::Failed(e) if e.error == "line 4: no \"text\" string"));
    }
}
