//! Broadsheet: a news-article widget. Article data embedded in a page (Broadsheet JSON or
//! schema.org JSON-LD) flows one way: JSON text -> [`model`] (validated article) ->
//! [`quotes`] (who said what) -> [`components`] (Yew views). [`embed`] is the only place that
//! finds placeholders in the host page and mounts the views.

pub mod browser;
pub mod carousel;
pub mod citation;
pub mod components;
pub mod embed;
pub mod highlight;
pub mod i18n;
pub mod model;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(all(feature = "prerender-js", target_arch = "wasm32"))]
mod prerender_js;
pub mod quotes;

/// The whole pure pipeline: JSON text -> validated article -> quotes annotated. Everything
/// the widget shows comes through here, so this is also what the fuzzers exercise. The
/// warnings (parts dropped or degraded) travel with the article; a rejection carries the
/// fatal problems and every other one found.
pub fn load_article(json_text: &str) -> Result<model::Parsed, model::Rejected> {
    model::parse_article(json_text).map(|parsed| {
        let (article, over_limit) = quotes::annotate_counting(parsed.article);
        let mut parsed = model::Parsed { article, ..parsed };
        if over_limit > 0 {
            parsed.push_warning(model::ModelError::QuotesNotHighlighted {
                found: quotes::MAX_DETECTED_QUOTES + over_limit,
                limit: quotes::MAX_DETECTED_QUOTES,
            });
        }
        parsed
    })
}
