//! Quote detection measured in the browser's wasm engine (run by `./run bench` in release
//! mode; ignored by `./run test`). It prints numbers and asserts nothing about time: a
//! benchmark, not a timed test.
#![cfg(target_arch = "wasm32")]

use broadsheet::model::{Article, Block, Inline};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DEMO_PAGE: &str = include_str!("../index.html");

fn demo_article() -> Article {
    let start =
        DEMO_PAGE.find("id=\"demo-article\">").expect("demo block") + "id=\"demo-article\">".len();
    let end = start
        + DEMO_PAGE[start..]
            .find("</script>")
            .expect("end of demo block");
    broadsheet::model::parse_article(&DEMO_PAGE[start..end].replace("<\\/", "</"))
        .expect("the demo article is valid")
        .article
}

fn word_count(article: &Article) -> usize {
    article
        .body
        .iter()
        .map(|block| match block {
            Block::Paragraph(content) => Inline::plain_text(content).split_whitespace().count(),
            _ => 0,
        })
        .sum()
}

/// The demo article's paragraphs repeated until the body has at least `words` words.
fn article_of(words: usize) -> Article {
    let demo = demo_article();
    let paragraphs: Vec<Block> = demo
        .body
        .iter()
        .filter(|block| matches!(block, Block::Paragraph(_)))
        .cloned()
        .collect();
    let mut article = demo.clone();
    article.body.clear();
    while word_count(&article) < words {
        article.body.extend(paragraphs.iter().cloned());
    }
    article
}

fn median_ms(article: &Article, runs: usize) -> f64 {
    let performance = web_sys::window()
        .and_then(|window| window.performance())
        .expect("performance");
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let input = article.clone();
            let started = performance.now();
            let annotated = broadsheet::quotes::annotate(input);
            let elapsed = performance.now() - started;
            assert!(!annotated.body.is_empty());
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[wasm_bindgen_test]
#[ignore = "benchmark: run by ./run bench"]
fn quote_detection_in_wasm() {
    let demo = demo_article();
    let long = article_of(2_000);
    let demo_ms = median_ms(&demo, 101);
    let long_ms = median_ms(&long, 101);
    console_log!(
        "BENCH quote detection (wasm, median of 101): demo article ({} words) {:.3} ms; {}-word article {:.3} ms (budget 1 ms)",
        word_count(&demo),
        demo_ms,
        word_count(&long),
        long_ms
    );
}
