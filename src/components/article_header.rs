use std::rc::Rc;

use yew::prelude::*;

use super::Meta;
use crate::model::Article;

#[derive(Properties, PartialEq)]
pub struct ArticleHeaderProps {
    pub article: Rc<Article>,
}

/// Headline, standfirst and the meta line (source, dates, authors).
#[function_component]
pub fn ArticleHeader(props: &ArticleHeaderProps) -> Html {
    let article = &props.article;
    html! {
        <header class="bs-header">
            <h1 class="bs-headline">{ &article.headline }</h1>
            if let Some(standfirst) = &article.standfirst {
                <p class="bs-standfirst">{ standfirst }</p>
            }
            <Meta article={article.clone()} />
        </header>
    }
}
