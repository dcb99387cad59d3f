//! Character tests of the quote detector, with the common cases (ASCII, Latin-1, General
//! Punctuation) answered without Unicode tables or decoding: they run for nearly every
//! character of an article. A leaf: it imports nothing else from `quotes`, so the tokenizer
//! (`text`), quote marks (`marks`) and names (`names`) can all use it.

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

/// `char::is_alphanumeric`, answering the common cases without the Unicode tables, whose
/// lookup costs hundreds of instructions: ASCII, Latin-1 (accented letters, «, », NBSP) and
/// General Punctuation (curly quotes, dashes, ellipsis), where nothing is alphanumeric.
#[inline(always)]
pub(crate) fn is_alnum(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾'),
        '\u{c0}'..='\u{ff}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_whitespace`, with ASCII answered inline.
#[inline(always)]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        c.is_whitespace()
    }
}

/// `text.trim().is_empty()`, stopping at the first character that is not whitespace and
/// decoding only if it meets a non-ASCII one.
pub(crate) fn is_blank(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            return text
                .get(i..)
                .is_some_and(|rest| rest.chars().all(char::is_whitespace));
        }
        if !matches!(b, b' ' | b'\t'..=b'\r') {
            return false;
        }
        i += 1;
    }
    true
}

/// `text.trim_end()`, decoding only if it meets a non-ASCII character.
pub(crate) fn trim_end(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !b.is_ascii() {
            return text.get(..end).map_or(text, str::trim_end);
        }
        if !matches!(b, b' ' | b'\t'..=b'\r') {
            break;
        }
        end -= 1;
    }
    text.get(..end).unwrap_or(text)
}

/// `char::is_uppercase`, with ASCII answered inline.
#[inline(always)]
pub(crate) fn is_upper_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// `char::is_lowercase`, with ASCII answered inline.
#[inline(always)]
pub(crate) fn is_lower_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

/// Does `word` start with a capital letter?
#[inline(always)]
pub(crate) fn is_cap(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Does `word` start with a lowercase letter?
#[inline(always)]
pub(crate) fn is_lower_word(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => word.chars().next().is_some_and(char::is_lowercase),
        None => false,
    }
}

/// A double quote mark of any language.
pub(crate) fn is_double_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '"' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '〝' | '〞' | '〟'
    )
}

/// Could `c` be a quote mark of either family?
#[inline]
pub(crate) fn maybe_mark(c: char) -> bool {
    matches!(c, '"' | '\'')
        || (!c.is_ascii() && (is_double_mark(c) || matches!(c, '‘' | '’' | '‚' | '‹' | '›')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_char_classes_match_std() {
        for c in ('\0'..='\u{2fff}').chain(['\u{3000}', 'ａ', '日', '\u{1f600}']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            // Tokens rely on it: capitals and small letters are all alphanumeric.
            assert!(
                !(c.is_uppercase() || c.is_lowercase()) || c.is_alphanumeric(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn blank_and_trim_end_match_std() {
        for text in [
            "",
            " ",
            " \t\n",
            "a ",
            " a",
            "a\u{a0}",
            "\u{3000} ",
            "é  ",
            " \u{2003}x",
            "x\u{85}\n",
        ] {
            assert_eq!(is_blank(text), text.trim().is_empty(), "{text:?}");
            assert_eq!(trim_end(text), text.trim_end(), "{text:?}");
        }
    }
}
