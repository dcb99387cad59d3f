//! One part of a quote in running text: `<span class="bs-quote">`, focusable, highlighted
//! together with the other parts of its quote, followed by the quote card when the reader
//! is on this part.

use std::cell::OnceCell;
use std::rc::Rc;

use yew::prelude::*;

use super::highlight_store::{use_highlight_store, use_quote_part, HighlightStore};
use super::rich_text::inline_nodes;
use super::QuoteCard;
use crate::citation::FragmentCheck;
use crate::highlight::{Action, Catalog, Via};
use crate::model::{Article, QuoteMark};

/// What quote cards and their actions need besides the [`HighlightStore`] (which they, like
/// every component, get from its own context: it changes only with the article, this one
/// also when sharing turns out to exist), provided by `ArticleView`.
#[derive(Clone)]
pub struct QuoteContext {
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
        Rc::ptr_eq(&self.article, &other.article)
            && self.can_share == other.can_share
            && Rc::ptr_eq(&self.fragments, &other.fragments)
    }
}

impl QuoteContext {
    /// The article's [`FragmentCheck`], made on first use.
    pub fn fragment_check(&self) -> &FragmentCheck {
        self.fragments
            .get_or_init(|| FragmentCheck::new(&self.article))
    }
}

#[derive(Properties, PartialEq)]
pub struct QuotePartProps {
    /// The mark; its [`part`](crate::model::QuoteMark::part) number tells this part from
    /// the other parts of its quote (the card follows the part the reader is on, and the
    /// first part carries the quote's id).
    pub mark: Rc<QuoteMark>,
}

/// Id of the hidden, always-present description of quote `number` (see `ArticleView`).
pub(crate) fn description_id(catalog: &Catalog, number: usize) -> String {
    format!("{}-description", catalog.element_id(number))
}

/// Id of the speaker details inside the card of quote `number`.
pub(crate) fn card_info_id(catalog: &Catalog, number: usize) -> String {
    format!("{}-card-info", catalog.element_id(number))
}

/// What does not change while an article shows, worked out when the part mounts: a
/// highlight change then costs a comparison and at most a painted class, or a re-render
/// when the card comes or goes (see [`use_quote_part`]).
struct Part {
    content: Html,
    /// `None` without a store, or for a quote the index does not know.
    live: Option<Live>,
}

/// A part of a quote the highlight store knows.
struct Live {
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

impl Live {
    fn new(store: &HighlightStore, mark: &QuoteMark, anchor: usize) -> Option<Live> {
        let catalog = store.catalog();
        let number = catalog.number_of(&mark.quote_id)?;
        let speaker = mark.speaker.or_else(|| catalog.speaker_of(number));
        let on_mouse = |action: Action| {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(action.clone()))
        };
        // focusin/focusout bubble; a quote nested in another must not also activate the
        // outer one.
        let on_focus = |action: Action| {
            let store = store.clone();
            Callback::from(move |event: FocusEvent| {
                event.stop_propagation();
                store.dispatch(action.clone());
            })
        };
        let enter = |via| Action::EnterQuote {
            number,
            anchor,
            via,
        };
        let leave = |via| Action::LeaveQuote { via };
        Some(Live {
            number,
            id: catalog
                .is_first_part(number, anchor)
                .then(|| catalog.element_id(number).into()),
            quote_id: number.to_string().into(),
            speaker: speaker
                .and_then(|person| catalog.person(person))
                .map(|person| person.name.clone().into()),
            description: description_id(&catalog, number).into(),
            card_info: card_info_id(&catalog, number).into(),
            onmouseenter: on_mouse(enter(Via::Pointer)),
            onmouseleave: on_mouse(leave(Via::Pointer)),
            onfocusin: on_focus(enter(Via::Focus)),
            onfocusout: on_focus(leave(Via::Focus)),
        })
    }
}

/// A mark compared by address, for memo dependencies: a new mark of equal value comes with
/// new props, which Yew already compared by value.
struct SameMark(Rc<QuoteMark>);

impl PartialEq for SameMark {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A quote part. Without a [`HighlightStore`] (or for a quote the index does not know) it
/// is a plain styled span.
#[function_component]
pub fn QuotePart(props: &QuotePartProps) -> Html {
    let store = use_highlight_store();
    let anchor = props.mark.part;
    let origin = props.mark.origin.as_str();
    let node = use_node_ref();
    let part = use_memo(
        (store.clone(), SameMark(props.mark.clone()), anchor),
        |(store, mark, anchor)| Part {
            content: inline_nodes(&mark.0.content),
            live: store
                .as_ref()
                .and_then(|store| Live::new(store, &mark.0, *anchor)),
        },
    );
    let live = part.live.as_ref();
    // The highlight classes are painted onto `node` by this hook (see its docs): the class
    // rendered here stays "bs-quote".
    let card = use_quote_part(
        store.as_ref().filter(|_| live.is_some()),
        live.map_or(0, |live| live.number),
        anchor,
        &node,
    );
    let content = part.content.clone();
    let Some(live) = live else {
        return html! { <span class="bs-quote" data-origin={origin}>{ content }</span> };
    };

    // The card's details describe the part while the card shows; the hidden description
    // otherwise, so focus always announces who is speaking.
    let described_by = if card {
        &live.card_info
    } else {
        &live.description
    };
    html! {
        <>
            <span class="bs-quote" ref={node}
                id={live.id.clone()}
                data-quote-id={live.quote_id.clone()}
                data-speaker={live.speaker.clone()}
                data-origin={origin}
                tabindex="0"
                aria-describedby={described_by.clone()}
                onmouseenter={live.onmouseenter.clone()} onmouseleave={live.onmouseleave.clone()}
                onfocusin={live.onfocusin.clone()} onfocusout={live.onfocusout.clone()}>
                { content }
            </span>
            if card {
                <QuoteCard number={live.number} />
            }
        </>
    }
}
