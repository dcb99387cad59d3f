//! Placeholders and mounting: finds `[data-broadsheet]` / `[data-broadsheet-src]`
//! placeholders, reads or fetches their article data, and mounts one Yew app per placeholder
//! (one wasm instance serves them all), keeping the list of mounted widgets. Also the panic
//! hook that turns a crash into error boxes instead of frozen widgets. `crate::embed` exports
//! these to JavaScript.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback, Renderer};

use super::fetch::{fetch_text, FetchError};
use super::intl::localize_dates;
use crate::components::{Widget, WidgetProps, WidgetState};
use crate::model::{Article, ModelError};
#[cfg(not(feature = "quote-detection"))]
use crate::placeholder::QUOTES_ATTR;
use crate::placeholder::{DATA_ATTR, PRERENDERED_ATTR, SRC_ATTR};

/// Set on a placeholder once mounted, so mounting twice is harmless.
const MOUNTED_ATTR: &str = "data-broadsheet-mounted";

/// Why a placeholder could not show an article.
#[derive(Debug, Clone, PartialEq)]
pub enum EmbedError {
    NoDataAttribute,
    InvalidSelector(String),
    DataNotFound(String),
    Http {
        url: String,
        status: u16,
    },
    Network {
        url: String,
        message: String,
    },
    /// The article data has fatal problems (all of them, and the non-fatal ones found too).
    Data(crate::model::Rejected),
}

impl fmt::Display for EmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedError::NoDataAttribute => write!(
                f,
                "the placeholder needs {DATA_ATTR}=\"#id-of-a-script-element\" or {SRC_ATTR}=\"URL\""
            ),
            EmbedError::InvalidSelector(selector) => {
                write!(f, "{DATA_ATTR}=\"{selector}\" is not a valid CSS selector")
            }
            EmbedError::DataNotFound(selector) => {
                write!(f, "no element matches {DATA_ATTR}=\"{selector}\" (expected a <script type=\"application/json\"> or \"application/ld+json\" element)")
            }
            EmbedError::Http { url, status } => {
                write!(f, "loading {url} failed: the server answered HTTP {status}")
            }
            EmbedError::Network { url, message } => write!(f, "loading {url} failed: {message}"),
            EmbedError::Data(rejected) => {
                write!(f, "{rejected}")?;
                // The summary lists five errors; `load` logged every one of them.
                if rejected.errors.len() > crate::model::Rejected::SUMMARY_ERRORS {
                    f.write_str(" (all are listed in the browser console)")?;
                }
                Ok(())
            }
        }
    }
}

impl From<FetchError> for EmbedError {
    fn from(error: FetchError) -> Self {
        match error {
            FetchError::Http { url, status } => EmbedError::Http { url, status },
            FetchError::Network { url, message } => EmbedError::Network { url, message },
        }
    }
}

struct Mounted {
    element: Element,
    app: AppHandle<Widget>,
    /// What the widget's quote ids start with (see [`id_prefix`]).
    id_prefix: AttrValue,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    /// Widgets mounted so far on placeholders without an `id`.
    static ANONYMOUS: Cell<usize> = const { Cell::new(0) };
    /// The article each placeholder awaits detected quotes for: the answer for an older one
    /// (the data was replaced meanwhile, or the widget unmounted) is dropped.
    #[cfg(not(feature = "quote-detection"))]
    static AWAITING: RefCell<Vec<(Element, Rc<Article>)>> = const { RefCell::new(Vec::new()) };
}

/// What a new widget's quote element ids and deep links start with, so that they are unique
/// on the page: the placeholder's `id` and a hyphen (`story-a-quote-3`); without an `id`,
/// nothing for the first such widget (`quote-3`, the plain form) and `broadsheet-N-` for
/// the N-th. A plain `#quote-3` link still reaches a page's only widget whatever its prefix
/// (`ArticleView`). Documented in docs/quotes.md.
fn id_prefix(element: &Element) -> AttrValue {
    let id = element.id();
    if !id.is_empty() {
        return format!("{id}-").into();
    }
    let seen = ANONYMOUS.with(|count| count.replace(count.get() + 1));
    if seen == 0 {
        AttrValue::default()
    } else {
        format!("broadsheet-{}-", seen + 1).into()
    }
}

/// Mounts every placeholder once the document is parsed (now, if it is).
pub(crate) fn mount_all_when_parsed() {
    let Some(document) = document() else { return };
    if document.ready_state() == "loading" {
        let on_ready = Closure::once_into_js(|| {
            mount_all();
        });
        let _ =
            document.add_event_listener_with_callback("DOMContentLoaded", on_ready.unchecked_ref());
    } else {
        mount_all();
    }
}

/// Mounts every placeholder on the page that is not mounted yet; returns how many it mounted.
pub(crate) fn mount_all() -> usize {
    let Some(document) = document() else { return 0 };
    let selector =
        format!("[{DATA_ATTR}]:not([{MOUNTED_ATTR}]), [{SRC_ATTR}]:not([{MOUNTED_ATTR}])");
    let Ok(placeholders) = document.query_selector_all(&selector) else {
        return 0;
    };
    let mut count = 0;
    for index in 0..placeholders.length() {
        if let Some(element) = placeholders
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            mount_placeholder(&element);
            count += 1;
        }
    }
    count
}

/// Mounts a widget on `element` from `data`: an article object or a JSON string. An object
/// goes straight into the model (`serde-wasm-bindgen`), with no JSON text in between.
/// Invalid data still mounts (showing the error box); the error is returned as well.
pub(crate) fn mount_data(element: &Element, data: &JsValue) -> Result<(), EmbedError> {
    let result = match data.as_string() {
        Some(text) => load(crate::load_article_in(&text, &page_context())),
        None => load(
            super::json::from_js(data)
                .map_err(crate::model::Rejected::fatal)
                .and_then(|document| crate::load_document_in(document, &page_context())),
        ),
    };
    // The error goes to the caller and its message into the error box: no copy of it is
    // made (copying a `Rejected` with its list of problems is code of its own in the bundle).
    let (state, error) = match result {
        Ok(article) => (WidgetState::Ready(article), None),
        Err(error) => (failed_state(&error, None), Some(error)),
    };
    render(element, state);
    error.map_or(Ok(()), Err)
}

/// Removes the widget from `element`; returns whether one was mounted there.
pub(crate) fn unmount(element: &Element) -> bool {
    let removed = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let position = mounted.iter().position(|entry| &entry.element == element)?;
        Some(mounted.remove(position))
    });
    let _ = element.remove_attribute(MOUNTED_ATTR);
    #[cfg(not(feature = "quote-detection"))]
    {
        await_detection(element, None);
        let _ = element.remove_attribute(QUOTES_ATTR);
    }
    match removed {
        Some(entry) => {
            entry.app.destroy();
            remove_late_first_render(element.clone());
            true
        }
        None => false,
    }
}

/// Yew renders a new app's first frame in a later task, and its scheduler runs destroys
/// before renders: an app unmounted in the same task as it was mounted still renders that
/// frame, after its destroy, and nothing would remove it. This runs after that task (the
/// same queue, later) and removes what it left. If a widget was mounted here again
/// meanwhile, its frame came after the stale one, so the last widget root stays.
fn remove_late_first_render(element: Element) {
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(roots) =
            element.query_selector_all(":scope > :is(.bs-article, .bs-error, .bs-loading)")
        else {
            return;
        };
        let keep = u32::from(element.has_attribute(MOUNTED_ATTR));
        for index in 0..roots.length().saturating_sub(keep) {
            if let Some(node) = roots.item(index) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    });
}

/// Mounts one placeholder from its `data-broadsheet` / `data-broadsheet-src` attribute.
pub(crate) fn mount_placeholder(element: &Element) {
    if let Some(url) = element
        .get_attribute(SRC_ATTR)
        .filter(|url| !url.trim().is_empty())
    {
        // Prerendered markup stays until the fetched data can replace it.
        if !element.has_attribute(PRERENDERED_ATTR) {
            render(element, WidgetState::Loading);
        }
        spawn_fetch(element.clone(), url);
        return;
    }
    let result = match element.get_attribute(DATA_ATTR) {
        Some(selector) if !selector.trim().is_empty() => read_inline(&selector)
            .and_then(|text| load(crate::load_article_in(&text, &page_context()))),
        _ => Err(EmbedError::NoDataAttribute),
    };
    render(element, state_for(result, None));
}

fn read_inline(selector: &str) -> Result<String, EmbedError> {
    let document = document().ok_or(EmbedError::NoDataAttribute)?;
    let source = document
        .query_selector(selector)
        .map_err(|_| EmbedError::InvalidSelector(selector.to_owned()))?
        .ok_or_else(|| EmbedError::DataNotFound(selector.to_owned()))?;
    Ok(source.text_content().unwrap_or_default())
}

/// The outcome of loading one widget's data. Every non-fatal problem goes to the console as
/// a warning (the part was dropped or degraded); fatal ones become the error box, through
/// the error.
fn load(
    loaded: Result<crate::model::Parsed, crate::model::Rejected>,
) -> Result<Rc<Article>, EmbedError> {
    let report = |warnings: &[ModelError], omitted: usize| {
        warnings.iter().for_each(warn_problem);
        if omitted > 0 {
            warn(&format!(
                "Broadsheet: and {omitted} more problems in the article data"
            ));
        }
    };
    match loaded {
        Ok(parsed) => {
            report(&parsed.warnings, parsed.omitted_warnings);
            let mut article = parsed.article;
            localize_dates(&mut article);
            Ok(Rc::new(article))
        }
        Err(rejected) => {
            // The error box lists five fatal errors; past that, all of them go here.
            if rejected.errors.len() > crate::model::Rejected::SUMMARY_ERRORS {
                report(&rejected.errors, 0);
            }
            report(&rejected.warnings, rejected.omitted_warnings);
            Err(EmbedError::Data(rejected))
        }
    }
}

fn state_for(result: Result<Rc<Article>, EmbedError>, retry: Option<Callback<()>>) -> WidgetState {
    match result {
        Ok(article) => WidgetState::Ready(article),
        Err(error) => failed_state(&error, retry),
    }
}

/// The error box for `error`, which the console gets as well.
fn failed_state(error: &EmbedError, retry: Option<Callback<()>>) -> WidgetState {
    let message = error.to_string();
    warn(&["Broadsheet: ", &message].concat());
    WidgetState::Failed {
        message: message.into(),
        retry,
    }
}

/// Shows `state` in `element`. When the bundle leaves quote detection out and the article
/// needs it, the article shows now with the editor's quotes and again once the detection
/// module has found the rest. It shows only then if its markup is prerendered (which has
/// them already: showing it without them would take them away and back), or if the page's
/// URL links to a quote (`#quote-7`: numbered in reading order, quote 7 may be another one
/// until the detected quotes are in, and the reader would be taken there first).
fn render(element: &Element, state: WidgetState) {
    #[cfg(not(feature = "quote-detection"))]
    {
        let needs_detection = match &state {
            WidgetState::Ready(article) if crate::quotes::needs_detection(article) => {
                Some(article.clone())
            }
            _ => None,
        };
        await_detection(element, needs_detection.clone());
        if let Some(article) = needs_detection {
            let wait = element.has_attribute(PRERENDERED_ATTR)
                || crate::browser::location_hash().is_some_and(|hash| hash.contains("quote-"));
            let _ = element.set_attribute(QUOTES_ATTR, "pending");
            wasm_bindgen_futures::spawn_local(add_detected_quotes(element.clone(), article));
            if wait {
                return;
            }
        } else {
            let _ = element.remove_attribute(QUOTES_ATTR);
        }
    }
    show(element, state);
}

/// Records that `element` awaits detected quotes for `article` (`None`: for nothing).
#[cfg(not(feature = "quote-detection"))]
fn await_detection(element: &Element, article: Option<Rc<Article>>) {
    AWAITING.with(|awaiting| {
        let mut awaiting = awaiting.borrow_mut();
        awaiting.retain(|(placeholder, _)| placeholder != element);
        if let Some(article) = article {
            awaiting.push((element.clone(), article));
        }
    });
}

/// Whether `element` still awaits detected quotes for `article`.
#[cfg(not(feature = "quote-detection"))]
fn awaits(element: &Element, article: &Rc<Article>) -> bool {
    AWAITING.with(|awaiting| {
        awaiting
            .borrow()
            .iter()
            .any(|(placeholder, awaited)| placeholder == element && Rc::ptr_eq(awaited, article))
    })
}

/// Runs the detection module on `article` and shows it again with the quotes found, if the
/// placeholder still shows it. If detection is unavailable, a warning says so and the
/// article stays with the editor's quotes (a prerendered one is shown now).
#[cfg(not(feature = "quote-detection"))]
async fn add_detected_quotes(element: Element, article: Rc<Article>) {
    let outcome = super::quote_module::detect(crate::quotes::detection_request(&article)).await;
    if !awaits(&element, &article) {
        return;
    }
    await_detection(&element, None);
    let (annotated, status) = match outcome {
        Ok(decisions) => {
            let (annotated, over_limit) =
                crate::quotes::annotate_detected((*article).clone(), decisions);
            if let Some(warning) = crate::quotes::over_limit_warning(over_limit) {
                warn_problem(&warning);
            }
            (Rc::new(annotated), "detected")
        }
        Err(error) => {
            warn(&error.message());
            (article, "unavailable")
        }
    };
    let _ = element.set_attribute(QUOTES_ATTR, status);
    show(&element, WidgetState::Ready(annotated));
}

/// Shows `state` in `element`, reusing the app already mounted there.
fn show(element: &Element, state: WidgetState) {
    let updated = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        match mounted.iter_mut().find(|entry| &entry.element == element) {
            Some(entry) => {
                entry.app.update(WidgetProps {
                    state,
                    id_prefix: entry.id_prefix.clone(),
                });
                None
            }
            None => Some(state),
        }
    });
    if let Some(state) = updated {
        let id_prefix = id_prefix(element);
        let props = WidgetProps {
            state,
            id_prefix: id_prefix.clone(),
        };
        // Prerendered markup goes in the same task as Yew's first render (a microtask), so
        // no frame shows the placeholder empty, and the new markup is the same, so nothing
        // moves.
        if element.has_attribute(PRERENDERED_ATTR) {
            let _ = element.remove_attribute(PRERENDERED_ATTR);
            element.set_text_content(None);
        }
        let _ = element.set_attribute(MOUNTED_ATTR, "");
        let app = Renderer::<Widget>::with_root_and_props(element.clone(), props).render();
        MOUNTED.with(|mounted| {
            mounted.borrow_mut().push(Mounted {
                element: element.clone(),
                app,
                id_prefix,
            })
        });
    }
}

fn spawn_fetch(element: Element, url: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let result = match fetch_text(&url).await {
            Ok(text) => load(crate::load_article_in(&text, &page_context())),
            Err(error) => Err(error.into()),
        };
        // Only network and HTTP failures can succeed on a second try.
        let retry = matches!(
            result,
            Err(EmbedError::Http { .. } | EmbedError::Network { .. })
        )
        .then(|| {
            let element = element.clone();
            let url = url.clone();
            Callback::from(move |()| {
                render(&element, WidgetState::Loading);
                spawn_fetch(element.clone(), url.clone());
            })
        });
        render(&element, state_for(result, retry));
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The host page's `<html lang>` and URL, for what the article data leaves out.
fn page_context() -> crate::model::PageContext {
    let document = document();
    crate::model::PageContext {
        lang: document
            .as_ref()
            .and_then(|d| d.document_element())
            .and_then(|root| root.get_attribute("lang"))
            .filter(|lang| !lang.trim().is_empty()),
        url: document.and_then(|d| d.url().ok()),
    }
}

/// A problem found in the article data, as a console warning.
fn warn_problem(problem: &ModelError) {
    warn(&format!("Broadsheet: {problem}"));
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// A Rust panic must not leave widgets frozen: every mounted widget is replaced by an error
/// box (built with plain DOM calls, since the Yew runtime may be unusable after a panic).
/// Builds whose panics abort at once (the release bundle) run no hook: src/crash.js does
/// this there.
#[cfg(not(panic = "immediate-abort"))]
pub(crate) fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Broadsheet crashed: {info}")));
        let Some(document) = document() else { return };
        let Ok(placeholders) = document.query_selector_all(&format!("[{MOUNTED_ATTR}]")) else {
            return;
        };
        for index in 0..placeholders.length() {
            let Some(element) = placeholders
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            else {
                continue;
            };
            let _ = show_crash_box(&document, &element);
        }
    }));
}

#[cfg(not(panic = "immediate-abort"))]
fn show_crash_box(document: &web_sys::Document, element: &Element) -> Result<(), JsValue> {
    let error_box = document.create_element("div")?;
    error_box.set_class_name("bs-error");
    error_box.set_attribute("role", "alert")?;
    // Marks the box as the crash one for src/crash.js, which shows the same box (keep the
    // text the same) when the release bundle traps: no panic hook runs there.
    error_box.set_attribute("data-broadsheet-crash", "")?;
    error_box.set_text_content(Some(
        "This article could not be displayed: the widget stopped unexpectedly. Reloading the page may help.",
    ));
    element.replace_children_with_node_1(&error_box);
    Ok(())
}
