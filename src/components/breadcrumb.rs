//! The breadcrumb trail above the headline (WAI-ARIA breadcrumb pattern).

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Crumb;

/// Channel > Section > Article, per the WAI-ARIA breadcrumb pattern: the last item is the
/// current page.
pub fn breadcrumb(crumbs: &[Crumb], lang: &str) -> Html {
    let last = crumbs.len().saturating_sub(1);
    let items = crumbs.iter().enumerate().map(|(position, crumb)| {
        let current = position == last;
        let label = match (&crumb.url, current) {
            (Some(url), false) => html! { <a href={url.as_str().to_owned()}>{ &crumb.name }</a> },
            (Some(url), true) => html! {
                <a href={url.as_str().to_owned()} aria-current="page">{ &crumb.name }</a>
            },
            (None, true) => html! { <span aria-current="page">{ &crumb.name }</span> },
            (None, false) => html! { <span>{ &crumb.name }</span> },
        };
        html! { <li class="bs-breadcrumb__item">{ label }</li> }
    });
    html! {
        <nav class="bs-breadcrumb" aria-label={strings(lang).breadcrumb}>
            <ol>{ for items }</ol>
        </nav>
    }
}
