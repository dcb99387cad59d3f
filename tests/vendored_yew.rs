//! The patched copy of yew in `vendor/yew` (see vendor/README.md) keeps upstream's behaviour.
//! Each test here fails if its patch changes what yew promises:
//! - the scheduler's render queues: parents render before children, a component queued twice
//!   renders once, and `rendered` effects run children first;
//! - listener kinds: their names and clones are as upstream's.

use std::borrow::Cow;

use yew::virtual_dom::ListenerKind;

#[cfg(target_arch = "wasm32")]
mod common;

#[test]
fn listener_kinds_keep_their_names() {
    assert_eq!(ListenerKind::onclick.type_name(), "click");
    assert_eq!(ListenerKind::onclick.as_ref(), "onclick");
    assert_eq!(ListenerKind::onkeydown.type_name(), "keydown");
    assert_eq!(ListenerKind::ontouchstart.as_ref(), "ontouchstart");
    let custom = ListenerKind::other(Cow::Borrowed("custard"));
    assert_eq!(custom.type_name(), "custard");
    assert_eq!(custom.as_ref(), "custard");
    let owned = ListenerKind::other(Cow::Owned("bs-update".to_owned()));
    assert_eq!(owned.type_name(), "bs-update");
}

#[test]
fn listener_kinds_clone_to_themselves() {
    for kind in [
        ListenerKind::onabort,
        ListenerKind::onclick,
        ListenerKind::onfocusout,
        ListenerKind::other(Cow::Owned("bs-update".to_owned())),
    ] {
        let copy = kind.clone();
        assert_eq!(copy, kind);
        assert_eq!(copy.type_name(), kind.type_name());
    }
    assert_ne!(ListenerKind::onclick.clone(), ListenerKind::onabort);
}

#[cfg(target_arch = "wasm32")]
mod render_order {
    use std::cell::RefCell;

    use wasm_bindgen_test::*;
    use yew::prelude::*;

    use crate::common::*;

    wasm_bindgen_test_configure!(run_in_browser);

    thread_local! {
        /// What rendered and which effects ran, in order.
        static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
        static PARENT: RefCell<Option<UseStateSetter<u32>>> = const { RefCell::new(None) };
        static CHILD: RefCell<Option<UseStateSetter<u32>>> = const { RefCell::new(None) };
    }

    fn log(entry: String) {
        LOG.with(|log| log.borrow_mut().push(entry));
    }

    fn take_log() -> Vec<String> {
        LOG.with(|log| std::mem::take(&mut *log.borrow_mut()))
    }

    #[derive(Properties, PartialEq)]
    struct ChildProps {
        from_parent: u32,
    }

    #[function_component]
    fn Child(props: &ChildProps) -> Html {
        let own = use_state(|| 0_u32);
        CHILD.with(|slot| *slot.borrow_mut() = Some(own.setter()));
        log(format!("child renders {} {}", props.from_parent, *own));
        use_effect(|| log("child rendered".to_owned()));
        html! { <p class="child">{ format!("{} {}", props.from_parent, *own) }</p> }
    }

    #[function_component]
    fn Parent() -> Html {
        let count = use_state(|| 0_u32);
        PARENT.with(|slot| *slot.borrow_mut() = Some(count.setter()));
        log(format!("parent renders {}", *count));
        use_effect(|| log("parent rendered".to_owned()));
        html! { <section><Child from_parent={*count} /></section> }
    }

    fn set(slot: &'static std::thread::LocalKey<RefCell<Option<UseStateSetter<u32>>>>, to: u32) {
        slot.with(|slot| slot.borrow().as_ref().expect("rendered").set(to));
    }

    #[wasm_bindgen_test]
    async fn parents_render_first_children_once_and_effects_run_children_first() {
        let root = fresh_container();
        let _app = yew::Renderer::<Parent>::with_root(root.clone()).render();
        wait_until("first render", std::time::Duration::from_secs(5), || {
            query(&root, ".child").is_some()
        })
        .await;
        settle().await;
        assert_eq!(
            take_log(),
            [
                "parent renders 0",
                "child renders 0 0",
                "child rendered",
                "parent rendered"
            ],
            "first render: parent, then child; effects children first"
        );

        // The child's own update is queued before its parent's. The parent still renders
        // first, and its render queues the child again: the child renders once, with both.
        set(&CHILD, 7);
        set(&PARENT, 1);
        wait_until("update", std::time::Duration::from_secs(5), || {
            query(&root, ".child").map(|p| text(&p)) == Some("1 7".to_owned())
        })
        .await;
        settle().await;
        assert_eq!(
            take_log(),
            [
                "parent renders 1",
                "child renders 1 7",
                "child rendered",
                "parent rendered"
            ],
            "update: parent first, the child once, effects children first"
        );
    }
}
