//! Broadsheet: a news-article widget. Article data embedded in a page (Broadsheet JSON or
//! schema.org JSON-LD) flows one way: JSON text -> [`model`] (validated article) ->
//! [`quotes`] (who said what) -> [`components`] (Yew views). [`dom`] finds placeholders in the
//! host page and mounts the views; [`embed`] is the JavaScript API over it.

pub mod browser;
pub mod citation;
pub mod components;
pub mod dom;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod model;
pub mod placeholder;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(all(feature = "prerender-js", target_arch = "wasm32"))]
mod prerender_js;
pub mod quotes;
#[cfg(all(feature = "quotes-module", target_arch = "wasm32"))]
mod quotes_module;
pub mod state;

// The reducers keep their short paths (`crate::highlight`, `crate::carousel`).
pub use state::{carousel, highlight};

/// The whole pure pipeline: JSON text -> validated article -> quotes annotated. Everything
/// the widget shows comes through here, so this is also what the fuzzers exercise. The
/// warnings (parts dropped or degraded) travel with the article; a rejection carries the
/// fatal problems and every other one found.
pub fn load_article(json_text: &str) -> Result<model::Parsed, model::Rejected> {
    load_article_in(json_text, &model::PageContext::default())
}

/// [`load_article`] for data found in a page described by `page` (its `<html lang>` and URL).
pub fn load_article_in(
    json_text: &str,
    page: &model::PageContext,
) -> Result<model::Parsed, model::Rejected> {
    load_document_in(parse_json(json_text).map_err(model::Rejected::fatal)?, page)
}

/// JSON text -> generic value, within the size and depth limits: `serde_json` natively, the
/// browser's `JSON.parse` (with `serde-wasm-bindgen`) in the wasm. Text that is not strict
/// JSON gets one pass of the documented repair step ([`model::repair`]), each repair a
/// warning.
pub fn parse_json(json_text: &str) -> Result<model::json::Document, model::ModelError> {
    #[cfg(not(target_arch = "wasm32"))]
    return model::parse_repairing(json_text, model::json::parse_document);
    #[cfg(target_arch = "wasm32")]
    return model::parse_repairing(json_text, dom::json::parse_text);
}

/// [`load_article`] for data already parsed (the browser's `mount(element, object)`).
pub fn load_document(document: model::json::Document) -> Result<model::Parsed, model::Rejected> {
    load_document_in(document, &model::PageContext::default())
}

/// [`load_document`] for data found in a page described by `page`.
pub fn load_document_in(
    document: model::json::Document,
    page: &model::PageContext,
) -> Result<model::Parsed, model::Rejected> {
    model::article_from_document_in(document, page).map(|parsed| {
        let (article, over_limit) = quotes::annotate_counting(parsed.article);
        let mut parsed = model::Parsed { article, ..parsed };
        if let Some(warning) = quotes::over_limit_warning(over_limit) {
            parsed.push_warning(warning);
        }
        parsed
    })
}

/// The wasm allocator: talc instead of std's dlmalloc, 1.5 KB brotli smaller in the bundle
/// (docs/performance.md, "Size cuts") and no slower at mounting large articles.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: `new_global` is meant for exactly this use, the one global allocator of a
// single-threaded wasm module; it claims memory only through `memory.grow`.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
