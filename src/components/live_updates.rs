//! A live blog's updates as a dated timeline, newest first: each update an `<article>` in
//! a list, with its headline, its time and its blocks, rendered by the body's own block view
//! (so quotes in updates are highlighted like the body's: they are the tail of its blocks).

use yew::prelude::*;

use super::body::block_view;
use super::meta::time_view;
use crate::i18n::strings;
use crate::model::Article;

/// The timeline; nothing when the article has no updates.
pub fn live_updates(article: &Article) -> Html {
    if article.live_updates.is_empty() {
        return Html::default();
    }
    let updates = article.live_updates.iter().map(|update| {
        let blocks = article
            .update_blocks(update)
            .iter()
            .map(|block| block_view(block, false));
        html! {
            <li class="bs-live__update">
                <article class="bs-live__entry">
                    if let Some(published) = &update.published {
                        <p class="bs-live__time">{ time_view(published) }</p>
                    }
                    if let Some(headline) = &update.headline {
                        <h3 class="bs-live__headline">{ headline }</h3>
                    }
                    <div class="bs-body bs-live__body">{ for blocks }</div>
                </article>
            </li>
        }
    });
    html! {
        <section class="bs-live" aria-label={strings(&article.lang).live_updates}>
            <ol class="bs-live__list">{ for updates }</ol>
        </section>
    }
}
