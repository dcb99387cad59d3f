//! The forgiving pre-pass for JSON-LD as pages serve it: a pure text -> text function that
//! undoes the damage a browser's `JSON.parse` would choke on but a reader (and a search
//! engine) sees through. It runs only after strict parsing failed, once, in one linear
//! pass, and each repair comes back with what it was and where (line and column of the
//! original text), so the caller reports every one as a warning. Repairs, and nothing else:
//!
//! - wrappers and comments outside strings: `<![CDATA[`, `]]>`, `<!--`, `-->`, `// ...` to
//!   the end of the line, `/* ... */`, and a byte order mark;
//! - raw control characters inside strings (line breaks, tabs), escaped as JSON escapes;
//! - a `"` inside a string that cannot end it (what follows is not `:`, `}`, `]` or a comma
//!   and the start of another member or element), escaped: `"a "quoted", he said"`;
//! - trailing commas before `}` or `]`, and doubled commas;
//! - empty values (`"key": ,` or `"key": }`), read as `null`;
//! - backslashes JSON does not know (`\'` becomes `'`, any other an escaped backslash);
//! - a missing comma between members or elements (a string ending at a line break before the
//!   next member's quote, `} {` in an array);
//! - a second top-level value (read with the first as one array), and text after the data.
//!
//! Valid JSON never contains any of these, so the pass changes nothing a strict parser reads.
//! Bounded: at most [`MAX_REPAIRS`] repairs (more means the text is not damaged JSON but
//! something else, and the strict parser's error stands) and an output at most a few times
//! the input (each control character becomes at most six bytes).

pub use super::limits::MAX_REPAIRS;

/// Repairs of one kind reported one by one; the rest of that kind are counted in the last.
pub const REPORTED_PER_KIND: usize = 3;

/// One repair: where it was (1-based, in the original text) and what was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub line: usize,
    pub column: usize,
    pub what: RepairKind,
}

/// The kinds of damage the pre-pass repairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepairKind {
    /// A wrapper outside strings (`<![CDATA[`, `]]>`, `<!--`, `-->`), removed.
    Wrapper(&'static str),
    /// A `//` or `/* */` comment outside strings, removed.
    Comment,
    /// A byte order mark, removed.
    ByteOrderMark,
    /// A raw control character inside a string, escaped (`\n`, `\t`, `\u0001`).
    ControlCharacter,
    /// A `"` inside a string that could not end it, escaped.
    InnerQuote,
    /// A comma before `}` or `]`, or a second comma, removed.
    ExtraComma,
    /// A member or element without a value, read as `null`.
    EmptyValue,
    /// A backslash before a character JSON does not escape (`\'`), dropped or escaped.
    InvalidEscape,
    /// Two members or elements without a comma between them (on separate lines), one added.
    MissingComma,
    /// A second top-level value after the first: the values read as one array.
    ConcatenatedValues,
    /// Text after the top-level value (`;`), removed.
    TrailingText,
}

impl RepairKind {
    /// What was repaired, for the warning: "…: `<this>` (repaired)".
    pub fn describe(self) -> String {
        match self {
            RepairKind::Wrapper(wrapper) => format!("a {wrapper} wrapper, removed"),
            RepairKind::Comment => "a comment, removed".into(),
            RepairKind::ByteOrderMark => "a byte order mark, removed".into(),
            RepairKind::ControlCharacter => {
                "a raw control character (line break or tab) inside a string, escaped".into()
            }
            RepairKind::InnerQuote => "an unescaped quote inside a string, escaped".into(),
            RepairKind::ExtraComma => "a trailing or doubled comma, removed".into(),
            RepairKind::EmptyValue => "an empty value, read as null".into(),
            RepairKind::InvalidEscape => "an invalid escape in a string, read as text".into(),
            RepairKind::MissingComma => "a missing comma, added".into(),
            RepairKind::ConcatenatedValues => {
                "a second top-level value, read with the first as an array".into()
            }
            RepairKind::TrailingText => "text after the data, removed".into(),
        }
    }
}

/// The warnings for `repairs`: each repair with its line and column, up to
/// [`REPORTED_PER_KIND`] of a kind; the last one reported also counts the rest of its kind
/// ("…, escaped (repaired; 117 more like it, the last at line 130, column 2)").
pub fn warnings(repairs: &[Repair]) -> Vec<super::ModelError> {
    // Per kind (a handful): how many there are and the last one.
    let mut kinds: Vec<(RepairKind, usize, &Repair)> = Vec::new();
    for fix in repairs {
        match kinds.iter_mut().find(|(kind, _, _)| *kind == fix.what) {
            Some((_, count, last)) => {
                *count += 1;
                *last = fix;
            }
            None => kinds.push((fix.what, 1, fix)),
        }
    }
    let mut seen: Vec<(RepairKind, usize)> = Vec::new();
    let mut out = Vec::new();
    for fix in repairs {
        let seen_before = match seen.iter_mut().find(|(kind, _)| *kind == fix.what) {
            Some((_, n)) => {
                *n += 1;
                *n - 1
            }
            None => {
                seen.push((fix.what, 1));
                0
            }
        };
        if seen_before >= REPORTED_PER_KIND {
            continue;
        }
        let mut message = format!("{} (repaired", fix.what.describe());
        if seen_before + 1 == REPORTED_PER_KIND {
            if let Some((_, total, last)) = kinds.iter().find(|(kind, _, _)| *kind == fix.what) {
                if *total > REPORTED_PER_KIND {
                    message.push_str(&format!(
                        "; {} more like it, the last at line {}, column {}",
                        total - REPORTED_PER_KIND,
                        last.line,
                        last.column
                    ));
                }
            }
        }
        message.push(')');
        out.push(super::ModelError::Syntax {
            line: fix.line,
            column: fix.column,
            message,
        });
    }
    out
}

/// The repaired text and the repairs made, or `None` when there was nothing to repair or
/// more than [`MAX_REPAIRS`] repairs would be needed.
pub fn repair(text: &str) -> Option<(String, Vec<Repair>)> {
    const WRAPPERS: [&str; 4] = ["<![CDATA[", "]]>", "<!--", "-->"];
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 16);
    let mut repairs = Vec::new();
    let (mut line, mut column) = (1, 1);
    let mut in_string = false;
    // Where a value is expected next: after `:`, `[` or `,` in an array (for empty values).
    let mut last_solid: Option<u8> = None;
    let mut pos = 0;
    // Nesting outside strings, and whether several top-level values are read as an array.
    let mut depth = 0usize;
    let mut wrap = false;

    // Advances over `count` bytes of the original, keeping line and column.
    let advance = |from: usize, count: usize, line: &mut usize, column: &mut usize| {
        for &b in &bytes[from..from + count] {
            if b == b'\n' {
                *line += 1;
                *column = 1;
            } else if b & 0xc0 != 0x80 {
                *column += 1;
            }
        }
    };
    let next_solid = |from: usize| {
        bytes[from..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map(|at| (from + at, bytes[from + at]))
    };
    // Whether a `"` just before `from` can end a string: what follows must be `:`, `}`, `]`,
    // the end, or a comma followed by the start of another member or element.
    let ends_string = |from: usize| match next_solid(from) {
        None | Some((_, b':' | b'}' | b']')) => true,
        // A member name on the next line ("key": ...) starts the next member: this string
        // ends here, and the missing comma is added outside it. A line that merely starts
        // with a quotation mark is still text.
        Some((at, b'"')) if bytes[from..at].contains(&b'\n') => {
            let name_len = bytes[at + 1..]
                .iter()
                .take(100)
                .position(|&b| matches!(b, b'"' | b'\\' | b'\n'));
            name_len.is_some_and(|len| {
                bytes[at + 1 + len] == b'"' && matches!(next_solid(at + 2 + len), Some((_, b':')))
            })
        }
        Some((comma, b',')) => matches!(
            next_solid(comma + 1),
            None | Some((
                _,
                b'"' | b'{' | b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n' | b'}' | b']'
            ))
        ),
        Some(_) => false,
    };

    while pos < bytes.len() {
        if repairs.len() > MAX_REPAIRS {
            return None;
        }
        let rest = &text[pos..];
        let Some(c) = rest.chars().next() else { break };
        let len = c.len_utf8();
        let mut note = |what: RepairKind, line: usize, column: usize| {
            repairs.push(Repair { line, column, what });
        };
        if in_string {
            match c {
                '\\' => {
                    let next = rest[1..].chars().next();
                    let hex4 = rest
                        .get(2..6)
                        .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                    let valid = match next {
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => true,
                        Some('u') => hex4,
                        _ => false,
                    };
                    if valid {
                        // An escape: copy it and the escaped character as they are.
                        let escaped = next.map_or(0, char::len_utf8);
                        out.push_str(&rest[..1 + escaped]);
                        advance(pos, 1 + escaped, &mut line, &mut column);
                        pos += 1 + escaped;
                        continue;
                    }
                    // "\'" is an apostrophe; any other stray backslash is a backslash.
                    note(RepairKind::InvalidEscape, line, column);
                    if next != Some('\'') {
                        out.push_str("\\\\");
                    }
                    advance(pos, 1, &mut line, &mut column);
                    pos += 1;
                    continue;
                }
                '"' if ends_string(pos + 1) => {
                    in_string = false;
                    last_solid = Some(b'"');
                    out.push('"');
                }
                '"' => {
                    note(RepairKind::InnerQuote, line, column);
                    out.push_str("\\\"");
                }
                c if c.is_control() => {
                    note(RepairKind::ControlCharacter, line, column);
                    match c {
                        '\n' => out.push_str("\\n"),
                        '\t' => out.push_str("\\t"),
                        '\r' => out.push_str("\\r"),
                        other => out.push_str(&format!("\\u{:04x}", u32::from(other))),
                    }
                }
                c => out.push(c),
            }
            advance(pos, len, &mut line, &mut column);
            pos += len;
            continue;
        }

        // Outside strings.
        let skip = if c == '\u{feff}' {
            note(RepairKind::ByteOrderMark, line, column);
            len
        } else if let Some(wrapper) = WRAPPERS.iter().find(|w| rest.starts_with(**w)) {
            note(RepairKind::Wrapper(wrapper), line, column);
            wrapper.len()
        } else if rest.starts_with("//") {
            note(RepairKind::Comment, line, column);
            rest.find('\n').unwrap_or(rest.len())
        } else if let Some(inside) = rest.strip_prefix("/*") {
            note(RepairKind::Comment, line, column);
            inside.find("*/").map_or(rest.len(), |end| end + 4)
        } else if c == ','
            && (matches!(next_solid(pos + 1), Some((_, b'}' | b']')))
                || matches!(last_solid, Some(b',' | b'[')))
        {
            note(RepairKind::ExtraComma, line, column);
            len
        } else {
            0
        };
        if skip > 0 {
            advance(pos, skip, &mut line, &mut column);
            pos += skip;
            continue;
        }
        if matches!(c, ',' | '}' | ']') && last_solid == Some(b':') {
            note(RepairKind::EmptyValue, line, column);
            out.push_str("null");
        }
        let value_ended = matches!(
            last_solid,
            Some(b'"' | b'}' | b']' | b'0'..=b'9' | b'e' | b'l')
        );
        if depth == 0 && matches!(last_solid, Some(b'}' | b']')) && !c.is_whitespace() {
            if matches!(c, '{' | '[') {
                note(RepairKind::ConcatenatedValues, line, column);
                out.push(',');
                wrap = true;
            } else {
                // Whatever follows the data ("};", a stray "</script>") is not data.
                note(RepairKind::TrailingText, line, column);
                advance(pos, rest.len(), &mut line, &mut column);
                break;
            }
        } else if depth > 0 && value_ended && matches!(c, '"' | '{' | '[') {
            note(RepairKind::MissingComma, line, column);
            out.push(',');
        }
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if c == '"' {
            in_string = true;
        }
        if !c.is_whitespace() && c.is_ascii() {
            last_solid = Some(c as u8);
        }
        out.push(c);
        advance(pos, len, &mut line, &mut column);
        pos += len;
    }
    if wrap {
        out = format!("[{out}]");
    }
    (!repairs.is_empty() && repairs.len() <= MAX_REPAIRS).then_some((out, repairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> (String, Vec<(usize, usize, RepairKind)>) {
        let (out, repairs) = repair(text).expect("something to repair");
        let repairs = repairs
            .into_iter()
            .map(|r| (r.line, r.column, r.what))
            .collect();
        (out, repairs)
    }

    #[test]
    fn valid_json_needs_no_repair() {
        for valid in [
            r#"{"a":"b, \"c\": d","e":[1,2,{"f":null}]}"#,
            "[]",
            r#"{"url":"http://x.example//y"}"#,
            r#"{"a":"/* not a comment */ <!-- nor this -->"}"#,
        ] {
            assert_eq!(repair(valid), None, "{valid}");
        }
    }

    #[test]
    fn wrappers_comments_and_commas() {
        let (out, repairs) = kinds("//<![CDATA[\n{\"a\":1, /* x */ \"b\":[1,2,],}\n//]]>");
        assert_eq!(out, "\n{\"a\":1,  \"b\":[1,2]}\n");
        assert_eq!(
            repairs,
            [
                (1, 1, RepairKind::Comment),
                (2, 9, RepairKind::Comment),
                (2, 25, RepairKind::ExtraComma),
                (2, 27, RepairKind::ExtraComma),
                (3, 1, RepairKind::Comment),
            ]
        );
        let (out, repairs) = kinds("<!--\n<![CDATA[{\"a\":[1,,2]}]]>-->");
        assert_eq!(out, "\n{\"a\":[1,2]}");
        assert_eq!(repairs.len(), 5);
        assert_eq!(repairs[0], (1, 1, RepairKind::Wrapper("<!--")));
        assert_eq!(repairs[2], (2, 18, RepairKind::ExtraComma));
    }

    #[test]
    fn strings_with_raw_controls_and_inner_quotes() {
        let (out, repairs) = kinds("{\"a\":\"one\ntwo\tthree\u{1}\"}");
        assert_eq!(out, "{\"a\":\"one\\ntwo\\tthree\\u0001\"}");
        assert_eq!(repairs[0], (1, 10, RepairKind::ControlCharacter));
        assert_eq!(repairs[1], (2, 4, RepairKind::ControlCharacter));
        let (out, _) = kinds(r#"{"d": ""Not fit", said Scott", "n": 1}"#);
        assert_eq!(out, r#"{"d": "\"Not fit\", said Scott", "n": 1}"#);
        let (out, repairs) = kinds(r#"{"h": "Calls him "unfit"", "x": "é "y" z"}"#);
        assert_eq!(out, r#"{"h": "Calls him \"unfit\"", "x": "é \"y\" z"}"#);
        assert_eq!(repairs.len(), 4);
        assert_eq!(repairs[3], (1, 38, RepairKind::InnerQuote));
    }

    #[test]
    fn escapes_commas_and_top_level_values() {
        let (out, repairs) = kinds("{\"a\": \"it\\'s C:\\x\"\n \"b\": 1\n \"c\": [1]}");
        assert_eq!(out, "{\"a\": \"it's C:\\\\x\"\n ,\"b\": 1\n ,\"c\": [1]}");
        let kinds_only: Vec<RepairKind> = repairs.iter().map(|r| r.2).collect();
        assert_eq!(
            kinds_only,
            [
                RepairKind::InvalidEscape,
                RepairKind::InvalidEscape,
                RepairKind::MissingComma,
                RepairKind::MissingComma,
            ]
        );
        let (out, repairs) = kinds("{\"a\":1}\n{\"b\":2};");
        assert_eq!(out, "[{\"a\":1}\n,{\"b\":2}]");
        assert_eq!(repairs[0].2, RepairKind::ConcatenatedValues);
        assert_eq!(repairs[1].2, RepairKind::TrailingText);
        assert_eq!(kinds("[1] </script>").0, "[1] ");
        // A line of a raw multi-line string that opens with a quotation mark stays text.
        let (out, _) = kinds("{\"t\": \"He said:\n\"Go.\"\n\"Then\", she wrote.\"}");
        assert_eq!(
            out,
            "{\"t\": \"He said:\\n\\\"Go.\\\"\\n\\\"Then\\\", she wrote.\"}"
        );
        // A valid \u escape is kept; a broken one is a backslash.
        assert_eq!(kinds("[\"\\u00e9 \\u12\"]").0, "[\"\\u00e9 \\\\u12\"]");
    }

    #[test]
    fn empty_values_become_null() {
        let (out, repairs) = kinds(r#"{"a": , "b":}"#);
        assert_eq!(out, r#"{"a": null, "b":null}"#);
        assert_eq!(repairs.len(), 2);
        assert_eq!(repairs[0].2, RepairKind::EmptyValue);
    }

    #[test]
    fn warnings_count_the_rest_of_a_kind() {
        let text = format!("{{\"a\":\"{}\",}}", "x\n".repeat(6));
        let (_, repairs) = repair(&text).expect("repairs");
        let messages: Vec<String> = warnings(&repairs).iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "invalid JSON at line 1, column 8: a raw control character (line break or tab) inside a string, escaped (repaired)",
                "invalid JSON at line 2, column 2: a raw control character (line break or tab) inside a string, escaped (repaired)",
                "invalid JSON at line 3, column 2: a raw control character (line break or tab) inside a string, escaped (repaired; 3 more like it, the last at line 6, column 2)",
                "invalid JSON at line 7, column 2: a trailing or doubled comma, removed (repaired)",
            ]
        );
    }

    #[test]
    fn bounded() {
        let many = format!("[{}1]", ",".repeat(MAX_REPAIRS + 5));
        assert_eq!(repair(&many), None);
        let unclosed = repair("{\"a\": /* never closed");
        assert_eq!(unclosed.map(|(out, _)| out).as_deref(), Some("{\"a\": "));
    }
}
