//! [`use_carousel`]: everything the related-stories carousel does besides drawing itself.
//! It holds the reducer state (`crate::carousel`), wires the browser to it (measuring and
//! scroll watching from `crate::dom::carousel`, the autoplay timer, the motion preference)
//! and turns the section's events into [`Action`]s. The `Carousel` component renders the
//! returned [`UseCarousel`] and nothing more. Effects only run in a browser, so rendering
//! with this hook also works on a server.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::carousel::{key_nav, nav_target, Action, CarouselState};
use crate::dom::carousel::{self as dom, Watcher};
use crate::model::{Article, TextDirection};

/// What [`use_carousel`] hands the view: the state to render, the refs to attach and the
/// handlers for the carousel's `section`.
pub struct UseCarousel {
    pub state: UseReducerHandle<CarouselState>,
    /// Goes on the carousel's `section` (focus and direction are read from it).
    pub section: NodeRef,
    /// Goes on the element whose children are the slides (measured and scrolled).
    pub scroller: NodeRef,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
    pub onpointerenter: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
}

impl UseCarousel {
    /// A click handler that dispatches `action` (the buttons).
    pub fn on_click(&self, action: Action) -> Callback<MouseEvent> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action))
    }
}

/// The carousel state of `article`'s related stories, kept in step with the browser: the
/// slides that fit, the position the reader scrolled to, autoplay, and keyboard moves.
#[hook]
pub fn use_carousel(article: &Article) -> UseCarousel {
    let count = article.related.len();
    let options = &article.carousel;
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
            let watcher = scroller.cast().map(|element| {
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
            if let (true, Some(scroller)) = (seq != 0, scroller.cast()) {
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
            dispatcher.dispatch(Action::Focus(!dom::is_rotation_control(target.clone())));
            if let Some(slide) = dom::slide_of(target) {
                dispatcher.dispatch(Action::Reveal(slide));
            }
        })
    };
    let onfocusout = {
        let (dispatcher, section) = (state.dispatcher(), section.clone());
        Callback::from(move |event: FocusEvent| {
            if !dom::contains(section.cast(), event.related_target()) {
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
                .cast()
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

    UseCarousel {
        state,
        section,
        scroller,
        onkeydown,
        onfocusin,
        onfocusout,
        onpointerenter,
        onpointerleave,
    }
}
