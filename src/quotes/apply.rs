//! Applying detection to an article: plain text of each paragraph (and what `decide` needs
//! to know of the article, [`known`]) -> decided spans (`decide`, here or in the detection
//! module) -> the paragraph's inline tree with `Text` nodes split at span boundaries and the
//! covered pieces wrapped in `Inline::Quote`. A span crossing an emphasis or link boundary
//! becomes one wrapper per side, all with the same `quote_id`.

use std::borrow::Cow;

use super::wire::{Decisions, Known, KnownPerson};

use crate::model::{Article, Block, Inline, QuoteMark, QuoteOrigin, QuotesMode};

/// Most quotes detected automatically that one article highlights; later ones stay plain
/// text. A real article has dozens; the limit keeps a document made of nothing but quotes
/// (a 5 MiB one can hold 170,000) from costing the reader's browser seconds of DOM work.
/// Editor-marked quotes are not counted: each costs the document a JSON object already.
pub const MAX_DETECTED_QUOTES: usize = 10_000;

/// Applies `article.quotes`; see [`super::annotate_counting`]. In `Auto` mode, `decide`
/// gets the article with only the editor's quotes and returns what detection decided there
/// ([`decide_in_place`], or the detection module's answer); without it (detection runs
/// later, elsewhere), only the editor's quotes are applied.
pub(crate) fn annotate(
    mut article: Article,
    decide: Option<impl FnOnce(&Article) -> Decisions>,
) -> (Article, usize) {
    let mode = article.quotes;
    // Earlier detection results are recomputed, so annotating twice changes nothing.
    let keep_editor = mode != QuotesMode::Off;
    for block in &mut article.body {
        map_block(block, &mut |nodes| unwrap_quotes(nodes, keep_editor));
    }
    let mut over_limit = 0;
    if let (QuotesMode::Auto, Some(decide)) = (mode, decide) {
        let decisions = decide(&article);
        over_limit = apply_decisions(&mut article, decisions);
    }
    (article, over_limit)
}

fn map_block(block: &mut Block, f: &mut dyn FnMut(Vec<Inline>) -> Vec<Inline>) {
    match block {
        Block::Paragraph(content)
        | Block::Heading { content, .. }
        | Block::PullQuote { content, .. } => {
            *content = f(std::mem::take(content));
        }
        Block::List { items, .. } => {
            for item in items {
                *item = f(std::mem::take(item));
            }
        }
        Block::Figure(figure) => {
            if let Some(caption) = &mut figure.caption {
                *caption = f(std::mem::take(caption));
            }
        }
    }
}

/// Replaces quote marks by their content: all of them, or only detected ones.
fn unwrap_quotes(nodes: Vec<Inline>, keep_editor: bool) -> Vec<Inline> {
    // Most runs hold nothing to unwrap: keep them as they are rather than rebuild them.
    if !has_quote_to_unwrap(&nodes, keep_editor) {
        return nodes;
    }
    let mut out = Vec::with_capacity(nodes.len());
    for node in nodes {
        match node {
            Inline::Quote(mark) if !keep_editor || mark.origin == QuoteOrigin::Detected => {
                out.extend(unwrap_quotes(mark.content, keep_editor));
            }
            Inline::Quote(mut mark) => {
                mark.content = unwrap_quotes(mark.content, keep_editor);
                out.push(Inline::Quote(mark));
            }
            Inline::Emphasis(content) => {
                out.push(Inline::Emphasis(unwrap_quotes(content, keep_editor)))
            }
            Inline::Strong(content) => {
                out.push(Inline::Strong(unwrap_quotes(content, keep_editor)))
            }
            Inline::Link { href, content } => out.push(Inline::Link {
                href,
                content: unwrap_quotes(content, keep_editor),
            }),
            other => out.push(other),
        }
    }
    out
}

fn has_quote_to_unwrap(nodes: &[Inline], keep_editor: bool) -> bool {
    nodes.iter().any(|node| match node {
        Inline::Quote(mark) => {
            !keep_editor
                || mark.origin == QuoteOrigin::Detected
                || has_quote_to_unwrap(&mark.content, keep_editor)
        }
        Inline::Emphasis(content) | Inline::Strong(content) | Inline::Link { content, .. } => {
            has_quote_to_unwrap(content, keep_editor)
        }
        Inline::Text(_) | Inline::LineBreak => false,
    })
}

/// Length of a node's plain text, as `Inline::plain_text` writes it.
fn plain_len(node: &Inline) -> usize {
    match node {
        Inline::Text(text) => text.len(),
        Inline::LineBreak => 1,
        Inline::Emphasis(content) | Inline::Strong(content) | Inline::Link { content, .. } => {
            content.iter().map(plain_len).sum()
        }
        Inline::Quote(mark) => mark.content.iter().map(plain_len).sum(),
    }
}

/// Byte ranges of the editor's quotes in a paragraph's plain text.
fn editor_ranges(nodes: &[Inline], pos: &mut usize, out: &mut Vec<(usize, usize)>) {
    for node in nodes {
        let len = plain_len(node);
        match node {
            Inline::Quote(_) => out.push((*pos, *pos + len)),
            Inline::Emphasis(content) | Inline::Strong(content) | Inline::Link { content, .. } => {
                let mut inner = *pos;
                editor_ranges(content, &mut inner, out);
            }
            _ => {}
        }
        *pos += len;
    }
}

/// One detected span to wrap, in paragraph plain-text bytes.
#[derive(Debug, Clone)]
struct Wrap {
    start: usize,
    end: usize,
    /// Index of the quote's id in the list of new ids.
    quote: usize,
    speaker: Option<usize>,
}

/// The paragraphs detection reads: the body's `Paragraph` blocks, by index.
fn detected_paragraphs(article: &Article) -> Vec<usize> {
    (0..article.body.len())
        .filter(|&i| matches!(article.body[i], Block::Paragraph(_)))
        .collect()
}

/// The plain text of each of `paragraphs` (indexes into the body): a paragraph of one text
/// node (most are) is read in place rather than copied. Quote marks do not change the
/// text, so the article may be annotated already.
fn paragraph_texts<'a>(article: &'a Article, paragraphs: &[usize]) -> Vec<Cow<'a, str>> {
    paragraphs
        .iter()
        .map(|&i| match &article.body[i] {
            Block::Paragraph(content) => match content.as_slice() {
                [Inline::Text(text)] => Cow::Borrowed(text.as_str()),
                _ => Cow::Owned(Inline::plain_text(content)),
            },
            _ => Cow::Borrowed(""),
        })
        .collect()
}

/// What detection and deciding read of `article` (whose detected quotes are unwrapped): the
/// plain text of each paragraph detection reads, in order, and what deciding needs to know
/// besides ([`Known`]). What the detection module is sent, and what deciding in place reads.
pub(crate) fn detection_input(article: &Article) -> (Vec<Cow<'_, str>>, Known) {
    let paragraphs = detected_paragraphs(article);
    let editor_ranges = paragraphs
        .iter()
        .map(|&i| {
            let mut out = Vec::new();
            if let Block::Paragraph(content) = &article.body[i] {
                editor_ranges(content, &mut 0, &mut out);
            }
            out
        })
        .collect();
    let mut quote_ids = Vec::new();
    for block in &article.body {
        collect_ids(block, &mut quote_ids);
    }
    let people = article
        .people
        .iter()
        .map(|p| KnownPerson {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect();
    let known = Known {
        editor_ranges,
        quote_ids,
        people,
    };
    (paragraph_texts(article, &paragraphs), known)
}

/// Detects and decides in place: what the detection module does for the widget.
#[cfg(feature = "quote-detection")]
pub(crate) fn decide_in_place(article: &Article) -> Decisions {
    let (texts, known) = detection_input(article);
    let refs: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
    super::decide::decide(super::detect::find(&refs), &known)
}

/// Marks the decided quotes in `article` and adds the new people; returns the number of
/// quotes past [`MAX_DETECTED_QUOTES`], which stay plain text. Spans outside the paragraphs
/// detection reads, and speakers who are nobody in the article, are dropped.
fn apply_decisions(article: &mut Article, decisions: Decisions) -> usize {
    let Decisions {
        quotes,
        new_people,
        over_limit,
    } = decisions;
    let paragraphs = detected_paragraphs(article);
    article.people.extend(new_people);
    let people = article.people.len();
    let mut wraps: Vec<Vec<Wrap>> = vec![Vec::new(); paragraphs.len()];
    let mut ids: Vec<String> = Vec::with_capacity(quotes.len());
    for quote in quotes {
        let speaker = quote.speaker.filter(|&s| s < people);
        for s in quote.spans {
            if let Some(list) = wraps.get_mut(s.paragraph).filter(|_| s.start < s.end) {
                list.push(Wrap {
                    start: s.start,
                    end: s.end,
                    quote: ids.len(),
                    speaker,
                });
            }
        }
        ids.push(quote.id);
    }
    for (k, &bi) in paragraphs.iter().enumerate() {
        let list = std::mem::take(&mut wraps[k]);
        if list.is_empty() {
            continue;
        }
        // By start, ties in the order found (the index breaks them): one `(usize, usize)`
        // sort for the whole quote pipeline, see `detect::resolve`.
        let mut order: Vec<(usize, usize)> = list.iter().map(|w| w.start).zip(0..).collect();
        order.sort_unstable();
        let list: Vec<Wrap> = order.iter().map(|&(_, i)| list[i].clone()).collect();
        if let Block::Paragraph(content) = &mut article.body[bi] {
            let nodes = std::mem::take(content);
            *content = wrap(nodes, 0, &list, &ids);
        }
    }
    over_limit
}

fn collect_ids(block: &Block, out: &mut Vec<String>) {
    fn walk(nodes: &[Inline], out: &mut Vec<String>) {
        for node in nodes {
            match node {
                Inline::Quote(mark) => {
                    out.push(mark.quote_id.clone());
                    walk(&mark.content, out);
                }
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => {
                    walk(c, out)
                }
                _ => {}
            }
        }
    }
    match block {
        Block::Paragraph(c)
        | Block::Heading { content: c, .. }
        | Block::PullQuote { content: c, .. } => walk(c, out),
        Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
        Block::Figure(f) => {
            if let Some(c) = &f.caption {
                walk(c, out);
            }
        }
    }
}

/// Rewrites `nodes` (whose plain text starts at byte `base` of the paragraph) so the bytes
/// of each wrap sit inside a detected quote mark.
fn wrap(nodes: Vec<Inline>, base: usize, wraps: &[Wrap], ids: &[String]) -> Vec<Inline> {
    let mut out = Vec::with_capacity(nodes.len() + 2);
    let mut open: Option<(usize, Vec<Inline>)> = None;
    let mut pos = base;
    let flush = |open: &mut Option<(usize, Vec<Inline>)>, out: &mut Vec<Inline>| {
        if let Some((w, content)) = open.take() {
            if !content.is_empty() {
                out.push(Inline::Quote(QuoteMark {
                    quote_id: ids.get(wraps[w].quote).cloned().unwrap_or_default(),
                    speaker: wraps[w].speaker,
                    origin: QuoteOrigin::Detected,
                    content,
                    part: 0, // numbered at the end of `annotate`
                }));
            }
        }
    };
    // The wrap covering byte `at`, if any.
    let covering = |at: usize| {
        let i = wraps.partition_point(|w| w.end <= at);
        wraps.get(i).filter(|w| w.start <= at).map(|_| i)
    };
    for node in nodes {
        let len = plain_len(&node);
        let end = pos + len;
        let first = wraps.partition_point(|w| w.end <= pos);
        let touches = wraps.get(first).is_some_and(|w| w.start < end);
        if !touches || len == 0 {
            flush(&mut open, &mut out);
            out.push(node);
            pos = end;
            continue;
        }
        match node {
            Inline::Text(mut text) => {
                let mut cur = pos;
                while cur < end {
                    let (piece_end, w) = match covering(cur) {
                        Some(w) => (wraps[w].end.min(end), Some(w)),
                        None => {
                            let next = wraps
                                .get(wraps.partition_point(|w| w.end <= cur))
                                .map_or(end, |w| w.start);
                            (next.clamp(cur + 1, end), None)
                        }
                    };
                    let piece = match text.get(cur - pos..piece_end - pos) {
                        // The last piece keeps the node's own string.
                        Some(_) if piece_end == end => {
                            text.replace_range(..cur - pos, "");
                            std::mem::take(&mut text)
                        }
                        Some(piece) => piece.to_string(),
                        None => {
                            // Not a char boundary: cannot happen with detector spans, but
                            // keep the rest of the text whole rather than panic.
                            flush(&mut open, &mut out);
                            out.push(Inline::Text(
                                text.get(cur - pos..).unwrap_or_default().to_string(),
                            ));
                            break;
                        }
                    };
                    push_piece(&mut open, &mut out, w, Inline::Text(piece), &flush);
                    cur = piece_end;
                }
            }
            Inline::LineBreak => push_piece(
                &mut open,
                &mut out,
                covering(pos),
                Inline::LineBreak,
                &flush,
            ),
            Inline::Quote(mark) => {
                flush(&mut open, &mut out);
                out.push(Inline::Quote(mark));
            }
            container => {
                let whole = covering(pos).filter(|&w| wraps[w].end >= end);
                if let Some(w) = whole {
                    push_piece(&mut open, &mut out, Some(w), container, &flush);
                } else {
                    flush(&mut open, &mut out);
                    out.push(match container {
                        Inline::Emphasis(c) => Inline::Emphasis(wrap(c, pos, wraps, ids)),
                        Inline::Strong(c) => Inline::Strong(wrap(c, pos, wraps, ids)),
                        Inline::Link { href, content } => Inline::Link {
                            href,
                            content: wrap(content, pos, wraps, ids),
                        },
                        other => other,
                    });
                }
            }
        }
        pos = end;
    }
    flush(&mut open, &mut out);
    out
}

type Open = Option<(usize, Vec<Inline>)>;

fn push_piece(
    open: &mut Open,
    out: &mut Vec<Inline>,
    w: Option<usize>,
    node: Inline,
    flush: &dyn Fn(&mut Open, &mut Vec<Inline>),
) {
    match (w, open.as_mut()) {
        (Some(w), Some((cur, content))) if *cur == w => content.push(node),
        (Some(w), _) => {
            flush(open, out);
            *open = Some((w, vec![node]));
        }
        (None, _) => {
            flush(open, out);
            out.push(node);
        }
    }
}

#[cfg(all(test, feature = "quote-detection"))]
mod tests {
    use super::*;
    use crate::model::{Person, SafeUrl};
    use crate::quotes::index;

    fn annotate(article: Article) -> (Article, usize) {
        super::annotate(article, Some(decide_in_place))
    }

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    fn quote(
        id: &str,
        speaker: Option<usize>,
        origin: QuoteOrigin,
        content: Vec<Inline>,
    ) -> Inline {
        Inline::Quote(QuoteMark {
            quote_id: id.to_string(),
            speaker,
            origin,
            content,
            part: 0,
        })
    }

    fn article(mode: QuotesMode, body: Vec<Block>) -> Article {
        Article {
            body,
            quotes: mode,
            ..Article::default()
        }
    }

    fn para(nodes: Vec<Inline>) -> Block {
        Block::Paragraph(nodes)
    }

    #[test]
    fn auto_splits_text_nodes_and_adds_people() {
        let (a, _) = annotate(article(
            QuotesMode::Auto,
            vec![para(vec![text("“Yes,” Jane Doe said. Then she left.")])],
        ));
        assert_eq!(
            a.body,
            vec![para(vec![
                quote(
                    "auto-1",
                    Some(0),
                    QuoteOrigin::Detected,
                    vec![text("“Yes,”")]
                ),
                text(" Jane Doe said. Then she left."),
            ])]
        );
        assert_eq!(a.people.len(), 1);
        assert_eq!(
            (a.people[0].id.as_str(), a.people[0].name.as_str()),
            ("auto-person-1", "Jane Doe")
        );
    }

    #[test]
    fn auto_reuses_existing_people_by_name_or_surname() {
        let mut a = article(
            QuotesMode::Auto,
            vec![
                para(vec![text("Jane Doe spoke.")]),
                para(vec![text("“We won,” Doe said.")]),
            ],
        );
        a.people.push(Person {
            id: "p1".into(),
            name: "Jane Doe".into(),
            ..Person::default()
        });
        let (a, _) = annotate(a);
        assert_eq!(a.people.len(), 1);
        let Block::Paragraph(nodes) = &a.body[1] else {
            panic!("paragraph")
        };
        assert!(matches!(&nodes[0], Inline::Quote(m) if m.speaker == Some(0)));
    }

    #[test]
    fn off_removes_every_quote_mark() {
        let body = vec![
            para(vec![
                text("a "),
                quote("q1", None, QuoteOrigin::Editor, vec![text("“b”")]),
                text(" c"),
            ]),
            Block::List {
                ordered: false,
                items: vec![vec![quote(
                    "q2",
                    None,
                    QuoteOrigin::Detected,
                    vec![text("d")],
                )]],
            },
        ];
        let (a, _) = annotate(article(QuotesMode::Off, body));
        assert_eq!(
            a.body,
            vec![
                para(vec![text("a "), text("“b”"), text(" c")]),
                Block::List {
                    ordered: false,
                    items: vec![vec![text("d")]]
                },
            ]
        );
    }

    #[test]
    fn explicit_keeps_editor_quotes_only() {
        let editor = quote(
            "q1",
            None,
            QuoteOrigin::Editor,
            vec![text("“Editor quote here,”")],
        );
        let body = vec![para(vec![
            editor.clone(),
            text(" she said. "),
            quote(
                "auto-9",
                None,
                QuoteOrigin::Detected,
                vec![text("“Detected one here.”")],
            ),
            text(" “Another long quote here,” Ada Obi said."),
        ])];
        let (a, _) = annotate(article(QuotesMode::Explicit, body));
        let Block::Paragraph(nodes) = &a.body[0] else {
            panic!("paragraph")
        };
        assert_eq!(nodes[0], editor);
        assert_eq!(
            nodes
                .iter()
                .filter(|n| matches!(n, Inline::Quote(_)))
                .count(),
            1
        );
        assert!(a.people.is_empty());
    }

    #[test]
    fn detected_span_overlapping_an_editor_quote_is_dropped() {
        let body = vec![para(vec![
            text("“We are "),
            quote("q1", None, QuoteOrigin::Editor, vec![text("ready")]),
            text(" to go,” Ada Obi said. “This one is ours,” she added."),
        ])];
        let (a, _) = annotate(article(QuotesMode::Auto, body));
        let idx = index(&a);
        let ids: Vec<&str> = idx.quotes.iter().map(|q| q.quote_id.as_str()).collect();
        assert_eq!(ids, vec!["q1", "auto-1"]);
        assert_eq!(idx.quotes[1].text, "“This one is ours,”");
    }

    #[test]
    fn span_crossing_emphasis_wraps_each_piece_with_one_id() {
        let body = vec![para(vec![
            Inline::Emphasis(vec![text("Ada Obi said: “We are")]),
            text(" done here.”"),
        ])];
        let (a, _) = annotate(article(QuotesMode::Auto, body));
        assert_eq!(
            a.body,
            vec![para(vec![
                Inline::Emphasis(vec![
                    text("Ada Obi said: "),
                    quote(
                        "auto-1",
                        Some(0),
                        QuoteOrigin::Detected,
                        vec![text("“We are")]
                    ),
                ]),
                quote(
                    "auto-1",
                    Some(0),
                    QuoteOrigin::Detected,
                    vec![text(" done here.”")]
                ),
            ])]
        );
        let idx = index(&a);
        assert_eq!(idx.quotes.len(), 1);
        assert_eq!(idx.quotes[0].text, "“We are done here.”");
    }

    #[test]
    fn span_covering_a_whole_link_wraps_it_and_crossing_one_splits_it() {
        let href = SafeUrl::parse("https://example.com/a").expect("valid URL");
        let link = |s: &str| Inline::Link {
            href: href.clone(),
            content: vec![text(s)],
        };
        let body = vec![para(vec![
            text("“Read "),
            link("the report"),
            text(" now,” Ada Obi said."),
        ])];
        let (a, _) = annotate(article(QuotesMode::Auto, body));
        assert_eq!(
            a.body,
            vec![para(vec![
                quote(
                    "auto-1",
                    Some(0),
                    QuoteOrigin::Detected,
                    vec![text("“Read "), link("the report"), text(" now,”")]
                ),
                text(" Ada Obi said."),
            ])]
        );
        let body = vec![para(vec![
            text("Ada Obi said: “Read the "),
            link("report now.” Then"),
            text(" go."),
        ])];
        let (a, _) = annotate(article(QuotesMode::Auto, body));
        assert_eq!(
            a.body,
            vec![para(vec![
                text("Ada Obi said: "),
                quote(
                    "auto-1",
                    Some(0),
                    QuoteOrigin::Detected,
                    vec![text("“Read the ")]
                ),
                Inline::Link {
                    href: href.clone(),
                    content: vec![
                        quote(
                            "auto-1",
                            Some(0),
                            QuoteOrigin::Detected,
                            vec![text("report now.”")]
                        ),
                        text(" Then")
                    ],
                },
                text(" go."),
            ])]
        );
    }

    #[test]
    fn multi_paragraph_quote_shares_one_id_and_annotate_is_idempotent() {
        let body = vec![
            para(vec![text("“First paragraph of the quote.")]),
            para(vec![text("“Second and last,” Ada Obi said.")]),
        ];
        let (once, _) = annotate(article(QuotesMode::Auto, body));
        let idx = index(&once);
        assert_eq!(idx.quotes.len(), 1);
        assert_eq!(
            idx.quotes[0].text,
            "“First paragraph of the quote. … “Second and last,”"
        );
        assert_eq!(annotate(once.clone()).0, once);
    }

    #[test]
    fn index_numbers_in_reading_order_and_counts_speakers() {
        let mut a = article(
            QuotesMode::Explicit,
            vec![
                para(vec![
                    quote("q2", Some(1), QuoteOrigin::Editor, vec![text("a")]),
                    quote("q1", Some(0), QuoteOrigin::Editor, vec![text("b")]),
                ]),
                para(vec![
                    quote("q2", Some(1), QuoteOrigin::Editor, vec![text("c")]),
                    quote("q3", Some(1), QuoteOrigin::Editor, vec![text("d")]),
                ]),
                para(vec![quote(
                    "q4",
                    Some(7),
                    QuoteOrigin::Editor,
                    vec![text("e")],
                )]),
            ],
        );
        a.people = vec![
            Person {
                id: "p0".into(),
                ..Person::default()
            },
            Person {
                id: "p1".into(),
                ..Person::default()
            },
        ];
        let idx = index(&a);
        let got: Vec<(usize, &str, Option<usize>, &str)> = idx
            .quotes
            .iter()
            .map(|q| (q.number, q.quote_id.as_str(), q.speaker, q.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, "q2", Some(1), "a … c"),
                (2, "q1", Some(0), "b"),
                (3, "q3", Some(1), "d"),
                (4, "q4", None, "e")
            ]
        );
        assert_eq!(idx.speakers, vec![(1, 2), (0, 1)]);
    }
}
