//! The reader-interaction state of quote highlighting, as a pure reducer: which quote is
//! highlighted, whether its card shows (and after which part), the speaker filter, the
//! position of "next/previous quote", focus requests and the text of the live region.
//! Components turn DOM events into [`Action`]s and effects carry out what the state asks for
//! (focus a quote, start the hide timer), so every rule here is tested natively.

use std::collections::HashMap;
use std::rc::Rc;

use yew::Reducible;

use crate::i18n::{self, fill_text, Strings};
use crate::model::{Article, Block, Inline, Person, QuoteMark};
use crate::quotes::{self, QuoteIndex, QuoteSummary};

/// How long a card stays after the pointer or focus left it, so the pointer can travel from
/// the quote onto the card (WCAG 1.4.13 "hoverable").
pub const HIDE_DELAY_MS: u32 = 300;

/// What the interactions need to know about an article's quotes, computed once per article.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub index: QuoteIndex,
    pub people: Vec<Person>,
    numbers: HashMap<String, usize>,
    /// The [`QuoteMark::part`] of the first part (in reading order) of quote N at N - 1:
    /// that part carries the quote's element id.
    first_parts: Vec<Option<usize>>,
    /// The interface words in the article's language.
    pub strings: &'static Strings,
    /// What this widget's element ids and deep links start with (`""`: `quote-3`,
    /// `"story-a-"`: `story-a-quote-3`), so that ids are unique on a page of several widgets.
    pub id_prefix: String,
}

/// No quotes, English words.
impl Default for Catalog {
    fn default() -> Catalog {
        Catalog {
            index: QuoteIndex::default(),
            people: Vec::new(),
            numbers: HashMap::new(),
            first_parts: Vec::new(),
            strings: i18n::strings("en"),
            id_prefix: String::new(),
        }
    }
}

impl Catalog {
    pub fn new(article: &Article) -> Catalog {
        let index = quotes::index(article);
        let numbers: HashMap<String, usize> = index
            .quotes
            .iter()
            .map(|quote| (quote.quote_id.clone(), quote.number))
            .collect();
        let mut first_parts = vec![None; index.quotes.len()];
        for_each_mark(article, &mut |mark| {
            let first = numbers
                .get(&mark.quote_id)
                .and_then(|number| first_parts.get_mut(number - 1));
            if let Some(first @ None) = first {
                *first = Some(mark.part);
            }
        });
        Catalog {
            index,
            people: article.people.clone(),
            numbers,
            first_parts,
            strings: i18n::strings(&article.lang),
            id_prefix: String::new(),
        }
    }

    /// The catalog with element ids starting with `prefix`.
    pub fn with_id_prefix(self, prefix: &str) -> Catalog {
        Catalog {
            id_prefix: prefix.to_owned(),
            ..self
        }
    }

    /// The element id of quote `number` (on its first part) in this widget.
    pub fn element_id(&self, number: usize) -> String {
        crate::citation::quote_element_id(&self.id_prefix, number)
    }

    /// The reader-facing number of the quote a mark belongs to.
    pub fn number_of(&self, quote_id: &str) -> Option<usize> {
        self.numbers.get(quote_id).copied()
    }

    /// Whether the mark numbered `part` ([`QuoteMark::part`]) in the article this catalog
    /// was made from is the first part of quote `number` in reading order.
    pub fn is_first_part(&self, number: usize, part: usize) -> bool {
        number
            .checked_sub(1)
            .and_then(|at| self.first_parts.get(at))
            == Some(&Some(part))
    }

    /// Quote `number` (numbers are 1-based positions in reading order, so this is O(1): it
    /// runs for every quote part whenever the speaker filter changes).
    pub fn quote(&self, number: usize) -> Option<&QuoteSummary> {
        let quote = self.index.quotes.get(number.checked_sub(1)?)?;
        (quote.number == number).then_some(quote)
    }

    pub fn total(&self) -> usize {
        self.index.quotes.len()
    }

    pub fn person(&self, person: usize) -> Option<&Person> {
        self.people.get(person)
    }

    /// How many quotes the article attributes to `person`.
    pub fn count_by(&self, person: usize) -> usize {
        self.index
            .speakers
            .iter()
            .find(|(who, _)| *who == person)
            .map_or(0, |(_, count)| *count)
    }

    /// The speaker of quote `number`, if known.
    pub fn speaker_of(&self, number: usize) -> Option<usize> {
        self.quote(number).and_then(|quote| quote.speaker)
    }

    /// Numbers of the quotes a step may land on: all, or those of the filtered speaker.
    fn eligible(&self, filter: Option<usize>) -> Vec<usize> {
        self.index
            .quotes
            .iter()
            .filter(|quote| filter.is_none() || quote.speaker == filter)
            .map(|quote| quote.number)
            .collect()
    }
}

/// Calls `visit` on every quote mark of the article in reading order (nested marks included).
pub fn for_each_mark(article: &Article, visit: &mut impl FnMut(&QuoteMark)) {
    fn walk(nodes: &[Inline], visit: &mut impl FnMut(&QuoteMark)) {
        for node in nodes {
            match node {
                Inline::Quote(mark) => {
                    visit(mark);
                    walk(&mark.content, visit);
                }
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Link { content, .. } => walk(content, visit),
                Inline::Text(_) | Inline::LineBreak => {}
            }
        }
    }
    for block in &article.body {
        match block {
            Block::Paragraph(content)
            | Block::Heading { content, .. }
            | Block::PullQuote { content, .. } => walk(content, visit),
            Block::Figure(figure) => walk(figure.caption.as_deref().unwrap_or_default(), visit),
            Block::List { items, .. } => items.iter().for_each(|item| walk(item, visit)),
        }
    }
}

/// How an interaction reached a quote or its card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Pointer,
    Focus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Next,
    Previous,
}

/// The visible card: which quote, and the part it follows (a token unique to that part, so
/// a quote split over paragraphs shows its card next to the part the reader is on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card {
    pub number: usize,
    pub anchor: usize,
}

/// Ask the view to move focus to quote `number`; `seq` makes a repeated request a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FocusRequest {
    pub number: usize,
    pub seq: u32,
}

/// Text for the polite live region. `seq` changes with every announcement so that the same
/// words said twice still reach screen readers (the view alternates a trailing space).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Announcement {
    pub text: String,
    pub seq: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Pointer entered, or focus landed on, a part of quote `number`.
    EnterQuote {
        number: usize,
        anchor: usize,
        via: Via,
    },
    LeaveQuote {
        via: Via,
    },
    EnterCard {
        via: Via,
    },
    LeaveCard {
        via: Via,
    },
    /// The hide timer of generation `.0` ran out.
    HideIfIdle(u32),
    /// Esc: hide the card without moving pointer or focus.
    Dismiss,
    /// Voices panel: show only this person's quotes, or all again.
    ToggleSpeaker(usize),
    Step(Direction),
    /// Deep link (`#quote-N`): highlight and focus quote N.
    GoTo(usize),
    Announce(String),
}

/// What one quote part shows, derived from the state (see [`HighlightState::quote_view`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QuoteView {
    /// Its quote is the highlighted one.
    pub active: bool,
    /// Whether the speaker filter singles its quote out (`None`: no filter).
    pub matches_filter: Option<bool>,
    /// The card follows this part.
    pub card: bool,
}

impl QuoteView {
    /// The part's `class`: `bs-quote` and the classes of its state, one of six fixed strings.
    pub fn class_name(self) -> &'static str {
        match (self.active, self.matches_filter) {
            (false, None) => "bs-quote",
            (false, Some(true)) => "bs-quote bs-quote--match",
            (false, Some(false)) => "bs-quote bs-quote--dimmed",
            (true, None) => "bs-quote bs-quote--active",
            (true, Some(true)) => "bs-quote bs-quote--active bs-quote--match",
            (true, Some(false)) => "bs-quote bs-quote--active bs-quote--dimmed",
        }
    }
}

/// Which quotes a state change may have restyled (see [`HighlightState::changed_quotes`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangedQuotes {
    /// These quote numbers, each once (none when no quote changed).
    Some(Vec<usize>),
    All,
}

/// The whole interaction state of one article view.
#[derive(Debug, Clone)]
pub struct HighlightState {
    pub catalog: Rc<Catalog>,
    /// The quote whose parts are all highlighted.
    pub active: Option<usize>,
    pub card: Option<Card>,
    pointer_on_quote: bool,
    pointer_on_card: bool,
    /// The part holding keyboard focus: its card comes back when the pointer wanders off.
    focused: Option<Card>,
    focus_in_card: bool,
    /// Person whose quotes the Voices panel singles out.
    pub filter: Option<usize>,
    /// The quote "next/previous" counts from: the last one stepped to or focused.
    pub position: Option<usize>,
    pub focus_request: Option<FocusRequest>,
    pub announcement: Announcement,
    /// Bumped whenever a card may have become idle; the view then starts a timer that sends
    /// `HideIfIdle` with this value (a newer bump makes older timers stale).
    pub hide_generation: u32,
}

/// Catalogs compare by identity: they are built once per article and can be large.
impl PartialEq for HighlightState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &other.catalog)
            && self.active == other.active
            && self.card == other.card
            && self.pointer_on_quote == other.pointer_on_quote
            && self.pointer_on_card == other.pointer_on_card
            && self.focused == other.focused
            && self.focus_in_card == other.focus_in_card
            && self.filter == other.filter
            && self.position == other.position
            && self.focus_request == other.focus_request
            && self.announcement == other.announcement
            && self.hide_generation == other.hide_generation
    }
}

impl HighlightState {
    pub fn new(catalog: Rc<Catalog>) -> HighlightState {
        HighlightState {
            catalog,
            active: None,
            card: None,
            pointer_on_quote: false,
            pointer_on_card: false,
            focused: None,
            focus_in_card: false,
            filter: None,
            position: None,
            focus_request: None,
            announcement: Announcement::default(),
            hide_generation: 0,
        }
    }

    /// The next state; `self` unchanged when the action changes nothing.
    pub fn apply(&self, action: Action) -> HighlightState {
        let mut next = self.clone();
        match action {
            Action::EnterQuote {
                number,
                anchor,
                via,
            } => {
                if self.catalog.quote(number).is_none() {
                    return next;
                }
                let card = Card { number, anchor };
                match via {
                    // A card holding focus stays put: replacing it would drop focus to <body>.
                    Via::Pointer if self.focus_in_card => {
                        next.pointer_on_quote = true;
                        return next;
                    }
                    Via::Pointer => next.pointer_on_quote = true,
                    Via::Focus => {
                        next.focused = Some(card);
                        next.position = Some(number);
                    }
                }
                next.active = Some(number);
                next.card = Some(card);
            }
            Action::LeaveQuote { via } => {
                match via {
                    Via::Pointer => next.pointer_on_quote = false,
                    Via::Focus => next.focused = None,
                }
                next.hide_generation += 1;
            }
            Action::EnterCard { via } => match via {
                Via::Pointer => next.pointer_on_card = true,
                Via::Focus => next.focus_in_card = true,
            },
            Action::LeaveCard { via } => {
                match via {
                    Via::Pointer => next.pointer_on_card = false,
                    Via::Focus => next.focus_in_card = false,
                }
                next.hide_generation += 1;
            }
            Action::HideIfIdle(generation) => {
                let busy = self.pointer_on_quote || self.pointer_on_card || self.focus_in_card;
                if generation != self.hide_generation || busy {
                    return next;
                }
                match self.focused {
                    Some(focused) => {
                        // Back to the focused quote; a dismissed card stays dismissed.
                        next.card = self.card.map(|_| focused);
                        next.active = Some(focused.number);
                    }
                    None => {
                        next.card = None;
                        next.active = None;
                    }
                }
            }
            Action::Dismiss => {
                // The highlight stays: only the extra content goes (WCAG 1.4.13 "dismissible").
                next.card = None;
                next.pointer_on_card = false;
                next.focus_in_card = false;
            }
            Action::ToggleSpeaker(person) => {
                if self.filter == Some(person) {
                    next.filter = None;
                    next.announce(self.catalog.strings.all_quotes.to_owned());
                } else if let Some(who) = self.catalog.person(person) {
                    next.filter = Some(person);
                    let count = self.catalog.count_by(person);
                    let strings = self.catalog.strings;
                    next.announce(fill_text(
                        strings.quotes_by,
                        &[("count", &strings.quote_count(count)), ("name", &who.name)],
                    ));
                }
            }
            Action::Step(direction) => {
                let eligible = self.catalog.eligible(self.filter);
                let target = match (direction, self.position) {
                    (_, _) if eligible.is_empty() => None,
                    (Direction::Next, Some(at)) => {
                        eligible.iter().find(|n| **n > at).or(eligible.first())
                    }
                    (Direction::Previous, Some(at)) => {
                        eligible.iter().rev().find(|n| **n < at).or(eligible.last())
                    }
                    (Direction::Next, None) => eligible.first(),
                    (Direction::Previous, None) => eligible.last(),
                };
                match target.copied() {
                    Some(number) => next.go_to(number, &eligible),
                    None => next.announce(self.catalog.strings.no_quotes.to_owned()),
                }
            }
            Action::GoTo(number) => {
                if self.catalog.quote(number).is_some() {
                    let eligible = self.catalog.eligible(None);
                    next.go_to(number, &eligible);
                }
            }
            Action::Announce(text) => next.announce(text),
        }
        next
    }

    /// Whether quote `number` is singled out by the speaker filter (`None`: no filter).
    pub fn matches_filter(&self, number: usize) -> Option<bool> {
        self.filter
            .map(|person| self.catalog.speaker_of(number) == Some(person))
    }

    /// What a part of quote `number` shows: all of the state that a quote part renders, so
    /// a part re-renders only when this changes.
    pub fn quote_view(&self, number: usize, anchor: usize) -> QuoteView {
        QuoteView {
            active: self.active == Some(number),
            matches_filter: self.matches_filter(number),
            card: self.card == Some(Card { number, anchor }),
        }
    }

    /// The quotes whose [`QuoteView`] may differ between `self` and `next`: those that stop
    /// or start being active or carded, or every quote when the filter changed.
    pub fn changed_quotes(&self, next: &HighlightState) -> ChangedQuotes {
        if self.filter != next.filter {
            return ChangedQuotes::All;
        }
        let mut numbers = Vec::new();
        let mut changed = |before: Option<usize>, after: Option<usize>, moved: bool| {
            for number in [before, after].into_iter().flatten() {
                if moved && !numbers.contains(&number) {
                    numbers.push(number);
                }
            }
        };
        changed(self.active, next.active, self.active != next.active);
        // A card that moves between parts of one quote changes both parts.
        let card = |state: &HighlightState| state.card.map(|card| card.number);
        changed(card(self), card(next), self.card != next.card);
        ChangedQuotes::Some(numbers)
    }

    fn go_to(&mut self, number: usize, eligible: &[usize]) {
        self.active = Some(number);
        self.position = Some(number);
        let seq = self
            .focus_request
            .map_or(1, |request| request.seq.wrapping_add(1));
        self.focus_request = Some(FocusRequest { number, seq });
        let ordinal = eligible
            .iter()
            .position(|n| *n == number)
            .map_or(number, |at| at + 1);
        let total = if eligible.contains(&number) {
            eligible.len()
        } else {
            self.catalog.total()
        };
        let who = self
            .catalog
            .speaker_of(number)
            .and_then(|person| self.catalog.person(person))
            .map_or(self.catalog.strings.speaker_unknown, |person| {
                person.name.as_str()
            });
        self.announce(self.catalog.strings.quote_of(ordinal, total, who));
    }

    fn announce(&mut self, text: String) {
        self.announcement = Announcement {
            text,
            seq: self.announcement.seq.wrapping_add(1),
        };
    }
}

impl Reducible for HighlightState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuoteOrigin;

    fn person(name: &str) -> Person {
        Person {
            id: name.to_lowercase(),
            name: name.to_owned(),
            ..Person::default()
        }
    }

    /// Five quotes: Ana (1, 3, 5), Ben (2), unknown (4).
    fn catalog() -> Rc<Catalog> {
        let speakers = [Some(0), Some(1), Some(0), None, Some(0)];
        let quotes = speakers
            .iter()
            .enumerate()
            .map(|(at, speaker)| QuoteSummary {
                number: at + 1,
                quote_id: format!("q{}", at + 1),
                speaker: *speaker,
                origin: QuoteOrigin::Editor,
                text: format!("“Quote {}.”", at + 1),
            })
            .collect();
        let index = QuoteIndex {
            quotes,
            speakers: vec![(0, 3), (1, 1)],
        };
        Rc::new(Catalog {
            index,
            people: vec![person("Ana"), person("Ben")],
            ..Catalog::default()
        })
    }

    fn state() -> HighlightState {
        HighlightState::new(catalog())
    }

    fn run(state: HighlightState, actions: impl IntoIterator<Item = Action>) -> HighlightState {
        actions
            .into_iter()
            .fold(state, |state, action| state.apply(action))
    }

    fn enter(number: usize, via: Via) -> Action {
        Action::EnterQuote {
            number,
            anchor: 100 + number,
            via,
        }
    }

    #[test]
    fn hover_highlights_and_shows_card_next_to_the_hovered_part() {
        let s = run(state(), [enter(2, Via::Pointer)]);
        assert_eq!(s.active, Some(2));
        assert_eq!(
            s.card,
            Some(Card {
                number: 2,
                anchor: 102
            })
        );
        assert_eq!(s.position, None, "hover does not move the step position");
    }

    #[test]
    fn card_survives_the_trip_from_quote_to_card() {
        let s = run(
            state(),
            [
                enter(2, Via::Pointer),
                Action::LeaveQuote { via: Via::Pointer },
            ],
        );
        let generation = s.hide_generation;
        let s = run(
            s,
            [
                Action::EnterCard { via: Via::Pointer },
                Action::HideIfIdle(generation),
            ],
        );
        assert!(s.card.is_some(), "pointer on the card keeps it");
        let s = run(s, [Action::LeaveCard { via: Via::Pointer }]);
        let s = run(s.clone(), [Action::HideIfIdle(s.hide_generation)]);
        assert_eq!((s.card, s.active), (None, None));
    }

    #[test]
    fn stale_hide_timers_are_ignored() {
        let s = run(
            state(),
            [
                enter(1, Via::Pointer),
                Action::LeaveQuote { via: Via::Pointer },
            ],
        );
        let stale = s.hide_generation;
        let s = run(
            s,
            [
                enter(1, Via::Pointer),
                Action::LeaveQuote { via: Via::Pointer },
            ],
        );
        let s = run(s, [enter(1, Via::Pointer), Action::HideIfIdle(stale)]);
        assert!(s.card.is_some());
    }

    #[test]
    fn focus_keeps_the_card_after_the_pointer_leaves() {
        let s = run(
            state(),
            [
                enter(3, Via::Focus),
                enter(3, Via::Pointer),
                Action::LeaveQuote { via: Via::Pointer },
            ],
        );
        let s = run(s.clone(), [Action::HideIfIdle(s.hide_generation)]);
        assert_eq!(s.card.map(|card| card.number), Some(3));
        assert_eq!(s.position, Some(3), "focus sets where stepping continues");
    }

    #[test]
    fn card_returns_to_the_focused_quote_when_the_pointer_leaves_another() {
        let s = run(
            state(),
            [
                enter(3, Via::Focus),
                enter(2, Via::Pointer),
                Action::LeaveQuote { via: Via::Pointer },
            ],
        );
        assert_eq!(s.card.map(|card| card.number), Some(2));
        let s = run(s.clone(), [Action::HideIfIdle(s.hide_generation)]);
        assert_eq!(
            s.card,
            Some(Card {
                number: 3,
                anchor: 103
            })
        );
        assert_eq!(s.active, Some(3));
    }

    #[test]
    fn a_dismissed_card_stays_dismissed_when_a_timer_runs_out() {
        let s = run(
            state(),
            [
                enter(1, Via::Focus),
                Action::EnterCard { via: Via::Focus },
                Action::LeaveCard { via: Via::Focus },
                Action::Dismiss,
            ],
        );
        let s = run(s.clone(), [Action::HideIfIdle(s.hide_generation)]);
        assert_eq!((s.card, s.active), (None, Some(1)));
    }

    #[test]
    fn hovering_another_quote_keeps_a_card_that_holds_focus() {
        let s = run(
            state(),
            [
                enter(1, Via::Focus),
                Action::LeaveQuote { via: Via::Focus },
                Action::EnterCard { via: Via::Focus },
                enter(2, Via::Pointer),
            ],
        );
        assert_eq!(s.card.map(|card| card.number), Some(1));
        assert_eq!(s.active, Some(1));
    }

    #[test]
    fn escape_hides_the_card_but_keeps_the_highlight() {
        let s = run(state(), [enter(1, Via::Focus), Action::Dismiss]);
        assert_eq!(s.card, None);
        assert_eq!(s.active, Some(1));
    }

    #[test]
    fn unknown_quote_numbers_change_nothing() {
        let s = state();
        assert_eq!(s.apply(enter(9, Via::Pointer)), s);
        assert_eq!(s.apply(Action::GoTo(0)), s);
        assert_eq!(s.apply(Action::ToggleSpeaker(7)), s);
    }

    #[test]
    fn speaker_filter_toggles_and_announces() {
        let s = run(state(), [Action::ToggleSpeaker(0)]);
        assert_eq!(s.filter, Some(0));
        assert_eq!(s.announcement.text, "3 quotes by Ana");
        assert_eq!(s.matches_filter(3), Some(true));
        assert_eq!(s.matches_filter(2), Some(false));
        assert_eq!(s.matches_filter(4), Some(false));
        let s = run(s, [Action::ToggleSpeaker(1)]);
        assert_eq!(s.announcement.text, "1 quote by Ben");
        let s = run(s, [Action::ToggleSpeaker(1)]);
        assert_eq!(s.filter, None);
        assert_eq!(s.matches_filter(2), None);
        assert_eq!(s.announcement.text, "Showing all quotes");
    }

    #[test]
    fn stepping_walks_all_quotes_and_wraps() {
        let s = run(state(), [Action::Step(Direction::Next)]);
        assert_eq!(s.focus_request, Some(FocusRequest { number: 1, seq: 1 }));
        assert_eq!(s.announcement.text, "Quote 1 of 5, Ana");
        let s = run(
            s,
            [
                Action::Step(Direction::Next),
                Action::Step(Direction::Next),
                Action::Step(Direction::Next),
            ],
        );
        assert_eq!(s.position, Some(4));
        assert_eq!(s.announcement.text, "Quote 4 of 5, Speaker not identified");
        let s = run(
            s,
            [Action::Step(Direction::Next), Action::Step(Direction::Next)],
        );
        assert_eq!(s.position, Some(1), "wraps past the last quote");
        let s = run(s, [Action::Step(Direction::Previous)]);
        assert_eq!(s.position, Some(5), "and back");
        assert_eq!(s.active, Some(5));
    }

    #[test]
    fn previous_from_nowhere_starts_at_the_last_quote() {
        assert_eq!(
            run(state(), [Action::Step(Direction::Previous)]).position,
            Some(5)
        );
    }

    #[test]
    fn stepping_respects_the_filter_and_counts_within_it() {
        let s = run(
            state(),
            [
                enter(2, Via::Focus),
                Action::ToggleSpeaker(0),
                Action::Step(Direction::Next),
            ],
        );
        assert_eq!(s.position, Some(3));
        assert_eq!(s.announcement.text, "Quote 2 of 3, Ana");
        let s = run(
            s,
            [
                Action::Step(Direction::Previous),
                Action::Step(Direction::Previous),
            ],
        );
        assert_eq!(s.position, Some(5));
        assert_eq!(s.announcement.text, "Quote 3 of 3, Ana");
    }

    #[test]
    fn repeated_focus_requests_are_distinct() {
        let s = run(state(), [Action::GoTo(2)]);
        let again = run(s.clone(), [Action::GoTo(2)]);
        assert_ne!(s.focus_request, again.focus_request);
        assert_ne!(
            s.announcement, again.announcement,
            "same words, new announcement"
        );
        assert_eq!(again.announcement.text, "Quote 2 of 5, Ben");
    }

    #[test]
    fn no_quotes_means_nothing_to_step_to() {
        let s =
            HighlightState::new(Rc::new(Catalog::default())).apply(Action::Step(Direction::Next));
        assert_eq!(s.focus_request, None);
        assert_eq!(s.announcement.text, "No quotes to show");
    }

    #[test]
    fn quote_view_is_what_a_part_shows() {
        let s = run(state(), [enter(3, Via::Pointer), Action::ToggleSpeaker(1)]);
        assert_eq!(
            s.quote_view(3, 103),
            QuoteView {
                active: true,
                matches_filter: Some(false),
                card: true
            }
        );
        assert!(!s.quote_view(3, 999).card, "another part of quote 3");
        assert_eq!(s.quote_view(2, 102).matches_filter, Some(true));
        assert_eq!(state().quote_view(2, 102), QuoteView::default());
        assert_eq!(
            s.quote_view(3, 999).class_name(),
            "bs-quote bs-quote--active bs-quote--dimmed"
        );
        assert_eq!(QuoteView::default().class_name(), "bs-quote");
    }

    #[test]
    fn changed_quotes_names_only_the_quotes_that_look_different() {
        let s = state();
        let hovered = s.apply(enter(2, Via::Pointer));
        assert_eq!(s.changed_quotes(&hovered), ChangedQuotes::Some(vec![2]));
        let moved = hovered.apply(enter(4, Via::Pointer));
        assert_eq!(
            hovered.changed_quotes(&moved),
            ChangedQuotes::Some(vec![2, 4])
        );
        let left = moved.apply(Action::LeaveQuote { via: Via::Pointer });
        assert_eq!(moved.changed_quotes(&left), ChangedQuotes::Some(vec![]));
        // The card moves to another part of the same quote.
        let other_part = moved.apply(Action::EnterQuote {
            number: 4,
            anchor: 1,
            via: Via::Pointer,
        });
        assert_eq!(
            moved.changed_quotes(&other_part),
            ChangedQuotes::Some(vec![4])
        );
        let filtered = s.apply(Action::ToggleSpeaker(0));
        assert_eq!(s.changed_quotes(&filtered), ChangedQuotes::All);
        let stepped = filtered.apply(Action::Step(Direction::Next));
        assert_eq!(
            filtered.changed_quotes(&stepped),
            ChangedQuotes::Some(vec![1])
        );
    }

    #[test]
    fn quotes_are_found_by_number() {
        let catalog = catalog();
        assert_eq!(catalog.quote(3).map(|quote| quote.number), Some(3));
        assert!(catalog.quote(0).is_none() && catalog.quote(6).is_none());
    }

    #[test]
    fn catalog_finds_first_parts_in_reading_order() {
        let mark = |content: &str| {
            Inline::Quote(QuoteMark {
                quote_id: "q1".into(),
                speaker: None,
                origin: QuoteOrigin::Editor,
                content: vec![Inline::Text(content.into())],
                part: 0,
            })
        };
        let mut article = Article {
            body: vec![
                Block::Paragraph(vec![mark("“One,”")]),
                Block::Paragraph(vec![mark("“two.”")]),
            ],
            ..Article::default()
        };
        article.number_quote_parts();
        let catalog = Catalog::new(&article);
        let mut marks = Vec::new();
        for_each_mark(&article, &mut |mark| marks.push(mark.part));
        assert_eq!(marks, [0, 1]);
        assert!(catalog.is_first_part(1, marks[0]));
        assert!(!catalog.is_first_part(1, marks[1]));
        assert!(!catalog.is_first_part(2, marks[0]), "no quote 2");
        // The numbers are data: a clone (rendering from a copy) keeps them.
        let copy = article.clone();
        let mut copied = Vec::new();
        for_each_mark(&copy, &mut |mark| copied.push(mark.part));
        assert!(catalog.is_first_part(1, copied[0]) && !catalog.is_first_part(1, copied[1]));
    }
}
