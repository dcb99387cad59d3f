//! Browser tests of the embed contract: placeholders found and mounted, data read from a
//! script element, the JS API, and errors shown in place without affecting other widgets.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::{JsCast, JsValue};
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

/// Yew renders a new app's first frame in a later task, after any destroy of the same task:
/// `dom::mount::unmount` removes what that frame leaves.
#[wasm_bindgen_test]
async fn unmounting_in_the_mounting_task_leaves_nothing_and_a_remount_shows_once() {
    let container = fresh_container();
    let gone = document().create_element("div").expect("div");
    let again = document().create_element("div").expect("div");
    container.append_child(&gone).expect("append");
    container.append_child(&again).expect("append");
    broadsheet::embed::mount(gone.clone(), JsValue::from_str(MINIMAL)).expect("valid article");
    assert!(broadsheet::embed::unmount(&gone));
    broadsheet::embed::mount(again.clone(), JsValue::from_str(MINIMAL)).expect("valid article");
    assert!(broadsheet::embed::unmount(&again));
    let second = MINIMAL.replace("Ferry route opens", "Mounted again");
    broadsheet::embed::mount(again.clone(), JsValue::from_str(&second)).expect("valid article");
    settle().await;
    assert_eq!(gone.child_element_count(), 0, "{}", gone.inner_html());
    assert_eq!(
        query_all(&again, ".bs-article").len(),
        1,
        "{}",
        again.inner_html()
    );
    assert_eq!(
        text(&wait_for(&again, ".bs-headline").await),
        "Mounted again"
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

/// The data boundary in the browser: `JSON.parse` reads the text, `serde-wasm-bindgen`
/// converts the value, and both give the model's typed errors.
#[wasm_bindgen_test]
fn browser_parsing_gives_the_models_errors_and_json_parse_semantics() {
    use broadsheet::dom::json::{from_js, parse_text};
    use broadsheet::model::json::Json;
    use broadsheet::model::ModelError;

    // The browser's position for a syntax error: Chromium and Firefox give line and column
    // (or an offset); WebKit's message has none, and then the error says line 0.
    let broken = "{\"version\": 1,\n \"headline\": \"H\",,}";
    let engine_message = js_sys::JSON::parse(broken)
        .err()
        .and_then(|error| error.dyn_into::<js_sys::Error>().ok())
        .map(|error| String::from(error.message()))
        .expect("JSON.parse refuses the text");
    let engine_gives_position =
        engine_message.contains("line") || engine_message.contains("position");
    match parse_text(broken) {
        Err(ModelError::Syntax { line, column, .. }) => assert_eq!(
            (line, column),
            if engine_gives_position {
                (2, 18)
            } else {
                (0, 0)
            },
            "engine message: {engine_message}"
        ),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    // Depth: checked on the text before JSON.parse, with the same position as natively.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        parse_text(&deep),
        Err(ModelError::TooDeep {
            line: 1,
            column: 65
        })
    );
    // Duplicate keys: JSON.parse keeps the last one, silently.
    let document = parse_text(r#"{"a":1,"b":2,"a":3}"#).expect("JSON");
    assert_eq!(document.value.get("a"), Some(&Json::Number(3.0)));
    assert!(document.warnings.is_empty());
    // Lone surrogates arrive as U+FFFD, as natively.
    let document = parse_text(r#""\ud83dx""#).expect("JSON");
    assert_eq!(document.value, Json::String("\u{fffd}x".into()));

    // Objects: a deep or cyclic one stops at the limit with its path.
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"self".into(), &cyclic).expect("cycle");
    match from_js(&cyclic.into()) {
        Err(ModelError::TooDeepValue { path }) => {
            assert_eq!(path, vec!["self"; 64].join("."));
        }
        other => panic!("expected too deep, got {other:?}"),
    }
    let with_function = js_sys::JSON::parse(r#"{"version":1,"body":[{"x":1}]}"#).expect("json");
    let body = js_sys::Reflect::get(&with_function, &"body".into()).expect("body");
    let first = js_sys::Reflect::get(&body, &0.into()).expect("first");
    let function = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| ()).into_js_value();
    js_sys::Reflect::set(&first, &"x".into(), &function).expect("set");
    assert_eq!(
        from_js(&with_function),
        Err(ModelError::NotJsonValue {
            path: "body[0].x".into()
        })
    );
    // Numbers: integers and decimals as f64, undefined as null.
    let numbers = js_sys::JSON::parse(r#"[1, -2.5, 9007199254740993]"#).expect("json");
    assert_eq!(
        from_js(&numbers).map(|document| document.value),
        Ok(Json::Array(vec![
            Json::Number(1.0),
            Json::Number(-2.5),
            Json::Number(9007199254740992.0)
        ]))
    );
    assert_eq!(
        from_js(&JsValue::UNDEFINED).map(|document| document.value),
        Ok(Json::Null)
    );
    // Only what JSON.parse makes: a Map, a Set, a typed array or a BigInt is refused with its
    // path (JSON.stringify empties or refuses them), not read as an object, array or number.
    let map = js_sys::Map::new();
    map.set(&"headline".into(), &"H".into());
    let set = js_sys::Set::new(&JsValue::UNDEFINED);
    set.add(&1.into());
    let not_json: [(&str, JsValue); 4] = [
        ("map", map.into()),
        ("set", set.into()),
        ("bytes", js_sys::Uint8Array::new_with_length(2).into()),
        ("big", js_sys::BigInt::from(7i64).into()),
    ];
    for (key, value) in not_json {
        let object = js_sys::Object::new();
        js_sys::Reflect::set(&object, &key.into(), &value).expect("set");
        assert_eq!(
            from_js(&object.into()),
            Err(ModelError::NotJsonValue { path: key.into() }),
            "{key}"
        );
    }
}

/// Quote ids are unique on a page of several widgets: the placeholder's id prefixes them;
/// the first widget without an id keeps the plain `quote-N`, later ones get `broadsheet-N-`.
#[wasm_bindgen_test]
async fn quote_ids_are_unique_across_widgets() {
    let container = fresh_container();
    let quoted = r#"{"version": 1, "headline": "Quoted", "body": [{"type": "paragraph",
        "content": [{"type": "quote", "id": "q1", "content": "“We are ready,” she said."}]}]}"#;
    add_data_script("embed-quoted", "application/json", quoted);
    let named = placeholder(&container, "#embed-quoted");
    named.set_id("story-a");
    let first = placeholder(&container, "#embed-quoted");
    let second = placeholder(&container, "#embed-quoted");
    broadsheet::embed::mount_all();

    let named_id = wait_for(&named, ".bs-quote[id]").await.id();
    let first_id = wait_for(&first, ".bs-quote[id]").await.id();
    let second_id = wait_for(&second, ".bs-quote[id]").await.id();
    assert_eq!(named_id, "story-a-quote-1");
    // Other tests on this page may have mounted id-less widgets before, so `first` may or
    // may not have the plain form; `second` never does.
    assert!(
        first_id == "quote-1" || first_id.starts_with("broadsheet-"),
        "{first_id}"
    );
    assert!(
        second_id.starts_with("broadsheet-") && second_id.ends_with("-quote-1"),
        "{second_id}"
    );
    assert_ne!(first_id, second_id);
    let ids: Vec<String> = query_all(&container, "[id]")
        .iter()
        .map(|e| e.id())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "duplicate ids: {ids:?}");
}
