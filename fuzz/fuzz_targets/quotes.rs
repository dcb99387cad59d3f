//! Quote detection and annotation on an article built directly from fuzz text: paragraphs
//! split at '\n' (U+2028 separates paragraphs of one block for list items), a few people
//! and editor quotes chosen by the first bytes. Checks: detected spans are in bounds and on
//! character boundaries, annotation keeps every block's plain text and is idempotent,
//! speakers index into `people`, the index numbers quotes 1..=n.
#![no_main]

use broadsheet::model::{Article, Block, Inline, Person, QuoteMark, QuoteOrigin, QuotesMode};
use broadsheet::quotes;
use broadsheet_fuzz::{checks, text_of};
use libfuzzer_sys::fuzz_target;

fn plain(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .map(|block| match block {
            Block::Paragraph(content)
            | Block::Heading { content, .. }
            | Block::PullQuote { content, .. } => Inline::plain_text(content),
            Block::List { items, .. } => items
                .iter()
                .map(|item| Inline::plain_text(item))
                .collect::<Vec<_>>()
                .join("|"),
            Block::Figure(_) => String::new(),
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let (flags, rest) = data.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
    let text = text_of(rest);
    let paragraphs: Vec<&str> = text.split('\n').collect();

    // The detector alone: spans inside their paragraph, on character boundaries.
    for quote in quotes::detect(&paragraphs) {
        assert!(!quote.spans.is_empty());
        for span in &quote.spans {
            let paragraph = paragraphs.get(span.paragraph).expect("span in a paragraph");
            assert!(
                span.start < span.end && span.end <= paragraph.len(),
                "span {span:?} outside {paragraph:?}"
            );
            assert!(paragraph.is_char_boundary(span.start) && paragraph.is_char_boundary(span.end));
        }
        assert!(
            (0.0..=1.0).contains(&quote.confidence),
            "confidence {}",
            quote.confidence
        );
    }

    // The same text as an article, with editor markup chosen by `flags`.
    let mut people = Vec::new();
    if flags & 1 != 0 {
        people.push(Person {
            id: "jane".into(),
            name: "Jane Okafor".into(),
            ..Person::default()
        });
    }
    let body = paragraphs
        .iter()
        .enumerate()
        .map(|(i, paragraph)| {
            let mut nodes = vec![Inline::Text(paragraph.to_string())];
            if flags & 2 != 0 && i % 2 == 0 && !paragraph.trim().is_empty() {
                // Split the paragraph in the middle and mark the second half as an editor quote.
                let mut cut = paragraph.len() / 2;
                while !paragraph.is_char_boundary(cut) {
                    cut -= 1;
                }
                let (head, tail) = paragraph.split_at(cut);
                nodes = vec![
                    Inline::Text(head.to_string()),
                    Inline::Quote(QuoteMark {
                        quote_id: format!("q{}", i % 3),
                        speaker: (flags & 1 != 0).then_some(0),
                        origin: QuoteOrigin::Editor,
                        content: vec![Inline::Emphasis(vec![Inline::Text(tail.to_string())])],
                        part: 0,
                    }),
                ];
            }
            match (flags >> 2) % 4 {
                1 if i % 3 == 1 => Block::PullQuote {
                    content: nodes,
                    attribution: None,
                },
                2 if i % 3 == 1 => Block::List {
                    ordered: false,
                    items: vec![nodes.clone(), nodes],
                },
                3 => Block::Paragraph(vec![Inline::Strong(nodes), Inline::LineBreak]),
                _ => Block::Paragraph(nodes),
            }
        })
        .collect();
    let mode = match (flags >> 4) % 3 {
        0 => QuotesMode::Auto,
        1 => QuotesMode::Explicit,
        _ => QuotesMode::Off,
    };
    let article = Article {
        headline: "Fuzz".into(),
        lang: "en".into(),
        body,
        people,
        quotes: mode,
        ..Article::default()
    };
    let before = plain(&article);
    let annotated = quotes::annotate(article);
    assert_eq!(plain(&annotated), before, "annotation changed the text");
    for person in &annotated.people {
        assert!(
            !person.name.trim().is_empty(),
            "a detected speaker without a name"
        );
    }
    checks::quote_marks(&annotated);

    let index = quotes::index(&annotated);
    for (i, quote) in index.quotes.iter().enumerate() {
        assert_eq!(quote.number, i + 1);
        assert!(quote.speaker.is_none_or(|s| s < annotated.people.len()));
    }
    let again = quotes::annotate(annotated.clone());
    assert_eq!(again, annotated, "annotating twice changed the article");
});
