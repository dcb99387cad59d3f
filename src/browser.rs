//! Small wrappers around the browser APIs the quote interactions use: location, event
//! listeners (gloo's, removed on drop), the reduced-motion preference and scrolling that
//! honours it, focus, clipboard (with the old `execCommand` fallback) and Web Share. Components call these from
//! effects and callbacks only, never while rendering, so the component tree still renders
//! without a browser (Yew's `ssr`). Every function degrades to "nothing happened" instead of
//! throwing when an API is missing.

use std::cell::{Cell, RefCell};

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, KeyboardEvent};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page URL (`location.href`).
pub fn page_url() -> Option<String> {
    window()?.location().href().ok()
}

/// The location hash, with its `#` (empty when there is none).
pub fn location_hash() -> Option<String> {
    window()?.location().hash().ok()
}

/// Whether an element of the page has the id `id`.
pub fn has_element_id(id: &str) -> bool {
    window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.get_element_by_id(id).is_some())
}

/// Calls `handler` on every `hashchange` of the window.
pub fn on_hash_change(mut handler: impl FnMut() + 'static) -> Option<EventListener> {
    let window = window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        handler()
    }))
}

/// Calls `handler` on every keydown anywhere in the document (Esc must dismiss a card
/// wherever focus is, WCAG 1.4.13).
pub fn on_document_keydown(
    mut handler: impl FnMut(&KeyboardEvent) + 'static,
) -> Option<EventListener> {
    let document = window()?.document()?;
    Some(EventListener::new(&document, "keydown", move |event| {
        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            handler(event);
        }
    }))
}

thread_local! {
    static REDUCED_MOTION_OVERRIDE: Cell<Option<bool>> = const { Cell::new(None) };
    /// JS strings of the class names `set_constant_class` has written.
    static CLASS_NAMES: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
extern "C" {
    /// An element seen only as something with a `className`.
    type ClassNamed;
    /// `element.className = value` with a JS string that already exists.
    #[wasm_bindgen(method, setter = className)]
    fn set_class_name(this: &ClassNamed, value: &JsValue);
}

/// `element.className = class` for one of a few constant class lists, each turned into a JS
/// string once: a speaker filter rewrites the class of a thousand quote parts in one click,
/// and decoding the same UTF-8 a thousand times was a fifth of that click's script time.
pub fn set_constant_class(element: &Element, class: &'static str) {
    CLASS_NAMES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let value = match cache.iter().position(|(name, _)| *name == class) {
            Some(at) => &cache[at].1,
            None => {
                cache.push((class, JsValue::from_str(class)));
                &cache[cache.len() - 1].1
            }
        };
        element.unchecked_ref::<ClassNamed>().set_class_name(value);
    });
}

/// Makes [`prefers_reduced_motion`] answer `value` instead of asking the browser (`None`
/// asks again); for tests, which cannot change the media feature. The one override for the
/// quote scrolling and the carousel alike.
pub fn override_reduced_motion(value: Option<bool>) {
    REDUCED_MOTION_OVERRIDE.with(|cell| cell.set(value));
}

/// `matchMedia('(prefers-reduced-motion: reduce)')`; false when unknown. The one place the
/// widget asks (quote scrolling, carousel motion and rotation).
pub fn prefers_reduced_motion() -> bool {
    if let Some(value) = REDUCED_MOTION_OVERRIDE.with(Cell::get) {
        return value;
    }
    window()
        .and_then(|window| {
            window
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Scrolls `element` to the middle of the viewport: smoothly, unless the reader asked for
/// reduced motion.
pub fn scroll_into_view(element: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses `element` without the browser's own jump (the caller scrolls as it sees fit).
pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Whether the Web Share API exists here (`navigator.share`).
pub fn can_share() -> bool {
    window().is_some_and(|window| {
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("share"))
            .is_ok_and(|share| share.is_function())
    })
}

/// How a share attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareOutcome {
    Shared,
    /// The reader closed the share sheet: nothing to report.
    Cancelled,
    Failed(String),
}

/// `navigator.share({title, text, url})`.
pub async fn share(title: &str, text: &str, url: &str) -> ShareOutcome {
    if !can_share() {
        return ShareOutcome::Failed("sharing is not supported here".into());
    }
    let Some(window) = window() else {
        return ShareOutcome::Failed("no window".into());
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    match JsFuture::from(window.navigator().share_with_data(&data)).await {
        Ok(_) => ShareOutcome::Shared,
        Err(error) if error_name(&error).as_deref() == Some("AbortError") => {
            ShareOutcome::Cancelled
        }
        Err(error) => ShareOutcome::Failed(error_message(&error)),
    }
}

/// Writes `text` to the clipboard: `navigator.clipboard.writeText`, else (missing API,
/// insecure context, refused permission) a hidden textarea and `execCommand('copy')`.
/// The error is a short reason for the reader.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = window().ok_or("no window")?;
    // `navigator.clipboard` is undefined outside secure contexts: look before calling.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|clipboard| clipboard.is_object());
    let first_error = match clipboard {
        Some(clipboard) => {
            let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
            match JsFuture::from(clipboard.write_text(text)).await {
                Ok(_) => return Ok(()),
                Err(error) => error_message(&error),
            }
        }
        None => "the clipboard is not available".to_owned(),
    };
    if copy_with_exec_command(&window, text) {
        Ok(())
    } else {
        Err(first_error)
    }
}

/// The pre-Clipboard-API way: select a hidden textarea's text and `execCommand('copy')`.
/// Focus goes back where it was.
fn copy_with_exec_command(window: &web_sys::Window, text: &str) -> bool {
    let Some(document) = window.document() else {
        return false;
    };
    let Some(body) = document.body() else {
        return false;
    };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    let previous = document.active_element();
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.set_attribute("tabindex", "-1");
    // CSSOM writes are allowed under a strict style-src CSP (a style attribute is not).
    let style = area.style();
    for (property, value) in [
        ("position", "fixed"),
        ("top", "0"),
        ("left", "0"),
        ("opacity", "0"),
    ] {
        let _ = style.set_property(property, value);
    }
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(previous) = previous {
        focus(&previous);
    }
    copied
}

/// What a thrown JavaScript value says: an error's `message`, or the value itself when a
/// string was thrown.
pub(crate) fn thrown_message(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|message| message.as_string())
        .or_else(|| error.as_string())
}

fn error_name(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()?
        .as_string()
}

/// A short reader-facing reason from a rejected promise. Browser messages are long and
/// technical ("Failed to execute 'writeText' on 'Clipboard': Write permission denied."), so
/// the common refusals get plain words and the rest lose the "Failed to execute" preamble.
fn error_message(error: &JsValue) -> String {
    match error_name(error).as_deref() {
        Some("NotAllowedError") => return "permission denied".to_owned(),
        Some("SecurityError") => return "not allowed on this page".to_owned(),
        _ => {}
    }
    let message = thrown_message(error).unwrap_or_default();
    let reason = match message.strip_prefix("Failed to execute ") {
        Some(rest) => rest.split_once("': ").map_or(rest, |(_, reason)| reason),
        None => &message,
    };
    let reason = reason.trim().trim_end_matches('.');
    if reason.is_empty() {
        "unknown error".to_owned()
    } else {
        reason.to_owned()
    }
}
