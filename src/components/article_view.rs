//! The whole article, and the home of the quote interactions: it makes the article's
//! [`HighlightStore`] (`crate::highlight` state with narrow subscriptions), provides it to
//! quote parts, cards and the Voices panel, and listens for deep links, Esc and Web Share
//! support. It does not follow the highlight state itself: an interaction re-renders the
//! quote parts, panel and live region it concerns, never the article.

use std::cell::OnceCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::highlight_store::HighlightStore;
use super::quote_part::description_id;
use super::quote_status::QuoteStatus;
use super::{
    article_header, body, breadcrumb, editor_line, live_updates, QuoteContext, Related, VoicesPanel,
};
use crate::browser;
use crate::citation::parse_quote_hash;
use crate::highlight::{Action, Catalog, Direction};
use crate::model::Article;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: Rc<Article>,
    /// What this widget's quote element ids and deep links start with, unique on the page
    /// (`dom::mount` derives it from the placeholder; see `docs/quotes.md`). Empty: `quote-3`.
    #[prop_or_default]
    pub id_prefix: AttrValue,
}

/// The whole article: breadcrumb, header, Voices panel, body, editor line and related
/// stories.
#[function_component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let article = &props.article;
    // A new store (and fragment cache) per article: nothing carries over to another one.
    let shared = use_memo(
        (article.clone(), props.id_prefix.clone()),
        |(article, prefix)| {
            let catalog = Catalog::new(article).with_id_prefix(prefix);
            let store = HighlightStore::new(Rc::new(catalog));
            (store, Rc::new(OnceCell::new()))
        },
    );
    let (store, fragments) = (&shared.0, &shared.1);
    let catalog = store.catalog();
    let can_share = use_state_eq(|| false);
    let root = use_node_ref();
    let descriptions = use_memo(store.clone(), |store| descriptions(&store.catalog()));

    // Once mounted (and for each new article): the deep link of the page, later hash
    // changes, Esc anywhere, and whether sharing exists. The listeners go with the article.
    use_effect_with(store.clone(), {
        let can_share = can_share.clone();
        move |store| {
            can_share.set(browser::can_share());
            let go_to_hash = {
                let store = store.clone();
                move || {
                    let prefix = &store.catalog().id_prefix;
                    // A plain `#quote-N` is the widget's own when no element on the page has
                    // that id (every widget is prefixed): with one widget, always.
                    let number = browser::location_hash().and_then(|hash| {
                        parse_quote_hash(&hash, prefix).or_else(|| {
                            let plain = parse_quote_hash(&hash, "")?;
                            let taken = browser::has_element_id(hash.trim_start_matches('#'));
                            (!prefix.is_empty() && !taken).then_some(plain)
                        })
                    });
                    if let Some(number) = number {
                        store.dispatch(Action::GoTo(number));
                    }
                }
            };
            go_to_hash();
            let on_hash = browser::on_hash_change(go_to_hash);
            let store = store.clone();
            let on_escape = browser::on_document_keydown(move |event| {
                if event.key() == "Escape" {
                    store.dispatch(Action::Dismiss);
                }
            });
            move || drop((on_hash, on_escape))
        }
    });

    let has_quotes = catalog.total() > 0;
    let onkeydown = has_quotes.then(|| {
        let store = store.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(direction) = step_key(&event) {
                event.prevent_default();
                store.dispatch(Action::Step(direction));
            }
        })
    });
    let context = QuoteContext {
        article: article.clone(),
        can_share: *can_share,
        fragments: fragments.clone(),
    };

    html! {
        <ContextProvider<HighlightStore> context={store.clone()}>
        <ContextProvider<QuoteContext> {context}>
            <article ref={root.clone()} class="bs-article" lang={article.lang.clone()} dir={article.dir.as_str()} {onkeydown}>
                if !article.breadcrumb.is_empty() {
                    { breadcrumb(&article.breadcrumb, &article.lang) }
                }
                { article_header(article) }
                // The Voices panel comes after the story: below it where the article is
                // narrow, beside it in the margin where it is wide (static/css/30-quotes.css).
                // Either way it grows without moving the text, as it does when quotes found
                // by the separately loaded detection module arrive (`dom::quote_module`).
                <div class="bs-main">
                    { body(article) }
                    { live_updates(article) }
                    if has_quotes {
                        <VoicesPanel />
                    }
                </div>
                if has_quotes {
                    { Html::clone(&descriptions) }
                    <QuoteStatus {root} />
                }
                if article.editor.is_some() || !article.tags.is_empty() {
                    <footer class="bs-footer">
                        if let Some(editor) = &article.editor {
                            { editor_line(editor, &article.lang) }
                        }
                        if !article.tags.is_empty() {
                            <ul class="bs-tags">
                                { for article.tags.iter().map(|tag| html! { <li class="bs-tag">{ tag }</li> }) }
                            </ul>
                        }
                    </footer>
                }
                if !article.related.is_empty() {
                    <Related article={article.clone()} />
                }
            </article>
        </ContextProvider<QuoteContext>>
        </ContextProvider<HighlightStore>>
    }
}

/// Hidden, always-present descriptions ("Quote 2 of 5. Ana Ruiz, Mayor, City Council.")
/// that quote parts point `aria-describedby` at while their card is closed.
fn descriptions(catalog: &Catalog) -> Html {
    let total = catalog.total();
    let strings = catalog.strings;
    let items = catalog.index.quotes.iter().map(|quote| {
        let who = match quote.speaker.and_then(|at| catalog.person(at)) {
            Some(person) => {
                let details = [
                    Some(&person.name),
                    person.role.as_ref(),
                    person.organization.as_ref(),
                ];
                details
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            None => strings.speaker_unknown.to_owned(),
        };
        let mut text = strings.quote_of(quote.number, total, &who);
        text.push('.');
        if quote.origin == crate::model::QuoteOrigin::Detected {
            text.push(' ');
            text.push_str(strings.detected);
            text.push('.');
        }
        html! { <span id={description_id(catalog, quote.number)}>{ text }</span> }
    });
    html! { <div class="bs-quote-descriptions" hidden=true>{ for items }</div> }
}

/// `N`/`P` step through quotes when focus is in the body or the Voices panel, and not in a
/// text field, and no modifier is held (those keys belong to the browser or the reader's
/// tools). Documented in docs/quotes.md.
fn step_key(event: &KeyboardEvent) -> Option<Direction> {
    if event.ctrl_key()
        || event.alt_key()
        || event.meta_key()
        || event.shift_key()
        || event.default_prevented()
    {
        return None;
    }
    let direction = match event.key().as_str() {
        "n" => Direction::Next,
        "p" => Direction::Previous,
        _ => return None,
    };
    let target: Element = event.target_dyn_into()?;
    let editable = matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target
            .dyn_ref::<HtmlElement>()
            .is_some_and(HtmlElement::is_content_editable);
    let in_scope = target
        .closest(".bs-body, .bs-voices")
        .ok()
        .flatten()
        .is_some();
    (in_scope && !editable).then_some(direction)
}
