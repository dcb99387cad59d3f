//! Quote detection for the widget's release bundle, which leaves it out (see `crate::quotes`):
//! the article shows with the editor's quotes first, then this asks the detection module for
//! the rest and shows the article again with them. `broadsheet.js` registers the module's
//! loader under `Symbol.for("broadsheet.quotes")` (scripts/finish-bundle): it knows the
//! bundle's URL, which the wasm does not, and imports the module once for the whole page.

use js_sys::{Array, Function, Promise, Reflect, Symbol, Uint32Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::quotes::{Decisions, Request, WireError};

/// Why detection gave nothing; the editor's quotes stay.
#[derive(Debug, Clone, PartialEq)]
pub enum DetectionError {
    /// `broadsheet.js` registered no loader (the wasm was started by other glue).
    NoLoader,
    /// The module did not load or failed while running: its error message.
    Failed(String),
    /// What loaded is not the detection module (no `findQuotes`), or its answer is not
    /// `[Uint32Array, strings]`.
    NotTheModule,
    /// The answer has the right shape but does not decode.
    Malformed(WireError),
}

impl DetectionError {
    /// The console warning's text.
    pub fn message(&self) -> String {
        let reason = match self {
            DetectionError::NoLoader => "broadsheet.js did not register the module's loader",
            DetectionError::Failed(message) => message,
            DetectionError::NotTheModule => "the detection module's answer is not understood",
            DetectionError::Malformed(error) => error.as_str(),
        };
        [
            "Broadsheet: quote detection is unavailable (",
            reason,
            "); only the quotes marked in the article data are highlighted",
        ]
        .concat()
    }
}

/// The text of a JavaScript error (or of any thrown value).
fn failed(error: JsValue) -> DetectionError {
    let message = crate::browser::thrown_message(&error)
        .unwrap_or_else(|| "the detection module failed".to_owned());
    DetectionError::Failed(message)
}

/// Asks the detection module to detect and decide for `request` (`quotes::detection_request`),
/// loading it on first use.
pub async fn detect(request: Request) -> Result<Decisions, DetectionError> {
    let loader = Reflect::get(&js_sys::global(), &Symbol::for_("broadsheet.quotes"))
        .ok()
        .and_then(|loader| loader.dyn_into::<Function>().ok())
        .ok_or(DetectionError::NoLoader)?;
    let module = loader.call0(&JsValue::UNDEFINED).map_err(failed)?;
    let module = JsFuture::from(Promise::resolve(&module))
        .await
        .map_err(failed)?;
    let find_quotes = Reflect::get(&module, &JsValue::from_str("findQuotes"))
        .ok()
        .and_then(|find| find.dyn_into::<Function>().ok())
        .ok_or(DetectionError::NotTheModule)?;
    let (numbers, strings) = request.encode();
    let strings: Array = strings.iter().map(|s| JsValue::from_str(s)).collect();
    let answer = find_quotes
        .call2(&module, &Uint32Array::from(&numbers[..]), &strings)
        .map_err(failed)?;
    let answer: Array = answer
        .dyn_into()
        .map_err(|_| DetectionError::NotTheModule)?;
    let numbers: Uint32Array = answer
        .get(0)
        .dyn_into()
        .map_err(|_| DetectionError::NotTheModule)?;
    let strings = answer
        .get(1)
        .dyn_into::<Array>()
        .map_err(|_| DetectionError::NotTheModule)?
        .iter()
        .map(|string| string.as_string())
        .collect::<Option<Vec<String>>>()
        .ok_or(DetectionError::NotTheModule)?;
    Decisions::decode(&numbers.to_vec(), strings).map_err(DetectionError::Malformed)
}
