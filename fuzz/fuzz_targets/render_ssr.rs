//! Accepted articles rendered to HTML with Yew's server renderer (the whole component tree:
//! header, body, quote parts and cards, Voices panel, related carousel), then scanned:
//! no forbidden element, no event-handler or style attribute, no script URL, no bare '<'.
//! The first byte picks the input: raw JSON text (seeded from tests/data) or a
//! structured document (`broadsheet_fuzz::gen`).
#![no_main]

use broadsheet_fuzz::{checks, gen, render_html, text_of};
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = match data.first() {
        Some(b'{' | b'[' | b' ' | b'\n') | None => text_of(data).into_owned(),
        Some(_) => {
            let mut u = Unstructured::new(&data[1..]);
            let Ok(text) = gen::document(&mut u) else {
                return;
            };
            text
        }
    };
    let Ok(parsed) = broadsheet::load_article(&text) else {
        return;
    };
    let html = render_html(parsed.article);
    assert!(html.contains("bs-headline"), "no headline rendered");
    checks::html(&html);
});
