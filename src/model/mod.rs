//! Article data: JSON text -> validated [`Article`]. No browser code lives here, so all of it
//! is tested natively and fuzzed. Two input formats are recognised automatically: Broadsheet
//! article JSON v1 (`docs/article-format.md`) and schema.org JSON-LD (NewsArticle and kin).
//! Both follow the same rules: every problem is one [`ModelError`] with its JSON path, all
//! of them are collected in one pass, and only a few are fatal (not JSON, not article data,
//! no headline, a resource limit exceeded); the others drop or degrade the part they are in
//! and come back as warnings. Whatever the input, parsing ends in [`Parsed`] or
//! [`Rejected`], never a panic, and the work done is bounded by the [`limits`].

mod article;
mod entities;
mod error;
mod html_body;
pub mod json;
mod jsonld;
mod lang;
mod markdown;
mod native;
mod number;
pub mod repair;
mod report;
mod text;
mod time;
mod url;

pub use article::*;
pub use error::{ModelError, NodeKind};
pub use native::VERSION as FORMAT_VERSION;
pub use report::{Parsed, Rejected};
pub use url::{parse_srcset, SafeUrl, UrlKind, UrlProblem};

use report::Report;

/// Resource limits of the model layer (documented in `docs/article-format.md`). Input past a
/// limit is a fatal error, never silently truncated.
pub mod limits {
    pub use super::html_body::{MAX_INLINE_DEPTH, MAX_TAG_CHARS};
    pub use super::json::{MAX_DEPTH, MAX_INPUT_BYTES};
    pub use super::jsonld::MAX_LIVE_UPDATES;
    pub use super::native::{
        MAX_AUTHORS, MAX_AUTOPLAY_MS, MAX_BODY_BLOCKS, MAX_BREADCRUMB, MAX_IMAGE_SIDE,
        MAX_LIST_ITEMS, MAX_PEOPLE, MAX_RELATED, MAX_TAGS, MAX_TEXT_CHARS, MIN_AUTOPLAY_MS,
    };
    pub use super::repair::MAX_REPAIRS;
    pub use super::report::MAX_WARNINGS;
    pub use super::url::{MAX_SRCSET_CANDIDATES, MAX_URL_LEN};
}

/// Which input format a document was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Broadsheet,
    JsonLd,
}

/// What the page around the data says, for what the data leaves out: the page's
/// `<html lang>` (used when JSON-LD has no usable `inLanguage`) and its URL (the base of
/// relative image and link URLs when the article names no URL of its own).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageContext {
    pub lang: Option<String>,
    pub url: Option<String>,
}

/// Parses and validates article JSON of either format. `Ok` carries the article and the
/// warnings about what was dropped or degraded; `Err` the fatal problems and the rest.
pub fn parse_article(text: &str) -> Result<Parsed, Rejected> {
    parse_article_in(text, &PageContext::default())
}

/// [`parse_article`] for data found in a page described by `page`. Text that is not strict
/// JSON gets one pass of [`repair`] (each repair a warning); its strict error stands when
/// that does not make it readable.
pub fn parse_article_in(text: &str, page: &PageContext) -> Result<Parsed, Rejected> {
    let (value, repairs) = match json::parse(text) {
        Ok(value) => (value, Vec::new()),
        Err(error @ ModelError::Syntax { .. }) => {
            let repaired = repair::repair(text).and_then(|(fixed, repairs)| {
                json::parse(&fixed).ok().map(|value| (value, repairs))
            });
            repaired.ok_or_else(|| Rejected::fatal(error))?
        }
        Err(error) => return Err(Rejected::fatal(error)),
    };
    let mut report = Report::default();
    for warning in repair::warnings(&repairs) {
        report.warn(warning);
    }
    read_value(&value, page, report)
}

/// Validates an already-parsed JSON value of either format.
pub fn article_from_value(value: &json::Json) -> Result<Parsed, Rejected> {
    read_value(value, &PageContext::default(), Report::default())
}

/// Validates an already-parsed JSON value found in a page described by `page`.
pub fn article_from_value_in(value: &json::Json, page: &PageContext) -> Result<Parsed, Rejected> {
    read_value(value, page, Report::default())
}

fn read_value(
    value: &json::Json,
    page: &PageContext,
    mut report: Report,
) -> Result<Parsed, Rejected> {
    let article = match (value, detect_format(value)) {
        (_, Some(Format::Broadsheet)) => native::article(value, &mut report),
        (_, Some(Format::JsonLd)) => jsonld::article(value, page, &mut report),
        (json::Json::Object(_) | json::Json::Array(_), None) => {
            report.fatal(ModelError::UnknownFormat);
            None
        }
        (other, None) => {
            report.fatal(ModelError::NotAnObject {
                got: other.kind_name(),
            });
            None
        }
    };
    report.finish(article)
}

/// Recognises the format from the document's shape: any JSON-LD keyword wins over
/// `"version"`, since a schema.org node may well carry a `version` property of its own.
pub fn detect_format(value: &json::Json) -> Option<Format> {
    const JSONLD_KEYS: [&str; 3] = ["@context", "@type", "@graph"];
    match value {
        json::Json::Object(_) if JSONLD_KEYS.iter().any(|key| value.get(key).is_some()) => {
            Some(Format::JsonLd)
        }
        json::Json::Object(_) if value.get("version").is_some() => Some(Format::Broadsheet),
        json::Json::Array(nodes) if nodes.iter().any(|node| node.get("@type").is_some()) => {
            Some(Format::JsonLd)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::json::parse;
    use super::*;

    #[test]
    fn detects_formats() {
        let detect = |text: &str| detect_format(&parse(text).unwrap());
        assert_eq!(
            detect(r#"{"version":1,"headline":"x"}"#),
            Some(Format::Broadsheet)
        );
        assert_eq!(detect(r#"{"version":2}"#), Some(Format::Broadsheet));
        assert_eq!(
            detect(r#"{"@context":"https://schema.org","version":1}"#),
            Some(Format::JsonLd)
        );
        assert_eq!(detect(r#"{"@type":"NewsArticle"}"#), Some(Format::JsonLd));
        assert_eq!(detect(r#"{"@graph":[]}"#), Some(Format::JsonLd));
        assert_eq!(
            detect(r#"[{"@type":"WebPage"},{"@type":"NewsArticle"}]"#),
            Some(Format::JsonLd)
        );
        assert_eq!(
            detect(r#"[1,{"@type":"NewsArticle"}]"#),
            Some(Format::JsonLd)
        );
        assert_eq!(detect(r#"{"headline":"x"}"#), None);
        assert_eq!(detect(r#"[{"headline":"x"}]"#), None);
        assert_eq!(detect("[]"), None);
        assert_eq!(detect(r#""version""#), None);
        assert_eq!(detect("null"), None);
        let rejected = |text: &str| parse_article(text).map(|p| p.article).unwrap_err().errors;
        assert_eq!(rejected("{}"), [ModelError::UnknownFormat]);
        assert_eq!(rejected("[1]"), [ModelError::UnknownFormat]);
        assert_eq!(
            rejected("\"version\""),
            [ModelError::NotAnObject { got: "a string" }]
        );
        assert_eq!(
            ModelError::NotAnObject { got: "null" }.to_string(),
            "expected article data as a JSON object, got null"
        );
    }
}
