//! The carousel's few browser calls: measuring slides, scrolling to one, watching the
//! scroller's size and scroll position, and reading where focus is. Used from the effects
//! and callbacks of `crate::hooks::carousel` only, so the component itself renders anywhere
//! (also on a server). Geometry is read relative to the first slide, which makes left-to-right and
//! right-to-left scrollers (negative `scrollLeft` going forward) the same case.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, EventTarget, FocusOptions, HtmlElement, Node, ResizeObserver, ScrollBehavior,
    ScrollToOptions,
};

use crate::carousel::{nearest, slides_per_view};

/// How long scrolling must be quiet before the position counts: a smooth scroll or a
/// swipe passes through slides it does not stop at, and those must not be announced.
const SCROLL_SETTLE_MS: u32 = 100;

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
pub(crate) fn measure(scroller: &Element) -> usize {
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
pub(crate) fn first_in_view(scroller: &Element) -> usize {
    let position = f64::from(scroller.scroll_left());
    let end = f64::from(scroller.scroll_width() - scroller.client_width());
    if end > 0.0 && position.abs() >= end - 1.0 {
        return usize::MAX;
    }
    nearest(position, offsets(scroller))
}

pub(crate) fn scroll_to_slide(scroller: &Element, index: usize, smooth: bool) {
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
pub(crate) fn focus_slide(scroller: &Element, index: usize) {
    if let Some(slide) = slides(scroller).nth(index) {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = slide.focus_with_options(&options);
    }
}

/// The slide (its `data-slide` number) an event target is in.
pub(crate) fn slide_of(target: Option<EventTarget>) -> Option<usize> {
    let element: Element = target?.dyn_into().ok()?;
    element
        .closest("[data-slide]")
        .ok()??
        .get_attribute("data-slide")?
        .parse()
        .ok()
}

/// Whether an event target is the rotation (start/stop) control.
pub(crate) fn is_rotation_control(target: Option<EventTarget>) -> bool {
    target
        .and_then(|target| target.dyn_into::<Element>().ok())
        .is_some_and(|element| element.class_list().contains("bs-carousel__rotation"))
}

/// Whether `target` (a focus event's related target: where focus goes) is inside
/// `container`; `false` when either is missing (focus leaves the page).
pub(crate) fn contains(container: Option<Node>, target: Option<EventTarget>) -> bool {
    let target = target.and_then(|target| target.dyn_into::<Node>().ok());
    container
        .zip(target)
        .is_some_and(|(container, target)| container.contains(Some(&target)))
}

/// The element's resolved direction; `None` where `:dir()` is unsupported.
pub(crate) fn is_rtl(element: &Element) -> Option<bool> {
    element.matches(":dir(rtl)").ok()
}

/// Reports slides per view when the scroller's size changes and the first slide in view
/// once scrolling settles. Stops watching when dropped: gloo's listener and timer clean up
/// after themselves; the `ResizeObserver` (which gloo does not wrap) is disconnected here.
pub(crate) struct Watcher {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_scroll: EventListener,
}

impl Watcher {
    pub(crate) fn new(
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

        // Each scroll event restarts the settle timer (dropping a gloo `Timeout` clears it).
        let on_scrolled = Rc::new(on_scrolled);
        let settle = Rc::new(RefCell::new(None::<Timeout>));
        let on_scroll = EventListener::new(&scroller.clone(), "scroll", move |_| {
            let (scroller, on_scrolled) = (scroller.clone(), on_scrolled.clone());
            let timer = Timeout::new(SCROLL_SETTLE_MS, move || {
                on_scrolled(first_in_view(&scroller));
            });
            settle.replace(Some(timer));
        });
        Watcher {
            observer,
            _on_resize: on_resize,
            _on_scroll: on_scroll,
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
