//! The hot stages on real news text (the eval documents and the fixtures), with divan:
//! `cargo bench --bench stages`. Throughput is reported in bytes of text per second.
//! End-to-end figures of the binary (MB/s, peak memory, start-up) come from benches/bench.sh.

use std::path::Path;
use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use newsdesk::extract::{self, Doc};
use newsdesk::report::Source;
use newsdesk::Options;

/// The binary's allocator, so that the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// The fixtures and, when they are there, the eval documents beside the repository.
static TEXT: LazyLock<String> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = String::new();
    for dir in [root.join("fixtures"), root.join("../shared/eval/conll2003-dev/docs")] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
            text.push_str("\n\n");
        }
    }
    text
});

fn bytes() -> BytesCount {
    BytesCount::new(TEXT.len())
}

#[divan::bench]
fn tokenize(b: Bencher) {
    b.counter(bytes()).bench_local(|| newsdesk::tokens::tokenize(black_box(&TEXT)).len());
}

#[divan::bench]
fn sentences(b: Bencher) {
    let toks = newsdesk::tokens::tokenize(&TEXT);
    b.counter(bytes()).bench_local(|| newsdesk::sentences::split(black_box(&toks)).sentences.len());
}

#[divan::bench]
fn names(b: Bencher) {
    let doc = Doc::new(&TEXT, None);
    let acr = extract::acronyms::find(&doc);
    b.counter(bytes()).bench_local(|| {
        let mut found = Vec::new();
        extract::names::extract(black_box(&doc), &acr, &mut found);
        found.len()
    });
}

#[divan::bench]
fn dates(b: Bencher) {
    let doc = Doc::new(&TEXT, None);
    b.counter(bytes()).bench_local(|| {
        let mut found = Vec::new();
        extract::date::extract(black_box(&doc), &mut found);
        found.len()
    });
}

#[divan::bench]
fn figures(b: Bencher) {
    let doc = Doc::new(&TEXT, None);
    b.counter(bytes()).bench_local(|| {
        let mut found = Vec::new();
        extract::figure::extract(black_box(&doc), &mut found);
        found.len()
    });
}

#[divan::bench]
fn analyse(b: Bencher) {
    let opts = Options::default();
    b.counter(bytes()).bench_local(|| newsdesk::analyse(black_box(&TEXT), Source::default(), Vec::new(), &opts).mentions.len());
}

#[divan::bench]
fn analyse_and_render(b: Bencher) {
    let opts = Options::default();
    b.counter(bytes()).bench_local(|| {
        let r = newsdesk::analyse(black_box(&TEXT), Source::default(), Vec::new(), &opts);
        newsdesk::output::render(&Ok(r), newsdesk::output::Format::Jsonl).len()
    });
}
