//! What detection hands over: the quotes found ([`Found`], byte spans of paragraphs) and
//! their speakers ([`SpeakerGuess`]), together [`Detections`]. `decide` turns them into the
//! quotes one article marks (`wire::Decisions`).

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
