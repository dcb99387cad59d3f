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
    let long = article_of(2_000);
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
