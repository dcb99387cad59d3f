//! The related-stories carousel, after the WAI-ARIA APG carousel pattern: a labelled
//! `section` with `aria-roledescription="carousel"`, one `group` "slide" per story named by
//! its headline, previous/next buttons, an optional rotation control placed first, and a
//! polite live region stating the new position. Layout is CSS (scroll snap, container
//! queries); the state is `crate::state::carousel`; the browser calls are in `crate::dom::carousel`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

use gloo_timers::callback::Interval;

use super::related::{id_prefix, label};
use super::StoryCard;
use crate::carousel::{key_nav, nav_target, Action, CarouselState, Rotation};
use crate::dom::carousel::{self as dom, Watcher};
use crate::i18n::{fill, strings, Strings};
use crate::model::{Article, TextDirection};

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
    let options = &article.carousel;
    let prefix = use_state(id_prefix);
    let state = use_reducer({
        let (wrap, autoplay) = (options.wrap, options.autoplay_ms.is_some());
        // The motion preference is asked once mounted (rendering runs on servers too).
        move || CarouselState::new(count, wrap, autoplay, None)
    });
    let section = use_node_ref();
    let scroller = use_node_ref();
    // Slide to focus once it is rendered not inert (keyboard moves between slides).
    let pending_focus = use_mut_ref(|| None::<usize>);

    {
        let dispatcher = state.dispatcher();
        use_effect_with((count, options.wrap), move |&(count, wrap)| {
            dispatcher.dispatch(Action::Configure { count, wrap });
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            dispatcher.dispatch(Action::ReducedMotion(
                crate::browser::prefers_reduced_motion(),
            ));
        });
    }
    {
        let (dispatcher, scroller) = (state.dispatcher(), scroller.clone());
        use_effect_with((), move |_| {
            let watcher = scroller.cast::<Element>().map(|element| {
                let measured = dispatcher.clone();
                Watcher::new(
                    element,
                    move |per_view| measured.dispatch(Action::Measured(per_view)),
                    move |first| dispatcher.dispatch(Action::Sync(first)),
                )
            });
            move || drop(watcher)
        });
    }
    {
        let (scroller, pending_focus) = (scroller.clone(), pending_focus.clone());
        let (index, smooth) = (state.index, state.reduced_motion == Some(false));
        use_effect_with(state.scroll_seq, move |&seq| {
            // 0 is the first render: the scroller already starts at slide 0.
            if let (true, Some(scroller)) = (seq != 0, scroller.cast::<Element>()) {
                if let Some(slide) = pending_focus.borrow_mut().take() {
                    dom::focus_slide(&scroller, slide);
                }
                dom::scroll_to_slide(&scroller, index, smooth);
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (state.rotating(), options.autoplay_ms),
            move |&(rotating, ms)| {
                let interval = match ms {
                    Some(ms) if rotating && ms > 0 => {
                        Some(Interval::new(ms, move || dispatcher.dispatch(Action::Tick)))
                    }
                    _ => None,
                };
                move || drop(interval)
            },
        );
    }

    let dispatch = |action: Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action))
    };
    let onpointerenter = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: PointerEvent| dispatcher.dispatch(Action::Hover(true)))
    };
    let onpointerleave = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: PointerEvent| dispatcher.dispatch(Action::Hover(false)))
    };
    let onfocusin = {
        let dispatcher = state.dispatcher();
        Callback::from(move |event: FocusEvent| {
            let target = event.target();
            // APG: focus pauses rotation, except on the rotation control, so that its
            // "Start" visibly starts it.
            let on_control = target
                .clone()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .is_some_and(|element| element.class_list().contains("bs-carousel__rotation"));
            dispatcher.dispatch(Action::Focus(!on_control));
            if let Some(slide) = dom::slide_of(target) {
                dispatcher.dispatch(Action::Reveal(slide));
            }
        })
    };
    let onfocusout = {
        let (dispatcher, section) = (state.dispatcher(), section.clone());
        Callback::from(move |event: FocusEvent| {
            let next = event
                .related_target()
                .and_then(|target| target.dyn_into::<Node>().ok());
            let inside = section
                .cast::<Node>()
                .zip(next)
                .is_some_and(|(section, next)| section.contains(Some(&next)));
            if !inside {
                dispatcher.dispatch(Action::Focus(false));
            }
        })
    };
    let onkeydown = {
        let (dispatcher, section, pending_focus) =
            (state.dispatcher(), section.clone(), pending_focus.clone());
        let (last, wrap, rtl) = (
            count.saturating_sub(1),
            options.wrap,
            article.dir == TextDirection::Rtl,
        );
        Callback::from(move |event: KeyboardEvent| {
            if event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            // The rendered direction wins over the data's (which may say "auto").
            let rtl = section
                .cast::<Element>()
                .and_then(|section| dom::is_rtl(&section))
                .unwrap_or(rtl);
            let Some(nav) = key_nav(&event.key(), rtl) else {
                return;
            };
            // Also keeps the browser from scrolling the scroller itself.
            event.prevent_default();
            match dom::slide_of(event.target()) {
                // Focus on a slide moves to the neighbouring slide, which the window follows;
                // focus left on a slide that turns inert would fall back to the page.
                Some(slide) => {
                    let target = nav_target(nav, slide, last, wrap);
                    if target != slide {
                        *pending_focus.borrow_mut() = Some(target);
                        dispatcher.dispatch(Action::Reveal(target));
                    }
                }
                None => dispatcher.dispatch(Action::Step(nav)),
            }
        })
    };

    let title_id = format!("{}-title", *prefix);
    let slides_id = format!("{}-slides", *prefix);
    let rotation = (state.rotation != Rotation::Off).then(|| {
        let playing = matches!(state.rotation, Rotation::Playing | Rotation::Started);
        let icon = if playing { "bs-carousel__icon--pause" } else { "bs-carousel__icon--play" };
        html! {
            <button type="button" class="bs-carousel__button bs-carousel__rotation"
                aria-label={if playing { words.stop_rotation } else { words.start_rotation }} onclick={dispatch(Action::ToggleRotation)}>
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
        <section ref={section} class="bs-related bs-carousel" aria-roledescription="carousel"
            aria-labelledby={title_id.clone()}
            {onkeydown} {onfocusin} {onfocusout} {onpointerenter} {onpointerleave}>
            <div class="bs-carousel__bar">
                <h2 class="bs-related__title" id={title_id}>{ label(article) }</h2>
                <div class="bs-carousel__controls">
                    { for rotation }
                    <button type="button" class="bs-carousel__button bs-carousel__prev" aria-label={words.previous_stories}
                        aria-controls={slides_id.clone()} aria-disabled={disabled(state.can_prev())}
                        onclick={dispatch(Action::Prev)}>
                        <span class="bs-carousel__icon bs-carousel__icon--prev" aria-hidden="true"></span>
                    </button>
                    <button type="button" class="bs-carousel__button bs-carousel__next" aria-label={words.next_stories}
                        aria-controls={slides_id.clone()} aria-disabled={disabled(state.can_next())}
                        onclick={dispatch(Action::Next)}>
                        <span class="bs-carousel__icon bs-carousel__icon--next" aria-hidden="true"></span>
                    </button>
                </div>
            </div>
            <div ref={scroller} class="bs-carousel__slides" id={slides_id}>{ for slides }</div>
            // Silent while rotating (APG), so moving content is not read out unasked.
            <div class="bs-visually-hidden bs-carousel__status" aria-live={if state.rotating() { "off" } else { "polite" }}
                aria-atomic="true">
                if state.announce { { announcement(words, state.visible_range(), count) } }
            </div>
        </section>
    }
}
