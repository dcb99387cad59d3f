//! The meta line: source, publication and update times, dateline and authors.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Article, Author, Source, Timestamp};

/// Source, publication and update times, dateline and authors.
pub fn meta(article: &Article) -> Html {
    let words = strings(&article.lang);
    html! {
        <div class="bs-meta">
            if let Some(source) = &article.source {
                { source_view(source) }
            }
            if let Some(published) = &article.published {
                <span class="bs-meta__published">
                    <span class="bs-visually-hidden">{ words.published }{ ": " }</span>
                    { time_view(published) }
                </span>
            }
            if let Some(updated) = &article.updated {
                <span class="bs-meta__updated">
                    { words.updated }{ ": " }{ time_view(updated) }
                </span>
            }
            if !article.authors.is_empty() {
                <p class="bs-byline">
                    { words.by }{ " " }{ authors_view(&article.authors, words.and) }
                    if let Some(byline) = &article.byline {
                        <span class="bs-byline__extra">{ ", " }{ byline }</span>
                    }
                </p>
            } else if let Some(byline) = &article.byline {
                <p class="bs-byline">{ byline }</p>
            }
            if let Some(dateline) = &article.dateline {
                <span class="bs-meta__dateline">{ dateline }</span>
            }
        </div>
    }
}

fn source_view(source: &Source) -> Html {
    let logo = source.logo.as_ref().map(|logo| {
        html! {
            <img class="bs-source__logo" src={logo.src.as_str().to_owned()} alt=""
                width={logo.width.map(|w| w.to_string())} height={logo.height.map(|h| h.to_string())} />
        }
    });
    let inner = html! { <>{ for logo }<span class="bs-source__name">{ &source.name }</span></> };
    match &source.url {
        Some(url) => html! { <a class="bs-source" href={url.as_str().to_owned()}>{ inner }</a> },
        None => html! { <span class="bs-source">{ inner }</span> },
    }
}

/// `<time>` keeps the original ISO string (with its UTC offset) as `datetime`; the visible
/// text is the browser's localised form when the embedding layer provided one.
pub(crate) fn time_view(timestamp: &Timestamp) -> Html {
    let text = timestamp
        .display
        .clone()
        .unwrap_or_else(|| timestamp.iso.clone());
    html! { <time datetime={timestamp.iso.clone()}>{ text }</time> }
}

fn authors_view(authors: &[Author], and: &str) -> Html {
    let count = authors.len();
    authors
        .iter()
        .enumerate()
        .map(|(position, author)| {
            // "A", "A and B", "A, B and C".
            let separator = match count - position {
                1 => String::new(),
                2 => format!(" {and} "),
                _ => ", ".to_owned(),
            };
            let name = match &author.url {
                Some(url) => html! {
                    <a class="bs-author" rel="author" href={url.as_str().to_owned()}>{ &author.name }</a>
                },
                None => html! { <span class="bs-author">{ &author.name }</span> },
            };
            let role = author
                .role
                .as_ref()
                .map(|role| html! { <span class="bs-author__role">{ " (" }{ role }{ ")" }</span> });
            html! { <>{ name }{ for role }{ separator }</> }
        })
        .collect()
}
