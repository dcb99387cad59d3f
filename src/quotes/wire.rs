//! What crosses between the widget and the quote-detection module (`src/quotes_module.rs`).
//!
//! The widget's release bundle contains neither detection nor the decisions that follow it
//! (which spans to keep, each quote's id, which person each speaker is): the module makes
//! them all, and the widget only wraps the spans it is given (`apply::apply_decisions`).
//! So the widget sends a [`Request`] (the paragraphs' text and what of the article the
//! decisions depend on) and gets [`Decisions`] back. The prerenderers and native tools make
//! the same decisions in place with the same code (`decide`), so a prerendered page and the
//! widget show the same quotes.
//!
//! Both cross as a list of numbers and a list of strings, which wasm-bindgen passes as one
//! `Uint32Array` and one array of strings. Written by hand rather than derived
//! (serde-wasm-bindgen): the widget's half is a few hundred bytes of code, where a derived
//! `Deserialize` of these types measured several KB, and either side could be sent anything,
//! so decoding checks every count instead of trusting it.

use super::found::Span;
use crate::model::Person;

/// What deciding needs to know of the article besides its paragraphs' text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Known {
    /// Per paragraph detection reads: the byte ranges of the editor's quotes, which detected
    /// quotes must not touch.
    pub editor_ranges: Vec<Vec<(usize, usize)>>,
    /// The quote ids the article uses already.
    pub quote_ids: Vec<String>,
    /// The article's people, in order: detected speakers who are one of them are matched.
    pub people: Vec<KnownPerson>,
}

/// A person of the article as deciding sees them.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownPerson {
    pub id: String,
    pub name: String,
}

/// What the widget asks the detection module: detect and decide in these paragraphs
/// of an article that has `known` (`quotes::detection_request`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Request {
    pub texts: Vec<String>,
    pub known: Known,
}

/// A detected quote as it is to be marked: its id, its speaker, and its spans, each within
/// one paragraph detection read and clear of the editor's quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct DecidedQuote {
    pub id: String,
    /// Index into the article's people, counting [`Decisions::new_people`] after its own.
    pub speaker: Option<usize>,
    pub spans: Vec<Span>,
}

/// What detection decided for one article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decisions {
    /// In the order found; at most `MAX_DETECTED_QUOTES`.
    pub quotes: Vec<DecidedQuote>,
    /// Speakers who are nobody in the article yet, to be added after its people.
    pub new_people: Vec<Person>,
    /// How many more quotes were found than `MAX_DETECTED_QUOTES` allows.
    pub over_limit: usize,
}

/// Why a [`Request`] or [`Decisions`] did not decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireError {
    /// The numbers ended before the counts they announced.
    Truncated,
    /// Fewer strings than the counts need.
    MissingString,
    /// Numbers or strings left over: the sender speaks another version of the format.
    TrailingData,
}

impl WireError {
    /// For the console warning: what could not be read.
    pub fn as_str(self) -> &'static str {
        match self {
            WireError::Truncated => "the numbers end early",
            WireError::MissingString => "a string is missing",
            WireError::TrailingData => "unexpected data at the end",
        }
    }
}

/// Marks of a new person's optional fields in the numbers.
const HAS_ROLE: u32 = 1;
const HAS_ORGANIZATION: u32 = 2;

/// Offsets and counts past 4 Gi cannot occur: articles are limited to a few MiB
/// (`model::limits`).
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Reads the two lists in order, refusing to run past either end or to stop short of it.
/// Lists are grown as items arrive, never sized from a count that was sent: a count of four
/// billion followed by three numbers fails on the fourth, having allocated nothing big.
struct Reader<'a> {
    numbers: std::slice::Iter<'a, u32>,
    strings: std::vec::IntoIter<String>,
}

impl<'a> Reader<'a> {
    fn new(numbers: &'a [u32], strings: Vec<String>) -> Self {
        Reader {
            numbers: numbers.iter(),
            strings: strings.into_iter(),
        }
    }

    fn number(&mut self) -> Result<usize, WireError> {
        self.numbers
            .next()
            .map(|&n| n as usize)
            .ok_or(WireError::Truncated)
    }

    fn string(&mut self) -> Result<String, WireError> {
        self.strings.next().ok_or(WireError::MissingString)
    }

    fn span(&mut self) -> Result<Span, WireError> {
        Ok(Span {
            paragraph: self.number()?,
            start: self.number()?,
            end: self.number()?,
        })
    }

    fn finish<T>(mut self, value: T) -> Result<T, WireError> {
        if self.numbers.next().is_some() || self.strings.next().is_some() {
            return Err(WireError::TrailingData);
        }
        Ok(value)
    }
}

impl Request {
    /// Numbers `[paragraphs, (ranges, (start, end)…)…, quote ids, people]` and strings
    /// `[text…, quote id…, (person id, person name)…]`.
    pub fn encode(self) -> (Vec<u32>, Vec<String>) {
        let Request { texts, known } = self;
        let mut numbers = vec![small(texts.len())];
        for ranges in &known.editor_ranges {
            numbers.push(small(ranges.len()));
            for &(start, end) in ranges {
                numbers.extend([small(start), small(end)]);
            }
        }
        numbers.extend([small(known.quote_ids.len()), small(known.people.len())]);
        let mut strings = texts;
        strings.extend(known.quote_ids);
        for person in known.people {
            strings.extend([person.id, person.name]);
        }
        (numbers, strings)
    }

    /// Reads [`Request::encode`]'s form back. Every paragraph has its ranges (none is none).
    pub fn decode(numbers: &[u32], strings: Vec<String>) -> Result<Request, WireError> {
        let mut wire = Reader::new(numbers, strings);
        let paragraphs = wire.number()?;
        let mut editor_ranges = Vec::new();
        for _ in 0..paragraphs {
            let mut list = Vec::new();
            for _ in 0..wire.number()? {
                list.push((wire.number()?, wire.number()?));
            }
            editor_ranges.push(list);
        }
        let id_count = wire.number()?;
        let people_count = wire.number()?;
        let mut texts = Vec::new();
        for _ in 0..paragraphs {
            texts.push(wire.string()?);
        }
        let mut quote_ids = Vec::new();
        for _ in 0..id_count {
            quote_ids.push(wire.string()?);
        }
        let mut people = Vec::new();
        for _ in 0..people_count {
            people.push(KnownPerson {
                id: wire.string()?,
                name: wire.string()?,
            });
        }
        wire.finish(Request {
            texts,
            known: Known {
                editor_ranges,
                quote_ids,
                people,
            },
        })
    }
}

impl Decisions {
    /// Numbers `[over limit, quotes, (spans, (paragraph, start, end)…, speaker + 1 or 0)…,
    /// new people, (field marks)…]` and strings `[quote id…, (id, name, role?,
    /// organization?)…]`.
    pub fn encode(self) -> (Vec<u32>, Vec<String>) {
        let mut numbers = vec![small(self.over_limit), small(self.quotes.len())];
        let mut strings = Vec::with_capacity(self.quotes.len() + 2 * self.new_people.len());
        for quote in self.quotes {
            numbers.push(small(quote.spans.len()));
            for span in &quote.spans {
                numbers.extend([small(span.paragraph), small(span.start), small(span.end)]);
            }
            numbers.push(quote.speaker.map_or(0, |s| small(s).saturating_add(1)));
            strings.push(quote.id);
        }
        numbers.push(small(self.new_people.len()));
        for person in self.new_people {
            let mut marks = 0;
            strings.extend([person.id, person.name]);
            if let Some(role) = person.role {
                marks |= HAS_ROLE;
                strings.push(role);
            }
            if let Some(organization) = person.organization {
                marks |= HAS_ORGANIZATION;
                strings.push(organization);
            }
            numbers.push(marks);
        }
        (numbers, strings)
    }

    /// Reads [`Decisions::encode`]'s form back. Spans and speakers are not checked against
    /// the article here: `apply` drops those that do not fit it.
    pub fn decode(numbers: &[u32], strings: Vec<String>) -> Result<Decisions, WireError> {
        let mut wire = Reader::new(numbers, strings);
        let over_limit = wire.number()?;
        let mut quotes = Vec::new();
        for _ in 0..wire.number()? {
            let mut spans = Vec::new();
            for _ in 0..wire.number()? {
                spans.push(wire.span()?);
            }
            let speaker = wire.number()?.checked_sub(1);
            quotes.push(DecidedQuote {
                id: wire.string()?,
                speaker,
                spans,
            });
        }
        let mut new_people = Vec::new();
        for _ in 0..wire.number()? {
            let marks = wire.number()? as u32;
            let id = wire.string()?;
            let name = wire.string()?;
            let role = (marks & HAS_ROLE != 0).then(|| wire.string()).transpose()?;
            let organization = (marks & HAS_ORGANIZATION != 0)
                .then(|| wire.string())
                .transpose()?;
            new_people.push(Person {
                id,
                name,
                role,
                organization,
                url: None,
            });
        }
        wire.finish(Decisions {
            quotes,
            new_people,
            over_limit,
        })
    }
}
