//! Quote marks: pairs opening and closing marks within one paragraph. Double marks (“” "" „“
//! «» »« 「」 『』) delimit speech; single marks (‘’ '') count only in a paragraph without
//! double marks (British style), and then only where they cannot be apostrophes (don't,
//! O'Brien, the players' union, rock 'n' roll). Two apostrophes ('') are a straight double
//! mark. Marks nested inside an open quote are part of its text.

use super::chars::{char_at, is_double_mark, trim_end};

/// One top-level quote of a paragraph, in bytes of that paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// First byte after the opening mark.
    pub inner_start: usize,
    /// Byte offset of the closing mark (the paragraph's trimmed end when unclosed).
    pub inner_end: usize,
    /// First byte after the closing mark (or the trimmed end when unclosed).
    pub end: usize,
    pub closed: bool,
    pub single: bool,
    /// Index of the opening mark's token in the paragraph's tokens, and of the first token
    /// after the closing mark (the paragraph's token count when unclosed): the
    /// [`super::text::Para::tok_at`] of `open` and of `end`, known without a search since
    /// every mark that opens or closes a quote is a punctuation token of its own.
    pub open_tok: usize,
    pub end_tok: usize,
}

impl RawQuote {
    /// `tok_at(inner_start)`: the token after the opening mark.
    pub fn inner_start_tok(&self) -> usize {
        self.open_tok + 1
    }

    /// `tok_at(inner_end)`: the closing mark's token (the token count when unclosed).
    pub fn inner_end_tok(&self) -> usize {
        self.end_tok - usize::from(self.closed)
    }
}

fn closers_double(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '"'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        '「' => &['」'],
        '『' => &['』'],
        '〝' => &['〞', '〟'],
        '"' => &['"', '”'],
        '”' => &['”'],
        _ => &[],
    }
}

fn closers_single(open: char) -> &'static [char] {
    match open {
        '‘' => &['’'],
        '\'' => &['\'', '’'],
        '‚' => &['‘', '’'],
        '‹' => &['›'],
        '›' => &['‹'],
        _ => &[],
    }
}

/// Marks that open wherever they appear; the others open only after a space or at the start
/// and before a non-space, because they also close ('"', '”', '»') or are apostrophes.
fn always_opens(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '「' | '『' | '〝' | '‘' | '‚' | '‹')
}

fn opens_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '«' | '“' | '„' | '‘' | '\''
                )
        }
    }
}

/// Bytes of the mark `c` at byte `i`: the tokenizer notes two apostrophes as one '"'.
fn mark_len(text: &str, i: usize, c: char) -> usize {
    if c == '"' && text.as_bytes().get(i) == Some(&b'\'') {
        2
    } else {
        c.len_utf8()
    }
}

/// Finds the top-level quotes of one paragraph, in order. An unclosed last quote runs to
/// the end of the paragraph (a multi-paragraph quote continues in the next one).
#[cfg(test)]
pub(crate) fn find(text: &str) -> Vec<RawQuote> {
    let (mut toks, mut marks, mut out) = (Vec::new(), Vec::new(), Vec::new());
    super::text::tokenize_into(text, &mut toks, &mut marks);
    find_marked(text, &marks, toks.len(), &mut out);
    out
}

/// The top-level quotes of one paragraph, as `find` describes them, from the possible marks
/// of `text` ([`maybe_mark`](super::chars::maybe_mark)) as (byte offset, mark, token index)
/// in order, which the tokenizer notes as it goes ([`super::text::tokenize_into`]) so the
/// text is not scanned twice; `tokens` is the paragraph's token count. Appends to `out`:
/// detection keeps all paragraphs' quotes in one list.
// Out of line for the engine's optimizing tier: see `detect::find`.
#[inline(never)]
pub(crate) fn find_marked(
    text: &str,
    marks: &[(usize, char, usize)],
    tokens: usize,
    out: &mut Vec<RawQuote>,
) {
    if marks.is_empty() {
        return;
    }
    let double = marks.iter().any(|&(_, c, _)| is_double_mark(c));
    let single = !double;
    let closers: fn(char) -> &'static [char] = if single {
        closers_single
    } else {
        closers_double
    };
    // (open offset, opening char, nesting depth of the same unambiguous opener, its token)
    let mut open: Option<(usize, char, usize, usize)> = None;
    for &(i, c, tok) in marks {
        let prev = text[..i].chars().next_back();
        let len = mark_len(text, i, c);
        let next = char_at(text, i + len).map(|(n, _)| n);
        match open {
            None => {
                let candidates = closers(c);
                if !candidates.is_empty() {
                    let context = opens_before(prev) && next.is_some_and(|n| !n.is_whitespace());
                    // A straight mark after a digit is an inch or a foot (12" vinyl, 5'10").
                    let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
                    if (always_opens(c) || context) && !after_digit && next.is_some() {
                        open = Some((i, c, 0, tok));
                    }
                }
            }
            Some((start, oc, depth, open_tok)) => {
                if c == oc && always_opens(c) && !closers(oc).contains(&c) {
                    open = Some((start, oc, depth + 1, open_tok));
                } else if single
                    && !closers(c).is_empty()
                    && prev.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_alphanumeric)
                {
                    // A single mark after a space never closes, so the pending one was an
                    // elision ('n', '90s) and this one opens instead.
                    open = Some((i, c, 0, tok));
                } else if closers(oc).contains(&c) && closes(single, prev, next) {
                    if depth > 0 {
                        open = Some((start, oc, depth - 1, open_tok));
                    } else {
                        out.push(RawQuote {
                            open: start,
                            inner_start: start + mark_len(text, start, oc),
                            inner_end: i,
                            end: i + len,
                            closed: true,
                            single,
                            open_tok,
                            end_tok: tok + 1,
                        });
                        open = None;
                    }
                }
            }
        }
    }
    // An unclosed single mark is an apostrophe unless it opens the paragraph or follows a
    // colon, the two places a British multi-paragraph quote starts.
    let unclosed_ok = |start: usize| {
        let before = trim_end(&text[..start]);
        !single || before.is_empty() || before.ends_with(':')
    };
    if let Some((start, oc, _, open_tok)) = open.filter(|&(start, ..)| unclosed_ok(start)) {
        let olen = mark_len(text, start, oc);
        let end = trim_end(text).len().max(start + olen);
        out.push(RawQuote {
            open: start,
            inner_start: start + olen,
            inner_end: end,
            end,
            closed: false,
            single,
            open_tok,
            end_tok: tokens,
        });
    }
}

/// Can a closing candidate close here? Double marks always can. A single mark closes only
/// after punctuation ('Fine,' she said) or before punctuation or the end, never inside a
/// word (don't) and never after a bare plural (the players' union).
fn closes(single: bool, prev: Option<char>, next: Option<char>) -> bool {
    if !single {
        return true;
    }
    let Some(p) = prev else { return false };
    if p.is_whitespace() {
        return false;
    }
    if next.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let punct_before = matches!(p, ',' | '.' | '!' | '?' | '…' | ';' | ':' | '—' | '–');
    let punct_after = match next {
        None => true,
        Some(n) => matches!(n, ',' | '.' | '!' | '?' | '…' | ';' | ':' | ')' | '—' | '–'),
    };
    punct_before || punct_after
}

#[cfg(test)]
mod tests {
    use super::super::chars::maybe_mark;
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        find(text).iter().map(|q| &text[q.open..q.end]).collect()
    }

    #[test]
    fn pairs_curly_straight_and_foreign_marks() {
        assert_eq!(spans("“One,” she said, “two.”"), vec!["“One,”", "“two.”"]);
        assert_eq!(
            spans("He said \"yes\" and \"no\"."),
            vec!["\"yes\"", "\"no\""]
        );
        assert_eq!(spans("Il a dit : « Non. »"), vec!["« Non. »"]);
        assert_eq!(spans("Sie sagte: „Nein.“ Dann ging sie."), vec!["„Nein.“"]);
        assert_eq!(spans("彼は「行く」と言った。"), vec!["「行く」"]);
        assert_eq!(spans("»Nein«, sagte sie."), vec!["»Nein«"]);
    }

    #[test]
    fn nested_marks_stay_inside() {
        assert_eq!(
            spans("“She called it ‘a disaster’ today,” he said."),
            vec!["“She called it ‘a disaster’ today,”"]
        );
        assert_eq!(
            spans("«Il a dit « non » hier», dit-elle."),
            vec!["«Il a dit « non » hier»"]
        );
    }

    #[test]
    fn apostrophes_and_inches_are_not_marks() {
        assert!(spans("The players' union won't sign O'Brien's rock 'n' roll deal.").is_empty());
        assert_eq!(
            spans("A 12\" record and \"a quote here\"."),
            vec!["\"a quote here\""]
        );
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        assert_eq!(
            spans("''We are ready,'' the coach said, ''and waiting.''"),
            vec!["''We are ready,''", "''and waiting.''"]
        );
        assert_eq!(spans("It's the players' ''union''."), vec!["''union''"]);
    }

    #[test]
    fn british_single_marks() {
        assert_eq!(
            spans("'We don't know,' she said."),
            vec!["'We don't know,'"]
        );
        assert_eq!(
            spans("‘It’s over,’ he said, ‘for now.’"),
            vec!["‘It’s over,’", "‘for now.’"]
        );
    }

    #[test]
    fn tokenizer_notes_every_mark() {
        for text in [
            "“One,” she said, ‘two’ don’t O'Brien's 'n' «x» „y“ 「z」 12\" 5'10\"",
            "players' union' ’90s ‚a‘ ‹b› \"\" '' a'b'c -'- .'. ,\",",
            "é’ 日本「語」 \u{2019}\u{2019}",
        ] {
            let (mut toks, mut marks) = (Vec::new(), Vec::new());
            super::super::text::tokenize_into(text, &mut toks, &mut marks);
            let noted: Vec<(usize, char)> = marks.iter().map(|&(i, c, _)| (i, c)).collect();
            let mut scanned: Vec<(usize, char)> = Vec::new();
            for (i, c) in text.char_indices().filter(|&(_, c)| maybe_mark(c)) {
                // Two apostrophes outside a word are noted as one straight double mark.
                match scanned.last_mut() {
                    Some(last)
                        if c == '\''
                            && *last == (i - 1, '\'')
                            && !text[..i - 1].ends_with(char::is_alphanumeric) =>
                    {
                        *last = (i - 1, '"');
                    }
                    _ => scanned.push((i, c)),
                }
            }
            assert_eq!(noted, scanned, "{text}");
            for &(i, _, tok) in &marks {
                // The token holding the mark.
                assert!(toks[tok].start <= i && i < toks[tok].end, "{text}");
            }
        }
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let q = find("“We will rebuild.  ");
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(q[0].end, "“We will rebuild.".len());
    }
}
