//! Acronyms the text defines: "World Internet Conference (WIC)", "Digital Silk Road (DSR)".
//! The long form is the run of capitalised words before the bracket whose initials spell the
//! short form, skipping "of", "and", "the" and "for".

use std::ops::Range;

use super::Doc;
use crate::tokens::TokKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymDef {
    pub short: String,
    pub long_text: String,
    /// Tokens of the long form.
    pub long: Range<usize>,
    /// Token of the short form inside the brackets.
    pub short_token: usize,
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=10).contains(&letters)
        && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&' || c == '.')
        && w.chars().next().is_some_and(char::is_uppercase)
}

/// Small words a long form's initials leave out ("Bank of England" -> "BE" or "BoE").
pub(crate) fn is_skippable(w: &str) -> bool {
    matches!(w, "of" | "and" | "the" | "for" | "&" | "on" | "in" | "de")
}

pub fn find(doc: &Doc<'_>) -> Vec<AcronymDef> {
    let toks = &doc.tokens;
    let mut out = Vec::new();
    for i in 1..toks.len().saturating_sub(2) {
        if !(toks[i].is_punct("(") && toks[i + 2].is_punct(")") && toks[i + 1].kind == TokKind::Word) {
            continue;
        }
        let short = toks[i + 1].text;
        if !is_acronym(short) {
            continue;
        }
        let letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
        // Walk back from the bracket, matching letters right to left.
        let sentence_start = doc.sentence_range(i).start;
        let mut k = letters.len();
        let mut j = i;
        while j > sentence_start && k > 0 {
            let w = toks[j - 1].text;
            if toks[j - 1].kind != TokKind::Word {
                break;
            }
            if is_skippable(w) {
                j -= 1;
                continue;
            }
            let first = w.chars().next().unwrap_or(' ');
            if !first.is_uppercase() || first != letters[k - 1] {
                // A legal form the short one leaves out: "Contemporary Amperex Technology Co
                // Ltd (CATL)", "Acme Widgets Inc (AW)".
                if crate::lexicon::is_legal_form(w) {
                    j -= 1;
                    continue;
                }
                break;
            }
            k -= 1;
            j -= 1;
        }
        if k == 0 && j < i {
            let long = j..i;
            let long_text = toks[long.clone()].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
            out.push(AcronymDef { short: short.to_owned(), long_text, long, short_token: i + 1 });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_definitions() {
        let doc = Doc::new("The Digital Silk Road (DSR) forum and the World Internet Conference (WIC) met.", None);
        let defs: Vec<(String, String)> = find(&doc).into_iter().map(|d| (d.short, d.long_text)).collect();
        assert_eq!(defs, [
            ("DSR".to_owned(), "Digital Silk Road".to_owned()),
            ("WIC".to_owned(), "World Internet Conference".to_owned())
        ]);
    }

    #[test]
    fn skips_a_legal_form_the_short_form_leaves_out() {
        let doc = Doc::new("Shares of Contemporary Amperex Technology Co Ltd (CATL) rose.", None);
        let defs: Vec<(String, String)> = find(&doc).into_iter().map(|d| (d.short, d.long_text)).collect();
        assert_eq!(defs, [("CATL".to_owned(), "Contemporary Amperex Technology Co Ltd".to_owned())]);
    }

    #[test]
    fn ignores_brackets_that_do_not_spell() {
        assert!(find(&Doc::new("Shares of Acme Corp (NYSE) rose.", None)).is_empty());
    }
}
