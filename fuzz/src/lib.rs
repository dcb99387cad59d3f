//! Shared pieces of Broadsheet's fuzz targets: a structured generator that wraps fuzz bytes
//! into Broadsheet JSON v1 and schema.org JSON-LD skeletons (so the fuzzer reaches the
//! readers' depths without first having to discover JSON syntax), the invariants every
//! accepted article must keep (only allow-listed URL schemes, no bidi controls in text),
//! and the server-side renderer with its check of the produced HTML. A target finds a bug
//! by panicking: the library never swallows a panic, and a broken invariant is an
//! `assert!` with the offending value in its message.

pub mod checks;
pub mod gen;
pub mod json;
/// The XSS checker shared with the crate's tests.
#[path = "../../tests/support/xss.rs"]
pub mod xss;

use broadsheet::model::Article;

/// Fuzz bytes as text: valid UTF-8 as is, anything else through the lossy decoder, so no
/// input is wasted on a UTF-8 check the widget never makes (JavaScript hands it strings).
pub fn text_of(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Renders the whole article view to an HTML string the way a server would (no effects
/// run, no browser APIs are touched): the crate's own server renderer.
pub fn render_html(article: Article) -> String {
    broadsheet::prerender::view_html(article)
}
