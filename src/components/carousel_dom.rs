//! The carousel's few browser calls: measuring slides, scrolling to one, watching the
//! scroller's size and scroll position, the rotation timer and the motion preference. Used
//! from effects and callbacks only, so the component itself renders anywhere (also on a
//! server). Geometry is read relative to the first slide, which makes left-to-right and
//! right-to-left scrollers (negative `scrollLeft` going forward) the same case.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, EventTarget, FocusOptions, HtmlElement, ResizeObserver, ScrollBehavior,
    ScrollToOptions,
};

use crate::carousel::{nearest, slides_per_view};

/// How long scrolling must be quiet before the position counts: a smooth scroll or a
/// swipe passes through slides it does not stop at, and those must not be announced.
const SCROLL_SETTLE_MS: i32 = 100;

fn slides(scroller: &Element) -> impl Iterator<Item = HtmlElement> {
    std::iter::successors(
        scroller.first_element_child(),
        Element::next_element_sibling,
    )
    .filter_map(|element| element.dyn_into().ok())
}

/// Each slide's start relative to the first slide's, in `scrollLeft` terms.
fn offsets(scroller: &Element) -> Vec<f64> {
    let mut slides = slides(scroller).map(|slide| f64::from(slide.offset_left()));
    let first = slides.next().unwrap_or(0.0);
    std::iter::once(0.0)
        .chain(slides.map(|left| left - first))
        .collect()
}

/// How many slides fit in the scroller now.
pub(super) fn measure(scroller: &Element) -> usize {
    let mut slides = slides(scroller);
    let (Some(first), Some(second)) = (slides.next(), slides.next()) else {
        return 1;
    };
    let pitch = f64::from((second.offset_left() - first.offset_left()).abs());
    slides_per_view(
        f64::from(scroller.client_width()),
        f64::from(first.offset_width()),
        pitch,
    )
}

/// The first slide in view; `usize::MAX` when scrolled to the very end, where the last
/// window may start between two snap points.
pub(super) fn first_in_view(scroller: &Element) -> usize {
    let position = f64::from(scroller.scroll_left());
    let end = f64::from(scroller.scroll_width() - scroller.client_width());
    if end > 0.0 && position.abs() >= end - 1.0 {
        return usize::MAX;
    }
    nearest(position, offsets(scroller))
}

pub(super) fn scroll_to_slide(scroller: &Element, index: usize, smooth: bool) {
    let Some(&left) = offsets(scroller).get(index) else {
        return;
    };
    let options = ScrollToOptions::new();
    options.set_left(left);
    options.set_behavior(if smooth {
        ScrollBehavior::Smooth
    } else {
        ScrollBehavior::Auto
    });
    scroller.scroll_to_with_scroll_to_options(&options);
}

/// Focuses slide `index` without the browser's own jump into view: `scroll_to_slide`
/// moves there (smoothly, unless reduced motion is preferred).
pub(super) fn focus_slide(scroller: &Element, index: usize) {
    if let Some(slide) = slides(scroller).nth(index) {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = slide.focus_with_options(&options);
    }
}

/// The slide (its `data-slide` number) an event target is in.
pub(super) fn slide_of(target: Option<EventTarget>) -> Option<usize> {
    let element: Element = target?.dyn_into().ok()?;
    element
        .closest("[data-slide]")
        .ok()??
        .get_attribute("data-slide")?
        .parse()
        .ok()
}

/// The element's resolved direction; `None` where `:dir()` is unsupported.
pub(super) fn is_rtl(element: &Element) -> Option<bool> {
    element.matches(":dir(rtl)").ok()
}

pub(super) fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|window| {
            window
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Reports slides per view when the scroller's size changes and the first slide in view
/// once scrolling settles. Stops watching when dropped.
pub(super) struct Watcher {
    scroller: Element,
    observer: Option<ResizeObserver>,
    on_scroll: Closure<dyn FnMut()>,
    timer: Rc<Cell<Option<i32>>>,
    _on_resize: Closure<dyn FnMut()>,
    _settled: Rc<Closure<dyn FnMut()>>,
}

impl Watcher {
    pub(super) fn new(
        scroller: Element,
        on_measure: impl Fn(usize) + 'static,
        on_scrolled: impl Fn(usize) + 'static,
    ) -> Self {
        let on_measure = Rc::new(on_measure);
        let on_resize = {
            let (scroller, on_measure) = (scroller.clone(), on_measure.clone());
            Closure::<dyn FnMut()>::new(move || on_measure(measure(&scroller)))
        };
        // Observing also reports the first size; without ResizeObserver, measure once.
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        match &observer {
            Some(observer) => observer.observe(&scroller),
            None => on_measure(measure(&scroller)),
        }

        let timer = Rc::new(Cell::new(None));
        let settled = {
            let (scroller, timer) = (scroller.clone(), timer.clone());
            Rc::new(Closure::<dyn FnMut()>::new(move || {
                timer.set(None);
                on_scrolled(first_in_view(&scroller));
            }))
        };
        let on_scroll = {
            let (timer, settled) = (timer.clone(), settled.clone());
            Closure::<dyn FnMut()>::new(move || {
                let Some(window) = web_sys::window() else {
                    return;
                };
                if let Some(pending) = timer.take() {
                    window.clear_timeout_with_handle(pending);
                }
                let callback = (*settled).as_ref().unchecked_ref();
                timer.set(
                    window
                        .set_timeout_with_callback_and_timeout_and_arguments_0(
                            callback,
                            SCROLL_SETTLE_MS,
                        )
                        .ok(),
                );
            })
        };
        let _ =
            scroller.add_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
        Watcher {
            scroller,
            observer,
            on_scroll,
            timer,
            _on_resize: on_resize,
            _settled: settled,
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        let _ = self
            .scroller
            .remove_event_listener_with_callback("scroll", self.on_scroll.as_ref().unchecked_ref());
        if let (Some(pending), Some(window)) = (self.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(pending);
        }
    }
}

/// A repeating timer, cleared when dropped.
pub(super) struct Interval {
    handle: i32,
    _tick: Closure<dyn FnMut()>,
}

impl Interval {
    pub(super) fn start(ms: u32, tick: impl FnMut() + 'static) -> Option<Self> {
        let tick = Closure::<dyn FnMut()>::new(tick);
        let ms = i32::try_from(ms).unwrap_or(i32::MAX);
        let handle = web_sys::window()?
            .set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                ms,
            )
            .ok()?;
        Some(Interval {
            handle,
            _tick: tick,
        })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.handle);
        }
    }
}
