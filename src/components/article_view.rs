//! The whole article, and the home of the quote interactions: it owns the highlight state
//! (`crate::highlight`), shares it with quote parts, cards and the Voices panel through a
//! context, and runs the effects that touch the browser (deep links, Esc, focus requests,
//! the card's hide timer, Web Share detection).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::quote_part::description_id;
use super::{ArticleHeader, Body, Breadcrumb, EditorLine, QuoteContext, Related, VoicesPanel};
use crate::browser::{self, Timeout};
use crate::citation::{parse_quote_hash, quote_element_id};
use crate::highlight::{Action, Catalog, Direction, HighlightState, HIDE_DELAY_MS};
use crate::model::Article;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: Rc<Article>,
}

/// The whole article: breadcrumb, header, Voices panel, body, editor line and related
/// stories.
#[function_component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let article = &props.article;
    let catalog = use_memo(article.clone(), |article| Catalog::new(article));
    let state = use_reducer({
        let catalog = catalog.clone();
        move || HighlightState::new(catalog)
    });
    let can_share = use_state(|| false);
    let root = use_node_ref();

    use_effect_with(catalog.clone(), {
        let state = state.clone();
        move |catalog| state.dispatch(Action::Reset(catalog.clone()))
    });
    // Once mounted: the deep link of the page, later hash changes, Esc anywhere, and whether
    // sharing exists. The listeners go when the view does.
    use_effect_with((), {
        let state = state.clone();
        let can_share = can_share.clone();
        move |_| {
            can_share.set(browser::can_share());
            let go_to_hash = {
                let state = state.clone();
                move || {
                    if let Some(number) = browser::location_hash()
                        .as_deref()
                        .and_then(parse_quote_hash)
                    {
                        state.dispatch(Action::GoTo(number));
                    }
                }
            };
            go_to_hash();
            let on_hash = browser::on_hash_change(go_to_hash);
            let on_escape = browser::on_document_keydown(move |event| {
                if event.key() == "Escape" {
                    state.dispatch(Action::Dismiss);
                }
            });
            move || drop((on_hash, on_escape))
        }
    });
    use_effect_with(state.focus_request, {
        let root = root.clone();
        move |request| {
            let quote = request.and_then(|request| find_quote(&root, request.number));
            if let Some(quote) = quote {
                browser::focus(&quote);
                browser::scroll_into_view(&quote);
            }
        }
    });
    use_effect_with(state.hide_generation, {
        let state = state.clone();
        move |&generation| {
            let timer = (generation > 0)
                .then(|| {
                    Timeout::new(HIDE_DELAY_MS, move || {
                        state.dispatch(Action::HideIfIdle(generation))
                    })
                })
                .flatten();
            move || drop(timer)
        }
    });

    let has_quotes = catalog.total() > 0;
    let onkeydown = has_quotes.then(|| {
        let state = state.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(direction) = step_key(&event) {
                event.prevent_default();
                state.dispatch(Action::Step(direction));
            }
        })
    });
    let announcement = &state.announcement;
    // Same words again must still be spoken: alternate a trailing no-break space.
    let spoken = format!(
        "{}{}",
        announcement.text,
        if announcement.seq % 2 == 1 {
            "\u{a0}"
        } else {
            ""
        }
    );
    let context = QuoteContext {
        state: state.clone(),
        article: article.clone(),
        can_share: *can_share,
    };

    html! {
        <ContextProvider<QuoteContext> {context}>
            <article ref={root} class="bs-article" lang={article.lang.clone()} dir={article.dir.as_str()} {onkeydown}>
                if !article.breadcrumb.is_empty() {
                    <Breadcrumb crumbs={article.breadcrumb.clone()} lang={article.lang.clone()} />
                }
                <ArticleHeader article={article.clone()} />
                if has_quotes {
                    <VoicesPanel />
                }
                <Body article={article.clone()} />
                if has_quotes {
                    { descriptions(&catalog) }
                    <p class="bs-quotes-status bs-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                        { spoken }
                    </p>
                }
                if article.editor.is_some() || !article.tags.is_empty() {
                    <footer class="bs-footer">
                        if let Some(editor) = &article.editor {
                            <EditorLine editor={editor.clone()} lang={article.lang.clone()} />
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
    }
}

/// Hidden, always-present descriptions ("Quote 2 of 5. Ana Ruiz, Mayor, City Council.")
/// that quote parts point `aria-describedby` at while their card is closed.
fn descriptions(catalog: &Catalog) -> Html {
    let total = catalog.total();
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
            None => "Speaker not identified".to_owned(),
        };
        let detected = match quote.origin {
            crate::model::QuoteOrigin::Detected => " Detected automatically.",
            crate::model::QuoteOrigin::Editor => "",
        };
        html! {
            <span id={description_id(quote.number)}>
                { format!("Quote {} of {total}. {who}.{detected}", quote.number) }
            </span>
        }
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

/// The first part of quote `number` inside this article (ids can repeat across widgets on
/// one page, so the search stays inside the article).
fn find_quote(root: &NodeRef, number: usize) -> Option<Element> {
    let root = root.cast::<Element>()?;
    root.query_selector(&format!("#{}", quote_element_id(number)))
        .ok()
        .flatten()
}
