use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    pub message: Rc<str>,
    #[prop_or_default]
    pub retry: Option<Callback<()>>,
}

/// Shown in place of the article when it cannot be rendered; the message is meant for the
/// publisher who embedded the widget.
#[function_component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let retry = props.retry.as_ref().map(|retry| {
        let onclick = retry.reform(|_: MouseEvent| ());
        html! { <button type="button" class="bs-error__retry" {onclick}>{ "Try again" }</button> }
    });
    html! {
        <div class="bs-error" role="alert">
            <p class="bs-error__title">{ "This article could not be displayed." }</p>
            <p class="bs-error__message">{ props.message.to_string() }</p>
            { for retry }
        </div>
    }
}
