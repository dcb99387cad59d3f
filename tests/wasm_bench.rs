//! Quote detection measured in the browser's wasm engine (run by `./run bench` in release
//! mode; ignored by `./run test`). It prints numbers and asserts nothing about time: a
//! benchmark, not a timed test.
#![cfg(target_arch = "wasm32")]

#[path = "support/demo.rs"]
mod demo;

use broadsheet::model::Article;
use demo::{demo_article, demo_repeated, word_count};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Milliseconds of one `annotate` call on a copy of `article`.
fn time_once(article: &Article, performance: &web_sys::Performance) -> f64 {
    let input = article.clone();
    let started = performance.now();
    let annotated = broadsheet::quotes::annotate(input);
    let elapsed = performance.now() - started;
    assert!(!annotated.body.is_empty());
    elapsed
}

/// The median of `runs` calls after `runs` warm-up calls: the steady state, once the engine
/// has compiled and optimised the code.
fn median_ms(article: &Article, runs: usize, performance: &web_sys::Performance) -> f64 {
    for _ in 0..runs {
        time_once(article, performance);
    }
    let mut times: Vec<f64> = (0..runs).map(|_| time_once(article, performance)).collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[wasm_bindgen_test]
#[ignore = "benchmark: run by ./run bench"]
fn quote_detection_in_wasm() {
    let performance = web_sys::window()
        .and_then(|window| window.performance())
        .expect("performance");
    let demo = demo_article();
    let long = demo_repeated(&demo, 2_000);
    let mut one_paragraph = demo.clone();
    one_paragraph.body.truncate(1);
    // A page calls detection once. Its first calls also pay for the engine compiling the
    // code on first use (V8 compiles wasm functions lazily), which a warm median hides.
    let first_call = time_once(&one_paragraph, &performance);
    let demo_first = time_once(&demo, &performance);
    let long_first = time_once(&long, &performance);
    let demo_ms = median_ms(&demo, 101, &performance);
    let long_ms = median_ms(&long, 101, &performance);
    console_log!(
        "BENCH quote detection (wasm): first call of the module (1 paragraph) {:.3} ms; demo article ({} words) first call {:.3} ms, median {:.3} ms; {}-word article first call {:.3} ms, median {:.3} ms (budget 1 ms; medians of 101 after 101 warm-up calls)",
        first_call,
        word_count(&demo),
        demo_first,
        demo_ms,
        word_count(&long),
        long_first,
        long_ms
    );
}

/// The browser's data boundary, in steps, on a long article: the depth scan of the text,
/// `JSON.parse`, and the conversion of the JavaScript value (serde-wasm-bindgen into the
/// model's JSON value). Prints numbers, asserts nothing about time.
#[wasm_bindgen_test]
#[ignore = "benchmark: run by hand (cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --ignored)"]
fn json_boundary_in_wasm() {
    let performance = web_sys::window()
        .and_then(|window| window.performance())
        .expect("performance");
    let paragraph = r#"{"type":"paragraph","content":["The ferry left at nine, ",{"type":"em","content":"on time"},", said the captain."]}"#;
    for count in [1_000, 10_000] {
        let body = vec![paragraph; count].join(",");
        let text = format!(r#"{{"version":1,"headline":"Long","body":[{body}]}}"#);
        let time = |step: &mut dyn FnMut()| {
            let started = performance.now();
            step();
            performance.now() - started
        };
        let scan = time(&mut || broadsheet::model::json::check_depth(&text).expect("shallow"));
        let mut value = wasm_bindgen::JsValue::NULL;
        let parse = time(&mut || value = js_sys::JSON::parse(&text).expect("JSON"));
        let convert = time(&mut || {
            broadsheet::dom::json::from_js(&value).expect("converts");
        });
        console_log!(
            "BENCH JSON boundary, {count} paragraphs ({} bytes): depth scan {scan:.1} ms, JSON.parse {parse:.1} ms, conversion {convert:.1} ms",
            text.len()
        );
    }
}
