//! Tokens of one paragraph: words (letters and digits, joined across inner apostrophes,
//! hyphens and dots so "O'Brien", "Jean-Luc", "U.S" and "3.5" stay whole) and single
//! punctuation characters, each with its byte range. Every range starts and ends on a char
//! boundary, so slicing the paragraph with it never panics. A [`Para`] is a paragraph with
//! its tokens, which remembers each token's word lists and the name parsed at it
//! ([`NamePhrase`]); the character tests it builds on are in `chars`.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use super::chars::{char_at, is_alnum, is_lower_char, is_space, is_upper_char, maybe_mark};
use super::lexicon::{self, Words, ABBREVIATIONS};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// A word, as opposed to one punctuation character.
    pub word: bool,
    /// [`is_cap`](super::chars::is_cap) / [`is_lower_word`](super::chars::is_lower_word) of
    /// the token, worked out once here: the detector asks about capitals at nearly every step.
    pub cap: bool,
    pub lower: bool,
    /// Only ASCII bytes, so the lexicon lookup can skip Unicode lowercasing.
    pub ascii: bool,
    /// The character of a punctuation token ('\0' for words), so a punctuation test does
    /// not slice and decode the text.
    pub punct: char,
    /// The word lists holding the token ([`lexicon::lists_of`]), looked up on first use
    /// ([`Para::lists`]): most words (those inside quotes) are never asked about.
    lists: Cell<u32>,
    /// The name parsed at the token ([`Para::name_at`]): 0 = not parsed yet, 1 = none,
    /// 2 + k = the paragraph's `names[k]`.
    name: Cell<u32>,
}

impl Tok {
    fn new(start: usize, end: usize, first: char, word: bool, ascii: bool) -> Self {
        // Upper- and lowercase chars are all alphanumeric, so punctuation is neither.
        Tok {
            start,
            end,
            word,
            cap: word && is_upper_char(first),
            lower: word && is_lower_char(first),
            ascii,
            punct: if word { '\0' } else { first },
            // Punctuation is in no list.
            lists: Cell::new(if word { UNKNOWN } else { 0 }),
            name: Cell::new(0),
        }
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐' | '‑' | '.' | ',')
}

#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut toks, &mut Vec::new());
    toks
}

/// Tokenizes `text`, appending to `toks`: detection keeps the tokens of all paragraphs in
/// one list. Also appends to `marks` each possible quote mark ([`maybe_mark`]) with its
/// offset and its token, since every one passes through here: as punctuation or as an
/// apostrophe in a word.
// Out of line for the engine's optimizing tier: see `detect::find`.
#[inline(never)]
pub(crate) fn tokenize_into(
    text: &str,
    toks: &mut Vec<Tok>,
    marks: &mut Vec<(usize, char, usize)>,
) {
    let bytes = text.as_bytes();
    // Token indices in `marks` count from this paragraph's first token.
    let base = toks.len();
    let mut i = 0;
    loop {
        // Spaces between words, a byte at a time. (The loops here test bytes with `while let`
        // rather than `Option` helpers, which stay calls at opt-level "z".)
        while let Some(b' ' | b'\t'..=b'\r') = bytes.get(i) {
            i += 1;
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        if is_space(c) {
            i += len;
            continue;
        }
        if !is_alnum(c) {
            // Two apostrophes are one straight double mark (''quote'', a typewriter and
            // database-export convention).
            if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                marks.push((i, '"', toks.len() - base));
                toks.push(Tok::new(i, i + 2, '"', false, true));
                i += 2;
                continue;
            }
            if maybe_mark(c) {
                marks.push((i, c, toks.len() - base));
            }
            toks.push(Tok::new(i, i + len, c, false, len == 1));
            i += len;
            continue;
        }
        let start = i;
        let mut prev = c;
        let mut ascii = len == 1;
        i += len;
        loop {
            // Most words are runs of ASCII letters: take those a byte at a time.
            let run_start = i;
            while let Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9') = bytes.get(i) {
                i += 1;
            }
            if i > run_start {
                prev = char::from(bytes[i - 1]);
            }
            // Most words end at a space or at ASCII punctuation that joins nothing.
            match bytes.get(i) {
                Some(b'\'' | b'-' | b'.' | b',' | 0x80..) => {}
                _ => break,
            }
            let Some((next, nlen)) = char_at(text, i) else {
                break;
            };
            if is_alnum(next) {
                prev = next;
                ascii &= nlen == 1;
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
            if maybe_mark(next) {
                marks.push((i, next, toks.len() - base));
            }
            prev = next;
            ascii &= nlen == 1;
            i += nlen;
        }
        toks.push(Tok::new(start, i, c, true, ascii));
    }
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

/// A name found at a token ([`super::names::parse_name`]). Defined here, not in `names`,
/// because [`Para`] keeps the names parsed in it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NamePhrase<'a> {
    /// First token, including any title ("Dr.", "Prime Minister").
    pub start: usize,
    /// One past the last token of the name (and of "'s").
    pub end: usize,
    /// The name without titles and without a possessive "'s", words joined by spaces;
    /// borrowed from the paragraph when it is written that way there (nearly always).
    pub name: Cow<'a, str>,
    pub words: usize,
    /// Title words before the name that describe a role ("Prime Minister"), not honorifics.
    pub title: Option<Cow<'a, str>>,
    /// Any title or honorific before the name ("Mr.", "Dr.", "Minister"), which makes even a
    /// lone capitalised word a name.
    pub titled: bool,
    /// From an honorific or title (Mr, Ms, Queen…): true = male.
    pub male: Option<bool>,
    /// "Doe's office": the name is not the subject.
    pub possessive: bool,
}

/// A paragraph with its tokens.
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: Cow<'a, [Tok]>,
    lexicon: &'static lexicon::Index,
    /// The names found by [`super::names::parse_name`], which tokens refer to.
    names: RefCell<Vec<NamePhrase<'a>>>,
}

impl<'a> Para<'a> {
    #[cfg(test)]
    pub fn new(text: &'a str) -> Self {
        let toks = Cow::Owned(tokenize(text));
        let names = RefCell::new(Vec::new());
        let lexicon = lexicon::Index::get_or_build();
        Para {
            text,
            toks,
            lexicon,
            names,
        }
    }

    /// A paragraph whose tokens ([`tokenize_into`]) are already at hand.
    pub fn with_tokens(text: &'a str, toks: &'a [Tok]) -> Self {
        let names = RefCell::new(Vec::new());
        Para {
            text,
            toks: Cow::Borrowed(toks),
            lexicon: lexicon::Index::get_or_build(),
            names,
        }
    }

    /// The name starting at token `i`, from `parse` the first time it is asked for:
    /// attribution asks about the same tokens again.
    pub fn name_at(
        &self,
        i: usize,
        parse: impl FnOnce() -> Option<NamePhrase<'a>>,
    ) -> Option<NamePhrase<'a>> {
        let Some(t) = self.toks.get(i) else {
            return parse();
        };
        match t.name.get() {
            0 => {}
            1 => return None,
            k => return self.names.borrow().get(k as usize - 2).cloned(),
        }
        let found = parse();
        t.name.set(match &found {
            None => 1,
            Some(n) => {
                let mut names = self.names.borrow_mut();
                names.push(n.clone());
                names.len() as u32 + 1
            }
        });
        found
    }

    // The accessors below spell out their matches: at opt-level "z" the `Option` helpers
    // (`is_some_and`, `map_or`) stay calls, and these run for nearly every token.

    /// The byte range of token `i` ((0, 0) past the end).
    #[inline(always)]
    pub fn span(&self, i: usize) -> (usize, usize) {
        match self.toks.get(i) {
            Some(t) => (t.start, t.end),
            None => (0, 0),
        }
    }

    /// The word lists that hold token `i` (0 for punctuation).
    #[inline(always)]
    pub fn lists(&self, i: usize) -> u32 {
        let Some(t) = self.toks.get(i) else {
            return 0;
        };
        let known = t.lists.get();
        if known != UNKNOWN {
            return known;
        }
        let found = if t.ascii {
            // ASCII needs no char boundary checks nor lowercasing.
            let word = self.text.as_bytes().get(t.start..t.end).unwrap_or(&[]);
            self.lexicon.get(word)
        } else {
            self.text.get(t.start..t.end).map_or(0, lexicon::lists_of)
        };
        t.lists.set(found);
        found
    }

    #[inline(always)]
    pub fn s(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    /// Is token `i` a word of `list`?
    #[inline(always)]
    pub fn has(&self, i: usize, list: &Words) -> bool {
        self.lists(i) & list.bit() != 0
    }

    #[inline(always)]
    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.word)
    }

    /// `is_cap(p.s(i))`.
    #[inline(always)]
    pub fn cap(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.cap)
    }

    /// `is_lower_word(p.s(i))`.
    #[inline(always)]
    pub fn lower(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.lower)
    }

    /// A word token that starts with a capital.
    #[inline(always)]
    pub fn cap_word(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.word && t.cap)
    }

    /// A word token that starts with a lowercase letter.
    #[inline(always)]
    pub fn lower_word(&self, i: usize) -> bool {
        matches!(self.toks.get(i), Some(t) if t.word && t.lower)
    }

    #[inline(always)]
    pub fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.word {
            return false;
        }
        for &c in chars {
            if c == t.punct {
                return true;
            }
        }
        false
    }

    /// Is token `i` the word `lower` in any ASCII case?
    #[inline(always)]
    pub fn is(&self, i: usize, lower: &str) -> bool {
        match self.toks.get(i) {
            Some(t) if t.end - t.start == lower.len() => self.s(i).eq_ignore_ascii_case(lower),
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
    #[inline(always)]
    pub fn ends_sentence(&self, i: usize) -> bool {
        // Most tokens are words: answered here, inline.
        self.is_punct(i, &['.', '!', '?', '…']) && self.ends_sentence_at_mark(i)
    }

    fn ends_sentence_at_mark(&self, i: usize) -> bool {
        if !self.is_punct(i, &['.']) || i == 0 || !self.is_word(i - 1) {
            return true;
        }
        // "(D-Ore.) said", "Lakeview, Ore., said": an abbreviation before a closing
        // parenthesis or a comma.
        if self.is_punct(i + 1, &[')', ',']) {
            return false;
        }
        let prev = self.s(i - 1);
        let initial = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
        let dotted = prev.contains('.') && prev.chars().any(char::is_alphabetic);
        if initial || dotted || self.has(i - 1, &ABBREVIATIONS) {
            // "Dr. Doe" continues; "the U.S. It was" ends. Only a capital after a dotted
            // abbreviation is ambiguous; treat titles and initials as continuing.
            return dotted && !initial && self.cap(i + 1) && !self.has(i - 1, &ABBREVIATIONS);
        }
        true
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
