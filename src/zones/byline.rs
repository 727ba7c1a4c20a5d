//! Bylines and credits: "- Ben Jiang ben.jiang@scmp.com" (PressReader), "By Priya
//! Raghunathan", "By Kenji Morimoto and Tran Thi Thu Ha", "By Jane Doe, Political Editor",
//! and the wire credit "(Reporting by Faith Wambui in Nairobi; Editing by Catherine Evans)".
//! A byline line holds little besides names, so it is read strictly: anything that does not
//! fit (a verb, a long clause) means the line is not a byline.

use std::ops::Range;

use crate::quotes::cues::is_role_head_at;
use crate::report::Byline;
use crate::tokens::TokKind;
use crate::zones::Cx;

/// Role words a byline may carry after a comma: "Political Editor", "Staff Reporter" (`lw`
/// in ASCII lower case).
fn role_word(lw: &str) -> bool {
    matches!(
        lw,
        "editor" | "correspondent" | "reporter" | "writer" | "staff" | "bureau" | "chief" | "columnist" | "analyst"
            | "contributor" | "producer" | "photographer" | "desk"
    )
}

/// Lower-case words that may sit inside a name ("van", "de", "bin").
fn particle(w: &str) -> bool {
    matches!(w, "van" | "von" | "de" | "der" | "den" | "da" | "di" | "du" | "del" | "la" | "le" | "bin" | "binti" | "al" | "el" | "ibn")
}

fn name_token(cx: &Cx<'_, '_>, i: usize) -> bool {
    let t = cx.tok(i);
    t.kind == TokKind::Word && (t.is_capitalised() || particle(t.text))
}

/// One credited name with its token range.
pub struct Credit {
    pub name: Range<usize>,
    pub email: Option<usize>,
    pub role: Option<String>,
}

impl Credit {
    pub fn to_byline(&self, cx: &Cx<'_, '_>) -> Byline {
        let s = cx.span(self.name.clone());
        Byline {
            name: s.text,
            start: s.start,
            end: s.end,
            byte_start: s.byte_start,
            byte_end: s.byte_end,
            email: self.email.map(|e| cx.t(e).to_owned()),
            role: self.role.clone(),
        }
    }
}

/// Names separated by "and", ",", "&": tokens `start..end` hold nothing else but e-mail
/// addresses and role segments. `None` when anything else is there.
fn names(cx: &Cx<'_, '_>, start: usize, end: usize, role: Option<&str>) -> Option<Vec<Credit>> {
    let mut out: Vec<Credit> = Vec::new();
    let mut k = start;
    while k < end {
        let t = cx.t(k);
        if matches!(t, "and" | "," | "&" | "|" | "/") {
            k += 1;
            continue;
        }
        if cx.tok(k).kind == TokKind::Email {
            let last = out.last_mut()?;
            if last.email.is_some() {
                return None;
            }
            last.email = Some(k);
            k += 1;
            continue;
        }
        // "in Nairobi", "at the Post": the rest is where, not who.
        if matches!(t, "in" | "at" | "for") {
            break;
        }
        let s = k;
        while k < end && name_token(cx, k) && k - s < 6 {
            k += 1;
        }
        if k == s || !cx.tok(s).is_capitalised() {
            return None;
        }
        // A role segment after a comma: "Jane Doe, Political Editor".
        if cx.t(s.wrapping_sub(1)) == "," && !out.is_empty() && (s..k).any(|j| role_word(cx.lower(j))) {
            out.last_mut()?.role = Some(cx.text(s..k).to_owned());
            continue;
        }
        out.push(Credit { name: s..k, email: None, role: role.map(str::to_owned) });
    }
    (!out.is_empty()).then_some(out)
}

/// A byline on tokens `start..end` (one line). `labelled`: a field label already said it is
/// one (Factiva BY, LexisNexis BYLINE), so no "By" or e-mail is needed.
pub fn parse(cx: &Cx<'_, '_>, start: usize, end: usize, labelled: bool) -> Option<Vec<Credit>> {
    if start >= end || end - start > 20 {
        return None;
    }
    let mut k = start;
    let mut marked = labelled;
    if matches!(cx.t(k), "-" | "–" | "—" | "•") {
        k += 1;
        marked = true;
    }
    if matches!(cx.t(k), "By" | "BY" | "by") {
        k += 1;
        marked = true;
    }
    let has_email = (k..end).any(|j| cx.tok(j).kind == TokKind::Email);
    if !marked && !has_email {
        return None;
    }
    let v = names(cx, k, end, None)?;
    // Names are short; a "By" sentence ("By noon the rain had stopped") is not a byline.
    if v.iter().any(|c| c.name.len() > 5 || c.name.len() < 2 && !labelled && c.email.is_none()) {
        return None;
    }
    Some(v)
}

/// A byline without "By", as some sites print it under the headline: a name of two or three
/// capitalised words on its own line, over a line of the writer's job ("Political
/// correspondent", "Economics editor") and perhaps a line with the writer's handle
/// ("@sarahjones"). The credit, the job its role, and the number of lines it takes.
pub fn name_over_job(cx: &Cx<'_, '_>, l: usize) -> Option<(Credit, usize)> {
    let (name, job) = (cx.lines[l].tokens.clone(), cx.lines.get(l + 1)?.tokens.clone());
    let name_word = |j: usize| cx.tok(j).kind == TokKind::Word && cx.tok(j).is_capitalised() && !cx.tok(j).is_all_caps();
    if !(2..=3).contains(&name.len()) || !name.clone().all(name_word) || !(1..=4).contains(&job.len()) {
        return None;
    }
    let job_word = |j: usize| cx.tok(j).kind == TokKind::Word && (j == job.start || !cx.tok(j).is_capitalised() || is_role_head_at(cx.doc, j));
    if !job.clone().all(job_word) || !is_role_head_at(cx.doc, job.end - 1) {
        return None;
    }
    let handle = cx.lines.get(l + 2).is_some_and(|h| h.tokens.len() <= 2 && cx.t(h.tokens.start) == "@");
    let credit = Credit { name, email: None, role: Some(cx.text(job).to_owned()) };
    Some((credit, if handle { 3 } else { 2 }))
}

/// A wire credit line: "(Reporting by A and B in Nairobi; Additional reporting by C;
/// Editing by D)", or the same without the brackets on a line of its own ("Additional
/// reporting by Sam Okoye"). Each part's words before "by" become the role.
pub fn credit_line(cx: &Cx<'_, '_>, start: usize, end: usize) -> Option<Vec<Credit>> {
    if end - start > 80 {
        return None;
    }
    let bracketed = cx.t(start) == "(" && cx.t(end - 1) == ")";
    // A line without brackets opens with the credit's word: every body line comes here.
    let credit_word = |w: &str| matches!(w, "reporting" | "editing" | "writing" | "compiled" | "additional" | "graphics" | "research");
    if !bracketed && !credit_word(cx.lower(start)) {
        return None;
    }
    let mut out = Vec::new();
    let mut k = if bracketed { start + 1 } else { start };
    // A line without brackets may close with a full stop.
    let close = if bracketed || cx.t(end - 1) == "." { end - 1 } else { end };
    while k < close {
        let part_end = (k..close).find(|&j| cx.t(j) == ";").unwrap_or(close);
        let by = (k..part_end).find(|&j| cx.t(j).eq_ignore_ascii_case("by"))?;
        if by == k || by - k > 3 {
            return None;
        }
        let role = cx.text(k..by).to_lowercase();
        if !role.rsplit(' ').next().is_some_and(credit_word) {
            return None;
        }
        out.extend(names(cx, by + 1, part_end, Some(&role))?);
        k = part_end + 1;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Doc;
    use crate::zones::{lines, Zoning};

    /// A byline's names, each with its e-mail and role.
    type Read = Vec<(String, Option<String>, Option<String>)>;

    fn read(s: &str) -> Option<Read> {
        let doc = Doc::new(s, None);
        let cx = Cx { doc: &doc, lines: lines(&doc.tokens), z: Zoning::default(), body_line: None };
        let n = doc.tokens.len();
        parse(&cx, 0, n, false)
            .or_else(|| credit_line(&cx, 0, n))
            .map(|v| v.iter().map(|c| c.to_byline(&cx)).map(|b| (b.name, b.email, b.role)).collect())
    }

    #[test]
    fn shapes() {
        assert_eq!(read("- Ben Jiang ben.jiang@scmp.com").unwrap(), [("Ben Jiang".into(), Some("ben.jiang@scmp.com".into()), None)]);
        assert_eq!(read("By Kenji Morimoto and Tran Thi Thu Ha").unwrap().len(), 2);
        assert_eq!(read("By Jane Doe, Political Editor").unwrap()[0].2.as_deref(), Some("Political Editor"));
        let c = read("(Reporting by Faith Wambui and Brian Otieno in Nairobi; Additional reporting by Hassan Abdi in Iten; Editing by Catherine Evans-Holt)").unwrap();
        assert_eq!(c.len(), 4);
        assert_eq!(c[2], ("Hassan Abdi".into(), None, Some("additional reporting".into())));
        assert_eq!(c[3].0, "Catherine Evans-Holt");
        assert_eq!(read("By noon the rain had stopped"), None);
        assert_eq!(read("Ben Jiang"), None);
    }
}
