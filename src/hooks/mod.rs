//! Yew hooks that connect components to state: `highlight` holds the article view's
//! `HighlightStore` and the hooks through which components reach it and subscribe to it.

pub mod highlight;
