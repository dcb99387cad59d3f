//! Rich text: the article's typed inline nodes rendered as HTML.

use std::rc::Rc;

use yew::prelude::*;

use super::QuotePart;
use crate::model::Inline;

/// Typed inline nodes to HTML. Text is always text (Yew escapes it); links carry only URLs
/// that passed model validation; quote marks become [`QuotePart`]s.
pub fn inline_nodes(nodes: &[Inline]) -> Html {
    nodes.iter().map(inline_node).collect()
}

fn inline_node(node: &Inline) -> Html {
    match node {
        Inline::Text(text) => html! { { text } },
        Inline::LineBreak => html! { <br /> },
        Inline::Emphasis(content) => html! { <em>{ inline_nodes(content) }</em> },
        Inline::Strong(content) => html! { <strong>{ inline_nodes(content) }</strong> },
        Inline::Link { href, content } => {
            html! { <a href={href.as_str().to_owned()}>{ inline_nodes(content) }</a> }
        }
        Inline::Quote(mark) => html! { <QuotePart mark={Rc::new(mark.clone())} /> },
    }
}
