//! The highlight state of one article view (`crate::highlight`), shared through narrow
//! subscriptions instead of a context that every quote part re-renders with. Quote parts
//! subscribe by quote number and hear only of changes that may restyle their quote
//! ([`HighlightState::changed_quotes`]); the few other views hear of every change. Either
//! way a subscriber re-renders only when what it selects from the state differs from what it
//! shows, so hovering a quote re-renders that quote's parts, not a thousand others.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use yew::prelude::*;

use crate::highlight::{Action, Catalog, ChangedQuotes, HighlightState, QuoteView};

type Listener = Rc<dyn Fn()>;
/// The listeners of one slot, held weakly.
type Slot = Vec<Weak<dyn Fn()>>;

/// One article view's highlight state and its subscribers. Clones share the store; two
/// handles are equal when they are the same store.
#[derive(Clone)]
pub struct HighlightStore(Rc<Inner>);

struct Inner {
    state: RefCell<Rc<HighlightState>>,
    /// Slot 0: subscribers to every change; slot N: the parts of quote N. Weak, so that a
    /// component unsubscribes by dropping its listener.
    listeners: RefCell<Vec<Slot>>,
}

impl PartialEq for HighlightStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl HighlightStore {
    pub fn new(catalog: Rc<Catalog>) -> HighlightStore {
        let slots = catalog.total() + 1;
        HighlightStore(Rc::new(Inner {
            state: RefCell::new(Rc::new(HighlightState::new(catalog))),
            listeners: RefCell::new(vec![Vec::new(); slots]),
        }))
    }

    /// The current state.
    pub fn state(&self) -> Rc<HighlightState> {
        self.0.state.borrow().clone()
    }

    pub fn catalog(&self) -> Rc<Catalog> {
        self.0.state.borrow().catalog.clone()
    }

    /// Applies `action` and tells the subscribers it may concern.
    pub fn dispatch(&self, action: Action) {
        let previous = self.state();
        let next = yew::Reducible::reduce(previous.clone(), action);
        if Rc::ptr_eq(&previous, &next) {
            return;
        }
        *self.0.state.borrow_mut() = next.clone();
        let mut told: Vec<Listener> = Vec::new();
        {
            let mut listeners = self.0.listeners.borrow_mut();
            let mut tell = |slot: &mut Slot| {
                slot.retain(|listener| match listener.upgrade() {
                    Some(listener) => {
                        told.push(listener);
                        true
                    }
                    None => false,
                });
            };
            match previous.changed_quotes(&next) {
                ChangedQuotes::All => listeners.iter_mut().for_each(&mut tell),
                ChangedQuotes::Some(numbers) => {
                    tell(&mut listeners[0]);
                    for number in numbers {
                        if let Some(slot) = listeners.get_mut(number) {
                            tell(slot);
                        }
                    }
                }
            }
        }
        // Called with nothing borrowed: a listener may read the state or (on native
        // targets, where Yew renders synchronously) subscribe.
        for listener in told {
            listener();
        }
    }

    /// Calls `listener` after changes that may concern quote `number`, or after every change
    /// for `None`, for as long as the returned handle lives.
    pub fn subscribe(&self, number: Option<usize>, listener: impl Fn() + 'static) -> Rc<dyn Fn()> {
        let listener: Listener = Rc::new(listener);
        let slot = number.unwrap_or(0);
        let mut listeners = self.0.listeners.borrow_mut();
        if listeners.len() <= slot {
            listeners.resize_with(slot + 1, Vec::new);
        }
        listeners[slot].retain(|listener| listener.strong_count() > 0);
        listeners[slot].push(Rc::downgrade(&listener));
        listener
    }
}

/// What `select` picks from the state of `store`; the component re-renders when that
/// changes, and only then. `select` must be the same function on every render.
#[hook]
pub fn use_highlight<T>(store: &HighlightStore, select: fn(&HighlightState) -> T) -> T
where
    T: Clone + PartialEq + 'static,
{
    use_selection(Some(store), None, (), select).expect("there is a store to select from")
}

/// What a part of quote `number` (the one at `anchor`) shows; re-renders the part only when
/// that changes. Without a store: the default view, and no subscription.
#[hook]
pub fn use_quote_view(store: Option<&HighlightStore>, number: usize, anchor: usize) -> QuoteView {
    use_selection(store, Some(number), anchor, move |state| {
        state.quote_view(number, anchor)
    })
    .unwrap_or_default()
}

#[hook]
fn use_selection<T, K, F>(
    store: Option<&HighlightStore>,
    number: Option<usize>,
    key: K,
    select: F,
) -> Option<T>
where
    T: Clone + PartialEq + 'static,
    K: PartialEq + 'static,
    F: Fn(&HighlightState) -> T + 'static,
{
    let update = use_force_update();
    // What the component shows, for the listener to compare with.
    let shown = use_mut_ref(|| None::<T>);
    let value = store.map(|store| select(&store.state()));
    shown.borrow_mut().clone_from(&value);
    use_memo((store.cloned(), number, key), {
        let shown = shown.clone();
        move |(store, number, _)| {
            let store = store.clone()?;
            let watched = store.clone();
            Some(store.subscribe(*number, move || {
                let now = select(&watched.state());
                if shown.borrow().as_ref() != Some(&now) {
                    update.force_update();
                }
            }))
        }
    });
    value
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::highlight::Via;
    use crate::model::{Article, Block, Inline, Person, QuoteMark, QuoteOrigin};

    /// Three quotes, all by Ana.
    fn store() -> HighlightStore {
        let quote = |number: usize| {
            Block::Paragraph(vec![Inline::Quote(QuoteMark {
                quote_id: format!("q{number}"),
                speaker: Some(0),
                origin: QuoteOrigin::Editor,
                content: vec![Inline::Text(format!("“Quote {number}.”"))],
            })])
        };
        let article = Article {
            people: vec![Person {
                name: "Ana".into(),
                ..Person::default()
            }],
            body: (1..=3).map(quote).collect(),
            ..Article::default()
        };
        HighlightStore::new(Rc::new(Catalog::new(&article)))
    }

    fn counter(store: &HighlightStore, number: Option<usize>) -> (Rc<Cell<u32>>, Rc<dyn Fn()>) {
        let calls = Rc::new(Cell::new(0));
        let subscription = store.subscribe(number, {
            let calls = calls.clone();
            move || calls.set(calls.get() + 1)
        });
        (calls, subscription)
    }

    #[test]
    fn hovering_tells_only_that_quote_and_the_whole_state_subscribers() {
        let store = store();
        let (whole, _a) = counter(&store, None);
        let (one, _b) = counter(&store, Some(1));
        let (two, _c) = counter(&store, Some(2));
        store.dispatch(Action::EnterQuote {
            number: 2,
            anchor: 7,
            via: Via::Pointer,
        });
        assert_eq!((whole.get(), one.get(), two.get()), (1, 0, 1));
        store.dispatch(Action::ToggleSpeaker(0));
        assert_eq!((whole.get(), one.get(), two.get()), (2, 1, 2));
        // No change, nobody told.
        store.dispatch(Action::ToggleSpeaker(9));
        assert_eq!(whole.get(), 2);
    }

    #[test]
    fn dropping_the_handle_unsubscribes() {
        let store = store();
        let (calls, subscription) = counter(&store, Some(1));
        drop(subscription);
        store.dispatch(Action::ToggleSpeaker(0));
        assert_eq!(calls.get(), 0);
        assert_eq!(store.state().filter, Some(0));
    }
}
