//! The validated article: what every component renders. Built only by the parsers in this
//! module (`native` for Broadsheet JSON v1, `jsonld` for schema.org), so every string here is
//! plain text and every URL has passed [`SafeUrl`] checks.

pub use super::time::{DateTime, TimeOfDay};
use super::url::SafeUrl;

/// A whole article, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub id: Option<String>,
    /// BCP 47 language tag, e.g. "en" or "zh-Hant". Defaults to "en".
    pub lang: String,
    pub dir: TextDirection,
    pub canonical_url: Option<SafeUrl>,
    pub breadcrumb: Vec<Crumb>,
    pub headline: String,
    pub standfirst: Option<String>,
    pub source: Option<Source>,
    pub published: Option<Timestamp>,
    pub updated: Option<Timestamp>,
    pub dateline: Option<String>,
    pub authors: Vec<Author>,
    pub byline: Option<String>,
    pub editor: Option<Editor>,
    pub tags: Vec<String>,
    pub body: Vec<Block>,
    /// A live blog's updates, newest first. Their blocks are the tail of `body` (so quote
    /// detection and numbering cover them in the order they are shown); the main body is
    /// [`Article::main_body`].
    pub live_updates: Vec<LiveUpdate>,
    pub related: Vec<Related>,
    /// People quoted in the article (explicit quote markup refers to them by `id`).
    pub people: Vec<Person>,
    pub quotes: QuotesMode,
    pub carousel: CarouselOptions,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextDirection {
    #[default]
    Ltr,
    Rtl,
    Auto,
}

impl TextDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
            TextDirection::Auto => "auto",
        }
    }
}

/// One update of a live blog (schema.org `liveBlogUpdate`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveUpdate {
    pub headline: Option<String>,
    pub published: Option<Timestamp>,
    pub url: Option<SafeUrl>,
    /// Its blocks: a range of [`Article::body`].
    pub blocks: std::ops::Range<usize>,
}

impl Article {
    /// Every date the article shows (published, updated, the related stories' and the
    /// live-blog updates'), for the layers that format them: the browser's Intl
    /// (`dom::intl`) and the server renderer (`prerender`).
    pub fn timestamps_mut(&mut self) -> impl Iterator<Item = &mut Timestamp> {
        [&mut self.published, &mut self.updated]
            .into_iter()
            .chain(self.related.iter_mut().map(|story| &mut story.published))
            .chain(
                self.live_updates
                    .iter_mut()
                    .map(|update| &mut update.published),
            )
            .flatten()
    }

    /// The body without the blocks of live-blog updates.
    pub fn main_body(&self) -> &[Block] {
        let end = self
            .live_updates
            .iter()
            .map(|update| update.blocks.start)
            .min()
            .unwrap_or(self.body.len())
            .min(self.body.len());
        &self.body[..end]
    }

    /// The blocks of one live-blog update (empty if its range is out of the body).
    pub fn update_blocks(&self, update: &LiveUpdate) -> &[Block] {
        self.body.get(update.blocks.clone()).unwrap_or(&[])
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crumb {
    pub name: String,
    pub url: Option<SafeUrl>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    pub url: Option<SafeUrl>,
    pub logo: Option<Image>,
}

/// A point in time as the publisher wrote it, parsed once. `at` is the parsed date, time
/// and offset that the embedding layer (Intl) and the server renderer format from; `iso` is
/// its text for `<time datetime>`: the publisher's own RFC 3339 text when it was valid, else
/// the canonical form of what was read (a local time without an offset stays without one).
/// `display` is filled by the embedding layer with the browser's Intl formatting and stays
/// `None` elsewhere (native tests, server rendering), where components fall back to `iso`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    pub iso: String,
    pub display: Option<String>,
    pub at: DateTime,
}

impl Timestamp {
    /// A timestamp for `at`, with its canonical text.
    pub fn new(at: DateTime) -> Timestamp {
        Timestamp {
            iso: at.iso(),
            display: None,
            at,
        }
    }

    /// A timestamp from RFC 3339 text or a bare date (the Broadsheet format's rule), keeping
    /// the text as written.
    pub fn parse(text: &str) -> Result<Timestamp, String> {
        let at = super::time::parse_strict(text)?;
        Ok(Timestamp {
            iso: text.to_string(),
            display: None,
            at,
        })
    }

    /// Whether a time of day is known (not a bare date).
    pub fn has_time(&self) -> bool {
        self.at.time.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub url: Option<SafeUrl>,
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub name: String,
    /// Language of the editor's name when it differs from the article's (e.g. "zh").
    pub lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub src: SafeUrl,
    /// Already validated candidates ("url 480w"), joined into a srcset attribute.
    pub srcset: Option<String>,
    pub alt: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Heading {
        /// 2..=4 (the headline is the only h1).
        level: u8,
        content: Vec<Inline>,
    },
    Figure(Figure),
    PullQuote {
        content: Vec<Inline>,
        attribution: Option<String>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub image: Image,
    pub caption: Option<Vec<Inline>>,
    pub credit: Option<String>,
}

/// Rich text: typed nodes, never HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Link {
        href: SafeUrl,
        content: Vec<Inline>,
    },
    LineBreak,
    /// A span of quoted speech. Editors write these explicitly; quote detection adds them
    /// (with `origin: Detected`) where the article does not.
    Quote(QuoteMark),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMark {
    /// Editor-given quote id ("q3"); spans with the same id form one (split) quote.
    /// Detected quotes get ids "auto-N".
    pub quote_id: String,
    /// Index into [`Article::people`], if the speaker is known.
    pub speaker: Option<usize>,
    pub origin: QuoteOrigin,
    pub content: Vec<Inline>,
    /// This mark's position among all quote marks of the article in reading order (nested
    /// marks included), set by [`Article::number_quote_parts`] when quotes are applied. It
    /// tells the parts of a split quote apart (element ids, the card's anchor) and, being
    /// data, survives clones.
    pub part: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteOrigin {
    Editor,
    Detected,
}

impl QuoteOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteOrigin::Editor => "editor",
            QuoteOrigin::Detected => "detected",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub url: Option<SafeUrl>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuotesMode {
    /// Editor-marked quotes plus detection in the rest of the text.
    #[default]
    Auto,
    /// Only editor-marked quotes.
    Explicit,
    /// No quote highlighting at all (editor marks render as plain text).
    Off,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub headline: String,
    pub url: SafeUrl,
    pub summary: Option<String>,
    pub image: Option<Image>,
    pub section: Option<String>,
    pub published: Option<Timestamp>,
}

/// Options for the related-stories carousel.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CarouselOptions {
    /// Accessible name; `None` means the localised default ("Related stories").
    pub label: Option<String>,
    /// Wrap from the last slide to the first (off by default).
    pub wrap: bool,
    /// Automatic rotation interval in milliseconds; `None` = no autoplay.
    pub autoplay_ms: Option<u32>,
}

impl Inline {
    /// The plain text of a run of inline nodes (line breaks become '\n').
    pub fn plain_text(nodes: &[Inline]) -> String {
        let mut out = String::new();
        fn walk(nodes: &[Inline], out: &mut String) {
            for node in nodes {
                match node {
                    Inline::Text(text) => out.push_str(text),
                    Inline::LineBreak => out.push('\n'),
                    Inline::Emphasis(content) | Inline::Strong(content) => walk(content, out),
                    Inline::Link { content, .. } => walk(content, out),
                    Inline::Quote(mark) => walk(&mark.content, out),
                }
            }
        }
        walk(nodes, &mut out);
        out
    }
}

impl Article {
    /// Numbers every quote mark in reading order ([`QuoteMark::part`]). Runs when quotes are
    /// applied (`quotes::annotate`); call it after building an article with marks by hand.
    pub fn number_quote_parts(&mut self) {
        fn walk(nodes: &mut [Inline], next: &mut usize) {
            for node in nodes {
                match node {
                    Inline::Quote(mark) => {
                        mark.part = *next;
                        *next += 1;
                        walk(&mut mark.content, next);
                    }
                    Inline::Emphasis(content)
                    | Inline::Strong(content)
                    | Inline::Link { content, .. } => walk(content, next),
                    Inline::Text(_) | Inline::LineBreak => {}
                }
            }
        }
        let mut next = 0;
        for block in &mut self.body {
            match block {
                Block::Paragraph(content)
                | Block::Heading { content, .. }
                | Block::PullQuote { content, .. } => walk(content, &mut next),
                Block::Figure(figure) => {
                    if let Some(caption) = &mut figure.caption {
                        walk(caption, &mut next);
                    }
                }
                Block::List { items, .. } => {
                    for item in items {
                        walk(item, &mut next);
                    }
                }
            }
        }
    }
}
