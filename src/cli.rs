//! The command line: arguments, the run over all documents, exit codes.
//! Exit 0 when every document was analysed, 1 when any failed, 2 for usage errors.

use std::borrow::Cow;
use std::fs;
use std::io::{self, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, ValueEnum};

use crate::batch::{self, error_record, io_message, Job};
use crate::calendar::Reference;
use crate::output::{self, Format, Record};
use crate::report::{ErrorRecord, MentionType, Source};
use crate::{Document, LargeReport, Options};

const EXAMPLES: &str = "\
Examples:
  newsdesk article.txt                      one report, pretty JSON
  cat article.txt | newsdesk                the same from stdin
  newsdesk clippings/ > reports.jsonl       a folder, recursively: one report per line
  newsdesk --format tsv clippings/ | cut -f2,5 | sort | uniq -c | sort -rn
  newsdesk clippings/ | jq -r '.entities[]? | select(.type==\"person\") | .name' | sort | uniq -c
  newsdesk --input jsonl --types date --reference-date 2024-04-16 < docs.jsonl
  newsdesk --output reports/ clippings/     one .json per clipping, mirroring the tree";

#[derive(Debug, Parser)]
#[command(name = "newsdesk", version, about = "People, organisations, places, dates and figures out of news text, as JSON reports.", after_help = EXAMPLES)]
pub struct Args {
    /// Files or directories to analyse (directories recursively); none or "-" reads stdin.
    pub paths: Vec<PathBuf>,

    /// Output format. Default: json for one document, jsonl for several (a directory, several
    /// files, or --input jsonl).
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// How inputs hold documents: text (one document per file) or jsonl (one
    /// {"id", "text", "date"} object per line).
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input: InputFormat,

    /// Report only these types (comma-separated): person, organisation, place, date, figure.
    #[arg(long, value_delimiter = ',', value_parser = parse_type)]
    pub types: Vec<MentionType>,

    /// Resolve relative dates ("yesterday", "next month") against this date (YYYY-MM-DD), or
    /// this ISO timestamp (its time turns "in 30 minutes" into a clock time).
    #[arg(long, value_parser = parse_reference, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<Reference>,

    /// File extensions to take from directories (comma-separated; "*" for all).
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    pub ext: Vec<String>,

    /// Write one .json report per input into DIR, mirroring the input tree, instead of stdout.
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// With --output, overwrite reports that exist.
    #[arg(long)]
    pub force: bool,

    /// Documents analysed in parallel (default: all cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,

    /// No messages on stderr (error records are still written).
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    Text,
    Jsonl,
}

fn parse_type(s: &str) -> Result<MentionType, String> {
    MentionType::parse(s.trim()).ok_or_else(|| format!("unknown type {s:?} (person, organisation, place, date, figure)"))
}

/// A date as YYYY-MM-DD, or an ISO timestamp ("2024-03-20T14:32:00Z", as a jsonl line's
/// `date` may be).
fn parse_reference(s: &str) -> Result<Reference, String> {
    Reference::parse(s).ok_or_else(|| format!("{s:?} is not a date as YYYY-MM-DD or an ISO timestamp"))
}

/// Bytes of reports gathered before a write to stdout (it is also flushed whenever the output
/// has caught up with the documents finished).
const OUT_BUFFER: usize = 64 * 1024;

/// What a worker hands back for one document.
struct Done {
    output: Output,
    failed: bool,
    message: Option<String>,
    /// Bytes of input read, and warnings in the report (for the progress bar and summary).
    bytes: u64,
    warnings: usize,
}

/// What the writer is handed to write for one document. A report is not boxed (the large
/// variant): that would be an allocation more per document, where a move is a copy.
#[allow(clippy::large_enum_variant)]
enum Output {
    /// The record's bytes.
    Rendered(Vec<u8>),
    /// The record itself, left for the writer to render as it writes (see `render_late`).
    Record(Record),
    /// A large document's report, written as its mentions are made (boxed: every document's
    /// `Done` is moved about, and would be the larger by the report's tables).
    Large(Box<LargeReport>),
    /// A large document left for the writer to analyse when its turn comes (see [`Deferred`]).
    Deferred(Deferred),
    /// Nothing: the report went to its own file (`--output`).
    Written,
}

/// A document of more than 8 MB met by a worker of several: the writer analyses it when its
/// turn comes, and writes its report as the mentions are made. Finished by a worker, its report
/// would wait for the documents before it, holding the text and its candidates (three times
/// the text) or its rendered JSON (six times), and the workers could meet several such
/// documents while waiting. A file is read again then, rather than held.
enum Deferred {
    /// A file, to read again.
    Reread(Job),
    /// A document not to be had again (stdin, a JSON Lines document): held, with its options.
    Held(Document, Options),
}

/// A document's analysis: a report (or error record), or a large document's report whose
/// mentions are made as they are written. (A report is not boxed, as in [`Output`].)
#[allow(clippy::large_enum_variant)]
enum Analysed {
    Record(Record),
    Large(Box<LargeReport>),
}

impl Analysed {
    fn source(&self) -> &Source {
        match self {
            Analysed::Record(Ok(r)) => &r.source,
            Analysed::Record(Err(e)) => &e.source,
            Analysed::Large(l) => &l.report().source,
        }
    }

    fn warnings(&self) -> usize {
        match self {
            Analysed::Record(Ok(r)) => r.warnings.len(),
            Analysed::Record(Err(_)) => 0,
            Analysed::Large(l) => l.report().warnings.len(),
        }
    }
}

pub fn main() -> i32 {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(&args) {
        Ok(failed) => i32::from(failed),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("newsdesk: {e}");
            1
        }
    }
}

/// Run over every input; Ok(true) when some document failed.
fn run(args: &Args) -> io::Result<bool> {
    let opts = Options { types: args.types.clone(), ..Options::default() }.with_reference(args.reference_date);
    let paths: Vec<PathBuf> = if args.paths.is_empty() { vec![PathBuf::from("-")] } else { args.paths.clone() };
    let mut total = None;
    let jobs: Box<dyn Iterator<Item = Job> + Send> = match args.input {
        InputFormat::Text => {
            let jobs = batch::file_jobs(&paths, &args.ext);
            total = Some(jobs.len() as u64);
            Box::new(jobs.into_iter())
        }
        InputFormat::Jsonl => Box::new(jsonl_streams(paths.clone())),
    };
    let single = args.input == InputFormat::Text && paths.len() == 1 && (paths[0].as_os_str() == "-" || fs::metadata(&paths[0]).is_ok_and(|m| !m.is_dir()));
    let format = args.format.unwrap_or(if single { Format::Json } else { Format::Jsonl });
    // One document needs no worker threads (starting them is a millisecond of start-up).
    let threads = if single { 1 } else { args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1) };

    // Whichever worker finishes the next report in order writes it, so the writer is shared
    // between threads (stdout, not a lock on it); it is flushed whenever the output has caught
    // up with the documents finished, and in large writes in between.
    let mut out = io::BufWriter::with_capacity(OUT_BUFFER, io::stdout());
    let mut failed = false;
    let mut count = 0usize;
    if format == Format::Tsv && args.output.is_none() {
        out.write_all(output::TSV_HEADER.as_bytes())?;
    }
    let array = format == Format::Json && !single && args.output.is_none();
    if array {
        out.write_all(b"[\n")?;
    }
    // On one thread nothing is gained by rendering a record before its turn to be written,
    // and writing it as it is rendered saves holding it whole as JSON: a large document's
    // report is several times the document's size.
    let render_late = threads == 1 && args.output.is_none();
    let work = |job: Job| process(job, &opts, format, args, render_late);
    let bar = (!single && !args.quiet && io::stderr().is_terminal()).then(|| progress_bar(total));
    let started = std::time::Instant::now();
    let (mut bytes, mut errors, mut warnings) = (0u64, 0usize, 0usize);
    batch::run_ordered(jobs, threads, work, |done: Option<Done>| {
        let Some(mut done) = done else { return out.flush() };
        if let Output::Deferred(deferred) = done.output {
            done = analyse_deferred(deferred, &opts, format, args);
        }
        failed |= done.failed;
        errors += usize::from(done.failed);
        warnings += done.warnings;
        bytes += done.bytes;
        if let (Some(msg), false) = (&done.message, args.quiet) {
            match &bar {
                Some(bar) => bar.suspend(|| eprintln!("newsdesk: {msg}")),
                None => eprintln!("newsdesk: {msg}"),
            }
        }
        if let Some(bar) = &bar {
            bar.inc(1);
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{:.1} MB/s", bytes as f64 / 1e6 / secs));
        }
        if args.output.is_none() {
            if array && count > 0 {
                out.write_all(b",\n")?;
            }
            match &done.output {
                Output::Record(record) => output::write_record(&mut out, record, format)?,
                Output::Rendered(bytes) => out.write_all(bytes)?,
                Output::Large(large) => output::write_large(&mut out, large, format)?,
                Output::Deferred(_) | Output::Written => {}
            }
            if format == Format::Json && !array {
                out.write_all(b"\n")?;
            }
        }
        count += 1;
        Ok(())
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if array {
        out.write_all(if count > 0 { b"\n]\n" } else { b"]\n" })?;
    }
    out.flush()?;
    if args.output.is_some() && !args.quiet {
        let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        eprintln!(
            "newsdesk: {}: {} written, {}, {}",
            plural(count, "document"),
            plural(count - errors, "report"),
            plural(errors, "error"),
            plural(warnings, "warning")
        );
    }
    Ok(failed)
}

/// The JSON Lines documents of every path ("-" is stdin), one stream after the other.
fn jsonl_streams(paths: Vec<PathBuf>) -> impl Iterator<Item = Job> + Send {
    paths.into_iter().flat_map(|p| -> Box<dyn Iterator<Item = Job> + Send> {
        if p.as_os_str() == "-" {
            return Box::new(batch::jsonl_jobs(BufReader::new(io::stdin()), None));
        }
        match fs::File::open(&p) {
            Ok(f) => Box::new(batch::jsonl_jobs(BufReader::new(f), Some(p))),
            Err(e) => Box::new(std::iter::once(Job::Failed(error_record(Some(&p), None, io_message(&e))))),
        }
    })
}

/// Analyse one job into its rendered record (or write it under --output); with `render_late`,
/// the record is handed back unrendered. A large document is handed back unrendered as well,
/// and on several threads (not `render_late`) unanalysed: see [`Deferred`].
fn process(job: Job, opts: &Options, format: Format, args: &Args, render_late: bool) -> Done {
    let defer = !render_late && args.output.is_none();
    let reread = match &job {
        Job::File { path, rel } if defer => Some(Job::File { path: path.clone(), rel: rel.clone() }),
        _ => None,
    };
    let (document, rel) = read(job, opts);
    match document {
        Ok((doc, doc_opts)) if defer && doc.is_large() => {
            let deferred = match reread {
                Some(job) => Deferred::Reread(job),
                None => Deferred::Held(doc, doc_opts.into_owned()),
            };
            Done { output: Output::Deferred(deferred), failed: false, message: None, bytes: 0, warnings: 0 }
        }
        document => finish(analyse(document), rel, format, args, render_late),
    }
}

/// Analyse a document the workers left to the writer, for it to write.
fn analyse_deferred(deferred: Deferred, opts: &Options, format: Format, args: &Args) -> Done {
    let (document, rel) = match deferred {
        Deferred::Reread(job) => read(job, opts),
        Deferred::Held(doc, doc_opts) => (Ok((doc, Cow::Owned(doc_opts))), None),
    };
    finish(analyse(document), rel, format, args, true)
}

/// A job's document read and decoded, with the options to analyse it with (a JSON Lines
/// document's date is its own), or the error record of a job that could not be read; and the
/// name of its report under `--output`.
type ReadJob<'o> = (Result<(Document, Cow<'o, Options>), ErrorRecord>, Option<PathBuf>);

fn read(job: Job, opts: &Options) -> ReadJob<'_> {
    match job {
        Job::Failed(e) => (Err(e), None),
        Job::Stdin => {
            let mut bytes = Vec::new();
            let source = Source { path: None, ..Source::default() };
            let doc = match io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => Document::from_bytes(bytes, source).map_err(|e| error_record(None, None, e.to_string())),
                Err(e) => Err(error_record(None, None, io_message(&e))),
            };
            (doc.map(|d| (d, Cow::Borrowed(opts))), Some(PathBuf::from("stdin")))
        }
        Job::File { path, rel } => {
            let source = Source { path: Some(path.to_string_lossy().into_owned()), ..Source::default() };
            let doc = match fs::read(&path) {
                Ok(bytes) => Document::from_bytes(bytes, source).map_err(|e| error_record(Some(&path), None, e.to_string())),
                Err(e) => Err(error_record(Some(&path), None, io_message(&e))),
            };
            (doc.map(|d| (d, Cow::Borrowed(opts))), Some(rel))
        }
        Job::Line { source, text, date, warnings } => {
            let rel = source.id.as_ref().map(|id| PathBuf::from(sanitise(&output::doc_name(&Source { id: Some(id.clone()), ..Source::default() }))));
            // A line's own date wins, with its time (or none).
            let line_opts = match date {
                Some(_) => Cow::Owned(opts.clone().with_reference(date)),
                None => Cow::Borrowed(opts),
            };
            let doc = match crate::input::check_length(text.len()) {
                Ok(()) => Ok((Document { text, source, warnings }, line_opts)),
                Err(e) => Err(error_record(None, source.id, e.to_string())),
            };
            (doc, rel)
        }
    }
}

/// Analyse a document read: a large one for its report to be written as its mentions are made.
fn analyse(document: Result<(Document, Cow<'_, Options>), ErrorRecord>) -> Analysed {
    match document {
        Ok((doc, opts)) if doc.is_large() => Analysed::Large(Box::new(doc.analyse_large(&opts))),
        Ok((doc, opts)) => Analysed::Record(Ok(doc.analyse(&opts))),
        Err(e) => Analysed::Record(Err(e)),
    }
}

/// What the writer is to do with a document analysed: its record rendered (or left to render
/// with `render_late`), or nothing when the report is written under `--output` here.
fn finish(analysed: Analysed, rel: Option<PathBuf>, format: Format, args: &Args, render_late: bool) -> Done {
    let failed = matches!(analysed, Analysed::Record(Err(_)));
    let (bytes, warnings) = if failed { (0, 0) } else { (analysed.source().bytes, analysed.warnings()) };
    let mut message = match &analysed {
        Analysed::Record(Err(e)) => Some(format!("{}: {}", output::doc_name(&e.source), e.error)),
        _ => None,
    };
    let output = match (&args.output, analysed) {
        (Some(_), Analysed::Record(Err(_))) => Output::Written,
        (Some(dir), analysed) => {
            let target = dir.join(rel.unwrap_or_else(|| PathBuf::from("document"))).with_extension("json");
            let written = write_report(&target, args.force, |w| match &analysed {
                Analysed::Record(record) => output::write_record(w, record, Format::Json),
                Analysed::Large(large) => output::write_large(w, large, Format::Json),
            });
            if let Err(e) = written {
                message = Some(format!("{}: {e}", target.display()));
                return Done { output: Output::Written, failed: true, message, bytes, warnings };
            }
            Output::Written
        }
        (None, Analysed::Large(large)) => Output::Large(large),
        (None, Analysed::Record(record)) if render_late => Output::Record(record),
        (None, Analysed::Record(record)) => Output::Rendered(output::render_bytes(&record, format)),
    };
    Done { output, failed, message, bytes, warnings }
}

/// The progress bar of a batch on a terminal: documents, MB/s, and an ETA when the number of
/// documents is known (files; a JSON Lines stream only counts).
fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let (bar, template) = match total {
        Some(n) => (ProgressBar::new(n), "{bar:30} {pos}/{len} documents  {msg}  ETA {eta}"),
        None => (ProgressBar::new_spinner(), "{spinner} {pos} documents  {msg}  {elapsed}"),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(5));
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// A jsonl id as a file name: no separators, no leading dot.
fn sanitise(id: &str) -> String {
    let s: String = id.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect();
    s.trim_start_matches('.').to_owned()
}

/// Write a report (what `write` writes, and a line break) to a temporary file beside the target
/// and rename it into place, so an interrupted run never leaves half a report.
fn write_report(target: &Path, force: bool, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    if !force && target.exists() {
        return Err(io::Error::new(io::ErrorKind::AlreadyExists, "report exists (use --force to overwrite)"));
    }
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    let tmp = target.with_extension(format!("json.tmp{}", std::process::id()));
    let written = fs::File::create(&tmp).and_then(|file| {
        let mut file = io::BufWriter::with_capacity(OUT_BUFFER, file);
        write(&mut file)?;
        file.write_all(b"\n")?;
        file.flush()
    });
    written.and_then(|()| fs::rename(&tmp, target)).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}
