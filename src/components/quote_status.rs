//! The quotes' live region, and the effects the highlight state asks for: moving focus to a
//! quote (stepping, deep links) and the card's hide timer. A component of its own so that
//! announcements and timers re-render this paragraph, not the article around it.

use gloo_timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use super::highlight_store::use_highlight;
use crate::browser;
use crate::highlight::{Action, HIDE_DELAY_MS};

/// Shows and acts on the article's highlight state (the store of its context): its
/// announcements, focus requests and hide timers.
#[derive(Properties, PartialEq)]
pub struct QuoteStatusProps {
    /// The article element: focus requests look for their quote inside it.
    pub root: NodeRef,
}

#[function_component]
pub fn QuoteStatus(props: &QuoteStatusProps) -> Html {
    let highlight = use_highlight(|state| {
        (
            state.announcement.seq,
            state.focus_request,
            state.hide_generation,
        )
    });
    let store = highlight.as_ref().map(|(store, _)| store.clone());
    let (seq, focus_request, hide_generation) =
        highlight.map_or((0, None, 0), |(_, selected)| selected);

    use_effect_with(focus_request, {
        let root = props.root.clone();
        move |request| {
            let quote = request.and_then(|request| find_quote(&root, request.number));
            if let Some(quote) = quote {
                browser::focus(&quote);
                browser::scroll_into_view(&quote);
            }
        }
    });
    use_effect_with(hide_generation, {
        let store = store.clone();
        move |&generation| {
            let timer = store.filter(|_| generation > 0).map(|store| {
                Timeout::new(HIDE_DELAY_MS, move || {
                    store.dispatch(Action::HideIfIdle(generation))
                })
            });
            move || drop(timer)
        }
    });

    let Some(store) = store else {
        return Html::default();
    };
    // Same words again must still be spoken: alternate a trailing no-break space.
    let mut spoken = store.state().announcement.text.clone();
    if seq % 2 == 1 {
        spoken.push('\u{a0}');
    }
    html! {
        <p class="bs-quotes-status bs-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            { spoken }
        </p>
    }
}

/// The first part of quote `number` inside this article (by its number, not its element id:
/// a prefix taken from the page may need CSS escaping, the number never does).
fn find_quote(root: &NodeRef, number: usize) -> Option<Element> {
    let root = root.cast::<Element>()?;
    root.query_selector(&format!(".bs-quote[data-quote-id=\"{number}\"]"))
        .ok()
        .flatten()
}
