//! The server renderer's JavaScript API (feature `prerender-js`, wasm32 only): the exports
//! of the `broadsheet/prerender` npm module that Node, workerd and other JavaScript
//! runtimes load (scripts/build-npm packages it). Thin wrappers around [`crate::prerender`],
//! so a page prerendered here is byte for byte the page the `broadsheet-prerender` CLI
//! writes. Failures become JavaScript `Error`s carrying the same message as the CLI's.

use wasm_bindgen::prelude::*;

/// `articleHtml(article)`: the widget's markup for an article given as a JSON string or as
/// an object (serialised with `JSON.stringify` first). Throws if the data is rejected.
#[wasm_bindgen(js_name = articleHtml)]
pub fn article_html(article: JsValue) -> Result<String, JsError> {
    let json = match article.as_string() {
        Some(json) => json,
        None => js_sys::JSON::stringify(&article)
            .ok()
            .and_then(|json| json.as_string())
            .ok_or_else(|| {
                JsError::new("articleHtml(article): article must be an object or a JSON string")
            })?,
    };
    crate::prerender::article_html(&json).map_err(|rejected| JsError::new(&rejected.to_string()))
}

/// `prerenderPage(html)`: the page with every empty `data-broadsheet="#id"` placeholder
/// whose data is inline filled with the article's markup, and the widget's preloads
/// lowered in priority. Throws if there is nothing to fill or an article is rejected.
#[wasm_bindgen(js_name = prerenderPage)]
pub fn prerender_page(html: &str) -> Result<String, JsError> {
    crate::prerender::prerender_page(html)
        .map(|(page, _filled)| page)
        .map_err(|error| JsError::new(&error.to_string()))
}
