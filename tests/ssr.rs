#![cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
//! The component tree rendered to an HTML string with Yew's server renderer (the `ssr`
//! feature; `./run test` runs `cargo test --features ssr`). A hostile article, with every
//! text payload of tests/data/xss/payloads.json in its text fields and hostile URLs in its
//! URL fields, must come out as inert HTML: no `<script` anywhere, no event-handler
//! attribute, no `javascript:` (or other non-http(s)/mailto) URL in any attribute, and the
//! payloads present as escaped text. The fuzz target `render_ssr` checks the same on
//! generated articles.

use std::fs;
use std::path::PathBuf;

#[path = "support/demo.rs"]
mod demo;
#[path = "support/xss.rs"]
mod xss;

use serde_json::{json, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The article view of `json` as HTML (panics if the article is rejected).
fn render(json: &str) -> String {
    let parsed =
        broadsheet::load_article(json).unwrap_or_else(|rejected| panic!("rejected: {rejected}"));
    broadsheet::prerender::view_html(parsed.article)
}

/// One start tag: its name and attributes, values with character references decoded.
/// Everything that would make the HTML active (the shared checker).
fn problems(html: &str) -> Vec<String> {
    xss::html_problems(html)
}

fn payloads() -> Value {
    let text =
        fs::read_to_string(root().join("tests/data/xss/payloads.json")).expect("payloads.json");
    serde_json::from_str(&text).expect("payloads.json is JSON")
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().expect("a string").to_owned())
        .collect()
}

/// A Broadsheet v1 article with `t` in its text fields and `u` in its URL fields, with
/// explicit quotes (card, Voices panel) and related stories (carousel) so all components
/// render.
fn hostile_native(t: &str, u: &str) -> String {
    json!({
        "version": 1, "url": u, "headline": t, "standfirst": t, "dateline": t, "byline": t,
        "breadcrumb": [{"name": t, "url": u}, {"name": t, "url": "/ok"}],
        "source": {"name": t, "url": u, "logo": {"src": u, "alt": t}},
        "authors": [{"name": t, "url": u, "role": t}, {"name": t, "url": "/ok"}],
        "editor": {"name": t}, "tags": [t],
        "people": [{"id": "p", "name": t, "role": t, "organization": t, "url": u}],
        "body": [
            {"type": "paragraph", "content": [t, {"type": "link", "href": u, "content": t},
                {"type": "quote", "speaker": "p", "content": t}, {"type": "link", "href": "/ok", "content": t}]},
            {"type": "heading", "content": t},
            {"type": "figure", "image": {"src": u, "alt": t}, "caption": t, "credit": t},
            {"type": "figure", "image": {"src": "/ok.jpg", "srcset": u, "alt": t}, "caption": t, "credit": t},
            {"type": "pullquote", "content": t, "attribution": t},
            {"type": "list", "items": [t, [t]]}
        ],
        "related": [
            {"headline": t, "url": u, "summary": t, "image": {"src": u, "alt": t}, "section": t},
            {"headline": t, "url": "/ok", "summary": t, "image": {"src": u, "alt": t}, "section": t},
            {"headline": t, "url": "/ok2"}
        ],
        "carousel": {"label": t}
    })
    .to_string()
}

fn hostile_jsonld(t: &str, u: &str) -> String {
    json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "description": t,
        "author": {"@type": "Person", "name": t, "url": u}, "publisher": {"name": t, "url": u, "logo": {"url": u}},
        "image": {"@type": "ImageObject", "url": u, "caption": t}, "articleBody": format!("{t}\n\n\u{201c}{t},\u{201d} she said."),
        "keywords": t, "articleSection": t})
    .to_string()
}

#[test]
fn the_inertness_check_can_fail() {
    assert!(problems(r#"<article class="bs-article"><p>&lt;script&gt;</p><img alt="x onerror=y" src="/a.jpg"></article>"#).is_empty());
    assert_eq!(problems("<p><script>x()</script></p>").len(), 2);
    assert_eq!(problems(r#"<img src="x" onerror="x()">"#).len(), 1);
    assert_eq!(
        problems(r#"<a href=" JaVa&#9;script:x">"#.replace("&#9;", "\t").as_str()).len(),
        1
    );
    assert_eq!(problems(r#"<img srcset="/a.png 1x, data:x 2x">"#).len(), 1);
    assert!(!problems("<p>1 < 2</p>").is_empty());
}

#[test]
fn hostile_articles_render_to_inert_html_with_the_payloads_as_text() {
    let payloads = payloads();
    let texts = strings(&payloads["text"]);
    let urls = strings(&payloads["urls"]);
    for (i, t) in texts.iter().enumerate() {
        let u = &urls[i % urls.len()];
        for (format, json) in [
            ("native", hostile_native(t, u)),
            ("JSON-LD", hostile_jsonld(t, u)),
        ] {
            let html = render(&json);
            let found = problems(&html);
            assert!(found.is_empty(), "{format} {t:?} / {u:?}: {found:#?}");
            assert!(html.contains("bs-headline"), "{format}: no headline");
            // A payload with markup shows as text: its '<' arrives escaped.
            if format == "native" && t.starts_with("<img src=x onerror=__xss_canary()>") {
                assert!(
                    html.contains("&lt;img src=x onerror=__xss_canary()&gt;"),
                    "{format}: payload not shown as text"
                );
            }
        }
    }
}

#[test]
fn odd_and_safe_urls_render_as_plain_links() {
    let payloads = payloads();
    for u in strings(&payloads["odd_urls"])
        .iter()
        .chain(&strings(&payloads["safe_urls"]))
    {
        let html = render(&hostile_native("Plain words", u));
        let found = problems(&html);
        assert!(found.is_empty(), "{u:?}: {found:#?}");
    }
    // The safe ones really are rendered (the refusals above are not everything-refused).
    let html = render(&hostile_native(
        "Plain words",
        "https://news.example/a/1?x=1&y=2#frag",
    ));
    assert!(
        html.contains(r#"href="https://news.example/a/1?x=1&amp;y=2#frag""#),
        "{html}"
    );
}

#[test]
fn fixtures_and_the_demo_article_render_to_inert_html() {
    let mut rendered = 0;
    for entry in fs::read_dir(root().join("tests/data/articles")).expect("fixtures") {
        let path = entry.expect("entry").path();
        let html = render(&fs::read_to_string(&path).expect("fixture"));
        assert!(
            problems(&html).is_empty(),
            "{}: {:#?}",
            path.display(),
            problems(&html)
        );
        rendered += 1;
    }
    assert!(rendered >= 5);
    let html = render(demo::demo_json());
    assert!(problems(&html).is_empty(), "demo: {:#?}", problems(&html));
    assert!(html.contains("bs-quote"), "the demo article has quotes");
}
