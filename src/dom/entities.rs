//! Named character references (`&eacute;`, `&NotSquareSubset;`) answered by the browser's own
//! HTML parser, which carries HTML5's whole table, so the widget's bundle need not carry a
//! second copy (`model::entities` explains when each is used). Installed as the model's
//! lookup when the widget starts (`embed::start`).
//!
//! The parser is asked through a detached `<textarea>`: markup set as its content is read as
//! text with character references decoded (RCDATA), and nothing in it is ever an element,
//! loads or runs. Only a name of ASCII letters and digits goes in, as every HTML name is.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::entities::MAX_NAME;

#[wasm_bindgen]
extern "C" {
    /// The detached `<textarea>`.
    type Decoder;

    /// `innerHTML = html`, with the exception caught: a page that enforces Trusted Types
    /// (`require-trusted-types-for 'script'`) refuses a plain string there.
    #[wasm_bindgen(method, setter = innerHTML, catch)]
    fn try_set_inner_html(this: &Decoder, html: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, getter = textContent)]
    fn text_content(this: &Decoder) -> Option<String>;
}

thread_local! {
    /// The one element every lookup reuses (created on first use).
    static DECODER: Option<Decoder> = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("textarea").ok())
        .map(JsCast::unchecked_into);
    /// Whether the console already says why references stay as written.
    static REFUSAL_REPORTED: Cell<bool> = const { Cell::new(false) };
}

/// The characters the named reference `&name;` stands for, or `None` when HTML has no such
/// name (or the page refuses the lookup, see [`try_set_inner_html`]).
pub fn decode_named(name: &str) -> Option<String> {
    if name.is_empty() || name.len() > MAX_NAME || !name.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut reference = String::with_capacity(name.len() + 2);
    reference.push('&');
    reference.push_str(name);
    reference.push(';');
    let text = DECODER.with(|decoder| {
        let decoder = decoder.as_ref()?;
        if decoder.try_set_inner_html(&reference).is_err() {
            report_refusal();
            return None;
        }
        decoder.text_content()
    })?;
    // An unknown name comes back as it went in. A longer name that starts with one of HTML
    // 4's legacy names (`&notit;`) comes back with only that prefix decoded and the rest, `;`
    // included, left as text; no value ends in `;` but `&semi;`'s.
    if text == reference || (text.ends_with(';') && name != "semi") {
        return None;
    }
    Some(text)
}

fn report_refusal() {
    if !REFUSAL_REPORTED.with(|reported| reported.replace(true)) {
        web_sys::console::warn_1(&JsValue::from_str(
            "Broadsheet: this page's Trusted Types policy refuses innerHTML, so named character \
             references other than &amp; &lt; &gt; &quot; &apos; &nbsp; stay as written",
        ));
    }
}
