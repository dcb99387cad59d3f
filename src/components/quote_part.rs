//! One part of a quote in running text: `<span class="bs-quote">`, focusable, highlighted
//! together with the other parts of its quote, followed by the quote card when the reader
//! is on this part.

use std::cell::OnceCell;
use std::rc::Rc;

use yew::prelude::*;

use super::highlight_store::{use_quote_view, HighlightStore};
use super::rich_text::inline_nodes;
use super::QuoteCard;
use crate::citation::{quote_element_id, FragmentCheck};
use crate::highlight::{Action, QuoteView, Via};
use crate::model::{Article, QuoteMark};

/// What quote cards and the Voices panel share, provided by `ArticleView`. Quote parts get
/// the [`HighlightStore`] from a context of its own, which changes only with the article.
#[derive(Clone)]
pub struct QuoteContext {
    pub store: HighlightStore,
    pub article: Rc<Article>,
    /// Whether the Web Share API exists (found in an effect, so false while rendering on a
    /// server).
    pub can_share: bool,
    /// Which quotes a text-fragment link can single out, worked out on first use: it reads
    /// the whole article.
    pub fragments: Rc<OnceCell<FragmentCheck>>,
}

/// Same store, same article, same cache: compared by identity (a deep comparison of the
/// article would cost as much as rendering it).
impl PartialEq for QuoteContext {
    fn eq(&self, other: &Self) -> bool {
        self.store == other.store
            && Rc::ptr_eq(&self.article, &other.article)
            && self.can_share == other.can_share
            && Rc::ptr_eq(&self.fragments, &other.fragments)
    }
}

impl QuoteContext {
    pub fn fragment_check(&self) -> &FragmentCheck {
        self.fragments
            .get_or_init(|| FragmentCheck::new(&self.article))
    }
}

#[derive(Properties, PartialEq)]
pub struct QuotePartProps {
    pub mark: Rc<QuoteMark>,
    /// Tells this part from the other parts of its quote: the card follows the part the
    /// reader is on. `RichText` passes the mark's address in the (immutable) article.
    pub anchor: usize,
}

/// Id of the hidden, always-present description of quote `number` (see `ArticleView`).
pub(crate) fn description_id(number: usize) -> String {
    format!("{}-description", quote_element_id(number))
}

/// Id of the speaker details inside the card of quote `number`.
pub(crate) fn card_info_id(number: usize) -> String {
    format!("{}-card-info", quote_element_id(number))
}

/// What does not change while an article shows: worked out when the part mounts, so a
/// highlight change only compares a [`QuoteView`] and swaps a class.
struct Part {
    number: usize,
    /// `quote-N` on the first part of the quote.
    id: Option<AttrValue>,
    quote_id: AttrValue,
    speaker: Option<AttrValue>,
    description: AttrValue,
    card_info: AttrValue,
    onmouseenter: Callback<MouseEvent>,
    onmouseleave: Callback<MouseEvent>,
    onfocusin: Callback<FocusEvent>,
    onfocusout: Callback<FocusEvent>,
}

impl Part {
    fn new(store: &HighlightStore, mark: &QuoteMark, anchor: usize) -> Option<Part> {
        let catalog = store.catalog();
        let number = catalog.number_of(&mark.quote_id)?;
        let speaker = mark.speaker.or_else(|| catalog.speaker_of(number));
        let dispatch = |action: Action| {
            let store = store.clone();
            move || store.dispatch(action.clone())
        };
        let enter = |via| {
            dispatch(Action::EnterQuote {
                number,
                anchor,
                via,
            })
        };
        let (pointer_in, focus_in) = (enter(Via::Pointer), enter(Via::Focus));
        let pointer_out = dispatch(Action::LeaveQuote { via: Via::Pointer });
        let focus_out = dispatch(Action::LeaveQuote { via: Via::Focus });
        Some(Part {
            number,
            id: catalog
                .is_first_part(mark)
                .then(|| quote_element_id(number).into()),
            quote_id: number.to_string().into(),
            speaker: speaker
                .and_then(|person| catalog.person(person))
                .map(|person| person.name.clone().into()),
            description: description_id(number).into(),
            card_info: card_info_id(number).into(),
            onmouseenter: Callback::from(move |_: MouseEvent| pointer_in()),
            onmouseleave: Callback::from(move |_: MouseEvent| pointer_out()),
            // focusin/focusout bubble; a quote nested in another must not also activate the
            // outer one.
            onfocusin: Callback::from(move |event: FocusEvent| {
                event.stop_propagation();
                focus_in();
            }),
            onfocusout: Callback::from(move |event: FocusEvent| {
                event.stop_propagation();
                focus_out();
            }),
        })
    }
}

/// The class attribute for a view: one of six fixed strings, nothing to build.
fn class(view: QuoteView) -> &'static str {
    match (view.active, view.matches_filter) {
        (false, None) => "bs-quote",
        (false, Some(true)) => "bs-quote bs-quote--match",
        (false, Some(false)) => "bs-quote bs-quote--dimmed",
        (true, None) => "bs-quote bs-quote--active",
        (true, Some(true)) => "bs-quote bs-quote--active bs-quote--match",
        (true, Some(false)) => "bs-quote bs-quote--active bs-quote--dimmed",
    }
}

/// A quote part. Without a [`HighlightStore`] (or for a quote the index does not know) it
/// is a plain styled span.
#[function_component]
pub fn QuotePart(props: &QuotePartProps) -> Html {
    let store = use_context::<HighlightStore>();
    let mark = &props.mark;
    let anchor = props.anchor;
    let origin = mark.origin.as_str();
    let content = use_memo(mark.clone(), |mark| inline_nodes(&mark.content));
    let part = use_memo(
        (store.clone(), mark.clone(), anchor),
        |(store, mark, anchor)| {
            store
                .as_ref()
                .and_then(|store| Part::new(store, mark, *anchor))
        },
    );
    let live = store.as_ref().filter(|_| part.is_some());
    let number = part.as_ref().as_ref().map_or(0, |part| part.number);
    let view = use_quote_view(live, number, anchor);
    let content = Html::clone(&content);
    let Some(part) = part.as_ref() else {
        return html! { <span class="bs-quote" data-origin={origin}>{ content }</span> };
    };

    // The card's details describe the part while the card shows; the hidden description
    // otherwise, so focus always announces who is speaking.
    let described_by = if view.card {
        &part.card_info
    } else {
        &part.description
    };
    html! {
        <>
            <span class={class(view)}
                id={part.id.clone()}
                data-quote-id={part.quote_id.clone()}
                data-speaker={part.speaker.clone()}
                data-origin={origin}
                tabindex="0"
                aria-describedby={described_by.clone()}
                onmouseenter={part.onmouseenter.clone()} onmouseleave={part.onmouseleave.clone()}
                onfocusin={part.onfocusin.clone()} onfocusout={part.onfocusout.clone()}>
                { content }
            </span>
            if view.card {
                <QuoteCard number={part.number} />
            }
        </>
    }
}
