//! The JavaScript API: what `broadsheet.js` and host pages call (`mount`, `unmount`,
//! `mountAll`, `mountPlaceholder`, and the start function that mounts every placeholder).
//! Thin exports over `crate::dom::mount`, which finds placeholders, reads or fetches their
//! data (`dom::fetch`), formats dates (`dom::intl`) and mounts the Yew apps. The
//! `prerender-js` build exports none of it: it never runs in a page; nor does the
//! quote-detection module (`quotes-module`), which the widget calls.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::dom::mount;

pub use crate::dom::mount::EmbedError;
pub use crate::placeholder::{DATA_ATTR, PRERENDERED_ATTR, SRC_ATTR};

/// Runs when `broadsheet.js` has initialised the wasm: mounts every placeholder once the
/// document is parsed. (Not in the `prerender-js` build, which never runs in a page.)
#[cfg_attr(
    not(any(feature = "prerender-js", feature = "quotes-module")),
    wasm_bindgen(start)
)]
pub fn start() {
    // In the release bundle (-Cpanic=immediate-abort) a panic runs no hook at all: it traps,
    // and src/crash.js in broadsheet.js shows the error boxes instead.
    #[cfg(not(panic = "immediate-abort"))]
    mount::install_panic_hook();
    // Without the table compiled in, the browser's HTML parser reads `&eacute;` and kin.
    #[cfg(not(feature = "entity-table"))]
    crate::model::entities::use_platform_lookup(crate::dom::entities::decode_named);
    // Likewise its regular expressions answer which characters are letters, digits, capitals.
    #[cfg(not(feature = "unicode-tables"))]
    crate::model::chars::use_platform(crate::dom::chars::has);
    mount::mount_all_when_parsed();
}

/// Mounts every placeholder on the page that is not mounted yet; returns how many it mounted.
#[cfg_attr(not(any(feature = "prerender-js", feature = "quotes-module")), wasm_bindgen(js_name = mountAll))]
pub fn mount_all() -> usize {
    mount::mount_all()
}

/// Mounts a widget on `element` from `data`: an article object or a JSON string. An object
/// goes straight into the model (`serde-wasm-bindgen`), with no JSON text in between.
/// Invalid data still mounts (showing the error box) and is also reported as an exception.
#[cfg_attr(
    not(any(feature = "prerender-js", feature = "quotes-module")),
    wasm_bindgen
)]
pub fn mount(element: Element, data: JsValue) -> Result<(), JsValue> {
    mount::mount_data(&element, &data).map_err(|error| JsValue::from_str(&error.to_string()))
}

/// Removes the widget from `element`; returns whether one was mounted there.
#[cfg_attr(
    not(any(feature = "prerender-js", feature = "quotes-module")),
    wasm_bindgen
)]
pub fn unmount(element: &Element) -> bool {
    mount::unmount(element)
}

/// Mounts one placeholder from its `data-broadsheet` / `data-broadsheet-src` attribute, as
/// `mountAll` does for each; the `<broadsheet-article>` element mounts itself with it.
#[cfg_attr(not(any(feature = "prerender-js", feature = "quotes-module")), wasm_bindgen(js_name = mountPlaceholder))]
pub fn mount_placeholder(element: &Element) {
    mount::mount_placeholder(element);
}
