//! State of the related-stories carousel, as plain data and a reducer: which slides are in
//! view, how many fit, whether automatic rotation runs. No browser code lives here; the hook
//! behind the view (`hooks::carousel`) turns events into [`Action`]s and the DOM's geometry
//! into numbers, so all the index arithmetic (clamping, wrapping, pages, slides per view,
//! RTL keys) is tested natively.

use std::rc::Rc;

use yew::Reducible;

/// Where the carousel is and what it may do. `index` is the first slide in view; the window
/// `index..index + per_view` is what sighted users see and the only part that is not inert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarouselState {
    pub count: usize,
    pub per_view: usize,
    pub index: usize,
    pub wrap: bool,
    pub rotation: Rotation,
    /// `prefers-reduced-motion`; `None` until the browser was asked (rotation waits for it).
    pub reduced_motion: Option<bool>,
    pub hovered: bool,
    /// Focus is inside the carousel, elsewhere than on the rotation control.
    pub focused: bool,
    /// Whether the live region states the position: only after the user moved the
    /// carousel, so loading, resizing, rotating and focus moves stay silent.
    pub announce: bool,
    /// Bumped whenever the scroller must follow `index`. Scroll positions reported by the
    /// browser ([`Action::Sync`]) leave it alone, so scrolling never feeds back into itself.
    pub scroll_seq: u32,
}

/// Automatic rotation, as the user controls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// Not configured: no rotation control at all.
    Off,
    /// Autoplay as configured: pauses while the pointer or focus is on the carousel.
    Playing,
    /// The reader pressed "Start": it runs (and the live region stays silent) until they
    /// press "Stop", even with the pointer still on the button they just clicked (APG
    /// carousel regression test). Only focus landing on a slide stops it, see
    /// [`Action::Reveal`].
    Started,
    /// Stopped with the rotation control, or never started because the reader prefers
    /// reduced motion; only the rotation control starts it.
    Stopped,
}

/// A move asked for with the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Back,
    Forward,
    First,
    Last,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The previous / next button: a page (`per_view` slides) at a time.
    Prev,
    Next,
    /// Arrow keys, Home and End while focus is on a control: one slide at a time.
    Step(Nav),
    /// Bring slide N fully into view (it received focus).
    Reveal(usize),
    /// The user scrolled; slide N is now first in view.
    Sync(usize),
    /// Layout changed: N slides fit.
    Measured(usize),
    /// Automatic rotation's timer fired.
    Tick,
    ToggleRotation,
    Hover(bool),
    Focus(bool),
    ReducedMotion(bool),
    /// New props: another number of stories or wrap setting.
    Configure {
        count: usize,
        wrap: bool,
    },
}

impl CarouselState {
    pub fn new(count: usize, wrap: bool, autoplay: bool, reduced_motion: Option<bool>) -> Self {
        let rotation = match (autoplay, reduced_motion) {
            (false, _) => Rotation::Off,
            // The control stays, paused: the reader may still start it deliberately.
            (true, Some(true)) => Rotation::Stopped,
            (true, _) => Rotation::Playing,
        };
        CarouselState {
            count,
            per_view: 1,
            index: 0,
            wrap,
            rotation,
            reduced_motion,
            hovered: false,
            focused: false,
            announce: false,
            scroll_seq: 0,
        }
    }

    /// The last valid `index`: the window never runs past the last slide.
    pub fn max_index(&self) -> usize {
        self.count.saturating_sub(self.per_view)
    }

    pub fn is_visible(&self, slide: usize) -> bool {
        (self.index..self.index + self.per_view).contains(&slide)
    }

    /// 1-based first and last slide in view, for "Stories 4 to 6 of 7".
    pub fn visible_range(&self) -> (usize, usize) {
        (self.index + 1, (self.index + self.per_view).min(self.count))
    }

    pub fn can_prev(&self) -> bool {
        self.wrap || self.index > 0
    }

    pub fn can_next(&self) -> bool {
        self.wrap || self.index < self.max_index()
    }

    /// Autoplay runs only when the motion preference is known to allow it and neither
    /// pointer nor focus is on the carousel; rotation the reader started runs regardless.
    pub fn rotating(&self) -> bool {
        match self.rotation {
            Rotation::Playing => {
                self.reduced_motion == Some(false) && !self.hovered && !self.focused
            }
            Rotation::Started => true,
            Rotation::Off | Rotation::Stopped => false,
        }
    }

    /// Pure transition; `self` is returned unchanged for no-ops.
    pub fn apply(mut self, action: Action) -> Self {
        let last = self.max_index();
        match action {
            Action::Prev => self.go(step(self.index, -(self.per_view as isize), last, self.wrap)),
            Action::Next => self.go(step(self.index, self.per_view as isize, last, self.wrap)),
            Action::Step(nav) => self.go(nav_target(nav, self.index, last, self.wrap)),
            Action::Reveal(slide) => {
                let slide = slide.min(self.count.saturating_sub(1));
                if slide < self.index {
                    self.index = slide;
                } else if slide >= self.index + self.per_view {
                    self.index = slide + 1 - self.per_view;
                }
                // Scroll even when the window stays: the slide may be only partly visible.
                self.scroll_seq = self.scroll_seq.wrapping_add(1);
                self.announce = false;
                // A reader-started rotation would turn the slide that has focus inert under
                // them: focus on a slide stops it (APG: focus stops rotation).
                if self.rotation == Rotation::Started {
                    self.rotation = Rotation::Stopped;
                }
            }
            Action::Sync(index) => {
                let index = index.min(last);
                if index != self.index {
                    self.index = index;
                    self.announce = true;
                }
            }
            Action::Measured(per_view) => {
                let per_view = per_view.clamp(1, self.count.max(1));
                if per_view != self.per_view {
                    self.per_view = per_view;
                    self.index = self.index.min(self.max_index());
                    self.announce = false;
                }
            }
            Action::Tick if self.rotating() => {
                // Rotation always loops, whatever `wrap` says for the buttons.
                self.index = if self.index >= last {
                    0
                } else {
                    (self.index + self.per_view).min(last)
                };
                self.scroll_seq = self.scroll_seq.wrapping_add(1);
                self.announce = false;
            }
            Action::Tick => {}
            Action::ToggleRotation => {
                self.rotation = match self.rotation {
                    Rotation::Playing | Rotation::Started => Rotation::Stopped,
                    Rotation::Stopped => Rotation::Started,
                    Rotation::Off => Rotation::Off,
                }
            }
            Action::Hover(hovered) => self.hovered = hovered,
            Action::Focus(focused) => self.focused = focused,
            Action::ReducedMotion(reduced) => {
                self.reduced_motion = Some(reduced);
                // Autoplay never starts by itself under reduced motion; what the reader
                // started themselves keeps running.
                if reduced && self.rotation == Rotation::Playing {
                    self.rotation = Rotation::Stopped;
                }
            }
            Action::Configure { count, wrap } => {
                self.count = count;
                self.wrap = wrap;
                self.per_view = self.per_view.clamp(1, count.max(1));
                self.index = self.index.min(self.max_index());
            }
        }
        self
    }

    /// A move the user asked for: scrolls and is announced (unless it went nowhere).
    fn go(&mut self, index: usize) {
        if index != self.index {
            self.index = index;
            self.announce = true;
            self.scroll_seq = self.scroll_seq.wrapping_add(1);
        }
    }
}

impl Reducible for CarouselState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self).clone().apply(action);
        // Same Rc for no-ops: use_reducer then skips the re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Moves `delta` from `index` within `0..=last`. A move past an end stops at the end first;
/// only a move from the end itself wraps (when `wrap`), so paging never skips slides.
pub fn step(index: usize, delta: isize, last: usize, wrap: bool) -> usize {
    let index = index.min(last);
    let target = index as isize + delta;
    if target < 0 {
        if index == 0 && wrap {
            last
        } else {
            0
        }
    } else if target as usize > last {
        if index == last && wrap {
            0
        } else {
            last
        }
    } else {
        target as usize
    }
}

/// One slide back or forward, or to either end.
pub fn nav_target(nav: Nav, index: usize, last: usize, wrap: bool) -> usize {
    match nav {
        Nav::Back => step(index, -1, last, wrap),
        Nav::Forward => step(index, 1, last, wrap),
        Nav::First => 0,
        Nav::Last => last,
    }
}

/// Keys follow reading order: in right-to-left text the left arrow goes forward.
pub fn key_nav(key: &str, rtl: bool) -> Option<Nav> {
    let (left, right) = if rtl {
        (Nav::Forward, Nav::Back)
    } else {
        (Nav::Back, Nav::Forward)
    };
    match key {
        "ArrowLeft" => Some(left),
        "ArrowRight" => Some(right),
        "Home" => Some(Nav::First),
        "End" => Some(Nav::Last),
        _ => None,
    }
}

/// How many slides fit: `viewport` is the scroller's width, `slide` one slide's width and
/// `pitch` the distance from one slide's start to the next (width plus gap). A pixel of
/// slack absorbs the rounding of layout sizes to whole pixels.
pub fn slides_per_view(viewport: f64, slide: f64, pitch: f64) -> usize {
    if !(pitch > 0.0 && slide > 0.0 && viewport > 0.0) {
        return 1;
    }
    let gap = (pitch - slide).max(0.0);
    (((viewport + gap + 1.0) / pitch).floor() as usize).max(1)
}

/// The slide whose start is nearest to `position`. Offsets and position share one sign
/// convention (both negative going forward in right-to-left scrollers), so this works in
/// either direction.
pub fn nearest(position: f64, offsets: impl IntoIterator<Item = f64>) -> usize {
    let mut best = (0, f64::INFINITY);
    for (slide, offset) in offsets.into_iter().enumerate() {
        let distance = (offset - position).abs();
        if distance < best.1 {
            best = (slide, distance);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(count: usize, per_view: usize, wrap: bool) -> CarouselState {
        CarouselState::new(count, wrap, false, Some(false)).apply(Action::Measured(per_view))
    }

    #[test]
    fn step_clamps_and_wraps_only_from_the_ends() {
        assert_eq!(step(0, -1, 4, false), 0);
        assert_eq!(step(0, -1, 4, true), 4);
        assert_eq!(step(4, 1, 4, false), 4);
        assert_eq!(step(4, 1, 4, true), 0);
        assert_eq!(step(2, 3, 4, true), 4, "stops at the end before wrapping");
        assert_eq!(step(2, -3, 4, true), 0);
        assert_eq!(step(1, 1, 4, false), 2);
        assert_eq!(
            step(9, 0, 4, false),
            4,
            "an index past the end is clamped first"
        );
        assert_eq!(step(0, 1, 0, true), 0);
    }

    #[test]
    fn buttons_move_by_pages() {
        let mut s = state(7, 3, false);
        assert_eq!(s.max_index(), 4);
        assert!(!s.can_prev() && s.can_next());
        s = s.apply(Action::Next);
        assert_eq!((s.index, s.visible_range()), (3, (4, 6)));
        s = s.apply(Action::Next);
        assert_eq!((s.index, s.visible_range()), (4, (5, 7)));
        assert!(!s.can_next());
        let at_end = s.clone();
        assert_eq!(s.clone().apply(Action::Next), at_end, "no-op at the end");
        s = s.apply(Action::Prev).apply(Action::Prev);
        assert_eq!(s.index, 0);
        assert!(s.announce);
        assert_eq!(s.scroll_seq, 4);
    }

    #[test]
    fn wrap_is_opt_in() {
        let s = state(3, 1, true);
        assert!(s.can_prev() && s.can_next());
        assert_eq!(s.clone().apply(Action::Prev).index, 2);
        assert_eq!(
            s.apply(Action::Step(Nav::Last)).apply(Action::Next).index,
            0
        );
    }

    #[test]
    fn keys_move_one_slide_or_to_the_ends() {
        let s = state(7, 3, false);
        assert_eq!(s.clone().apply(Action::Step(Nav::Forward)).index, 1);
        assert_eq!(s.clone().apply(Action::Step(Nav::Back)).index, 0);
        assert_eq!(s.clone().apply(Action::Step(Nav::Last)).index, 4);
        assert_eq!(
            s.apply(Action::Step(Nav::Last))
                .apply(Action::Step(Nav::First))
                .index,
            0
        );
        assert_eq!(nav_target(Nav::Forward, 6, 6, true), 0);
        assert_eq!(nav_target(Nav::Back, 0, 6, false), 0);
    }

    #[test]
    fn rtl_key_mapping_follows_reading_order() {
        assert_eq!(key_nav("ArrowLeft", false), Some(Nav::Back));
        assert_eq!(key_nav("ArrowRight", false), Some(Nav::Forward));
        assert_eq!(key_nav("ArrowLeft", true), Some(Nav::Forward));
        assert_eq!(key_nav("ArrowRight", true), Some(Nav::Back));
        assert_eq!(key_nav("Home", true), Some(Nav::First));
        assert_eq!(key_nav("End", false), Some(Nav::Last));
        assert_eq!(key_nav("ArrowUp", false), None);
        assert_eq!(key_nav("Enter", false), None);
    }

    #[test]
    fn slides_per_view_from_widths() {
        assert_eq!(slides_per_view(400.0, 400.0, 416.0), 1);
        assert_eq!(slides_per_view(600.0, 292.0, 308.0), 2);
        assert_eq!(slides_per_view(1000.0, 322.0, 339.0), 3);
        assert_eq!(
            slides_per_view(599.0, 292.0, 308.0),
            2,
            "a pixel of rounding slack"
        );
        assert_eq!(
            slides_per_view(1200.0, 290.0, 306.0),
            3,
            "fractions round down"
        );
        assert_eq!(slides_per_view(100.0, 300.0, 316.0), 1, "never below one");
        assert_eq!(
            slides_per_view(400.0, 0.0, 0.0),
            1,
            "no layout (hidden, not yet styled)"
        );
        assert_eq!(slides_per_view(f64::NAN, 300.0, 316.0), 1);
    }

    #[test]
    fn measuring_clamps_the_window() {
        let s = state(7, 1, false).apply(Action::Step(Nav::Last));
        assert_eq!(s.index, 6);
        let wide = s.apply(Action::Measured(3));
        assert_eq!((wide.per_view, wide.index, wide.announce), (3, 4, false));
        assert_eq!(
            state(2, 4, false).per_view,
            2,
            "no more than the slides there are"
        );
        assert_eq!(state(5, 0, false).per_view, 1);
    }

    #[test]
    fn visibility_window() {
        let s = state(7, 3, false).apply(Action::Step(Nav::Forward));
        let visible: Vec<_> = (0..7).filter(|&i| s.is_visible(i)).collect();
        assert_eq!(visible, [1, 2, 3]);
        assert_eq!(state(7, 1, false).visible_range(), (1, 1));
    }

    #[test]
    fn reveal_brings_a_slide_into_view_and_always_scrolls() {
        let s = state(7, 3, false);
        let r = s.clone().apply(Action::Reveal(5));
        assert_eq!((r.index, r.scroll_seq, r.announce), (3, 1, false));
        assert_eq!(r.clone().apply(Action::Reveal(1)).index, 1);
        let same = s.clone().apply(Action::Reveal(2));
        assert_eq!((same.index, same.scroll_seq), (0, 1));
        assert_eq!(s.apply(Action::Reveal(99)).index, 4);
    }

    #[test]
    fn sync_follows_the_scroller_without_scrolling_back() {
        let s = state(5, 1, false).apply(Action::Sync(3));
        assert_eq!((s.index, s.scroll_seq, s.announce), (3, 0, true));
        assert_eq!(
            s.clone().apply(Action::Sync(usize::MAX)).index,
            4,
            "at the end"
        );
        let quiet = state(5, 1, false).apply(Action::Sync(0));
        assert!(!quiet.announce, "no announcement when nothing moved");
    }

    #[test]
    fn nearest_slide_in_both_directions() {
        let ltr = [0.0, 416.0, 832.0, 1248.0];
        assert_eq!(nearest(0.0, ltr), 0);
        assert_eq!(nearest(400.0, ltr), 1);
        assert_eq!(nearest(1300.0, ltr), 3);
        let rtl = ltr.map(|x: f64| -x);
        assert_eq!(nearest(-830.0, rtl), 2);
        assert_eq!(nearest(5.0, rtl), 0);
        assert_eq!(nearest(3.0, []), 0);
    }

    #[test]
    fn rotation_waits_for_the_motion_preference_and_pauses() {
        let s = CarouselState::new(5, false, true, None);
        assert_eq!(s.rotation, Rotation::Playing);
        assert!(!s.rotating(), "not before matchMedia answered");
        let s = s.apply(Action::ReducedMotion(false));
        assert!(s.rotating());
        assert!(!s.clone().apply(Action::Hover(true)).rotating());
        assert!(!s.clone().apply(Action::Focus(true)).rotating());
        let ticked = s.clone().apply(Action::Tick);
        assert_eq!(
            (ticked.index, ticked.scroll_seq, ticked.announce),
            (1, 1, false)
        );
        let paused = s.clone().apply(Action::Hover(true));
        assert_eq!(
            paused.clone().apply(Action::Tick),
            paused,
            "a late tick while paused does nothing"
        );
    }

    #[test]
    fn rotation_loops_by_pages() {
        let mut s = CarouselState::new(7, false, true, Some(false)).apply(Action::Measured(3));
        let mut seen = Vec::new();
        for _ in 0..4 {
            s = s.apply(Action::Tick);
            seen.push(s.index);
        }
        assert_eq!(seen, [3, 4, 0, 3]);
    }

    #[test]
    fn stopped_rotation_stays_stopped() {
        let s = CarouselState::new(5, false, true, Some(false)).apply(Action::ToggleRotation);
        assert_eq!(s.rotation, Rotation::Stopped);
        let s = s
            .apply(Action::Hover(true))
            .apply(Action::Hover(false))
            .apply(Action::Focus(true))
            .apply(Action::Focus(false));
        assert!(!s.rotating());
        let started = s.apply(Action::ToggleRotation);
        assert_eq!(started.rotation, Rotation::Started);
        assert!(started.rotating());
        assert_eq!(
            started.apply(Action::ToggleRotation).rotation,
            Rotation::Stopped
        );
    }

    #[test]
    fn a_started_rotation_runs_under_the_pointer_until_stopped() {
        // APG regression: click "Start" and leave the pointer on the button.
        let s = CarouselState::new(5, false, true, Some(false))
            .apply(Action::ToggleRotation)
            .apply(Action::Hover(true))
            .apply(Action::ToggleRotation);
        assert_eq!(s.rotation, Rotation::Started);
        assert!(
            s.rotating(),
            "the reader asked for it: hover does not pause"
        );
        let ticked = s.clone().apply(Action::Tick);
        assert_eq!(ticked.index, 1);
        let focused = s.clone().apply(Action::Focus(true));
        assert!(
            focused.rotating(),
            "focus on prev/next does not pause it either"
        );
        assert_eq!(focused.apply(Action::Tick).index, 1);
        // Leaving and coming back changes nothing; only the control stops it.
        let s = s.apply(Action::Hover(false)).apply(Action::Hover(true));
        assert!(s.rotating());
        assert!(!s.apply(Action::ToggleRotation).rotating());
    }

    #[test]
    fn focus_on_a_slide_stops_a_started_rotation() {
        let s = CarouselState::new(5, false, true, Some(false))
            .apply(Action::ToggleRotation)
            .apply(Action::ToggleRotation)
            .apply(Action::Reveal(0));
        assert_eq!(s.rotation, Rotation::Stopped);
        assert_eq!(s.clone().apply(Action::Tick), s);
        // Autoplay only pauses while focus is there, as before.
        let auto = CarouselState::new(5, false, true, Some(false))
            .apply(Action::Focus(true))
            .apply(Action::Reveal(0));
        assert_eq!(auto.rotation, Rotation::Playing);
        assert!(auto.apply(Action::Focus(false)).rotating());
    }

    #[test]
    fn reduced_motion_keeps_the_control_paused() {
        assert_eq!(
            CarouselState::new(5, false, true, Some(true)).rotation,
            Rotation::Stopped
        );
        let s = CarouselState::new(5, false, true, None).apply(Action::ReducedMotion(true));
        assert_eq!(s.rotation, Rotation::Stopped);
        assert!(!s.rotating());
        assert_eq!(s.clone().apply(Action::Tick), s, "never rotates by itself");
        let started = s.apply(Action::ToggleRotation);
        assert_eq!(started.rotation, Rotation::Started);
        assert!(started.rotating(), "a deliberate start works");
        assert_eq!(
            started.apply(Action::ReducedMotion(true)).rotation,
            Rotation::Started,
            "a late preference answer does not undo the reader's choice"
        );
        assert_eq!(
            CarouselState::new(5, false, false, Some(false)).rotation,
            Rotation::Off
        );
        assert_eq!(
            CarouselState::new(5, false, false, Some(true))
                .apply(Action::ToggleRotation)
                .rotation,
            Rotation::Off
        );
    }

    #[test]
    fn configure_adapts_to_new_props() {
        let s = state(7, 3, false)
            .apply(Action::Step(Nav::Last))
            .apply(Action::Configure {
                count: 2,
                wrap: true,
            });
        assert_eq!((s.count, s.per_view, s.index, s.wrap), (2, 2, 0, true));
    }

    #[test]
    fn reducer_keeps_the_same_rc_for_no_ops() {
        let s = Rc::new(state(3, 1, false));
        assert!(Rc::ptr_eq(&s.clone().reduce(Action::Prev), &s));
        assert!(!Rc::ptr_eq(&s.clone().reduce(Action::Next), &s));
    }
}
