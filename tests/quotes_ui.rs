//! Browser tests of the quote interactions: markup and ARIA of quote parts, highlighting of
//! split and multi-paragraph quotes, the card (focus, Esc, hoverable), the Voices filter,
//! stepping by button and key, deep links and the copy actions. Articles are built directly
//! (no JSON, no detection) so these tests only depend on `quotes::index`.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;
use std::time::Duration;

use broadsheet::components::{ArticleView, ArticleViewProps};
use broadsheet::highlight::HIDE_DELAY_MS;
use broadsheet::model::{Article, Block, Inline, Person, QuoteMark, QuoteOrigin};
use common::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

const WAIT: Duration = Duration::from_secs(3);

fn quote(id: &str, speaker: Option<usize>, origin: QuoteOrigin, text: &str) -> Inline {
    Inline::Quote(QuoteMark {
        quote_id: id.into(),
        speaker,
        origin,
        content: vec![Inline::Text(text.into())],
        part: 0,
    })
}

fn text_node(text: &str) -> Inline {
    Inline::Text(text.into())
}

fn person(id: &str, name: &str, role: &str, organization: &str) -> Person {
    Person {
        id: id.into(),
        name: name.into(),
        role: Some(role.into()),
        organization: Some(organization.into()),
        url: None,
    }
}

/// Quote 1: Ana, split in one paragraph. 2: Ben, detected. 3: nobody, detected, its words
/// repeated in a pull quote. 4: Ana, over two paragraphs.
fn article() -> Article {
    use QuoteOrigin::{Detected, Editor};
    Article {
        lang: "en".into(),
        headline: "Bridge to reopen".into(),
        people: vec![
            person("ana", "Ana Ruiz", "Mayor", "City Council"),
            person("ben", "Ben Okafor", "Engineer", "Port Authority"),
        ],
        body: vec![
            Block::Paragraph(vec![
                text_node("At the opening, "),
                quote("q1", Some(0), Editor, "“We will rebuild the bridge,”"),
                text_node(" said Ana Ruiz, "),
                quote("q1", Some(0), Editor, "“whatever it costs.”"),
            ]),
            Block::Paragraph(vec![
                quote("auto-1", Some(1), Detected, "“The steel arrives in May.”"),
                text_node(" said Ben Okafor."),
            ]),
            Block::Paragraph(vec![
                quote("auto-2", None, Detected, "“Nobody asked us,”"),
                text_node(" a resident said."),
            ]),
            Block::PullQuote {
                content: vec![text_node("Nobody asked us")],
                attribution: None,
            },
            Block::Paragraph(vec![quote(
                "q4",
                Some(0),
                Editor,
                "“The first paragraph of a long statement.",
            )]),
            Block::Paragraph(vec![quote(
                "q4",
                Some(0),
                Editor,
                "And its second paragraph.”",
            )]),
            Block::Paragraph(vec![text_node("Construction starts next week.")]),
        ],
        ..Article::default()
    }
}

struct Mounted {
    container: Element,
    app: AppHandle<ArticleView>,
}

impl Mounted {
    /// Unmounts, so this widget's window listeners cannot react to later tests.
    fn finish(self) {
        self.app.destroy();
        self.container.remove();
    }
}

async fn mount_in(container: Element, mut article: Article) -> Mounted {
    // Built by hand, not through `quotes::annotate`: number the quote parts as it would.
    article.number_quote_parts();
    let props = ArticleViewProps {
        article: Rc::new(article),
        id_prefix: Default::default(),
    };
    let app = yew::Renderer::<ArticleView>::with_root_and_props(container.clone(), props).render();
    wait_for(&container, ".bs-quote").await;
    settle().await;
    Mounted { container, app }
}

async fn mount(article: Article) -> Mounted {
    mount_in(fresh_container(), article).await
}

fn parts(root: &Element, number: usize) -> Vec<Element> {
    query_all(root, &format!(".bs-quote[data-quote-id=\"{number}\"]"))
}

fn has_class(element: &Element, class: &str) -> bool {
    element.class_list().contains(class)
}

fn status(root: &Element) -> String {
    query(root, ".bs-quotes-status")
        .map(|status| text(&status))
        .unwrap_or_default()
}

fn mouse(target: &Element, kind: &str) {
    let event = web_sys::MouseEvent::new(kind).expect("mouse event");
    target.dispatch_event(&event).expect("dispatch");
}

fn button(root: &Element, label: &str) -> Element {
    query_all(root, "button")
        .into_iter()
        .find(|button| text(button) == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

fn active_id() -> String {
    active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

async fn wait_for_status(root: &Element, expected: &str) {
    wait_until(&format!("status {expected:?}"), WAIT, || {
        status(root) == expected
    })
    .await;
}

fn set_hash(hash: &str) {
    let window = web_sys::window().expect("window");
    let location = window.location();
    let url = format!(
        "{}{}{}",
        location.pathname().expect("path"),
        location.search().expect("search"),
        hash
    );
    window
        .history()
        .expect("history")
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .expect("replaceState");
}

#[wasm_bindgen_test]
async fn parts_carry_id_on_first_part_and_data_attributes() {
    let view = mount(article()).await;
    let root = &view.container;
    let all = query_all(root, ".bs-quote");
    assert_eq!(all.len(), 6);

    let first = parts(root, 1);
    assert_eq!(first.len(), 2);
    assert_eq!(first[0].id(), "quote-1");
    assert_eq!(
        first[1].get_attribute("id"),
        None,
        "only the first part has the id"
    );
    assert_eq!(query_all(root, "[id=\"quote-1\"]").len(), 1);
    for part in &first {
        assert_eq!(
            part.get_attribute("data-speaker").as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(part.get_attribute("data-origin").as_deref(), Some("editor"));
        assert_eq!(part.get_attribute("tabindex").as_deref(), Some("0"));
    }
    let detected = &parts(root, 2)[0];
    assert_eq!(detected.id(), "quote-2");
    assert_eq!(
        detected.get_attribute("data-origin").as_deref(),
        Some("detected")
    );
    assert_eq!(
        detected.get_attribute("data-speaker").as_deref(),
        Some("Ben Okafor")
    );
    assert_eq!(
        parts(root, 3)[0].get_attribute("data-speaker"),
        None,
        "unknown speaker"
    );
    let multi = parts(root, 4);
    assert_eq!(
        (multi.len(), multi[0].id(), multi[1].id()),
        (2, "quote-4".to_owned(), String::new())
    );

    // Every part is described (who speaks) even while no card shows.
    let described = first[1]
        .get_attribute("aria-describedby")
        .expect("aria-describedby");
    let description = document()
        .get_element_by_id(&described)
        .expect("description exists");
    assert_eq!(
        text(&description),
        "Quote 1 of 4, Ana Ruiz, Mayor, City Council."
    );
    view.finish();
}

#[wasm_bindgen_test]
async fn hover_highlights_all_parts_of_a_split_quote() {
    let view = mount(article()).await;
    let root = &view.container;
    let second_part = parts(root, 1)[1].clone();
    mouse(&second_part, "mouseenter");
    wait_until("quote 1 active", WAIT, || {
        parts(root, 1)
            .iter()
            .all(|part| has_class(part, "bs-quote--active"))
    })
    .await;
    assert!(
        query_all(root, ".bs-quote--active").len() == 2,
        "only quote 1 is highlighted"
    );
    let card = wait_for(root, ".bs-quote-card").await;
    assert_eq!(
        second_part.next_element_sibling().as_ref(),
        Some(&card),
        "card follows the hovered part"
    );
    view.finish();
}

#[wasm_bindgen_test]
async fn hover_highlights_a_quote_across_paragraphs() {
    let view = mount(article()).await;
    let root = &view.container;
    let multi = parts(root, 4);
    assert_ne!(
        multi[0].parent_element(),
        multi[1].parent_element(),
        "two paragraphs"
    );
    mouse(&multi[0], "mouseenter");
    wait_until("both paragraphs highlighted", WAIT, || {
        parts(root, 4)
            .iter()
            .all(|part| has_class(part, "bs-quote--active"))
    })
    .await;
    view.finish();
}

#[wasm_bindgen_test]
async fn focus_shows_card_with_speaker_details() {
    let view = mount(article()).await;
    let root = &view.container;
    let part = parts(root, 1)[0].clone();
    html_element(&part).focus().expect("focus");
    let card = wait_for(root, ".bs-quote-card").await;
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    let details = text(&card);
    for expected in [
        "Ana Ruiz",
        "Mayor",
        "City Council",
        "2 quotes in this story",
    ] {
        assert!(
            details.contains(expected),
            "{expected:?} missing from {details:?}"
        );
    }
    assert!(!details.contains("Detected automatically"), "editor-marked");
    let described = part.get_attribute("aria-describedby").expect("describedby");
    let info = document().get_element_by_id(&described).expect("card info");
    assert!(
        card.contains(Some(&info)),
        "the focused part is described by the card"
    );

    let unknown = parts(root, 3)[0].clone();
    html_element(&unknown).focus().expect("focus");
    wait_until("card of quote 3", WAIT, || {
        query(root, ".bs-quote-card")
            .is_some_and(|card| text(&card).contains("Speaker not identified"))
    })
    .await;
    let details = text(&wait_for(root, ".bs-quote-card").await);
    assert!(details.contains("Detected automatically"), "{details}");
    assert_eq!(query_all(root, ".bs-quote-card").len(), 1);
    view.finish();
}

#[wasm_bindgen_test]
async fn escape_dismisses_the_card_without_moving_focus() {
    let view = mount(article()).await;
    let root = &view.container;
    let part = parts(root, 2)[0].clone();
    html_element(&part).focus().expect("focus");
    wait_for(root, ".bs-quote-card").await;
    key_down(&part, "Escape");
    wait_until("card gone", WAIT, || {
        query(root, ".bs-quote-card").is_none()
    })
    .await;
    assert_eq!(active_id(), "quote-2", "focus stays on the quote");
    assert!(has_class(&part, "bs-quote--active"), "the highlight stays");

    // Esc from a button inside the card returns focus to the quote.
    html_element(&parts(root, 1)[0]).focus().expect("focus");
    let copy = wait_for(root, ".bs-quote-card button").await;
    html_element(&copy).focus().expect("focus button");
    key_down(&copy, "Escape");
    wait_until("card gone again", WAIT, || {
        query(root, ".bs-quote-card").is_none()
    })
    .await;
    assert_eq!(active_id(), "quote-1");
    view.finish();
}

#[wasm_bindgen_test]
async fn card_stays_while_hovered_and_hides_after_leaving() {
    let view = mount(article()).await;
    let root = &view.container;
    let part = parts(root, 2)[0].clone();
    mouse(&part, "mouseenter");
    let card = wait_for(root, ".bs-quote-card").await;
    mouse(&part, "mouseleave");
    mouse(&card, "mouseenter");
    // Longer than the hide delay: the card must still be there.
    sleep(Duration::from_millis(u64::from(HIDE_DELAY_MS) + 150)).await;
    settle().await;
    assert!(
        query(root, ".bs-quote-card").is_some(),
        "the pointer is on the card"
    );
    mouse(&card, "mouseleave");
    wait_until("card hidden", WAIT, || {
        query(root, ".bs-quote-card").is_none()
    })
    .await;
    assert!(query(root, ".bs-quote--active").is_none());
    view.finish();
}

#[wasm_bindgen_test]
async fn voices_filter_dims_other_quotes_and_announces() {
    let view = mount(article()).await;
    let root = &view.container;
    let panel = wait_for(root, "aside.bs-voices").await;
    assert!(text(&panel).contains("Voices in this story"));
    let speakers = query_all(&panel, ".bs-voices__speaker");
    assert_eq!(speakers.len(), 2);
    assert!(text(&speakers[0]).contains("Ana Ruiz") && text(&speakers[0]).contains("2 quotes"));
    assert!(text(&speakers[1]).contains("Ben Okafor") && text(&speakers[1]).contains("1 quote"));
    assert_eq!(
        speakers[0].get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    html_element(&speakers[0]).click();
    wait_for_status(root, "2 quotes by Ana Ruiz").await;
    assert_eq!(
        speakers[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    for number in [2, 3] {
        assert!(
            parts(root, number)
                .iter()
                .all(|part| has_class(part, "bs-quote--dimmed")),
            "quote {number} dimmed"
        );
    }
    for number in [1, 4] {
        assert!(
            parts(root, number)
                .iter()
                .all(|part| !has_class(part, "bs-quote--dimmed")),
            "quote {number} not dimmed"
        );
    }

    html_element(&speakers[0]).click();
    wait_for_status(root, "Showing all quotes").await;
    assert_eq!(
        speakers[0].get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(query(root, ".bs-quote--dimmed").is_none());
    view.finish();
}

/// The quote interface speaks the article's language (here French), like the carousel.
#[wasm_bindgen_test]
async fn quote_interface_follows_the_article_language() {
    let view = mount(Article {
        lang: "fr".into(),
        ..article()
    })
    .await;
    let root = &view.container;
    let panel = wait_for(root, "aside.bs-voices").await;
    assert_eq!(
        panel.get_attribute("aria-label").as_deref(),
        Some("Les voix de cet article")
    );
    let speakers = query_all(&panel, ".bs-voices__speaker");
    assert!(
        text(&speakers[0]).contains("2 citations"),
        "{}",
        text(&speakers[0])
    );
    assert!(text(&panel).contains("Citation suivante"));

    html_element(&speakers[0]).click();
    wait_for_status(root, "2 citations de Ana Ruiz").await;

    let part = parts(root, 2).remove(0);
    html_element(&part).focus().expect("focus");
    let card = wait_for(root, ".bs-quote-card").await;
    assert!(
        text(&card).contains("1 citation dans cet article"),
        "{}",
        text(&card)
    );
    assert!(
        text(&card).contains("Détectée automatiquement"),
        "{}",
        text(&card)
    );
    assert!(
        text(&card).contains("Copier la citation"),
        "{}",
        text(&card)
    );
    let description = document()
        .get_element_by_id("quote-2-description")
        .expect("description");
    assert_eq!(
        text(&description),
        "Citation 2 sur 4, Ben Okafor, Engineer, Port Authority. Détectée automatiquement."
    );
    view.finish();
}

#[wasm_bindgen_test]
async fn next_and_previous_buttons_move_focus_and_announce() {
    let view = mount(article()).await;
    let root = &view.container;
    let next = html_element(&button(root, "Next quote"));
    let previous = html_element(&button(root, "Previous quote"));

    next.click();
    wait_for_status(root, "Quote 1 of 4, Ana Ruiz").await;
    wait_until("focus on quote 1", WAIT, || active_id() == "quote-1").await;
    next.click();
    wait_for_status(root, "Quote 2 of 4, Ben Okafor").await;
    next.click();
    wait_for_status(root, "Quote 3 of 4, Speaker not identified").await;
    assert_eq!(active_id(), "quote-3");
    previous.click();
    wait_for_status(root, "Quote 2 of 4, Ben Okafor").await;
    assert_eq!(active_id(), "quote-2");
    view.finish();
}

#[wasm_bindgen_test]
async fn keys_step_within_the_speaker_filter() {
    let view = mount(article()).await;
    let root = &view.container;
    html_element(&query_all(root, ".bs-voices__speaker")[0]).click();
    wait_for_status(root, "2 quotes by Ana Ruiz").await;
    let first = parts(root, 1)[0].clone();
    html_element(&first).focus().expect("focus");

    key_down(&first, "n");
    wait_for_status(root, "Quote 2 of 2, Ana Ruiz").await;
    wait_until("focus on quote 4", WAIT, || active_id() == "quote-4").await;

    let current = active_element().expect("focused quote");
    key_down(&current, "p");
    wait_for_status(root, "Quote 1 of 2, Ana Ruiz").await;
    assert_eq!(active_id(), "quote-1");

    // Not with a modifier, and not while typing.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("n");
    init.set_bubbles(true);
    init.set_ctrl_key(true);
    let with_ctrl =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    first.dispatch_event(&with_ctrl).expect("dispatch");
    let input = document().create_element("input").expect("input");
    wait_for(root, ".bs-body")
        .await
        .append_child(&input)
        .expect("append");
    key_down(&input, "n");
    settle().await;
    assert_eq!(status(root), "Quote 1 of 2, Ana Ruiz");
    assert_eq!(active_id(), "quote-1");
    input.remove();
    view.finish();
}

#[wasm_bindgen_test]
async fn deep_link_on_load_focuses_the_quote() {
    set_hash("#quote-2");
    let view = mount(article()).await;
    let root = &view.container;
    wait_until("quote 2 focused", WAIT, || active_id() == "quote-2").await;
    assert!(parts(root, 2)
        .iter()
        .all(|part| has_class(part, "bs-quote--active")));
    wait_for_status(root, "Quote 2 of 4, Ben Okafor").await;
    set_hash("");
    view.finish();
}

#[wasm_bindgen_test]
async fn hashchange_moves_to_the_quote() {
    set_hash("");
    let view = mount(article()).await;
    let root = &view.container;
    set_hash("#quote-4");
    let window = web_sys::window().expect("window");
    window
        .dispatch_event(&web_sys::Event::new("hashchange").expect("event"))
        .expect("dispatch");
    wait_until("quote 4 focused", WAIT, || active_id() == "quote-4").await;
    assert!(parts(root, 4)
        .iter()
        .all(|part| has_class(part, "bs-quote--active")));
    set_hash("");
    view.finish();
}

#[wasm_bindgen_test]
async fn copy_actions_report_success_or_failure_in_the_live_region() {
    let view = mount(article()).await;
    let root = &view.container;
    html_element(&parts(root, 1)[0]).focus().expect("focus");
    wait_for(root, ".bs-quote-card").await;
    // Headless Chromium may refuse the clipboard: either outcome is fine, silence is not.
    for (label, done) in [("Copy link", "Link copied"), ("Copy quote", "Quote copied")] {
        html_element(&button(root, label)).click();
        wait_until(&format!("{label} reported"), WAIT, || {
            let said = status(root);
            said == done || said.starts_with("Couldn't copy: ")
        })
        .await;
        assert!(status(root).len() < 60, "a short message: {}", status(root));
    }
    view.finish();
}

#[wasm_bindgen_test]
async fn text_fragment_link_only_for_unique_quotes() {
    let view = mount(article()).await;
    let root = &view.container;
    html_element(&parts(root, 2)[0]).focus().expect("focus");
    let card = wait_for(root, ".bs-quote-card").await;
    assert!(
        text(&card).contains("Copy text-fragment link"),
        "quote 2 is unique: {}",
        text(&card)
    );
    html_element(&parts(root, 3)[0]).focus().expect("focus");
    wait_until("card of quote 3", WAIT, || {
        query(root, ".bs-quote-card")
            .is_some_and(|card| text(&card).contains("Speaker not identified"))
    })
    .await;
    let card = wait_for(root, ".bs-quote-card").await;
    assert!(
        !text(&card).contains("Copy text-fragment link"),
        "its words repeat in the pull quote"
    );
    view.finish();
}

#[wasm_bindgen_test]
async fn reduced_motion_scrolls_instantly() {
    broadsheet::browser::override_reduced_motion(Some(true));
    let outer = fresh_container();
    let spacer = document().create_element("div").expect("div");
    spacer
        .set_attribute("style", "height: 3000px")
        .expect("style");
    outer.append_child(&spacer).expect("append");
    let inner = document().create_element("div").expect("div");
    outer.append_child(&inner).expect("append");
    let view = mount_in(inner, article()).await;
    let window = web_sys::window().expect("window");
    window.scroll_to_with_x_and_y(0.0, 0.0);

    html_element(&button(&view.container, "Next quote")).click();
    wait_until("focus on quote 1", WAIT, || active_id() == "quote-1").await;
    // No animation: the quote is in view as soon as it has focus.
    let top = parts(&view.container, 1)[0]
        .get_bounding_client_rect()
        .top();
    let height = window
        .inner_height()
        .expect("height")
        .as_f64()
        .expect("number");
    assert!(
        (0.0..height).contains(&top),
        "quote at {top}, viewport {height}"
    );

    broadsheet::browser::override_reduced_motion(None);
    window.scroll_to_with_x_and_y(0.0, 0.0);
    view.finish();
    outer.remove();
}
