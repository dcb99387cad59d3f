//! Broadsheet: a news-article widget. Article data embedded in a page (Broadsheet JSON or
//! schema.org JSON-LD) flows one way: JSON text -> [`model`] (validated article) ->
//! [`quotes`] (who said what) -> [`components`] (Yew views). [`embed`] is the only place that
//! finds placeholders in the host page and mounts the views.

pub mod components;
pub mod embed;
pub mod i18n;
pub mod model;
pub mod quotes;

/// The whole pure pipeline: JSON text -> validated article -> quotes annotated. Everything
/// the widget shows comes through here, so this is also what the fuzzers exercise.
pub fn load_article(json_text: &str) -> Result<model::Article, model::ModelError> {
    model::parse_article(json_text).map(quotes::annotate)
}
