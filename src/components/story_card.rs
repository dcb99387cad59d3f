//! One related story as a card: picture, section, headline link, summary and date. Shown
//! alone when there is one story and as each slide of the carousel otherwise.

use yew::prelude::*;

use super::meta::time_view;
use crate::model::Related;

#[derive(Properties, PartialEq)]
pub struct StoryCardProps {
    /// The story (an entry of `Article::related`; a few short strings, cheap to compare).
    pub story: Related,
    /// Id of the headline, which names the carousel slide.
    #[prop_or_default]
    pub heading_id: Option<AttrValue>,
}

/// A story card. A missing or broken picture becomes a neutral block with the section
/// name, the same size, so cards stay aligned and nothing shifts.
#[function_component]
pub fn StoryCard(props: &StoryCardProps) -> Html {
    let failed = use_state(|| false);
    let story = &props.story;
    let section = story.section.clone().unwrap_or_default();
    let picture = match &story.image {
        Some(image) if !*failed => {
            let onerror = {
                let failed = failed.setter();
                Callback::from(move |_: Event| failed.set(true))
            };
            html! {
                <img class="bs-card__image" src={image.src.as_str().to_owned()} srcset={image.srcset.clone()}
                    sizes={image.srcset.as_ref().map(|_| "auto, (min-width: 30rem) 20rem, 100vw")}
                    alt={image.alt.clone()}
                    width={image.width.map(|w| w.to_string())} height={image.height.map(|h| h.to_string())}
                    loading="lazy" decoding="async" {onerror} />
            }
        }
        // The section is read from the text below; the placeholder is only a picture.
        _ => {
            html! { <div class="bs-card__placeholder" aria-hidden="true">{ section.clone() }</div> }
        }
    };
    html! {
        <div class="bs-card">
            { picture }
            if !section.is_empty() {
                <p class="bs-card__section">{ section }</p>
            }
            <h3 class="bs-card__headline" id={props.heading_id.clone()}>
                <a href={story.url.as_str().to_owned()}>{ &story.headline }</a>
            </h3>
            if let Some(summary) = &story.summary {
                <p class="bs-card__summary">{ summary }</p>
            }
            if let Some(published) = &story.published {
                <p class="bs-card__date">{ time_view(published) }</p>
            }
        </div>
    }
}
