//! What detection hands over: the quotes found ([`Found`], byte spans of paragraphs) and
//! their speakers ([`SpeakerGuess`]), together [`Detections`]. `apply` turns them into quote
//! marks of the article.
//!
//! The widget's release bundle does not contain detection: it runs in a module of its own
//! (`broadsheet_quotes.wasm`, `src/quotes_module.rs`), loaded after the article first
//! shows, and the result crosses to the widget as JavaScript values. [`Detections::encode`]
//! and [`Detections::decode`] are that crossing: a list of numbers and a list of strings,
//! which wasm-bindgen passes as one `Uint32Array` and one array of strings. Written by hand
//! rather than derived (serde-wasm-bindgen): the widget decodes it with a few hundred bytes
//! of code, where a derived `Deserialize` of these types measured several KB, and the module
//! could send anything, so decoding checks every index and count instead of trusting them.

/// A byte range of one paragraph, quote marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// Who the detector thinks spoke a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerGuess {
    pub name: String,
    pub role: Option<String>,
    pub organization: Option<String>,
}

/// A detected quote: its spans, and its speaker as an index into [`Detections::guesses`].
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub first: Span,
    pub rest: Vec<Span>,
    /// Left out below the detector's minimum confidence.
    pub speaker: Option<usize>,
    pub confidence: f32,
}

impl Found {
    pub fn spans(&self) -> impl Iterator<Item = &Span> + '_ {
        std::iter::once(&self.first).chain(&self.rest)
    }
}

/// Everything detection found in one article's paragraphs: each distinct speaker guess
/// once, since most people are quoted several times.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detections {
    pub quotes: Vec<Found>,
    pub guesses: Vec<SpeakerGuess>,
}

/// Why [`Detections::decode`] refused what the detection module sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireError {
    /// The numbers ended before the counts they announced.
    Truncated,
    /// A quote names a speaker guess that is not in the list.
    UnknownSpeaker,
    /// Fewer strings than the speaker guesses need.
    MissingString,
    /// Numbers or strings left over: the sender speaks another version of the format.
    TrailingData,
}

impl WireError {
    /// For the console warning: what the widget could not read.
    pub fn as_str(self) -> &'static str {
        match self {
            WireError::Truncated => "the numbers end early",
            WireError::UnknownSpeaker => "a quote names an unknown speaker",
            WireError::MissingString => "a speaker's name is missing",
            WireError::TrailingData => "unexpected data at the end",
        }
    }
}

/// Marks of [`SpeakerGuess`]'s optional fields in the numbers.
const HAS_ROLE: u32 = 1;
const HAS_ORGANIZATION: u32 = 2;
/// `Found::speaker` of `None` (indexes are shifted by one).
const NO_SPEAKER: u32 = 0;

impl Detections {
    /// The wire form: numbers `[quotes, (spans, (paragraph, start, end)…, speaker + 1 or 0,
    /// confidence bits)…, guesses, (field marks)…]` and strings `[name, role?,
    /// organization?]…`, in order. Offsets of paragraphs past 4 GiB cannot occur: articles
    /// are limited to a few MiB (`model::limits`).
    pub fn encode(&self) -> (Vec<u32>, Vec<String>) {
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut numbers = vec![small(self.quotes.len())];
        for quote in &self.quotes {
            numbers.push(small(1 + quote.rest.len()));
            for span in quote.spans() {
                numbers.extend([small(span.paragraph), small(span.start), small(span.end)]);
            }
            numbers.push(
                quote
                    .speaker
                    .map_or(NO_SPEAKER, |k| small(k).saturating_add(1)),
            );
            numbers.push(quote.confidence.to_bits());
        }
        numbers.push(small(self.guesses.len()));
        let mut strings = Vec::with_capacity(self.guesses.len());
        for guess in &self.guesses {
            let mut marks = 0;
            strings.push(guess.name.clone());
            if let Some(role) = &guess.role {
                marks |= HAS_ROLE;
                strings.push(role.clone());
            }
            if let Some(organization) = &guess.organization {
                marks |= HAS_ORGANIZATION;
                strings.push(organization.clone());
            }
            numbers.push(marks);
        }
        (numbers, strings)
    }

    /// Reads the wire form back. Spans are not checked against the article here: `apply`
    /// drops those outside its paragraphs or off character boundaries, as it does for any.
    pub fn decode(numbers: &[u32], strings: Vec<String>) -> Result<Detections, WireError> {
        // A quote takes at least six numbers: capacity comes from what the numbers can hold,
        // not from the count they claim.
        let most_quotes = numbers.len() / 6;
        let mut numbers = numbers.iter().map(|&n| n as usize);
        let mut next = || numbers.next().ok_or(WireError::Truncated);
        let quote_count = next()?;
        let mut quotes = Vec::with_capacity(quote_count.min(most_quotes));
        for _ in 0..quote_count {
            let span_count = next()?;
            if span_count == 0 {
                return Err(WireError::Truncated);
            }
            let mut span = || -> Result<Span, WireError> {
                Ok(Span {
                    paragraph: next()?,
                    start: next()?,
                    end: next()?,
                })
            };
            let first = span()?;
            let rest = (1..span_count).map(|_| span()).collect::<Result<_, _>>()?;
            let speaker = next()?.checked_sub(1);
            let confidence = f32::from_bits(next()? as u32);
            quotes.push(Found {
                first,
                rest,
                speaker,
                confidence,
            });
        }
        let guess_count = next()?;
        let mut strings = strings.into_iter();
        let mut guesses = Vec::with_capacity(guess_count.min(strings.len()));
        for _ in 0..guess_count {
            let marks = next()? as u32;
            let mut string = || strings.next().ok_or(WireError::MissingString);
            let name = string()?;
            let role = (marks & HAS_ROLE != 0).then(&mut string).transpose()?;
            let organization = (marks & HAS_ORGANIZATION != 0)
                .then(&mut string)
                .transpose()?;
            guesses.push(SpeakerGuess {
                name,
                role,
                organization,
            });
        }
        if next().is_ok() || strings.next().is_some() {
            return Err(WireError::TrailingData);
        }
        if quotes
            .iter()
            .any(|q| q.speaker.is_some_and(|k| k >= guesses.len()))
        {
            return Err(WireError::UnknownSpeaker);
        }
        Ok(Detections { quotes, guesses })
    }
}
