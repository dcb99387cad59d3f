//! Pure state: the reducers behind the interactive parts, with native tests and no browser
//! code. `highlight` is the quote highlighting (active quote, card, speaker filter, steps,
//! announcements); `carousel` the related-stories carousel (position, rotation, motion).

pub mod carousel;
pub mod highlight;
