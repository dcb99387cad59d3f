//! The last line of defence: if Rust ever panics, every mounted widget shows an error box
//! instead of freezing. A file of its own because a panic aborts the wasm instance's
//! current call, and nothing else should run in an instance after that.
#![cfg(target_arch = "wasm32")]

mod common;

use std::time::Duration;

use common::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const STORY: &str = r#"{"version": 1, "headline": "Bridge reopens", "body": [
    {"type": "paragraph", "content": "Traffic resumed at dawn."}]}"#;

fn deliberate_panic() {
    panic!("deliberate panic for the test");
}

#[wasm_bindgen_test]
async fn a_panic_replaces_every_mounted_widget_with_an_error_box() {
    let container = fresh_container();
    add_data_script("panic-a", "application/json", STORY);
    add_data_script("panic-b", "application/json", STORY);
    let mut widgets = Vec::new();
    for id in ["panic-a", "panic-b"] {
        let element = document().create_element("div").expect("div");
        element
            .set_attribute("data-broadsheet", &format!("#{id}"))
            .expect("attr");
        container.append_child(&element).expect("append");
        widgets.push(element);
    }
    // `start` is what broadsheet.js runs: it installs the panic hook and mounts.
    broadsheet::embed::start();
    for widget in &widgets {
        wait_for(widget, ".bs-headline").await;
    }

    // A panic in a browser callback, as one in an event handler would be. The trap it ends
    // in surfaces as an uncaught error of that callback, which the page ignores here.
    let window = web_sys::window().expect("window");
    let swallow = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(|event: web_sys::ErrorEvent| {
        event.prevent_default();
    });
    window
        .add_event_listener_with_callback("error", swallow.as_ref().unchecked_ref())
        .expect("error listener");
    let panics = Closure::once_into_js(deliberate_panic);
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(panics.unchecked_ref(), 0)
        .expect("timeout");
    sleep(Duration::from_millis(100)).await;
    window
        .remove_event_listener_with_callback("error", swallow.as_ref().unchecked_ref())
        .expect("remove listener");

    for widget in &widgets {
        let error = query(widget, ".bs-error").expect("an error box in every widget");
        assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
        assert!(
            text(&error).contains("the widget stopped unexpectedly"),
            "{}",
            text(&error)
        );
        assert!(
            query(widget, ".bs-headline").is_none(),
            "the frozen article is gone"
        );
    }
}
