//! Build script: lays out a lookup table for every word list in `src/data/*.txt` at compile
//! time (see `src/lexicon_table.rs`), so no list is parsed or hashed when newsdesk starts.
//! Each list is copied to OUT_DIR with its table, so text and offsets always match.

#[path = "lexicon_table.rs"]
mod lexicon_table;

use std::fs;
use std::ops::Range;
use std::path::Path;

/// Non-comment, non-empty lines (trailing white space cut) as byte ranges.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut off = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end();
        if !line.is_empty() && !line.starts_with('#') {
            out.push(off..off + line.len());
        }
        off += raw.len();
    }
    out
}

/// Column `col` (tab-separated) of a line, and the rest of the line after that column.
fn split(text: &str, line: &Range<usize>, col: usize) -> Option<(Range<usize>, Range<usize>)> {
    let s = &text[line.clone()];
    let mut start = 0;
    for _ in 0..col {
        start += s[start..].find('\t')? + 1;
    }
    let end = s[start..].find('\t').map_or(s.len(), |i| start + i);
    let rest = if end < s.len() { end + 1..s.len() } else { s.len()..s.len() };
    Some((line.start + start..line.start + end, line.start + rest.start..line.start + rest.end))
}

fn write_table(path: &Path, text: &str, entries: &[(Range<usize>, Range<usize>)], value_before_key: bool, name: &str) {
    let (slots, skipped) = lexicon_table::build(text, entries, value_before_key);
    for key in skipped {
        println!("cargo:warning=src/data/{name}: key too long for the lookup table, left out: {key:.60}");
    }
    let bloom = lexicon_table::build_bloom(text, &slots);
    fs::write(path, slots).expect("table");
    fs::write(path.with_extension("bloom"), bloom).expect("bloom filter");
}

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=src/data");
    println!("cargo:rerun-if-changed=src/lexicon_table.rs");
    write_places(&data, &out);
    write_name_words(&data, &out);
    write_phrase_filter(&data, &out);
    let mut names: Vec<_> = fs::read_dir(&data).expect("src/data").filter_map(Result::ok).map(|e| e.path()).collect();
    names.sort();
    for path in names {
        if path.extension().is_none_or(|e| e != "txt") || !path.is_file() {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        fs::write(out.join(&name), &text).expect("copy list");
        // Key = first column, value = the rest of the line; the last line of a key wins, as
        // when a HashMap is collected from the lines.
        let mut entries: Vec<_> = lines(&text).iter().filter_map(|l| split(&text, l, 0)).collect();
        entries.reverse();
        write_table(&out.join(format!("{name}.tbl")), &text, &entries, false, &name);
        if name == "person_titles.txt" {
            // First and last words of the titles, for the name rules' phrase lookups.
            let edges = lexicon_table::build_edges(entries.iter().map(|(k, _)| &text[k.clone()]));
            fs::write(out.join(format!("{name}.edges")), edges).expect("edges");
        }
        if name != "org_known.txt" {
            continue;
        }
        // Keyed by the second column, value = the first; the first line wins (acronyms of
        // known organisations).
        let by_second: Vec<_> = lines(&text)
            .iter()
            .filter_map(|l| Some((split(&text, l, 1)?.0, split(&text, l, 0)?.0)))
            .filter(|(k, _)| !k.is_empty())
            .collect();
        write_table(&out.join(format!("{name}.col2.tbl")), &text, &by_second, true, &name);
    }
}

/// The four gazetteer lists as one table, each name with the class it is looked up as (the
/// first list that has it, in the order `lexicon::place` asks them): one probe a lookup instead
/// of four. Written as a list of its own, `places.txt`: "name<TAB>class letter" a line.
fn write_places(data: &Path, out: &Path) {
    let mut seen = std::collections::HashSet::new();
    let mut text = String::new();
    for (file, class) in [("places_countries.txt", 'C'), ("places_areas.txt", 'A'), ("places_regions.txt", 'R'), ("places_cities.txt", 'Y')] {
        let list = fs::read_to_string(data.join(file)).unwrap_or_default();
        for line in lines(&list) {
            let Some((key, _)) = split(&list, &line, 0) else { continue };
            let key = &list[key];
            // Too long for a table: left out of the list's own table too (with a warning).
            if key.len() <= lexicon_table::MAX_KEY && seen.insert(key.to_owned()) {
                text.push_str(key);
                text.push('\t');
                text.push(class);
                text.push('\n');
            }
        }
    }
    let entries: Vec<_> = lines(&text).iter().filter_map(|l| split(&text, l, 0)).collect();
    fs::write(out.join("places.txt"), &text).expect("places list");
    write_table(&out.join("places.txt.tbl"), &text, &entries, false, "places.txt");
}

/// Give word `key` the list letter `letter` in `flags` (words in first-seen `order`). A word
/// too long (or empty) for a table is left out, as from the list's own table (with a warning).
fn flag(flags: &mut std::collections::HashMap<String, String>, order: &mut Vec<String>, key: &str, letter: char) {
    if key.is_empty() || key.len() > lexicon_table::MAX_KEY {
        return;
    }
    let entry = flags.entry(key.to_owned()).or_insert_with(|| {
        order.push(key.to_owned());
        String::new()
    });
    if !entry.contains(letter) {
        entry.push(letter);
    }
}

/// The single-word lists the name rules ask of a capitalised token, as one table: each word
/// with the letters of the lists that hold it (see `lexicon::NameWords`), and the gazetteer's
/// class letter. One probe answers every question the rules ask of a token's exact text.
fn write_name_words(data: &Path, out: &Path) {
    let mut flags: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let lists = [
        ("person_given.txt", 'g'),
        ("person_given_ambiguous.txt", 'a'),
        ("person_surnames.txt", 's'),
        ("person_surnames_ambiguous.txt", 'b'),
        ("demonyms.txt", 'd'),
        ("org_suffixes.txt", 'o'),
    ];
    for (file, letter) in lists {
        let list = fs::read_to_string(data.join(file)).unwrap_or_default();
        for line in lines(&list) {
            let Some((key, _)) = split(&list, &line, 0) else { continue };
            let key = &list[key];
            flag(&mut flags, &mut order, key, letter);
        }
    }
    // Every gazetteer name with its class, as `write_places` gives it (its list is written
    // first): a word in no other list may still be a place.
    let places = fs::read_to_string(out.join("places.txt")).expect("places list");
    for line in places.lines() {
        let Some((key, class)) = line.split_once('\t') else { continue };
        let entry = flags.entry(key.to_owned()).or_insert_with(|| {
            order.push(key.to_owned());
            String::new()
        });
        entry.push_str(class);
    }
    // Capitalised stop words, well-known organisations' names and their acronyms, by exact
    // text: one probe of this table tells the name rules that a word is none of them (nearly
    // every word), and only the few that are are looked up in their own lists.
    let orgs = fs::read_to_string(data.join("org_known.txt")).unwrap_or_default();
    let stopwords = fs::read_to_string(data.join("stopwords_capitalised.txt")).unwrap_or_default();
    let mut flagged: Vec<(&str, char)> = Vec::new();
    for line in lines(&stopwords) {
        if let Some((key, _)) = split(&stopwords, &line, 0) {
            flagged.push((&stopwords[key], 'x'));
        }
    }
    for line in lines(&orgs) {
        if let Some((key, _)) = split(&orgs, &line, 0) {
            flagged.push((&orgs[key], 'k'));
        }
        if let Some((key, _)) = split(&orgs, &line, 1) {
            flagged.push((&orgs[key], 'r'));
        }
    }
    for (key, letter) in flagged {
        flag(&mut flags, &mut order, key, letter);
    }
    let mut text = String::new();
    for key in &order {
        text.push_str(key);
        text.push('\t');
        text.push_str(&flags[key]);
        text.push('\n');
    }
    let entries: Vec<_> = lines(&text).iter().filter_map(|l| split(&text, l, 0)).collect();
    fs::write(out.join("name_words.txt"), &text).expect("name words list");
    write_table(&out.join("name_words.txt.tbl"), &text, &entries, false, "name_words.txt");
}

/// A filter of the gazetteer's and the well-known organisations' names in ASCII lower case
/// (`lexicon::may_be_place_or_known_org`): the segmentation of ALL-CAPS lines tries many runs
/// of words, and the filter turns away nearly all of them before any lookup.
fn write_phrase_filter(data: &Path, out: &Path) {
    let places = fs::read_to_string(out.join("places.txt")).expect("places list");
    let orgs = fs::read_to_string(data.join("org_known.txt")).unwrap_or_default();
    let place_keys = places.lines().filter_map(|l| l.split_once('\t')).map(|(k, _)| k);
    let org_keys = lines(&orgs).into_iter().filter_map(|l| split(&orgs, &l, 0)).map(|(k, _)| &orgs[k]);
    let filter = lexicon_table::build_phrase_filter(place_keys.chain(org_keys).collect::<Vec<_>>().into_iter());
    fs::write(out.join("phrases.filter"), filter).expect("phrase filter");
}
