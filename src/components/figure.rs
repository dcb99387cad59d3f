//! A photo with its caption and credit, and the `<img>` every image of the article uses.

use yew::prelude::*;

use super::rich_text::inline_nodes;
use crate::model::{Figure, Image};

/// A photo with its caption and credit ("PHOTO: NAME/Outlet"). The `lead` image loads
/// eagerly (it is usually the largest contentful paint); the rest lazily.
pub fn figure_view(figure: &Figure, lead: bool) -> Html {
    let has_caption = figure.caption.is_some() || figure.credit.is_some();
    html! {
        <figure class={classes!("bs-figure", lead.then_some("bs-figure--lead"))}>
            { image_view(&figure.image, lead) }
            if has_caption {
                <figcaption class="bs-figure__caption">
                    if let Some(caption) = &figure.caption {
                        <span class="bs-figure__text">{ inline_nodes(caption) }</span>
                    }
                    if let Some(credit) = &figure.credit {
                        <span class="bs-figure__credit">{ credit }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}

/// An `<img>` with intrinsic size so layout is reserved before it loads.
pub(crate) fn image_view(image: &Image, eager: bool) -> Html {
    // No `style` attribute: a strict CSP (style-src 'self') blocks it. The width/height
    // attributes plus `height: auto` in the stylesheet give the aspect ratio.
    html! {
        <img class="bs-image" src={image.src.as_str().to_owned()} srcset={image.srcset.clone()}
            sizes={image.srcset.as_ref().map(|_| "(min-width: 48rem) 48rem, 100vw")}
            alt={image.alt.clone()}
            width={image.width.map(|w| w.to_string())} height={image.height.map(|h| h.to_string())}
            loading={if eager { "eager" } else { "lazy" }}
            decoding="async"
            fetchpriority={eager.then_some("high")} />
    }
}
