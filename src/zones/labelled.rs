//! Labelled exports. Factiva prints two- or three-letter field codes at the start of a line
//! (HD headline, BY byline, PD date, SN source name, LP/TD lead and text, CO/IN/NS/RE
//! indexing); LexisNexis prints "LABEL:" fields (SECTION, LENGTH, HEADLINE, BYLINE, DATELINE,
//! BODY, then LOAD-DATE, LANGUAGE ... after the story) under a centred publication and date.
//! The labels and the fields that are not the story are boilerplate; the story fields get
//! their zones.

use std::ops::Range;

use crate::report::{Dateline, Zone};
use crate::zones::{byline, dateline, dates, Cx};

const FACTIVA_HEADER: &[&str] = &["HD", "BY", "WC", "PD", "ET", "SN", "SC", "PG", "LA", "CY", "SE", "CR", "ED", "RF", "ART", "CLM"];
const FACTIVA_INDEX: &[&str] = &["CO", "IN", "NS", "RE", "IPD", "PUB", "AN"];

fn factiva_code(cx: &Cx<'_, '_>, l: usize) -> Option<&'static str> {
    let t = cx.t(cx.lines[l].tokens.start);
    FACTIVA_HEADER.iter().chain(FACTIVA_INDEX).chain(&["LP", "TD"]).find(|&&c| c == t).copied()
}

/// Factiva: the first line is HD, and several other lines carry field codes.
pub fn is_factiva(cx: &Cx<'_, '_>) -> bool {
    !cx.lines.is_empty()
        && cx.t(cx.lines[0].tokens.start) == "HD"
        && (1..cx.lines.len()).filter(|&l| factiva_code(cx, l).is_some()).take(3).count() >= 3
}

/// The value of a field: the line after its label.
fn value(cx: &Cx<'_, '_>, l: usize, label_len: usize) -> Range<usize> {
    let r = cx.lines[l].tokens.clone();
    (r.start + label_len).min(r.end)..r.end
}

pub fn factiva(cx: &mut Cx<'_, '_>) {
    #[derive(PartialEq)]
    enum Mode {
        Header,
        Body,
        Index,
    }
    let mut mode = Mode::Header;
    for l in 0..cx.lines.len() {
        let r = cx.lines[l].tokens.clone();
        let code = factiva_code(cx, l).filter(|c| mode != Mode::Body || FACTIVA_INDEX.contains(c) || matches!(*c, "LP" | "TD") && r.len() == 1);
        let Some(code) = code else {
            if mode == Mode::Body {
                if cx.body_line.is_none() {
                    cx.body_line = Some(l);
                    if let Some(h) = dateline::at(cx, r.start, r.end, false) {
                        dateline::record(cx, &h);
                    }
                }
            } else {
                // "Document ASMKTD0020240416e04g0001x" and any stray header line.
                cx.set(r, Zone::Boilerplate);
            }
            continue;
        };
        cx.set(r.start..r.start + 1, Zone::Boilerplate);
        let v = value(cx, l, 1);
        match code {
            "HD" if !v.is_empty() => {
                cx.z.article.headline = Some(cx.span(v.clone()));
                cx.set(v, Zone::Headline);
            }
            "BY" if !v.is_empty() => {
                // "BY By Kenji Morimoto and ...": the field label, then the byline as printed.
                match byline::parse(cx, v.start, v.end, true) {
                    Some(credits) => {
                        let b: Vec<_> = credits.iter().map(|c| c.to_byline(cx)).collect();
                        cx.z.article.byline.extend(b);
                    }
                    None => cx.set(v.clone(), Zone::Boilerplate),
                }
                if cx.z.zone[v.start] != Zone::Boilerplate {
                    cx.set(v, Zone::Byline);
                }
            }
            "PD" => {
                if let Some((p, _)) = dates::at(cx, v.start, v.end) {
                    cx.z.date = cx.z.date.or(p.full());
                }
                cx.set(v, Zone::Dateline);
            }
            "SN" if !v.is_empty() => {
                cx.z.article.publication = Some(cx.span(v.clone()));
                cx.set(v, Zone::Publication);
            }
            "SE" if !v.is_empty() => {
                cx.z.article.section = Some(cx.span(v.clone()));
                cx.set(v, Zone::Boilerplate);
            }
            "LP" | "TD" => mode = Mode::Body,
            c if FACTIVA_INDEX.contains(&c) => {
                mode = Mode::Index;
                cx.set(v, Zone::Boilerplate);
            }
            _ => cx.set(v, Zone::Boilerplate),
        }
    }
}

const LEXIS_STORY: &[&str] = &["HEADLINE", "BYLINE", "DATELINE", "BODY", "HIGHLIGHT", "SECTION", "LENGTH"];
const LEXIS_FOOTER: &[&str] = &[
    "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENT-TYPE", "JOURNAL-CODE", "GRAPHIC", "CORRECTION-DATE", "NOTES", "URL",
    "SUBJECT", "ORGANIZATION", "PERSON", "GEOGRAPHIC", "INDUSTRY", "TICKER", "COMPANY", "CITY", "STATE", "COUNTRY", "SERIES",
    "DISTRIBUTION", "TYPE", "PUBLICATION", "CORRECTION",
];

fn lexis_label(cx: &Cx<'_, '_>, l: usize) -> Option<&'static str> {
    let r = cx.lines[l].tokens.clone();
    if cx.t(r.start + 1) != ":" || r.len() < 2 {
        return None;
    }
    let t = cx.t(r.start);
    LEXIS_STORY.iter().chain(LEXIS_FOOTER).find(|&&c| c == t).copied()
}

pub fn is_lexis(cx: &Cx<'_, '_>) -> bool {
    let mut story = 0;
    let mut all = 0;
    for l in 0..cx.lines.len() {
        if let Some(label) = lexis_label(cx, l) {
            all += 1;
            story += usize::from(matches!(label, "HEADLINE" | "BODY" | "LENGTH"));
        }
    }
    all >= 3 && story >= 1
}

pub fn lexis(cx: &mut Cx<'_, '_>) {
    #[derive(PartialEq, Clone, Copy)]
    enum Mode {
        Top,
        Header,
        Body,
        Footer,
    }
    let mut mode = Mode::Top;
    // The field a wrapped value continues (a headline over two lines).
    let mut open: Option<Zone> = None;
    for l in 0..cx.lines.len() {
        let r = cx.lines[l].tokens.clone();
        let Some(label) = lexis_label(cx, l).filter(|_| mode != Mode::Body || cx.lines[l].blank_before) else {
            match mode {
                Mode::Top => top_line(cx, l),
                Mode::Header => match open.filter(|_| !cx.lines[l].blank_before) {
                    Some(z) => cx.set(r, z),
                    None => cx.set(r, Zone::Boilerplate),
                },
                Mode::Body => {
                    if cx.body_line.is_none() {
                        cx.body_line = Some(l);
                        if cx.z.article.dateline.is_none() {
                            if let Some(h) = dateline::at(cx, r.start, r.end, false) {
                                dateline::record(cx, &h);
                            }
                        }
                    }
                }
                Mode::Footer => cx.set(r, Zone::Boilerplate),
            }
            continue;
        };
        cx.set(r.start..r.start + 2, Zone::Boilerplate);
        let v = value(cx, l, 2);
        open = None;
        if mode == Mode::Top {
            mode = Mode::Header;
        }
        match label {
            "HEADLINE" if !v.is_empty() => {
                cx.z.article.headline = Some(cx.span(v.clone()));
                cx.set(v, Zone::Headline);
                open = Some(Zone::Headline);
            }
            "HIGHLIGHT" if !v.is_empty() => {
                cx.z.article.standfirst = Some(cx.span(v.clone()));
                cx.set(v, Zone::Standfirst);
                open = Some(Zone::Standfirst);
            }
            "BYLINE" if !v.is_empty() => {
                let credits = byline::parse(cx, v.start, v.end, true).unwrap_or_else(|| {
                    vec![byline::Credit { name: v.clone(), email: None, role: None }]
                });
                let b: Vec<_> = credits.iter().map(|c| c.to_byline(cx)).collect();
                cx.z.article.byline.extend(b);
                cx.set(v, Zone::Byline);
            }
            "DATELINE" if !v.is_empty() => {
                let s = cx.span(v.clone());
                let date = dates::at(cx, v.start, v.end).map(|(p, _)| p);
                cx.z.article.dateline = Some(Dateline {
                    text: s.text.clone(),
                    start: s.start,
                    end: s.end,
                    byte_start: s.byte_start,
                    byte_end: s.byte_end,
                    place: date.is_none().then_some(s.text),
                    date: date.and_then(|d| d.timex()),
                    agency: None,
                });
                cx.set(v, Zone::Dateline);
            }
            "SECTION" if !v.is_empty() => {
                // "BUSINESS; Pg. 3": the section is the part before the page.
                let end = v.clone().find(|&j| cx.t(j) == ";").unwrap_or(v.end);
                if end > v.start {
                    cx.z.article.section = Some(cx.span(v.start..end));
                }
                cx.set(v, Zone::Boilerplate);
            }
            "BODY" => {
                mode = Mode::Body;
                if !v.is_empty() {
                    cx.body_line = Some(l);
                }
            }
            "HEADLINE" | "HIGHLIGHT" | "BYLINE" | "DATELINE" | "SECTION" => {}
            _ => {
                if LEXIS_FOOTER.contains(&label) && mode == Mode::Body {
                    mode = Mode::Footer;
                }
                cx.set(v, Zone::Boilerplate);
            }
        }
    }
}

/// A line above the first label: the publication (first), the date, or a copyright or
/// "1 of 100 DOCUMENTS" line.
fn top_line(cx: &mut Cx<'_, '_>, l: usize) {
    let r = cx.lines[l].tokens.clone();
    if let Some((p, next)) = dates::at(cx, r.start, r.end).filter(|(p, next)| p.month.is_some() && (*next..r.end).all(|i| dates::trailing_noise(cx, i))) {
        let _ = next;
        cx.z.date = cx.z.date.or(p.full());
        cx.set(r, Zone::Dateline);
        return;
    }
    let text = cx.line_text(l);
    if cx.z.article.publication.is_none() && !text.contains("DOCUMENTS") && !text.starts_with("Copyright") && cx.words(l) <= 10 {
        cx.z.article.publication = Some(cx.span(r.clone()));
        cx.set(r, Zone::Publication);
    } else {
        cx.set(r, Zone::Boilerplate);
    }
}
