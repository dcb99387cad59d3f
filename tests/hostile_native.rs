#![cfg(not(target_arch = "wasm32"))]
//! Hostile and broken input, natively: the XSS corpus (tests/data/xss/payloads.json) in
//! every text and URL field of both formats, the resource limits (a 10 MB document, 100,000
//! paragraphs, 10,000 quotes, nesting 10,000 deep, 1 MB strings) with loose time bounds,
//! the regression inputs of the fuzz targets (fuzz/), a scan of src/ for HTML sinks, and a
//! check that docs/security.md lists every limit with its current value. The browser half
//! is tests/hostile.rs; the rendered-HTML half is tests/ssr.rs.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use xss::{browser_scheme, is_forbidden_char};

use broadsheet::model::{
    limits, Article, Block, Image, Inline, ModelError, Parsed, Rejected, SafeUrl,
};

#[path = "support/xss.rs"]
mod xss;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Loose bound for one document through the whole pipeline: generous for an unoptimised
/// build on a busy 2-core machine, tight enough to catch quadratic behaviour (which turns
/// these inputs into minutes).
const BUDGET: Duration = Duration::from_secs(if cfg!(debug_assertions) { 4 } else { 1 });

/// Runs `broadsheet::load_article` (parse, validate, detect quotes) and checks the time.
fn timed_load(what: &str, text: &str) -> Result<Parsed, Rejected> {
    let started = Instant::now();
    let result = broadsheet::load_article(text);
    let took = started.elapsed();
    assert!(
        took < BUDGET,
        "{what}: load_article took {took:?} (budget {BUDGET:?})"
    );
    result
}

fn fatal(what: &str, result: Result<Parsed, Rejected>) -> Vec<ModelError> {
    match result {
        Ok(_) => panic!("{what}: accepted, expected a fatal error"),
        Err(rejected) => {
            assert!(
                !rejected.errors.is_empty(),
                "{what}: rejected without errors"
            );
            rejected.errors
        }
    }
}

fn accepted(what: &str, result: Result<Parsed, Rejected>) -> Parsed {
    result.unwrap_or_else(|rejected| panic!("{what}: rejected: {rejected}"))
}

// ---------------------------------------------------------------------------------------
// Invariants of an accepted article (restated here, independent of the model's code).

/// Every URL of an article with what it is used for: (url, is an image).
fn urls(article: &Article) -> Vec<(String, bool)> {
    fn image(out: &mut Vec<(String, bool)>, image: &Image) {
        out.push((image.src.as_str().to_owned(), true));
        for candidate in image.srcset.iter().flat_map(|srcset| srcset.split(", ")) {
            out.push((candidate.split(' ').next().unwrap_or("").to_owned(), true));
        }
    }
    fn inlines(out: &mut Vec<(String, bool)>, nodes: &[Inline]) {
        for node in nodes {
            match node {
                Inline::Link { href, content } => {
                    out.push((href.as_str().to_owned(), false));
                    inlines(out, content);
                }
                Inline::Emphasis(content) | Inline::Strong(content) => inlines(out, content),
                Inline::Quote(mark) => inlines(out, &mark.content),
                Inline::Text(_) | Inline::LineBreak => {}
            }
        }
    }
    let mut out = Vec::new();
    let link = |url: &Option<SafeUrl>| {
        url.iter()
            .map(|u| (u.as_str().to_owned(), false))
            .collect::<Vec<_>>()
    };
    out.extend(link(&article.canonical_url));
    for crumb in &article.breadcrumb {
        out.extend(link(&crumb.url));
    }
    if let Some(source) = &article.source {
        out.extend(link(&source.url));
        if let Some(logo) = &source.logo {
            image(&mut out, logo);
        }
    }
    for author in &article.authors {
        out.extend(link(&author.url));
    }
    for person in &article.people {
        out.extend(link(&person.url));
    }
    for block in &article.body {
        match block {
            Block::Paragraph(c)
            | Block::Heading { content: c, .. }
            | Block::PullQuote { content: c, .. } => inlines(&mut out, c),
            Block::List { items, .. } => items.iter().for_each(|item| inlines(&mut out, item)),
            Block::Figure(figure) => {
                image(&mut out, &figure.image);
                inlines(&mut out, figure.caption.as_deref().unwrap_or_default());
            }
        }
    }
    for story in &article.related {
        out.push((story.url.as_str().to_owned(), false));
        if let Some(picture) = &story.image {
            image(&mut out, picture);
        }
    }
    out
}

/// Every text of an article that is shown as text.
fn texts(article: &Article) -> Vec<String> {
    fn inlines(out: &mut Vec<String>, nodes: &[Inline]) {
        out.push(Inline::plain_text(nodes));
    }
    let mut out = vec![article.headline.clone()];
    out.extend(
        article
            .standfirst
            .iter()
            .chain(&article.dateline)
            .chain(&article.byline)
            .cloned(),
    );
    out.extend(article.breadcrumb.iter().map(|c| c.name.clone()));
    out.extend(article.source.iter().map(|s| s.name.clone()));
    for author in &article.authors {
        out.push(author.name.clone());
        out.extend(author.role.clone());
    }
    out.extend(article.editor.iter().map(|e| e.name.clone()));
    out.extend(article.tags.iter().cloned());
    for person in &article.people {
        out.push(person.name.clone());
        out.extend(person.role.iter().chain(&person.organization).cloned());
    }
    for block in &article.body {
        match block {
            Block::Paragraph(c) | Block::Heading { content: c, .. } => inlines(&mut out, c),
            Block::PullQuote {
                content,
                attribution,
            } => {
                inlines(&mut out, content);
                out.extend(attribution.clone());
            }
            Block::List { items, .. } => items.iter().for_each(|item| inlines(&mut out, item)),
            Block::Figure(figure) => {
                out.push(figure.image.alt.clone());
                inlines(&mut out, figure.caption.as_deref().unwrap_or_default());
                out.extend(figure.credit.clone());
            }
        }
    }
    for story in &article.related {
        out.push(story.headline.clone());
        out.extend(story.summary.iter().chain(&story.section).cloned());
    }
    out
}

fn assert_safe(what: &str, article: &Article) {
    for (url, is_image) in urls(article) {
        let allowed: &[&str] = if is_image {
            &["http", "https"]
        } else {
            &["http", "https", "mailto"]
        };
        if let Some(scheme) = browser_scheme(&url) {
            assert!(
                allowed.contains(&scheme.as_str()),
                "{what}: kept a {scheme}: URL: {url:?}"
            );
        }
    }
    for text in texts(article) {
        assert!(
            !text.chars().any(is_forbidden_char),
            "{what}: forbidden character kept in {text:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// The XSS corpus.

struct Payloads {
    text: Vec<String>,
    urls: Vec<String>,
    odd_urls: Vec<String>,
    safe_urls: Vec<String>,
    srcset: Vec<String>,
}

fn payloads() -> Payloads {
    let value: Value = serde_json::from_str(&read(&root().join("tests/data/xss/payloads.json")))
        .expect("payloads.json is JSON");
    let list = |key: &str| -> Vec<String> {
        let list: Vec<String> = value[key]
            .as_array()
            .unwrap_or_else(|| panic!("payloads.json: {key} is a list"))
            .iter()
            .map(|v| v.as_str().expect("payloads are strings").to_owned())
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

/// A Broadsheet v1 document with `t` in every text field, `u` in every URL field and `s`
/// in every srcset (the second figure and related story keep a good `src`, so a bad srcset
/// is judged on its own).
fn native_doc(t: &str, u: &str, s: &str) -> String {
    json!({
        "version": 1, "url": u, "headline": t, "standfirst": t, "dateline": t, "byline": t,
        "breadcrumb": [{"name": t, "url": u}],
        "source": {"name": t, "url": u, "logo": {"src": u, "alt": t}},
        "authors": [{"name": t, "url": u, "role": t}, t],
        "editor": {"name": t},
        "tags": [t],
        "people": [{"id": "p", "name": t, "role": t, "organization": t, "url": u}],
        "body": [
            {"type": "paragraph", "content": [t, {"type": "link", "href": u, "content": t},
                {"type": "quote", "speaker": "p", "content": t}, {"type": "em", "content": t}]},
            {"type": "heading", "content": t},
            {"type": "figure", "image": {"src": u, "srcset": s, "alt": t}, "caption": t, "credit": t},
            {"type": "figure", "image": {"src": "/ok.jpg", "srcset": s, "alt": t}, "caption": t},
            {"type": "pullquote", "content": t, "attribution": t},
            {"type": "list", "items": [t, [t, {"type": "strong", "content": t}]]}
        ],
        "related": [
            {"headline": t, "url": u, "summary": t, "image": {"src": u, "alt": t}, "section": t},
            {"headline": t, "url": "/ok", "image": {"src": u, "srcset": s, "alt": t}}
        ],
        "carousel": {"label": t}
    })
    .to_string()
}

/// A schema.org document with `t` in every text property and `u` in every URL property.
fn jsonld_doc(t: &str, u: &str) -> String {
    json!({"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": t, "description": t, "url": u,
         "author": [{"@type": "Person", "name": t, "url": u, "jobTitle": t}, t],
         "editor": t,
         "publisher": {"@type": "Organization", "name": t, "url": u, "logo": {"@type": "ImageObject", "url": u}},
         "image": [{"@type": "ImageObject", "url": u, "caption": t, "creditText": t, "name": t}],
         "articleBody": format!("{t}\n\n{t}"), "keywords": [t], "articleSection": t, "dateline": t},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": t, "item": u},
            {"@type": "ListItem", "position": 2, "item": {"@id": u, "name": t}}]}
    ]})
    .to_string()
}

/// What a text field must read after cleaning: bidi and control characters gone,
/// whitespace collapsed. (The JSON-LD reader also decodes character references.)
fn cleaned(text: &str) -> String {
    let kept: String = text.chars().filter(|c| !is_forbidden_char(*c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn text_payloads_stay_text_in_every_field_of_both_formats() {
    let payloads = payloads();
    for t in &payloads.text {
        let parsed = accepted(t, timed_load(t, &native_doc(t, "/ok", "/ok.jpg 1x")));
        assert_safe(t, &parsed.article);
        let article = &parsed.article;
        assert_eq!(article.headline, cleaned(t), "native headline");
        assert_eq!(article.tags, [cleaned(t)], "native tags");
        assert_eq!(article.people[0].name, cleaned(t), "native person");
        // Nothing was mistaken for markup and dropped: every field is still there.
        assert_eq!(article.breadcrumb.len(), 1, "{t}");
        assert_eq!(article.authors.len(), 2, "{t}");
        assert_eq!(article.related.len(), 2, "{t}");
        assert_eq!(article.body.len(), 6, "{t}: {:?}", parsed.warnings);

        let parsed = accepted(t, timed_load(t, &jsonld_doc(t, "/ok")));
        assert_safe(t, &parsed.article);
        if !t.contains('&') {
            assert_eq!(parsed.article.headline, cleaned(t), "JSON-LD headline");
        }
    }
}

#[test]
fn hostile_urls_are_refused_in_every_url_field_of_both_formats() {
    let payloads = payloads();
    for u in &payloads.urls {
        for (format, text) in [
            ("native", native_doc("Plain", u, u)),
            ("JSON-LD", jsonld_doc("Plain", u)),
        ] {
            let parsed = accepted(u, timed_load(u, &text));
            assert_safe(&format!("{format} {u:?}"), &parsed.article);
            let kept: Vec<_> = urls(&parsed.article)
                .into_iter()
                .filter(|(url, _)| url == u.trim())
                .collect();
            assert!(kept.is_empty(), "{format}: kept {kept:?}");
            let refusals = parsed
                .warnings
                .iter()
                .filter(|w| matches!(w, ModelError::BadUrl { .. }))
                .count();
            assert!(
                refusals >= 3,
                "{format} {u:?}: only {refusals} BadUrl warnings: {:?}",
                parsed.warnings
            );
        }
    }
    for u in &payloads.odd_urls {
        for text in [native_doc("Plain", u, "/ok.jpg 1x"), jsonld_doc("Plain", u)] {
            assert_safe(u, &accepted(u, timed_load(u, &text)).article);
        }
    }
    for s in &payloads.srcset {
        let parsed = accepted(s, timed_load(s, &native_doc("Plain", "/ok", s)));
        assert_safe(s, &parsed.article);
        assert!(urls(&parsed.article)
            .iter()
            .all(|(url, _)| !url.to_ascii_lowercase().contains("script")));
    }
}

#[test]
fn safe_urls_are_kept_so_the_refusals_above_mean_something() {
    for u in &payloads().safe_urls {
        let parsed = accepted(
            u,
            timed_load(u, &native_doc("Plain", u, "/a.jpg 1x, /b.jpg 2x")),
        );
        let kept = urls(&parsed.article)
            .into_iter()
            .filter(|(url, _)| url == u)
            .count();
        // Images do not take mailto: links count 7 fields, images 4 more.
        let expected = if u.starts_with("mailto:") { 7 } else { 11 };
        assert_eq!(kept, expected, "{u}: {:?}", parsed.warnings);
    }
}

#[test]
fn bidi_controls_are_stripped_from_text_and_urls_stay_checked() {
    let parsed = accepted(
        "bidi",
        timed_load(
            "bidi",
            &native_doc("a\u{202e}b\u{2066}c\u{2069}d\u{202c}", "/ok", "/ok.jpg 1x"),
        ),
    );
    assert_eq!(parsed.article.headline, "abcd");
    assert_safe("bidi", &parsed.article);
}

// ---------------------------------------------------------------------------------------
// Resource limits.

fn paragraphs(count: usize, text: &str) -> String {
    let block = json!({"type": "paragraph", "content": text}).to_string();
    let body = vec![block; count].join(",");
    format!(r#"{{"version":1,"headline":"Many","body":[{body}]}}"#)
}

#[test]
fn a_10_mb_document_is_refused_before_parsing() {
    let padding = "x".repeat(10 * 1024 * 1024);
    let text = format!(r#"{{"version":1,"headline":"Big","x":"{padding}"}}"#);
    let errors = fatal("10 MB", timed_load("10 MB", &text));
    assert!(
        matches!(errors[..], [ModelError::TooLarge { bytes }] if bytes == text.len()),
        "{errors:?}"
    );
    // Just under the limit it is read (and the unknown field ignored).
    let padding = "x".repeat(limits::MAX_INPUT_BYTES - 100);
    let text = format!(r#"{{"version":1,"headline":"Big","x":"{padding}"}}"#);
    accepted("5 MiB", timed_load("5 MiB", &text));
}

#[test]
fn a_hundred_thousand_paragraphs_are_refused_and_the_limit_itself_renders() {
    let errors = fatal(
        "100k paragraphs",
        timed_load("100k paragraphs", &paragraphs(100_000, "x")),
    );
    assert!(
        errors.iter().any(|e| matches!(e, ModelError::TooMany { count: 100_000, limit, .. } if *limit == limits::MAX_BODY_BLOCKS)),
        "{errors:?}"
    );
    let at_limit = accepted(
        "at the limit",
        timed_load(
            "at the limit",
            &paragraphs(limits::MAX_BODY_BLOCKS, "Words."),
        ),
    );
    assert_eq!(at_limit.article.body.len(), limits::MAX_BODY_BLOCKS);

    let body = "Paragraph.\n\n".repeat(100_000);
    let jsonld =
        json!({"@type": "NewsArticle", "headline": "Many", "articleBody": body}).to_string();
    let errors = fatal(
        "100k JSON-LD paragraphs",
        timed_load("100k JSON-LD paragraphs", &jsonld),
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, ModelError::TooMany { .. })),
        "{errors:?}"
    );
}

#[test]
fn ten_thousand_quotes_are_detected_and_indexed_in_time() {
    let said = "\u{201c}We will not raise fares this year,\u{201d} Jane Okafor said on Tuesday.";
    let parsed = accepted(
        "10k detected",
        timed_load("10k detected", &paragraphs(10_000, said)),
    );
    let started = Instant::now();
    let index = broadsheet::quotes::index(&parsed.article);
    assert!(
        started.elapsed() < BUDGET,
        "index took {:?}",
        started.elapsed()
    );
    assert_eq!(index.quotes.len(), 10_000);

    // The same number marked by the editor, half of them parts of one split quote.
    let quote = |i: usize| {
        json!({"type": "paragraph", "content": [{"type": "quote", "speaker": "jane",
        "id": if i % 2 == 0 { "split".to_owned() } else { format!("q{i}") }, "content": "\u{201c}Words.\u{201d}"}]})
    };
    let body: Vec<Value> = (0..10_000).map(quote).collect();
    let text = json!({"version": 1, "headline": "Quotes", "quotes": "explicit",
        "people": [{"id": "jane", "name": "Jane Okafor"}], "body": body})
    .to_string();
    let parsed = accepted("10k explicit", timed_load("10k explicit", &text));
    assert_eq!(
        broadsheet::quotes::index(&parsed.article).quotes.len(),
        5_001
    );
}

#[test]
fn pathological_quote_text_stays_within_budget() {
    // Single paragraphs near the text limit, shaped to stress the quote detector: unclosed,
    // nested and alternating marks of every style, and dense attributions.
    let cases = [
        (
            "attributions",
            "\u{201c}Words,\u{201d} said Jane Okafor. ".repeat(3_000),
        ),
        ("open marks", "\u{201c}".repeat(99_000)),
        ("open and close", "\u{201c}\u{201d}".repeat(49_000)),
        ("straight quotes", "\"a\" ".repeat(24_000)),
        ("names", "Jane Okafor ".repeat(8_000)),
        (
            "nested",
            format!(
                "{}{}",
                "\u{201c}\u{2018}".repeat(20_000),
                "\u{2019}\u{201d}".repeat(20_000)
            ),
        ),
        ("guillemets", "\u{ab} a \u{bb} ".repeat(16_000)),
        ("corner brackets", "\u{300c}\u{300e}".repeat(49_000)),
        ("colons", "Jane Okafor told reporters: ".repeat(3_500)),
    ];
    for (what, text) in cases {
        accepted(what, timed_load(what, &paragraphs(1, &text)));
    }
    // A quote left open continues into the next paragraph that opens with a mark: 20,000
    // such paragraphs form one chain.
    let chain = paragraphs(limits::MAX_BODY_BLOCKS, "\u{201c}Still talking");
    accepted("open chain", timed_load("open chain", &chain));
}

/// A document within every limit made of nothing but attributed quotes (5.2 MB, 56
/// paragraphs, 168,000 quotes): detection is linear in it, and only the first
/// `MAX_DETECTED_QUOTES` are highlighted, with a warning that says so.
#[test]
fn a_document_full_of_attributed_quotes_loads_in_time() {
    let dense = "\u{201c}Words,\u{201d} said Jane Okafor. ".repeat(3_000);
    let text = paragraphs(56, &dense);
    assert!(text.len() <= limits::MAX_INPUT_BYTES);
    let started = Instant::now();
    let parsed = accepted("dense", broadsheet::load_article(&text));
    let took = started.elapsed();
    let index = broadsheet::quotes::index(&parsed.article);
    assert_eq!(index.quotes.len(), broadsheet::quotes::MAX_DETECTED_QUOTES);
    assert_eq!(
        index.speakers,
        [(0, broadsheet::quotes::MAX_DETECTED_QUOTES)],
        "every highlighted quote is Jane Okafor's"
    );
    let warning = parsed
        .warnings
        .iter()
        .find(|w| matches!(w, ModelError::QuotesNotHighlighted { .. }))
        .expect("a warning about the quotes left plain");
    assert_eq!(
        warning,
        &ModelError::QuotesNotHighlighted {
            found: 168_000,
            limit: broadsheet::quotes::MAX_DETECTED_QUOTES
        }
    );
    assert!(warning.to_string().starts_with(
        "quotes: 168000 quotes were found automatically; the first 10000 are highlighted"
    ));
    // The text past the limit is all still there, as plain text.
    let plain: usize = parsed
        .article
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph(c) => Inline::plain_text(c).matches("Words,").count(),
            _ => 0,
        })
        .sum();
    assert_eq!(plain, 168_000);
    assert!(took < 3 * BUDGET, "took {took:?} (budget {:?})", 3 * BUDGET);
}

/// Exactly at the limit nothing is left plain and nothing is reported.
#[test]
fn quotes_up_to_the_limit_are_all_highlighted() {
    let dense = "\u{201c}Words,\u{201d} said Jane Okafor. ".repeat(100);
    let text = paragraphs(broadsheet::quotes::MAX_DETECTED_QUOTES / 100, &dense);
    let parsed = accepted("at the limit", broadsheet::load_article(&text));
    assert_eq!(
        broadsheet::quotes::index(&parsed.article).quotes.len(),
        broadsheet::quotes::MAX_DETECTED_QUOTES
    );
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

#[test]
fn nesting_ten_thousand_deep_is_an_error_not_a_stack_overflow() {
    for (what, text) in [
        (
            "arrays",
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        ),
        (
            "objects",
            format!("{}1{}", r#"{"a":"#.repeat(10_000), "}".repeat(10_000)),
        ),
        ("unclosed", "[{\"a\":".repeat(10_000)),
        (
            "in an article",
            format!(
                r#"{{"version":1,"headline":"Deep","x":{}{}}}"#,
                "[".repeat(10_000),
                "]".repeat(10_000)
            ),
        ),
        ("in rich text", {
            let open = r#"{"type":"em","content":["#.repeat(5_000);
            let close = "]}".repeat(5_000);
            format!(
                r#"{{"version":1,"headline":"Deep","body":[{{"type":"paragraph","content":[{open}"x"{close}]}}]}}"#
            )
        }),
    ] {
        let errors = fatal(what, timed_load(what, &text));
        assert!(
            matches!(errors[..], [ModelError::TooDeep { .. }]),
            "{what}: {errors:?}"
        );
    }
    // Just inside the limit, the reader's own recursion (rich text) copes.
    let levels = limits::MAX_DEPTH / 2 - 3;
    let open = r#"{"type":"em","content":["#.repeat(levels);
    let close = "]}".repeat(levels);
    let text = format!(
        r#"{{"version":1,"headline":"Deep","body":[{{"type":"paragraph","content":[{open}"x"{close}]}}]}}"#
    );
    let parsed = accepted("deep but allowed", timed_load("deep but allowed", &text));
    assert_eq!(parsed.article.body.len(), 1);
}

#[test]
fn megabyte_strings_are_refused_where_shown_and_ignored_elsewhere() {
    let big = "word ".repeat(200_000);
    let with = |field: &str| {
        let mut doc = json!({"version": 1, "headline": "Strings", "body": [{"type": "paragraph", "content": "x"}]});
        match field {
            "paragraph" => doc["body"][0]["content"] = json!(big),
            "link" => {
                doc["body"][0]["content"] = json!([{"type": "link", "href": "/x", "content": big}])
            }
            field => doc[field] = json!(big),
        }
        doc.to_string()
    };
    for field in ["headline", "standfirst", "byline", "paragraph", "link"] {
        let errors = fatal(field, timed_load(field, &with(field)));
        assert!(
            errors
                .iter()
                .any(|e| matches!(e, ModelError::TooLong { .. })),
            "{field}: {errors:?}"
        );
    }
    // An unknown field is never read, so its size does not matter (below the input limit).
    accepted(
        "unknown field",
        timed_load("unknown field", &with("x-extra")),
    );
    // A megabyte URL is a refused URL (the link keeps its text), not a fatal error.
    let long_url = format!("https://news.example/{}", "a".repeat(1_000_000));
    let text = json!({"version": 1, "headline": "URL", "body": [{"type": "paragraph",
        "content": [{"type": "link", "href": long_url, "content": "text"}]}]})
    .to_string();
    let parsed = accepted("1 MB URL", timed_load("1 MB URL", &text));
    assert!(urls(&parsed.article).is_empty());
    // JSON-LD: one megabyte-long paragraph of articleBody.
    let jsonld =
        json!({"@type": "NewsArticle", "headline": "Long", "articleBody": big}).to_string();
    let errors = fatal(
        "JSON-LD articleBody",
        timed_load("JSON-LD articleBody", &jsonld),
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, ModelError::TooLong { .. })),
        "{errors:?}"
    );
}

#[test]
fn millions_of_problems_cost_a_bounded_report() {
    // 200,000 inline nodes of a wrong type: each one is a warning, only the first are kept.
    let nodes = vec!["1"; 200_000].join(",");
    let text = format!(
        r#"{{"version":1,"headline":"Noisy","body":[{{"type":"paragraph","content":["ok",{nodes}]}}]}}"#
    );
    let parsed = accepted("noisy", timed_load("noisy", &text));
    assert_eq!(parsed.warnings.len(), limits::MAX_WARNINGS);
    assert_eq!(parsed.omitted_warnings, 200_000 - limits::MAX_WARNINGS);
}

// ---------------------------------------------------------------------------------------
// The fuzz targets' findings, kept as regression tests (see docs/security.md).

/// Inputs the fuzzers found (reduced), each of which once crashed or broke an invariant.
/// They must now load without a panic and keep the invariants.
const FUZZ_REGRESSIONS: &[(&str, &str)] = &[];

#[test]
fn fuzz_regressions_stay_fixed() {
    for (name, text) in FUZZ_REGRESSIONS {
        if let Ok(parsed) = timed_load(name, text) {
            assert_safe(name, &parsed.article);
            let _ = broadsheet::quotes::index(&parsed.article);
        }
    }
}

#[test]
fn seed_documents_of_the_fuzzers_keep_the_invariants() {
    let mut count = 0;
    for dir in ["tests/data/articles", "tests/data/invalid"] {
        for entry in fs::read_dir(root().join(dir)).expect("fixtures") {
            let path = entry.expect("entry").path();
            if let Ok(parsed) = timed_load(&path.display().to_string(), &read(&path)) {
                assert_safe(&path.display().to_string(), &parsed.article);
            }
            count += 1;
        }
    }
    assert!(count > 10, "only {count} fixtures");
}

// ---------------------------------------------------------------------------------------
// No HTML sinks in the source, and the documented limits match the code.

#[test]
fn no_html_sinks_in_src() {
    // Ways to turn a string into markup or code in a Yew/web-sys crate. Comments may name
    // them (to say they are not used); code may not.
    const SINKS: &[&str] = &[
        "inner_html",
        "outer_html",
        "insert_adjacent_html",
        "dangerously",
        "from_html_unchecked",
        "VRaw",
        "srcdoc",
        "src_doc",
        "create_contextual_fragment",
        "DomParser",
        "js_sys::eval",
        "Function::new",
        "write_1(",
        "writeln",
    ];
    fn visit(dir: &Path, found: &mut Vec<String>, files: &mut usize) {
        for entry in fs::read_dir(dir).expect("list src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                visit(&path, found, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                *files += 1;
                for (n, line) in read(&path).lines().enumerate() {
                    let code = line.split("//").next().unwrap_or("");
                    for sink in SINKS {
                        if code.contains(sink) {
                            found.push(format!(
                                "{}:{}: {sink}: {}",
                                path.display(),
                                n + 1,
                                line.trim()
                            ));
                        }
                    }
                }
            }
        }
    }
    let (mut found, mut files) = (Vec::new(), 0);
    visit(&root().join("src"), &mut found, &mut files);
    assert!(files > 20, "scanned only {files} files");
    // The one exception (docs/security.md, guarantee 1): `dom::entities` asks the browser's
    // HTML parser for a named character reference through a detached <textarea>, whose
    // content is parsed as text (RCDATA), and only after checking that what goes in is `&`,
    // ASCII letters and digits, `;`. Its declaration and its one call, nothing more.
    let entities = Path::new("src").join("dom").join("entities.rs");
    let (allowed, rest): (Vec<String>, Vec<String>) = found.into_iter().partition(|line| {
        line.contains(&format!("{}:", entities.display())) && line.contains(": inner_html: ")
    });
    assert_eq!(allowed.len(), 2, "{allowed:#?}");
    let found = rest;
    assert!(
        found.is_empty(),
        "HTML/code sinks in src/:\n{}",
        found.join("\n")
    );
}

/// `20_000` for 20000: how docs/security.md writes a limit's value.
fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[test]
fn security_doc_lists_every_limit_with_its_value() {
    let doc = read(&root().join("docs/security.md"));
    let limits: [(&str, u64); 21] = [
        ("MAX_INPUT_BYTES", limits::MAX_INPUT_BYTES as u64),
        ("MAX_DEPTH", limits::MAX_DEPTH as u64),
        ("MAX_TEXT_CHARS", limits::MAX_TEXT_CHARS as u64),
        ("MAX_BODY_BLOCKS", limits::MAX_BODY_BLOCKS as u64),
        ("MAX_LIST_ITEMS", limits::MAX_LIST_ITEMS as u64),
        ("MAX_PEOPLE", limits::MAX_PEOPLE as u64),
        ("MAX_AUTHORS", limits::MAX_AUTHORS as u64),
        ("MAX_TAGS", limits::MAX_TAGS as u64),
        ("MAX_BREADCRUMB", limits::MAX_BREADCRUMB as u64),
        ("MAX_RELATED", limits::MAX_RELATED as u64),
        ("MAX_URL_LEN", limits::MAX_URL_LEN as u64),
        (
            "MAX_SRCSET_CANDIDATES",
            limits::MAX_SRCSET_CANDIDATES as u64,
        ),
        ("MAX_IMAGE_SIDE", u64::from(limits::MAX_IMAGE_SIDE)),
        ("MIN_AUTOPLAY_MS", u64::from(limits::MIN_AUTOPLAY_MS)),
        ("MAX_AUTOPLAY_MS", u64::from(limits::MAX_AUTOPLAY_MS)),
        ("MAX_WARNINGS", limits::MAX_WARNINGS as u64),
        ("MAX_LIVE_UPDATES", limits::MAX_LIVE_UPDATES as u64),
        ("MAX_REPAIRS", limits::MAX_REPAIRS as u64),
        ("MAX_INLINE_DEPTH", limits::MAX_INLINE_DEPTH as u64),
        ("MAX_TAG_CHARS", limits::MAX_TAG_CHARS as u64),
        (
            "MAX_DETECTED_QUOTES",
            broadsheet::quotes::MAX_DETECTED_QUOTES as u64,
        ),
    ];
    let missing: Vec<String> = limits
        .iter()
        .map(|(name, value)| format!("| `{name}` | `{}` |", grouped(*value)))
        .filter(|row| !doc.contains(row.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/security.md lacks these rows of the limits table:\n{}",
        missing.join("\n")
    );
}
