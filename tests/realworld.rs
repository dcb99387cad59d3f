#![cfg(not(target_arch = "wasm32"))]
//! Real-world JSON-LD shapes, from this project's own small fixtures (one per failure
//! category seen on publishers' pages; `tests/data/realworld/`): articles nested in a
//! WebPage, `@id` references, names in another case, invalid JSON as served, every date
//! shape, HTML and Markdown bodies, walls of text, language names and scripts, relative
//! images and live blogs. The publishers' own blocks are measured by
//! `examples/eval_realworld.rs`, never copied here.

use broadsheet::model::{
    parse_article, parse_article_in, Article, Block, Inline, ModelError, PageContext, Parsed,
};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/data/realworld/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn parsed(text: &str) -> Parsed {
    parse_article(text).unwrap_or_else(|rejected| panic!("refused: {rejected}"))
}

fn paragraphs(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(content) => Some(Inline::plain_text(content)),
            _ => None,
        })
        .collect()
}

#[test]
fn article_nested_in_a_webpage_with_references_and_html_body() {
    let page = PageContext {
        lang: Some("de".into()),
        url: Some("https://harbour.example/news/ferry".into()),
    };
    let parsed = parse_article_in(&fixture("nested-main-entity.jsonld"), &page)
        .unwrap_or_else(|rejected| panic!("refused: {rejected}"));
    let a = &parsed.article;
    assert_eq!(a.headline, "Ferry timetable changes on Monday");
    // "english" is a language name; it wins over the page's lang.
    assert_eq!(a.lang, "en");
    let names: Vec<&str> = a.authors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Ana Lind", "Bo Berg"]);
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2024-03-04T07:15:00+01:00")
    );
    assert_eq!(
        a.updated.as_ref().map(|t| t.iso.as_str()),
        Some("2024-03-04T09:00:00Z")
    );
    let Block::Figure(lead) = &a.body[0] else {
        panic!("lead image from an @list")
    };
    assert_eq!(
        lead.image.src.as_str(),
        "https://harbour.example/img/ferry.jpg"
    );
    // The HTML body became typed blocks: strong text and a safe link, the unsafe link
    // and the script reduced to text or nothing.
    let Block::Paragraph(first) = &a.body[1] else {
        panic!("paragraph")
    };
    assert!(first.contains(&Inline::Strong(vec![Inline::Text("harbour office".into())])));
    assert_eq!(
        paragraphs(a),
        [
            "The harbour office said the first ferry leaves at 6:10.",
            "Read the timetable or this."
        ]
    );
    let Block::Paragraph(second) = &a.body[2] else {
        panic!("paragraph")
    };
    let links: Vec<&str> = second
        .iter()
        .filter_map(|node| match node {
            Inline::Link { href, .. } => Some(href.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(links, ["/timetable"]);
    assert!(parsed
        .warnings
        .iter()
        .any(|w| w.to_string().contains("javascript:alert(1)")));
}

#[test]
fn invalid_json_as_served_is_repaired_with_warnings() {
    let parsed = parsed(&fixture("served-broken.jsonld"));
    let a = &parsed.article;
    assert_eq!(a.headline, "Council votes on \"green\" budget");
    assert_eq!(
        a.standfirst.as_deref(),
        Some("A tab and a line break inside a string")
    );
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2020-01-28T15:28:56+01:00")
    );
    assert_eq!(a.authors.len(), 1);
    let repairs: Vec<String> = parsed
        .warnings
        .iter()
        .filter(|w| matches!(w, ModelError::Syntax { .. }))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        repairs,
        [
            "invalid JSON at line 1, column 1: a comment, removed (repaired)",
            "invalid JSON at line 5, column 33: an unescaped quote inside a string, escaped (repaired)",
            "invalid JSON at line 5, column 39: an unescaped quote inside a string, escaped (repaired)",
            "invalid JSON at line 6, column 24: a raw control character (line break or tab) inside a string, escaped (repaired)",
            "invalid JSON at line 6, column 35: a raw control character (line break or tab) inside a string, escaped (repaired)",
            "invalid JSON at line 9, column 52: a trailing or doubled comma, removed (repaired)",
            // `"keywords": ,}`: the comma goes as trailing, then the missing value is null.
            "invalid JSON at line 10, column 15: a trailing or doubled comma, removed (repaired)",
            "invalid JSON at line 11, column 1: an empty value, read as null (repaired)",
            "invalid JSON at line 12, column 1: a comment, removed (repaired)",
        ]
    );
    // What no repair can read keeps the strict parser's error.
    let refused = parse_article("{\"@type\":\"NewsArticle\" \"headline\" 1}").unwrap_err();
    assert!(
        matches!(
            refused.errors.as_slice(),
            [ModelError::Syntax { line: 1, .. }]
        ),
        "{refused}"
    );
}

#[test]
fn live_blog_updates_newest_first_in_the_body_tail() {
    // `load_article` runs quote detection after parsing, as the widget does.
    let a = broadsheet::load_article(&fixture("live-blog.jsonld"))
        .unwrap_or_else(|rejected| panic!("refused: {rejected}"))
        .article;
    assert_eq!(a.lang, "en-GB");
    let order: Vec<&str> = a
        .live_updates
        .iter()
        .filter_map(|u| u.headline.as_deref())
        .collect();
    // 10:30+01:00 is 09:30 UTC: after 08:00 UTC.
    assert_eq!(order, ["Bridge reopens", "Schools shut", "First warning"]);
    assert!(a.main_body().is_empty());
    assert!(matches!(
        a.update_blocks(&a.live_updates[1]).first(),
        Some(Block::Figure(figure)) if figure.image.src.as_str() == "/img/school.jpg"
    ));
    let bridge = a.update_blocks(&a.live_updates[0]);
    assert_eq!(bridge.len(), 1);
    // Quote detection covers the updates: they are part of the body.
    let Block::Paragraph(content) = &bridge[0] else {
        panic!("paragraph")
    };
    assert!(
        content.iter().any(|node| matches!(node, Inline::Quote(_))),
        "{content:?}"
    );
    // The timeline renders in that order (server rendering needs the `ssr` feature).
    #[cfg(feature = "ssr")]
    {
        let html =
            broadsheet::prerender::article_html(&fixture("live-blog.jsonld")).expect("renders");
        let first = html.find("Bridge reopens").expect("first update");
        let last = html.find("First warning").expect("last update");
        assert!(first < last && html.contains("class=\"bs-live\""), "{html}");
        assert!(html.contains("aria-label=\"Live updates\""), "{html}");
    }
}

#[test]
fn markdown_bodies_basic_iso_dates_and_script_languages() {
    let a = parsed(&fixture("markdown-wall-script.jsonld")).article;
    assert_eq!(a.lang, "ru", "Cyrillic text is not English");
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2018-06-19T05:50:00+09:00")
    );
    assert!(matches!(&a.body[0], Block::Heading { level: 2, .. }));
    let Block::Paragraph(content) = &a.body[1] else {
        panic!("paragraph")
    };
    assert!(content.contains(&Inline::Strong(vec![Inline::Text("открыт".into())])));
    assert!(content
        .iter()
        .any(|node| matches!(node, Inline::Link { href, .. } if href.as_str() == "https://city.example/news")));
}

#[test]
fn bodies_in_parts_and_image_url_lists() {
    let a = parsed(
        r#"{"@type":"NewsArticle","headline":"H","articleBody":["One.","Two.\n\nThree."],
            "image":{"@type":"ImageObject","url":["https://x.example/a.jpg","https://x.example/b.jpg"]}}"#,
    )
    .article;
    assert_eq!(paragraphs(&a), ["One.", "Two.", "Three."]);
    let Block::Figure(lead) = &a.body[0] else {
        panic!("lead image")
    };
    assert_eq!(lead.image.src.as_str(), "https://x.example/a.jpg");
}

#[test]
fn walls_of_text_are_split_at_sentence_ends() {
    let sentence = "The council met on Tuesday to discuss the harbour budget in detail. ";
    let wall = sentence.repeat(60);
    let json = format!(
        r#"{{"@type":"NewsArticle","headline":"H","articleBody":{}}}"#,
        serde_json::to_string(&wall).expect("a string")
    );
    let a = parsed(&json).article;
    let paragraphs = paragraphs(&a);
    assert!(paragraphs.len() > 4, "{}", paragraphs.len());
    assert!(paragraphs.iter().all(|p| p.chars().count() < 1200));
    assert_eq!(paragraphs.join(" "), wall.trim());
    // A wall of HTML with emphasis inside is split too; the emphasis stays whole.
    let html_wall = format!(
        "<p>{}<b>The letter warned:</b> {}</p>",
        sentence.repeat(30),
        sentence.repeat(30)
    );
    let json = format!(
        r#"{{"@type":"NewsArticle","headline":"H","articleBody":{}}}"#,
        serde_json::to_string(&html_wall).expect("a string")
    );
    let a = parsed(&json).article;
    assert!(a.body.len() > 4, "{}", a.body.len());
    let strong = Inline::Strong(vec![Inline::Text("The letter warned:".into())]);
    assert_eq!(
        a.body
            .iter()
            .filter(|block| matches!(block, Block::Paragraph(content) if content.contains(&strong)))
            .count(),
        1
    );
    // No sentence ends: the text stays whole rather than being cut mid-sentence.
    let unbroken = "word ".repeat(400);
    let json = format!(
        r#"{{"@type":"NewsArticle","headline":"H","articleBody":"{}"}}"#,
        unbroken.trim()
    );
    assert_eq!(parsed(&json).article.body.len(), 1);
}

#[test]
fn language_from_names_page_and_script() {
    let lang = |json: &str, page_lang: Option<&str>| {
        let page = PageContext {
            lang: page_lang.map(str::to_string),
            url: None,
        };
        parse_article_in(json, &page)
            .map(|p| p.article.lang)
            .unwrap_or_else(|r| panic!("{r}"))
    };
    let with = |in_language: &str, headline: &str| {
        format!(r#"{{"@type":"NewsArticle","headline":"{headline}","inLanguage":"{in_language}"}}"#)
    };
    let without = |headline: &str| format!(r#"{{"@type":"NewsArticle","headline":"{headline}"}}"#);
    assert_eq!(lang(&with("deutsch, german", "H"), None), "de");
    assert_eq!(lang(&with("en_US", "H"), None), "en-US");
    assert_eq!(lang(&with("English", "H"), Some("fr")), "en");
    assert_eq!(lang(&without("Un titre"), Some("fr-CA")), "fr-CA");
    assert_eq!(lang(&without("東京の新しい駅が開業"), None), "ja");
    assert_eq!(lang(&without("A headline"), None), "en");
}

#[test]
fn dates_only_created_or_modified_and_local_times() {
    let read = |props: &str| {
        let json = format!(r#"{{"@type":"NewsArticle","headline":"H",{props}}}"#);
        let a = parsed(&json).article;
        (a.published.map(|t| t.iso), a.updated.map(|t| t.iso))
    };
    assert_eq!(
        read(r#""dateCreated":"2022-5-3T23:57:00""#),
        (Some("2022-05-03T23:57:00".into()), None)
    );
    assert_eq!(
        read(r#""dateModified":"2022-05-04T03:00:00 UTC""#),
        (None, Some("2022-05-04T03:00:00Z".into()))
    );
    assert_eq!(
        read(r#""datePublished":"11.11.2021""#),
        (Some("2021-11-11".into()), None)
    );
    // Unix timestamps in seconds or milliseconds, and 12-hour clocks with words between.
    assert_eq!(
        read(r#""datePublished":1651234567,"dateModified":1651234567890"#),
        (
            Some("2022-04-29T12:16:07Z".into()),
            Some("2022-04-29T12:16:07.890Z".into())
        )
    );
    assert_eq!(
        read(r#""datePublished":"Thursday, May 5, 2022 - 10:21 pm EDT""#),
        (Some("2022-05-05T22:21:00-04:00".into()), None)
    );
}
