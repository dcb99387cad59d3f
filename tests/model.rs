#![cfg(not(target_arch = "wasm32"))]
//! The model layer end to end: both input formats field by field, every fatal error and
//! every warning a publisher can see (with its path, and what was dropped or degraded), all
//! problems of a document reported together, the resource limits, URL safety through the
//! whole parser, the demo article (embedded in index.html) and the fixtures under
//! tests/data, and a check that static/article.schema.json agrees with the parser: documents
//! it accepts parse without warnings, and the invalid fixtures give errors or warnings.

#[path = "support/demo.rs"]
mod demo;

use std::fs;
use std::path::{Path, PathBuf};

use broadsheet::model::json::{self, Json};
use broadsheet::model::{
    limits, parse_article, parse_srcset, Article, Block, Inline, ModelError, NodeKind, Parsed,
    QuoteMark, QuoteOrigin, QuotesMode, Rejected, SafeUrl, TextDirection, UrlKind, UrlProblem,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn files(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("listing {dir}: {e}"))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixtures in {dir}");
    out
}

/// The demo article's JSON ([`demo::demo_json`]), checked to sit in a JSON script element.
fn demo_json() -> String {
    let id_at = demo::DEMO_PAGE
        .find("id=\"demo-article\"")
        .expect("index.html has an element with id=\"demo-article\"");
    let tag_start = demo::DEMO_PAGE[..id_at]
        .rfind('<')
        .expect("the opening tag");
    assert!(
        demo::DEMO_PAGE[tag_start..id_at].starts_with("<script type=\"application/json\""),
        "the demo article sits in a JSON script element: {}",
        &demo::DEMO_PAGE[tag_start..id_at]
    );
    demo::demo_json().to_owned()
}

fn messages(problems: &[ModelError]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// A document the parser accepts: the article and its warnings, as the publisher sees them.
fn parse_warned(text: &str) -> (Article, Vec<String>) {
    match parse_article(text) {
        Ok(Parsed {
            article,
            warnings,
            omitted_warnings,
        }) => {
            assert_eq!(omitted_warnings, 0, "{text}");
            (article, messages(&warnings))
        }
        Err(rejected) => panic!("rejected with {:#?}\nin {text}", messages(&rejected.errors)),
    }
}

/// A document the parser accepts without any warning.
fn parse_clean(text: &str) -> Article {
    let (article, warnings) = parse_warned(text);
    assert!(warnings.is_empty(), "warnings {warnings:#?}\nin {text}");
    article
}

/// The one warning of a document accepted with exactly one.
fn warning(text: &str) -> String {
    let (_, warnings) = parse_warned(text);
    assert_eq!(warnings.len(), 1, "{warnings:#?}\nin {text}");
    warnings[0].clone()
}

fn rejected(text: &str) -> Rejected {
    match parse_article(text) {
        Ok(parsed) => panic!("accepted {text}\nas {:?}", parsed.article),
        Err(rejected) => {
            assert!(!rejected.errors.is_empty(), "a rejection names its errors");
            rejected
        }
    }
}

/// The one fatal error of a document rejected for exactly that and nothing else.
fn error(text: &str) -> String {
    let rejected = rejected(text);
    assert!(
        rejected.warnings.is_empty(),
        "{:#?}",
        messages(&rejected.warnings)
    );
    assert_eq!(
        rejected.errors.len(),
        1,
        "{:#?}",
        messages(&rejected.errors)
    );
    rejected.errors[0].to_string()
}

/// A v1 document with the given members added to a valid minimal article.
fn v1(members: &str) -> String {
    if members.is_empty() {
        r#"{"version":1,"headline":"H"}"#.to_string()
    } else {
        format!(r#"{{"version":1,"headline":"H",{members}}}"#)
    }
}

/// A v1 document whose body is the given blocks.
fn body(blocks: &str) -> String {
    v1(&format!(r#""body":[{blocks}]"#))
}

/// A v1 document with one paragraph of the given inline nodes.
fn inline(nodes: &str) -> String {
    body(&format!(r#"{{"type":"paragraph","content":[{nodes}]}}"#))
}

fn paragraph_text(block: &Block) -> String {
    match block {
        Block::Paragraph(content) => Inline::plain_text(content),
        other => panic!("expected a paragraph, got {other:?}"),
    }
}

fn has_link(nodes: &[Inline]) -> bool {
    nodes.iter().any(|node| match node {
        Inline::Link { .. } => true,
        Inline::Emphasis(c) | Inline::Strong(c) => has_link(c),
        Inline::Quote(mark) => has_link(&mark.content),
        Inline::Text(_) | Inline::LineBreak => false,
    })
}

fn quotes_in(nodes: &[Inline], out: &mut Vec<QuoteMark>) {
    for node in nodes {
        match node {
            Inline::Quote(mark) => out.push(mark.clone()),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => {
                quotes_in(c, out)
            }
            Inline::Text(_) | Inline::LineBreak => {}
        }
    }
}

fn all_quotes(article: &Article) -> Vec<QuoteMark> {
    let mut out = Vec::new();
    for block in &article.body {
        match block {
            Block::Paragraph(c)
            | Block::Heading { content: c, .. }
            | Block::PullQuote { content: c, .. } => quotes_in(c, &mut out),
            Block::Figure(f) => quotes_in(f.caption.as_deref().unwrap_or(&[]), &mut out),
            Block::List { items, .. } => items.iter().for_each(|i| quotes_in(i, &mut out)),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// The demo article and the fixtures

#[test]
fn demo_article_parses_with_everything_it_shows() {
    let article = parse_clean(&demo_json());
    assert_eq!(
        article.headline,
        "Night ferry to Serin Island returns after three decades"
    );
    assert_eq!(article.lang, "en");
    assert_eq!(article.dir, TextDirection::Ltr);
    let crumbs: Vec<_> = article.breadcrumb.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        crumbs,
        ["News", "City", "Night ferry to Serin Island returns"]
    );
    assert!(article.breadcrumb[2].url.is_none());
    let source = article.source.as_ref().expect("source");
    assert_eq!(source.name, "The Meridian Post");
    let logo = source.logo.as_ref().expect("logo");
    assert_eq!(logo.src.as_str(), "static/images/logo.svg");
    assert_eq!((logo.width, logo.height), (Some(220), Some(32)));
    assert_eq!(
        article.published.as_ref().map(|t| t.iso.as_str()),
        Some("2025-05-13T18:30:00+08:00")
    );
    assert_eq!(article.authors.len(), 2);
    let editor = article.editor.as_ref().expect("editor");
    assert_eq!(
        (editor.name.as_str(), editor.lang.as_deref()),
        ("王小明", Some("zh"))
    );
    assert_eq!(article.related.len(), 6);
    let mut images: Vec<&str> = Vec::new();
    for related in &article.related {
        let image = related.image.as_ref().expect("related image");
        images.push(image.src.as_str());
        assert!(related.section.is_some() && related.published.is_some());
        // The files the demo points at exist and declare their size.
        let svg = read(&root().join(image.src.as_str()));
        assert!(
            svg.contains("viewBox") && svg.contains("width=\"320\""),
            "{}",
            image.src
        );
    }
    images.sort();
    let expected: Vec<String> = (1..=6)
        .map(|n| format!("static/images/related-{n}.svg"))
        .collect();
    assert_eq!(images, expected);
    let Block::Figure(lead) = &article.body[0] else {
        panic!("the demo starts with its lead figure")
    };
    assert_eq!(lead.image.src.as_str(), "static/images/lead.svg");
    assert_eq!(
        (lead.image.width, lead.image.height),
        (Some(1200), Some(675))
    );
    assert_eq!(
        lead.credit.as_deref(),
        Some("PHOTO: MEI LING TAN/The Meridian Post")
    );
    assert!(lead.caption.is_some());
    for svg in ["static/images/lead.svg", "static/images/logo.svg"] {
        assert!(read(&root().join(svg)).contains("viewBox"));
    }
    let paragraphs = article
        .body
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(_)))
        .count();
    assert!(paragraphs >= 12, "{paragraphs} paragraphs");

    // Editor-marked quotes: one split quote per speaker, the second part inheriting it.
    let quotes = all_quotes(&article);
    let ids: Vec<_> = quotes.iter().map(|q| q.quote_id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "lim-statement",
            "lim-statement",
            "nair-reliable",
            "nair-reliable"
        ]
    );
    let speakers: Vec<_> = quotes
        .iter()
        .map(|q| article.people[q.speaker.expect("speaker")].name.as_str())
        .collect();
    assert_eq!(
        speakers,
        ["Henry Lim", "Henry Lim", "Priya Nair", "Priya Nair"]
    );
    assert!(quotes.iter().all(|q| q.origin == QuoteOrigin::Editor));
}

#[test]
fn the_documented_example_is_complete_and_valid() {
    let doc = read(&root().join("docs/article-format.md"));
    let section = doc
        .split("## A complete example")
        .nth(1)
        .expect("example section");
    let example = section
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("json block");
    let article = parse_clean(example);
    assert_eq!(article.editor.and_then(|e| e.lang).as_deref(), Some("zh"));
    let value = json::parse(example).expect("JSON");
    let schema = Schema::load();
    assert_eq!(schema.errors(&value), Vec::<String>::new());
    let members = schema
        .root
        .get("properties")
        .and_then(Json::as_object)
        .expect("properties");
    for (name, _) in members {
        assert!(value.get(name).is_some(), "the example lacks {name}");
        assert!(
            doc.contains(&format!("| `{name}` |")),
            "the member table lacks {name}"
        );
    }
}

#[test]
fn demo_json_is_safe_inside_its_script_element() {
    let demo = demo_json();
    // Inside <script>, "</" could end the element (or open a comment) early: the JSON
    // writes it as "<\/", which JSON reads back as "</".
    assert!(!demo.contains("</"), "write </ as <\\/ in the demo JSON");
    assert!(!demo.contains("<!--"));
    let value = json::parse(&demo).expect("the demo is JSON");
    assert_eq!(value.get("version").and_then(Json::as_f64), Some(1.0));
}

#[test]
fn every_fixture_parses() {
    // Native fixtures are valid documents: no warnings either. The schema.org ones carry
    // deliberate mistakes; their warnings are checked in the JSON-LD tests below.
    for path in files("tests/data/articles", &["json", "jsonld"]) {
        let text = read(&path);
        match parse_article(&text) {
            Ok(parsed) if path.extension().is_some_and(|e| e == "json") => assert!(
                parsed.warnings.is_empty(),
                "{}: {:#?}",
                path.display(),
                messages(&parsed.warnings)
            ),
            Ok(_) => {}
            Err(rejected) => panic!("{}: {rejected}", path.display()),
        }
    }
}

/// Each invalid fixture lists the fatal errors and the warnings it must give, in order.
#[test]
fn invalid_fixtures_give_their_expected_problems() {
    let list = |doc: &Json, key: &str| -> Vec<String> {
        doc.get(key)
            .and_then(Json::as_array)
            .unwrap_or_else(|| panic!("{key}"))
            .iter()
            .map(|m| m.as_str().expect("a message").to_string())
            .collect()
    };
    for path in files("tests/data/invalid", &["json"]) {
        let text = read(&path);
        let doc = json::parse(&text).expect("fixture is JSON");
        let (expected_errors, expected_warnings) = (
            list(&doc, "x-expected-errors"),
            list(&doc, "x-expected-warnings"),
        );
        assert!(
            !expected_errors.is_empty() || !expected_warnings.is_empty(),
            "{}: an invalid fixture has at least one problem",
            path.display()
        );
        let (errors, warnings) = match parse_article(&text) {
            Ok(parsed) => (Vec::new(), messages(&parsed.warnings)),
            Err(rejected) => (messages(&rejected.errors), messages(&rejected.warnings)),
        };
        assert_eq!(errors, expected_errors, "{}", path.display());
        assert_eq!(warnings, expected_warnings, "{}", path.display());
    }
}

// ---------------------------------------------------------------------------------------
// Broadsheet v1, field by field

#[test]
fn every_field_fixture() {
    let a = parse_clean(&read(&root().join("tests/data/articles/every-field.json")));
    assert_eq!(a.id.as_deref(), Some("fixture-every-field"));
    assert_eq!(a.lang, "en-GB");
    assert_eq!(a.dir, TextDirection::Auto);
    assert_eq!(
        a.canonical_url.as_ref().map(SafeUrl::as_str),
        Some("https://news.example/a/every-field")
    );
    assert_eq!(a.breadcrumb.len(), 3);
    assert_eq!(a.breadcrumb[0].url.as_ref().map(SafeUrl::as_str), Some("/"));
    assert_eq!(a.headline, "Every field of the format");
    assert_eq!(
        a.standfirst.as_deref(),
        Some("A fixture that uses each field once.")
    );
    let source = a.source.as_ref().expect("source");
    assert_eq!(
        source.url.as_ref().map(SafeUrl::as_str),
        Some("//news.example/")
    );
    let logo = source.logo.as_ref().expect("logo");
    assert_eq!(
        logo.alt, "News Example",
        "a logo's alt defaults to the source name"
    );
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2024-02-29T23:59:59.5Z")
    );
    assert_eq!(
        a.published.as_ref().and_then(|t| t.display.as_deref()),
        None
    );
    assert_eq!(
        a.updated.as_ref().map(|t| t.iso.as_str()),
        Some("2024-03-01")
    );
    assert_eq!(a.dateline.as_deref(), Some("LONDON"));
    let authors: Vec<_> = a
        .authors
        .iter()
        .map(|x| (x.name.as_str(), x.role.as_deref()))
        .collect();
    assert_eq!(
        authors,
        [
            ("Sam Writer", None),
            ("Alex Reporter", Some("Reporter")),
            ("Jo", None)
        ]
    );
    assert_eq!(
        a.authors[1].url.as_ref().map(SafeUrl::as_str),
        Some("https://news.example/alex")
    );
    assert_eq!(a.byline.as_deref(), Some("By Sam Writer and Alex Reporter"));
    assert_eq!(
        a.editor.as_ref().map(|e| (e.name.as_str(), e.lang.clone())),
        Some(("Chris Editor", None))
    );
    assert_eq!(a.tags, ["One", "Two words"]);
    assert_eq!(a.people.len(), 2);
    assert_eq!(a.people[0].organization.as_deref(), Some("City of Example"));
    assert_eq!(
        a.people[0].url.as_ref().map(SafeUrl::as_str),
        Some("https://example.org/ana")
    );
    assert_eq!(a.quotes, QuotesMode::Explicit);
    assert_eq!(a.carousel.label.as_deref(), Some("Read next"));
    assert!(a.carousel.wrap);
    assert_eq!(a.carousel.autoplay_ms, Some(5000));
    assert_eq!(a.related.len(), 2);
    assert_eq!(
        a.related[0].image.as_ref().map(|i| i.alt.as_str()),
        Some("Alt text")
    );
    assert_eq!(a.related[0].section.as_deref(), Some("World"));
    assert_eq!(
        a.related[0].published.as_ref().map(|t| t.iso.as_str()),
        Some("2024-02-28T10:00:00-05:00")
    );
    assert_eq!(a.related[1].url.as_str(), "/r/2");
    assert_eq!(a.related[1].image, None);

    // Body: the blank paragraph is dropped, everything else is kept in order.
    let kinds: Vec<&str> = a
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph(_) => "p",
            Block::Heading { .. } => "h",
            Block::Figure(_) => "figure",
            Block::PullQuote { .. } => "pullquote",
            Block::List { .. } => "list",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "figure",
            "p",
            "p",
            "p",
            "p",
            "p",
            "h",
            "h",
            "h",
            "pullquote",
            "pullquote",
            "list",
            "list",
            "figure"
        ]
    );
    let Block::Figure(figure) = &a.body[0] else {
        unreachable!()
    };
    assert_eq!(
        figure.image.srcset.as_deref(),
        Some("https://img.example/lead-480.jpg 480w, https://img.example/lead-960.jpg 960w")
    );
    assert_eq!(
        figure.caption,
        Some(vec![Inline::Text("The square at night.".into())])
    );
    assert_eq!(
        figure.credit.as_deref(),
        Some("PHOTO: A. PHOTOGRAPHER/Agency")
    );
    let Block::Figure(last) = &a.body[13] else {
        unreachable!()
    };
    assert_eq!(last.image.alt, "");
    assert_eq!(last.image.srcset.as_deref(), Some("pic.png, pic@2x.png 2x"));

    let Block::Paragraph(inlines) = &a.body[1] else {
        unreachable!()
    };
    assert_eq!(
        inlines,
        &vec![
            Inline::Text("Plain string, a text node, ".into()),
            Inline::Emphasis(vec![
                Inline::Text("emphasis with ".into()),
                Inline::Strong(vec![Inline::Text("strong".into())]),
            ]),
            Inline::Text(", ".into()),
            Inline::Link {
                href: SafeUrl::parse("https://example.org/report").expect("url"),
                content: vec![Inline::Emphasis(vec![Inline::Text("a link".into())])],
            },
            Inline::LineBreak,
            Inline::Text("and after a line break.".into()),
        ]
    );
    let levels: Vec<u8> = a
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .collect();
    assert_eq!(levels, [2, 3, 4]);
    match &a.body[9] {
        Block::PullQuote { attribution, .. } => {
            assert_eq!(attribution.as_deref(), Some("Ana Pérez"))
        }
        other => panic!("{other:?}"),
    }
    match &a.body[11] {
        Block::List { ordered, items } => {
            assert!(*ordered);
            assert_eq!(items.len(), 2, "the blank item is dropped");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&a.body[12], Block::List { ordered: false, .. }));

    // Quotes: "q-1" is the editor's own id (split over two paragraphs and a third span),
    // so the unnamed quotes are numbered around it.
    let quotes = all_quotes(&a);
    let summary: Vec<(&str, Option<usize>)> = quotes
        .iter()
        .map(|q| (q.quote_id.as_str(), q.speaker))
        .collect();
    assert_eq!(
        summary,
        [
            ("q-1", Some(0)),
            ("q-1", Some(0)),
            ("q-2", None),
            ("q-3", Some(1)),
            ("q-1", Some(0))
        ]
    );
}

#[test]
fn defaults_of_a_minimal_article() {
    let a = parse_clean(&v1(""));
    assert_eq!(a.lang, "en");
    assert_eq!(a.dir, TextDirection::Ltr);
    assert_eq!(a.quotes, QuotesMode::Auto);
    assert_eq!(a.carousel.label, None);
    assert!(!a.carousel.wrap);
    assert_eq!(a.carousel.autoplay_ms, None);
    assert!(a.body.is_empty() && a.related.is_empty() && a.people.is_empty() && a.tags.is_empty());
    assert_eq!(
        (a.id, a.source, a.published, a.editor),
        (None, None, None, None)
    );
}

#[test]
fn nulls_count_as_absent() {
    let a = parse_clean(&read(
        &root().join("tests/data/articles/nulls-and-strings.json"),
    ));
    assert_eq!(a.lang, "en");
    assert_eq!(a.authors[0].name, "Only A. Name");
    assert_eq!(
        a.editor.as_ref().map(|e| e.name.as_str()),
        Some("Plain Editor")
    );
    assert_eq!(a.quotes, QuotesMode::Off);
    assert_eq!(a.carousel.autoplay_ms, None);
    assert_eq!(
        error(r#"{"version":1,"headline":null}"#),
        "headline: required field is missing"
    );
}

#[test]
fn direction_follows_language() {
    for (lang, dir) in [
        ("ar", TextDirection::Rtl),
        ("he-IL", TextDirection::Rtl),
        ("fa", TextDirection::Rtl),
        ("ur", TextDirection::Rtl),
        ("en", TextDirection::Ltr),
        ("zh-Hant", TextDirection::Ltr),
    ] {
        let a = parse_clean(&v1(&format!(r#""lang":"{lang}""#)));
        assert_eq!(a.dir, dir, "{lang}");
    }
    let explicit = parse_clean(&v1(r#""lang":"ar","dir":"ltr""#));
    assert_eq!(explicit.dir, TextDirection::Ltr, "an explicit dir wins");
    let fixture = parse_clean(&read(&root().join("tests/data/articles/rtl-arabic.json")));
    assert_eq!(fixture.dir, TextDirection::Rtl);
    assert_eq!(fixture.standfirst.as_deref(), Some("نص مع علامات اتجاه"));
    // A bad dir falls back to the language's direction.
    let (a, _) = parse_warned(&v1(r#""lang":"he","dir":"RTL""#));
    assert_eq!(a.dir, TextDirection::Rtl);
}

#[test]
fn text_is_cleaned_everywhere() {
    let a = parse_clean(
        r#"{"version":1,"headline":" A\u202e\u2066 b \n c\u2069 ","dateline":"\tX\u0000Y ",
            "authors":[" Jane \u202d Doe "],"tags":["  t  "],
            "people":[{"id":" p ","name":"N\u202aM"}],
            "body":[{"type":"paragraph","content":["  one  ",{"type":"em","content":"  two  "},"  three\u202e  "]}]}"#,
    );
    assert_eq!(a.headline, "A b c");
    assert_eq!(a.dateline.as_deref(), Some("XY"));
    assert_eq!(a.authors[0].name, "Jane Doe");
    assert_eq!(a.tags, ["t"]);
    assert_eq!(
        (a.people[0].id.as_str(), a.people[0].name.as_str()),
        ("p", "NM")
    );
    assert_eq!(paragraph_text(&a.body[0]), "one two three");
}

#[test]
fn quotes_ids_and_speakers() {
    let people = r#""people":[{"id":"a","name":"A"},{"id":"b","name":"B"}]"#;
    let doc = v1(&format!(
        r#"{people},"body":[
        {{"type":"paragraph","content":[{{"type":"quote","content":"one"}},{{"type":"quote","id":"q-2","content":"two"}}]}},
        {{"type":"paragraph","content":[{{"type":"quote","speaker":"b","content":"three"}}]}},
        {{"type":"list","items":[[{{"type":"quote","id":"split","content":"four"}}]]}},
        {{"type":"figure","image":{{"src":"a.jpg","alt":""}},"caption":[{{"type":"quote","id":"split","speaker":"a","content":"five"}}]}}]"#
    ));
    let a = parse_clean(&doc);
    let quotes: Vec<(String, Option<usize>)> = all_quotes(&a)
        .into_iter()
        .map(|q| (q.quote_id, q.speaker))
        .collect();
    assert_eq!(
        quotes,
        [
            ("q-1".to_string(), None),
            ("q-2".to_string(), None),
            ("q-3".to_string(), Some(1)),
            ("split".to_string(), Some(0)),
            ("split".to_string(), Some(0)),
        ]
    );
    // Two parts of one quote naming different speakers: reported, and the later part takes
    // the first speaker like the others.
    let (a, warnings) = parse_warned(&v1(&format!(
        r#"{people},"body":[{{"type":"paragraph","content":[{{"type":"quote","id":"x","speaker":"a","content":"1"}},{{"type":"quote","id":"x","speaker":"b","content":"2"}}]}}]"#
    )));
    assert_eq!(
        warnings,
        ["body[0].content[1].id: quote \"x\" has speaker \"b\" here but \"a\" at body[0].content[0].id; all parts of a split quote need the same speaker"]
    );
    let speakers: Vec<_> = all_quotes(&a).iter().map(|q| q.speaker).collect();
    assert_eq!(speakers, [Some(0), Some(0)]);
}

// ---------------------------------------------------------------------------------------
// Fatal problems: the article is not shown

/// Every fatal problem of the v1 reader, alone in its document.
#[test]
fn fatal_problems_and_their_messages() {
    let cases: Vec<(String, &str)> = vec![
        ("{\"version\": 1,\n \"headline\": \"H\",,}".into(), "invalid JSON at line 2, column 18: expected a member name in double quotes"),
        ("".into(), "invalid JSON at line 1, column 1: unexpected end of input, expected a value"),
        ("\"an article\"".into(), "expected article data as a JSON object, got a string"),
        ("null".into(), "expected article data as a JSON object, got null"),
        ("42".into(), "expected article data as a JSON object, got a number"),
        ("[1,2]".into(), "unrecognised article data: expected Broadsheet article JSON (with \"version\": 1) or a schema.org NewsArticle"),
        (r#"{"headline":"no version"}"#.into(), "unrecognised article data: expected Broadsheet article JSON (with \"version\": 1) or a schema.org NewsArticle"),
        (r#"{"version":"1","headline":"H"}"#.into(), "version: expected a number, got a string"),
        (r#"{"version":null,"headline":"H"}"#.into(), "version: required field is missing"),
        (r#"{"version":2,"headline":"H"}"#.into(), "version: unsupported version 2, this widget reads version 1"),
        (r#"{"version":1.5,"headline":"H"}"#.into(), "version: unsupported version 1.5, this widget reads version 1"),
        (r#"{"version":1}"#.into(), "headline: required field is missing"),
        (r#"{"version":1,"headline":""}"#.into(), "headline: must not be empty"),
        (r#"{"version":1,"headline":" \u202e\n "}"#.into(), "headline: must not be empty"),
        (r#"{"version":1,"headline":7}"#.into(), "headline: expected a string, got a number"),
        (r#"{"version":1,"headline":["H"]}"#.into(), "headline: expected a string, got an array"),
        (r#"{"@context":"https://schema.org","@type":"Recipe","name":"Soup"}"#.into(), "@type: no schema.org article found: expected a node whose @type is NewsArticle, Article, BlogPosting or another Article type"),
        (r#"{"@type":"NewsArticle","datePublished":"2024-01-01"}"#.into(), "headline: required field is missing (schema.org NewsArticle: headline or name)"),
    ];
    for (doc, expected) in cases {
        assert_eq!(error(&doc), expected, "{doc}");
    }
    // A document of another version is not read any further: its fields follow other rules.
    let other_version = rejected(r#"{"version":2,"url":"javascript:x","body":{}}"#);
    assert_eq!(other_version.errors.len(), 1);
    assert!(other_version.warnings.is_empty());
    assert_eq!(
        parse_article("[1,2]")
            .map(|p| p.article)
            .unwrap_err()
            .errors,
        [ModelError::UnknownFormat]
    );
}

/// What the error box shows: the fatal errors, five at most, then a count.
#[test]
fn rejection_summary() {
    assert_eq!(
        rejected(r#"{"version":1}"#).to_string(),
        "headline: required field is missing"
    );
    let long = "x".repeat(limits::MAX_TEXT_CHARS + 1);
    let many = rejected(&format!(
        r#"{{"version":1,"standfirst":"{long}","dateline":"{long}","byline":"{long}","tags":["{long}","{long}","{long}"]}}"#
    ));
    assert_eq!(many.errors.len(), 7);
    assert_eq!(
        many.to_string(),
        "7 problems: headline: required field is missing; \
         standfirst: text is longer than the limit of 100000 characters; \
         dateline: text is longer than the limit of 100000 characters; \
         byline: text is longer than the limit of 100000 characters; \
         tags[0]: text is longer than the limit of 100000 characters; and 2 more"
    );
}

// ---------------------------------------------------------------------------------------
// Non-fatal problems: the part is dropped or degraded, with a warning

/// Every warning of the v1 reader, with its path, alone in an otherwise valid document.
#[test]
fn warning_messages_and_paths() {
    let cases: Vec<(String, &str)> = vec![
        (v1(r#""id":[]"#), "id: expected a string, got an array"),
        (v1(r#""lang":"en_US""#), "lang: expected a language tag like \"en\" or \"zh-Hant\", got \"en_US\""),
        (v1(r#""lang":1"#), "lang: expected a string, got a number"),
        (v1(r#""dir":"RTL""#), "dir: expected one of \"ltr\", \"rtl\", \"auto\", got \"RTL\""),
        (v1(r#""url":"javascript:alert(1)""#), "url: expected an http(s), mailto or relative URL, got \"javascript:alert(1)\""),
        (v1(r#""url":true"#), "url: expected a URL string, got a boolean"),
        (v1(r#""breadcrumb":{}"#), "breadcrumb: expected an array, got an object"),
        (v1(r#""breadcrumb":["Home"]"#), "breadcrumb[0]: expected an object, got a string"),
        (v1(r#""breadcrumb":[{"url":"/"}]"#), "breadcrumb[0].name: required field is missing"),
        (v1(r#""breadcrumb":[{"name":"N","url":"data:x"}]"#), "breadcrumb[0].url: expected an http(s), mailto or relative URL, got \"data:x\""),
        (v1(r#""standfirst":{}"#), "standfirst: expected a string, got an object"),
        (v1(r#""source":"Paper""#), "source: expected an object, got a string"),
        (v1(r#""source":{"url":"/"}"#), "source.name: required field is missing"),
        (v1(r#""source":{"name":"P","url":"ftp://p.example"}"#), "source.url: expected an http(s), mailto or relative URL, got \"ftp://p.example\""),
        (v1(r#""source":{"name":"P","logo":{"src":"data:image/png;base64,AA=="}}"#), "source.logo.src: expected an http(s) or relative URL, got \"data:image/png;base64,AA==\""),
        (v1(r#""published":"2024-05-01 10:00""#), "published: expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got \"2024-05-01 10:00\""),
        (v1(r#""updated":"2024-05-01T10:00:00""#), "updated: \"2024-05-01T10:00:00\" has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\""),
        (v1(r#""published":"2024-13-01""#), "published: month 13 is out of range in \"2024-13-01\""),
        (v1(r#""published":20240501"#), "published: expected a date string, got a number"),
        (v1(r#""dateline":false"#), "dateline: expected a string, got a boolean"),
        (v1(r#""authors":"Jane""#), "authors: expected an array, got a string"),
        (v1(r#""authors":[{"name":42}]"#), "authors[0].name: expected a string, got a number"),
        (v1(r#""authors":[""]"#), "authors[0]: must not be empty"),
        (v1(r#""authors":[3]"#), "authors[0]: expected a string or an object, got a number"),
        (v1(r#""authors":[{"name":"A","url":"vbscript:x"}]"#), "authors[0].url: expected an http(s), mailto or relative URL, got \"vbscript:x\""),
        (v1(r#""byline":1"#), "byline: expected a string, got a number"),
        (v1(r#""editor":["x"]"#), "editor: expected a string or an object, got an array"),
        (v1(r#""editor":{"name":"E","lang":"Chinese!"}"#), "editor.lang: expected a language tag like \"en\" or \"zh-Hant\", got \"Chinese!\""),
        (v1(r#""editor":" ""#), "editor: must not be empty"),
        (v1(r#""editor":{"lang":"zh"}"#), "editor.name: required field is missing"),
        (v1(r#""tags":[1]"#), "tags[0]: expected a string, got a number"),
        (v1(r#""tags":"a,b""#), "tags: expected an array, got a string"),
        (v1(r#""people":[{"name":"A"}]"#), "people[0].id: required field is missing"),
        (v1(r#""people":[{"id":"a"}]"#), "people[0].name: required field is missing"),
        (v1(r#""people":[{"id":"a","name":"A"},{"id":"a","name":"B"}]"#), "people[1].id: duplicate person id \"a\" (already used by people[0])"),
        (v1(r#""people":[{"id":"a","name":"A","url":"javascript:x"}]"#), "people[0].url: expected an http(s), mailto or relative URL, got \"javascript:x\""),
        (v1(r#""quotes":"all""#), "quotes: expected one of \"auto\", \"explicit\", \"off\", got \"all\""),
        (v1(r#""carousel":[]"#), "carousel: expected an object, got an array"),
        (v1(r#""carousel":{"label":5}"#), "carousel.label: expected a string, got a number"),
        (v1(r#""carousel":{"wrap":"yes"}"#), "carousel.wrap: expected true or false, got a string"),
        (v1(r#""carousel":{"autoplay":"5s"}"#), "carousel.autoplay: expected a number of milliseconds, got a string"),
        (v1(r#""carousel":{"autoplay":1999}"#), "carousel.autoplay: expected a whole number of milliseconds from 2000 to 600000 (or 0 for none), got 1999"),
        (v1(r#""carousel":{"autoplay":2500.5}"#), "carousel.autoplay: expected a whole number of milliseconds from 2000 to 600000 (or 0 for none), got 2500.5"),
        (v1(r#""related":[{"url":"/a"}]"#), "related[0].headline: required field is missing"),
        (v1(r#""related":[{"headline":"R"}]"#), "related[0].url: required field is missing"),
        (v1(r#""related":[{"headline":"R","url":"javascript:x"}]"#), "related[0].url: expected an http(s), mailto or relative URL, got \"javascript:x\""),
        (v1(r#""related":[{"headline":"R","url":"/a","image":{"src":"/i.jpg","width":0}}]"#), "related[0].image.width: expected a whole number of pixels from 1 to 100000, got 0"),
        (v1(r#""related":[{"headline":"R","url":"/a","image":{"src":"/i.jpg","height":"90"}}]"#), "related[0].image.height: expected a number, got a string"),
        (v1(r#""related":[{"headline":"R","url":"/a","image":{"src":"mailto:a@b.c"}}]"#), "related[0].image.src: expected an http(s) or relative URL, got \"mailto:a@b.c\""),
        (v1(r#""related":[{"headline":"R","url":"/a","published":"yesterday"}]"#), "related[0].published: expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got \"yesterday\""),
        (v1(r#""body":{}"#), "body: expected an array, got an object"),
        (body(r#""text""#), "body[0]: expected an object, got a string"),
        (body(r#"{"content":"x"}"#), "body[0].type: required field is missing"),
        (body(r#"{"type":3}"#), "body[0].type: expected a string, got a number"),
        (body(r#"{"type":"paragraph","content":"a"},{"type":"paragraph","content":"b"},{"type":"paragraph","content":"c"},{"type":"video"}"#), "body[3].type: unknown block type \"video\" (expected paragraph, heading, figure, pullquote or list)"),
        (body(r#"{"type":"paragraph"}"#), "body[0].content: required field is missing"),
        (body(r#"{"type":"paragraph","content":5}"#), "body[0].content: expected a string or an array of inline nodes, got a number"),
        (inline("5"), "body[0].content[0]: expected a string or an inline node object, got a number"),
        (inline("null"), "body[0].content[0]: expected a string or an inline node object, got null"),
        (inline(r#"{"text":"x"}"#), "body[0].content[0].type: required field is missing"),
        (inline(r#"{"type":"span","content":"x"}"#), "body[0].content[0].type: unknown inline type \"span\" (expected text, em, strong, link, br or quote)"),
        (inline(r#"{"type":"text"}"#), "body[0].content[0].text: required field is missing"),
        (inline(r#"{"type":"text","text":1}"#), "body[0].content[0].text: expected a string, got a number"),
        (inline(r#"{"type":"em"}"#), "body[0].content[0].content: required field is missing"),
        (inline(r#"{"type":"strong","content":{}}"#), "body[0].content[0].content: expected a string or an array of inline nodes, got an object"),
        (inline(r#"{"type":"link","content":"x"}"#), "body[0].content[0].href: required field is missing"),
        (inline(r#"{"type":"link","href":"javascript:alert(1)","content":"x"}"#), "body[0].content[0].href: expected an http(s), mailto or relative URL, got \"javascript:alert(1)\""),
        (inline(r#"{"type":"link","href":"/a","content":" "}"#), "body[0].content[0].content: must not be empty (a link needs text)"),
        (inline(r#"{"type":"link","href":"/a","content":[{"type":"link","href":"/b","content":"x"}]}"#), "body[0].content[0].content[0]: links cannot be nested (the inner link is dropped, its text kept)"),
        (inline(r#"{"type":"quote","content":[{"type":"quote","content":"x"}]}"#), "body[0].content[0].content[0]: quotes cannot be nested (the inner quote is dropped, its text kept)"),
        (inline(r#"{"type":"quote","content":""}"#), "body[0].content[0].content: must not be empty"),
        (inline(r#"{"type":"quote","id":" ","content":"x"}"#), "body[0].content[0].id: must not be empty"),
        (inline(r#"{"type":"quote","speaker":"","content":"x"}"#), "body[0].content[0].speaker: must not be empty"),
        (inline(r#"{"type":"quote","speaker":"nobody","content":"x"}"#), "body[0].content[0].speaker: unknown person \"nobody\" (no entry in people[] has this id)"),
        (body(r#"{"type":"heading","level":5,"content":"x"}"#), "body[0].level: expected 2, 3 or 4, got 5 (the headline is the only level-1 heading)"),
        (body(r#"{"type":"heading","level":"2","content":"x"}"#), "body[0].level: expected a number, got a string"),
        (body(r#"{"type":"figure"}"#), "body[0].image: required field is missing"),
        (body(r#"{"type":"figure","image":"a.jpg"}"#), "body[0].image: expected an object, got a string"),
        (body(r#"{"type":"figure","image":{"alt":""}}"#), "body[0].image.src: required field is missing"),
        (body(r#"{"type":"figure","image":{"src":"a.jpg"}}"#), "body[0].image.alt: required field is missing (describe the image, or use \"\" for a decorative one)"),
        (body(r#"{"type":"figure","image":{"src":"javascript:alert(1)","alt":""}}"#), "body[0].image.src: expected an http(s) or relative URL, got \"javascript:alert(1)\""),
        (body(r#"{"type":"figure","image":{"src":"a.jpg","alt":"","srcset":"a.jpg 1x, javascript:x 2x"}}"#), "body[0].image.srcset: invalid srcset: \"javascript:x\": expected an http(s) or relative URL"),
        (body(r#"{"type":"figure","image":{"src":"a.jpg","alt":"","srcset":"a.jpg 480w, b.jpg 2x"}}"#), "body[0].image.srcset: invalid srcset: the srcset mixes width (w) and density (x) descriptors"),
        (body(r#"{"type":"figure","image":{"src":"a.jpg","alt":"","width":1.5}}"#), "body[0].image.width: expected a whole number of pixels from 1 to 100000, got 1.5"),
        (body(r#"{"type":"figure","image":{"src":"a.jpg","alt":""},"caption":{}}"#), "body[0].caption: expected a string or an array of inline nodes, got an object"),
        (body(r#"{"type":"figure","image":{"src":"a.jpg","alt":""},"credit":["x"]}"#), "body[0].credit: expected a string, got an array"),
        (body(r#"{"type":"pullquote"}"#), "body[0].content: required field is missing"),
        (body(r#"{"type":"pullquote","content":"x","attribution":1}"#), "body[0].attribution: expected a string, got a number"),
        (body(r#"{"type":"list"}"#), "body[0].items: required field is missing"),
        (body(r#"{"type":"list","items":"a"}"#), "body[0].items: expected an array, got a string"),
        (body(r#"{"type":"list","items":["a"],"ordered":1}"#), "body[0].ordered: expected true or false, got a number"),
        (body(r#"{"type":"list","items":["a",{"type":"br"}]}"#), "body[0].items[1]: expected a string or an array of inline nodes, got an object"),
    ];
    for (doc, expected) in cases {
        assert_eq!(warning(&doc), expected, "{doc}");
    }
}

/// What a warning costs: the smallest part around the problem, never more.
#[test]
fn problems_drop_or_degrade_only_their_part() {
    // An unknown block is left out; the blocks around it stay.
    let (a, _) = parse_warned(&body(
        r#"{"type":"paragraph","content":"before"},{"type":"video","src":"v.mp4"},{"type":"paragraph","content":"after"}"#,
    ));
    let texts: Vec<String> = a.body.iter().map(paragraph_text).collect();
    assert_eq!(texts, ["before", "after"]);

    // A link with a bad or missing URL keeps its text, without the link.
    for href in [r#""href":"javascript:alert(1)","#, ""] {
        let (a, warnings) = parse_warned(&inline(&format!(
            r#""Read ",{{"type":"link",{href}"content":[{{"type":"em","content":"the report"}}]}},".""#
        )));
        assert_eq!(warnings.len(), 1);
        let Block::Paragraph(nodes) = &a.body[0] else {
            panic!("paragraph")
        };
        assert!(!has_link(nodes));
        assert_eq!(
            nodes,
            &vec![
                Inline::Text("Read ".into()),
                Inline::Emphasis(vec![Inline::Text("the report".into())]),
                Inline::Text(".".into()),
            ]
        );
    }

    // A nested link keeps its text inside the outer link; an unknown inline node its words.
    let (a, _) = parse_warned(&inline(
        r#"{"type":"link","href":"/a","content":["x ",{"type":"link","href":"/b","content":"y"}]},{"type":"abbr","content":" HTA"},{"type":"future","text":" z"}"#,
    ));
    assert_eq!(paragraph_text(&a.body[0]), "x y HTA z");
    let Block::Paragraph(nodes) = &a.body[0] else {
        panic!("paragraph")
    };
    assert!(
        matches!(&nodes[0], Inline::Link { href, content } if href.as_str() == "/a" && Inline::plain_text(content) == "x y")
    );

    // A bad image drops its figure; a bad srcset, width or caption only itself.
    let (a, _) = parse_warned(&body(
        r#"{"type":"figure","image":{"src":"vbscript:x","alt":"A"}},{"type":"figure","image":{"src":"a.jpg","alt":"B","srcset":"b.jpg big","width":-1,"height":20},"caption":5,"credit":"C"}"#,
    ));
    assert_eq!(a.body.len(), 1);
    let Block::Figure(figure) = &a.body[0] else {
        panic!("figure")
    };
    assert_eq!(
        (
            figure.image.alt.as_str(),
            figure.image.srcset.as_deref(),
            figure.image.width,
            figure.image.height
        ),
        ("B", None, None, Some(20))
    );
    assert_eq!(
        (figure.caption.as_ref(), figure.credit.as_deref()),
        (None, Some("C"))
    );

    // A bad date is dropped; a date-time without an offset keeps its date.
    let (a, warnings) = parse_warned(&v1(
        r#""published":"2024-05-01T10:00:00","updated":"2024-02-30""#,
    ));
    assert_eq!(warnings.len(), 2);
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2024-05-01")
    );
    assert_eq!(a.updated, None);

    // An unknown speaker leaves the quote without a speaker.
    let (a, _) = parse_warned(&inline(
        r#"{"type":"quote","speaker":"nobody","content":"“Soon,”"}," she said.""#,
    ));
    let quotes = all_quotes(&a);
    assert_eq!(quotes.len(), 1);
    assert_eq!(
        (quotes[0].speaker, quotes[0].origin),
        (None, QuoteOrigin::Editor)
    );

    // A bad related story is left out; a bad image only leaves that story without one.
    let (a, warnings) = parse_warned(&v1(
        r#""related":[{"headline":"A","url":"data:x"},{"headline":"B","url":"/b","image":{"src":"javascript:x"}},{"headline":"C","url":"/c"}]"#,
    ));
    assert_eq!(warnings.len(), 2);
    let related: Vec<_> = a
        .related
        .iter()
        .map(|r| (r.headline.as_str(), r.image.is_some()))
        .collect();
    assert_eq!(related, [("B", false), ("C", false)]);

    // A bad logo or URL leaves the source without it; a bad person URL the person without it.
    let (a, _) = parse_warned(&v1(
        r#""source":{"name":"P","url":"javascript:x","logo":{"src":"javascript:x"}},"people":[{"id":"p","name":"N","url":"data:x"}]"#,
    ));
    let source = a.source.expect("source");
    assert_eq!(
        (source.name.as_str(), source.url, source.logo),
        ("P", None, None)
    );
    assert_eq!((a.people.len(), a.people[0].url.as_ref()), (1, None));

    // Bad options fall back to their defaults.
    let (a, warnings) = parse_warned(&v1(
        r#""lang":"en_GB","quotes":"some","carousel":{"label":"L","wrap":1,"autoplay":100},"body":[{"type":"heading","level":1,"content":"Sub"},{"type":"list","ordered":"yes","items":["a"]}]"#,
    ));
    assert_eq!(warnings.len(), 6);
    assert_eq!(
        (a.lang.as_str(), a.quotes, a.carousel.label.as_deref()),
        ("en", QuotesMode::Auto, Some("L"))
    );
    assert_eq!((a.carousel.wrap, a.carousel.autoplay_ms), (false, None));
    assert!(matches!(a.body[0], Block::Heading { level: 2, .. }));
    assert!(matches!(a.body[1], Block::List { ordered: false, .. }));

    // A person with a repeated id is left out; the first one stays.
    let (a, _) = parse_warned(&v1(
        r#""people":[{"id":"a","name":"First"},{"id":"a","name":"Second"}]"#,
    ));
    let names: Vec<_> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["First"]);
}

// ---------------------------------------------------------------------------------------
// All problems in one pass

#[test]
fn every_problem_of_a_document_is_reported() {
    let doc = v1(
        r#""url":"javascript:a()","published":"soon","authors":[{"name":"A","url":"data:x"},7],
           "body":[{"type":"paragraph","content":["x",{"type":"link","href":"vbscript:b","content":"y"}]},
                   {"type":"gallery"},
                   {"type":"figure","image":{"src":"javascript:c","alt":""},"caption":{}}],
           "related":[{"headline":"R"}],"carousel":{"autoplay":1}"#,
    );
    let (a, warnings) = parse_warned(&doc);
    assert_eq!(
        warnings,
        [
            "url: expected an http(s), mailto or relative URL, got \"javascript:a()\"",
            "published: expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got \"soon\"",
            "authors[0].url: expected an http(s), mailto or relative URL, got \"data:x\"",
            "authors[1]: expected a string or an object, got a number",
            "body[0].content[1].href: expected an http(s), mailto or relative URL, got \"vbscript:b\"",
            "body[1].type: unknown block type \"gallery\" (expected paragraph, heading, figure, pullquote or list)",
            "body[2].image.src: expected an http(s) or relative URL, got \"javascript:c\"",
            "body[2].caption: expected a string or an array of inline nodes, got an object",
            "related[0].url: required field is missing",
            "carousel.autoplay: expected a whole number of milliseconds from 2000 to 600000 (or 0 for none), got 1",
        ]
    );
    assert_eq!(a.headline, "H");
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.body.len(), 1);
    assert_eq!(paragraph_text(&a.body[0]), "xy");

    // With a fatal problem, the others are still all reported, as warnings beside it.
    let rejected = rejected(
        r#"{"version":1,"url":"javascript:a()","headline":"","body":[{"type":"video"}],"related":[{"headline":"R","url":"/r","published":"2024-05-01T10:00"}]}"#,
    );
    assert_eq!(messages(&rejected.errors), ["headline: must not be empty"]);
    assert_eq!(
        messages(&rejected.warnings),
        [
            "url: expected an http(s), mailto or relative URL, got \"javascript:a()\"",
            "body[0].type: unknown block type \"video\" (expected paragraph, heading, figure, pullquote or list)",
            "related[0].published: \"2024-05-01T10:00\" has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\"",
        ]
    );

    // Typed errors carry their paths and values for tools.
    let (_, _) = parse_warned(&v1(""));
    let Err(rejected) = parse_article(r#"{"version":1,"headline":" ","url":"data:x,1"}"#) else {
        panic!("rejected")
    };
    assert_eq!(
        rejected.errors,
        [ModelError::Empty {
            path: "headline".into(),
            hint: None
        }]
    );
    assert_eq!(
        rejected.warnings,
        [ModelError::BadUrl {
            path: "url".into(),
            value: "data:x,1".into(),
            kind: UrlKind::Link,
            problem: UrlProblem::Scheme("data".into()),
        }]
    );
    assert_eq!(rejected.warnings[0].path(), Some("url"));
    let Ok(parsed) = parse_article(&body(r#"{"type":"carousel"}"#)) else {
        panic!("accepted")
    };
    assert_eq!(
        parsed.warnings,
        [ModelError::UnknownType {
            path: "body[0].type".into(),
            node: NodeKind::Block,
            value: "carousel".into(),
        }]
    );
}

#[test]
fn warnings_are_capped_but_counted() {
    let nodes = vec!["5"; limits::MAX_WARNINGS + 50].join(",");
    let parsed = parse_article(&inline(&nodes)).expect("accepted");
    assert_eq!(parsed.warnings.len(), limits::MAX_WARNINGS);
    assert_eq!(parsed.omitted_warnings, 50);
    assert_eq!(
        parsed.warnings[limits::MAX_WARNINGS - 1].to_string(),
        "body[0].content[99]: expected a string or an inline node object, got a number"
    );
}

#[test]
fn unknown_fields_are_ignored_at_every_level() {
    let a = parse_clean(&v1(
        r#""future":{"x":1},"body":[{"type":"paragraph","content":[{"type":"em","content":"x","style":"loud"}],"align":"center"}],
           "carousel":{"speed":"fast"},"source":{"name":"S","twitter":"@s"}"#,
    ));
    assert_eq!(a.body.len(), 1);
}

#[test]
fn long_values_are_cut_in_messages() {
    let long = format!("javascript:{}", "a".repeat(200));
    let message = warning(&v1(&format!(r#""url":"{long}""#)));
    assert_eq!(
        message,
        format!(
            "url: expected an http(s), mailto or relative URL, got \"{}…\"",
            &long[..60]
        )
    );
    let Err(rejected) = parse_article(&format!(
        r#"{{"version":1,"url":"{long}","body":[{{"type":"{long}"}}]}}"#
    )) else {
        panic!("no headline")
    };
    // The values kept in typed errors are excerpts too.
    for problem in &rejected.warnings {
        assert!(problem.to_string().len() < 200, "{problem}");
    }
}

// ---------------------------------------------------------------------------------------
// Limits: fatal wherever they are exceeded

#[test]
fn limits_give_clear_errors() {
    // A 100,000-paragraph article fits in 5 MiB and must fail fast on the block count.
    let paragraph = r#"{"type":"paragraph","content":"x"},"#;
    let blocks = paragraph.repeat(100_000);
    let doc = format!(
        r#"{{"version":1,"headline":"H","body":[{}]}}"#,
        blocks.trim_end_matches(',')
    );
    assert!(doc.len() < limits::MAX_INPUT_BYTES);
    assert_eq!(
        error(&doc),
        "body: has 100000 entries, more than the limit of 20000"
    );

    let big = format!(
        r#"{{"version":1,"headline":"{}"}}"#,
        "x".repeat(10 * 1024 * 1024)
    );
    assert_eq!(
        error(&big),
        format!(
            "the article data is {} bytes, more than the limit of 5242880 bytes (5 MiB)",
            big.len()
        )
    );
    let big = " ".repeat(6 * 1024 * 1024);
    assert!(error(&big).contains("more than the limit of 5242880 bytes"));

    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        error(&deep),
        "JSON nested too deeply at line 1, column 65: arrays and objects may be nested at most 64 levels deep"
    );
    let deep_body = v1(&format!(
        r#""body":[{{"type":"paragraph","content":{}"x"{}}}]"#,
        "[{\"type\":\"em\",\"content\":".repeat(100),
        "}]".repeat(100)
    ));
    assert!(error(&deep_body).contains("nested at most 64 levels deep"));

    let long = "é".repeat(limits::MAX_TEXT_CHARS + 1);
    assert_eq!(
        error(&v1(&format!(
            r#""body":[{{"type":"paragraph","content":["{long}"]}}]"#
        ))),
        "body[0].content[0]: text is longer than the limit of 100000 characters"
    );
    let fits = "é".repeat(limits::MAX_TEXT_CHARS);
    parse_clean(&v1(&format!(r#""standfirst":"{fits}""#)));
    assert_eq!(
        error(&v1(&format!(r#""standfirst":"{long}""#))),
        "standfirst: text is longer than the limit of 100000 characters"
    );

    let list = |n: usize, entry: &str| vec![entry; n].join(",");
    let related = list(limits::MAX_RELATED + 1, r#"{"headline":"R","url":"/r"}"#);
    assert_eq!(
        error(&v1(&format!(r#""related":[{related}]"#))),
        "related: has 201 entries, more than the limit of 200"
    );
    let people: Vec<String> = (0..=limits::MAX_PEOPLE)
        .map(|i| format!(r#"{{"id":"p{i}","name":"N"}}"#))
        .collect();
    assert_eq!(
        error(&v1(&format!(r#""people":[{}]"#, people.join(",")))),
        "people: has 1001 entries, more than the limit of 1000"
    );
    let authors = list(limits::MAX_AUTHORS + 1, r#""A""#);
    assert_eq!(
        error(&v1(&format!(r#""authors":[{authors}]"#))),
        "authors: has 101 entries, more than the limit of 100"
    );
    let tags = list(limits::MAX_TAGS + 1, r#""t""#);
    assert_eq!(
        error(&v1(&format!(r#""tags":[{tags}]"#))),
        "tags: has 201 entries, more than the limit of 200"
    );
    let crumbs = list(limits::MAX_BREADCRUMB + 1, r#"{"name":"c"}"#);
    assert_eq!(
        error(&v1(&format!(r#""breadcrumb":[{crumbs}]"#))),
        "breadcrumb: has 21 entries, more than the limit of 20"
    );
    let items = list(limits::MAX_LIST_ITEMS + 1, r#""i""#);
    assert_eq!(
        error(&v1(&format!(
            r#""body":[{{"type":"list","items":[{items}]}}]"#
        ))),
        "body[0].items: has 1001 entries, more than the limit of 1000"
    );
    let ok_body = paragraph.repeat(limits::MAX_BODY_BLOCKS);
    let doc = format!(
        r#"{{"version":1,"headline":"H","body":[{}]}}"#,
        ok_body.trim_end_matches(',')
    );
    assert_eq!(parse_clean(&doc).body.len(), limits::MAX_BODY_BLOCKS);
}

// ---------------------------------------------------------------------------------------
// URLs through the whole parser

#[test]
fn mailto_links_are_accepted_where_links_are() {
    let mail = "mailto:desk@meridianpost.example?subject=Tip";
    let a = parse_clean(&v1(&format!(
        r#""url":"{mail}","breadcrumb":[{{"name":"Desk","url":"{mail}"}}],
           "source":{{"name":"P","url":"{mail}"}},"authors":[{{"name":"A","url":"{mail}"}}],
           "people":[{{"id":"p","name":"P","url":"{mail}"}}],
           "related":[{{"headline":"R","url":"{mail}"}}],
           "body":[{{"type":"paragraph","content":["Write to ",{{"type":"link","href":"{mail}","content":"the desk"}}]}}]"#
    )));
    let urls = [
        a.canonical_url.as_ref(),
        a.breadcrumb[0].url.as_ref(),
        a.source.as_ref().and_then(|s| s.url.as_ref()),
        a.authors[0].url.as_ref(),
        a.people[0].url.as_ref(),
        Some(&a.related[0].url),
    ];
    for url in urls {
        let url = url.expect("kept");
        assert_eq!(url.as_str(), mail);
        assert!(url.is_mailto() && !url.is_absolute());
    }
    let Block::Paragraph(nodes) = &a.body[0] else {
        panic!("paragraph")
    };
    assert!(matches!(&nodes[1], Inline::Link { href, .. } if href.as_str() == mail));

    // Images are loaded, not followed: mailto is refused there.
    for place in [
        body(&format!(
            r#"{{"type":"figure","image":{{"src":"{mail}","alt":""}}}}"#
        )),
        v1(&format!(
            r#""source":{{"name":"P","logo":{{"src":"{mail}"}}}}"#
        )),
        body(&format!(
            r#"{{"type":"figure","image":{{"src":"a.jpg","alt":"","srcset":"{mail} 2x"}}}}"#
        )),
    ] {
        let message = warning(&place);
        assert!(
            message.contains("expected an http(s) or relative URL")
                && message.contains("\"mailto:desk@"),
            "{message}"
        );
    }
    // A mailto link needs an address and no script inside.
    for bad in [
        "mailto:",
        "mailto:desk",
        "mailto:javascript:alert(1)",
        "mailto:a@b.example?body=javascript:alert(1)",
    ] {
        assert_eq!(
            warning(&inline(&format!(
                r#"{{"type":"link","href":"{bad}","content":"x"}}"#
            ))),
            format!("body[0].content[0].href: expected an http(s), mailto or relative URL, got \"{bad}\" (a mailto link needs addresses like name@example.com)")
        );
    }
}

#[test]
fn unsafe_urls_are_dropped_wherever_they_appear() {
    let hostile = [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "java\nscript:alert(1)",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml;base64,PHN2Zz4=",
        "vbscript:msgbox(1)",
        "%6Aavascript:alert(1)",
    ];
    for url in hostile {
        let encoded = serde_json::to_string(url).expect("a string encodes");
        let links = [
            ("url", v1(&format!(r#""url":{encoded}"#))),
            (
                "body[0].content[0].href",
                inline(&format!(
                    r#"{{"type":"link","href":{encoded},"content":"x"}}"#
                )),
            ),
            (
                "related[0].url",
                v1(&format!(
                    r#""related":[{{"headline":"R","url":{encoded}}}]"#
                )),
            ),
            (
                "people[0].url",
                v1(&format!(
                    r#""people":[{{"id":"p","name":"P","url":{encoded}}}]"#
                )),
            ),
            (
                "authors[0].url",
                v1(&format!(r#""authors":[{{"name":"A","url":{encoded}}}]"#)),
            ),
            (
                "breadcrumb[0].url",
                v1(&format!(r#""breadcrumb":[{{"name":"B","url":{encoded}}}]"#)),
            ),
            (
                "source.url",
                v1(&format!(r#""source":{{"name":"S","url":{encoded}}}"#)),
            ),
        ];
        let images = [
            (
                "body[0].image.src",
                body(&format!(
                    r#"{{"type":"figure","image":{{"src":{encoded},"alt":""}}}}"#
                )),
            ),
            (
                "source.logo.src",
                v1(&format!(
                    r#""source":{{"name":"S","logo":{{"src":{encoded}}}}}"#
                )),
            ),
            (
                "related[0].image.src",
                v1(&format!(
                    r#""related":[{{"headline":"R","url":"/r","image":{{"src":{encoded}}}}}]"#
                )),
            ),
        ];
        for (path, doc) in links {
            let (a, warnings) = parse_warned(&doc);
            assert_eq!(warnings.len(), 1, "{url:?} at {path}: {warnings:?}");
            assert!(
                warnings[0].starts_with(&format!(
                    "{path}: expected an http(s), mailto or relative URL, got "
                )),
                "{url:?}: {}",
                warnings[0]
            );
            // Nothing of it reaches the article: no URL anywhere carries the scheme.
            assert!(
                !format!("{a:?}").to_lowercase().contains("script:"),
                "{url:?}"
            );
        }
        for (path, doc) in images {
            let message = warning(&doc);
            assert!(
                message.starts_with(&format!(
                    "{path}: expected an http(s) or relative URL, got "
                )),
                "{url:?}: {message}"
            );
        }
        assert!(SafeUrl::parse(url).is_err());
        assert!(SafeUrl::parse_link(url).is_err());
        assert!(parse_srcset(&format!("{url} 1x")).is_err() || url.contains(char::is_whitespace));
    }
    // The text of a dropped link stays readable.
    let (a, _) = parse_warned(&inline(
        r#""Click ",{"type":"link","href":"javascript:alert(1)","content":"here"}"#,
    ));
    assert_eq!(paragraph_text(&a.body[0]), "Click here");
}

// ---------------------------------------------------------------------------------------
// schema.org JSON-LD

fn fixture(name: &str) -> Article {
    parse_clean(&read(&root().join("tests/data/articles").join(name)))
}

fn fixture_warned(name: &str) -> (Article, Vec<String>) {
    parse_warned(&read(&root().join("tests/data/articles").join(name)))
}

#[test]
fn jsonld_basic_news_article() {
    let a = fixture("newsarticle-basic.jsonld");
    assert_eq!(a.headline, "Harbour authority approves night ferry trial");
    assert_eq!(
        a.standfirst.as_deref(),
        Some("The service will run for six months from June.")
    );
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2025-05-13T18:30:00+08:00")
    );
    assert_eq!(
        a.updated.as_ref().map(|t| t.iso.as_str()),
        Some("2025-05-13T21:05:00+08:00")
    );
    assert_eq!(a.lang, "en-SG");
    assert_eq!(a.authors.len(), 1);
    assert_eq!(
        a.authors[0].role.as_deref(),
        Some("Transport Correspondent")
    );
    assert_eq!(
        a.authors[0].url.as_ref().map(SafeUrl::as_str),
        Some("https://meridianpost.example/authors/mei-ling-tan")
    );
    let source = a.source.as_ref().expect("publisher");
    assert_eq!(source.name, "The Meridian Post");
    assert_eq!(
        source
            .logo
            .as_ref()
            .map(|l| (l.src.as_str(), l.width, l.alt.as_str())),
        Some((
            "https://meridianpost.example/logo.png",
            Some(180),
            "The Meridian Post"
        ))
    );
    let Block::Figure(lead) = &a.body[0] else {
        panic!("lead image first")
    };
    assert_eq!(
        lead.image.src.as_str(),
        "https://meridianpost.example/img/ferry.jpg"
    );
    assert_eq!(
        (lead.image.width, lead.image.height),
        (Some(1200), Some(675))
    );
    assert_eq!(
        lead.caption,
        Some(vec![Inline::Text("The Serin Star at Pier 4.".into())])
    );
    assert_eq!(
        lead.credit.as_deref(),
        Some("Mei Ling Tan/The Meridian Post")
    );
    // Blank lines separate paragraphs; a single newline inside one becomes a space.
    let paragraphs: Vec<String> = a.body[1..].iter().map(paragraph_text).collect();
    assert_eq!(
        paragraphs,
        [
            "The last ferry to Serin Island will once again leave after dark.",
            "“We have listened to the island,” Lydia Ong said. She called it an answer.",
            "Tickets go on sale on May 20.",
        ]
    );
    assert_eq!(
        a.breadcrumb
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["City"]
    );
    assert_eq!(a.tags, ["Transport", "Ferries", "Serin Island"]);
    assert_eq!(
        a.canonical_url.as_ref().map(SafeUrl::as_str),
        Some("https://meridianpost.example/city/2025/05/13/serin-island-night-ferry")
    );
    assert_eq!(a.dateline.as_deref(), Some("PORT CALLAN"));
    assert_eq!(a.quotes, QuotesMode::Auto);
    assert!(a.related.is_empty() && a.people.is_empty());
}

#[test]
fn jsonld_graph_with_references() {
    let a = fixture("yoast-graph.jsonld");
    assert_eq!(a.headline, "How we rebuilt the night market");
    assert_eq!(a.id.as_deref(), Some("https://blog.example/post/#article"));
    assert_eq!(
        a.authors
            .iter()
            .map(|x| x.name.as_str())
            .collect::<Vec<_>>(),
        ["Rosa Lim"]
    );
    assert_eq!(
        a.source.as_ref().map(|s| s.name.as_str()),
        Some("Blog Example")
    );
    assert_eq!(
        a.source
            .as_ref()
            .and_then(|s| s.logo.as_ref())
            .map(|l| l.src.as_str()),
        Some("https://blog.example/logo.png")
    );
    let Block::Figure(lead) = &a.body[0] else {
        panic!("lead image")
    };
    assert_eq!(
        (lead.image.width, lead.image.height),
        (Some(1600), Some(900))
    );
    assert_eq!(
        lead.caption,
        Some(vec![Inline::Text(
            "Stalls on opening night – photo by Lee".into()
        )])
    );
    let crumbs: Vec<_> = a
        .breadcrumb
        .iter()
        .map(|c| (c.name.as_str(), c.url.as_ref().map(SafeUrl::as_str)))
        .collect();
    assert_eq!(
        crumbs,
        [
            ("Home", Some("https://blog.example/")),
            ("Community", Some("https://blog.example/community/")),
            ("How we rebuilt the night market", None),
        ]
    );
    assert_eq!(a.tags, ["Markets", "Community"]);
    assert_eq!(
        a.canonical_url.as_ref().map(SafeUrl::as_str),
        Some("https://blog.example/post/")
    );
    assert_eq!(a.lang, "en-US");
}

#[test]
fn jsonld_array_of_nodes_and_loose_shapes() {
    let (a, warnings) = fixture_warned("array-of-nodes.jsonld");
    assert_eq!(
        warnings,
        [
            "image[0]: expected an http(s) or relative URL, got \"javascript:alert(1)\"",
            "BreadcrumbList.itemListElement[2].item: expected an http(s), mailto or relative URL, got \"javascript:alert(1)\"",
            "author[2].url: expected an http(s), mailto or relative URL, got \"javascript:alert(1)\"",
        ]
    );
    assert_eq!(
        a.headline, "Election night, hour by hour",
        "name stands in for headline"
    );
    assert_eq!(
        a.standfirst.as_deref(),
        Some("From the first exit poll to the last count")
    );
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2024-07-05")
    );
    let authors: Vec<_> = a
        .authors
        .iter()
        .map(|x| (x.name.as_str(), x.role.as_deref(), x.url.is_some()))
        .collect();
    assert_eq!(
        authors,
        [
            ("Dana Field", None, false),
            ("Omar Haddad", Some("Political Editor"), false),
            ("Bad Link", None, false)
        ]
    );
    let Block::Figure(lead) = &a.body[0] else {
        panic!("lead image")
    };
    assert_eq!(
        lead.image.src.as_str(),
        "https://news.example/img/count.jpg",
        "the unsafe first image is skipped, with a warning"
    );
    let paragraphs: Vec<String> = a.body[1..].iter().map(paragraph_text).collect();
    assert_eq!(
        paragraphs,
        [
            "First line paragraph.",
            "Second line paragraph.",
            "Third line paragraph."
        ]
    );
    let crumbs: Vec<_> = a
        .breadcrumb
        .iter()
        .map(|c| (c.name.as_str(), c.url.as_ref().map(SafeUrl::as_str)))
        .collect();
    assert_eq!(
        crumbs,
        [
            ("News", Some("https://news.example/")),
            ("Politics", Some("https://news.example/politics")),
            ("Unsafe", None)
        ]
    );
    assert_eq!(
        a.canonical_url.as_ref().map(SafeUrl::as_str),
        Some("https://news.example/politics/election-night")
    );
    assert_eq!(
        a.source.as_ref().map(|s| s.name.as_str()),
        Some("News Example")
    );
}

#[test]
fn jsonld_prefixed_types_and_lenient_values() {
    let (a, warnings) = fixture_warned("schema-prefixes.jsonld");
    assert_eq!(
        warnings,
        [
            "datePublished: \"2025-05-13T20:00:00\" has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\"",
            "dateModified: expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got \"not a date\"",
        ]
    );
    assert_eq!(a.headline, "An island needs more than a timetable");
    assert_eq!(a.id.as_deref(), Some("op-17"));
    assert_eq!(a.standfirst.as_deref(), Some("Opinion & analysis"));
    assert_eq!(
        a.published.as_ref().map(|t| t.iso.as_str()),
        Some("2025-05-13T20:00:00"),
        "no offset: the local time is kept as given, with a warning"
    );
    assert_eq!(a.updated, None);
    assert_eq!(a.lang, "he");
    assert_eq!(a.dir, TextDirection::Rtl);
    assert_eq!(a.authors[0].name, "Leah Cohen");
    assert_eq!(
        a.editor.as_ref().map(|e| e.name.as_str()),
        Some("Yossi Levi")
    );
    assert_eq!(
        a.source
            .as_ref()
            .map(|s| (s.name.as_str(), s.logo.is_none())),
        Some(("The Meridian Post", true))
    );
    let Block::Figure(lead) = &a.body[0] else {
        panic!("lead image")
    };
    // A relative image URL is resolved against the article's own URL.
    assert_eq!(
        lead.image.src.as_str(),
        "https://meridianpost.example/img/op.jpg"
    );
    assert_eq!(
        (lead.image.width, lead.image.height),
        (Some(800), Some(450))
    );
    assert_eq!(lead.image.alt, "Boats at the pier");
    assert_eq!(lead.credit.as_deref(), Some("Staff Photographer"));
    assert_eq!(a.tags, ["Opinion", "Islands"]);
    assert_eq!(
        a.canonical_url.as_ref().map(SafeUrl::as_str),
        Some("https://meridianpost.example/opinion/island")
    );
}

#[test]
fn jsonld_errors_and_edge_cases() {
    assert_eq!(
        error(r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"  "}"#),
        "headline: required field is missing (schema.org NewsArticle: headline or name)"
    );
    assert_eq!(
        error(r#"[{"@type":"WebPage"}]"#),
        "@type: no schema.org article found: expected a node whose @type is NewsArticle, Article, BlogPosting or another Article type"
    );
    // The first article node wins; other types in between are skipped.
    let a = parse_clean(
        r#"[{"@type":"WebSite","name":"Site"},{"@type":"BlogPosting","headline":"First"},{"@type":"NewsArticle","headline":"Second"}]"#,
    );
    assert_eq!(a.headline, "First");
    // Every article type is recognised.
    for kind in [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BlogPosting",
        "schema:NewsArticle",
        "https://schema.org/NewsArticle",
    ] {
        let a = parse_clean(&format!(r#"{{"@type":"{kind}","headline":"H"}}"#));
        assert_eq!(a.headline, "H", "{kind}");
    }
    // Values of a wrong type, unsafe URLs and unreadable dates are dropped with a warning,
    // never passed through, as in the native format.
    let (a, warnings) = parse_warned(
        r#"{"@type":"NewsArticle","headline":"H","author":42,"publisher":{"name":"P","url":"javascript:x","logo":"data:x"},
            "image":{"url":"javascript:alert(1)"},"keywords":7,"inLanguage":"not a tag!","url":"vbscript:x",
            "mainEntityOfPage":{"@id":"javascript:x"},"datePublished":"soon","articleBody":42}"#,
    );
    assert_eq!(
        warnings,
        [
            "inLanguage: expected a language tag like \"en\" or \"zh-Hant\", got \"not a tag!\"",
            "image.url: expected an http(s) or relative URL, got \"javascript:alert(1)\"",
            "articleBody: expected text, got a number",
            "author: expected a name or a Person or Organization, got a number",
            "publisher.logo: expected an http(s) or relative URL, got \"data:x\"",
            "publisher.url: expected an http(s), mailto or relative URL, got \"javascript:x\"",
            "url: expected an http(s), mailto or relative URL, got \"vbscript:x\"",
            "datePublished: expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got \"soon\"",
            "keywords: expected text or a DefinedTerm, got a number",
        ]
    );
    assert!(a.authors.is_empty() && a.body.is_empty() && a.tags.is_empty());
    assert_eq!(
        a.source
            .as_ref()
            .map(|s| (s.url.is_none(), s.logo.is_none())),
        Some((true, true))
    );
    assert_eq!(
        (a.lang.as_str(), a.canonical_url, a.published),
        ("en", None, None)
    );
    // Shapes schema.org allows but the widget does not read are skipped quietly, and so
    // are @ids that are identifiers rather than URLs and references to nodes elsewhere.
    let a = parse_clean(
        r##"{"@type":"NewsArticle","headline":"H","description":{"@type":"TextObject","text":"x"},
            "author":{"@id":"#not-here"},"image":{"@id":"#nor-here"},"mainEntityOfPage":{"@id":"_:b0"},
            "inLanguage":{"@type":"Language","name":"English"}}"##,
    );
    assert_eq!((a.standfirst, a.authors.len(), a.body.len()), (None, 0, 0));
    // Objects without what the widget needs are reported.
    let (_, warnings) = parse_warned(
        r#"{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","jobTitle":"Editor"}],"image":[{"@type":"ImageObject","width":5}]}"#,
    );
    assert_eq!(
        warnings,
        [
            "image[0].url: required field is missing (or contentUrl)",
            "author[0].name: required field is missing (or givenName and familyName)",
        ]
    );
    // Links may be mailto here too; images may not.
    let (a, warnings) = parse_warned(
        r#"{"@type":"NewsArticle","headline":"H","author":{"name":"A","url":"mailto:a@news.example"},"image":"mailto:a@news.example"}"#,
    );
    assert_eq!(
        a.authors[0].url.as_ref().map(SafeUrl::as_str),
        Some("mailto:a@news.example")
    );
    assert_eq!(
        warnings,
        ["image: expected an http(s) or relative URL, got \"mailto:a@news.example\""]
    );
    // Bidi overrides and stray whitespace are cleaned here too.
    let a =
        parse_clean(r#"{"@type":"NewsArticle","headline":" A\u202e B ","articleBody":"x\u2066y"}"#);
    assert_eq!(a.headline, "A B");
    assert_eq!(paragraph_text(&a.body[0]), "xy");
}

#[test]
fn jsonld_limits_are_fatal_too() {
    let long = "x".repeat(limits::MAX_TEXT_CHARS + 1);
    assert_eq!(
        error(&format!(
            r#"{{"@type":"NewsArticle","headline":"H","articleBody":"{long}"}}"#
        )),
        "articleBody: text is longer than the limit of 100000 characters"
    );
    let many = "p\\n".repeat(limits::MAX_BODY_BLOCKS + 1);
    assert_eq!(
        error(&format!(
            r#"{{"@type":"NewsArticle","headline":"H","articleBody":"{many}"}}"#
        )),
        "articleBody: has 20001 paragraphs, more than the limit of 20000"
    );
    let authors = vec![r#""A""#; limits::MAX_AUTHORS + 1].join(",");
    assert_eq!(
        error(&format!(
            r#"{{"@type":"NewsArticle","headline":"H","author":[{authors}]}}"#
        )),
        "author: has 101 entries, more than the limit of 100"
    );
    let keywords: Vec<String> = (0..=limits::MAX_TAGS).map(|i| format!("k{i}")).collect();
    assert_eq!(
        error(&format!(
            r#"{{"@type":"NewsArticle","headline":"H","keywords":"{}"}}"#,
            keywords.join(",")
        )),
        "keywords: has 201 keywords, more than the limit of 200"
    );
    let sections = vec![r#""S""#; limits::MAX_BREADCRUMB + 1].join(",");
    assert_eq!(
        error(&format!(
            r#"{{"@type":"NewsArticle","headline":"H","articleSection":[{sections}]}}"#
        )),
        "articleSection: has 21 entries, more than the limit of 20"
    );
    // At the limits, everything is kept.
    let keywords: Vec<String> = (0..limits::MAX_TAGS).map(|i| format!("k{i}")).collect();
    let a = parse_clean(&format!(
        r#"{{"@type":"NewsArticle","headline":"H","keywords":"{}, k0, ,"}}"#,
        keywords.join(",")
    ));
    assert_eq!(a.tags.len(), limits::MAX_TAGS);
}

// ---------------------------------------------------------------------------------------
// The whole pipeline

#[test]
fn load_article_annotates_and_keeps_the_warnings() {
    let doc = v1(
        r#""people":[{"id":"ong","name":"Lydia Ong","role":"Chief executive"}],
           "body":[{"type":"paragraph","content":"“We have listened to the island,” Lydia Ong said."},
                   {"type":"video"}]"#,
    );
    let parsed = broadsheet::load_article(&doc).expect("accepted");
    assert_eq!(
        messages(&parsed.warnings),
        ["body[1].type: unknown block type \"video\" (expected paragraph, heading, figure, pullquote or list)"]
    );
    let quotes = all_quotes(&parsed.article);
    assert_eq!(quotes.len(), 1, "quote detection ran");
    assert_eq!(quotes[0].origin, QuoteOrigin::Detected);
    let rejected = broadsheet::load_article(r#"{"version":1,"url":"data:x"}"#).unwrap_err();
    assert_eq!(
        (messages(&rejected.errors), messages(&rejected.warnings)),
        (
            vec!["headline: required field is missing".to_string()],
            vec!["url: expected an http(s), mailto or relative URL, got \"data:x\"".to_string()]
        )
    );
}

// ---------------------------------------------------------------------------------------
// No panics on mangled input

/// Parses `text`, which must end in an article or a rejection that names its errors.
fn check_never_panics(text: &str) {
    match parse_article(text) {
        Ok(parsed) => assert!(parsed.warnings.len() <= limits::MAX_WARNINGS),
        Err(rejected) => assert!(!rejected.errors.is_empty()),
    }
}

#[test]
fn mangled_documents_never_panic() {
    let sources: Vec<String> = files("tests/data/articles", &["json", "jsonld"])
        .iter()
        .map(|p| read(p))
        .chain(std::iter::once(demo_json()))
        .collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let replacements: [&[u8]; 12] = [
        b"\"",
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"null",
        b"\\u",
        b"1e999",
        b"\"javascript:x\"",
        b"\xE2\x80\xAE",
    ];
    for source in &sources {
        let bytes = source.as_bytes();
        for _ in 0..300 {
            let mut mangled = bytes.to_vec();
            for _ in 0..(next() % 4 + 1) {
                let at = (next() as usize) % mangled.len().max(1);
                let with = replacements[(next() as usize) % replacements.len()];
                let cut = (next() as usize % 3).min(mangled.len() - at);
                mangled.splice(at..at + cut, with.iter().copied());
            }
            let text = String::from_utf8_lossy(&mangled);
            check_never_panics(&text);
        }
        for end in (0..bytes.len()).step_by(97) {
            check_never_panics(&String::from_utf8_lossy(&bytes[..end]));
        }
    }
}

// ---------------------------------------------------------------------------------------
// JSON Schema: a minimal draft 2020-12 validator for the keywords the schema uses

struct Schema {
    root: Json,
}

impl Schema {
    fn load() -> Schema {
        let text = read(&root().join("static/article.schema.json"));
        let root = json::parse(&text).expect("the schema is valid JSON");
        assert_eq!(
            root.get("$schema").and_then(Json::as_str),
            Some("https://json-schema.org/draft/2020-12/schema")
        );
        Schema { root }
    }

    fn errors(&self, instance: &Json) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(&self.root, instance, "$", &mut errors);
        errors
    }

    fn check(&self, schema: &Json, value: &Json, path: &str, errors: &mut Vec<String>) {
        let Some(keywords) = schema.as_object() else {
            panic!("schema at {path} is not an object");
        };
        for (keyword, arg) in keywords {
            let mut fail = |why: String| errors.push(format!("{path}: {why}"));
            match keyword.as_str() {
                "$schema" | "$id" | "title" | "description" | "$defs" | "$comment" | "default"
                | "examples" => {}
                "$ref" => {
                    let target = arg
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/$defs/"))
                        .expect("local $ref");
                    let def = self
                        .root
                        .get("$defs")
                        .and_then(|d| d.get(target))
                        .unwrap_or_else(|| panic!("missing $def {target}"));
                    self.check(def, value, path, errors);
                }
                "type" => {
                    let names: Vec<&str> = match arg {
                        Json::String(name) => vec![name.as_str()],
                        Json::Array(names) => names.iter().filter_map(Json::as_str).collect(),
                        _ => panic!("bad type keyword"),
                    };
                    if !names.iter().any(|name| type_matches(name, value)) {
                        fail(format!(
                            "expected type {names:?}, got {}",
                            value.kind_name()
                        ));
                    }
                }
                "const" => {
                    if !json_equal(arg, value) {
                        fail(format!("expected the constant {arg:?}"));
                    }
                }
                "enum" => {
                    let options = arg.as_array().expect("enum array");
                    if !options.iter().any(|o| json_equal(o, value)) {
                        fail(format!("not one of {options:?}"));
                    }
                }
                "required" => {
                    if value.as_object().is_some() {
                        for key in arg
                            .as_array()
                            .expect("required array")
                            .iter()
                            .filter_map(Json::as_str)
                        {
                            if value.get(key).is_none() {
                                fail(format!("missing required property {key:?}"));
                            }
                        }
                    }
                }
                "properties" => {
                    if let Some(members) = value.as_object() {
                        for (key, member) in members {
                            if let Some(sub) = arg.get(key) {
                                self.check(sub, member, &format!("{path}.{key}"), errors);
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if let Some(members) = value.as_object() {
                        let declared = schema.get("properties");
                        for (key, member) in members {
                            if declared.and_then(|p| p.get(key)).is_none() {
                                match arg {
                                    Json::Bool(true) => {}
                                    Json::Bool(false) => {
                                        errors.push(format!("{path}: unexpected property {key:?}"))
                                    }
                                    sub => {
                                        self.check(sub, member, &format!("{path}.{key}"), errors)
                                    }
                                }
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(items) = value.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            self.check(arg, item, &format!("{path}[{i}]"), errors);
                        }
                    }
                }
                "minItems" | "maxItems" => {
                    if let Some(items) = value.as_array() {
                        let bound = arg.as_f64().expect("number") as usize;
                        let ok = if keyword == "minItems" {
                            items.len() >= bound
                        } else {
                            items.len() <= bound
                        };
                        if !ok {
                            fail(format!(
                                "{keyword} {bound} violated by {} items",
                                items.len()
                            ));
                        }
                    }
                }
                "minLength" | "maxLength" => {
                    if let Some(text) = value.as_str() {
                        let bound = arg.as_f64().expect("number") as usize;
                        let length = text.chars().count();
                        let ok = if keyword == "minLength" {
                            length >= bound
                        } else {
                            length <= bound
                        };
                        if !ok {
                            fail(format!("{keyword} {bound} violated by length {length}"));
                        }
                    }
                }
                "pattern" => {
                    if let Some(text) = value.as_str() {
                        let pattern = regex::Regex::new(arg.as_str().expect("pattern string"))
                            .expect("pattern compiles");
                        if !pattern.is_match(text) {
                            fail(format!("{text:?} does not match the pattern {pattern}"));
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let Some(number) = value.as_f64() {
                        let bound = arg.as_f64().expect("number");
                        let ok = if keyword == "minimum" {
                            number >= bound
                        } else {
                            number <= bound
                        };
                        if !ok {
                            fail(format!("{keyword} {bound} violated by {number}"));
                        }
                    }
                }
                "anyOf" | "oneOf" => {
                    let branches = arg.as_array().expect("branches");
                    let passing = branches
                        .iter()
                        .filter(|branch| {
                            let mut sub = Vec::new();
                            self.check(branch, value, path, &mut sub);
                            sub.is_empty()
                        })
                        .count();
                    let ok = if keyword == "oneOf" {
                        passing == 1
                    } else {
                        passing >= 1
                    };
                    if !ok {
                        fail(format!(
                            "{keyword}: {passing} of {} branches match",
                            branches.len()
                        ));
                    }
                }
                other => panic!(
                    "the test validator does not implement the keyword {other:?} used at {path}"
                ),
            }
        }
    }
}

fn type_matches(name: &str, value: &Json) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.as_bool().is_some(),
        "number" => value.as_f64().is_some(),
        "integer" => value.as_f64().is_some_and(|n| n.fract() == 0.0),
        "string" => value.as_str().is_some(),
        "array" => value.as_array().is_some(),
        "object" => value.as_object().is_some(),
        other => panic!("unknown type {other}"),
    }
}

/// JSON equality as JSON Schema defines it: numbers by value, objects regardless of order.
fn json_equal(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(key, value)| b.get(key).is_some_and(|other| json_equal(value, other)))
        }
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_equal(p, q))
        }
        _ => a == b,
    }
}

#[test]
fn schema_accepts_the_demo_and_every_native_fixture() {
    let schema = Schema::load();
    let mut documents: Vec<(String, String)> = files("tests/data/articles", &["json"])
        .iter()
        .map(|path| (path.display().to_string(), read(path)))
        .collect();
    documents.push(("the demo in index.html".into(), demo_json()));
    for (name, text) in documents {
        let value = json::parse(&text).expect("JSON");
        let errors = schema.errors(&value);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        // Valid against the schema means no warnings from the parser either.
        parse_clean(&text);
    }
}

/// The schema and the parser agree: what the schema rejects, the parser refuses or warns
/// about; what the schema accepts, the parser accepts without warnings (except for the few
/// checks only the parser can make, marked `x-schema-rejects: false` in the fixtures).
#[test]
fn schema_rejects_what_the_parser_refuses_or_warns_about() {
    let schema = Schema::load();
    for path in files("tests/data/invalid", &["json"]) {
        let text = read(&path);
        let value = json::parse(&text).expect("JSON");
        let rejects = value
            .get("x-schema-rejects")
            .and_then(Json::as_bool)
            .expect("x-schema-rejects");
        let errors = schema.errors(&value);
        assert_eq!(
            !errors.is_empty(),
            rejects,
            "{}: {errors:#?}",
            path.display()
        );
        let problems = match parse_article(&text) {
            Ok(parsed) => parsed.warnings.len(),
            Err(rejected) => rejected.errors.len(),
        };
        assert!(problems > 0, "{}: the parser finds nothing", path.display());
    }
    // And a sample of the cases above, which the schema can express.
    for doc in [
        r#"{"version":"1","headline":"H"}"#,
        r#"{"version":1,"headline":"H","dir":"RTL"}"#,
        r#"{"version":1,"headline":"H","url":"JAVASCRIPT:x"}"#,
        r#"{"version":1,"headline":"H","url":" java\tscript:x"}"#,
        r#"{"version":1,"headline":"H","url":"//"}"#,
        r#"{"version":1,"headline":"H","url":"https:host"}"#,
        r#"{"version":1,"headline":"H","url":"%6Aavascript:x"}"#,
        r#"{"version":1,"headline":"H","url":"data:text/html,x"}"#,
        r#"{"version":1,"headline":"H","url":"mailto:"}"#,
        r#"{"version":1,"headline":"H","url":"mailto:desk"}"#,
        r#"{"version":1,"headline":"H","url":"mailto:javascript:alert(1)"}"#,
        r#"{"version":1,"headline":"H","url":"mailto:a@b.example?body=javascript:alert(1)"}"#,
        r#"{"version":1,"headline":"H","source":{"name":"S","logo":{"src":"mailto:a@b.example"}}}"#,
        r#"{"version":1,"headline":"H","published":"2024-05-01T10:00:00"}"#,
        r#"{"version":1,"headline":"H","published":"2024-13-01"}"#,
        r#"{"version":1,"headline":"H","authors":[""]}"#,
        r#"{"version":1,"headline":"H","editor":{"lang":"zh"}}"#,
        r#"{"version":1,"headline":"H","tags":[null]}"#,
        r#"{"version":1,"headline":"H","people":[{"id":" ","name":"A"}]}"#,
        r#"{"version":1,"headline":"H","carousel":{"autoplay":1000}}"#,
        r#"{"version":1,"headline":"H","carousel":{"wrap":"yes"}}"#,
        r#"{"version":1,"headline":"H","quotes":"all"}"#,
        r#"{"version":1,"headline":"H","related":[{"headline":"R"}]}"#,
        r#"{"version":1,"headline":"H","related":[{"headline":"R","url":"/r","image":{"src":"data:x"}}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"paragraph"}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"video"}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"heading","level":5,"content":"x"}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"paragraph","content":[{"type":"span"}]}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"paragraph","content":[5]}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"paragraph","content":[{"type":"link","href":"vbscript:x","content":"x"}]}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"figure","image":{"src":"a.jpg","alt":"","width":0}}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"figure","image":{"src":"a.jpg"}}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"list","items":["a"],"ordered":1}]}"#,
    ] {
        let problems = match parse_article(doc) {
            Ok(parsed) => parsed.warnings.len(),
            Err(rejected) => rejected.errors.len() + rejected.warnings.len(),
        };
        assert!(problems > 0, "the parser finds nothing wrong with {doc}");
        assert!(
            !schema.errors(&json::parse(doc).expect("JSON")).is_empty(),
            "the schema accepts {doc}"
        );
    }
    // Documents the parser accepts in unusual but legal shapes pass the schema too.
    for doc in [
        r#"{"version":1.0,"headline":"H","lang":null,"body":[{"type":"heading","level":3.0,"content":""}]}"#,
        r##"{"version":1,"headline":"H","url":"?q=a:b","source":{"name":"S","url":"#top"}}"##,
        r#"{"version":1,"headline":"H","url":"  https://e.com/x  ","carousel":{"autoplay":0}}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"list","items":[]}],"x":{"y":1}}"#,
        r#"{"version":1,"headline":"H","url":"mailto:desk@news.example","authors":[{"name":"A","url":"MAILTO:a@news.example,b@news.example?subject=Hi%20there"}]}"#,
        r#"{"version":1,"headline":"H","body":[{"type":"paragraph","content":[{"type":"link","href":"mailto:tips@news.example","content":"Send a tip"}]}]}"#,
    ] {
        parse_clean(doc);
        let errors = schema.errors(&json::parse(doc).expect("JSON"));
        assert!(errors.is_empty(), "{doc}: {errors:#?}");
    }
}
