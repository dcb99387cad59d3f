#![cfg(not(target_arch = "wasm32"))]
//! Quote detection as a module of its own (the widget's release bundle): what crosses between
//! the detection module and the widget (`quotes::Detections`'s wire form), and that the
//! widget's two steps (the editor's quotes first, then what the module found) end with the
//! same article as detecting in place.

#[path = "support/demo.rs"]
mod demo;
#[path = "../examples/quote_eval.rs"]
#[allow(dead_code)]
mod quote_eval;

use broadsheet::model::{parse_article, Article, Block, Inline, QuotesMode};
use broadsheet::quotes::{
    annotate, annotate_detected, detection_texts, find, needs_detection, Detections, Found, Span,
    SpeakerGuess, WireError,
};

fn corpus() -> Vec<quote_eval::Item> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/quotes/corpus.json");
    let text = std::fs::read_to_string(path).expect("corpus file is part of the repository");
    quote_eval::load(&text).expect("corpus is well-formed")
}

fn article_of(paragraphs: &[String]) -> Article {
    Article {
        headline: "Test".into(),
        body: paragraphs
            .iter()
            .map(|text| Block::Paragraph(vec![Inline::Text(text.clone())]))
            .collect(),
        ..Article::default()
    }
}

/// What the widget does without detection in its bundle: the editor's quotes now, then the
/// module's answer, through the wire form, on the article it already shows.
fn in_two_steps(article: Article) -> Article {
    let (shown_first, _) = annotate_detected(article, Detections::default());
    let texts = detection_texts(&shown_first);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let (numbers, strings) = find(&refs).encode();
    let received = Detections::decode(&numbers, strings).expect("the module's own answer decodes");
    annotate_detected(shown_first, received).0
}

#[test]
fn detections_of_the_corpus_survive_the_wire() {
    let mut quotes = 0;
    for item in corpus() {
        let refs: Vec<&str> = item.paragraphs.iter().map(String::as_str).collect();
        let found = find(&refs);
        quotes += found.quotes.len();
        let (numbers, strings) = found.encode();
        assert_eq!(
            Detections::decode(&numbers, strings),
            Ok(found),
            "{}",
            item.name
        );
    }
    assert!(quotes > 100, "the corpus has {quotes} quotes");
}

#[test]
fn two_steps_give_the_article_that_detection_in_place_gives() {
    for item in corpus() {
        let article = article_of(&item.paragraphs);
        assert_eq!(
            in_two_steps(article.clone()),
            annotate(article),
            "{}",
            item.name
        );
    }
}

#[test]
fn demo_article_in_two_steps_keeps_editor_quotes_and_people() {
    let article = demo::demo_article();
    assert!(needs_detection(&article));
    let (first, _) = annotate_detected(article.clone(), Detections::default());
    let in_place = annotate(article.clone());
    let two_steps = in_two_steps(article);
    assert_eq!(two_steps, in_place);
    // The first step already shows the editor's quotes, and detection adds more.
    let marks = |a: &Article| broadsheet::quotes::index(a).quotes.len();
    assert!(marks(&first) > 0, "the demo has editor-marked quotes");
    assert!(marks(&in_place) > marks(&first));
}

#[test]
fn articles_without_auto_quotes_or_paragraphs_need_no_detection() {
    let parsed = |json: &str| parse_article(json).expect("valid article").article;
    let explicit = parsed(
        r#"{"version":1,"headline":"H","quotes":"explicit","body":[{"type":"paragraph","content":"“Hi,” she said."}]}"#,
    );
    let off = parsed(
        r#"{"version":1,"headline":"H","quotes":"off","body":[{"type":"paragraph","content":"“Hi,” she said."}]}"#,
    );
    let no_paragraph = parsed(
        r#"{"version":1,"headline":"H","body":[{"type":"heading","content":"“Hi,” she said."}]}"#,
    );
    let auto = parsed(
        r#"{"version":1,"headline":"H","body":[{"type":"paragraph","content":"“Hi,” she said."}]}"#,
    );
    assert_eq!(explicit.quotes, QuotesMode::Explicit);
    assert!(!needs_detection(&explicit));
    assert!(!needs_detection(&off));
    assert!(!needs_detection(&no_paragraph));
    assert!(needs_detection(&auto));
}

#[test]
fn spans_that_do_not_fit_the_article_are_dropped_without_panicking() {
    let article = article_of(&["“Oui,” dit é Dupont.".to_owned()]);
    let quote = |paragraph, start, end| Found {
        first: Span {
            paragraph,
            start,
            end,
        },
        rest: Vec::new(),
        speaker: Some(0),
        confidence: 1.0,
    };
    let text_len = "“Oui,” dit é Dupont.".len();
    let inside_e = "“Oui,” dit ".len() + 1;
    let detections = Detections {
        quotes: vec![
            quote(7, 0, 4),               // no such paragraph
            quote(0, 5, 2),               // backwards
            quote(0, 0, text_len + 10),   // past the end
            quote(0, inside_e, text_len), // starts inside a character
        ],
        guesses: vec![SpeakerGuess {
            name: "Jeanne Dupont".into(),
            role: None,
            organization: None,
        }],
    };
    let (annotated, over_limit) = annotate_detected(article, detections);
    assert_eq!(over_limit, 0);
    let text = match &annotated.body[0] {
        Block::Paragraph(content) => Inline::plain_text(content),
        other => panic!("expected a paragraph, got {other:?}"),
    };
    assert_eq!(text, "“Oui,” dit é Dupont.", "the text is never changed");
}

#[test]
fn malformed_answers_are_refused_with_a_reason() {
    let no_strings = Vec::new;
    assert_eq!(
        Detections::decode(&[], no_strings()),
        Err(WireError::Truncated)
    );
    // A quote announced with no span.
    assert_eq!(
        Detections::decode(&[1, 0, 0, 0], no_strings()),
        Err(WireError::Truncated)
    );
    // Four billion quotes announced, three numbers sent: refused, nothing huge allocated.
    assert_eq!(
        Detections::decode(&[u32::MAX, 1, 0], no_strings()),
        Err(WireError::Truncated)
    );
    // One quote, speaker guess 1 (of none).
    let one_quote = [1, 1, 0, 0, 4, 1, 0, 0];
    assert_eq!(
        Detections::decode(&one_quote, no_strings()),
        Err(WireError::UnknownSpeaker)
    );
    // One guess announced with its role, only the name sent.
    assert_eq!(
        Detections::decode(&[0, 1, 1], vec!["Ann Lee".into()]),
        Err(WireError::MissingString)
    );
    assert_eq!(
        Detections::decode(&[0, 0, 9], no_strings()),
        Err(WireError::TrailingData)
    );
    assert_eq!(
        Detections::decode(&[0, 0], vec!["stray".into()]),
        Err(WireError::TrailingData)
    );
    // And a well-formed one: no speaker, one guess with an organisation.
    let decoded = Detections::decode(
        &[1, 1, 0, 0, 4, 0, 0, 1, 2],
        vec!["Ann Lee".into(), "Port".into()],
    );
    assert_eq!(
        decoded,
        Ok(Detections {
            quotes: vec![Found {
                first: Span {
                    paragraph: 0,
                    start: 0,
                    end: 4
                },
                rest: Vec::new(),
                speaker: None,
                confidence: 0.0,
            }],
            guesses: vec![SpeakerGuess {
                name: "Ann Lee".into(),
                role: None,
                organization: Some("Port".into()),
            }],
        })
    );
}
