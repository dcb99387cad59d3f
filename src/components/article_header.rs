//! The article's header: headline, standfirst and the meta line.

use yew::prelude::*;

use super::meta;
use crate::model::Article;

/// Headline, standfirst and the meta line (source, dates, authors).
pub fn article_header(article: &Article) -> Html {
    html! {
        <header class="bs-header">
            <h1 class="bs-headline">{ &article.headline }</h1>
            if let Some(standfirst) = &article.standfirst {
                <p class="bs-standfirst">{ standfirst }</p>
            }
            { meta(article) }
        </header>
    }
}
