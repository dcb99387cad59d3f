//! The highlight state of one article view (`crate::highlight`). Components reach the store
//! one way, the context `ArticleView` provides ([`use_highlight_store`]); its changes
//! travel through narrow subscriptions instead of that context, which every quote part
//! would re-render with. Quote parts
//! subscribe by quote number and hear only of changes that may restyle their quote
//! ([`HighlightState::changed_quotes`]); the Voices panel and the live region hear of every
//! change and re-render only when the part of the state they show differs. Nothing else
//! re-renders: a speaker filter repaints the quote parts' classes, a hover the classes of two
//! quotes and the part that gets the card.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use web_sys::Element;
use yew::prelude::*;

use crate::browser;
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
    /// A store in the initial state for the article `catalog` describes.
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

    /// The article's quotes and people (fixed for the store's life).
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
        // Called with nothing borrowed: a listener may read the state or subscribe.
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

/// The article view's highlight store: the one way components reach it (`ArticleView`
/// provides it as a context, which changes only with the article). `None` outside an
/// article view.
#[hook]
pub fn use_highlight_store() -> Option<HighlightStore> {
    use_context::<HighlightStore>()
}

/// The store and what `select` picks from its state; the component re-renders when that
/// changes, and only then. `select` must be the same function on every render. The
/// subscription is made once mounted (an effect), not while rendering, and catches up with
/// a change that came in between.
#[hook]
pub fn use_highlight<T>(select: fn(&HighlightState) -> T) -> Option<(HighlightStore, T)>
where
    T: Clone + PartialEq + 'static,
{
    let store = use_highlight_store();
    let update = use_force_update();
    // What the component shows, for the listener to compare with.
    let shown = use_mut_ref(|| None::<T>);
    let value = store.as_ref().map(|store| select(&store.state()));
    shown.borrow_mut().clone_from(&value);
    use_effect_with(store.clone(), move |store| {
        let subscription = store.as_ref().map(|store| {
            let watched = store.clone();
            store.subscribe(None, move || {
                let now = select(&watched.state());
                if shown.borrow().as_ref() != Some(&now) {
                    update.force_update();
                }
            })
        });
        if let Some(listener) = &subscription {
            listener();
        }
        move || drop(subscription)
    });
    store.zip(value)
}

/// Keeps the part of quote `number` at `anchor`, rendered into `node`, in step with the
/// store, and answers whether the card follows that part. The part re-renders only when the
/// card comes or goes. Its highlight classes are painted onto the element instead
/// ([`QuoteView::class_name`]): a speaker filter changes them on every part at once, and a
/// re-render per part (a vdom diff each, for one attribute) made a click on a thousand
/// quotes take tens of milliseconds. The part renders a constant `class`, so Yew never
/// writes it after mounting and the painted value stays. Without a store: no card, nothing
/// painted. Subscribes once mounted (an effect), never while rendering.
#[hook]
pub fn use_quote_part(
    store: Option<&HighlightStore>,
    number: usize,
    anchor: usize,
    node: &NodeRef,
) -> bool {
    let update = use_force_update();
    // On screen: `card` as last rendered, the classes as last painted.
    let shown = use_mut_ref(QuoteView::default);
    let card = store.is_some_and(|store| store.state().quote_view(number, anchor).card);
    shown.borrow_mut().card = card;
    // A part that mounts, or now shows another article's quote, paints what it shows now
    // and from then on hears of the changes to its quote.
    use_effect_with((store.cloned(), number, anchor), {
        let (shown, node) = (shown.clone(), node.clone());
        move |(store, number, anchor)| {
            let (number, anchor) = (*number, *anchor);
            let now = store.as_ref().map_or_else(QuoteView::default, |store| {
                store.state().quote_view(number, anchor)
            });
            // The card moved between the render and now: render again.
            if paint(&node, &mut shown.borrow_mut(), now) {
                update.force_update();
            }
            let subscription = store.as_ref().map(|store| {
                let watched = store.clone();
                store.subscribe(Some(number), move || {
                    let now = watched.state().quote_view(number, anchor);
                    if paint(&node, &mut shown.borrow_mut(), now) {
                        update.force_update();
                    }
                })
            });
            move || drop(subscription)
        }
    });
    card
}

/// Paints `now`'s classes onto `node` if they differ from `shown`'s; answers whether the
/// card moved (which takes a re-render).
fn paint(node: &NodeRef, shown: &mut QuoteView, now: QuoteView) -> bool {
    if now.class_name() != shown.class_name() {
        if let Some(element) = node.cast::<Element>() {
            browser::set_constant_class(&element, now.class_name());
        }
    }
    let card_moved = now.card != shown.card;
    *shown = QuoteView {
        card: shown.card,
        ..now
    };
    card_moved
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
                part: number - 1,
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
