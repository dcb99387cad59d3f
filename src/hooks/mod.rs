//! Yew hooks that connect components to state: `highlight` holds the article view's
//! `HighlightStore` and the hooks through which components reach it and subscribe to it;
//! `carousel` (`use_carousel`) runs the related-stories carousel's reducer, timers and
//! measuring for the `Carousel` view.

pub mod carousel;
pub mod highlight;
