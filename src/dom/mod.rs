//! Browser plumbing that is not a component: the only place besides components' event
//! handlers that talks to the DOM and JavaScript. Compiled natively too (the `web-sys`
//! bindings build everywhere) but only ever called in a browser.

pub mod carousel;
pub mod json;
