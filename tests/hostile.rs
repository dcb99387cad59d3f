//! Browser tests of hostile and broken input (the native half is tests/hostile_native.rs):
//! every XSS payload of tests/data/xss/payloads.json in every text and URL field of both
//! formats, mounted through `embed::mount`, must leave no script-capable element, event
//! handler or script URL in the widget, must never call the page's canary, and must show
//! text payloads as literal text; oversized and deeply nested documents end in an error
//! box or an article within a bounded wait; one bad widget never stops the others; a failed
//! fetch offers a retry that fetches again.
#![cfg(target_arch = "wasm32")]

mod common;
#[path = "support/xss.rs"]
mod xss;

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use common::*;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const PAYLOADS: &str = include_str!("data/xss/payloads.json");

// ---------------------------------------------------------------------------------------
// The canary: `window.__xss_canary()` records a call in `window.__xss_hit`. Payloads call
// it, so any payload that runs is seen, whatever element or attribute it ran from.

fn window() -> web_sys::Window {
    web_sys::window().expect("tests run in a browser")
}

fn install_canary() {
    let window = window();
    if Reflect::get(&window, &"__xss_canary".into()).is_ok_and(|f| f.is_function()) {
        return;
    }
    let canary = Closure::<dyn Fn()>::new(|| {
        let _ = Reflect::set(&window_object(), &"__xss_hit".into(), &JsValue::TRUE);
    });
    Reflect::set(&window, &"__xss_canary".into(), canary.as_ref()).expect("set the canary");
    // The page keeps the function for its lifetime.
    canary.forget();
    reset_canary();
}

fn window_object() -> JsValue {
    window().into()
}

fn canary_hit() -> bool {
    Reflect::get(&window(), &"__xss_hit".into()).is_ok_and(|hit| hit.is_truthy())
}

fn reset_canary() {
    Reflect::set(&window(), &"__xss_hit".into(), &JsValue::FALSE).expect("reset the canary");
}

// ---------------------------------------------------------------------------------------
// What must never be found inside a widget.

/// Every violation inside `root`, as messages (empty when the widget is inert).
fn violations(root: &Element) -> Vec<String> {
    let mut out = Vec::new();
    for element in query_all(root, "*") {
        let tag = element.tag_name().to_ascii_lowercase();
        if xss::FORBIDDEN_ELEMENTS.contains(&tag.as_str()) {
            out.push(format!("<{tag}> element"));
        }
        for name in element
            .get_attribute_names()
            .iter()
            .filter_map(|name| name.as_string())
        {
            let value = element.get_attribute(&name).unwrap_or_default();
            out.extend(xss::attribute_problem(&tag, &name, &value));
        }
    }
    out
}

fn assert_inert(what: &str, root: &Element) {
    let found = violations(root);
    assert!(found.is_empty(), "{what}: {found:#?}");
    assert!(!canary_hit(), "{what}: the canary was called");
}

/// Lets image loads finish (a hostile `onerror` would fire then): waits, boundedly, until
/// every eagerly loading image in `root` is complete. Lazy images far below the fold never
/// start; an injected `<img onerror>` would not be lazy.
async fn images_settled(root: &Element) {
    wait_until("images to load or fail", Duration::from_secs(5), || {
        query_all(root, "img:not([loading=lazy])")
            .iter()
            .all(|img| Reflect::get(img, &"complete".into()).is_ok_and(|c| c.is_truthy()))
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Documents.

struct Payloads {
    text: Vec<String>,
    urls: Vec<String>,
    odd_urls: Vec<String>,
    safe_urls: Vec<String>,
    srcset: Vec<String>,
}

fn payloads() -> Payloads {
    let value = js_sys::JSON::parse(PAYLOADS).expect("payloads.json is JSON");
    let list = |key: &str| -> Vec<String> {
        let array: Array = Reflect::get(&value, &key.into())
            .expect("key")
            .dyn_into()
            .expect("a list");
        let list: Vec<String> = array
            .iter()
            .map(|v| v.as_string().expect("a string"))
            .collect();
        assert!(!list.is_empty(), "payloads.json: {key} is empty");
        list
    };
    Payloads {
        text: list("text"),
        urls: list("urls"),
        odd_urls: list("odd_urls"),
        safe_urls: list("safe_urls"),
        srcset: list("srcset"),
    }
}

/// A JSON string literal (the browser's own encoder, so every payload arrives exactly).
fn q(text: &str) -> String {
    js_sys::JSON::stringify(&JsValue::from_str(text))
        .expect("stringify")
        .as_string()
        .expect("a string")
}

/// Broadsheet v1 with `t` in every text field, `u` in every URL field, `s` in every srcset.
/// The quote gives the card and the Voices panel the person's fields; the related stories
/// give the carousel.
fn native_doc(t: &str, u: &str, s: &str) -> String {
    let (t, u, s) = (q(t), q(u), q(s));
    format!(
        r#"{{"version":1,"url":{u},"headline":{t},"standfirst":{t},"dateline":{t},"byline":{t},
        "breadcrumb":[{{"name":{t},"url":{u}}},{{"name":{t},"url":"/ok"}}],
        "source":{{"name":{t},"url":{u},"logo":{{"src":{u},"alt":{t}}}}},
        "authors":[{{"name":{t},"url":{u},"role":{t}}},{{"name":{t},"url":"/ok","role":{t}}}],
        "editor":{{"name":{t}}},"tags":[{t}],
        "people":[{{"id":"p","name":{t},"role":{t},"organization":{t},"url":{u}}}],
        "quotes":"explicit",
        "body":[
          {{"type":"paragraph","content":[{t},{{"type":"link","href":{u},"content":{t}}},
            {{"type":"quote","speaker":"p","content":{t}}},{{"type":"link","href":"/ok","content":{t}}}]}},
          {{"type":"heading","content":{t}}},
          {{"type":"figure","image":{{"src":{u},"srcset":{s},"alt":{t}}},"caption":{t},"credit":{t}}},
          {{"type":"figure","image":{{"src":"/ok.jpg","srcset":{s},"alt":{t}}},"caption":{t},"credit":{t}}},
          {{"type":"pullquote","content":{t},"attribution":{t}}},
          {{"type":"list","items":[{t},[{t},{{"type":"em","content":{t}}}]]}}],
        "related":[
          {{"headline":{t},"url":{u},"summary":{t},"image":{{"src":{u},"srcset":{s},"alt":{t}}},"section":{t}}},
          {{"headline":{t},"url":"/ok","summary":{t},"image":{{"src":{u},"alt":{t}}},"section":{t}}},
          {{"headline":{t},"url":"/ok2","summary":{t},"section":{t}}}],
        "carousel":{{"label":{t}}}}}"#
    )
}

/// schema.org JSON-LD with `t` in every text property and `u` in every URL property.
fn jsonld_doc(t: &str, u: &str) -> String {
    let body = q(&format!("{t}\n\n\u{201c}{t},\u{201d} said Jane Okafor."));
    let (t, u) = (q(t), q(u));
    format!(
        r#"{{"@context":"https://schema.org","@graph":[
        {{"@type":"NewsArticle","headline":{t},"description":{t},"url":{u},"mainEntityOfPage":{u},
          "author":[{{"@type":"Person","name":{t},"url":{u},"jobTitle":{t}}},{t}],"editor":{t},
          "publisher":{{"@type":"Organization","name":{t},"url":{u},"logo":{{"@type":"ImageObject","url":{u}}}}},
          "image":{{"@type":"ImageObject","url":{u},"caption":{t},"creditText":{t},"name":{t}}},
          "articleBody":{body},"keywords":[{t}],"articleSection":{t},"dateline":{t}}},
        {{"@type":"BreadcrumbList","itemListElement":[
          {{"@type":"ListItem","position":1,"name":{t},"item":{u}}},
          {{"@type":"ListItem","position":2,"item":{{"@id":{u},"name":{t}}}}}]}}]}}"#
    )
}

/// Characters the model removes from text: bidi embeddings, overrides and isolates, and
/// control characters other than whitespace.
fn is_stripped(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && !c.is_whitespace())
}

/// The text a field shows for `text`: stripped characters removed, whitespace collapsed
/// (what the model's cleaning does).
fn cleaned(text: &str) -> String {
    let kept: String = text.chars().filter(|c| !is_stripped(*c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn mount_into(container: &Element, json: &str) -> (Element, Result<(), JsValue>) {
    let element = document().create_element("div").expect("div");
    container.append_child(&element).expect("append");
    let result = broadsheet::embed::mount(element.clone(), JsValue::from_str(json));
    (element, result)
}

fn mouse(target: &Element, kind: &str) {
    let event = web_sys::MouseEvent::new(kind).expect("mouse event");
    target.dispatch_event(&event).expect("dispatch");
}

// ---------------------------------------------------------------------------------------
// Self-checks: the detectors above can fail.

#[wasm_bindgen_test]
async fn the_canary_and_the_dom_check_detect_what_they_watch_for() {
    install_canary();
    assert!(!canary_hit());
    let canary: Function = Reflect::get(&window(), &"__xss_canary".into())
        .expect("canary")
        .dyn_into()
        .expect("fn");
    canary.call0(&JsValue::UNDEFINED).expect("call");
    assert!(canary_hit(), "a direct call is seen");
    reset_canary();
    assert!(!canary_hit());

    // An event-handler attribute that runs really reaches the canary (so payloads that call
    // it would be seen) and the DOM check flags it.
    let container = fresh_container();
    let img = document().create_element("img").expect("img");
    img.set_attribute("onerror", "__xss_canary()")
        .expect("attr");
    img.set_attribute("src", "/no-such-image.png")
        .expect("attr");
    container.append_child(&img).expect("append");
    wait_until(
        "the injected handler to run",
        Duration::from_secs(5),
        canary_hit,
    )
    .await;
    assert_eq!(violations(&container).len(), 1);
    reset_canary();

    for (tag, attr, value) in [
        ("script", "type", "x"),
        ("a", "href", " JaVa\tScRiPt:__xss_canary()"),
        ("img", "srcset", "/a.png 1x, DATA:image/png,x 2x"),
        ("iframe", "title", "x"),
    ] {
        let element = document().create_element(tag).expect("element");
        element.set_attribute(attr, value).expect("attr");
        let holder = fresh_container();
        holder.append_child(&element).expect("append");
        assert!(
            !violations(&holder).is_empty(),
            "not flagged: <{tag} {attr}={value:?}>"
        );
        holder.remove();
    }
    container.remove();
}

// ---------------------------------------------------------------------------------------
// The XSS corpus.

#[wasm_bindgen_test]
async fn xss_payloads_in_every_field_of_both_formats_stay_inert() {
    install_canary();
    let payloads = payloads();
    let container = fresh_container();
    // Article i carries text payload i in every text field and URL payload i (cycling) in
    // every URL field, so each payload meets each field of its kind once per format.
    let count = payloads.text.len().max(payloads.urls.len());
    for i in 0..count {
        let t = &payloads.text[i % payloads.text.len()];
        let u = &payloads.urls[i % payloads.urls.len()];
        let s = &payloads.srcset[i % payloads.srcset.len()];
        let batch = [
            ("native", native_doc(t, u, s)),
            ("JSON-LD", jsonld_doc(t, u)),
        ];
        let mut mounted = Vec::new();
        for (format, json) in &batch {
            let (widget, result) = mount_into(&container, json);
            // Refused URLs are warnings: the article itself must still show.
            assert!(result.is_ok(), "{format} {t:?} / {u:?}: {result:?}");
            mounted.push((*format, widget));
        }
        settle().await;
        for (format, widget) in &mounted {
            let what = format!("{format} text {t:?} url {u:?}");
            let headline = wait_for(widget, ".bs-headline").await;
            if *format == "native" || !t.contains('&') {
                assert_eq!(
                    text(&headline),
                    cleaned(t),
                    "{what}: the headline shows the payload as text"
                );
            }
            assert_inert(&what, widget);
            // Open a quote card (speaker name, role, organisation are payloads too).
            if let Some(quote) = query(widget, ".bs-quote") {
                mouse(&quote, "mouseenter");
                settle().await;
                assert_inert(&format!("{what}, card open"), widget);
                mouse(&quote, "mouseleave");
            }
        }
        // Batches of images settle together, then the widgets go.
        images_settled(&container).await;
        assert!(!canary_hit(), "canary called by text {t:?} / url {u:?}");
        for (_, widget) in mounted {
            broadsheet::embed::unmount(&widget);
            widget.remove();
        }
    }
    container.remove();
}

#[wasm_bindgen_test]
async fn odd_and_safe_urls_stay_inert_and_safe_ones_are_links() {
    install_canary();
    let payloads = payloads();
    let container = fresh_container();
    for u in payloads.odd_urls.iter().chain(&payloads.safe_urls) {
        let (native, result) = mount_into(
            &container,
            &native_doc("Plain words", u, "/a.jpg 1x, /b.jpg 2x"),
        );
        assert!(result.is_ok(), "{u:?}: {result:?}");
        let (jsonld, result) = mount_into(&container, &jsonld_doc("Plain words", u));
        assert!(result.is_ok(), "{u:?}: {result:?}");
        settle().await;
        for widget in [&native, &jsonld] {
            wait_for(widget, ".bs-headline").await;
            assert_inert(u, widget);
        }
    }
    // A safe URL really becomes a link (the refusals are not a blanket refusal).
    let (widget, _) = mount_into(
        &container,
        &native_doc("Plain words", "https://news.example/safe", "/a.jpg 1x"),
    );
    wait_for(&widget, ".bs-headline").await;
    let links = query_all(&widget, "a[href='https://news.example/safe']");
    assert!(links.len() >= 4, "only {} links kept", links.len());
    images_settled(&container).await;
    assert!(!canary_hit());
    container.remove();
}

// ---------------------------------------------------------------------------------------
// Resource limits: an error box or an article, within a bounded wait.

/// Mounts `json` and waits for an error box (returning its text) or an article (`None`).
async fn outcome(container: &Element, what: &str, json: &str, limit: Duration) -> Option<String> {
    let started = js_sys::Date::now();
    let (widget, _) = mount_into(container, json);
    wait_until("an error box or an article", limit, || {
        query(&widget, ".bs-error").is_some() || query(&widget, ".bs-article").is_some()
    })
    .await;
    let took = js_sys::Date::now() - started;
    console_log!("{what}: {took} ms to an error box or an article");
    assert!(took < limit.as_millis() as f64, "{what}: took {took} ms");
    let error = query(&widget, ".bs-error").map(|error| text(&error));
    broadsheet::embed::unmount(&widget);
    widget.remove();
    error
}

fn paragraphs(count: usize, text: &str) -> String {
    let block = format!(r#"{{"type":"paragraph","content":{}}}"#, q(text));
    format!(
        r#"{{"version":1,"headline":"Many","body":[{}]}}"#,
        vec![block; count].join(",")
    )
}

#[wasm_bindgen_test]
async fn oversized_documents_show_a_clear_error_in_bounded_time() {
    let container = fresh_container();
    let limit = Duration::from_secs(10);

    let big = format!(
        r#"{{"version":1,"headline":"Big","x":"{}"}}"#,
        "x".repeat(10 * 1024 * 1024)
    );
    let error = outcome(&container, "10 MB", &big, limit)
        .await
        .expect("10 MB: an error box");
    assert!(
        error.contains("more than the limit of 5242880 bytes"),
        "{error}"
    );

    let error = outcome(
        &container,
        "100,000 paragraphs",
        &paragraphs(100_000, "x"),
        limit,
    )
    .await
    .expect("100k paragraphs: an error box");
    assert!(
        error.contains("body: has 100000 entries, more than the limit of 20000"),
        "{error}"
    );

    let deep = format!(
        r#"{{"version":1,"headline":"Deep","x":{}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let error = outcome(&container, "depth 10,000", &deep, limit)
        .await
        .expect("depth 10,000: an error box");
    assert!(error.contains("nested too deeply"), "{error}");

    let long = "word ".repeat(200_000);
    let error = outcome(&container, "1 MB paragraph", &paragraphs(1, &long), limit)
        .await
        .expect("1 MB paragraph: an error box");
    assert!(
        error.contains("longer than the limit of 100000 characters"),
        "{error}"
    );
    let headline = format!(r#"{{"version":1,"headline":{}}}"#, q(&long));
    let error = outcome(&container, "1 MB headline", &headline, limit)
        .await
        .expect("1 MB headline: an error box");
    assert!(error.contains("headline"), "{error}");
    container.remove();
}

#[wasm_bindgen_test]
async fn ten_thousand_quotes_render_in_bounded_time() {
    let container = fresh_container();
    let said = "\u{201c}We will not raise fares this year,\u{201d} Jane Okafor said on Tuesday.";
    let error = outcome(
        &container,
        "10,000 quotes",
        &paragraphs(10_000, said),
        Duration::from_secs(30),
    )
    .await;
    assert_eq!(error, None, "10,000 quotes: an article");
    container.remove();
}

// ---------------------------------------------------------------------------------------
// Isolation and recovery.

#[wasm_bindgen_test]
async fn bad_widgets_never_stop_the_good_one() {
    install_canary();
    let payloads = payloads();
    let container = fresh_container();
    let hostile = native_doc(&payloads.text[0], &payloads.urls[0], &payloads.srcset[0]);
    let cases: [(&str, &str, String); 7] = [
        (
            "iso-invalid",
            "application/json",
            r#"{"version": 1, "headline": "#.to_owned(),
        ),
        (
            "iso-types",
            "application/json",
            r#"{"version": 1, "headline": 42, "body": "nope"}"#.to_owned(),
        ),
        ("iso-null", "application/json", "null".to_owned()),
        ("iso-empty-ld", "application/ld+json", "[]".to_owned()),
        ("iso-deep", "application/json", "[".repeat(10_000)),
        ("iso-hostile", "application/json", hostile),
        (
            "iso-good",
            "application/ld+json",
            r#"{"@type": "NewsArticle", "headline": "Still here"}"#.to_owned(),
        ),
    ];
    let mut widgets = Vec::new();
    for (id, kind, json) in &cases {
        add_data_script(id, kind, json);
        let widget = document().create_element("div").expect("div");
        widget
            .set_attribute("data-broadsheet", &format!("#{id}"))
            .expect("attr");
        container.append_child(&widget).expect("append");
        widgets.push(widget);
    }
    // And one whose selector is broken, mounted in the same pass.
    let broken = document().create_element("div").expect("div");
    broken.set_attribute("data-broadsheet", "#[").expect("attr");
    container.append_child(&broken).expect("append");

    assert!(broadsheet::embed::mount_all() > cases.len());
    let good = widgets.last().expect("the good widget");
    assert_eq!(text(&wait_for(good, ".bs-headline").await), "Still here");
    for (widget, (id, _, _)) in widgets.iter().zip(&cases).take(5) {
        let error = wait_for(widget, ".bs-error").await;
        assert_eq!(
            error.get_attribute("role").as_deref(),
            Some("alert"),
            "{id}"
        );
        assert!(!text(&error).is_empty(), "{id}: an empty error box");
    }
    wait_for(&broken, ".bs-error").await;
    // The hostile one renders, inert.
    wait_for(&widgets[5], ".bs-article").await;
    assert_inert("hostile neighbour", &container);
    images_settled(&container).await;
    assert!(!canary_hit());
    container.remove();
}

/// Replaces `window.fetch` with a wrapper counting the requests whose URL contains
/// `needle`; the returned guard puts the original back.
struct FetchCounter {
    original: JsValue,
    count: Rc<Cell<u32>>,
    _wrapper: Closure<dyn Fn(JsValue, JsValue) -> JsValue>,
}

impl FetchCounter {
    fn install(needle: &'static str) -> FetchCounter {
        let window = window();
        let original = Reflect::get(&window, &"fetch".into()).expect("fetch");
        let count = Rc::new(Cell::new(0));
        let wrapper = {
            let original: Function = original.clone().dyn_into().expect("fetch is a function");
            let count = count.clone();
            Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(
                move |input: JsValue, init: JsValue| {
                    if input.as_string().is_some_and(|url| url.contains(needle)) {
                        count.set(count.get() + 1);
                    }
                    original
                        .call2(&window_object(), &input, &init)
                        .unwrap_or_else(|error| error)
                },
            )
        };
        Reflect::set(&window, &"fetch".into(), wrapper.as_ref()).expect("replace fetch");
        FetchCounter {
            original,
            count,
            _wrapper: wrapper,
        }
    }
}

impl Drop for FetchCounter {
    fn drop(&mut self) {
        let _ = Reflect::set(&window(), &"fetch".into(), &self.original);
    }
}

#[wasm_bindgen_test]
async fn a_failed_fetch_shows_retry_and_retry_fetches_again() {
    let container = fresh_container();
    let fetches = FetchCounter::install("no-such-file");
    let widget = document().create_element("div").expect("div");
    widget
        .set_attribute("data-broadsheet-src", "/no-such-file.json")
        .expect("attr");
    container.append_child(&widget).expect("append");
    broadsheet::embed::mount_all();

    let retry = wait_for(&widget, ".bs-error .bs-error__retry").await;
    let message = text(&wait_for(&widget, ".bs-error").await);
    assert!(message.contains("HTTP 404"), "{message}");
    assert_eq!(fetches.count.get(), 1);

    html_element(&retry).click();
    yew::scheduler::flush().await;
    // Straight after the click the widget shows the loading state while the request runs.
    assert!(
        query(&widget, ".bs-loading").is_some() || fetches.count.get() == 2,
        "retry did nothing"
    );
    wait_until("the second request", Duration::from_secs(5), || {
        fetches.count.get() == 2
    })
    .await;
    wait_for(&widget, ".bs-error .bs-error__retry").await;
    drop(fetches);
    container.remove();
}

/// A Blob URL holding `text` (through JavaScript reflection, so no extra web-sys features).
fn blob_url(text: &str) -> String {
    let global = js_sys::global();
    let blob: Function = Reflect::get(&global, &"Blob".into())
        .expect("Blob")
        .dyn_into()
        .expect("constructor");
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &"application/json".into()).expect("type");
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = Reflect::construct(&blob, &Array::of2(&parts, &options)).expect("new Blob");
    let url = Reflect::get(&global, &"URL".into()).expect("URL");
    let create: Function = Reflect::get(&url, &"createObjectURL".into())
        .expect("createObjectURL")
        .dyn_into()
        .expect("fn");
    create
        .call1(&url, &blob)
        .expect("createObjectURL")
        .as_string()
        .expect("a URL string")
}

#[wasm_bindgen_test]
async fn fetched_data_renders_and_fetched_bad_data_shows_an_error_without_retry() {
    let container = fresh_container();
    let good = document().create_element("div").expect("div");
    good.set_attribute(
        "data-broadsheet-src",
        &blob_url(r#"{"version":1,"headline":"Fetched"}"#),
    )
    .expect("attr");
    let bad = document().create_element("div").expect("div");
    bad.set_attribute(
        "data-broadsheet-src",
        &blob_url(r#"{"version":1,"headline":"#),
    )
    .expect("attr");
    container.append_child(&good).expect("append");
    container.append_child(&bad).expect("append");
    broadsheet::embed::mount_all();

    assert_eq!(text(&wait_for(&good, ".bs-headline").await), "Fetched");
    let error = wait_for(&bad, ".bs-error").await;
    assert!(text(&error).contains("invalid JSON"), "{}", text(&error));
    // Fetching the same bad data again cannot help, so there is no retry button.
    assert!(query(&bad, ".bs-error__retry").is_none());
    container.remove();
}

#[wasm_bindgen_test]
async fn js_api_refuses_values_that_are_not_article_data_in_place() {
    let container = fresh_container();
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).expect("cycle");
    let values: [(&str, JsValue); 5] = [
        ("undefined", JsValue::UNDEFINED),
        ("a number", JsValue::from_f64(42.0)),
        ("a cyclic object", cyclic.into()),
        (
            "a function",
            Closure::<dyn Fn()>::new(|| ()).into_js_value(),
        ),
        ("an empty string", JsValue::from_str("")),
    ];
    for (what, value) in values {
        let element = document().create_element("div").expect("div");
        container.append_child(&element).expect("append");
        let result = broadsheet::embed::mount(element.clone(), value);
        assert!(result.is_err(), "{what}: accepted");
        let error = wait_for(&element, ".bs-error").await;
        assert!(!text(&error).is_empty(), "{what}: an empty error box");
    }
    container.remove();
}
