//! The root component of one placeholder: the loading state, the article, or the error box.

use std::rc::Rc;

use yew::prelude::*;

use super::{error_box, loading, ArticleView};
use crate::model::Article;

/// Everything a mounted widget can show.
#[derive(Clone, PartialEq)]
pub enum WidgetState {
    /// Data is being fetched (`data-broadsheet-src`).
    Loading,
    Ready(Rc<Article>),
    Failed {
        message: Rc<str>,
        /// Offered when trying again could help (network failures).
        retry: Option<Callback<()>>,
    },
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub state: WidgetState,
    /// What the article's quote ids start with (see `ArticleViewProps::id_prefix`).
    #[prop_or_default]
    pub id_prefix: AttrValue,
}

/// The root of every mounted widget.
#[function_component]
pub fn Widget(props: &WidgetProps) -> Html {
    match &props.state {
        WidgetState::Loading => loading(),
        WidgetState::Ready(article) => {
            html! { <ArticleView article={article.clone()} id_prefix={props.id_prefix.clone()} /> }
        }
        WidgetState::Failed { message, retry } => error_box(message, retry.as_ref()),
    }
}
