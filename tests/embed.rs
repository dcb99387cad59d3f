//! Browser tests of the embed contract: placeholders found and mounted, data read from a
//! script element, the JS API, and errors shown in place without affecting other widgets.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MINIMAL: &str = r#"{"version": 1, "headline": "Ferry route opens", "body": [
    {"type": "paragraph", "content": "The first boat left at nine."},
    {"type": "paragraph", "content": "Residents welcomed it."}]}"#;

fn placeholder(container: &web_sys::Element, selector: &str) -> web_sys::Element {
    let element = document().create_element("div").expect("div");
    element
        .set_attribute("data-broadsheet", selector)
        .expect("attr");
    container.append_child(&element).expect("append");
    element
}

#[wasm_bindgen_test]
async fn renders_headline_and_paragraphs_from_embedded_json() {
    let container = fresh_container();
    add_data_script("embed-minimal", "application/json", MINIMAL);
    let widget = placeholder(&container, "#embed-minimal");
    assert!(broadsheet::embed::mount_all() >= 1);

    let headline = wait_for(&widget, ".bs-article h1.bs-headline").await;
    assert_eq!(text(&headline), "Ferry route opens");
    let paragraphs = query_all(&widget, ".bs-body p");
    assert_eq!(paragraphs.len(), 2);
    assert_eq!(text(&paragraphs[0]), "The first boat left at nine.");
    assert!(widget.has_attribute("data-broadsheet-mounted"));
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_both_render() {
    let container = fresh_container();
    add_data_script(
        "embed-a",
        "application/json",
        &MINIMAL.replace("Ferry route opens", "First story"),
    );
    add_data_script(
        "embed-b",
        "application/json",
        &MINIMAL.replace("Ferry route opens", "Second story"),
    );
    let first = placeholder(&container, "#embed-a");
    let second = placeholder(&container, "#embed-b");
    broadsheet::embed::mount_all();

    assert_eq!(text(&wait_for(&first, ".bs-headline").await), "First story");
    assert_eq!(
        text(&wait_for(&second, ".bs-headline").await),
        "Second story"
    );
}

#[wasm_bindgen_test]
async fn invalid_json_shows_error_box_and_other_widget_still_renders() {
    let container = fresh_container();
    add_data_script(
        "embed-broken",
        "application/json",
        r#"{"version": 1, "headline": "#,
    );
    add_data_script("embed-good", "application/json", MINIMAL);
    let broken = placeholder(&container, "#embed-broken");
    let good = placeholder(&container, "#embed-good");
    broadsheet::embed::mount_all();

    let error = wait_for(&broken, ".bs-error").await;
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(
        text(&error).contains("invalid JSON at line 1"),
        "message was: {}",
        text(&error)
    );
    assert!(query(&broken, ".bs-article").is_none());
    assert_eq!(
        text(&wait_for(&good, ".bs-headline").await),
        "Ferry route opens"
    );
}

#[wasm_bindgen_test]
async fn missing_data_element_is_reported_in_place() {
    let container = fresh_container();
    let widget = placeholder(&container, "#no-such-script");
    broadsheet::embed::mount_all();
    let error = wait_for(&widget, ".bs-error").await;
    assert!(
        text(&error).contains("#no-such-script"),
        "message was: {}",
        text(&error)
    );
}

#[wasm_bindgen_test]
async fn invalid_selector_is_reported_in_place() {
    let container = fresh_container();
    let widget = placeholder(&container, "#[broken");
    broadsheet::embed::mount_all();
    let error = wait_for(&widget, ".bs-error").await;
    assert!(
        text(&error).contains("not a valid CSS selector"),
        "message was: {}",
        text(&error)
    );
}

#[wasm_bindgen_test]
async fn mounting_twice_does_not_duplicate_the_widget() {
    let container = fresh_container();
    add_data_script("embed-twice", "application/json", MINIMAL);
    let widget = placeholder(&container, "#embed-twice");
    broadsheet::embed::mount_all();
    broadsheet::embed::mount_all();
    wait_for(&widget, ".bs-headline").await;
    assert_eq!(query_all(&widget, ".bs-article").len(), 1);
}

#[wasm_bindgen_test]
async fn js_api_mounts_objects_and_strings_and_unmounts() {
    let container = fresh_container();
    let from_string = document().create_element("div").expect("div");
    container.append_child(&from_string).expect("append");
    broadsheet::embed::mount(from_string.clone(), JsValue::from_str(MINIMAL))
        .expect("valid article");
    assert_eq!(
        text(&wait_for(&from_string, ".bs-headline").await),
        "Ferry route opens"
    );

    let from_object = document().create_element("div").expect("div");
    container.append_child(&from_object).expect("append");
    let object =
        js_sys::JSON::parse(&MINIMAL.replace("Ferry route opens", "From an object")).expect("json");
    broadsheet::embed::mount(from_object.clone(), object).expect("valid article");
    assert_eq!(
        text(&wait_for(&from_object, ".bs-headline").await),
        "From an object"
    );

    assert!(broadsheet::embed::unmount(&from_string));
    settle().await;
    assert!(query(&from_string, ".bs-article").is_none());
    assert!(
        !broadsheet::embed::unmount(&from_string),
        "second unmount finds nothing"
    );
    assert_eq!(
        text(&wait_for(&from_object, ".bs-headline").await),
        "From an object"
    );
}

#[wasm_bindgen_test]
async fn js_api_reports_bad_data_and_shows_the_error_box() {
    let container = fresh_container();
    let result = broadsheet::embed::mount(container.clone(), JsValue::from_str("{\"version\": 1}"));
    let message = result
        .expect_err("headline is required")
        .as_string()
        .unwrap_or_default();
    assert!(message.contains("headline"), "message was: {message}");
    let error = wait_for(&container, ".bs-error").await;
    assert!(text(&error).contains("headline"));
}

/// Markup prerendered into the placeholder (`broadsheet::prerender`) is replaced by the live
/// article, not kept beside it.
#[wasm_bindgen_test]
async fn prerendered_markup_is_replaced_not_duplicated() {
    let container = fresh_container();
    add_data_script("embed-prerendered", "application/json", MINIMAL);
    let widget = placeholder(&container, "#embed-prerendered");
    widget
        .set_attribute(broadsheet::embed::PRERENDERED_ATTR, "")
        .expect("attr");
    let stale = document().create_element("article").expect("article");
    stale.set_class_name("bs-article bs-stale");
    let heading = document().create_element("h1").expect("h1");
    heading.set_class_name("bs-headline");
    heading.set_text_content(Some("Ferry route opens"));
    stale.append_child(&heading).expect("append");
    widget.append_child(&stale).expect("append");

    broadsheet::embed::mount_all();
    wait_until(
        "the live article",
        std::time::Duration::from_secs(5),
        || query(&widget, ".bs-body p").is_some(),
    )
    .await;
    assert!(
        query(&widget, ".bs-stale").is_none(),
        "the prerendered markup is gone"
    );
    assert_eq!(query_all(&widget, ".bs-article").len(), 1);
    assert_eq!(query_all(&widget, ".bs-headline").len(), 1);
    assert!(!widget.has_attribute(broadsheet::embed::PRERENDERED_ATTR));
    assert!(widget.has_attribute("data-broadsheet-mounted"));
}
