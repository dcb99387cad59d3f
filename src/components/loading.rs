//! The placeholder shown while article data is fetched.

use yew::prelude::*;

/// Placeholder while article data is fetched: reserves space so the page does not jump.
pub fn loading() -> Html {
    html! {
        <div class="bs-loading" role="status" aria-live="polite">
            <span class="bs-visually-hidden">{ "Loading article…" }</span>
            <div class="bs-loading__line bs-loading__line--title" aria-hidden="true"></div>
            <div class="bs-loading__line" aria-hidden="true"></div>
            <div class="bs-loading__line" aria-hidden="true"></div>
            <div class="bs-loading__line bs-loading__line--short" aria-hidden="true"></div>
        </div>
    }
}
