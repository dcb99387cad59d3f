//! Browser tests of real-world JSON-LD in the widget: a live blog's timeline (newest first,
//! each update with its time and headline, quotes in updates interactive like the body's),
//! and the page context the embedding layer passes to the model (the page's `<html lang>`
//! for an article without `inLanguage`).
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LIVE: &str = r#"{"@context":"https://schema.org","@type":"LiveBlogPosting",
 "headline":"Storm live","inLanguage":"en",
 "liveBlogUpdate":[
  {"@type":"BlogPosting","headline":"Older","datePublished":"2024-02-01T08:00:00Z","articleBody":"Schools are shut."},
  {"@type":"BlogPosting","headline":"Newer","datePublished":"2024-02-01T09:30:00Z","articleBody":"“We are open again,” the operator said."}]}"#;

#[wasm_bindgen_test]
async fn live_blog_updates_show_newest_first_with_quotes() {
    let container = fresh_container();
    broadsheet::embed::mount(container.clone(), JsValue::from_str(LIVE)).expect("valid article");
    wait_for(&container, ".bs-live").await;
    let headlines: Vec<String> = query_all(&container, ".bs-live__update .bs-live__headline")
        .iter()
        .map(text)
        .collect();
    assert_eq!(headlines, ["Newer", "Older"]);
    let times = query_all(&container, ".bs-live__update time");
    assert_eq!(times.len(), 2);
    assert_eq!(
        times[0].get_attribute("datetime").as_deref(),
        Some("2024-02-01T09:30:00Z")
    );
    // The quote in the newest update is a quote part like the body's.
    let quote = query(&container, ".bs-live__update .bs-quote");
    assert!(quote.is_some(), "a highlighted quote in the update");
}

#[wasm_bindgen_test]
async fn article_without_in_language_takes_the_page_lang() {
    let root = document().document_element().expect("html element");
    let before = root.get_attribute("lang");
    root.set_attribute("lang", "fr-CA").expect("lang");
    let container = fresh_container();
    let data = r#"{"@type":"NewsArticle","headline":"Un titre"}"#;
    broadsheet::embed::mount(container.clone(), JsValue::from_str(data)).expect("valid article");
    let article = wait_for(&container, ".bs-article").await;
    match before {
        Some(lang) => root.set_attribute("lang", &lang).expect("lang"),
        None => root.remove_attribute("lang").expect("lang"),
    }
    assert_eq!(article.get_attribute("lang").as_deref(), Some("fr-CA"));
}
