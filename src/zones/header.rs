//! PressReader, wire and plain copy: a header read from the top (publication, headline,
//! standfirst, byline, date line, dateline), and the furniture anywhere else (captions,
//! trailer and copyright lines, wire credits), found line by line.

use std::ops::Range;

use crate::calendar::Date;
use crate::tokens::TokKind;
use crate::report::{Caption, Zone};
use crate::zones::{byline, dateline, dates, Cx};

/// Lines of a header the top-down reading looks at, at most: a header is short.
const HEADER_LINES: usize = 6;

/// PressReader prints these after every article.
fn trailer(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    r.len() <= 6 && cx.t(r.start) == "Newspapers" && matches!(cx.t(r.start + 1), "in" | "from")
}

fn copyright(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    if r.len() > 40 {
        return false;
    }
    let first = cx.t(r.start);
    // The line's text, sliced once for the three whole-line forms.
    let text = cx.line_text(l);
    matches!(first, "Copyright" | "COPYRIGHT" | "©")
        || first == "(" && cx.t(r.start + 1).eq_ignore_ascii_case("c") && cx.t(r.start + 2) == ")"
        || text.eq_ignore_ascii_case("all rights reserved")
        || text.eq_ignore_ascii_case("all rights reserved.")
        || text == "End of Document"
}

/// A link to another story that a page saved from the web keeps between paragraphs: "Read
/// more: Energy bills to fall in April", "Related: ...", "See also: ...".
fn related_link(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    let label = |n: usize| r.len() > n + 1 && cx.t(r.start + n) == ":";
    r.len() <= 40
        && match cx.lower(r.start) {
            "related" | "recommended" => label(1),
            "read" => matches!(cx.lower(r.start + 1), "more" | "also" | "next") && label(2),
            "see" => cx.lower(r.start + 1) == "also" && label(2),
            _ => false,
        }
}

/// A heading over a list of links, one a line, that a page saved from the web ends with:
/// "Related topics", "More on this story", "More from BBC Wales". The heading and the short
/// lines after it (no full stop, a few words) are the list; the line index past its end.
fn link_list(cx: &Cx<'_, '_>, l: usize) -> Option<usize> {
    let r = cx.lines[l].tokens.clone();
    let heading = match cx.lower(r.start) {
        "related" => r.len() == 2 && matches!(cx.lower(r.start + 1), "topics" | "stories" | "links" | "articles" | "content" | "coverage"),
        "more" => (3..=6).contains(&r.len()) && matches!((cx.lower(r.start + 1), cx.lower(r.start + 2)), ("on", "this") | ("from", _)),
        _ => false,
    };
    if !heading || cx.t(r.end - 1) == "." {
        return None;
    }
    let item = |k: usize| {
        let t = cx.lines[k].tokens.clone();
        !t.is_empty() && t.len() <= 8 && !is_terminal(cx.t(t.end - 1))
    };
    let mut end = l + 1;
    while end < cx.lines.len() && item(end) {
        end += 1;
    }
    Some(end)
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

/// A headline: a short line with no closing full stop (an ALL-CAPS wire headline may have
/// one), standing alone or right above header material.
fn headline(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    let words = cx.words(l);
    if !(2..=30).contains(&words) || l + 1 >= cx.lines.len() {
        return false;
    }
    let caps = cx.all_caps(l);
    if cx.t(r.end - 1) == "," {
        return false;
    }
    // Old wire copy ends its headline with a full stop; then a dateline line must follow.
    if is_terminal(cx.t(r.end - 1)) && !caps {
        return header_line(cx, l + 1);
    }
    caps || cx.ends_paragraph(l) || header_line(cx, l + 1)
}

/// A byline, a date line or a dateline of its own.
fn header_line(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    byline::parse(cx, r.start, r.end, false).is_some()
        || date_line(cx, l).is_some()
        || date_after_separator(cx, r.start, r.end).is_some()
        || dateline::at(cx, r.start, r.end, true).is_some()
}

/// "Published: 14 March 2024", "April 16, 2024 Tuesday", "16 April 2024 09:42 GMT", "Last
/// updated: Wednesday, 20 March, 2013, 14:32 GMT", "Updated 3:45 PM ET, Wed March 20, 2013",
/// "Posted on 20.03.2013", "2013-03-20T14:32:00Z", "Mar 20 2013 at 3:45 PM".
fn date_line(cx: &Cx<'_, '_>, l: usize) -> Option<dates::Partial> {
    let r = cx.lines[l].tokens.clone();
    date_in(cx, r.start, r.end)
}

/// A date line's date among tokens `start..end`: what the line holds besides the date is a
/// label before it, a clock time before or after it, and separators.
fn date_in(cx: &Cx<'_, '_>, start: usize, end: usize) -> Option<dates::Partial> {
    if end - start > 24 {
        return None;
    }
    let k = after_clock(cx, after_label(cx, start, end), end);
    let (p, next) = dates::at(cx, k, end)?;
    (p.month.is_some() && (next..end).all(|i| dates::trailing_noise(cx, i))).then_some(p)
}

/// Past the label a content system prints before a date ("Published:", "Last updated:",
/// "Posted on", "UPDATED").
fn after_label(cx: &Cx<'_, '_>, start: usize, end: usize) -> usize {
    let mut k = start;
    while k < end
        && k < start + 3
        && matches!(cx.lower(k), "published" | "updated" | "posted" | "date" | "dated" | "last" | "first" | "on" | "created" | "modified")
    {
        k += 1;
    }
    if k > start && k < end && cx.t(k) == ":" {
        k += 1;
    }
    k
}

/// Whether tokens `k..` (before `end`) open with a clock time in digits: "3 : 45", "14 : 32".
fn clock_at(cx: &Cx<'_, '_>, k: usize, end: usize) -> bool {
    let digits = |j: usize| j < end && !cx.t(j).is_empty() && cx.t(j).bytes().all(|b| b.is_ascii_digit());
    digits(k) && cx.t(k + 1) == ":" && digits(k + 2)
}

/// Past a clock time printed before the date, with its zone and a comma: "3:45 PM ET,".
fn after_clock(cx: &Cx<'_, '_>, start: usize, end: usize) -> usize {
    if !clock_at(cx, start, end) {
        return start;
    }
    let mut k = start + 3;
    while k < end && !matches!(cx.t(k), ",") && dates::trailing_noise(cx, k) {
        k += 1;
    }
    if k < end && cx.t(k) == "," {
        k + 1
    } else {
        k
    }
}

/// "By John Smith | 20/03/2013": a date after the last separator of a header line, and where
/// the rest of the line ends.
fn date_after_separator(cx: &Cx<'_, '_>, start: usize, end: usize) -> Option<(usize, dates::Partial)> {
    // A date line is at most 24 tokens ([`date_in`]): no need to look further back for its bar.
    let bar = (start + 1..end).rev().take(25).find(|&k| matches!(cx.t(k), "|" | "·" | "•"))?;
    date_in(cx, bar + 1, end).map(|p| (bar, p))
}

/// How far down a page saved from the web the publication stamp may sit, under the site's own
/// furniture (menus, sign-in and sharing links).
const STAMP_LINES: usize = 6;

/// The clipping's date when no header gave one: the first of the top lines that is a date line
/// ("Wed, Mar 20, 2013, 09:15 EST-US"), ends in one after a separator ("AP | 20/03/2013
/// 09:15 AM"), or starts with a full date and a clock time, a time stamp ("Wed, Mar 20, 2013,
/// 09:15 GMT Markets open ..."). A date alone opening a sentence is not taken.
pub fn stamp_near_top(cx: &Cx<'_, '_>) -> Option<Date> {
    (0..cx.lines.len().min(STAMP_LINES)).find_map(|l| {
        let r = cx.lines[l].tokens.clone();
        date_line(cx, l)
            .or_else(|| date_after_separator(cx, r.start, r.end).map(|(_, p)| p))
            .or_else(|| stamped(cx, r.start, r.end))
            .and_then(|p| p.full())
    })
}

/// A full date with a clock time right after it, at the start of tokens `start..end`.
fn stamped(cx: &Cx<'_, '_>, start: usize, end: usize) -> Option<dates::Partial> {
    let (p, mut k) = dates::at(cx, start, end)?;
    p.full()?;
    if cx.t(k) == "," {
        k += 1;
    }
    clock_at(cx, k, end).then_some(p)
}

/// A standfirst: one line standing alone, longer than a label, with a byline or date below.
fn standfirst(cx: &Cx<'_, '_>, l: usize) -> bool {
    let words = cx.words(l);
    (3..=60).contains(&words)
        && cx.ends_paragraph(l)
        && (l + 1..cx.lines.len().min(l + 3)).any(|n| header_line(cx, n))
}

/// Where a header whose headline is line `h` ends: past the standfirst right under it and
/// the byline, date and dateline lines under that (at most [`HEADER_LINES`]); and whether it
/// holds any of those lines.
fn header_end(cx: &Cx<'_, '_>, h: usize) -> (usize, bool) {
    let stop = (h + 1 + HEADER_LINES).min(cx.lines.len());
    let mut k = h + 1;
    if k < stop && standfirst(cx, k) {
        k += 1;
    }
    let after_standfirst = k;
    while k < stop && header_line(cx, k) {
        k += 1;
    }
    (k, k > after_standfirst)
}

/// A short line that may label a page: a masthead or a section, at most six words with no
/// closing stop, written as a name is (every word capitalised but the small joining ones:
/// "The Northern Courier", "Business | Energy"). A headline in sentence case ("Rovers stun
/// leaders with late double") is none.
fn label_line(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    let name_cased = |k: usize| {
        let t = cx.tok(k);
        t.kind != TokKind::Word || !t.text.starts_with(|c: char| c.is_lowercase()) || matches!(t.text, "of" | "the" | "and" | "for" | "in" | "on" | "at" | "de" | "la" | "du" | "des" | "der" | "van" | "von")
    };
    !r.is_empty() && (1..=6).contains(&cx.words(l)) && !is_terminal(cx.t(r.end - 1)) && r.clone().all(name_cased)
}

/// The headline under one or two label lines from line `l` ([`label_line`]; the last stands
/// alone), when the header under it reaches further than the header read with line `l` as
/// the headline: "The Northern Courier" / "Business | Energy" / headline / standfirst / byline
/// / date, where line `l` read as the headline would take the real one for its standfirst
/// and stop there.
fn headline_under_labels(cx: &Cx<'_, '_>, l: usize) -> Option<usize> {
    let n = cx.lines.len();
    if l >= n || !label_line(cx, l) {
        return None;
    }
    // The first line read as the headline finds a byline, date or dateline under it (as wire
    // copy's does): nothing to reconsider, and nothing more to pay.
    let plain_end = if headline(cx, l) {
        match header_end(cx, l) {
            (_, true) => return None,
            (end, false) => end,
        }
    } else {
        l
    };
    let mut best: Option<(usize, usize)> = None;
    for h in l + 1..(l + 3).min(n) {
        if !label_line(cx, h - 1) {
            break;
        }
        if cx.ends_paragraph(h - 1) && headline(cx, h) {
            let (end, _) = header_end(cx, h);
            if end > best.map_or(plain_end, |(_, e)| e) {
                best = Some((h, end));
            }
        }
    }
    best.map(|(h, _)| h)
}

/// A section label rather than a masthead: one word ("Business"), or words split by a
/// separator ("Business | Energy", "World › Asia").
fn section_like(cx: &Cx<'_, '_>, l: usize) -> bool {
    let r = cx.lines[l].tokens.clone();
    cx.words(l) == 1 || r.clone().any(|k| matches!(cx.t(k), "|" | "›" | ">" | "/" | "»" | "·"))
}

/// Read the header of PressReader, wire or plain copy; returns the shape's name.
pub fn plain(cx: &mut Cx<'_, '_>) -> &'static str {
    let n = cx.lines.len();
    let pressreader = (0..n).rev().take(8).any(|l| trailer(cx, l));
    let mut l = 0;
    // PressReader: the masthead, a short title-case line standing alone.
    if pressreader && n > 2 && cx.ends_paragraph(0) && cx.words(0) <= 8 && !is_terminal(cx.t(cx.lines[0].tokens.end - 1)) {
        let r = cx.lines[0].tokens.clone();
        cx.z.article.publication = Some(cx.span(r.clone()));
        cx.set(r, Zone::Publication);
        l = 1;
    }
    // A page saved from the web may put its masthead and section above the headline ("The
    // Northern Courier", "Business | Energy"): short lines standing alone, taken only when
    // the headline they sit over has header material under it and the first line has none.
    if let Some(h) = headline_under_labels(cx, l) {
        for (k, label) in (l..h).enumerate() {
            let r = cx.lines[label].tokens.clone();
            let is_section = k + 1 == h - l && (h - l == 2 || section_like(cx, label));
            if is_section {
                cx.z.article.section = Some(cx.span(r.clone()));
                cx.set(r, Zone::Boilerplate);
            } else if cx.z.article.publication.is_none() {
                cx.z.article.publication = Some(cx.span(r.clone()));
                cx.set(r, Zone::Publication);
            } else {
                cx.set(r, Zone::Boilerplate);
            }
        }
        l = h;
    }
    if l < n && headline(cx, l) {
        let r = cx.lines[l].tokens.clone();
        cx.z.article.headline = Some(cx.span(r.clone()));
        cx.set(r, Zone::Headline);
        l += 1;
    }
    let mut wire = false;
    let stop = (l + HEADER_LINES).min(n);
    while l < stop {
        let mut r = cx.lines[l].tokens.clone();
        if let Some((bar, p)) = date_after_separator(cx, r.start, r.end).filter(|_| date_line(cx, l).is_none()) {
            cx.set(bar..r.end, Zone::Dateline);
            cx.z.date = cx.z.date.or(p.full());
            r.end = bar;
        }
        if let Some(credits) = byline::parse(cx, r.start, r.end, false) {
            let b: Vec<_> = credits.iter().map(|c| c.to_byline(cx)).collect();
            cx.z.article.byline.extend(b);
            cx.set(r, Zone::Byline);
        } else if let Some((credit, lines)) = byline::name_over_job(cx, l) {
            let b = credit.to_byline(cx);
            cx.z.article.byline.push(b);
            for k in l..l + lines {
                cx.set(cx.lines[k].tokens.clone(), Zone::Byline);
            }
            l += lines;
            continue;
        } else if let Some(p) = date_in(cx, r.start, r.end) {
            cx.set(r, Zone::Dateline);
            cx.z.date = cx.z.date.or(p.full());
        } else if let Some(h) = dateline::at(cx, r.start, r.end, true) {
            dateline::record(cx, &h);
            wire |= dateline::is_wire(cx, &h);
        } else if cx.z.article.headline.is_some()
            && cx.z.article.standfirst.is_none()
            && cx.z.article.byline.is_empty()
            && standfirst(cx, l)
        {
            cx.z.article.standfirst = Some(cx.span(r.clone()));
            cx.set(r, Zone::Standfirst);
        } else {
            break;
        }
        l += 1;
    }
    if l < n {
        cx.body_line = Some(l);
        let r = cx.lines[l].tokens.clone();
        if cx.z.article.dateline.is_none() {
            if let Some(h) = dateline::at(cx, r.start, r.end, false) {
                dateline::record(cx, &h);
                wire = true;
            }
        }
    }
    if pressreader {
        "pressreader"
    } else if wire {
        "wire"
    } else {
        "plain"
    }
}

/// Words a caption line starts with, before its credit: "Photo: Simon Song" (`lw` in ASCII
/// lower case).
fn caption_label(lw: &str) -> bool {
    matches!(
        lw,
        "photo" | "photos" | "picture" | "pictures" | "photograph" | "image" | "graphic" | "illustration" | "photography"
    )
}

/// Mark furniture among the lines still in the body: captions (and their repeats), trailer
/// and copyright lines, wire credit lines.
pub fn furniture(cx: &mut Cx<'_, '_>) {
    for l in 0..cx.lines.len() {
        let r = cx.lines[l].tokens.clone();
        if r.is_empty() || cx.z.zone[r.start] != Zone::Body || !may_open_furniture(cx.t(r.start), cx.lower(r.start)) {
            continue;
        }
        if trailer(cx, l) || copyright(cx, l) || related_link(cx, l) {
            cx.set(r, Zone::Boilerplate);
        } else if let Some(end) = link_list(cx, l) {
            for k in l..end {
                cx.set(cx.lines[k].tokens.clone(), Zone::Boilerplate);
            }
        } else if let Some(credits) = byline::credit_line(cx, r.start, r.end) {
            let b: Vec<_> = credits.iter().map(|c| c.to_byline(cx)).collect();
            cx.z.article.byline.extend(b);
            cx.set(r, Zone::Byline);
        } else {
            caption(cx, l);
        }
    }
}

/// Whether a line whose first token is `first` may be furniture, by its first byte: every
/// furniture line opens with one of a few letters (in either case), a bracket, a question
/// mark (PressReader's caption marks) or the lead byte of "©"; and then by the word itself
/// (`lower`, in ASCII lower case), one of the few any rule opens with. Most body lines are
/// turned away here, before the rules read them one by one.
fn may_open_furniture(first: &str, lower: &str) -> bool {
    first.as_bytes().first().is_some_and(|&b| FURNITURE_FIRST[usize::from(b)]) && (furniture_opener(lower) || caption_label(lower))
}

/// The words (in ASCII lower case) the trailer, copyright, related-link and credit-line rules
/// open a line with, and the caption marks.
fn furniture_opener(lower: &str) -> bool {
    matches!(
        lower,
        "newspapers" | "copyright" | "©" | "(" | "all" | "end" | "related" | "recommended" | "read" | "see" | "more" | "reporting"
            | "editing" | "writing" | "compiled" | "additional" | "graphics" | "research" | "[" | "?"
    )
}

/// The first bytes of furniture lines: "Newspapers" ([`trailer`]); "Copyright", "©", "(c)",
/// "All rights reserved", "End of Document" ([`copyright`]); "Related", "Recommended",
/// "Read", "See" ([`related_link`]); "Related", "More" ([`link_list`]); "(", "Reporting",
/// "Editing", "Writing", "Compiled", "Additional", "Graphics", "Research"
/// ([`byline::credit_line`]); "[", "?" and the
/// [`caption_label`]s ("Photo", "Picture", "Image", "Graphic", "Illustration"). Letters are
/// taken in both cases (most rules compare without case).
const FURNITURE_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let letters = b"aceginmprsw";
    let mut k = 0;
    while k < letters.len() {
        t[letters[k] as usize] = true;
        t[letters[k].to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    let others = [b'(', b'[', b'?', "©".as_bytes()[0]];
    let mut k = 0;
    while k < others.len() {
        t[others[k] as usize] = true;
        k += 1;
    }
    t
};

/// "?? Photo: Simon Song ?? Participants from ..." (PressReader's marks around the credit),
/// or "Photo: Simon Song Participants from ..." repeating an earlier caption.
fn caption(cx: &mut Cx<'_, '_>, l: usize) {
    let line = cx.lines[l].tokens.clone();
    // "[Photo: ...]", as pages saved from the web print a picture's caption: read inside the
    // brackets.
    let bracketed = cx.t(line.start) == "[" && line.len() > 2 && cx.t(line.end - 1) == "]";
    let r = if bracketed { line.start + 1..line.end - 1 } else { line.clone() };
    let mut k = r.start;
    let marked = cx.t(k) == "?";
    while k < r.end && cx.t(k) == "?" {
        k += 1;
    }
    // "Photo:", or "Image caption:" as some sites print it: the token after the label's colon.
    let after_label = |k: usize| {
        let colon = if cx.lower(k + 1) == "caption" { k + 2 } else { k + 1 };
        (caption_label(cx.lower(k)) && cx.t(colon) == ":").then_some(colon + 1)
    };
    let Some(credit_start) = after_label(k).filter(|&c| c < r.end) else {
        return;
    };
    let mut credit = None;
    let mut text_start = credit_start;
    let mut text_end = r.end;
    if marked {
        if let Some(q) = (credit_start..r.end).find(|&j| cx.t(j) == "?") {
            credit = (q > credit_start).then_some(credit_start..q);
            text_start = q;
            while text_start < r.end && cx.t(text_start) == "?" {
                text_start += 1;
            }
        }
    }
    // A repeat: the line ends with an earlier caption's text (compared, not searched for).
    let line_end = cx.tok(r.end - 1).end();
    let mut repeat_of = None;
    if !marked {
        // The repeat follows its caption closely: only the last few are compared.
        let n_caps = cx.z.article.captions.len();
        for (ci, c) in cx.z.article.captions.iter().enumerate().skip(n_caps.saturating_sub(4)) {
            let Some(at) = line_end.checked_sub(c.text.len()) else { continue };
            if c.text.is_empty() || at <= cx.tok(credit_start).start() || !cx.doc.text.is_char_boundary(at) {
                continue;
            }
            if cx.doc.text[at..line_end] == c.text {
                if let Ok(j) = cx.doc.tokens[r.clone()].binary_search_by_key(&at, |t| t.start()) {
                    repeat_of = Some(ci);
                    text_start = r.start + j;
                    credit = Some(credit_start..text_start);
                    break;
                }
            }
        }
    }
    // "Photo: The operations centre in Grimsby. Photograph: Hannah Lowe": the credit closes
    // the caption, after a label of its own.
    if !marked && repeat_of.is_none() {
        if let Some((j, c)) = (text_start + 1..r.end.saturating_sub(2)).rev().take(8).find_map(|j| Some((j, after_label(j)?))) {
            credit = Some(c..r.end);
            text_end = j;
        } else if let Some(open) = bracketed_credit(cx, text_start..r.end) {
            // "... in Cardiff on Saturday (Getty Images)": an agency's name in brackets ends it.
            credit = Some(open + 1..r.end - 1);
            text_end = open;
        }
    }
    // A bare credit line ("Photo: Reuters") is a caption with no text of its own.
    if text_start >= text_end {
        text_start = credit_start;
        text_end = r.end;
        credit = None;
    }
    let s = cx.span(text_start..text_end);
    let credit_text = credit.filter(|c| !c.is_empty()).map(|c| cx.text(c).to_owned());
    cx.z.article.captions.push(Caption {
        text: s.text,
        start: s.start,
        end: s.end,
        byte_start: s.byte_start,
        byte_end: s.byte_end,
        credit: credit_text,
        repeat_of,
    });
    cx.set(line.clone(), Zone::Caption);
    if repeat_of.is_some() {
        cx.mute(line);
    }
}

/// The opening bracket of a credit closing caption text `r`: a few capitalised words in
/// brackets ("(AFP)", "(Getty Images)", "(Reuters/Ana Ruiz)") after some text of its own.
fn bracketed_credit(cx: &Cx<'_, '_>, r: Range<usize>) -> Option<usize> {
    if r.len() < 4 || cx.t(r.end - 1) != ")" {
        return None;
    }
    let open = (r.end.saturating_sub(6).max(r.start + 1)..r.end - 1).rev().find(|&j| cx.t(j) == "(")?;
    let credit_word = |j: usize| cx.tok(j).is_capitalised() || cx.tok(j).is_all_caps() || cx.t(j) == "/";
    (open + 1 < r.end - 1 && (open + 1..r.end - 1).all(credit_word)).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word a furniture rule opens a line with gets past the first-byte test, in the
    /// cases the rules take.
    #[test]
    fn furniture_openers_pass_the_first_byte_test() {
        let words = [
            "Newspapers", "Copyright", "COPYRIGHT", "©", "(", "All", "all", "ALL", "End", "Related", "Recommended", "Read", "See",
            "reporting", "editing", "writing", "compiled", "additional", "graphics", "research", "[", "?", "photo", "photos",
            "picture", "pictures", "photograph", "image", "graphic", "illustration", "photography", "more", "More",
        ];
        for w in words {
            for form in [w.to_owned(), w.to_ascii_lowercase(), w.to_ascii_uppercase()] {
                assert!(may_open_furniture(&form, &form.to_ascii_lowercase()), "{form}");
            }
        }
        for w in ["The", "he", "Mr", "", "“Yes", "Tuesday", "1996", "Police", "China", "Reuters", "Alan"] {
            assert!(!may_open_furniture(w, &w.to_ascii_lowercase()), "{w}");
        }
    }
}
