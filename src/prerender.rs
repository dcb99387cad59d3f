//! Server-side prerendering (feature `ssr`): the article's markup written into the page
//! before it reaches the reader, so the article paints with the HTML instead of after the
//! wasm has downloaded and compiled. When the widget starts, it replaces the prerendered
//! markup with the live view of the same data (see `dom/mount.rs`); the markup is the same, so
//! nothing moves. Pure Rust: runs in a build step or on the publisher's server.
//!
//! Entry points: [`article_html`] for a CMS that builds its own page, [`view_html`] for an
//! article already in the model, and
//! [`prerender_page`] for a static page with inline data (the demo; the
//! `broadsheet-prerender` binary wraps it).

use std::fmt;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use yew::LocalServerRenderer;

use crate::components::{ArticleView, ArticleViewProps};
use crate::model::{Article, DateTime, Rejected};

pub use crate::placeholder::PRERENDERED_ATTR;

/// Why a page could not be prerendered.
#[derive(Debug)]
pub enum PrerenderError {
    /// The page has no `data-broadsheet="#id"` placeholder with inline data.
    NoPlaceholder,
    /// A placeholder's selector is not `#id`, or no `<script id>` holds its data.
    DataNotFound { selector: String },
    /// A placeholder already has content (prerendered before, or fallback markup).
    NotEmpty { selector: String },
    /// The article data is rejected; the same message the widget's error box would show.
    Rejected {
        selector: String,
        rejected: Rejected,
    },
}

impl fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrerenderError::NoPlaceholder => {
                f.write_str("no data-broadsheet=\"#id\" placeholder with inline data")
            }
            PrerenderError::DataNotFound { selector } => write!(
                f,
                "data-broadsheet=\"{selector}\": expected \"#id\" of a <script type=\"application/json\"> in the same page"
            ),
            PrerenderError::NotEmpty { selector } => write!(
                f,
                "data-broadsheet=\"{selector}\": the placeholder is not empty (prerendered already?)"
            ),
            PrerenderError::Rejected { selector, rejected } => {
                write!(f, "data-broadsheet=\"{selector}\": {rejected}")
            }
        }
    }
}

impl std::error::Error for PrerenderError {}

/// The widget's markup for `json`, as the browser would first render it. Dates show in a
/// plain form until the widget formats them with the reader's `Intl`. Element ids are those
/// of the first widget on a page: the same for the same input, however many were rendered
/// before (for several articles on one page, [`prerender_page`] numbers them in order).
pub fn article_html(json: &str) -> Result<String, Rejected> {
    crate::components::reset_id_prefixes();
    page_article_html(json)
}

/// [`article_html`] for the next widget of the page being prerendered.
fn page_article_html(json: &str) -> Result<String, Rejected> {
    let mut article = crate::load_article(json)?.article;
    fill_dates(&mut article);
    Ok(view_html(article))
}

/// The article view as HTML, as the widget's first render builds it (no effects run, no
/// browser API is touched); dates show as `Timestamp::display` or the ISO text. The one
/// server renderer of the crate: [`article_html`], the SSR tests and the fuzzer use it.
pub fn view_html(article: Article) -> String {
    let props = ArticleViewProps {
        article: Rc::new(article),
        id_prefix: Default::default(),
    };
    block_on(
        LocalServerRenderer::<ArticleView>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// `page` with every empty `data-broadsheet="#id"` placeholder filled with the markup of
/// the article in `<script id="id">`, and marked with [`PRERENDERED_ATTR`]; the widget's
/// downloads are then taken off the critical path ([`lower_widget_preloads`]). Returns the new page
/// and the number of placeholders filled. The CLI and the JavaScript module both call this,
/// so their pages are identical.
pub fn prerender_page(page: &str) -> Result<(String, usize), PrerenderError> {
    // Widgets are numbered per page, from 1 in the order they appear, as in the browser.
    crate::components::reset_id_prefixes();
    let mut out = String::with_capacity(page.len() * 2);
    let mut rest = page;
    let mut filled = 0;
    while let Some(found) = find_placeholder(rest) {
        let selector = found.selector.to_owned();
        let id = selector
            .strip_prefix('#')
            .filter(|id| !id.is_empty())
            .ok_or_else(|| PrerenderError::DataNotFound {
                selector: selector.clone(),
            })?;
        let json = script_text(page, id).ok_or_else(|| PrerenderError::DataNotFound {
            selector: selector.clone(),
        })?;
        let html = page_article_html(json).map_err(|rejected| PrerenderError::Rejected {
            selector: selector.clone(),
            rejected,
        })?;
        let after_open = &rest[found.open_end..];
        let inner_len = after_open.find("</").unwrap_or(after_open.len());
        if !after_open[..inner_len].trim().is_empty() {
            return Err(PrerenderError::NotEmpty { selector });
        }
        // `<div data-broadsheet="#a">` -> `<div data-broadsheet="#a" data-…-prerendered>`.
        let open_tag = &rest[..found.open_end];
        let (before_gt, _) = open_tag.split_at(open_tag.len() - 1);
        out.push_str(before_gt.trim_end_matches('/'));
        out.push(' ');
        out.push_str(PRERENDERED_ATTR);
        out.push('>');
        out.push_str(&html);
        rest = &after_open[inner_len..];
        filled += 1;
    }
    if filled == 0 {
        return Err(PrerenderError::NoPlaceholder);
    }
    out.push_str(rest);
    Ok((lower_widget_preloads(&out), filled))
}

/// Takes the widget's downloads off the page's critical path once its article is in the HTML:
/// adds `fetchpriority="low"` to the page's `<link rel="modulepreload">` tags and to the
/// `<script type="module">` that loads `broadsheet.js` (the build drops trunk's redundant
/// modulepreload of it, on which Firefox fires an `error` event, so the script itself carries
/// the priority), and drops its `<link rel="preload">` tags of `type="application/wasm"`
/// (trunk writes one for `broadsheet_bg.wasm`). On a slow link these downloads would
/// otherwise take bandwidth from the stylesheet the article needs to paint. When every widget
/// of a page is prerendered, `broadsheet.js` fetches the wasm only after the page's `load`
/// event, so a preload would only pull it back into the page load; a page that also has a
/// widget left to render in the browser (`data-broadsheet-src`, `<broadsheet-article>`)
/// needs the wasm early for it and keeps the preload, at low priority. Tags that already say
/// a `fetchpriority` are kept as they are. On a page without such a widget the script also
/// moves after the stylesheets ([`widget_script_last_in_head`]).
pub fn lower_widget_preloads(page: &str) -> String {
    const LOW: &str = " fetchpriority=\"low\"";
    let client_widgets =
        page.contains(" data-broadsheet-src=") || page.contains("<broadsheet-article");
    let mut out = String::with_capacity(page.len() + 64);
    let mut rest = page;
    let next_tag = |text: &str| match (text.find("<link "), text.find("<script ")) {
        (Some(link), Some(script)) => Some(link.min(script)),
        (link, script) => link.or(script),
    };
    while let Some(at) = next_tag(rest) {
        let Some(len) = rest[at..].find('>') else {
            break;
        };
        let tag = &rest[at..at + len];
        let wasm_preload =
            tag.contains(" rel=\"preload\"") && tag.contains(" type=\"application/wasm\"");
        let widget_preload = tag.contains(" rel=\"modulepreload\"")
            || wasm_preload
            || (tag.starts_with("<script ")
                && tag.contains(" type=\"module\"")
                && tag.contains("broadsheet.js\""));
        out.push_str(&rest[..at]);
        if wasm_preload && !client_widgets {
            // The tag and its `>`; a line of its own goes with it.
            rest = &rest[at + len + 1..];
            if out.ends_with('\n') && rest.starts_with('\n') {
                rest = &rest[1..];
            }
            continue;
        }
        if widget_preload && !tag.contains(" fetchpriority=") {
            let (attributes, slash) = match tag.strip_suffix('/') {
                Some(attributes) => (attributes.trim_end(), "/"),
                None => (tag, ""),
            };
            out.push_str(attributes);
            out.push_str(LOW);
            out.push_str(slash);
        } else {
            out.push_str(tag);
        }
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    if client_widgets {
        return out;
    }
    widget_script_last_in_head(&out).unwrap_or(out)
}

/// The page with the `<script type="module">` of `broadsheet.js` moved to the end of
/// `<head>`, on a page whose widgets are all prerendered, so that the browser requests the
/// stylesheets the article paints with before it (on a slow link the script's download
/// otherwise delays theirs). Module scripts run after the document is parsed, in document
/// order, so the script only moves when no other script follows it in `<head>`: its order
/// among the page's scripts stays the same. `None` when there is nothing to move.
fn widget_script_last_in_head(page: &str) -> Option<String> {
    const CLOSE: &str = "</script>";
    let mut from = 0;
    let start = loop {
        let at = from + page[from..].find("<script ")?;
        let tag = &page[at..at + page[at..].find('>')?];
        if tag.contains(" type=\"module\"") && tag.contains("broadsheet.js\"") {
            break at;
        }
        from = at + tag.len();
    };
    let end = start + page[start..].find(CLOSE)? + CLOSE.len();
    let head_end = end + page[end..].find("</head>")?;
    if page[end..head_end].contains("<script") {
        return None;
    }
    // A tag on a line of its own moves with its indentation and line break.
    let line_start = page[..start].rfind('\n').map_or(0, |at| at + 1);
    let (cut_start, cut_end) =
        if page[line_start..start].trim().is_empty() && page[end..].starts_with('\n') {
            (line_start, end + 1)
        } else {
            (start, end)
        };
    let mut out = String::with_capacity(page.len());
    out.push_str(&page[..cut_start]);
    out.push_str(&page[cut_end..head_end]);
    out.push_str(&page[cut_start..cut_end]);
    out.push_str(&page[head_end..]);
    Some(out)
}

struct Placeholder<'a> {
    selector: &'a str,
    /// Offset just past the `>` of the placeholder's start tag.
    open_end: usize,
}

/// The next start tag with a `data-broadsheet="…"` attribute. Pages are the publisher's own
/// templates, so this reads tags the simple way: attribute values in double quotes.
fn find_placeholder(html: &str) -> Option<Placeholder<'_>> {
    const ATTR: &str = " data-broadsheet=\"";
    let mut from = 0;
    loop {
        let at = from + html[from..].find(ATTR)?;
        let tag_start = html[..at].rfind('<')?;
        let value_start = at + ATTR.len();
        let value_len = html[value_start..].find('"')?;
        let open_end = value_start + value_len + html[value_start + value_len..].find('>')? + 1;
        // Skip mentions inside scripts or text: the attribute must sit in an open tag.
        let in_tag = !html[tag_start..at].contains('>')
            && html[tag_start + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
        if in_tag {
            return Some(Placeholder {
                selector: &html[value_start..value_start + value_len],
                open_end,
            });
        }
        from = value_start;
    }
}

/// The text of `<script … id="id" …>…</script>`.
fn script_text<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let needle = format!(" id=\"{id}\"");
    let mut from = 0;
    loop {
        let at = from + html[from..].find(&needle)?;
        let tag_start = html[..at].rfind('<')?;
        let tag_end = at + html[at..].find('>')?;
        if html[tag_start..].starts_with("<script") && !html[tag_start..at].contains('>') {
            let body = &html[tag_end + 1..];
            return Some(&body[..body.find("</script")?]);
        }
        from = at + needle.len();
    }
}

/// Dates as the prerendered page shows them until the widget runs: "June 2, 2026, 09:15
/// (UTC+08:00)" in English, "2026-06-02 09:15 (UTC+08:00)" otherwise. Intl is browser-only.
fn fill_dates(article: &mut Article) {
    let english = article.lang == "en" || article.lang.starts_with("en-");
    for timestamp in article.timestamps_mut() {
        timestamp.display = Some(plain_date(&timestamp.at, english));
    }
}

fn plain_date(at: &DateTime, english: bool) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS.get(at.month.wrapping_sub(1) as usize);
    let mut out = match (english, month) {
        (true, Some(month)) => format!("{month} {}, {}", at.day, at.year),
        _ => at.date_text(),
    };
    if let Some(time) = at.time {
        out.push_str(if english { ", " } else { " " });
        out.push_str(&format!("{:02}:{:02}", time.hour, time.minute));
        if let Some(offset) = at.offset_text() {
            if offset == "UTC" {
                out.push_str(" (UTC)");
            } else {
                out.push_str(&format!(" (UTC{offset})"));
            }
        }
    }
    out
}

/// Yew's server renderer finishes without waiting on anything (no component suspends and
/// the scheduler runs synchronously off the browser), so polling with a no-op waker is a
/// complete executor for it; a render still pending after that is a bug, not a wait.
fn block_on<F: Future<Output = String>>(future: F) -> String {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    for _ in 0..10_000 {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
    panic!("server rendering did not finish");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Timestamp;

    const STORY: &str = r#"{"version": 1, "headline": "Ferry <b>route</b> opens",
        "published": "2026-06-02T09:15:00+08:00",
        "body": [{"type": "paragraph", "content": "\u201cIt is a good day,\u201d said Ana Lima."}]}"#;

    fn page(placeholder: &str) -> String {
        format!(
            "<html><body><script type=\"application/json\" id=\"story\">{STORY}</script>\n{placeholder}\n<p>after</p></body></html>"
        )
    }

    #[test]
    fn fills_the_placeholder_with_the_widget_markup() {
        let (html, filled) =
            prerender_page(&page(r##"<div class="x" data-broadsheet="#story"></div>"##))
                .expect("prerendered");
        assert_eq!(filled, 1);
        let expected = article_html(STORY).expect("valid");
        assert!(html.contains(&format!(
            r##"<div class="x" data-broadsheet="#story" {PRERENDERED_ATTR}>{expected}</div>"##
        )));
        assert!(
            expected.contains("Ferry &lt;b&gt;route&lt;/b&gt; opens"),
            "{expected}"
        );
        assert!(
            expected.contains(r#"data-speaker="Ana Lima""#),
            "{expected}"
        );
        assert!(
            expected.contains(">June 2, 2026, 09:15 (UTC+08:00)</time>"),
            "{expected}"
        );
        assert!(html.ends_with("<p>after</p></body></html>"));
    }

    #[test]
    fn refuses_pages_it_cannot_fill() {
        let err = |placeholder: &str| {
            prerender_page(&page(placeholder))
                .expect_err("refused")
                .to_string()
        };
        assert_eq!(
            err("<p>no widget</p>"),
            "no data-broadsheet=\"#id\" placeholder with inline data"
        );
        assert!(err(r##"<div data-broadsheet="#other"></div>"##).contains("\"#other\": expected"));
        assert!(err(r##"<div data-broadsheet="#story">old</div>"##).contains("not empty"));
        let broken = prerender_page(
            "<script type=\"application/json\" id=\"b\">{\"version\":1}</script><div data-broadsheet=\"#b\"></div>",
        )
        .expect_err("rejected")
        .to_string();
        assert!(broken.starts_with("data-broadsheet=\"#b\": "), "{broken}");
        assert!(broken.contains("headline"), "{broken}");
    }

    #[test]
    fn output_depends_on_the_input_only() {
        let related = r#"{"version": 1, "headline": "H", "related": [
            {"headline": "A", "url": "https://example.com/a"},
            {"headline": "B", "url": "https://example.com/b"}]}"#;
        let first = article_html(related).expect("valid");
        assert!(first.contains("bs-related-"), "{first}");
        assert_eq!(article_html(related).expect("valid"), first);
        let two = format!(
            r##"<script type="application/json" id="a">{related}</script><script type="application/json" id="b">{related}</script><div data-broadsheet="#a"></div><div data-broadsheet="#b"></div>"##
        );
        let (page, filled) = prerender_page(&two).expect("prerendered");
        assert_eq!(filled, 2);
        // One page: each widget has its own ids; the first has the lone article's.
        let id = |html: &str| {
            let at = html.find("bs-related-").expect("an id");
            html[at..].split('"').next().expect("id").to_owned()
        };
        let (one, other) = page.split_at(page.find("data-broadsheet=\"#b\"").expect("b"));
        assert_eq!(
            id(one.split("data-broadsheet=\"#a\"").nth(1).expect("a")),
            id(&first)
        );
        assert_ne!(id(other), id(&first));
        assert_eq!(prerender_page(&two).expect("again").0, page);
    }

    #[test]
    fn lowers_the_widget_preloads_only() {
        let head = concat!(
            r#"<link rel="modulepreload" href="/broadsheet.js" crossorigin="anonymous">"#,
            r#"<link rel="preload" href="/broadsheet_bg.wasm" as="fetch" type="application/wasm"/>"#,
            r#"<link rel="preload" href="/font.woff2" as="font">"#,
            r#"<link rel="modulepreload" href="/x.js" fetchpriority="high">"#,
            r#"<link rel="stylesheet" href="/broadsheet.css">"#,
            r#"<script type="module" src="/broadsheet.js"></script>"#,
            r#"<script type="module" src="/app.js"></script><script>let a = 1;</script>"#,
        );
        let lowered = |wasm: &str| {
            [
                r#"<link rel="modulepreload" href="/broadsheet.js" crossorigin="anonymous" fetchpriority="low">"#,
                wasm,
                r#"<link rel="preload" href="/font.woff2" as="font">"#,
                r#"<link rel="modulepreload" href="/x.js" fetchpriority="high">"#,
                r#"<link rel="stylesheet" href="/broadsheet.css">"#,
                r#"<script type="module" src="/broadsheet.js" fetchpriority="low"></script>"#,
                r#"<script type="module" src="/app.js"></script><script>let a = 1;</script>"#,
            ]
            .concat()
        };
        // Every widget prerendered: the wasm is fetched after the load, its preload goes.
        assert_eq!(lower_widget_preloads(head), lowered(""));
        // A widget the browser renders needs the wasm early: the preload stays, lowered.
        let wasm_low = r#"<link rel="preload" href="/broadsheet_bg.wasm" as="fetch" type="application/wasm" fetchpriority="low"/>"#;
        for other in [
            r#"<div data-broadsheet-src="/a.json"></div>"#,
            "<broadsheet-article src=\"/a.json\"></broadsheet-article>",
        ] {
            assert_eq!(
                lower_widget_preloads(&format!("{head}{other}")),
                format!("{}{other}", lowered(wasm_low))
            );
        }
        let (page, _) = prerender_page(&format!(
            "<head>{head}</head>{}",
            page(r##"<div data-broadsheet="#story"></div>"##)
        ))
        .expect("prerendered");
        assert_eq!(page.matches(r#"fetchpriority="low""#).count(), 2);
        assert!(!page.contains("application/wasm"));
        assert_eq!(
            lower_widget_preloads(
                "<head>\n<link rel=\"preload\" type=\"application/wasm\">\n</head>"
            ),
            "<head>\n</head>"
        );
        assert_eq!(lower_widget_preloads("<link rel"), "<link rel");
    }

    #[test]
    fn moves_the_widget_script_after_the_stylesheets() {
        let page = concat!(
            "<head>\n",
            r#"  <script type="module" src="/broadsheet.js"></script>"#,
            "\n",
            r#"  <link rel="stylesheet" href="a.css">"#,
            "\n</head>\n<body></body>",
        );
        assert_eq!(
            lower_widget_preloads(page),
            concat!(
                "<head>\n",
                r#"  <link rel="stylesheet" href="a.css">"#,
                "\n",
                r#"  <script type="module" src="/broadsheet.js" fetchpriority="low"></script>"#,
                "\n</head>\n<body></body>",
            )
        );
        let stays = |page: &str| {
            lower_widget_preloads(page).starts_with(
                r#"<head>
  <script type="module" src="/broadsheet.js" fetchpriority="low"></script>"#,
            )
        };
        // Another script after it in <head>: the scripts keep their order.
        assert!(stays(&page.replace(
            "</head>",
            r#"<script src="/app.js"></script></head>"#
        )));
        // A widget the browser renders needs the script early.
        assert!(stays(&format!(
            r#"{page}<div data-broadsheet-src="/a.json"></div>"#
        )));
        assert_eq!(
            lower_widget_preloads(
                r#"<head><script type="module" src="broadsheet.js"></script><link rel="stylesheet" href="a.css"></head>"#
            ),
            r#"<head><link rel="stylesheet" href="a.css"><script type="module" src="broadsheet.js" fetchpriority="low"></script></head>"#
        );
    }

    #[test]
    fn plain_dates() {
        let plain_date = |iso: &str, english: bool| {
            let at = Timestamp::parse(iso).expect("valid date").at;
            super::plain_date(&at, english)
        };
        assert_eq!(
            plain_date("2026-06-02T09:15:00+08:00", true),
            "June 2, 2026, 09:15 (UTC+08:00)"
        );
        assert_eq!(
            plain_date("2026-06-02T09:15:00Z", false),
            "2026-06-02 09:15 (UTC)"
        );
        assert_eq!(plain_date("2026-12-24", true), "December 24, 2026");
        assert_eq!(plain_date("2026-12-24", false), "2026-12-24");
    }
}
