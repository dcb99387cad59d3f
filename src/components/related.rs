//! Related stories ("Top News"): nothing for none, a single card for one, and the
//! [`Carousel`] for two or more.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::{Carousel, StoryCard};
use crate::i18n::strings;
use crate::model::Article;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A prefix for element ids that is unique per widget instance, so two widgets on one page
/// never share an id (the slides' aria-labelledby would point into the wrong widget).
/// Called from `use_state` initialisers: once per mounted instance.
pub(super) fn id_prefix() -> AttrValue {
    let n = NEXT_ID.with(|next| next.replace(next.get().wrapping_add(1)));
    format!("bs-related-{n}").into()
}

/// Numbers the next widget's ids from the start again. The server renderer calls it once
/// per page (and per lone article), so its output depends on the input only, as in a fresh
/// process, even in a JavaScript runtime that renders many pages with one wasm instance.
#[cfg(feature = "ssr")]
pub fn reset_id_prefixes() {
    NEXT_ID.with(|next| next.set(0));
}

/// The section's name: the publisher's label, or "Related stories" in the article's language.
pub(super) fn label(article: &Article) -> String {
    article
        .carousel
        .label
        .clone()
        .unwrap_or_else(|| strings(&article.lang).related.to_owned())
}

#[derive(Properties, PartialEq)]
pub struct RelatedProps {
    pub article: Rc<Article>,
}

/// Related stories. One story is just a card: carousel roles and controls for a single
/// slide would only add noise.
#[function_component]
pub fn Related(props: &RelatedProps) -> Html {
    let prefix = use_state(id_prefix);
    let article = &props.article;
    match article.related.len() {
        0 => Html::default(),
        1 => {
            let title_id = format!("{}-title", *prefix);
            html! {
                <section class="bs-related" aria-labelledby={title_id.clone()}>
                    <h2 class="bs-related__title" id={title_id}>{ label(article) }</h2>
                    <StoryCard story={article.related[0].clone()} />
                </section>
            }
        }
        _ => html! { <Carousel article={article.clone()} /> },
    }
}
