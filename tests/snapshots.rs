//! Whole reports of every fixture, as insta snapshots (tests/snapshots/). A change to any
//! extractor shows here as a diff to review: `cargo insta review`, or INSTA_UPDATE=always
//! and `git diff tests/snapshots`.

mod common;

use newsdesk::report::Source;
use newsdesk::{analyse_bytes, Options};

fn snapshot(name: &str) {
    let bytes = std::fs::read(common::fixture(name)).unwrap();
    let source = Source { path: Some(format!("fixtures/{name}")), ..Source::default() };
    let opts = Options::default();
    let report = analyse_bytes(&bytes, source, &opts).expect("fixture decodes");
    insta::assert_json_snapshot!(name.trim_end_matches(".txt"), report);
}

macro_rules! fixtures {
    ($($test:ident => $file:literal),* $(,)?) => {
        $(#[test] fn $test() { snapshot($file); })*
    };
}

fixtures! {
    seed_clipping => "scmp_digital_silk_road.txt",
    wire_dateline => "wire_dateline.txt",
    business_money => "business_money.txt",
    allcaps_headline => "allcaps_headline.txt",
    quotes_heavy => "quotes_heavy.txt",
    one_line => "one_line.txt",
    factiva_export => "factiva_export.txt",
    lexisnexis_export => "lexisnexis_export.txt",
    bare_article => "bare_article.txt",
    pressreader_tech => "pressreader_tech.txt",
    wire_beijing => "wire_beijing.txt",
    web_page => "web_page.txt",
}
