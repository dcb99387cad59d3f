//! Tokens of one paragraph: words (letters and digits, joined across inner apostrophes,
//! hyphens and dots so "O'Brien", "Jean-Luc", "U.S" and "3.5" stay whole) and single
//! punctuation characters, each with its byte range. Every range starts and ends on a char
//! boundary, so slicing the paragraph with it never panics.

use std::cell::RefCell;
use std::rc::Rc;

use super::lexicon::{self, Words, ABBREVIATIONS};
use super::names::NamePhrase;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// A word, as opposed to one punctuation character.
    pub word: bool,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐' | '‑' | '.' | ',')
}

/// The char at byte `i` and its length; ASCII without decoding.
#[inline(always)]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

#[inline(always)]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_alnum(c) {
            toks.push(Tok {
                start: i,
                end: i + len,
                word: false,
            });
            i += len;
            continue;
        }
        let start = i;
        let mut prev = c;
        i += len;
        while let Some((next, nlen)) = char_at(text, i) {
            if is_alnum(next) {
                prev = next;
                i += nlen;
                continue;
            }
            if !is_joiner(next) {
                break;
            }
            // A joiner counts only between two word characters; dots and commas only
            // between digits or single letters (3.5, 1,000, U.S), not at "end.Next".
            let Some((after, _)) = char_at(text, i + nlen).filter(|&(a, _)| is_alnum(a)) else {
                break;
            };
            let joins = match next {
                ',' => prev.is_ascii_digit() && after.is_ascii_digit(),
                '.' => {
                    (prev.is_ascii_digit() && after.is_ascii_digit())
                        || (single_letter_before(text, i) && single_letter_after(text, i + 1))
                }
                _ => true,
            };
            if !joins {
                break;
            }
            prev = next;
            i += nlen;
        }
        toks.push(Tok {
            start,
            end: i,
            word: true,
        });
    }
    toks
}

/// Is the word ending at `dot` a single letter ("U" in "U.S")?
fn single_letter_before(text: &str, dot: usize) -> bool {
    let mut it = text[..dot].chars().rev();
    matches!(it.next(), Some(c) if c.is_alphabetic())
        && !matches!(it.next(), Some(c) if c.is_alphanumeric())
}

/// Is the word starting at `at` a single letter ("S" in "U.S")?
fn single_letter_after(text: &str, at: usize) -> bool {
    let mut it = text[at..].chars();
    matches!(it.next(), Some(c) if c.is_alphabetic())
        && !matches!(it.next(), Some(c) if c.is_alphanumeric())
}

/// Not yet looked up in [`Para::lists`].
const UNKNOWN: u32 = u32::MAX;

/// A paragraph with its tokens.
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// The word lists holding each token ([`lexicon::lists_of`]), looked up on first use:
    /// most words (those inside quotes) are never asked about. Allocated on first use.
    lists: RefCell<Vec<u32>>,
    /// [`super::names::parse_name`] results by start token, filled on demand.
    names: RefCell<Vec<Option<Option<Rc<NamePhrase>>>>>,
}

impl<'a> Para<'a> {
    pub fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let lists = RefCell::new(Vec::new());
        let names = RefCell::new(Vec::new());
        Para {
            text,
            toks,
            lists,
            names,
        }
    }

    /// The memoised [`super::names::parse_name`] result at token `i`, if computed.
    pub fn name_memo(&self, i: usize) -> Option<Option<Rc<NamePhrase>>> {
        self.names.borrow().get(i).cloned().flatten()
    }

    pub fn set_name_memo(&self, i: usize, found: Option<Rc<NamePhrase>>) {
        let mut names = self.names.borrow_mut();
        if names.is_empty() {
            // Allocated on first use: many paragraphs have no capitalised word to ask about.
            names.resize(self.toks.len(), None);
        }
        if let Some(slot) = names.get_mut(i) {
            *slot = Some(found);
        }
    }

    /// The word lists that hold token `i` (0 for punctuation).
    #[inline(always)]
    pub fn lists(&self, i: usize) -> u32 {
        let Some(&Tok { start, end, word }) = self.toks.get(i) else {
            return 0;
        };
        if !word {
            return 0;
        }
        let mut cache = self.lists.borrow_mut();
        if cache.is_empty() {
            cache.resize(self.toks.len(), UNKNOWN);
        }
        match cache.get_mut(i) {
            Some(slot) if *slot != UNKNOWN => *slot,
            Some(slot) => {
                *slot = lexicon::lists_of(&self.text[start..end]);
                *slot
            }
            None => 0,
        }
    }

    #[inline(always)]
    pub fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Is token `i` a word of `list`?
    #[inline(always)]
    pub fn has(&self, i: usize, list: &Words) -> bool {
        self.lists(i) & list.bit() != 0
    }

    #[inline(always)]
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    #[inline(always)]
    pub fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        match self.toks.get(i) {
            Some(t) if !t.word => self.text[t.start..t.end]
                .chars()
                .next()
                .is_some_and(|c| chars.contains(&c)),
            _ => false,
        }
    }

    /// Index of the first token starting at or after byte `pos`.
    #[inline(always)]
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Does a sentence end with token `i` ('.', '!', '?', '…')? A period after an initial
    /// or an abbreviation does not end one unless a lowercase word cannot follow anyway.
    pub fn ends_sentence(&self, i: usize) -> bool {
        if !self.is_punct(i, &['.', '!', '?', '…']) {
            return false;
        }
        if !self.is_punct(i, &['.']) || i == 0 || !self.is_word(i - 1) {
            return true;
        }
        let prev = self.s(i - 1);
        let initial = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
        let dotted = prev.contains('.') && prev.chars().any(char::is_alphabetic);
        if initial || dotted || self.has(i - 1, &ABBREVIATIONS) {
            // "Dr. Doe" continues; "the U.S. It was" ends. Only a capital after a dotted
            // abbreviation is ambiguous; treat titles and initials as continuing.
            return dotted
                && !initial
                && self.s(i + 1).chars().next().is_some_and(char::is_uppercase)
                && !self.has(i - 1, &ABBREVIATIONS);
        }
        true
    }
}

#[inline(always)]
pub(crate) fn is_cap(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

#[inline(always)]
pub(crate) fn is_lower_word(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => word.chars().next().is_some_and(char::is_lowercase),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn joins_inner_apostrophes_hyphens_and_numbers() {
        assert_eq!(
            words("O'Brien, Jean-Luc’s 3.5 1,000 U.S. rock 'n' roll players' end.Next"),
            vec![
                "O'Brien",
                ",",
                "Jean-Luc’s",
                "3.5",
                "1,000",
                "U.S",
                ".",
                "rock",
                "'",
                "n",
                "'",
                "roll",
                "players",
                "'",
                "end",
                ".",
                "Next"
            ]
        );
    }

    #[test]
    fn tokens_slice_on_char_boundaries() {
        for text in [
            "é'",
            "“ä”",
            "a\u{301}'b",
            "日本語「こんにちは」",
            "'",
            "-a-",
            ".,",
        ] {
            for t in tokenize(text) {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            }
        }
    }

    #[test]
    fn sentence_ends_skip_initials_and_titles() {
        let p = Para::new("J. R. Doe met Dr. Smith. It rained! Then");
        let ends: Vec<usize> = (0..p.toks.len()).filter(|&i| p.ends_sentence(i)).collect();
        let texts: Vec<&str> = ends.iter().map(|&i| p.s(i - 1)).collect();
        assert_eq!(texts, vec!["Smith", "rained"]);
    }
}
