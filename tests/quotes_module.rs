#![cfg(not(target_arch = "wasm32"))]
//! Quote detection as a module of its own (the widget's release bundle): what crosses between
//! the widget and the detection module (`quotes::Request` and `quotes::Decisions`, in their
//! wire form), and that the widget's two steps (the editor's quotes first, then what the
//! module decided) end with the same article as detecting in place.

#[path = "support/demo.rs"]
mod demo;
#[path = "../examples/quote_eval.rs"]
#[allow(dead_code)]
mod quote_eval;

use broadsheet::model::{parse_article, Article, Block, Inline, Person, QuotesMode};
use broadsheet::quotes::{
    annotate, annotate_detected, decide_request, detection_request, needs_detection, DecidedQuote,
    Decisions, Known, KnownPerson, Request, Span, WireError,
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
/// module's decisions, both ways through the wire form, on the article it already shows.
fn in_two_steps(article: Article) -> Article {
    let (shown_first, _) = annotate_detected(article, Decisions::default());
    let (numbers, strings) = detection_request(&shown_first).encode();
    let sent = Request::decode(&numbers, strings).expect("the widget's own request decodes");
    let (numbers, strings) = decide_request(&sent).encode();
    let received = Decisions::decode(&numbers, strings).expect("the module's own answer decodes");
    annotate_detected(shown_first, received).0
}

#[test]
fn requests_and_decisions_of_the_corpus_survive_the_wire() {
    let mut quotes = 0;
    for item in corpus() {
        let request = detection_request(&article_of(&item.paragraphs));
        let (numbers, strings) = request.clone().encode();
        assert_eq!(
            Request::decode(&numbers, strings).as_ref(),
            Ok(&request),
            "{}",
            item.name
        );
        let decisions = decide_request(&request);
        quotes += decisions.quotes.len();
        let (numbers, strings) = decisions.clone().encode();
        assert_eq!(
            Decisions::decode(&numbers, strings),
            Ok(decisions),
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
    let (first, _) = annotate_detected(article.clone(), Decisions::default());
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
fn the_request_carries_editor_quotes_ids_and_people_and_decisions_respect_them() {
    let article = demo::demo_article();
    let (shown_first, _) = annotate_detected(article, Decisions::default());
    let request = detection_request(&shown_first);
    let known = &request.known;
    let paragraphs = shown_first
        .body
        .iter()
        .filter(|block| matches!(block, Block::Paragraph(_)))
        .count();
    assert_eq!(request.texts.len(), paragraphs);
    assert_eq!(known.editor_ranges.len(), paragraphs);
    assert!(known.editor_ranges.iter().any(|ranges| !ranges.is_empty()));
    assert!(!known.quote_ids.is_empty(), "the demo marks quotes itself");
    assert_eq!(known.people.len(), shown_first.people.len());
    let decisions = decide_request(&request);
    assert!(!decisions.quotes.is_empty());
    for quote in &decisions.quotes {
        assert!(
            !known.quote_ids.contains(&quote.id),
            "{} is taken",
            quote.id
        );
        for span in &quote.spans {
            let touches_editor = known.editor_ranges[span.paragraph]
                .iter()
                .any(|&(a, b)| span.start < b && a < span.end);
            assert!(
                !touches_editor,
                "{span:?} of {} touches an editor quote",
                quote.id
            );
        }
    }
    // Speakers who are one of the article's people keep their index; new ones follow them.
    let people = known.people.len() + decisions.new_people.len();
    assert!(decisions
        .quotes
        .iter()
        .all(|q| q.speaker.is_none_or(|s| s < people)));
    for person in &decisions.new_people {
        assert!(known.people.iter().all(|known| known.id != person.id));
    }
}

#[test]
fn a_detected_speaker_with_an_editor_persons_surname_is_that_person() {
    let request = Request {
        texts: vec!["Jane Doe spoke.".into(), "“We won,” Doe said.".into()],
        known: Known {
            editor_ranges: vec![Vec::new(), Vec::new()],
            quote_ids: vec!["auto-1".into()],
            people: vec![KnownPerson {
                id: "p1".into(),
                name: "Jane Doe".into(),
            }],
        },
    };
    let decisions = decide_request(&request);
    assert_eq!(decisions.quotes.len(), 1);
    assert_eq!(decisions.quotes[0].id, "auto-2", "auto-1 is the editor's");
    assert_eq!(decisions.quotes[0].speaker, Some(0));
    assert!(decisions.new_people.is_empty());
}

#[test]
fn spans_and_speakers_that_do_not_fit_the_article_are_dropped_without_panicking() {
    let article = article_of(&[
        "“Oui,” dit é Dupont.".to_owned(),
        "“Non,” dit-il.".to_owned(),
    ]);
    let quote = |id: &str, paragraph, start, end, speaker| DecidedQuote {
        id: id.into(),
        speaker,
        spans: vec![Span {
            paragraph,
            start,
            end,
        }],
    };
    let text_len = "“Oui,” dit é Dupont.".len();
    let inside_e = "“Oui,” dit ".len() + 1;
    let decisions = Decisions {
        quotes: vec![
            quote("a", 7, 0, 4, Some(0)),               // no such paragraph
            quote("b", 0, 5, 2, Some(0)),               // backwards
            quote("c", 0, 0, text_len + 10, Some(0)),   // past the end
            quote("d", 0, inside_e, text_len, Some(0)), // starts inside a character
            quote("e", 1, 0, "“Non,”".len(), Some(9)),  // a speaker who is nobody
        ],
        new_people: vec![Person {
            id: "auto-person-1".into(),
            name: "Jeanne Dupont".into(),
            role: None,
            organization: None,
            url: None,
        }],
        over_limit: 0,
    };
    let (annotated, over_limit) = annotate_detected(article, decisions);
    assert_eq!(over_limit, 0);
    let text = match &annotated.body[0] {
        Block::Paragraph(content) => Inline::plain_text(content),
        other => panic!("expected a paragraph, got {other:?}"),
    };
    assert_eq!(text, "“Oui,” dit é Dupont.", "the text is never changed");
    let index = broadsheet::quotes::index(&annotated);
    assert!(index
        .quotes
        .iter()
        .all(|q| q.speaker.is_none_or(|s| s == 0)));
    assert_eq!(
        index
            .quotes
            .iter()
            .find(|q| q.quote_id == "e")
            .map(|q| q.speaker),
        Some(None)
    );
}

#[test]
fn malformed_answers_are_refused_with_a_reason() {
    let no_strings = Vec::new;
    assert_eq!(
        Decisions::decode(&[], no_strings()),
        Err(WireError::Truncated)
    );
    // A quote announced with a span, the span cut short.
    assert_eq!(
        Decisions::decode(&[0, 1, 1, 0, 0], vec!["auto-1".into()]),
        Err(WireError::Truncated)
    );
    // Four billion quotes announced, three numbers sent: refused, nothing huge allocated.
    assert_eq!(
        Decisions::decode(&[0, u32::MAX, 1, 0], no_strings()),
        Err(WireError::Truncated)
    );
    // One quote without its id.
    assert_eq!(
        Decisions::decode(&[0, 1, 1, 0, 0, 4, 0, 0], no_strings()),
        Err(WireError::MissingString)
    );
    // One new person announced with a role, only the id and name sent.
    assert_eq!(
        Decisions::decode(
            &[0, 0, 1, 1],
            vec!["auto-person-1".into(), "Ann Lee".into()]
        ),
        Err(WireError::MissingString)
    );
    assert_eq!(
        Decisions::decode(&[0, 0, 0, 9], no_strings()),
        Err(WireError::TrailingData)
    );
    assert_eq!(
        Decisions::decode(&[0, 0, 0], vec!["stray".into()]),
        Err(WireError::TrailingData)
    );
    // And a well-formed one: one quote without a speaker, one new person with an
    // organisation, two quotes over the limit.
    let decoded = Decisions::decode(
        &[2, 1, 1, 0, 0, 4, 0, 1, 2],
        vec![
            "auto-1".into(),
            "auto-person-1".into(),
            "Ann Lee".into(),
            "Port".into(),
        ],
    );
    assert_eq!(
        decoded,
        Ok(Decisions {
            quotes: vec![DecidedQuote {
                id: "auto-1".into(),
                speaker: None,
                spans: vec![Span {
                    paragraph: 0,
                    start: 0,
                    end: 4
                }],
            }],
            new_people: vec![Person {
                id: "auto-person-1".into(),
                name: "Ann Lee".into(),
                role: None,
                organization: Some("Port".into()),
                url: None,
            }],
            over_limit: 2,
        })
    );
}

#[test]
fn malformed_requests_are_refused_with_a_reason() {
    let no_strings = Vec::new;
    assert_eq!(
        Request::decode(&[], no_strings()),
        Err(WireError::Truncated)
    );
    // Four billion paragraphs announced: refused, nothing huge allocated.
    assert_eq!(
        Request::decode(&[u32::MAX, 0], no_strings()),
        Err(WireError::Truncated)
    );
    // One paragraph with one editor range, cut short.
    assert_eq!(
        Request::decode(&[1, 1, 0], vec!["text".into()]),
        Err(WireError::Truncated)
    );
    // One paragraph, no text sent.
    assert_eq!(
        Request::decode(&[1, 0, 0, 0], no_strings()),
        Err(WireError::MissingString)
    );
    // One person announced, only the id sent.
    assert_eq!(
        Request::decode(&[0, 0, 1], vec!["p1".into()]),
        Err(WireError::MissingString)
    );
    assert_eq!(
        Request::decode(&[0, 0, 0, 7], no_strings()),
        Err(WireError::TrailingData)
    );
    assert_eq!(
        Request::decode(&[0, 0, 0], vec!["stray".into()]),
        Err(WireError::TrailingData)
    );
    assert_eq!(
        Request::decode(
            &[1, 1, 2, 9, 1, 1],
            vec![
                "“Hi,” I said.".into(),
                "q1".into(),
                "p1".into(),
                "Ann Lee".into()
            ]
        ),
        Ok(Request {
            texts: vec!["“Hi,” I said.".into()],
            known: Known {
                editor_ranges: vec![vec![(2, 9)]],
                quote_ids: vec!["q1".into()],
                people: vec![KnownPerson {
                    id: "p1".into(),
                    name: "Ann Lee".into()
                }],
            },
        })
    );
}
