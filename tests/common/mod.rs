//! Helpers shared by the browser tests: a fresh container per test and bounded waits
//! (Yew renders asynchronously; tests poll the DOM instead of sleeping).
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Document {
    web_sys::window()
        .expect("tests run in a browser")
        .document()
        .expect("window has a document")
}

/// A new, empty element attached to `<body>`; each test mounts into its own.
pub fn fresh_container() -> Element {
    let container = document().create_element("div").expect("create div");
    document()
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append container");
    container
}

/// Adds `<script type=TYPE id=ID>TEXT</script>` to the body: article data as a publisher embeds it.
pub fn add_data_script(id: &str, script_type: &str, text: &str) -> Element {
    let script = document().create_element("script").expect("create script");
    script.set_attribute("type", script_type).expect("type");
    script.set_id(id);
    script.set_text_content(Some(text));
    document()
        .body()
        .expect("body")
        .append_child(&script)
        .expect("append script");
    script
}

/// Lets pending Yew renders and effects run.
pub async fn settle() {
    yew::scheduler::flush().await;
    next_tick().await;
    yew::scheduler::flush().await;
}

/// One macrotask turn of the browser's event loop.
pub async fn next_tick() {
    sleep(Duration::from_millis(0)).await;
}

pub async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                duration.as_millis() as i32,
            )
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timer");
}

/// Polls until `condition` holds, for at most `limit`; panics with `what` if it never does.
pub async fn wait_until(what: &str, limit: Duration, mut condition: impl FnMut() -> bool) {
    let started = js_sys::Date::now();
    loop {
        yew::scheduler::flush().await;
        if condition() {
            return;
        }
        if js_sys::Date::now() - started > limit.as_millis() as f64 {
            panic!("timed out after {limit:?} waiting for {what}");
        }
        sleep(Duration::from_millis(10)).await;
    }
}

/// Waits until `root` contains an element matching `selector` and returns it.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    let mut found = None;
    wait_until(selector, Duration::from_secs(5), || {
        found = root.query_selector(selector).ok().flatten();
        found.is_some()
    })
    .await;
    found.expect("checked by wait_until")
}

pub fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("valid selector")
}

pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect()
}

pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn html_element(element: &Element) -> HtmlElement {
    element.clone().dyn_into().expect("an HTML element")
}

/// Dispatches a synthetic event of `kind` (bubbling) on `target`.
pub fn dispatch(target: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
}

/// Dispatches a keydown with `key` on `target`.
pub fn key_down(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("keydown");
    target.dispatch_event(&event).expect("dispatch");
}

pub fn active_element() -> Option<Element> {
    document().active_element()
}
