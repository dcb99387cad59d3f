//! "Voices in this story": the people quoted, as toggle buttons that single out their
//! quotes (APG button pattern, `aria-pressed`), and previous/next quote buttons. What they
//! do is announced in the article's live region by the reducer.

use yew::prelude::*;

use super::highlight_store::use_highlight;
use crate::highlight::{Action, Direction};

/// The panel shows and toggles the speaker filter of the article's highlight store (its
/// context), and re-renders when the filter changes, and for nothing else.
#[function_component]
pub fn VoicesPanel() -> Html {
    let Some((store, filter)) = use_highlight(|state| state.filter) else {
        return Html::default();
    };
    let store = &store;
    let catalog = store.catalog();
    let strings = catalog.strings;

    let speakers = catalog.index.speakers.iter().filter_map(|&(at, count)| {
        let person = catalog.person(at)?;
        let role = person.role.iter().chain(&person.organization).cloned().collect::<Vec<_>>().join(", ");
        let pressed = filter == Some(at);
        let onclick = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(Action::ToggleSpeaker(at)))
        };
        Some(html! {
            <li class="bs-voices__item">
                <button type="button" class="bs-voices__speaker" aria-pressed={pressed.to_string()} {onclick}>
                    <span class="bs-voices__name">{ &person.name }</span>
                    if !role.is_empty() {
                        <span class="bs-voices__role">{ role }</span>
                    }
                    <span class="bs-voices__count">{ strings.quote_count(count) }</span>
                </button>
            </li>
        })
    });
    let step = |direction: Direction| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Step(direction)))
    };

    html! {
        <aside class="bs-voices" aria-label={strings.voices}>
            <h2 class="bs-voices__title">{ strings.voices }</h2>
            <ul class="bs-voices__list">{ for speakers }</ul>
            <div class="bs-voices__steps">
                <button type="button" class="bs-voices__step" onclick={step(Direction::Previous)}>{ strings.previous_quote }</button>
                <button type="button" class="bs-voices__step" onclick={step(Direction::Next)}>{ strings.next_quote }</button>
            </div>
            // The keys documented in docs/quotes.md, shown to sighted keyboard users too.
            <p class="bs-voices__hint">{ strings.keys_hint }</p>
        </aside>
    }
}
