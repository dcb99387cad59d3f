//! The generic JSON value the two readers walk ([`Json`]) and how it is built: through
//! serde's data model, so the same [`Builder`] takes the value from `serde_json` natively
//! (prerenderer, tests, fuzzing, evaluation commands) and from `serde-wasm-bindgen` in the
//! browser, where the browser's own `JSON.parse` has read the text (see `crate::dom::json`).
//!
//! What the builder adds to plain deserialization, for hostile and careless input:
//! - a depth limit checked when a container is entered, before any of its members is
//!   converted, so no input (not even a cyclic JavaScript object) can recurse deeper than
//!   [`MAX_DEPTH`] levels; [`check_depth`] is the same limit as a cheap iterative scan of
//!   text, with the line and column;
//! - duplicate member names resolved as `JSON.parse` does (the last one wins, at the place
//!   of the first), with a warning naming the JSON path, so the prerenderer and the browser
//!   show the same article;
//! - the reason a conversion stopped kept beside serde's error ([`Stop`]), so the browser
//!   side never has to format a serde error (which would pull float formatting into the
//!   wasm).

use std::collections::HashMap;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::limits::MAX_WARNINGS;
use super::url::excerpt;
use super::ModelError;

pub use super::limits::{MAX_DEPTH, MAX_INPUT_BYTES};

/// A parsed JSON value. Objects keep their key order; keys are unique (see [`Builder`]).
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

/// A JSON document as the readers get it: the value, and the warnings found while building
/// it (duplicate member names), up to [`MAX_WARNINGS`] of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub value: Json,
    pub warnings: Vec<ModelError>,
    /// Warnings past [`MAX_WARNINGS`], counted but not kept.
    pub omitted_warnings: usize,
}

/// Why the [`Builder`] refused a value, kept apart from the deserializer's own error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Arrays and objects nest deeper than [`MAX_DEPTH`] at [`Builder::path`].
    TooDeep,
    /// A value JSON cannot hold (a JavaScript function, symbol, ...) at [`Builder::path`].
    NotJson,
}

/// One step of a JSON path.
#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

/// Builds a [`Json`] from any serde deserializer (`serde_json`, `serde-wasm-bindgen`),
/// tracking the path of the value being built for messages.
#[derive(Debug, Default)]
pub struct Builder {
    path: Vec<Segment>,
    warnings: Vec<ModelError>,
    omitted: usize,
    stop: Option<Stop>,
}

impl Builder {
    /// Builds the value `deserializer` describes. On an error, [`Builder::stop`] says whether
    /// it was the builder's own refusal and [`Builder::path`] where.
    pub fn value<'de, D: de::Deserializer<'de>>(
        &mut self,
        deserializer: D,
    ) -> Result<Json, D::Error> {
        ValueSeed {
            builder: self,
            depth: 0,
        }
        .deserialize(deserializer)
    }

    /// Why the last [`Builder::value`] failed, when it was the builder's refusal.
    pub fn stop(&self) -> Option<Stop> {
        self.stop
    }

    /// The JSON path of the value being built (after a failure: where it stopped), written
    /// as the readers write paths: `body[3].image`, "article" for the document itself.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for segment in &self.path {
            match segment {
                Segment::Key(key) if path.is_empty() => path.push_str(key),
                Segment::Key(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Segment::Index(index) => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        if path.is_empty() {
            path.push_str("article");
        }
        path
    }

    /// The document: `value` with the warnings found while building it.
    pub fn finish(self, value: Json) -> Document {
        Document {
            value,
            warnings: self.warnings,
            omitted_warnings: self.omitted,
        }
    }

    fn refuse<E: de::Error>(&mut self, stop: Stop) -> E {
        self.stop = Some(stop);
        // A fixed text: callers look at `stop`, never at the message.
        E::custom("refused by the JSON builder")
    }

    fn warn(&mut self, warning: ModelError) {
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(warning);
        } else {
            self.omitted += 1;
        }
    }

    /// `JSON.parse`'s rule for repeated member names: one member, at the place of the first,
    /// with the value of the last; one warning per repeated name, in the order of their first
    /// appearance. A hash map (the bundle has one already): O(n) even for an object with
    /// hundreds of thousands of members, and no sort routine to ship.
    fn merge_duplicates(&mut self, members: &mut Vec<(String, Json)>) {
        let small = members.len() <= 8;
        if members.len() < 2
            || small
                && !members
                    .iter()
                    .enumerate()
                    .any(|(i, (key, _))| members[..i].iter().any(|(seen, _)| seen == key))
        {
            return;
        }
        // Each name's group: index in `groups` by name; (first, last, count) per group, in
        // the order of first appearance.
        let mut group_of: HashMap<&str, usize> = HashMap::with_capacity(members.len());
        let mut groups: Vec<(usize, usize, usize)> = Vec::new();
        let mut dropped = vec![false; members.len()];
        for (index, (name, _)) in members.iter().enumerate() {
            match group_of.get(name.as_str()) {
                Some(&group) => {
                    let (_, last, count) = &mut groups[group];
                    *last = index;
                    *count += 1;
                    dropped[index] = true;
                }
                None => {
                    group_of.insert(name, groups.len());
                    groups.push((index, index, 1));
                }
            }
        }
        drop(group_of);
        for (first, last, count) in groups.into_iter().filter(|&(_, _, count)| count > 1) {
            members[first].1 = std::mem::replace(&mut members[last].1, Json::Null);
            self.warn(ModelError::DuplicateKey {
                path: self.path(),
                key: excerpt(&members[first].0),
                count,
            });
        }
        let mut index = 0;
        members.retain(|_| {
            index += 1;
            !dropped[index - 1]
        });
    }
}

/// Deserializes one value `depth` containers deep.
struct ValueSeed<'b> {
    builder: &'b mut Builder,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Json;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(ValueVisitor {
            builder: self.builder,
            depth: self.depth,
        })
    }
}

struct ValueVisitor<'b> {
    builder: &'b mut Builder,
    depth: usize,
}

impl ValueVisitor<'_> {
    /// The depth check runs when a container is entered, before any member is converted:
    /// the recursion of the deserializer and this builder stops at [`MAX_DEPTH`].
    fn enter<E: de::Error>(&mut self) -> Result<usize, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.builder.refuse(Stop::TooDeep));
        }
        Ok(self.depth + 1)
    }
}

impl<'de> Visitor<'de> for ValueVisitor<'_> {
    type Value = Json;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Json, E> {
        Ok(Json::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Json, E> {
        Ok(Json::Number(value as f64))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Json, E> {
        Ok(Json::Number(value as f64))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Json, E> {
        // Neither parser produces a non-finite number from JSON; a JavaScript object can
        // hold one, and JSON cannot.
        if value.is_finite() {
            Ok(Json::Number(value))
        } else {
            Err(self.builder.refuse(Stop::NotJson))
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Json, E> {
        Ok(Json::String(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Json, E> {
        Ok(Json::String(value))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        ValueSeed {
            builder: self.builder,
            depth: self.depth,
        }
        .deserialize(deserializer)
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Json, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Json, A::Error> {
        let depth = self.enter()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        loop {
            self.builder.path.push(Segment::Index(items.len()));
            let item = seq.next_element_seed(ValueSeed {
                builder: self.builder,
                depth,
            })?;
            self.builder.path.pop();
            match item {
                Some(item) => items.push(item),
                None => return Ok(Json::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Json, A::Error> {
        let depth = self.enter()?;
        let mut members = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed {
            builder: self.builder,
        })? {
            // The key moves into the path and back out: no copy per member.
            self.builder.path.push(Segment::Key(key));
            let value = map.next_value_seed(ValueSeed {
                builder: self.builder,
                depth,
            })?;
            let Some(Segment::Key(key)) = self.builder.path.pop() else {
                unreachable!("the segment pushed above");
            };
            members.push((key, value));
        }
        self.builder.merge_duplicates(&mut members);
        Ok(Json::Object(members))
    }
}

/// Deserializes a member name.
struct KeySeed<'b> {
    builder: &'b mut Builder,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = String;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
        Ok(value.to_owned())
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<String, E> {
        Ok(value)
    }

    // A JavaScript `Map` may have keys of any type; JSON only names.
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<String, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<String, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<String, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<String, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(self.builder.refuse(Stop::NotJson))
    }

    // serde's default would build an "invalid type" message, which drags float formatting
    // into the wasm bundle (serde's `Unexpected` can hold a float).
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<String, E> {
        Err(self.builder.refuse(Stop::NotJson))
    }
}

/// Any value, without the warnings (duplicate member names still resolve last-wins).
impl<'de> de::Deserialize<'de> for Json {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        Builder::default().value(deserializer)
    }
}

/// Checks the nesting depth of JSON text without parsing it: one pass over the bytes that
/// only tells strings from structure. Runs before a parser whose result is converted
/// recursively, and gives the line and column of the first bracket past [`MAX_DEPTH`].
/// Malformed text passes if it is shallow enough: the parser reports its syntax errors.
pub fn check_depth(text: &str) -> Result<(), ModelError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    // A backslash escapes the next byte, whatever it is.
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let (line, column) = line_column(text, at);
                    return Err(ModelError::TooDeep { line, column });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        at += 1;
    }
    Ok(())
}

/// The 1-based line and column (in characters, as editors count) of byte `offset`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Parses one JSON document with `serde_json` (native builds only: the browser uses its own
/// `JSON.parse`). A leading byte order mark is skipped; anything but whitespace after the
/// value is an error. Duplicate member names are warnings in the [`Document`].
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_document(text: &str) -> Result<Document, ModelError> {
    native::parse_document(text)
}

/// [`parse_document`] without the warnings.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Json, ModelError> {
    parse_document(text).map(|document| document.value)
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{check_depth, line_column, Builder, Document, ModelError, Stop, MAX_INPUT_BYTES};

    pub(super) fn parse_document(text: &str) -> Result<Document, ModelError> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(ModelError::TooLarge { bytes: text.len() });
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        match attempt(text) {
            // serde_json refuses lone UTF-16 surrogates in `\u` escapes; JSON.parse (and so
            // the browser) keeps them and they arrive in Rust as U+FFFD. Rewriting them to
            // `\uFFFD` keeps every position, so it is done only when needed.
            Err(Attempt::LoneSurrogate) => {
                let fixed = replace_lone_surrogates(text);
                match attempt(&fixed) {
                    Ok(document) => Ok(document),
                    Err(Attempt::Failed(error)) => Err(error),
                    Err(Attempt::LoneSurrogate) => Err(ModelError::Syntax {
                        line: 1,
                        column: 1,
                        message: "invalid \\u escape".into(),
                    }),
                }
            }
            Err(Attempt::Failed(error)) => Err(error),
            Ok(document) => Ok(document),
        }
    }

    enum Attempt {
        LoneSurrogate,
        Failed(ModelError),
    }

    fn attempt(text: &str) -> Result<Document, Attempt> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let mut builder = Builder::default();
        let value = builder
            .value(&mut deserializer)
            .and_then(|value| deserializer.end().map(|()| value));
        match value {
            Ok(value) => Ok(builder.finish(value)),
            Err(error) => Err(describe(text, &error, builder.stop())),
        }
    }

    fn describe(text: &str, error: &serde_json::Error, stop: Option<Stop>) -> Attempt {
        if stop == Some(Stop::TooDeep) {
            // serde_json's position after a refusal depends on how far it read on; the scan
            // finds the bracket itself, as the browser's check does.
            return Attempt::Failed(check_depth(text).err().unwrap_or(ModelError::TooDeep {
                line: error.line(),
                column: error.column(),
            }));
        }
        let (line, column) = char_position(text, error.line(), error.column());
        let full = error.to_string();
        let reason = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(reason, _)| reason);
        if reason.contains("surrogate") || reason == "unexpected end of hex escape" {
            return Attempt::LoneSurrogate;
        }
        // serde_json's wording, said the way this project's messages say things.
        let message = match reason {
            "EOF while parsing a value" => "unexpected end of input, expected a value",
            "EOF while parsing a list" => "unexpected end of input, expected ',' or ']'",
            "EOF while parsing an object" => "unexpected end of input, expected ',' or '}'",
            "EOF while parsing a string" => "unterminated string",
            "expected `,` or `]`" => "expected ',' or ']' after an array element",
            "expected `,` or `}`" => "expected ',' or '}' after an object member",
            "expected `:`" => "expected ':' after an object member name",
            "key must be a string" => "expected a member name in double quotes",
            "expected value" | "expected ident" => {
                "expected a value (true, false, null, a number, a string, an array or an object)"
            }
            "trailing comma" => "expected a value after ',' (a trailing comma is not allowed)",
            "trailing characters" => "unexpected characters after the JSON value",
            "invalid escape" => {
                "invalid escape (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
            }
            "number out of range" => "number is too large",
            "control character (\\u0000-\\u001F) found while parsing a string" => {
                "control character (U+0000 to U+001F) must be escaped inside a string"
            }
            other => other,
        };
        Attempt::Failed(ModelError::Syntax {
            line,
            column,
            message: message.to_string(),
        })
    }

    /// serde_json counts columns in bytes (and 0 before the first one); editors count
    /// characters from 1.
    fn char_position(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
        let line_start = if line <= 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(line - 2)
                .map_or(text.len(), |(at, _)| at + 1)
        };
        let offset = (line_start + byte_column.saturating_sub(1)).min(text.len());
        line_column(text, offset)
    }

    /// `text` with every `\u` escape of a lone UTF-16 surrogate replaced by `\uFFFD`.
    fn replace_lone_surrogates(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = bytes.to_vec();
        let unit_at = |at: usize| -> Option<u32> {
            let digits = bytes.get(at + 2..at + 6)?;
            (bytes.get(at..at + 2) == Some(b"\\u"))
                .then(|| u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok())
                .flatten()
        };
        let mut at = 0;
        let mut in_string = false;
        while at < bytes.len() {
            match bytes[at] {
                b'"' => in_string = !in_string,
                b'\\' if in_string => {
                    if let Some(unit) = unit_at(at) {
                        let high = (0xD800..0xDC00).contains(&unit);
                        let paired = high
                            && unit_at(at + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
                        if paired {
                            at += 12;
                            continue;
                        }
                        if (0xD800..0xE000).contains(&unit) {
                            out[at + 2..at + 6].copy_from_slice(b"FFFD");
                        }
                        at += 6;
                        continue;
                    }
                    at += 2;
                    continue;
                }
                _ => {}
            }
            at += 1;
        }
        // Only ASCII hex digits were replaced by ASCII hex digits.
        String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
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

    /// serde_json finds these; the messages are reworded to this project's style, and
    /// columns count characters.
    #[test]
    fn syntax_errors_with_positions() {
        let cases: &[(&str, usize, usize, &str)] = &[
            (
                "\"a\nb\"",
                2,
                1,
                "control character (U+0000 to U+001F) must be escaped inside a string",
            ),
            (
                "\"a\tb\"",
                1,
                3,
                "control character (U+0000 to U+001F) must be escaped inside a string",
            ),
            ("\"abc", 1, 4, "unterminated string"),
            (
                "\"\\x\"",
                1,
                3,
                "invalid escape (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
            ),
            (
                "\"\\u12G4\"",
                1,
                7,
                "invalid escape (expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
            ),
            ("\"\\ud83d\\u12\"", 1, 12, "unterminated string"),
            ("\"\\", 1, 2, "unterminated string"),
            ("0x10", 1, 2, "unexpected characters after the JSON value"),
            ("01", 1, 2, "invalid number"),
            ("-", 1, 1, "unexpected end of input, expected a value"),
            ("1.", 1, 2, "unexpected end of input, expected a value"),
            (
                ".5",
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ),
            ("1e", 1, 2, "unexpected end of input, expected a value"),
            ("1e+", 1, 3, "unexpected end of input, expected a value"),
            (
                "+1",
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ),
            ("-a", 1, 2, "invalid number"),
            (
                "NaN",
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ),
            (
                "Infinity",
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ),
            ("1.e5", 1, 3, "invalid number"),
            ("1e400", 1, 5, "number is too large"),
            (
                "{\n  \"a\": 1\n  \"b\": 2\n}",
                3,
                3,
                "expected ',' or '}' after an object member",
            ),
            ("[1 2]", 1, 4, "expected ',' or ']' after an array element"),
            (
                "[1,]",
                1,
                4,
                "expected a value after ',' (a trailing comma is not allowed)",
            ),
            (
                "{\"a\":1,}",
                1,
                8,
                "expected a value after ',' (a trailing comma is not allowed)",
            ),
            ("{'a':1}", 1, 2, "expected a member name in double quotes"),
            (
                "{\"a\" 1}",
                1,
                6,
                "expected ':' after an object member name",
            ),
            (
                "{\"a\":1} x",
                1,
                9,
                "unexpected characters after the JSON value",
            ),
            (
                "[1] [2]",
                1,
                5,
                "unexpected characters after the JSON value",
            ),
            ("", 1, 1, "unexpected end of input, expected a value"),
            ("   ", 1, 3, "unexpected end of input, expected a value"),
            ("[1,", 1, 3, "unexpected end of input, expected a value"),
            (
                "{\"a\":1",
                1,
                6,
                "unexpected end of input, expected ',' or '}'",
            ),
            ("tru", 1, 3, "unexpected end of input, expected a value"),
            (
                "// comment\n{}",
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ),
            (
                "[\"é\" x]",
                1,
                6,
                "expected ',' or ']' after an array element",
            ),
            (
                "{}\u{feff}",
                1,
                3,
                "unexpected characters after the JSON value",
            ),
            (
                "\u{a0}1",
                1,
                1,
                "expected a value (true, false, null, a number, a string, an array or an object)",
            ),
        ];
        for &(text, line, column, message) in cases {
            assert_eq!(
                syntax(text),
                (line, column, message.to_string()),
                "{text:?}"
            );
        }
        assert_eq!(parse("1e-400"), Ok(Json::Number(0.0)));
    }

    #[test]
    fn repeated_names_are_reported_in_the_order_they_first_appear() {
        // More members than the quick check for small objects covers.
        let text = r#"{"z":1,"m":2,"z":3,"a":4,"m":5,"q":6,"r":7,"s":8,"t":9,"m":10}"#;
        let document = parse_document(text).unwrap();
        let names: Vec<_> = document
            .value
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(names, ["z", "m", "a", "q", "r", "s", "t"]);
        assert_eq!(document.value.get("m"), Some(&Json::Number(10.0)));
        assert_eq!(
            document.warnings,
            [
                ModelError::DuplicateKey {
                    path: "article".into(),
                    key: "z".into(),
                    count: 2
                },
                ModelError::DuplicateKey {
                    path: "article".into(),
                    key: "m".into(),
                    count: 3
                },
            ]
        );
    }

    #[test]
    fn duplicate_keys_last_one_wins_with_a_warning() {
        let document = parse_document("{\"a\":1,\n \"b\":2,\n \"a\":3}").unwrap();
        // As JSON.parse: the place of the first, the value of the last.
        assert_eq!(
            document.value,
            Json::Object(vec![
                ("a".into(), Json::Number(3.0)),
                ("b".into(), Json::Number(2.0))
            ])
        );
        assert_eq!(
            document.warnings,
            [ModelError::DuplicateKey {
                path: "article".into(),
                key: "a".into(),
                count: 2
            }]
        );
        let nested = parse_document(
            r#"{"body":[{"x":1},{"image":{"src":"a","alt":"","src":"b","src":"c"}}],"a":{"a":1}}"#,
        )
        .unwrap();
        assert_eq!(
            nested
                .warnings
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["body[1].image: member name \"src\" appears 3 times; the last one is used"]
        );
        let image = &nested.value.get("body").unwrap().as_array().unwrap()[1];
        assert_eq!(
            image.get("image").unwrap().as_object().unwrap(),
            [
                ("src".into(), Json::String("c".into())),
                ("alt".into(), Json::String(String::new()))
            ]
        );
        // Many members (the sorted path) and many duplicates (the warning cap).
        let members: Vec<String> = (0..300).map(|i| format!("\"k{}\":{i}", i % 150)).collect();
        let document = parse_document(&format!("{{{}}}", members.join(","))).unwrap();
        assert_eq!(document.value.as_object().map(<[_]>::len), Some(150));
        assert_eq!(document.value.get("k7"), Some(&Json::Number(157.0)));
        assert_eq!(document.warnings.len(), MAX_WARNINGS);
        assert_eq!(document.omitted_warnings, 50);
        // The plain Deserialize impl resolves them the same way, silently.
        let value: Json = serde_json::from_str(r#"{"a":1,"a":[2]}"#).unwrap();
        assert_eq!(
            value,
            Json::Object(vec![("a".into(), Json::Array(vec![Json::Number(2.0)]))])
        );
    }

    #[test]
    fn depth_scan_matches_the_parser() {
        for text in [
            "[".repeat(MAX_DEPTH + 1),
            format!("{}1{}", "{\"a\":".repeat(70), "}".repeat(70)),
            format!("[\"[[[[\\\"\",\n{}]", "[".repeat(80)),
        ] {
            let scanned = check_depth(&text).unwrap_err();
            assert!(matches!(scanned, ModelError::TooDeep { .. }), "{scanned:?}");
            assert_eq!(parse(&text), Err(scanned), "{text}");
        }
        // Brackets inside strings, escaped quotes and unbalanced closers do not count.
        let shallow = format!("[\"{}\\\"{}\"]]]]", "[".repeat(100), "{".repeat(100));
        assert_eq!(check_depth(&shallow), Ok(()));
        assert_eq!(
            check_depth(&("]".repeat(100) + &"[".repeat(MAX_DEPTH))),
            Ok(())
        );
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
