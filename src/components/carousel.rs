//! The related-stories carousel, after the WAI-ARIA APG carousel pattern: a labelled
//! `section` with `aria-roledescription="carousel"`, one `group` "slide" per story named by
//! its headline, previous/next buttons, an optional rotation control placed first, and a
//! polite live region stating the new position. Layout is CSS (scroll snap, container
//! queries); the state, timers and event handling are `crate::hooks::carousel`'s, whose
//! reducer is `crate::state::carousel` and whose browser calls are in `crate::dom::carousel`.

use std::rc::Rc;

use yew::prelude::*;

use super::related::{id_prefix, label};
use super::StoryCard;
use crate::carousel::{Action, Rotation};
use crate::hooks::carousel::{use_carousel, UseCarousel};
use crate::i18n::{fill, strings, Strings};
use crate::model::Article;

fn slide_position(words: &Strings, slide: usize, count: usize) -> String {
    fill(words.slide_position, &[("n", slide), ("total", count)])
}

fn announcement(words: &Strings, (first, last): (usize, usize), count: usize) -> String {
    if first == last {
        fill(words.story_single, &[("n", first), ("total", count)])
    } else {
        fill(
            words.story_range,
            &[("first", first), ("last", last), ("total", count)],
        )
    }
}

#[derive(Properties, PartialEq)]
pub struct CarouselProps {
    /// The article whose `related` stories are the slides (two or more).
    pub article: Rc<Article>,
}

/// The carousel of related stories. Slides outside the visible window are `inert`, so
/// keyboard and screen reader users meet the same stories sighted users see.
#[function_component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let article = &props.article;
    let words = strings(&article.lang);
    let count = article.related.len();
    let prefix = use_state(id_prefix);
    let carousel = use_carousel(article);
    let UseCarousel {
        state,
        section,
        scroller,
        onkeydown,
        onfocusin,
        onfocusout,
        onpointerenter,
        onpointerleave,
    } = &carousel;

    let title_id = format!("{}-title", *prefix);
    let slides_id = format!("{}-slides", *prefix);
    let rotation = (state.rotation != Rotation::Off).then(|| {
        let playing = matches!(state.rotation, Rotation::Playing | Rotation::Started);
        let icon = if playing { "bs-carousel__icon--pause" } else { "bs-carousel__icon--play" };
        html! {
            <button type="button" class="bs-carousel__button bs-carousel__rotation"
                aria-label={if playing { words.stop_rotation } else { words.start_rotation }} onclick={carousel.on_click(Action::ToggleRotation)}>
                <span class={classes!("bs-carousel__icon", icon)} aria-hidden="true"></span>
            </button>
        }
    });
    let slides = article.related.iter().enumerate().map(|(slide, story)| {
        let heading_id = format!("{}-story-{slide}", *prefix);
        let position_id = format!("{}-position-{slide}", *prefix);
        html! {
            <div key={slide} class="bs-carousel__slide" role="group" aria-roledescription="slide"
                aria-labelledby={heading_id.clone()} aria-describedby={position_id.clone()}
                tabindex="-1" data-slide={slide.to_string()} inert={!state.is_visible(slide)}>
                <StoryCard story={story.clone()} heading_id={AttrValue::from(heading_id)} />
                // `hidden` keeps "3 of 7" out of the reading flow; a description may point at it.
                <span id={position_id} hidden=true>{ slide_position(words, slide + 1, count) }</span>
            </div>
        }
    });
    // Buttons at an end stay focusable (aria-disabled, not disabled): the one just pressed
    // keeps focus instead of dropping it to the page.
    let disabled = |enabled: bool| (!enabled).then_some("true");
    html! {
        <section ref={section.clone()} class="bs-related bs-carousel" aria-roledescription="carousel"
            aria-labelledby={title_id.clone()}
            onkeydown={onkeydown.clone()} onfocusin={onfocusin.clone()} onfocusout={onfocusout.clone()}
            onpointerenter={onpointerenter.clone()} onpointerleave={onpointerleave.clone()}>
            <div class="bs-carousel__bar">
                <h2 class="bs-related__title" id={title_id}>{ label(article) }</h2>
                <div class="bs-carousel__controls">
                    { for rotation }
                    <button type="button" class="bs-carousel__button bs-carousel__prev" aria-label={words.previous_stories}
                        aria-controls={slides_id.clone()} aria-disabled={disabled(state.can_prev())}
                        onclick={carousel.on_click(Action::Prev)}>
                        <span class="bs-carousel__icon bs-carousel__icon--prev" aria-hidden="true"></span>
                    </button>
                    <button type="button" class="bs-carousel__button bs-carousel__next" aria-label={words.next_stories}
                        aria-controls={slides_id.clone()} aria-disabled={disabled(state.can_next())}
                        onclick={carousel.on_click(Action::Next)}>
                        <span class="bs-carousel__icon bs-carousel__icon--next" aria-hidden="true"></span>
                    </button>
                </div>
            </div>
            <div ref={scroller.clone()} class="bs-carousel__slides" id={slides_id}>{ for slides }</div>
            // Silent while rotating (APG), so moving content is not read out unasked.
            <div class="bs-visually-hidden bs-carousel__status" aria-live={if state.rotating() { "off" } else { "polite" }}
                aria-atomic="true">
                if state.announce { { announcement(words, state.visible_range(), count) } }
            </div>
        </section>
    }
}
