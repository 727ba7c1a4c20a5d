//! Hand-written expectations for the seed clipping (fixtures/scmp_digital_silk_road.txt).

mod common;

use newsdesk::report::{MentionType, Report, Source};
use newsdesk::{analyse, Options};

fn seed() -> (String, Report) {
    let text = std::fs::read_to_string(common::fixture("scmp_digital_silk_road.txt")).unwrap();
    let report = analyse(&text, Source::default(), vec![], &Options::default());
    (text, report)
}

fn entity<'a>(r: &'a Report, kind: MentionType, name: &str) -> &'a newsdesk::report::Entity {
    r.entities
        .iter()
        .find(|e| e.kind == kind && e.name == name)
        .unwrap_or_else(|| panic!("no {} entity {name:?}; have {:?}", kind.as_str(), r.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>()))
}

#[test]
fn people() {
    let (_, r) = seed();
    for name in ["Ben Jiang", "Ren Xianliang", "Cosmas Luckyson Zavazava", "Simon Song"] {
        entity(&r, MentionType::Person, name);
    }
    let ren = entity(&r, MentionType::Person, "Ren Xianliang");
    assert!(ren.aliases.iter().any(|a| a == "Ren"), "Ren is an alias: {:?}", ren.aliases);
    assert!(ren.count >= 5, "Ren Xianliang and four of Ren's 'Ren said': {}", ren.count);
}

#[test]
fn organisations() {
    let (_, r) = seed();
    for name in [
        "Intel",
        "Micron Technology",
        "Qualcomm",
        "PDD Holdings",
        "Lenovo Group",
        "Pingan Group",
        "South China Morning Post",
        "UN",
    ] {
        entity(&r, MentionType::Organisation, name);
    }
    let wic = entity(&r, MentionType::Organisation, "World Internet Conference");
    assert!(wic.aliases.iter().any(|a| a == "WIC"));
    let itu = entity(&r, MentionType::Organisation, "International Telecommunication Union");
    assert!(itu.aliases.iter().any(|a| a == "ITU"), "{:?}", itu.aliases);
    let alibaba = entity(&r, MentionType::Organisation, "Alibaba Group Holding");
    assert!(alibaba.aliases.iter().any(|a| a == "Alibaba"));
}

#[test]
fn places() {
    let (_, r) = seed();
    for name in ["China", "Beijing", "Xian", "Shaanxi", "US"] {
        entity(&r, MentionType::Place, name);
    }
}

#[test]
fn dates_and_figures() {
    let (_, r) = seed();
    let texts = |kind: MentionType| -> Vec<&str> { r.mentions.iter().filter(|m| m.kind == kind).map(|m| m.text.as_str()).collect() };
    let dates = texts(MentionType::Date);
    for d in ["next month", "April 16", "yesterday", "2015", "2022"] {
        assert!(dates.contains(&d), "date {d:?} in {dates:?}");
    }
    let figures = texts(MentionType::Figure);
    for f in ["over 30", "2.6 billion", "three"] {
        assert!(figures.contains(&f), "figure {f:?} in {figures:?}");
    }
    assert!(figures.iter().any(|f| f.ends_with("one-third")), "one-third in {figures:?}");
    let billion = r.mentions.iter().find(|m| m.text == "2.6 billion").unwrap();
    assert_eq!(billion.value, serde_json::json!(2600000000u64));
    assert!(!figures.iter().any(|f| *f == "2015" || *f == "16"), "years and days are not figures: {figures:?}");
}

#[test]
fn acronyms() {
    let (_, r) = seed();
    assert!(r.acronyms.iter().any(|a| a.short == "DSR" && a.long == "Digital Silk Road"), "{:?}", r.acronyms);
    assert!(r.acronyms.iter().any(|a| a.short == "WIC" && a.long == "World Internet Conference"));
}

#[test]
fn nothing_absurd() {
    let (_, r) = seed();
    for m in &r.mentions {
        assert!(!(m.kind == MentionType::Person && m.text == "Photo"), "person Photo");
        assert!(!(m.kind == MentionType::Place && m.text == "Newspapers"), "place Newspapers");
        assert!(!matches!(m.text.as_str(), "Participants" | "Initiative" | "Cross-border" | "The" | "English"), "{m:?}");
    }
}

#[test]
fn offsets_index_the_text() {
    let (text, r) = seed();
    let chars: Vec<char> = text.chars().collect();
    for m in &r.mentions {
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
        assert_eq!(&text[m.byte_start..m.byte_end], m.text);
    }
}

#[test]
fn headline_capitals_join_the_body_entity() {
    let text = "ESSEX BEAT KENT IN TITLE RACE\nLONDON 2024-05-02\nEssex beat Kent by nine wickets in the championship, scoring 300 runs in their innings; the bowler took four wickets.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let essex: Vec<_> = r.entities.iter().filter(|e| e.name.eq_ignore_ascii_case("essex")).collect();
    assert_eq!(essex.len(), 1, "{:?}", r.entities);
    assert_eq!(essex[0].name, "Essex");
    assert_eq!(essex[0].count, 2);
    assert_eq!(essex[0].aliases, ["ESSEX"]);
}

#[test]
fn a_family_name_inside_a_longer_name_is_an_alias() {
    let text = "Alvin Goh Wee Kiat, the chief executive, spoke first. Later Mr Goh said the cable was ready.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let goh: Vec<_> = r.entities.iter().filter(|e| e.kind == MentionType::Person).collect();
    assert_eq!(goh.len(), 1, "{goh:?}");
    assert_eq!(goh[0].name, "Alvin Goh Wee Kiat");
    assert_eq!(goh[0].aliases, ["Goh"]);
}
