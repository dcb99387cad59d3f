//! The quote-detection module (`broadsheet_quotes.js` / `broadsheet_quotes_bg.wasm`, feature
//! `quotes-module`): detection and its decisions, and nothing of the widget. The widget's
//! release bundle leaves them out so that articles show sooner; `broadsheet.js` loads this
//! module when a widget first needs it and `dom::quote_module` calls [`find_quotes`].
//! scripts/finish-bundle builds it beside the widget.

use wasm_bindgen::prelude::*;

use crate::quotes::{decide_request, Request};

/// Detects and decides the quotes of one article: `numbers` and `strings` are the wire form
/// of a [`Request`] (a `Uint32Array` and an array of strings); the answer is `[numbers,
/// strings]`, the wire form of [`crate::quotes::Decisions`]. A request that does not decode
/// throws an `Error` saying why (`WireError::as_str`), which the widget's console warning
/// quotes.
#[wasm_bindgen(js_name = findQuotes)]
pub fn find_quotes(
    numbers: Vec<u32>,
    strings: Vec<String>,
) -> Result<js_sys::Array, js_sys::Error> {
    let request =
        Request::decode(&numbers, strings).map_err(|error| js_sys::Error::new(error.as_str()))?;
    let (numbers, strings) = decide_request(&request).encode();
    let strings: js_sys::Array = strings.iter().map(|s| JsValue::from_str(s)).collect();
    Ok(js_sys::Array::of2(
        &js_sys::Uint32Array::from(&numbers[..]),
        &strings,
    ))
}
