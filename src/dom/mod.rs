//! Browser plumbing that is not a component: the only place besides components' event
//! handlers that talks to the DOM and JavaScript. `mount` finds placeholders and mounts the
//! widgets (with `fetch` for remote data, `json` for `JSON.parse`, `intl` for dates);
//! `carousel` measures and watches the carousel; `entities` asks the browser's HTML parser
//! for named character references and `chars` its regular expressions for Unicode character
//! properties; `quote_module` runs quote detection in its
//! own module when the bundle leaves it out. `crate::embed` exports `mount` to
//! JavaScript. Compiled natively too (the `web-sys` bindings build everywhere) but only ever
//! called in a browser.

pub mod carousel;
pub mod chars;
pub mod entities;
pub mod fetch;
pub mod intl;
pub mod json;
pub mod mount;
#[cfg(not(feature = "quote-detection"))]
pub mod quote_module;
