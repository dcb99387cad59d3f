//! Quotes: who said what. Detection finds quoted speech and its speaker in plain text;
//! [`annotate`] turns the result into `Inline::Quote` nodes of the article, and [`index`]
//! summarises the quotes for the reader interactions. Pure Rust, no browser code.
//!
//! Detection (the `quote-detection` feature, on by default) was 33.5 KB brotli, 15 % of the
//! widget's bundle. The widget's release bundle leaves it out so that an article shows as soon
//! as possible: the page first gets the editor's quotes ([`annotate_counting`] does not
//! detect then), and [`annotate_detected`] adds what the separately loaded detection module
//! (`src/quotes_module.rs`) decided for the [`detection_request`], with the same result as
//! detecting in place (`wire` says what crosses).

mod apply;
mod found;
#[cfg(feature = "quote-detection")]
mod hash;
mod wire;

#[cfg(feature = "quote-detection")]
mod attribution;
#[cfg(feature = "quote-detection")]
mod chars;
#[cfg(feature = "quote-detection")]
mod cjk;
#[cfg(feature = "quote-detection")]
mod decide;
#[cfg(feature = "quote-detection")]
mod detect;
#[cfg(feature = "quote-detection")]
mod given_names;
#[cfg(feature = "quote-detection")]
mod lexicon;
#[cfg(feature = "quote-detection")]
mod marks;
#[cfg(feature = "quote-detection")]
mod names;
#[cfg(feature = "quote-detection")]
mod text;

pub use apply::MAX_DETECTED_QUOTES;
#[cfg(feature = "quote-detection")]
pub use decide::decide;
#[cfg(feature = "quote-detection")]
pub use detect::{detect, find, DetectedQuote, MIN_SPEAKER_CONFIDENCE};
pub use found::{Detections, Found, Span, SpeakerGuess};
pub use wire::{DecidedQuote, Decisions, Known, KnownPerson, Request, WireError};

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{Article, Block, Inline, ModelError, QuoteOrigin, QuotesMode};

/// Applies the article's `quotes` mode: in `Auto`, detects quotes in text the editor did not
/// mark and wraps them in `Inline::Quote` nodes (origin `Detected`), adding detected
/// speakers to `article.people`; in `Off`, removes all quote marks.
#[cfg(feature = "quote-detection")]
pub fn annotate(article: Article) -> Article {
    annotate_counting(article).0
}

/// [`annotate`], also returning how many detected quotes were left as plain text because of
/// [`MAX_DETECTED_QUOTES`] (0 for nearly every article). Without the `quote-detection`
/// feature it applies the mode but detects nothing: see [`needs_detection`].
pub fn annotate_counting(article: Article) -> (Article, usize) {
    #[cfg(feature = "quote-detection")]
    let decide = Some(apply::decide_in_place);
    #[cfg(not(feature = "quote-detection"))]
    let decide = None::<fn(&Article) -> Decisions>;
    numbered(apply::annotate(article, decide))
}

/// [`annotate_counting`] with `decisions` made elsewhere, for the [`detection_request`] of
/// this article (or of the same article annotated before: detected quote marks do not
/// change it). Spans outside the paragraphs or off character boundaries, and speakers who
/// are nobody in the article, are dropped.
pub fn annotate_detected(article: Article, decisions: Decisions) -> (Article, usize) {
    numbered(apply::annotate(article, Some(|_: &Article| decisions)))
}

/// Detects and decides for `request` (what [`detection_request`] asks of an article): what
/// the detection module answers.
#[cfg(feature = "quote-detection")]
pub fn decide_request(request: &Request) -> Decisions {
    let texts: Vec<&str> = request.texts.iter().map(String::as_str).collect();
    decide(detect::find(&texts), &request.known)
}

fn numbered((mut article, over_limit): (Article, usize)) -> (Article, usize) {
    article.number_quote_parts();
    (article, over_limit)
}

/// The warning for `over_limit` detected quotes left as plain text (none for 0).
pub fn over_limit_warning(over_limit: usize) -> Option<ModelError> {
    (over_limit > 0).then_some(ModelError::QuotesNotHighlighted {
        found: MAX_DETECTED_QUOTES + over_limit,
        limit: MAX_DETECTED_QUOTES,
    })
}

/// Whether detection has anything to do in `article`: its quotes mode is `auto` and it has
/// paragraphs (detection reads only those).
pub fn needs_detection(article: &Article) -> bool {
    article.quotes == QuotesMode::Auto
        && article
            .body
            .iter()
            .any(|block| matches!(block, Block::Paragraph(_)))
}

/// What the detection module needs to decide for `article` (shown with the editor's quotes
/// only): the plain text of each paragraph detection reads, in order, and what the article
/// has already ([`Known`]).
pub fn detection_request(article: &Article) -> Request {
    let (texts, known) = apply::detection_input(article);
    Request {
        texts: texts.into_iter().map(Cow::into_owned).collect(),
        known,
    }
}

/// One quote as the reader sees it: all its parts share `number`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSummary {
    /// 1-based, in reading order.
    pub number: usize,
    /// The `quote_id` of the `QuoteMark`s that make up this quote.
    pub quote_id: String,
    /// Index into `Article::people`.
    pub speaker: Option<usize>,
    pub origin: QuoteOrigin,
    /// Plain text of all parts, joined with " … " (pieces of one span that an emphasis or
    /// link boundary split join directly).
    pub text: String,
}

/// All quotes of an annotated article in reading order, plus per-speaker counts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteIndex {
    pub quotes: Vec<QuoteSummary>,
    /// `(person index, number of quotes)` for every person quoted at least once, in order of
    /// first appearance.
    pub speakers: Vec<(usize, usize)>,
}

/// Numbers the quotes of an annotated article in reading order.
pub fn index(article: &Article) -> QuoteIndex {
    let mut idx = QuoteIndex::default();
    let people = article.people.len();
    let mut state = Collect {
        people,
        by_id: HashMap::new(),
        ends: Vec::new(),
        pos: 0,
    };
    for block in &article.body {
        match block {
            Block::Paragraph(c)
            | Block::Heading { content: c, .. }
            | Block::PullQuote { content: c, .. } => state.run(c, &mut idx.quotes),
            Block::List { items, .. } => items
                .iter()
                .for_each(|item| state.run(item, &mut idx.quotes)),
            Block::Figure(f) => {
                if let Some(c) = &f.caption {
                    state.run(c, &mut idx.quotes);
                }
            }
        }
    }
    // Each person's entry in `idx.speakers` (speakers are indexes below `people`).
    let mut slot: Vec<Option<usize>> = vec![None; people];
    for q in &idx.quotes {
        if let Some(s) = q.speaker {
            match slot[s] {
                Some(i) => idx.speakers[i].1 += 1,
                None => {
                    slot[s] = Some(idx.speakers.len());
                    idx.speakers.push((s, 1));
                }
            }
        }
    }
    idx
}

/// Walks inline runs in reading order; `pos` counts plain-text bytes across the whole
/// article (plus one between runs), so touching pieces of one quote can be told apart from
/// separate parts.
struct Collect {
    people: usize,
    /// quote_id -> index in the list of quotes.
    by_id: HashMap<String, usize>,
    /// Per quote in the list: the position where its latest piece ended.
    ends: Vec<usize>,
    pos: usize,
}

impl Collect {
    fn run(&mut self, nodes: &[Inline], quotes: &mut Vec<QuoteSummary>) {
        self.walk(nodes, quotes);
        // Separate runs never touch.
        self.pos += 1;
    }

    fn walk(&mut self, nodes: &[Inline], quotes: &mut Vec<QuoteSummary>) {
        for node in nodes {
            match node {
                Inline::Quote(mark) => {
                    let text = Inline::plain_text(&mark.content);
                    let start = self.pos;
                    self.pos += text.len();
                    // A speaker index outside `people` would make every consumer check it.
                    let speaker = mark.speaker.filter(|&s| s < self.people);
                    match self.by_id.get(&mark.quote_id) {
                        Some(&i) => {
                            if let (Some(q), Some(end)) = (quotes.get_mut(i), self.ends.get_mut(i))
                            {
                                if *end != start {
                                    q.text.push_str(" … ");
                                }
                                q.text.push_str(&text);
                                q.speaker = q.speaker.or(speaker);
                                *end = self.pos;
                            }
                        }
                        None => {
                            self.by_id.insert(mark.quote_id.clone(), quotes.len());
                            self.ends.push(self.pos);
                            quotes.push(QuoteSummary {
                                number: quotes.len() + 1,
                                quote_id: mark.quote_id.clone(),
                                speaker,
                                origin: mark.origin,
                                text,
                            });
                        }
                    }
                }
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { content: c, .. } => {
                    self.walk(c, quotes)
                }
                Inline::Text(t) => self.pos += t.len(),
                Inline::LineBreak => self.pos += 1,
            }
        }
    }
}
