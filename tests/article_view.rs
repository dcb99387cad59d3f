//! Browser tests of the rendered article: every block type, semantic structure, dates
//! formatted by Intl with the original offset kept, and image loading (the fetch data source is
//! covered in tests/hostile.rs).
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EVERY_BLOCK: &str = r##"{
  "version": 1, "lang": "en-GB", "headline": "Harbour reopens",
  "standfirst": "The pier is back.",
  "breadcrumb": [{"name": "News", "url": "/news"}, {"name": "Transport", "url": "/news/transport"}, {"name": "Harbour reopens"}],
  "source": {"name": "The Gazette", "url": "https://gazette.example/"},
  "published": "2026-06-02T09:15:00+08:00",
  "authors": [{"name": "Mei Ling Tan", "url": "https://gazette.example/mei"}, {"name": "Arjun Pillai"}],
  "editor": {"name": "王小明", "lang": "zh"},
  "body": [
    {"type": "figure", "image": {"src": "/img/lead.jpg", "alt": "The pier", "width": 1200, "height": 675}, "caption": "The pier at dawn.", "credit": "PHOTO: MEI LING TAN/The Gazette"},
    {"type": "paragraph", "content": ["Plain, ", {"type": "em", "content": "emphasised"}, ", ", {"type": "strong", "content": "strong"}, " and ", {"type": "link", "href": "https://example.org/a", "content": "linked"}, {"type": "br"}, "after a break."]},
    {"type": "heading", "level": 3, "content": "What changed"},
    {"type": "list", "ordered": true, "items": ["First", "Second"]},
    {"type": "list", "items": ["Bullet"]},
    {"type": "pullquote", "content": "We are back.", "attribution": "Lydia Ong"},
    {"type": "figure", "image": {"src": "/img/second.jpg", "alt": "Second", "width": 800, "height": 600}}
  ]
}"##;

async fn mounted(json: &str) -> web_sys::Element {
    let container = fresh_container();
    broadsheet::embed::mount(container.clone(), JsValue::from_str(json)).expect("valid article");
    wait_for(&container, ".bs-article").await;
    container
}

#[wasm_bindgen_test]
async fn every_block_type_renders_as_semantic_html() {
    let root = mounted(EVERY_BLOCK).await;
    let article = query(&root, "article.bs-article").expect("article element");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en-GB"));
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));

    let crumbs = query_all(&root, "nav.bs-breadcrumb[aria-label] ol li");
    assert_eq!(crumbs.len(), 3);
    let current = query(&root, ".bs-breadcrumb [aria-current='page']").expect("current page");
    assert_eq!(text(&current), "Harbour reopens");

    assert_eq!(
        query_all(&root, "h1").len(),
        1,
        "the headline is the only h1"
    );
    assert_eq!(
        text(&query(&root, "header.bs-header h1.bs-headline").expect("h1")),
        "Harbour reopens"
    );
    assert_eq!(
        text(&query(&root, ".bs-standfirst").expect("standfirst")),
        "The pier is back."
    );
    let byline = text(&query(&root, ".bs-byline").expect("byline"));
    assert!(
        byline.contains("Mei Ling Tan and Arjun Pillai"),
        "byline was: {byline}"
    );

    let paragraph = query(&root, ".bs-body p").expect("paragraph");
    assert_eq!(text(&query(&paragraph, "em").expect("em")), "emphasised");
    assert_eq!(
        text(&query(&paragraph, "strong").expect("strong")),
        "strong"
    );
    let link = query(&paragraph, "a").expect("link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/a")
    );
    assert!(query(&paragraph, "br").is_some());

    assert_eq!(
        text(&query(&root, "h3.bs-subhead").expect("h3")),
        "What changed"
    );
    assert_eq!(query_all(&root, "ol.bs-list li").len(), 2);
    assert_eq!(query_all(&root, "ul.bs-list li").len(), 1);
    let pullquote = query(&root, "figure.bs-pullquote").expect("pull quote");
    assert_eq!(
        text(&query(&pullquote, "blockquote").expect("blockquote")),
        "We are back."
    );
    assert!(text(&pullquote).contains("Lydia Ong"));

    let figures = query_all(&root, "figure.bs-figure");
    assert_eq!(figures.len(), 2);
    let lead = query(&figures[0], "img").expect("lead image");
    assert_eq!(lead.get_attribute("loading").as_deref(), Some("eager"));
    assert_eq!(lead.get_attribute("width").as_deref(), Some("1200"));
    assert_eq!(lead.get_attribute("height").as_deref(), Some("675"));
    assert_eq!(lead.get_attribute("alt").as_deref(), Some("The pier"));
    let caption = text(&query(&figures[0], "figcaption").expect("caption"));
    assert!(
        caption.contains("The pier at dawn.")
            && caption.contains("PHOTO: MEI LING TAN/The Gazette")
    );
    let second = query(&figures[1], "img").expect("second image");
    assert_eq!(second.get_attribute("loading").as_deref(), Some("lazy"));

    let editor = query(&root, "footer .bs-editor .bs-editor__name").expect("editor");
    assert_eq!(editor.get_attribute("lang").as_deref(), Some("zh"));
    assert_eq!(text(&editor), "王小明");
}

#[wasm_bindgen_test]
async fn dates_are_localised_and_keep_their_original_offset() {
    let root = mounted(EVERY_BLOCK).await;
    let time = query(&root, ".bs-meta time").expect("publication time");
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-06-02T09:15:00+08:00")
    );
    let shown = text(&time);
    // Intl in en-GB, in the article's own offset: "2 June 2026 at 09:15 GMT+8" (wording may vary
    // between engines; the day, month name and local hour may not).
    assert!(
        shown.contains("June") && shown.contains("2026"),
        "shown: {shown}"
    );
    assert!(
        shown.contains("09:15") || shown.contains("9:15"),
        "shown in the article's offset: {shown}"
    );
    assert_ne!(
        shown, "2026-06-02T09:15:00+08:00",
        "the ISO string is only the fallback"
    );

    let french = mounted(&EVERY_BLOCK.replace("\"en-GB\"", "\"fr\"")).await;
    let shown = text(&query(&french, ".bs-meta time").expect("time"));
    assert!(
        shown.contains("juin"),
        "French month name expected: {shown}"
    );
}

#[wasm_bindgen_test]
async fn rtl_articles_set_dir_on_the_root() {
    let root = mounted(&EVERY_BLOCK.replace("\"en-GB\"", "\"ar\"")).await;
    let article = query(&root, "article.bs-article").expect("article");
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
}
