//! The card shown next to the quote part the reader hovers or focuses: who is speaking
//! (name, role, organisation, how often quoted), whether the quote was detected
//! automatically, and the quote's actions. A non-modal dialog rather than a tooltip because
//! it holds buttons; it follows its quote part in the DOM so Tab reaches them next.

use web_sys::Element;
use yew::prelude::*;

use super::highlight_store::use_highlight_store;
use super::quote_part::card_info_id;
use super::QuoteActions;
use crate::browser;
use crate::highlight::{Action, Via};
use crate::i18n::fill_text;
use crate::model::QuoteOrigin;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    /// The quote this card is about.
    pub number: usize,
}

#[function_component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let store = use_highlight_store();
    let card = use_node_ref();
    let Some(store) = store else {
        return Html::default();
    };
    let catalog = store.catalog();
    let Some(quote) = catalog.quote(props.number) else {
        return Html::default();
    };

    let number = props.number;
    let strings = catalog.strings;
    let speaker = quote.speaker.and_then(|at| Some((at, catalog.person(at)?)));
    let title_id = format!("{}-card-title", catalog.element_id(number));

    let dispatch = |action: Action| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(action.clone()))
    };
    let onmouseenter = dispatch(Action::EnterCard { via: Via::Pointer });
    let onmouseleave = dispatch(Action::LeaveCard { via: Via::Pointer });
    let onfocusin = {
        let store = store.clone();
        Callback::from(move |_: FocusEvent| store.dispatch(Action::EnterCard { via: Via::Focus }))
    };
    let onfocusout = {
        let store = store.clone();
        Callback::from(move |_: FocusEvent| store.dispatch(Action::LeaveCard { via: Via::Focus }))
    };
    // Esc inside the card: focus goes back to the quote part (the card's previous sibling)
    // before the card goes, so it is not lost to <body>. Focus first: focusing the part
    // re-opens the card, and the dismissal must come after that.
    let onkeydown = {
        let store = store.clone();
        let card = card.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Escape" {
                return;
            }
            if let Some(part) = card
                .cast::<Element>()
                .and_then(|card| card.previous_element_sibling())
            {
                browser::focus(&part);
            }
            store.dispatch(Action::Dismiss);
        })
    };

    let details = speaker.map(|(at, person)| {
        let role = person
            .role
            .iter()
            .chain(&person.organization)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <>
                <span class="bs-quote-card__name" id={title_id.clone()}>{ &person.name }</span>
                if !role.is_empty() {
                    <span class="bs-quote-card__role">{ role }</span>
                }
                <span class="bs-quote-card__count">
                    { fill_text(strings.in_this_story, &[("count", &strings.quote_count(catalog.count_by(at)))]) }
                </span>
            </>
        }
    });

    html! {
        <span class="bs-quote-card" role="dialog" aria-labelledby={title_id.clone()} ref={card}
            {onmouseenter} {onmouseleave} {onfocusin} {onfocusout} {onkeydown}>
            <span class="bs-quote-card__info" id={card_info_id(&catalog, number)}>
                if let Some(details) = details {
                    { details }
                } else {
                    <span class="bs-quote-card__name bs-quote-card__name--unknown" id={title_id}>
                        { strings.speaker_unknown }
                    </span>
                }
                if quote.origin == QuoteOrigin::Detected {
                    <span class="bs-quote-card__origin">{ strings.detected }</span>
                }
            </span>
            <QuoteActions {number} />
        </span>
    }
}
