//! Fetching a placeholder's article data (`data-broadsheet-src`): a small wrapper over
//! `window.fetch` whose failures are typed. Kept instead of `gloo-net`, which cost 2.5 KB
//! brotli more and rewrites URLs that already have a query (docs/performance.md).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a fetch produced no text.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The server answered, with a status outside 200-299.
    Http { url: String, status: u16 },
    /// No answer: offline, blocked by CORS, an invalid URL.
    Network { url: String, message: String },
}

/// The body of `url` as text, fetched with the page's defaults (credentials, cache).
pub(crate) async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let network = |error: JsValue| FetchError::Network {
        url: url.to_owned(),
        message: error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_else(|| "network error".to_owned()),
    };
    let window = web_sys::window().ok_or_else(|| network(JsValue::NULL))?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}
