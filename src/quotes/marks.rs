//! Quote marks: pairs opening and closing marks within one paragraph. Double marks (“” "" „“
//! «» »« 「」 『』) delimit speech; single marks (‘’ '') count only in a paragraph without
//! double marks (British style), and then only where they cannot be apostrophes (don't,
//! O'Brien, the players' union, rock 'n' roll). Marks nested inside an open quote are part of
//! its text.

use super::text::char_at;

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

fn is_double_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '"' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '〝' | '〞' | '〟'
    )
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

/// Could `c` be a quote mark of either family?
#[inline]
fn maybe_mark(c: char) -> bool {
    matches!(c, '"' | '\'')
        || (!c.is_ascii() && (is_double_mark(c) || matches!(c, '‘' | '’' | '‚' | '‹' | '›')))
}

/// Finds the top-level quotes of one paragraph, in order. An unclosed last quote runs to
/// the end of the paragraph (a multi-paragraph quote continues in the next one).
pub(crate) fn find(text: &str) -> Vec<RawQuote> {
    let mut marks = Vec::new();
    let mut double = false;
    let mut i = 0;
    // Only marks matter; skip everything else without decoding ASCII.
    while let Some((c, len)) = char_at(text, i) {
        if maybe_mark(c) {
            double |= is_double_mark(c);
            marks.push((i, c));
        }
        i += len;
    }
    if marks.is_empty() {
        return Vec::new();
    }
    let single = !double;
    let closers: fn(char) -> &'static [char] = if single {
        closers_single
    } else {
        closers_double
    };
    let mut out = Vec::new();
    // (open offset, opening char, nesting depth of the same unambiguous opener)
    let mut open: Option<(usize, char, usize)> = None;
    for &(i, c) in &marks {
        let prev = text[..i].chars().next_back();
        let next = char_at(text, i + c.len_utf8()).map(|(n, _)| n);
        match open {
            None => {
                let candidates = closers(c);
                if !candidates.is_empty() {
                    let context = opens_before(prev) && next.is_some_and(|n| !n.is_whitespace());
                    // A straight mark after a digit is an inch or a foot (12" vinyl, 5'10").
                    let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
                    if (always_opens(c) || context) && !after_digit && next.is_some() {
                        open = Some((i, c, 0));
                    }
                }
            }
            Some((start, oc, depth)) => {
                if c == oc && always_opens(c) && !closers(oc).contains(&c) {
                    open = Some((start, oc, depth + 1));
                } else if single
                    && !closers(c).is_empty()
                    && prev.is_some_and(char::is_whitespace)
                    && next.is_some_and(char::is_alphanumeric)
                {
                    // A single mark after a space never closes, so the pending one was an
                    // elision ('n', '90s) and this one opens instead.
                    open = Some((i, c, 0));
                } else if closers(oc).contains(&c) && closes(single, prev, next) {
                    if depth > 0 {
                        open = Some((start, oc, depth - 1));
                    } else {
                        out.push(RawQuote {
                            open: start,
                            inner_start: start + oc.len_utf8(),
                            inner_end: i,
                            end: i + c.len_utf8(),
                            closed: true,
                            single,
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
        !single || text[..start].trim_end().is_empty() || text[..start].trim_end().ends_with(':')
    };
    if let Some((start, oc, _)) = open.filter(|&(start, _, _)| unclosed_ok(start)) {
        let end = text.trim_end().len().max(start + oc.len_utf8());
        out.push(RawQuote {
            open: start,
            inner_start: start + oc.len_utf8(),
            inner_end: end,
            end,
            closed: false,
            single,
        });
    }
    out
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
    fn unclosed_quote_runs_to_paragraph_end() {
        let q = find("“We will rebuild.  ");
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(q[0].end, "“We will rebuild.".len());
    }
}
