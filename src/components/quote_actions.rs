//! The buttons of a quote card: copy a link to the quote, copy the quote as a citation,
//! copy a Text Fragments link (only when the quote's words are unique in the article) and
//! share (only where the Web Share API exists). Results are announced in the live region;
//! a refused clipboard is a message, never an exception.

use yew::prelude::*;

use super::highlight_store::use_highlight_store;
use super::QuoteContext;
use crate::browser::{self, ShareOutcome};
use crate::citation::{citation, quote_link};
use crate::highlight::Action;
use crate::i18n::fill_text;

#[derive(Properties, PartialEq)]
pub struct QuoteActionsProps {
    /// The quote the buttons act on.
    pub number: usize,
}

/// What a button puts on the clipboard, worked out from the page URL at click time.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copy {
    Link,
    Quote,
    TextFragment,
}

#[function_component]
pub fn QuoteActions(props: &QuoteActionsProps) -> Html {
    let context = use_context::<QuoteContext>();
    let store = use_highlight_store();
    let (Some(context), Some(store)) = (context, store) else {
        return Html::default();
    };
    let number = props.number;
    let catalog = store.catalog();
    let strings = catalog.strings;
    let Some(quote) = catalog.quote(number) else {
        return Html::default();
    };
    // Whether a fragment link would be unique does not depend on the URL: decide it now.
    let offers_fragment = context
        .fragment_check()
        .link(&context.article, quote, "")
        .is_some();

    let copy = |what: Copy| {
        let (context, store) = (context.clone(), store.clone());
        Callback::from(move |_: MouseEvent| {
            let (context, store) = (context.clone(), store.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let page = browser::page_url().unwrap_or_default();
                let catalog = store.catalog();
                let Some(quote) = catalog.quote(number) else {
                    return;
                };
                let link = quote_link(&page, &catalog.id_prefix, number);
                let (text, done) = match what {
                    Copy::Link => (Some(link), catalog.strings.link_copied),
                    Copy::Quote => (
                        Some(citation(&context.article, quote, &link)),
                        catalog.strings.quote_copied,
                    ),
                    Copy::TextFragment => (
                        context
                            .fragment_check()
                            .link(&context.article, quote, &page),
                        catalog.strings.fragment_copied,
                    ),
                };
                let message = match text {
                    Some(text) => match browser::copy_text(&text).await {
                        Ok(()) => done.to_owned(),
                        Err(reason) => {
                            fill_text(catalog.strings.copy_failed, &[("reason", &reason)])
                        }
                    },
                    None => catalog.strings.no_link.to_owned(),
                };
                store.dispatch(Action::Announce(message));
            });
        })
    };

    let share = {
        let (context, store) = (context.clone(), store.clone());
        Callback::from(move |_: MouseEvent| {
            let store = store.clone();
            let article = context.article.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let catalog = store.catalog();
                let Some(quote) = catalog.quote(number) else {
                    return;
                };
                let link = quote_link(
                    &browser::page_url().unwrap_or_default(),
                    &catalog.id_prefix,
                    number,
                );
                // The citation without its trailing link: share sheets add the URL themselves.
                let cited = citation(&article, quote, "");
                let message = match browser::share(&article.headline, cited.trim_end(), &link).await
                {
                    ShareOutcome::Shared => Some(catalog.strings.shared.to_owned()),
                    ShareOutcome::Cancelled => None,
                    ShareOutcome::Failed(reason) => Some(fill_text(
                        catalog.strings.share_failed,
                        &[("reason", &reason)],
                    )),
                };
                if let Some(message) = message {
                    store.dispatch(Action::Announce(message));
                }
            });
        })
    };

    html! {
        <span class="bs-quote-actions" role="group" aria-label={strings.quote_actions}>
            <button type="button" class="bs-quote-actions__button" onclick={copy(Copy::Link)}>{ strings.copy_link }</button>
            <button type="button" class="bs-quote-actions__button" onclick={copy(Copy::Quote)}>{ strings.copy_quote }</button>
            if offers_fragment {
                <button type="button" class="bs-quote-actions__button" onclick={copy(Copy::TextFragment)}>
                    { strings.copy_fragment }
                </button>
            }
            if context.can_share {
                <button type="button" class="bs-quote-actions__button" onclick={share}>{ strings.share }</button>
            }
        </span>
    }
}
