//! One part of a quote in running text: `<span class="bs-quote">`, focusable, highlighted
//! together with the other parts of its quote, followed by the quote card when the reader
//! is on this part.

use std::rc::Rc;

use yew::prelude::*;

use super::rich_text::inline_nodes;
use super::QuoteCard;
use crate::citation::quote_element_id;
use crate::highlight::{Action, HighlightState, Via};
use crate::model::{Article, QuoteMark};

/// What quote parts, cards and the Voices panel share, provided by `ArticleView`.
#[derive(Clone, PartialEq)]
pub struct QuoteContext {
    pub state: UseReducerHandle<HighlightState>,
    pub article: Rc<Article>,
    /// Whether the Web Share API exists (found in an effect, so false while rendering on a
    /// server).
    pub can_share: bool,
}

#[derive(Properties, PartialEq)]
pub struct QuotePartProps {
    pub mark: QuoteMark,
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

/// A quote part. Without a `QuoteContext` (or for a quote the index does not know) it is a
/// plain styled span.
#[function_component]
pub fn QuotePart(props: &QuotePartProps) -> Html {
    let context = use_context::<QuoteContext>();
    let mark = &props.mark;
    let origin = mark.origin.as_str();
    let content = inline_nodes(&mark.content);
    let known = context.and_then(|context| {
        let number = context.state.catalog.number_of(&mark.quote_id)?;
        Some((context, number))
    });
    let Some((context, number)) = known else {
        return html! { <span class="bs-quote" data-origin={origin}>{ content }</span> };
    };

    let state = &*context.state;
    let catalog = &state.catalog;
    let speaker = mark.speaker.or_else(|| catalog.speaker_of(number));
    let speaker_name = speaker
        .and_then(|person| catalog.person(person))
        .map(|person| person.name.clone());
    let card_here = state
        .card
        .is_some_and(|card| card.number == number && card.anchor == props.anchor);
    let class = classes!(
        "bs-quote",
        (state.active == Some(number)).then_some("bs-quote--active"),
        match state.matches_filter(number) {
            Some(true) => Some("bs-quote--match"),
            Some(false) => Some("bs-quote--dimmed"),
            None => None,
        },
    );
    // The card's details describe the part while the card shows; the hidden description
    // otherwise, so focus always announces who is speaking.
    let described_by = if card_here {
        card_info_id(number)
    } else {
        description_id(number)
    };

    let dispatch = |action: Action| {
        let state = context.state.clone();
        move || state.dispatch(action.clone())
    };
    let anchor = props.anchor;
    let onmouseenter = {
        let enter = dispatch(Action::EnterQuote {
            number,
            anchor,
            via: Via::Pointer,
        });
        Callback::from(move |_: MouseEvent| enter())
    };
    let onmouseleave = {
        let leave = dispatch(Action::LeaveQuote { via: Via::Pointer });
        Callback::from(move |_: MouseEvent| leave())
    };
    // focusin/focusout bubble; a quote nested in another must not also activate the outer one.
    let onfocusin = {
        let enter = dispatch(Action::EnterQuote {
            number,
            anchor,
            via: Via::Focus,
        });
        Callback::from(move |event: FocusEvent| {
            event.stop_propagation();
            enter();
        })
    };
    let onfocusout = {
        let leave = dispatch(Action::LeaveQuote { via: Via::Focus });
        Callback::from(move |event: FocusEvent| {
            event.stop_propagation();
            leave();
        })
    };

    html! {
        <>
            <span {class}
                id={catalog.is_first_part(mark).then(|| quote_element_id(number))}
                data-quote-id={number.to_string()}
                data-speaker={speaker_name}
                data-origin={origin}
                tabindex="0"
                aria-describedby={described_by}
                {onmouseenter} {onmouseleave} {onfocusin} {onfocusout}>
                { content }
            </span>
            if card_here {
                <QuoteCard {number} />
            }
        </>
    }
}
