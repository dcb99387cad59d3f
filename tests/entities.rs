//! The widget's release bundle reads named character references with the browser's HTML
//! parser instead of its own table (`dom::entities`): here, in every engine the tests run
//! in, the browser must answer exactly as the table does, for every name and for near misses.
#![cfg(target_arch = "wasm32")]

use broadsheet::dom::entities::decode_named;
use broadsheet::model::entities::all;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_browser_gives_every_name_of_the_table_the_same_characters() {
    let table = all();
    assert_eq!(table.len(), 2125);
    let differing: Vec<String> = table
        .iter()
        .filter(|(name, value)| decode_named(name).as_deref() != Some(value.as_str()))
        .map(|(name, value)| format!("{name}: table {value:?}, browser {:?}", decode_named(name)))
        .collect();
    assert!(differing.is_empty(), "{differing:#?}");
}

#[wasm_bindgen_test]
fn near_misses_are_not_names_in_the_browser_either() {
    let table = all();
    let known = |name: &str| table.iter().any(|(listed, _)| listed == name);
    // Every prefix and one letter more of a spread of names (HTML 4's legacy names among them:
    // the parser decodes `&notit;` as `&not` followed by "it;", which is not the name `notit`).
    let mut checked = 0;
    for (name, _) in table.iter().step_by(7) {
        let mut candidates: Vec<String> =
            (1..name.len()).map(|cut| name[..cut].to_string()).collect();
        candidates.extend(["a", "z", "0"].map(|extra| format!("{name}{extra}")));
        for candidate in candidates.iter().filter(|candidate| !known(candidate)) {
            assert_eq!(decode_named(candidate), None, "{candidate}");
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} near misses checked");
    for legacy_prefix in ["notit", "ampx", "copyx", "eacutex", "nbspx", "Amp", "AMPx"] {
        assert_eq!(decode_named(legacy_prefix), None, "{legacy_prefix}");
    }
    assert_eq!(decode_named("semi").as_deref(), Some(";"));
}

#[wasm_bindgen_test]
fn only_a_name_reaches_the_parser() {
    for not_a_name in [
        "",
        "a b",
        "<b>x</b>",
        "amp;lt",
        "&amp",
        "lt;",
        "\u{e9}",
        "img src=x onerror=alert(1)",
    ] {
        assert_eq!(decode_named(not_a_name), None, "{not_a_name:?}");
    }
    assert_eq!(
        decode_named("CounterClockwiseContourIntegral").as_deref(),
        Some("\u{2233}")
    );
    assert_eq!(decode_named("CounterClockwiseContourIntegralX"), None);
}

#[wasm_bindgen_test]
fn a_refused_lookup_leaves_the_reference_as_written() {
    // What a page that enforces Trusted Types does to a plain string assigned to innerHTML.
    js_sys::eval(
        "Object.defineProperty(HTMLTextAreaElement.prototype, 'innerHTML', { configurable: true, \
         set() { throw new TypeError(\"This document requires 'TrustedHTML' assignment.\"); } })",
    )
    .expect("refuse innerHTML");
    let refused = decode_named("eacute");
    js_sys::eval("delete HTMLTextAreaElement.prototype.innerHTML").expect("restore innerHTML");
    assert_eq!(refused, None);
    assert_eq!(decode_named("eacute").as_deref(), Some("\u{e9}"));
}
