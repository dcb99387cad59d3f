//! Article data: JSON text -> validated [`Article`]. No browser code lives here, so all of it
//! is tested natively and fuzzed. Two input formats are recognised automatically: Broadsheet
//! article JSON v1 (`docs/article-format.md`) and schema.org JSON-LD (NewsArticle and kin).
//! Both follow the same rules: every problem is one [`ModelError`] with its JSON path, all
//! of them are collected in one pass, and only a few are fatal (not JSON, not article data,
//! no headline, a resource limit exceeded); the others drop or degrade the part they are in
//! and come back as warnings. Whatever the input, parsing ends in [`Parsed`] or
//! [`Rejected`], never a panic, and the work done is bounded by the [`limits`].

mod article;
mod broadsheet_v1;
pub mod case;
pub mod chars;
pub mod entities;
mod error;
mod html_body;
pub mod json;
mod lang;
pub mod limits;
mod markdown;
mod number;
mod read;
pub mod repair;
mod report;
mod schema_org;
mod text;
mod time;
mod url;

pub use article::*;
pub use broadsheet_v1::VERSION as FORMAT_VERSION;
pub use error::{ModelError, NodeKind};
pub use read::PageContext;
pub use report::{Parsed, Rejected};
pub use url::{parse_srcset, SafeUrl, UrlKind, UrlProblem};

use report::Report;

/// Which input format a document was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Broadsheet,
    JsonLd,
}

/// Parses and validates article JSON of either format. `Ok` carries the article and the
/// warnings about what was dropped or degraded; `Err` the fatal problems and the rest.
/// Native builds only (`serde_json`); the browser parses with `JSON.parse`
/// (`crate::dom::json`) and validates with [`article_from_document`].
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_article(text: &str) -> Result<Parsed, Rejected> {
    parse_article_in(text, &PageContext::default())
}

/// [`parse_article`] for data found in a page described by `page`.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_article_in(text: &str, page: &PageContext) -> Result<Parsed, Rejected> {
    let document = parse_repairing(text, json::parse_document).map_err(Rejected::fatal)?;
    article_from_document_in(document, page)
}

/// Parses `text` with `parse` (serde_json natively, `JSON.parse` in the browser). Text that is
/// not strict JSON gets one pass of [`repair`], whose warnings come first; the strict error
/// stands when that does not make it readable. Limits (size, depth) are never repaired.
pub fn parse_repairing(
    text: &str,
    parse: impl Fn(&str) -> Result<json::Document, ModelError>,
) -> Result<json::Document, ModelError> {
    match parse(text) {
        Err(error @ ModelError::Syntax { .. }) => {
            let Some((fixed, repairs)) = repair::repair(text) else {
                return Err(error);
            };
            let mut document = parse(&fixed).map_err(|_| error)?;
            let mut warnings = repair::warnings(&repairs);
            warnings.append(&mut document.warnings);
            document.warnings = warnings;
            Ok(document)
        }
        outcome => outcome,
    }
}

/// Validates a parsed document of either format; the document's own warnings (repairs,
/// duplicate member names) come first in the outcome.
pub fn article_from_document(document: json::Document) -> Result<Parsed, Rejected> {
    article_from_document_in(document, &PageContext::default())
}

/// [`article_from_document`] for data found in a page described by `page`.
pub fn article_from_document_in(
    document: json::Document,
    page: &PageContext,
) -> Result<Parsed, Rejected> {
    let mut report = Report::with_warnings(document.warnings, document.omitted_warnings);
    let article = read_article(&document.value, page, &mut report);
    report.finish(article)
}

/// Validates an already-parsed JSON value of either format.
pub fn article_from_value(value: &json::Json) -> Result<Parsed, Rejected> {
    article_from_value_in(value, &PageContext::default())
}

/// Validates an already-parsed JSON value found in a page described by `page`.
pub fn article_from_value_in(value: &json::Json, page: &PageContext) -> Result<Parsed, Rejected> {
    let mut report = Report::default();
    let article = read_article(value, page, &mut report);
    report.finish(article)
}

fn read_article(value: &json::Json, page: &PageContext, report: &mut Report) -> Option<Article> {
    match (value, detect_format(value)) {
        (_, Some(Format::Broadsheet)) => broadsheet_v1::article(value, report),
        (_, Some(Format::JsonLd)) => schema_org::article(value, page, report),
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
    }
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

#[cfg(all(test, not(target_arch = "wasm32")))]
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

    #[test]
    fn duplicate_member_names_are_warnings_first_in_the_report() {
        let parsed = parse_article(
            r#"{"version":1,"headline":"First","headline":"Last","tags":["a"],"tags":7}"#,
        )
        .expect("duplicates are not fatal");
        assert_eq!(parsed.article.headline, "Last");
        let warnings: Vec<String> = parsed.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "article: member name \"headline\" appears 2 times; the last one is used",
                "article: member name \"tags\" appears 2 times; the last one is used",
                "tags: expected an array, got a number",
            ]
        );
    }
}
