//! Problems found in article data, one [`ModelError`] per problem, worded for the publisher
//! who has to fix the data and naming the JSON path of the value (`body[3].image.src`).
//! Whether a problem is fatal is decided where it is found (see [`super::report`]): a
//! missing `headline` stops the article, a missing `related[0].headline` only drops that
//! story. Values are kept as excerpts, so a megabyte-long string is never copied into one.

use std::fmt;

use super::limits::{MAX_DEPTH, MAX_INPUT_BYTES, MAX_TEXT_CHARS};
use super::url::{describe, quote, UrlKind, UrlProblem};

/// The two kinds of typed node in a document, for "unknown ... type" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// An entry of `body`.
    Block,
    /// A node of rich text.
    Inline,
}

/// One problem in article data.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    /// The text is not JSON. `line` is 0 when the browser's `JSON.parse` did not say where.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The text is longer than [`MAX_INPUT_BYTES`]; nothing was parsed.
    TooLarge { bytes: usize },
    /// Arrays and objects nest deeper than [`MAX_DEPTH`] at this position.
    TooDeep { line: usize, column: usize },
    /// A JavaScript value handed to `mount` nests deeper than [`MAX_DEPTH`] (or refers to
    /// itself) at `path`.
    TooDeepValue { path: String },
    /// A JavaScript value handed to `mount` holds something JSON cannot (a function, a
    /// symbol, an infinite number) at `path`.
    NotJsonValue { path: String },
    /// An object repeats a member name (`count` times in all): as in `JSON.parse`, the last
    /// one is used. Always a warning; `key` is an excerpt.
    DuplicateKey {
        path: String,
        key: String,
        count: usize,
    },
    /// The JSON value is a string, number, boolean or null, not article data.
    NotAnObject { got: &'static str },
    /// Neither Broadsheet JSON nor a schema.org article.
    UnknownFormat,
    /// Broadsheet JSON of a version this widget does not read (as written, e.g. "2").
    UnsupportedVersion { found: String },
    /// schema.org JSON-LD without any node of an Article type.
    NoArticle,
    /// A list longer than its limit (`what` names the entries: "entries", "paragraphs").
    TooMany {
        path: String,
        count: usize,
        limit: usize,
        what: &'static str,
    },
    /// A text value longer than [`MAX_TEXT_CHARS`] characters.
    TooLong { path: String },
    /// A required member is absent or null; `hint` says what to put there.
    Missing {
        path: String,
        hint: Option<&'static str>,
    },
    /// A required text is empty after whitespace is collapsed.
    Empty {
        path: String,
        hint: Option<&'static str>,
    },
    /// A value of the wrong JSON type: `expected` "a string", `got` "a number".
    WrongType {
        path: String,
        expected: &'static str,
        got: &'static str,
    },
    /// A URL that is malformed or has a scheme `kind` does not allow; `value` is an excerpt.
    BadUrl {
        path: String,
        value: String,
        kind: UrlKind,
        problem: UrlProblem,
    },
    /// A date that cannot be read; `message` says why and quotes the value.
    BadDate { path: String, message: String },
    /// A `type` this widget does not know; `value` is an excerpt.
    UnknownType {
        path: String,
        node: NodeKind,
        value: String,
    },
    /// A quote's `speaker` that names no entry of `people`; `id` is an excerpt.
    UnknownPerson { path: String, id: String },
    /// Any other unacceptable value: `message` says what was expected.
    BadValue { path: String, message: String },
    /// More quotes were detected than the quote layer highlights (its `MAX_DETECTED_QUOTES`,
    /// passed as `limit`); the rest are shown as plain text. Always a warning.
    QuotesNotHighlighted { found: usize, limit: usize },
}

impl ModelError {
    /// The JSON path of the offending value, where the problem has one.
    pub fn path(&self) -> Option<&str> {
        match self {
            ModelError::TooMany { path, .. }
            | ModelError::TooLong { path }
            | ModelError::Missing { path, .. }
            | ModelError::Empty { path, .. }
            | ModelError::WrongType { path, .. }
            | ModelError::BadUrl { path, .. }
            | ModelError::BadDate { path, .. }
            | ModelError::UnknownType { path, .. }
            | ModelError::UnknownPerson { path, .. }
            | ModelError::BadValue { path, .. }
            | ModelError::TooDeepValue { path }
            | ModelError::NotJsonValue { path }
            | ModelError::DuplicateKey { path, .. } => Some(path),
            ModelError::UnsupportedVersion { .. } => Some("version"),
            ModelError::NoArticle => Some("@type"),
            ModelError::QuotesNotHighlighted { .. } => Some("quotes"),
            ModelError::Syntax { .. }
            | ModelError::TooLarge { .. }
            | ModelError::TooDeep { .. }
            | ModelError::NotAnObject { .. }
            | ModelError::UnknownFormat => None,
        }
    }

    /// Resource limits are fatal wherever they are exceeded: the document is broken or
    /// hostile, and showing part of it would misrepresent the article.
    pub(crate) fn is_limit(&self) -> bool {
        matches!(
            self,
            ModelError::TooMany { .. } | ModelError::TooLong { .. }
        )
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Syntax {
                line,
                column,
                message,
            } if *line == 0 => write!(f, "invalid JSON: {message}"),
            ModelError::Syntax {
                line,
                column,
                message,
            } => write!(f, "invalid JSON at line {line}, column {column}: {message}"),
            ModelError::TooDeepValue { path } => write!(
                f,
                "{path}: nested too deeply (or refers to itself): arrays and objects may be nested at most {MAX_DEPTH} levels deep"
            ),
            ModelError::NotJsonValue { path } => write!(
                f,
                "{path}: not a JSON value (a function, symbol, infinite number or another value JSON cannot hold)"
            ),
            ModelError::DuplicateKey { path, key, count } => write!(
                f,
                "{path}: member name {} appears {count} times; the last one is used",
                quote(key)
            ),
            ModelError::TooLarge { bytes } => write!(
                f,
                "the article data is {bytes} bytes, more than the limit of {MAX_INPUT_BYTES} bytes (5 MiB)"
            ),
            ModelError::TooDeep { line, column } => write!(
                f,
                "JSON nested too deeply at line {line}, column {column}: arrays and objects may be nested at most {MAX_DEPTH} levels deep"
            ),
            ModelError::NotAnObject { got } => {
                write!(f, "expected article data as a JSON object, got {got}")
            }
            ModelError::UnknownFormat => f.write_str(
                "unrecognised article data: expected Broadsheet article JSON (with \"version\": 1) or a schema.org NewsArticle",
            ),
            ModelError::UnsupportedVersion { found } => write!(
                f,
                "version: unsupported version {found}, this widget reads version 1"
            ),
            ModelError::NoArticle => f.write_str(
                "@type: no schema.org article found: expected a node whose @type is NewsArticle, Article, BlogPosting or another Article type",
            ),
            ModelError::TooMany {
                path,
                count,
                limit,
                what,
            } => write!(
                f,
                "{path}: has {count} {what}, more than the limit of {limit}"
            ),
            ModelError::QuotesNotHighlighted { found, limit } => write!(
                f,
                "quotes: {found} quotes were found automatically; the first {limit} are highlighted and the rest show as plain text (mark quotes in the data, or set \"quotes\": \"explicit\")"
            ),
            ModelError::TooLong { path } => write!(
                f,
                "{path}: text is longer than the limit of {MAX_TEXT_CHARS} characters"
            ),
            ModelError::Missing { path, hint } => {
                write!(f, "{path}: required field is missing")?;
                write_hint(f, *hint)
            }
            ModelError::Empty { path, hint } => {
                write!(f, "{path}: must not be empty")?;
                write_hint(f, *hint)
            }
            ModelError::WrongType {
                path,
                expected,
                got,
            } => write!(f, "{path}: expected {expected}, got {got}"),
            ModelError::BadUrl {
                path,
                value,
                kind,
                problem,
            } => write!(f, "{path}: {}", describe(*kind, value, problem)),
            ModelError::BadDate { path, message } | ModelError::BadValue { path, message } => {
                write!(f, "{path}: {message}")
            }
            ModelError::UnknownType { path, node, value } => match node {
                NodeKind::Block => write!(
                    f,
                    "{path}: unknown block type {} (expected paragraph, heading, figure, pullquote or list)",
                    quote(value)
                ),
                NodeKind::Inline => write!(
                    f,
                    "{path}: unknown inline type {} (expected text, em, strong, link, br or quote)",
                    quote(value)
                ),
            },
            ModelError::UnknownPerson { path, id } => write!(
                f,
                "{path}: unknown person {} (no entry in people[] has this id)",
                quote(id)
            ),
        }
    }
}

fn write_hint(f: &mut fmt::Formatter<'_>, hint: Option<&str>) -> fmt::Result {
    match hint {
        Some(hint) => write!(f, " ({hint})"),
        None => Ok(()),
    }
}

impl std::error::Error for ModelError {}
