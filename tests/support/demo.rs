//! The demo article of `index.html`, for the tests and benchmarks that run on it. Included
//! with `#[path]` by tests/model.rs, tests/ssr.rs, tests/wasm_bench.rs and
//! examples/bench_quotes.rs; each uses what it needs.
#![allow(dead_code)]

use broadsheet::model::{Article, Block, Inline};

/// index.html as built into the test or benchmark.
pub const DEMO_PAGE: &str = include_str!("../../index.html");

/// The text of the element with `id="demo-article"` up to its `</script>`: the JSON as
/// written (it writes `</` as `<\/`, which JSON reads as `</`, so it cannot end the element).
pub fn demo_json() -> &'static str {
    let id_at = DEMO_PAGE
        .find("id=\"demo-article\"")
        .expect("index.html has an element with id=\"demo-article\"");
    let start = id_at
        + DEMO_PAGE[id_at..]
            .find('>')
            .expect("end of the opening tag")
        + 1;
    let end = start
        + DEMO_PAGE[start..]
            .find("</script>")
            .expect("the closing </script>");
    &DEMO_PAGE[start..end]
}

/// The demo article, parsed (quotes not yet detected).
pub fn demo_article() -> Article {
    let document = broadsheet::parse_json(demo_json()).expect("the demo article is JSON");
    broadsheet::model::article_from_document(document)
        .expect("the demo article is valid")
        .article
}

/// Words of the article's paragraphs.
pub fn word_count(article: &Article) -> usize {
    article
        .body
        .iter()
        .map(|block| match block {
            Block::Paragraph(content) => Inline::plain_text(content).split_whitespace().count(),
            _ => 0,
        })
        .sum()
}

/// `demo` with its paragraphs repeated until the body has at least `words` words.
pub fn demo_repeated(demo: &Article, words: usize) -> Article {
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
