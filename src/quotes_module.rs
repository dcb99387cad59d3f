//! The quote-detection module (`broadsheet_quotes.js` / `broadsheet_quotes_bg.wasm`, feature
//! `quotes-module`): detection, and nothing of the widget. The widget's release bundle leaves
//! detection out so that articles show sooner; `broadsheet.js` loads this module when a
//! widget first needs it and `dom::quote_module` calls [`find_quotes`]. scripts/finish-bundle
//! builds it beside the widget.

use wasm_bindgen::prelude::*;

/// Finds quotes in `paragraphs` (plain text, in reading order): `[numbers, strings]`, the
/// wire form of [`crate::quotes::Detections::encode`] as a `Uint32Array` and an array of
/// strings.
#[wasm_bindgen(js_name = findQuotes)]
pub fn find_quotes(paragraphs: Vec<String>) -> js_sys::Array {
    let texts: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let (numbers, strings) = crate::quotes::find(&texts).encode();
    let strings: js_sys::Array = strings.iter().map(|s| JsValue::from_str(s)).collect();
    js_sys::Array::of2(&js_sys::Uint32Array::from(&numbers[..]), &strings)
}
