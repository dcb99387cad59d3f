//! Article data from the browser into the model: text goes through the browser's own
//! `JSON.parse` (native speed, no parser in the wasm), the resulting JavaScript value through
//! `serde-wasm-bindgen` into [`model::json::Builder`](crate::model::json::Builder), the same
//! builder `serde_json` feeds natively. `mount(element, object)` hands its object straight
//! to [`from_js`], with no string round-trip.
//!
//! serde's errors are never formatted here: the builder says why it stopped
//! ([`Stop`]) and where (its path), and a failing `JSON.parse` gives the browser's message.
//! `JSON.parse` merges repeated member names silently (the last one wins), so in the
//! browser there is no duplicate-key warning; the prerenderer and the native tools give it.

use wasm_bindgen::{JsCast, JsValue};

use crate::model::json::{check_depth, line_column, Builder, Document, Stop, MAX_INPUT_BYTES};
use crate::model::ModelError;

/// Parses article JSON text: the size limit, then the depth limit (an iterative scan of the
/// text, so the recursive conversion after `JSON.parse` never sees a deep value), then
/// `JSON.parse`, then the conversion.
pub fn parse_text(text: &str) -> Result<Document, ModelError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ModelError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text)?;
    let value = js_sys::JSON::parse(text).map_err(|error| syntax_error(text, &error))?;
    from_js(&value)
}

/// Converts a JavaScript value (an article object) into a document. The builder checks the
/// depth as it enters each array or object, so a deep or cyclic object stops at
/// `MAX_DEPTH` levels with its path, before anything below is converted.
pub fn from_js(value: &JsValue) -> Result<Document, ModelError> {
    let mut builder = Builder::default();
    match builder.value(serde_wasm_bindgen::Deserializer::from(value.clone())) {
        Ok(value) => Ok(builder.finish(value)),
        Err(_) => {
            let path = builder.path();
            Err(match builder.stop() {
                Some(Stop::TooDeep) => ModelError::TooDeepValue { path },
                Some(Stop::NotJson) | None => ModelError::NotJsonValue { path },
            })
        }
    }
}

/// The browser's `SyntaxError` as a [`ModelError::Syntax`], with the line and column when
/// the message gives them (Chromium and Firefox: "line L column C"; older engines: "at
/// position N", in UTF-16 units), the end of the text for an unexpected end, and line 0
/// when nothing says where (Safari).
fn syntax_error(text: &str, error: &JsValue) -> ModelError {
    let message = error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .unwrap_or_default();
    // An error at the end of the text ("Unexpected end of JSON input", "Unexpected EOF")
    // comes without a position: it is the end.
    let at_end = message.contains("end of") || message.contains("EOF");
    let (line, column) = position_in(&message)
        .or_else(|| {
            number_after(&message, "position ")
                .map(|unit| line_column(text, utf16_to_byte(text, unit)))
        })
        .or_else(|| at_end.then(|| line_column(text, text.len())))
        .unwrap_or((0, 0));
    // "JSON.parse: unexpected character at line 1 column 2 of the JSON data" (Firefox),
    // "Unexpected token '}', ... is not valid JSON" / "... in JSON at position 9 (line 1
    // column 10)" (Chromium): the reason is what comes before the position.
    let reason = ["JSON.parse: ", "JSON Parse error: "]
        .iter()
        .fold(message.as_str(), |text, prefix| {
            text.strip_prefix(prefix).unwrap_or(text)
        });
    let reason = [" in JSON at position", " at line ", " at position "]
        .iter()
        .filter_map(|marker| reason.find(marker))
        .min()
        .map_or(reason, |end| &reason[..end]);
    ModelError::Syntax {
        line,
        column,
        message: if reason.is_empty() {
            "the browser could not read it".to_owned()
        } else {
            reason.to_owned()
        },
    }
}

/// "line 3 column 7" anywhere in `message`.
fn position_in(message: &str) -> Option<(usize, usize)> {
    let line = number_after(message, "line ")?;
    let column = number_after(message, "column ")?;
    Some((line, column))
}

/// The decimal number right after the first `marker` in `message`.
fn number_after(message: &str, marker: &str) -> Option<usize> {
    let rest = &message[message.find(marker)? + marker.len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    rest[..digits].parse().ok()
}

/// The byte offset of UTF-16 unit `unit` of `text` (JavaScript positions count UTF-16 units).
fn utf16_to_byte(text: &str, unit: usize) -> usize {
    let mut units = 0;
    for (at, ch) in text.char_indices() {
        if units >= unit {
            return at;
        }
        units += ch.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_from_browser_messages() {
        assert_eq!(
            position_in(
                "Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)"
            ),
            Some((1, 10))
        );
        assert_eq!(
            position_in("JSON.parse: unexpected character at line 2 column 3 of the JSON data"),
            Some((2, 3))
        );
        assert_eq!(position_in("JSON Parse error: Unexpected EOF"), None);
        assert_eq!(
            number_after("Unexpected token } in JSON at position 12", "position "),
            Some(12)
        );
        assert_eq!(utf16_to_byte("a😀b", 3), 5);
        assert_eq!(utf16_to_byte("ab", 9), 2);
    }
}
