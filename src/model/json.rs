//! A small strict JSON parser (RFC 8259) with limits on size and nesting depth, so hostile
//! input becomes an error instead of a stack overflow, and errors carry line and column.
//! It is iterative (an explicit stack of open arrays and objects), keeps object keys in
//! document order and rejects duplicate keys, because two readers of the same document
//! (a search engine and this widget) must never see two different articles. serde is not
//! used: this parser is a few kilobytes of wasm.

use super::ModelError;

/// Largest accepted input, checked before parsing starts.
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;
/// Deepest accepted nesting of arrays and objects (the article formats need about 8).
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value. Objects keep their key order; keys are unique.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The kind of value with an article, for messages: "expected a string, got a number".
    pub fn kind_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// The member `key` of an object; `None` for other values or a missing key.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// The value of a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(number) => Some(*number),
            _ => None,
        }
    }

    /// The value of a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(flag) => Some(*flag),
            _ => None,
        }
    }

    /// The elements of an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members of an object, in document order.
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// Whether this is `null` (optional article fields treat it as absent).
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

/// Parses one JSON document. A leading byte order mark is skipped; anything but whitespace
/// after the value is an error.
pub fn parse(text: &str) -> Result<Json, ModelError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ModelError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    }
    .document()
}

/// An array or object whose closing bracket has not been seen yet.
enum Frame {
    Array(Vec<Json>),
    Object {
        members: Vec<(String, Json)>,
        /// Byte offset of each key, to point at a duplicate.
        key_offsets: Vec<usize>,
        /// The key whose value is being parsed.
        key: String,
    },
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

type Step<T> = Result<T, ModelError>;

impl Parser<'_> {
    fn document(&mut self) -> Step<Json> {
        let mut stack: Vec<Frame> = Vec::new();
        'value: loop {
            // Parse one value; containers push a frame and loop back for their first child.
            self.skip_ws();
            let mut value = match self.peek() {
                None => return Err(self.error_here("unexpected end of input, expected a value")),
                Some(b'[') | Some(b'{') if stack.len() >= MAX_DEPTH => {
                    let (line, column) = self.line_column(self.pos);
                    return Err(ModelError::TooDeep { line, column });
                }
                Some(b'[') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        Json::Array(Vec::new())
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        continue 'value;
                    }
                }
                Some(b'{') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        Json::Object(Vec::new())
                    } else {
                        let offset = self.pos;
                        let key = self.key()?;
                        stack.push(Frame::Object {
                            members: Vec::new(),
                            key_offsets: vec![offset],
                            key,
                        });
                        continue 'value;
                    }
                }
                Some(_) => self.scalar()?,
            };

            // Hand the finished value to its parent, closing as many containers as end here.
            loop {
                let Some(mut frame) = stack.pop() else {
                    self.skip_ws();
                    if self.pos < self.bytes.len() {
                        return Err(self.error_here("unexpected characters after the JSON value"));
                    }
                    return Ok(value);
                };
                self.skip_ws();
                match &mut frame {
                    Frame::Array(items) => {
                        items.push(value);
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                stack.push(frame);
                                continue 'value;
                            }
                            Some(b']') => self.pos += 1,
                            _ => {
                                return Err(
                                    self.error_here("expected ',' or ']' after an array element")
                                )
                            }
                        }
                    }
                    Frame::Object {
                        members,
                        key_offsets,
                        key,
                    } => {
                        members.push((std::mem::take(key), value));
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                self.skip_ws();
                                key_offsets.push(self.pos);
                                *key = self.key()?;
                                stack.push(frame);
                                continue 'value;
                            }
                            Some(b'}') => self.pos += 1,
                            _ => {
                                return Err(
                                    self.error_here("expected ',' or '}' after an object member")
                                )
                            }
                        }
                    }
                }
                value = match frame {
                    Frame::Array(items) => Json::Array(items),
                    Frame::Object {
                        members,
                        key_offsets,
                        ..
                    } => {
                        self.check_unique_keys(&members, &key_offsets)?;
                        Json::Object(members)
                    }
                };
            }
        }
    }

    /// Reads `"key"` and the `:` after it.
    fn key(&mut self) -> Step<String> {
        if self.peek() != Some(b'"') {
            return Err(self.error_here("expected a member name in double quotes"));
        }
        let key = self.string()?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self.error_here("expected ':' after an object member name"));
        }
        self.pos += 1;
        Ok(key)
    }

    /// Sorting instead of a hash set: no hasher in the wasm, and O(n log n) even for an
    /// object with hundreds of thousands of members.
    fn check_unique_keys(&self, members: &[(String, Json)], offsets: &[usize]) -> Step<()> {
        if members.len() < 2 {
            return Ok(());
        }
        let mut order: Vec<usize> = (0..members.len()).collect();
        order.sort_by(|&a, &b| members[a].0.cmp(&members[b].0).then(a.cmp(&b)));
        for pair in order.windows(2) {
            if members[pair[0]].0 == members[pair[1]].0 {
                let offset = offsets.get(pair[1]).copied().unwrap_or(self.pos);
                let name = &members[pair[1]].0;
                return Err(self.error_at(offset, &format!("duplicate member name {name:?}")));
            }
        }
        Ok(())
    }

    fn scalar(&mut self) -> Step<Json> {
        match self.peek() {
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => {
                let found = self.text[self.pos..].chars().next().unwrap_or(' ');
                Err(self.error_here(&format!("expected a value, found {found:?}")))
            }
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Step<Json> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error_here(
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ))
        }
    }

    fn number(&mut self) -> Step<Json> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error_here("invalid number: expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_here("invalid number: expected a digit after '.'"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error_here("invalid number: expected a digit in the exponent"));
            }
            self.digits();
        }
        // A digit straight after "0" ("01") is not a continuation of this number.
        if matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.error_here("invalid number: leading zeros are not allowed"));
        }
        match super::number::parse_decimal(&self.text[start..self.pos]) {
            Some(number) if number.is_finite() => Ok(Json::Number(number)),
            _ => Err(self.error_at(start, "number is too large")),
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn string(&mut self) -> Step<String> {
        let start = self.pos;
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once;
            // the input is a &str, so the run is valid UTF-8 on its own.
            let run_start = self.pos;
            while let Some(&byte) = self.bytes.get(self.pos) {
                if byte == b'"' || byte == b'\\' || byte < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => return Err(self.error_at(start, "unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                Some(byte) => {
                    return Err(self.error_here(&format!(
                        "control character U+{byte:04X} must be escaped inside a string"
                    )))
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Step<()> {
        self.pos += 1; // the backslash
        let Some(byte) = self.peek() else {
            return Err(self.error_here("unterminated string"));
        };
        self.pos += 1;
        let decoded = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    0xD800..=0xDBFF => {
                        // A high surrogate pairs only with an immediately following \u low
                        // surrogate; otherwise it is lone and stands for U+FFFD.
                        let rest = &self.bytes[self.pos..];
                        if rest.starts_with(b"\\u") {
                            let save = self.pos;
                            self.pos += 2;
                            let low = self.hex4()?;
                            if (0xDC00..=0xDFFF).contains(&low) {
                                let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                                char::from_u32(code).unwrap_or('\u{fffd}')
                            } else {
                                self.pos = save;
                                '\u{fffd}'
                            }
                        } else {
                            '\u{fffd}'
                        }
                    }
                    0xDC00..=0xDFFF => '\u{fffd}',
                    _ => char::from_u32(unit).unwrap_or('\u{fffd}'),
                }
            }
            _ => {
                let found = self.text[self.pos - 1..].chars().next().unwrap_or(' ');
                return Err(self.error_at(
                    self.pos - 2,
                    &format!("invalid escape \\{found} (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
                ));
            }
        };
        out.push(decoded);
        Ok(())
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|byte| (byte as char).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.error_here("invalid \\u escape: expected 4 hexadecimal digits"));
            };
            unit = unit * 16 + digit;
            self.pos += 1;
        }
        Ok(unit)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn error_here(&self, message: &str) -> ModelError {
        self.error_at(self.pos, message)
    }

    /// Line and column are computed only when an error happens; the column counts
    /// characters, as editors do, not bytes.
    fn error_at(&self, offset: usize, message: &str) -> ModelError {
        let (line, column) = self.line_column(offset);
        ModelError::Syntax {
            line,
            column,
            message: message.to_string(),
        }
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(text: &str) -> (usize, usize, String) {
        match parse(text) {
            Err(ModelError::Syntax {
                line,
                column,
                message,
            }) => (line, column, message),
            other => panic!("expected a syntax error for {text:?}, got {other:?}"),
        }
    }

    #[test]
    fn scalars_and_containers() {
        assert_eq!(parse("null"), Ok(Json::Null));
        assert_eq!(parse(" true "), Ok(Json::Bool(true)));
        assert_eq!(parse("false"), Ok(Json::Bool(false)));
        assert_eq!(parse("-0.5e2"), Ok(Json::Number(-50.0)));
        assert_eq!(parse("0"), Ok(Json::Number(0.0)));
        assert_eq!(parse("1E+2"), Ok(Json::Number(100.0)));
        assert_eq!(parse("[]"), Ok(Json::Array(vec![])));
        assert_eq!(parse("{}"), Ok(Json::Object(vec![])));
        assert_eq!(
            parse(r#"{"b":[1,{"c":null}],"a":"x"}"#),
            Ok(Json::Object(vec![
                (
                    "b".into(),
                    Json::Array(vec![
                        Json::Number(1.0),
                        Json::Object(vec![("c".into(), Json::Null)])
                    ])
                ),
                ("a".into(), Json::String("x".into())),
            ]))
        );
    }

    #[test]
    fn accessors_and_kind_names() {
        let value = parse(r#"{"s":"t","n":2,"b":true,"a":[],"o":{},"z":null}"#).unwrap();
        assert_eq!(value.get("s").and_then(Json::as_str), Some("t"));
        assert_eq!(value.get("n").and_then(Json::as_f64), Some(2.0));
        assert_eq!(value.get("b").and_then(Json::as_bool), Some(true));
        assert_eq!(
            value.get("a").and_then(Json::as_array).map(<[Json]>::len),
            Some(0)
        );
        assert!(value.get("o").and_then(Json::as_object).is_some());
        assert!(value.get("z").is_some_and(Json::is_null));
        assert_eq!(value.get("missing"), None);
        assert_eq!(Json::Null.get("x"), None);
        let kinds: Vec<_> = ["null", "true", "1", "\"\"", "[]", "{}"]
            .iter()
            .map(|t| parse(t).unwrap().kind_name())
            .collect();
        assert_eq!(
            kinds,
            [
                "null",
                "a boolean",
                "a number",
                "a string",
                "an array",
                "an object"
            ]
        );
    }

    #[test]
    fn string_escapes() {
        assert_eq!(
            parse(r#""a\"\\\/\b\f\n\r\t\u00e9""#),
            Ok(Json::String("a\"\\/\u{8}\u{c}\n\r\t\u{e9}".into()))
        );
        assert_eq!(parse(r#""\ud83d\ude00""#), Ok(Json::String("😀".into())));
        assert_eq!(parse(r#""\uD83D\uDE00""#), Ok(Json::String("😀".into())));
        // Lone surrogates of either half become U+FFFD; what follows is kept.
        assert_eq!(parse(r#""\ud83dx""#), Ok(Json::String("\u{fffd}x".into())));
        assert_eq!(parse(r#""\ude00""#), Ok(Json::String("\u{fffd}".into())));
        assert_eq!(
            parse(r#""\ud83d\u0041""#),
            Ok(Json::String("\u{fffd}A".into()))
        );
        assert_eq!(
            parse(r#""\ud83d\ud83d\ude00""#),
            Ok(Json::String("\u{fffd}😀".into()))
        );
        assert_eq!(parse("\"日本語 ✓\""), Ok(Json::String("日本語 ✓".into())));
        assert_eq!(parse(r#""\u0000""#), Ok(Json::String("\u{0}".into())));
    }

    #[test]
    fn string_errors() {
        assert_eq!(
            syntax("\"a\nb\"").2,
            "control character U+000A must be escaped inside a string"
        );
        assert_eq!(
            syntax("\"a\tb\"").2,
            "control character U+0009 must be escaped inside a string"
        );
        assert_eq!(syntax(r#""abc"#), (1, 1, "unterminated string".into()));
        assert!(syntax(r#""\x""#).2.starts_with("invalid escape \\x"));
        assert_eq!(
            syntax(r#""\u12G4""#).2,
            "invalid \\u escape: expected 4 hexadecimal digits"
        );
        assert_eq!(
            syntax(r#""\ud83d\u12""#).2,
            "invalid \\u escape: expected 4 hexadecimal digits"
        );
        assert_eq!(syntax("\"\\"), (1, 3, "unterminated string".into()));
    }

    #[test]
    fn number_errors() {
        assert_eq!(
            syntax("0x10").2,
            "unexpected characters after the JSON value"
        );
        for bad in [
            "01", "-", "1.", ".5", "1e", "1e+", "+1", "-a", "NaN", "Infinity", "1.e5",
        ] {
            let (_, _, message) = syntax(bad);
            assert!(
                message.starts_with("invalid number") || message.starts_with("expected a value"),
                "{bad}: {message}"
            );
        }
        assert_eq!(syntax("1e400").2, "number is too large");
        assert_eq!(parse("1e-400"), Ok(Json::Number(0.0)));
    }

    #[test]
    fn structure_errors_with_positions() {
        assert_eq!(
            syntax("{\n  \"a\": 1\n  \"b\": 2\n}"),
            (3, 3, "expected ',' or '}' after an object member".into())
        );
        assert_eq!(
            syntax("[1 2]"),
            (1, 4, "expected ',' or ']' after an array element".into())
        );
        assert_eq!(syntax("[1,]"), (1, 4, "expected a value, found ']'".into()));
        assert_eq!(
            syntax("{\"a\":1,}"),
            (1, 8, "expected a member name in double quotes".into())
        );
        assert_eq!(
            syntax("{'a':1}"),
            (1, 2, "expected a member name in double quotes".into())
        );
        assert_eq!(
            syntax("{\"a\" 1}"),
            (1, 6, "expected ':' after an object member name".into())
        );
        assert_eq!(
            syntax("{\"a\":1} x"),
            (1, 9, "unexpected characters after the JSON value".into())
        );
        assert_eq!(
            syntax("[1] [2]").2,
            "unexpected characters after the JSON value"
        );
        assert_eq!(
            syntax(""),
            (1, 1, "unexpected end of input, expected a value".into())
        );
        assert_eq!(
            syntax("   "),
            (1, 4, "unexpected end of input, expected a value".into())
        );
        assert_eq!(
            syntax("[1,"),
            (1, 4, "unexpected end of input, expected a value".into())
        );
        assert_eq!(
            syntax("{\"a\":1"),
            (1, 7, "expected ',' or '}' after an object member".into())
        );
        assert_eq!(
            syntax("tru"),
            (
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)"
                    .into()
            )
        );
        assert_eq!(syntax("// comment\n{}").2, "expected a value, found '/'");
        // Columns count characters, not bytes.
        assert_eq!(
            syntax("[\"é\" x]"),
            (1, 6, "expected ',' or ']' after an array element".into())
        );
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        assert_eq!(
            syntax("{\"a\":1,\n \"b\":2,\n \"a\":3}"),
            (3, 2, "duplicate member name \"a\"".into())
        );
        assert!(parse(r#"{"a":{"a":1},"b":{"a":2}}"#).is_ok());
    }

    #[test]
    fn bom_and_whitespace() {
        assert_eq!(parse("\u{feff}{}"), Ok(Json::Object(vec![])));
        assert_eq!(parse(" \t\r\n[ ]\n"), Ok(Json::Array(vec![])));
        // Only the four JSON whitespace characters count.
        assert!(parse("\u{a0}1").is_err());
        assert!(parse("{}\u{feff}").is_err());
    }

    #[test]
    fn depth_limit() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let too_deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(
            parse(&too_deep),
            Err(ModelError::TooDeep {
                line: 1,
                column: 65
            })
        );
        assert_eq!(
            ModelError::TooDeep { line: 1, column: 65 }.to_string(),
            "JSON nested too deeply at line 1, column 65: arrays and objects may be nested at most 64 levels deep"
        );
        let hostile = "[{\"a\":".repeat(5_000);
        assert!(matches!(parse(&hostile), Err(ModelError::TooDeep { .. })));
        let hostile = "[".repeat(10_000);
        assert!(matches!(parse(&hostile), Err(ModelError::TooDeep { .. })));
    }

    #[test]
    fn size_limit_is_checked_first() {
        let big = format!("[{}]", "1,".repeat(3 * 1024 * 1024));
        assert_eq!(parse(&big), Err(ModelError::TooLarge { bytes: big.len() }));
        assert_eq!(
            ModelError::TooLarge { bytes: 6_000_000 }.to_string(),
            "the article data is 6000000 bytes, more than the limit of 5242880 bytes (5 MiB)"
        );
        // Just under the limit parses.
        let mut fits = "[".to_string() + &"0,".repeat((MAX_INPUT_BYTES - 3) / 2);
        fits.push_str("0]");
        assert!(fits.len() <= MAX_INPUT_BYTES);
        assert!(parse(&fits).is_ok());
    }
}
