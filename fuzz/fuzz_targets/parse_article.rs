//! JSON text (either format) -> validated, quote-annotated article: the whole pure pipeline
//! the widget runs on data from the page. Any panic is a bug; an accepted article must keep
//! the model's invariants, and a rejection must carry at least one fatal error.
#![no_main]

use broadsheet_fuzz::{checks, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    match broadsheet::load_article(&text) {
        Ok(parsed) => {
            checks::article(&parsed.article);
            let index = broadsheet::quotes::index(&parsed.article);
            for (i, quote) in index.quotes.iter().enumerate() {
                assert_eq!(quote.number, i + 1);
            }
        }
        Err(rejected) => {
            assert!(
                !rejected.errors.is_empty(),
                "rejected without a fatal error"
            );
            let _ = rejected.to_string();
        }
    }
});
