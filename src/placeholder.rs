//! The placeholder contract with the host page: the attribute names both sides use, the
//! browser (`dom::mount`, which mounts widgets) and the server (`prerender`, which fills
//! placeholders with markup before the page is served). Plain constants, so the server side
//! does not import the browser module.

/// Placeholder attribute whose value is a CSS selector of the element holding the JSON.
pub const DATA_ATTR: &str = "data-broadsheet";
/// Placeholder attribute whose value is a URL to fetch the JSON from.
pub const SRC_ATTR: &str = "data-broadsheet-src";
/// Marks a placeholder filled with the article's markup before the page was served
/// (`broadsheet::prerender`, feature `ssr`). That markup is replaced when the widget mounts.
pub const PRERENDERED_ATTR: &str = "data-broadsheet-prerendered";
/// Set by the widget on its placeholder while the quote-detection module works and after:
/// `pending`, then `detected` (or `unavailable` if the module could not run, when the
/// editor's quotes stay the only ones). Absent when the article needs no detection or the
/// build detects in place. For publishers' styles and scripts, and the browser tests.
pub const QUOTES_ATTR: &str = "data-broadsheet-quotes";
