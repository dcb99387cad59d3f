//! The error box shown in place of an article that cannot be rendered.

use yew::prelude::*;

/// Shown in place of the article when it cannot be rendered; the message is meant for the
/// publisher who embedded the widget.
pub fn error_box(message: &str, retry: Option<&Callback<()>>) -> Html {
    let retry = retry.map(|retry| {
        let onclick = retry.reform(|_: MouseEvent| ());
        html! { <button type="button" class="bs-error__retry" {onclick}>{ "Try again" }</button> }
    });
    html! {
        <div class="bs-error" role="alert">
            <p class="bs-error__title">{ "This article could not be displayed." }</p>
            <p class="bs-error__message">{ message }</p>
            { for retry }
        </div>
    }
}
