//! The article body, block by block (paragraphs, subheads, figures, pull quotes, lists).

use yew::prelude::*;

use super::figure::figure_view;
use super::rich_text::inline_nodes;
use crate::model::{Article, Block};

/// The article body, block by block (live-blog updates aside, which `live_updates` shows).
/// The first figure, when it opens the body, is the lead photo.
pub fn body(article: &Article) -> Html {
    let blocks = article
        .main_body()
        .iter()
        .enumerate()
        .map(|(position, block)| block_view(block, position == 0));
    html! { <div class="bs-body">{ for blocks }</div> }
}

pub(crate) fn block_view(block: &Block, first: bool) -> Html {
    match block {
        Block::Paragraph(content) => html! { <p>{ inline_nodes(content) }</p> },
        Block::Heading { level, content } => {
            let tag = match level {
                3 => "h3",
                4 => "h4",
                _ => "h2",
            };
            html! { <@{tag} class="bs-subhead">{ inline_nodes(content) }</@> }
        }
        Block::Figure(figure) => figure_view(figure, first),
        Block::PullQuote {
            content,
            attribution,
        } => html! {
            <figure class="bs-pullquote">
                <blockquote>{ inline_nodes(content) }</blockquote>
                if let Some(attribution) = attribution {
                    <figcaption>{ "— " }{ attribution }</figcaption>
                }
            </figure>
        },
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|item| html! { <li>{ inline_nodes(item) }</li> });
            if *ordered {
                html! { <ol class="bs-list">{ for items }</ol> }
            } else {
                html! { <ul class="bs-list">{ for items }</ul> }
            }
        }
    }
}
