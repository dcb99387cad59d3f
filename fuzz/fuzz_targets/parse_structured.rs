//! Fuzz bytes wrapped into Broadsheet JSON v1 and schema.org JSON-LD skeletons
//! (`broadsheet_fuzz::gen`), so mutations land in field values and block/inline shapes
//! instead of JSON syntax. Checks as in `parse_article`, plus: the model alone
//! (`model::parse_article`) and the annotated pipeline agree on acceptance.
#![no_main]

use broadsheet_fuzz::{checks, gen};
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(text) = gen::document(&mut u) else {
        return;
    };
    let model = broadsheet::model::parse_article(&text);
    match broadsheet::load_article(&text) {
        Ok(parsed) => {
            assert!(model.is_ok(), "annotation changed acceptance");
            checks::article(&parsed.article);
            let _ = broadsheet::quotes::index(&parsed.article);
        }
        Err(rejected) => {
            assert!(model.is_err(), "annotation changed acceptance");
            assert!(
                !rejected.errors.is_empty(),
                "rejected without a fatal error"
            );
        }
    }
});
